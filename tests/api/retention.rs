//! Retention, on a clock moved forward: an expired closed request is anonymised (answers,
//! snapshot, files, messages, notes, personal data) while its service, team, status, dates and
//! events' kinds and times stay; open requests and ones still in their period are untouched;
//! drafts past the limit go; what was done is in the chain, which still verifies; the privacy
//! notice states each period in every language; the designer sets the period. Both stores.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{spawn_app, strip_isolation, TestApp},
};
use chrono::{Duration, Utc};
use portico::{retention::job, with_db};

fn settings(app: &TestApp) -> job::Settings {
    job::Settings::from_config(&app.state.config)
}

async fn run(app: &TestApp, days_ahead: i64, dry: bool) -> job::Report {
    job::run(&app.state.db, &app.state.services.get(), &settings(app), Utc::now() + Duration::days(days_ahead), dry).await.unwrap()
}

#[derive(Debug, PartialEq, sqlx::FromRow)]
struct Kept {
    service: String,
    team: String,
    status: String,
    submitted_at: chrono::DateTime<Utc>,
    due_date: chrono::NaiveDate,
}

async fn kept(app: &TestApp, reference: &str) -> Kept {
    with_db!(&app.state.db, |pool| sqlx::query_as("SELECT service, team, status, submitted_at, due_date FROM requests WHERE reference = $1")
        .bind(reference)
        .fetch_one(pool)
        .await)
    .unwrap()
}

async fn events_of(app: &TestApp, reference: &str) -> Vec<(String, String, chrono::DateTime<Utc>)> {
    with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT e.kind, e.data, e.at FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 ORDER BY e.seq"
    )
    .bind(reference)
    .fetch_all(pool)
    .await)
    .unwrap()
}

#[tokio::test]
async fn an_expired_closed_request_is_anonymised_on_a_clock_moved_forward_and_keeps_what_the_figures_need() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (_, closed) = citizen_with_request(&app, "ann@example.org").await;
    let (_, open) = citizen_with_request(&app, "bob@example.org").await;
    // A file among the answers, stored as an upload is.
    let uploads = &app.state.config.uploads_dir;
    std::fs::create_dir_all(uploads).unwrap();
    std::fs::write(uploads.join("retentionfile1"), b"%PDF-1.4").unwrap();
    let answers: String =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT answers FROM requests WHERE reference = $1").bind(&closed).fetch_one(pool).await).unwrap();
    let mut answers: serde_json::Value = serde_json::from_str(&answers).unwrap();
    answers["photo"] = serde_json::json!({ "file": "retentionfile1", "name": "sofa.pdf", "size": 8, "content_type": "application/pdf" });
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE requests SET answers = $1 WHERE reference = $2")
        .bind(answers.to_string())
        .bind(&closed)
        .execute(pool)
        .await
        .map(|_| ()))
    .unwrap();

    let page = format!("/staff/requests/{closed}");
    worker.submit_to(&page, &format!("{page}/note"), &[("note", "Ann's neighbour says hello")]).await;
    worker.submit_to(&page, &format!("{page}/message"), &[("message", "Dear Ann, we will come on Friday.")]).await;
    worker.submit_to(&page, &format!("{page}/status"), &[("to", "in_review")]).await;
    let decided = worker.submit_to(&page, &format!("{page}/status"), &[("to", "approved"), ("reason", "Ann Smith's sofa is on our list.")]).await;
    assert_eq!(decided.status(), 303);
    let before = kept(&app, &closed).await;
    let kinds_before: Vec<(String, chrono::DateTime<Utc>)> = events_of(&app, &closed).await.into_iter().map(|(k, _, at)| (k, at)).collect();

    // Within the period (6 years for the shipped services), nothing happens.
    assert!(run(&app, 365 * 5, false).await.requests.is_empty());
    // After it: a dry run says what it would do and does nothing.
    let dry = run(&app, 365 * 6 + 2, true).await;
    assert_eq!(dry.requests, vec![closed.clone()]);
    assert!(uploads.join("retentionfile1").exists());
    let report = run(&app, 365 * 6 + 2, false).await;
    assert_eq!(report.requests, vec![closed.clone()], "only the closed request, never the open one");
    assert_eq!(report.files, 1);
    assert!(!uploads.join("retentionfile1").exists(), "its file is gone from disk");

    let (answers, snapshot, name, citizen): (String, String, String, Option<i64>) =
        with_db!(&app.state.db, |pool| sqlx::query_as("SELECT answers, profile_snapshot, applicant_name, citizen_id FROM requests WHERE reference = $1")
            .bind(&closed)
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!((answers.as_str(), snapshot.as_str(), name.as_str(), citizen), ("{}", "{}", "", None));
    assert_eq!(kept(&app, &closed).await, before, "service, team, status, submitted time and due date stay");
    let events = events_of(&app, &closed).await;
    let kinds_after: Vec<(String, chrono::DateTime<Utc>)> = events.iter().map(|(k, _, at)| (k.clone(), *at)).collect();
    assert_eq!(&kinds_after[..kinds_before.len()], &kinds_before[..], "events keep their kinds and times");
    assert_eq!(kinds_after.last().unwrap().0, "retention_erased", "the erasure is in the request's chain");
    let everything: String = events.iter().map(|(_, d, _)| d.as_str()).collect();
    for personal in ["Ann", "neighbour", "Friday", "sofa"] {
        assert!(!everything.contains(personal), "{personal} is erased: {everything}");
    }
    assert!(events.iter().any(|(k, d, _)| k == "status" && d.contains("approved")), "a status change keeps its statuses");
    assert_ne!(kept(&app, &open).await.status, "", "the open request is there");
    let open_answers: String =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT answers FROM requests WHERE reference = $1").bind(&open).fetch_one(pool).await).unwrap();
    assert_ne!(open_answers, "{}", "an open request is never erased");

    // The chain still verifies, naming what retention erased; the run itself is recorded.
    let report = portico::audit::verify::verify(&app.state.db, &app.state.config.audit_key).await.unwrap();
    assert!(report.ok(), "{:?}", report.problems);
    assert!(report.erased.len() >= 5, "{:?}", report.erased);
    let runs: i64 =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM admin_events WHERE kind = 'retention_run'").fetch_one(pool).await).unwrap();
    assert_eq!(runs, 1);
    // Running again finds nothing more to do.
    assert!(run(&app, 365 * 6 + 3, false).await.is_empty());
    // The staff page still opens, without the erased content.
    let page = strip_isolation(&worker.page(&format!("/staff/requests/{closed}")).await);
    assert!(!page.contains("neighbour"));
}

#[tokio::test]
async fn drafts_untouched_past_the_limit_are_deleted_and_newer_ones_kept() {
    let app = spawn_app().await;
    let citizen = app.another_browser();
    citizen.citizen("dee@example.org", crate::helpers::PASSWORD).await;
    citizen.sign_in("dee@example.org", crate::helpers::PASSWORD).await;
    let token = citizen.csrf("/services/bulky-waste").await;
    citizen.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    citizen.submit("/services/bulky-waste/items", &[("items", "sofa")]).await;
    let now = Utc::now();
    with_db!(&app.state.db, |pool| sqlx::query(
        "INSERT INTO guest_drafts (submission_key, service, version, updated_at) VALUES ('guest-1', 'bulky-waste', 1, $1)"
    )
    .bind(now)
    .execute(pool)
    .await
    .map(|_| ()))
    .unwrap();
    let drafts = || async { with_db!(&app.state.db, |pool| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM drafts").fetch_one(pool).await).unwrap() };
    assert_eq!(drafts().await, 1);

    let report = run(&app, 30, false).await;
    assert_eq!((report.drafts, report.guest_drafts), (0, 0), "within 90 days both stay");
    let dry = run(&app, 91, true).await;
    assert_eq!((dry.drafts, dry.guest_drafts), (1, 1));
    assert_eq!(drafts().await, 1, "a dry run deletes nothing");
    let report = run(&app, 91, false).await;
    assert_eq!((report.drafts, report.guest_drafts), (1, 1));
    assert_eq!(drafts().await, 0);
    let recorded: String =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT data FROM admin_events WHERE kind = 'retention_run'").fetch_one(pool).await).unwrap();
    assert!(recorded.contains(r#""drafts":1"#), "{recorded}");
}

#[tokio::test]
async fn the_privacy_notice_states_each_services_period_in_every_language() {
    let app = spawn_app().await;
    for (lang, period) in [("en", "6 years"), ("cy", "6 blynedd"), ("ar", "6 سنوات"), ("pl", "6 lat"), ("uk", "6 років")] {
        let page = strip_isolation(&app.get_in("/privacy", lang).await.text().await.unwrap());
        let list = page.split(r#"id="retention-periods""#).nth(1).expect("the list of periods").split("</ul>").next().unwrap().to_owned();
        assert_eq!(list.matches("<li").count(), 3, "{lang}: one line per service: {list}");
        assert_eq!(list.matches(period).count(), 3, "{lang}: {list}");
    }
    let page = strip_isolation(&app.page("/privacy").await);
    assert!(page.contains("Book a bulky waste collection: 6 years after it is closed"), "{page}");
    assert!(page.contains("deleted 90 days after"));
}

#[tokio::test]
async fn the_designer_sets_the_period_with_the_loaders_rules() {
    let app = spawn_app().await;
    let designer = staff(&app, "des@council.example", "designer", &["parking"]).await;
    let made = designer.submit("/staff/designer/new", &[("name", "Report a pothole"), ("team", "parking")]).await;
    assert_eq!(made.status(), 303);
    let details = "/staff/designer/report-a-pothole/details";
    let page = strip_isolation(&designer.page(details).await);
    assert!(page.contains(r#"name="retention""#) && page.contains(r#"value="P6Y""#), "a new service starts with 6 years");
    let post = |retention: &'static str| {
        let designer = &designer;
        async move {
            designer
                .submit_to(
                    details,
                    details,
                    &[
                        ("title", "Report a pothole"),
                        ("summary", "Tell us where a road needs mending."),
                        ("before_you_start", "It takes 2 minutes."),
                        ("sign_in", "guests_allowed"),
                        ("team", "parking"),
                        ("target_working_days", "5"),
                        ("retention", retention),
                        ("declaration", "What I have told you is true."),
                        ("what_happens_next", "We will look at it."),
                    ],
                )
                .await
        }
    };
    let refused = post("two years").await;
    assert_eq!(refused.status(), 422);
    let text = strip_isolation(&refused.text().await.unwrap());
    assert!(text.contains("Enter a number of days, or a period such as P6Y") && text.contains(r#"value="two years""#), "what was typed comes back");
    assert_eq!(post("P0Y").await.status(), 422);
    assert_eq!(post("P18M").await.status(), 303);
    let page = strip_isolation(&designer.page(details).await);
    assert!(page.contains(r#"value="P18M""#));
    assert_eq!(post("").await.status(), 303, "no period is allowed: kept until deleted by hand");
}
