//! Feedback: anyone can send it from a service's pages (and about the portal from any other
//! page), errors are translated and keep what was typed, nothing ties it to a person, and only
//! the team in charge of a service (and admins) read it, search it and export it.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{spawn_app, strip_isolation, TestApp},
};
use portico::with_db;

async fn stored(app: &TestApp) -> Vec<(Option<String>, i64, String, Option<String>, String)> {
    with_db!(&app.state.db, |pool| sqlx::query_as("SELECT service, CAST(rating AS BIGINT), improve, reply_email, language FROM feedback ORDER BY id")
        .fetch_all(pool)
        .await)
    .unwrap()
}

async fn send(browser: &TestApp, page: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let token = browser.csrf(page).await;
    let mut all = fields.to_vec();
    all.push(("csrf_token", &token));
    browser.post("/feedback", &all).await
}

#[tokio::test]
async fn anyone_can_send_feedback_about_a_service_from_its_footer_and_is_thanked() {
    let app = spawn_app().await;
    let start = strip_isolation(&app.page("/services/bulky-waste").await);
    assert!(
        start.contains(r#"href="/feedback?service=bulky-waste""#),
        "the footer names the service"
    );
    let form = strip_isolation(&app.page("/feedback?service=bulky-waste").await);
    assert!(
        form.contains("<title>Give feedback on Book a bulky waste collection"),
        "{form}"
    );
    let sent = send(
        &app,
        "/feedback?service=bulky-waste",
        &[
            ("service", "bulky-waste"),
            ("rating", "5"),
            ("improve", "Quick and clear."),
            ("reply", "no"),
            ("email", "kept@example.org"),
        ],
    )
    .await;
    assert_eq!(sent.status(), 303);
    assert_eq!(
        sent.headers()["location"],
        "/feedback/thanks?service=bulky-waste"
    );
    let thanks = strip_isolation(&app.page("/feedback/thanks?service=bulky-waste").await);
    assert!(
        thanks.contains("Thank you for your feedback")
            && thanks.contains(r#"href="/services/bulky-waste""#)
    );
    // No reply asked for: the address typed is not kept.
    assert_eq!(
        stored(&app).await,
        vec![(
            Some("bulky-waste".into()),
            5,
            "Quick and clear.".into(),
            None,
            "en".into()
        )]
    );
}

#[tokio::test]
async fn the_confirmation_page_asks_for_feedback_on_its_service_and_the_feedback_names_no_one() {
    let app = spawn_app().await;
    let (citizen, reference) = citizen_with_request(&app, "fb@example.org").await;
    let confirmation = strip_isolation(
        &citizen
            .page(&format!("/services/bulky-waste/confirmation/{reference}"))
            .await,
    );
    assert!(
        confirmation.contains("What did you think of this service?")
            && confirmation.contains(r#"href="/feedback?service=bulky-waste""#)
    );
    let sent = send(
        &citizen,
        "/feedback?service=bulky-waste",
        &[
            ("service", "bulky-waste"),
            ("rating", "2"),
            ("reply", "yes"),
            ("email", "fb@example.org"),
        ],
    )
    .await;
    assert_eq!(sent.status(), 303);
    // Asked for a reply: the address is kept, and nothing else points at the person or the request.
    assert_eq!(
        stored(&app).await,
        vec![(
            Some("bulky-waste".into()),
            2,
            String::new(),
            Some("fb@example.org".into()),
            "en".into()
        )]
    );
    let columns: Vec<String> = match &app.state.db {
        portico::db::Db::Sqlite(pool) => sqlx::query_scalar("SELECT name FROM pragma_table_info('feedback')").fetch_all(pool).await.unwrap(),
        portico::db::Db::Postgres(pool) => {
            sqlx::query_scalar("SELECT column_name::TEXT FROM information_schema.columns WHERE table_name = 'feedback'").fetch_all(pool).await.unwrap()
        }
    };
    assert!(
        !columns
            .iter()
            .any(|c| c.contains("citizen") || c.contains("request") || c.contains("session")),
        "{columns:?}"
    );
}

#[tokio::test]
async fn errors_are_in_the_persons_language_and_keep_what_they_typed() {
    let app = spawn_app().await;
    app.get("/feedback?lang=cy").await;
    let page = send(
        &app,
        "/feedback?service=bulky-waste",
        &[
            ("service", "bulky-waste"),
            ("improve", "Roedd y <b>ffurflen</b> yn hir"),
            ("reply", "yes"),
            ("email", ""),
        ],
    )
    .await;
    assert_eq!(page.status(), 422);
    let html = page.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(
        html.contains("<title>Gwall: Rhoi adborth ar"),
        "the title says there is an error, in Welsh"
    );
    assert!(
        html.contains("Dewiswch pa mor fodlon oeddech chi gyda'r gwasanaeth")
            || html.contains("Dewiswch pa mor fodlon oeddech chi gyda&#x27;r gwasanaeth"),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#rating""##) && html.contains(r##"href="#email""##),
        "the summary links to both fields"
    );
    assert!(
        html.contains("Roedd y &lt;b&gt;ffurflen&lt;/b&gt; yn hir"),
        "the text comes back, escaped"
    );
    assert!(
        html.contains(r#"value="yes" checked"#),
        "the choice of a reply is kept"
    );
    assert!(stored(&app).await.is_empty());
    // Text over the limit is refused whole, and shown again whole.
    let long = "a".repeat(1201);
    let page = send(&app, "/feedback", &[("rating", "3"), ("improve", &long)]).await;
    assert_eq!(page.status(), 422);
    assert!(page
        .text()
        .await
        .map(|t| strip_isolation(&t))
        .unwrap()
        .contains(&long));
}

#[tokio::test]
async fn feedback_from_a_page_that_is_not_a_services_is_about_the_portal() {
    let app = spawn_app().await;
    assert!(strip_isolation(&app.page("/privacy").await).contains(r#"href="/feedback""#));
    assert!(
        strip_isolation(&app.page("/feedback").await).contains("<title>Give feedback on Portico")
    );
    assert_eq!(
        send(
            &app,
            "/feedback",
            &[("service", "no-such-service"), ("rating", "4")]
        )
        .await
        .status(),
        303
    );
    assert_eq!(stored(&app).await[0].0, None);
}

#[tokio::test]
async fn a_form_with_a_wrong_token_is_shown_again_with_everything_typed() {
    let app = spawn_app().await;
    app.get("/feedback").await;
    let page = app
        .post(
            "/feedback",
            &[
                ("csrf_token", "forged"),
                ("rating", "4"),
                ("improve", "Kept after all"),
            ],
        )
        .await;
    assert_eq!(page.status(), 422);
    let html = page.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(
        html.contains("This form has expired")
            && html.contains("Kept after all")
            && html.contains(r#"value="4" checked"#)
    );
    assert!(stored(&app).await.is_empty());
}

#[tokio::test]
async fn one_session_can_send_only_so_much_feedback_in_an_hour() {
    let app = spawn_app().await;
    for _ in 0..10 {
        assert_eq!(
            send(&app, "/feedback", &[("rating", "4")]).await.status(),
            303
        );
    }
    let refused = send(
        &app,
        "/feedback",
        &[("rating", "4"), ("improve", "the eleventh")],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(html.contains("You have sent a lot of feedback") && html.contains("the eleventh"));
    assert_eq!(stored(&app).await.len(), 10);
}

#[tokio::test]
async fn the_team_in_charge_reads_searches_and_exports_its_feedback_and_no_other_team_does() {
    let app = spawn_app().await;
    for (service, rating, text) in [
        ("bulky-waste", "5", "The date picker was great"),
        ("bulky-waste", "1", "Ćma ate my sofa: 100% true"),
        ("bulky-waste", "2", "=HYPERLINK(\"http://evil.example\")"),
        ("", "3", "About the website"),
    ] {
        let browser = app.another_browser();
        assert_eq!(
            send(
                &browser,
                "/feedback",
                &[("service", service), ("rating", rating), ("improve", text)]
            )
            .await
            .status(),
            303
        );
    }
    let waste = staff(&app, "w@council.example", "caseworker", &["waste"]).await;
    let parking = staff(&app, "p@council.example", "caseworker", &["parking"]).await;
    let admin = staff(&app, "a@council.example", "admin", &[]).await;

    let dashboard = strip_isolation(&waste.page("/staff").await);
    assert!(
        dashboard.contains("Feedback by service")
            && dashboard.contains(r#"href="/staff/feedback/bulky-waste""#)
    );
    assert!(
        !dashboard.contains("/staff/feedback/parking-permit")
            && !dashboard.contains("/staff/feedback/_portal"),
        "only its own services"
    );

    let page = strip_isolation(&waste.page("/staff/feedback/bulky-waste").await);
    assert!(
        page.contains("3 responses, by rating")
            && page.contains("The date picker was great")
            && !page.contains("About the website")
    );
    // The search ignores case in any script and takes wildcards literally.
    let found = strip_isolation(&waste.page("/staff/feedback/bulky-waste?q=%C4%86MA").await);
    assert!(
        found.contains("Ćma ate my sofa") && !found.contains("The date picker"),
        "{found}"
    );
    let percent = strip_isolation(&waste.page("/staff/feedback/bulky-waste?q=%25").await);
    assert!(percent.contains("100% true") && !percent.contains("The date picker"));

    let csv = waste.get("/staff/feedback/bulky-waste/export.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.map(|t| strip_isolation(&t)).unwrap();
    assert!(
        csv.contains("The date picker was great") && csv.contains("'=HYPERLINK"),
        "formulas are neutralised: {csv}"
    );
    assert!(!csv.contains("About the website"));

    for path in [
        "/staff/feedback/bulky-waste",
        "/staff/feedback/bulky-waste/export.csv",
        "/staff/feedback/_portal",
        "/staff/feedback/no-such-service",
    ] {
        assert_eq!(parking.get(path).await.status(), 404, "{path}");
    }
    assert_eq!(
        waste.get("/staff/feedback/_portal").await.status(),
        404,
        "the portal's feedback is for admins"
    );
    assert!(
        strip_isolation(&admin.page("/staff/feedback/_portal").await).contains("About the website")
    );
    assert!(strip_isolation(&admin.page("/staff").await).contains("/staff/feedback/_portal"));
    // Signed out, or a citizen: no way in.
    let anonymous = app.another_browser();
    assert_eq!(
        anonymous.get("/staff/feedback/bulky-waste").await.status(),
        303
    );
}
