//! Durability under faults: the real binary killed in the middle of a submission load and
//! restarted, a graceful stop with a request in flight, the outbox across a crash, two instances
//! behind a round-robin proxy, and the database going away and coming back.

use crate::{
    binary::{serve_with, TempDir},
    helpers::{spawn_app, spawn_app_through, second_instance, PASSWORD},
    journey,
    proxy::Proxy,
};
use portico::{config::DatabaseUrl, db::Db, email, with_db};
use std::{sync::{Arc, Mutex}, time::Duration};
use tokio::{io::{AsyncReadExt, AsyncWriteExt}, task::JoinSet};

/// What a request that was confirmed must have: its answers, its first timeline event and its
/// receipt, all written in the one transaction.
async fn stored_whole(db: &Db, reference: &str) -> bool {
    let row: Option<(String, i64, i64)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT r.answers, \
                (SELECT count(*) FROM request_events e WHERE e.request_id = r.id), \
                (SELECT count(*) FROM outbox o WHERE o.kind = 'receipt' AND o.body LIKE '%' || r.reference || '%') \
         FROM requests r WHERE r.reference = $1"
    )
    .bind(reference)
    .fetch_optional(pool)
    .await)
    .unwrap();
    row.is_some_and(|(answers, events, receipts)| answers.contains("2 Low Street") && events >= 1 && receipts == 1)
}

#[tokio::test]
async fn every_submission_confirmed_before_a_sigkill_is_stored_whole_after_a_restart() {
    let dir = TempDir::new("crash");
    let server = serve_with(&dir.0, &[]).await;
    let base = server.address.clone();
    let mut preparing = JoinSet::new();
    for n in 0..40 {
        let base = base.clone();
        preparing.spawn(async move { journey::guest_at_check_answers(&base, &format!("crash{n}@example.org")).await.unwrap() });
    }
    let ready: Vec<_> = preparing.join_all().await.into_iter().map(Arc::new).collect();

    // Every draft is sent at once; the server is killed (SIGKILL) as soon as ten are confirmed.
    let confirmed = Arc::new(Mutex::new(Vec::new()));
    let mut sending = JoinSet::new();
    for draft in &ready {
        let (draft, base, confirmed) = (draft.clone(), base.clone(), confirmed.clone());
        sending.spawn(async move {
            if let Ok((reference, _)) = journey::submit(&base, &draft).await {
                confirmed.lock().unwrap().push(reference);
            }
        });
    }
    let mut server = server;
    while confirmed.lock().unwrap().len() < 10 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    sending.join_all().await;
    let confirmed = confirmed.lock().unwrap().clone();
    assert!(confirmed.len() >= 10 && confirmed.len() < 40, "killed in the middle: {} of 40 confirmed", confirmed.len());

    let restarted = serve_with(&dir.0, &[]).await;
    let db = Db::connect(&DatabaseUrl::parse(&format!("sqlite:{}", dir.0.join("portico.db").display())).unwrap()).await.unwrap();
    for reference in &confirmed {
        assert!(stored_whole(&db, reference).await, "{reference} was confirmed but is not stored whole");
    }
    // Nothing half-stored: every request there is has its answers, its event and its receipt.
    let all: Vec<String> = with_db!(&db, |pool| sqlx::query_scalar("SELECT reference FROM requests").fetch_all(pool).await).unwrap();
    for reference in &all {
        assert!(stored_whole(&db, reference).await, "{reference} is half-stored");
    }
    // Sending every draft again after the restart confirms each exactly once: the ones already
    // stored get their own reference back.
    let mut again = Vec::new();
    for draft in &ready {
        again.push(journey::submit(&restarted.address, draft).await.expect("sent again after the restart").0);
    }
    for reference in &confirmed {
        assert!(again.contains(reference), "{reference} was not given back for its draft");
    }
    let (count, distinct): (i64, i64) =
        with_db!(&db, |pool| sqlx::query_as("SELECT count(*), count(DISTINCT reference) FROM requests").fetch_one(pool).await).unwrap();
    assert_eq!((count, distinct), (40, 40), "one request per draft, each with its own reference");
}

#[tokio::test]
async fn sigterm_lets_a_request_in_flight_finish_before_the_server_stops() {
    let dir = TempDir::new("sigterm");
    let mut server = serve_with(&dir.0, &[]).await;
    let client = journey::browser();
    let start = client.get(format!("{}/services/bulky-waste", server.address)).send().await.unwrap();
    let cookie = start.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = journey::value_of(&start.text().await.unwrap(), "csrf_token").unwrap();

    // Half a form is sent, then the server is told to stop, then the rest arrives.
    let body = format!("csrf_token={csrf}");
    let host = server.address.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST /services/bulky-waste/start HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body.as_bytes()[..4]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let pid = server.child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream.write_all(&body.as_bytes()[4..]).await.unwrap();
    let mut answer = vec![0; 4096];
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut answer)).await.expect("an answer").unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]);

    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(answer.contains("location: /services/bulky-waste/items"), "{answer}");
    drop(stream);
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "the server did not stop after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "a graceful stop exits with 0: {status}");
}

#[tokio::test]
async fn the_outbox_sends_a_message_again_after_a_crash_with_the_same_message_id() {
    // A database of its own, with no delivery worker that could take the message first.
    let dir = TempDir::new("outbox-db");
    let db = Db::connect(&DatabaseUrl::parse(&format!("sqlite:{}", dir.0.join("outbox.db").display())).unwrap()).await.unwrap();
    db.migrate().await.unwrap();
    let outbox = TempDir::new("outbox");
    let transport = email::Transport::Folder(outbox.0.clone());
    let now = chrono::Utc::now();
    with_db!(&db, |pool| sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body, attempts, next_attempt_at, created_at) VALUES ('test', 'a@example.org', 'S', 'B', 0, $1, $2)"
    )
    .bind(now)
    .bind(now)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))
    .unwrap();
    let message_ids = || -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(&outbox.0).map_or(vec![], |d| d.flatten().collect::<Vec<_>>()).iter()
            .filter_map(|f| std::fs::read_to_string(f.path()).ok())
            .filter_map(|t| t.lines().find_map(|l| l.strip_prefix("Message-ID: ").map(str::to_owned)))
            .collect();
        ids.sort();
        ids
    };

    assert_eq!(email::deliver_due(&db, &transport).await.unwrap(), 1);
    let first = message_ids();
    assert_eq!(first.len(), 1, "delivered once");
    std::fs::remove_dir_all(&outbox.0).unwrap();

    // A crash after sending but before marking it sent leaves it claimed and unsent; another
    // instance that claimed it a moment ago is not repeated, but once the claim is stale it is.
    with_db!(&db, |pool| sqlx::query("UPDATE outbox SET sent_at = NULL, claimed_at = $1, next_attempt_at = $2 WHERE kind = 'test'")
        .bind(now)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))
    .unwrap();
    assert_eq!(email::deliver_due(&db, &transport).await.unwrap(), 0, "a fresh claim is another instance's");
    with_db!(&db, |pool| sqlx::query("UPDATE outbox SET claimed_at = $1 WHERE kind = 'test'")
        .bind(now - chrono::Duration::minutes(10))
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))
    .unwrap();
    assert_eq!(email::deliver_due(&db, &transport).await.unwrap(), 1);
    assert_eq!(message_ids(), first, "the repeat carries the same Message-ID");
}

#[tokio::test]
async fn behind_a_round_robin_proxy_two_instances_share_the_session_the_draft_and_the_form_tokens() {
    let app = spawn_app().await;
    let second = second_instance(&app).await;
    let addresses = [&app.address, &second].map(|a| a.trim_start_matches("http://").parse().unwrap());
    let proxy = Proxy::start(addresses.to_vec()).await;
    let mut person = app.another_browser();
    person.address = format!("http://{}", proxy.address);
    // A new connection for every request, so that each one goes to the next instance in turn.
    person.client = reqwest::Client::builder()
        .cookie_provider(person.cookies.clone())
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();

    // The account is made directly (its email links to the instance's own address).
    app.citizen("rr@example.org", PASSWORD).await;
    assert_eq!(person.sign_in("rr@example.org", PASSWORD).await.status(), 303);
    let token = person.csrf("/services/bulky-waste").await;
    assert_eq!(person.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await.status(), 303);
    for (question, fields) in [
        ("items", vec![("items", "sofa")]),
        ("has-other-items", vec![("has-other-items", "no")]),
        ("address", vec![("address-line1", "2 Low Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]),
        ("location", vec![("location", "driveway")]),
    ] {
        let response = person.submit(&format!("/services/bulky-waste/{question}"), &fields).await;
        assert_eq!(response.status(), 303, "{question}");
    }
    let date = crate::services::first_offered_date(&person, "/services/bulky-waste/date").await;
    for (question, fields) in [("date", vec![("date", date.as_str())]), ("phone", vec![("phone", "07700 900123")]), ("email", vec![("email", "rr@example.org")])] {
        let response = person.submit(&format!("/services/bulky-waste/{question}"), &fields).await;
        assert_eq!(response.status(), 303, "{question}");
    }
    let check = person.page("/services/bulky-waste/check-answers").await;
    assert!(check.contains("2 Low Street"), "the draft is the same on every instance");

    let served = proxy.served();
    assert!(served.iter().all(|&n| n >= 5), "both instances served the person: {served:?}");
}

#[tokio::test]
async fn when_the_database_goes_away_pages_answer_503_and_portico_recovers_when_it_returns() {
    let Ok(admin) = std::env::var(crate::helpers::POSTGRES_ENV) else { return }; // a network database only
    let postgres: std::net::SocketAddr = {
        let authority = admin.split("://").nth(1).unwrap().split('/').next().unwrap();
        let host_port = authority.rsplit('@').next().unwrap();
        tokio::net::lookup_host(if host_port.contains(':') { host_port.to_owned() } else { format!("{host_port}:5432") }).await.unwrap().next().unwrap()
    };
    let proxy = Proxy::start(vec![postgres]).await;
    let via = proxy.address.to_string();
    let app = spawn_app_through(&move |url: &str| url.replacen(&postgres.to_string(), &via, 1).replacen("localhost:5432", &via, 1)).await;
    app.citizen("away@example.org", PASSWORD).await;
    app.sign_in("away@example.org", PASSWORD).await;
    assert_eq!(app.get("/profile").await.status(), 200);
    assert!(proxy.served()[0] > 0, "the app reaches PostgreSQL through the proxy");

    proxy.cut();
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 503);
    let page = app.get("/profile?lang=cy").await;
    assert_eq!(page.status(), 503);
    let page = crate::helpers::strip_isolation(&page.text().await.unwrap());
    assert!(page.contains("nid yw'r gwasanaeth ar gael"), "{}", crate::helpers::title_of(&page));

    proxy.restore();
    let mut recovered = false;
    for _ in 0..50 {
        if app.get("/healthz").await.status() == 200 && app.get("/profile").await.status() == 200 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(recovered, "Portico answers again without a restart once the database is back");
}
