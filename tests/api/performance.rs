//! Open performance data: the figures from known requests, journeys and feedback; suppression
//! of small counts; the downloads and their licence; journeys counted when they start; the
//! decision time kept on the request; and the admins' page for costs and offline volumes.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{spawn_app, strip_isolation, TestApp},
};
use chrono::{Datelike, Duration, TimeZone, Utc};
use portico::{performance::measures::Month, with_db};

async fn json(app: &TestApp) -> serde_json::Value {
    let response = app.get("/performance.json").await;
    assert_eq!(response.status(), 200);
    serde_json::from_str(&response.text().await.map(|t| strip_isolation(&t)).unwrap()).unwrap()
}

/// The figures of `service` in `month` from the JSON download.
fn month_of<'a>(json: &'a serde_json::Value, service: &str, month: &str) -> &'a serde_json::Value {
    let service = json["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == service)
        .expect("the service");
    service["months"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["month"] == month)
        .expect("the month")
}

async fn exec(app: &TestApp, sql: &str) {
    with_db!(&app.state.db, |pool| sqlx::query(sql)
        .execute(pool)
        .await
        .map(|_| ()))
    .unwrap();
}

#[tokio::test]
async fn the_page_and_its_downloads_are_open_to_anyone_and_state_their_licence() {
    let app = spawn_app().await;
    let page = app.get("/performance").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(html.contains("Open Government Licence v3.0") && html.contains(r#"rel="license""#));
    assert!(
        html.contains(r#"role="img""#) && html.contains("<desc"),
        "charts are named images"
    );
    assert!(
        html.contains("Book a bulky waste collection: figures by month"),
        "a table per service"
    );
    assert!(
        html.contains("Suppressed"),
        "a fresh portal has only small counts"
    );
    assert!(
        strip_isolation(&app.page("/").await).contains(r#"href="/performance""#),
        "the footer links to it"
    );

    let csv = app.get("/performance.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers()["link"]
        .to_str()
        .unwrap()
        .contains("rel=\"license\""));
    let csv = csv.text().await.map(|t| strip_isolation(&t)).unwrap();
    let first = csv.lines().next().unwrap();
    assert!(
        first.starts_with("# ") && first.contains("Open Government Licence v3.0"),
        "{first}"
    );
    assert!(csv.lines().nth(1).unwrap().starts_with(
        "service_id,service_name,month,journeys_started,requests_sent,completion_rate"
    ));

    let json = json(&app).await;
    assert_eq!(json["licence"]["name"], "Open Government Licence v3.0");
    assert_eq!(json["suppression"]["minimum_count"], 5);
    let now = Month::of(Utc::now().date_naive()).key();
    assert_eq!(
        month_of(&json, "bulky-waste", &now)["journeys_started"]["suppressed"],
        true
    );
}

#[tokio::test]
async fn known_requests_journeys_and_feedback_give_known_figures() {
    let app = spawn_app().await;
    // Last month, so every date below falls inside it whatever today is.
    let month = Month::of(Utc::now().date_naive()).previous();
    let start = Utc
        .with_ymd_and_hms(month.year, month.month, 1, 9, 0, 0)
        .unwrap();
    exec(
        &app,
        &format!(
            "INSERT INTO journey_starts (service, month, n) VALUES ('bulky-waste', '{}', 20)",
            month.key()
        ),
    )
    .await;
    // Ten requests sent on the 2nd, decided 1 to 10 days later; each due 5 days after it was sent.
    for n in 1..=10i64 {
        let sent = start + Duration::days(1);
        let decided = sent + Duration::days(n);
        let due = (sent + Duration::days(5)).date_naive();
        with_db!(&app.state.db, |pool| sqlx::query(
            "INSERT INTO requests (reference, service, version, answers, profile_snapshot, language, status, team, due_date, submission_key, submitted_at, updated_at, decided_at) \
             VALUES ($1, 'bulky-waste', 1, '{}', '{}', 'en', 'approved', 'waste', $2, $3, $4, $5, $5)"
        )
        .bind(format!("KNOWN{n:03}"))
        .bind(due)
        .bind(format!("key-{n}"))
        .bind(sent)
        .bind(decided)
        .execute(pool)
        .await
        .map(|_| ()))
        .unwrap();
    }
    // Fifteen responses, ten of them satisfied or very satisfied.
    for rating in [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 2, 2, 1, 1] {
        with_db!(&app.state.db, |pool| sqlx::query("INSERT INTO feedback (service, rating, improve, search, language, created_at) VALUES ('bulky-waste', $1, '', '', 'en', $2)")
            .bind(rating as i64)
            .bind(start + Duration::days(3))
            .execute(pool)
            .await
            .map(|_| ()))
        .unwrap();
    }
    // The council enters £100 of cost and 10 requests made offline.
    let admin = staff(&app, "admin@council.example", "admin", &[]).await;
    let saved = admin
        .submit(
            "/staff/admin/performance",
            &[
                ("service", "bulky-waste"),
                ("month", &month.month.to_string()),
                ("year", &month.year.to_string()),
                ("cost", "100"),
                ("offline", "10"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);

    let json = json(&app).await;
    let figures = month_of(&json, "bulky-waste", &month.key());
    assert_eq!(figures["journeys_started"]["value"], 20.0);
    assert_eq!(figures["requests_sent"]["value"], 10.0);
    assert_eq!(figures["completion_rate"]["value"], 0.5);
    assert_eq!(figures["feedback_responses"]["value"], 15.0);
    assert_eq!(figures["user_satisfaction"]["value"], 0.667);
    // £100 over 10 online and 10 offline requests.
    assert_eq!(figures["cost_per_transaction_gbp"]["value"], 5.0);
    assert_eq!(figures["digital_take_up"]["value"], 0.5);
    assert_eq!(figures["requests_decided"]["value"], 10.0);
    assert_eq!(figures["median_days_to_decision"]["value"], 5.5);
    assert_eq!(figures["decided_within_target"]["value"], 0.5);
    // Another service with nothing: every count suppressed, no cost entered.
    let parking = month_of(&json, "parking-permit", &month.key());
    assert_eq!(parking["requests_sent"]["suppressed"], true);
    assert_eq!(parking["cost_per_transaction_gbp"], serde_json::Value::Null);

    // The page shows the same, in words.
    let html = strip_isolation(&app.page("/performance").await);
    assert!(
        html.contains("67%") && html.contains("£5.00") && html.contains("5.5"),
        "the page shows the figures"
    );
    let page_in_welsh = strip_isolation(&app.page("/performance?lang=cy").await);
    assert!(page_in_welsh.contains("Wedi&#x27;i atal") || page_in_welsh.contains("Wedi'i atal"));
}

#[tokio::test]
async fn a_journey_counts_once_when_it_starts_and_once_more_when_it_is_sent() {
    let app = spawn_app().await;
    let (_, _) = citizen_with_request(&app, "starter@example.org").await;
    // A guest answers two questions (two saves of the same draft): one journey.
    let guest = app.another_browser();
    let token = guest.csrf("/services/bulky-waste").await;
    guest
        .post("/services/bulky-waste/start", &[("csrf_token", &token)])
        .await;
    assert_eq!(
        guest
            .submit("/services/bulky-waste/items", &[("items", "sofa")])
            .await
            .status(),
        303
    );
    assert_eq!(
        guest
            .submit(
                "/services/bulky-waste/has-other-items",
                &[("has-other-items", "no")]
            )
            .await
            .status(),
        303
    );
    let now = Month::of(Utc::now().date_naive()).key();
    let started: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT CAST(n AS BIGINT) FROM journey_starts WHERE service = 'bulky-waste' AND month = $1"
    )
    .bind(&now)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(
        started, 2,
        "the citizen's journey and the guest's, each once"
    );
}

#[tokio::test]
async fn the_decision_time_is_kept_on_the_request_from_the_first_decision() {
    let app = spawn_app().await;
    let (_, reference) = citizen_with_request(&app, "decided@example.org").await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let page = format!("/staff/requests/{reference}");
    let decided_at = || async {
        let at: Option<chrono::DateTime<Utc>> = with_db!(&app.state.db, |pool| sqlx::query_scalar(
            "SELECT decided_at FROM requests WHERE reference = $1"
        )
        .bind(&reference)
        .fetch_one(pool)
        .await)
        .unwrap();
        at
    };
    assert_eq!(
        worker
            .submit_to(&page, &format!("{page}/status"), &[("to", "in_review")])
            .await
            .status(),
        303
    );
    assert_eq!(decided_at().await, None);
    assert_eq!(
        worker
            .submit_to(
                &page,
                &format!("{page}/status"),
                &[("to", "approved"), ("reason", "On our list.")]
            )
            .await
            .status(),
        303
    );
    let first = decided_at().await.expect("decided");
    assert!(first.year() >= 2026);
    assert_eq!(
        worker
            .submit_to(
                &page,
                &format!("{page}/status"),
                &[("to", "closed"), ("reason", "Collected.")]
            )
            .await
            .status(),
        303
    );
    assert_eq!(
        decided_at().await,
        Some(first),
        "closing later does not move the decision"
    );
}

#[tokio::test]
async fn only_admins_enter_figures_and_a_wrong_entry_keeps_what_was_typed() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    assert_eq!(worker.get("/staff/admin/performance").await.status(), 404);
    let admin = staff(&app, "admin@council.example", "admin", &[]).await;
    assert!(
        strip_isolation(&admin.page("/staff").await).contains(r#"href="/staff/admin/performance""#)
    );
    let wrong = admin
        .submit(
            "/staff/admin/performance",
            &[
                ("service", "bulky-waste"),
                ("month", "13"),
                ("year", "2026"),
                ("cost", "lots"),
                ("offline", "12"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(
        html.contains("Enter a month from 1 to 12") && html.contains("Enter the cost in pounds")
    );
    assert!(html.contains(r#"value="lots""#) && html.contains(r#"value="12""#));
    let saved = admin
        .submit(
            "/staff/admin/performance",
            &[
                ("service", "bulky-waste"),
                ("month", "3"),
                ("year", "2026"),
                ("cost", "£1,250.50"),
                ("offline", ""),
            ],
        )
        .await;
    assert_eq!(
        saved.headers()["location"],
        "/staff/admin/performance?saved=1"
    );
    let page = strip_isolation(&admin.page("/staff/admin/performance?saved=1").await);
    assert!(
        page.contains("The figures were saved.")
            && page.contains("£1250.50")
            && page.contains("March 2026")
    );
}
