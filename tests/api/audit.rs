//! The tamper-evident audit trail: every kind of action is chained, `verify` finds a row edited,
//! deleted or reordered behind the application's back, a tail or a whole chain deleted (against
//! the last signed checkpoint), concurrent appends never fork a chain, and a request's export
//! checks on its own. Both stores.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{spawn_app, strip_isolation, TestApp},
};
use portico::{
    audit::{checkpoint, encoding, verify},
    db::Db,
    requests::events::{self, Kind, Who},
    with_db,
};

async fn verified(app: &TestApp) -> verify::Report {
    verify::verify(&app.state.db, &app.state.config.audit_key).await.unwrap()
}

/// Runs `sql` as someone with direct access to the database would: the append-only triggers
/// turned off first.
async fn behind_the_back(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(pool) => {
            for trigger in ["request_events_no_update", "request_events_no_delete"] {
                sqlx::query(&format!("DROP TRIGGER IF EXISTS {trigger}")).execute(pool).await.unwrap();
            }
            sqlx::query(sql).execute(pool).await.unwrap();
        }
        Db::Postgres(pool) => {
            sqlx::query("ALTER TABLE request_events DISABLE TRIGGER request_events_no_change").execute(pool).await.unwrap();
            sqlx::query(sql).execute(pool).await.unwrap();
        }
    }
}

/// A request with a few events (submitted, viewed, assigned, note): its id and reference.
async fn request_with_history(app: &TestApp) -> (i64, String, TestApp) {
    let worker = staff(app, "cw@council.example", "caseworker", &["waste"]).await;
    let (_, reference) = citizen_with_request(app, "ann@example.org").await;
    worker.page(&format!("/staff/requests/{reference}")).await;
    let page = format!("/staff/requests/{reference}");
    worker.submit_to(&page, &format!("{page}/assign"), &[("assignee", "me")]).await;
    worker.submit_to(&page, &format!("{page}/note"), &[("note", "Checked the address")]).await;
    let id: i64 =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    (id, reference, worker)
}

/// The ids of request `id`'s events, in chain order.
async fn event_ids(db: &Db, request: i64) -> Vec<i64> {
    with_db!(db, |pool| sqlx::query_scalar("SELECT id FROM request_events WHERE request_id = $1 ORDER BY seq").bind(request).fetch_all(pool).await).unwrap()
}

fn first_problem(report: &verify::Report) -> String {
    report.problems.first().map(ToString::to_string).unwrap_or_default()
}

#[tokio::test]
async fn every_request_designer_and_admin_action_is_chained_and_an_untouched_database_verifies() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    portico::api::keys::create(&app.state.db, "CMS", &["waste".to_owned()], portico::api::keys::Scope::Read, 30, None).await.unwrap();
    portico::designer::store::record(&app.state.db, "bulky-waste", Some(1), None, "edited", serde_json::json!({ "what": "details" })).await.unwrap();
    checkpoint::take(&app.state.db, &app.state.config.audit_key).await.unwrap();

    let report = verified(&app).await;
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!(report.checkpoints, 1);
    let heads = portico::audit::chain::heads(&app.state.db).await.unwrap();
    let chains: Vec<&str> = heads.iter().map(|(c, _, _)| c.as_str()).collect();
    for chain in [format!("request:{request}"), "admin".to_owned(), "service:bulky-waste".to_owned()] {
        assert!(chains.contains(&chain.as_str()), "{chain} in {chains:?}");
    }
    let unchained: i64 =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM request_events WHERE hash IS NULL").fetch_one(pool).await).unwrap();
    assert_eq!(unchained, 0);
}

#[tokio::test]
async fn a_row_edited_behind_the_applications_back_is_named_by_verify() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let note: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM request_events WHERE request_id = $1 AND kind = 'note'")
        .bind(request)
        .fetch_one(pool)
        .await)
    .unwrap();
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET data = '{{\"note\":\"Nothing to see\"}}' WHERE id = {note}")).await;
    let report = verified(&app).await;
    assert!(!report.ok());
    assert!(first_problem(&report).starts_with(&format!("request_events row {note} ")), "{}", first_problem(&report));
    assert!(first_problem(&report).contains("changed"));

    // Changing what the hash covers directly (who did it) is found just the same.
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let ids = event_ids(&app.state.db, request).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET staff_id = NULL WHERE id = {}", ids[1])).await;
    assert!(first_problem(&verified(&app).await).starts_with(&format!("request_events row {} ", ids[1])));
}

#[tokio::test]
async fn a_row_deleted_from_the_middle_is_found_at_the_row_after_it() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let ids = event_ids(&app.state.db, request).await;
    assert!(ids.len() >= 4, "{ids:?}");
    behind_the_back(&app.state.db, &format!("DELETE FROM request_events WHERE id = {}", ids[1])).await;
    let report = verified(&app).await;
    let first = first_problem(&report);
    assert!(first.starts_with(&format!("request_events row {} ", ids[2])) && first.contains("missing"), "{first}");
}

#[tokio::test]
async fn two_rows_reordered_are_found() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let ids = event_ids(&app.state.db, request).await;
    let (a, b) = (ids[1], ids[2]);
    // Swap their places (through a free one: the places are unique).
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET seq = 1000 WHERE id = {a}")).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET seq = 2 WHERE id = {b}")).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET seq = 3 WHERE id = {a}")).await;
    let report = verified(&app).await;
    assert!(first_problem(&report).starts_with(&format!("request_events row {b} ")), "{:?}", report.problems);

    // Swapping the rows' contents instead, places untouched, is found too.
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let ids = event_ids(&app.state.db, request).await;
    let (a, b) = (ids[1], ids[2]);
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET id = -1 WHERE id = {a}")).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET id = {a} WHERE id = {b}")).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET id = {b} WHERE id = -1")).await;
    assert!(!verified(&app).await.ok(), "ids no longer rise with the places");
}

#[tokio::test]
async fn a_deleted_tail_or_whole_chain_is_found_against_the_last_checkpoint_even_with_the_heads_rewritten() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    checkpoint::take(&app.state.db, &app.state.config.audit_key).await.unwrap();
    let ids = event_ids(&app.state.db, request).await;
    let last = *ids.last().unwrap();
    behind_the_back(&app.state.db, &format!("DELETE FROM request_events WHERE id = {last}")).await;
    let report = verified(&app).await;
    assert!(report.problems.iter().any(|p| p.at == format!("chain request:{request}")), "the head names it: {:?}", report.problems);

    // Rewrite the head to the new last row: the checkpoint still names the row that is gone.
    let (seq, hash): (i64, String) =
        with_db!(&app.state.db, |pool| sqlx::query_as("SELECT seq, hash FROM request_events WHERE request_id = $1 ORDER BY seq DESC LIMIT 1")
            .bind(request)
            .fetch_one(pool)
            .await)
        .unwrap();
    behind_the_back(&app.state.db, &format!("UPDATE audit_heads SET seq = {seq}, hash = '{hash}' WHERE chain = 'request:{request}'")).await;
    let report = verified(&app).await;
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(
        report.problems[0].at.starts_with("checkpoint ") && report.problems[0].what.contains(&format!("request:{request} #{}", seq + 1)),
        "{}",
        report.problems[0]
    );

    // The whole chain and its head gone: the checkpoint still finds it.
    behind_the_back(&app.state.db, &format!("DELETE FROM request_events WHERE request_id = {request}")).await;
    behind_the_back(&app.state.db, &format!("DELETE FROM audit_heads WHERE chain = 'request:{request}'")).await;
    let report = verified(&app).await;
    assert!(!report.ok() && report.problems.iter().all(|p| p.at.starts_with("checkpoint ")), "{:?}", report.problems);
}

#[tokio::test]
async fn a_changed_checkpoint_no_longer_matches_its_signature() {
    let app = spawn_app().await;
    request_with_history(&app).await;
    let c = checkpoint::take(&app.state.db, &app.state.config.audit_key).await.unwrap();
    behind_the_back(&app.state.db, &format!("UPDATE audit_checkpoints SET at = '2020-01-01T00:00:00Z' WHERE id = {}", c.id)).await;
    let report = verified(&app).await;
    assert!(report.problems.iter().any(|p| p.at == format!("checkpoint {}", c.id) && p.what.contains("signature")), "{:?}", report.problems);
}

#[tokio::test]
async fn concurrent_appends_to_one_chain_take_turns_and_never_fork_it() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let before = event_ids(&app.state.db, request).await.len();
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let db = app.state.db.clone();
            tokio::spawn(async move {
                let mut tx = db.begin().await.unwrap();
                events::append(&mut tx, request, Who::System, Kind::Viewed, serde_json::json!({})).await.unwrap();
                tx.commit().await.unwrap();
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let seqs: Vec<i64> = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT seq FROM request_events WHERE request_id = $1 ORDER BY seq")
        .bind(request)
        .fetch_all(pool)
        .await)
    .unwrap();
    assert_eq!(seqs, (1..=(before as i64 + 12)).collect::<Vec<_>>());
    let report = verified(&app).await;
    assert!(report.ok(), "{:?}", report.problems);
}

#[tokio::test]
async fn the_staff_export_holds_every_link_and_a_signed_checkpoint_that_checks_without_portico() {
    let app = spawn_app().await;
    let (request, reference, worker) = request_with_history(&app).await;
    let response = worker.get(&format!("/staff/requests/{reference}/audit.json")).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let export: serde_json::Value = response.json().await.unwrap();
    let chain = format!("request:{request}");
    assert_eq!(export["request"]["chain"], chain.as_str());
    let links = export["links"].as_array().unwrap();
    assert!(links.len() >= 4);
    // Recompute as docs/audit.md says, from the export alone.
    let text = |v: &serde_json::Value| -> Vec<Option<String>> { v.as_array().unwrap().iter().map(|f| f.as_str().map(str::to_owned)).collect() };
    let mut prev = encoding::GENESIS.to_owned();
    for (i, link) in links.iter().enumerate() {
        let seq = i as i64 + 1;
        assert_eq!(link["seq"], seq);
        assert_eq!(link["prev_hash"], prev.as_str());
        let digest = encoding::payload_digest(&text(&link["payload"]));
        assert_eq!(link["payload_digest"], digest.as_str());
        let hash = encoding::link_hash("request_events", &chain, seq, &prev, &digest, &text(&link["frame"]));
        assert_eq!(link["hash"], hash.as_str());
        prev = hash;
    }
    let checkpoint = &export["checkpoint"];
    let heads = checkpoint["heads"].as_array().unwrap();
    assert!(heads.contains(&serde_json::json!([chain, links.len(), prev])), "the checkpoint covers the last link");
    let mut fields = vec!["portico-checkpoint-v1".to_owned(), checkpoint["at"].as_str().unwrap().to_owned()];
    for head in heads {
        fields.extend([head[0].as_str().unwrap().to_owned(), head[1].to_string(), head[2].as_str().unwrap().to_owned()]);
    }
    let message = encoding::encode(&fields.iter().map(|f| Some(f.as_str())).collect::<Vec<_>>());
    let key: [u8; 32] = hex::decode(export["public_key"].as_str().unwrap()).unwrap().try_into().unwrap();
    let signature = ed25519_dalek::Signature::from_slice(&hex::decode(checkpoint["signature"].as_str().unwrap()).unwrap()).unwrap();
    use ed25519_dalek::Verifier;
    assert!(ed25519_dalek::VerifyingKey::from_bytes(&key).unwrap().verify(&message, &signature).is_ok(), "the signature checks with the public key given");

    // The link is on the staff page; another team's caseworker finds no such request.
    let page = strip_isolation(&worker.page(&format!("/staff/requests/{reference}")).await);
    assert!(page.contains(&format!(r#"href="/staff/requests/{reference}/audit.json""#)));
    let other = staff(&app, "parking@council.example", "caseworker", &["parking"]).await;
    assert_eq!(other.get(&format!("/staff/requests/{reference}/audit.json")).await.status(), 404);
}

#[tokio::test]
async fn the_citizens_who_viewed_list_shows_only_rows_in_the_chain() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (citizen, reference) = citizen_with_request(&app, "ann@example.org").await;
    let id: i64 =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    worker.page(&format!("/staff/requests/{reference}")).await;
    let page = strip_isolation(&citizen.page(&format!("/requests/{reference}")).await);
    assert_eq!(page.matches("Viewed by the").count(), 1, "one view, from the chain");
    // A view slipped into the table behind the application's back is in no chain: not shown, and found.
    behind_the_back(&app.state.db, &format!(
        "INSERT INTO request_events (request_id, actor, team, kind, data, citizen_sees, at) VALUES ({id}, 'staff', 'parking', 'viewed', '{{}}', true, '2026-12-01T10:00:00Z')"
    ))
    .await;
    let page = strip_isolation(&citizen.page(&format!("/requests/{reference}")).await);
    assert_eq!(page.matches("Viewed by the").count(), 1, "the row outside the chain is not shown");
    assert!(verified(&app).await.problems.iter().any(|p| p.what.contains("not chained")));
}

/// Runs the real `portico` binary against the test app's database, with nothing else set.
async fn portico(app: &TestApp, args: &[&'static str]) -> std::process::Output {
    let (portico::config::DatabaseUrl::Sqlite(database) | portico::config::DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let args = args.to_vec();
    tokio::task::spawn_blocking(move || run_portico(&database, &args)).await.unwrap()
}

fn run_portico(database: &str, args: &[&str]) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("portico-audit-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(args)
        .current_dir(&dir)
        .env_clear()
        .env("DATABASE_URL", database)
        .env("PORTICO_LOG", "warn")
        .env("PORTICO_OUTBOX_DIR", dir.join("outbox"))
        .env("PORTICO_UPLOADS_DIR", dir.join("uploads"))
        .output()
        .expect("the portico binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    output
}

#[tokio::test]
async fn portico_audit_verify_exits_0_on_a_whole_trail_and_1_naming_the_first_row_that_does_not_match() {
    let app = spawn_app().await;
    let (request, _, _) = request_with_history(&app).await;
    let checkpoint = portico(&app, &["audit", "checkpoint"]).await;
    let verified = portico(&app, &["audit", "verify"]).await;
    let dry = portico(&app, &["retention", "run", "--dry-run"]).await;
    assert_eq!(checkpoint.status.code(), Some(0), "{}", String::from_utf8_lossy(&checkpoint.stderr));
    assert_eq!(verified.status.code(), Some(0), "{}", String::from_utf8_lossy(&verified.stderr));
    assert!(String::from_utf8_lossy(&verified.stdout).contains("every chain and checkpoint matches"));
    assert_eq!(dry.status.code(), Some(0), "{}", String::from_utf8_lossy(&dry.stderr));
    assert!(String::from_utf8_lossy(&dry.stdout).contains("would anonymise 0 requests"), "{}", String::from_utf8_lossy(&dry.stdout));

    let ids = event_ids(&app.state.db, request).await;
    behind_the_back(&app.state.db, &format!("UPDATE request_events SET team = 'parking' WHERE id = {}", ids[1])).await;
    let broken = portico(&app, &["audit", "verify"]).await;
    assert_eq!(broken.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(stderr.contains(&format!("first row that does not match: request_events row {} ", ids[1])), "{stderr}");
}
