//! No lost edits (two designers on one draft: a stale save is refused with both versions, and can
//! be applied on top; a banner names the other editor; undo), and drafts moving forward safely
//! when a new version is published.
use crate::{
    casework::staff,
    helpers::{strip_isolation, spawn_app, TestApp, PASSWORD},
    services::{answer_in, submit_from_check_answers},
};
use portico::with_db;

/// Posts a designer form and expects to be sent on.
async fn post(designer: &TestApp, page: &str, action: &str, fields: &[(&str, &str)]) -> String {
    let response = designer.submit_to(page, action, fields).await;
    assert_eq!(response.status(), 303, "{action}: {}", response.text().await.unwrap_or_default());
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// The draft revision a designer page's forms carry.
fn revision_in(html: &str) -> String {
    html.split(r#"name="revision" value=""#).nth(1).expect("a revision field").split('"').next().unwrap().to_owned()
}

/// The CSRF token and revision of the page at `path`, as a designer's browser holds them.
async fn opened(designer: &TestApp, path: &str) -> (String, String) {
    let html = designer.page(path).await;
    (crate::helpers::csrf_in(&html).expect("a CSRF token"), revision_in(&html))
}

const SERVICE: &str = "/staff/designer/report-a-pothole";
const QUESTION: &str = "/staff/designer/report-a-pothole/questions/how-big-is-the-pothole";

/// A designer of the parking team builds "Report a pothole" (signed-in citizens only): a radios
/// question with three sizes, then a text question.
async fn build_pothole_service(app: &TestApp) -> TestApp {
    let designer = staff(app, "des@council.example", "designer", &["parking"]).await;
    post(&designer, "/staff/designer/new", "/staff/designer/new", &[("name", "Report a pothole"), ("team", "parking")]).await;
    let details = "/staff/designer/report-a-pothole/details";
    post(&designer, details, details, &[
        ("title", "Report a pothole"),
        ("summary", "Tell us where a road needs mending."),
        ("before_you_start", "It takes 2 minutes."),
        ("sign_in", "required"),
        ("team", "parking"),
        ("target_working_days", "5"),
        ("declaration", "What I have told you is true."),
        ("what_happens_next", "We will look at it within 5 working days."),
    ])
    .await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    post(&designer, new, new, &[("label", "How big is the pothole?"), ("kind", "radios")]).await;
    post(&designer, QUESTION, QUESTION, &[("label", "How big is the pothole?"), ("required", "yes"), ("options", "Small\nMedium\nBig")]).await;
    post(&designer, new, new, &[("label", "Where is it?"), ("kind", "long_text")]).await;
    designer
}

#[tokio::test]
async fn a_save_made_against_an_older_revision_is_refused_with_both_versions_and_can_be_applied_on_top() {
    let app = spawn_app().await;
    let first = build_pothole_service(&app).await;
    let second = staff(&app, "des2@council.example", "designer", &["parking"]).await;
    // Both open the same question page.
    let (first_token, first_revision) = opened(&first, QUESTION).await;
    let (second_token, second_revision) = opened(&second, QUESTION).await;
    assert_eq!(first_revision, second_revision);
    let form = |label: &'static str| vec![("label", label), ("required", "yes"), ("options", "Small\nMedium\nBig")];

    let mut fields = form("How large is the pothole?");
    fields.extend([("csrf_token", first_token.as_str()), ("revision", first_revision.as_str())]);
    assert_eq!(first.post(QUESTION, &fields).await.status(), 303, "the first save goes through");

    let mut fields = form("How deep is the pothole?");
    fields.extend([("csrf_token", second_token.as_str()), ("revision", second_revision.as_str())]);
    let refused = second.post(QUESTION, &fields).await;
    assert_eq!(refused.status(), 409, "the second save was made against an older revision");
    let page = strip_isolation(&refused.text().await.unwrap());
    assert!(page.contains("<title>Error:"), "the title says there is a problem");
    assert!(page.contains("des saved this draft after you opened your page"), "who saved it: {page}");
    assert!(page.contains("How large is the pothole?") && page.contains("How big is the pothole?"), "what the other person changed, from and to");
    assert!(page.contains(r#"value="How deep is the pothole?""#), "what this person typed is kept in the form");
    let current = revision_in(&page);
    assert_ne!(current, second_revision, "the form posts against the revision the draft is at now");
    let draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert!(draft.files.texts["en"].contains("How large is the pothole?"), "nothing was overwritten");

    // Applying the change on top: the same fields against the current revision.
    let mut fields = form("How deep is the pothole?");
    fields.extend([("csrf_token", second_token.as_str()), ("revision", current.as_str())]);
    assert_eq!(second.post(QUESTION, &fields).await.status(), 303);
    let draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert!(draft.files.texts["en"].contains("How deep is the pothole?"));

    // Each sees a banner naming the other, who edited the draft in the last minutes.
    let banner = strip_isolation(&first.page(QUESTION).await);
    assert!(banner.contains("Also edited this draft in the last 10 minutes: des2."), "{banner}");
    let own = strip_isolation(&second.page(SERVICE).await);
    assert!(own.contains("Also edited this draft in the last 10 minutes: des."), "{own}");
}

#[tokio::test]
async fn undo_puts_back_the_draft_before_the_last_change_is_audited_and_refuses_a_stale_page() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    post(&designer, QUESTION, QUESTION, &[("label", "How large is the pothole?"), ("required", "yes"), ("options", "Small\nMedium\nBig")]).await;
    let overview = strip_isolation(&designer.page(SERVICE).await);
    assert!(overview.contains("Undo the last change"), "{overview}");
    let (token, revision) = opened(&designer, SERVICE).await;

    // Someone else saves meanwhile: undoing from the older page is refused.
    let other = staff(&app, "des2@council.example", "designer", &["parking"]).await;
    post(&other, QUESTION, QUESTION, &[("label", "How wide is the pothole?"), ("required", "yes"), ("options", "Small\nMedium\nBig")]).await;
    let stale = designer.post(&format!("{SERVICE}/undo"), &[("csrf_token", token.as_str()), ("revision", revision.as_str())]).await;
    assert_eq!(stale.status(), 409);
    assert!(strip_isolation(&stale.text().await.unwrap()).contains("Nothing was undone"));

    let (token, revision) = opened(&designer, SERVICE).await;
    let undone = designer.post(&format!("{SERVICE}/undo"), &[("csrf_token", token.as_str()), ("revision", revision.as_str())]).await;
    assert_eq!(undone.status(), 303);
    let draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert!(draft.files.texts["en"].contains("How large is the pothole?"), "the change before the last one is back");
    assert!(!draft.files.texts["en"].contains("How wide is the pothole?"));
    let kinds: Vec<(String, Option<i64>)> = with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT e.kind, e.staff_id FROM service_events e WHERE e.service = 'report-a-pothole' ORDER BY e.id DESC LIMIT 1"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(kinds[0].0, "undone", "the undo is in the service's history");
    assert!(kinds[0].1.is_some(), "with who undid it");
    assert!(strip_isolation(&designer.page(SERVICE).await).contains("Last change undone"));
}

/// A signed-in citizen starts the pothole service and answers its first question.
async fn citizen_answers(app: &TestApp, email: &str, size: &str) -> TestApp {
    let citizen = app.another_browser();
    citizen.citizen(email, PASSWORD).await;
    citizen.sign_in(email, PASSWORD).await;
    let token = citizen.csrf("/services/report-a-pothole").await;
    citizen.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    answer_in(&citizen, "report-a-pothole", "how-big-is-the-pothole", &[("how-big-is-the-pothole", size)]).await;
    citizen
}

async fn draft_version(app: &TestApp, email: &str) -> i64 {
    with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT d.version FROM drafts d JOIN citizens c ON c.id = d.citizen_id WHERE c.email = $1"
    )
    .bind(email)
    .fetch_one(pool)
    .await)
    .unwrap()
}

#[tokio::test]
async fn publishing_moves_a_draft_whose_answers_all_fit_and_keeps_one_that_answered_a_removed_option() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let publish = format!("{SERVICE}/publish");
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;
    let fits = citizen_answers(&app, "ann@example.org", "small").await;
    citizen_answers(&app, "bob@example.org", "big").await;

    // Version 2 takes out "Big".
    post(&designer, SERVICE, &format!("{SERVICE}/draft"), &[]).await;
    post(&designer, QUESTION, QUESTION, &[("label", "How big is the pothole?"), ("required", "yes"), ("options", "Small\nMedium")]).await;
    let page = strip_isolation(&designer.page(&publish).await);
    assert!(page.contains("Drafts that move to version 2, because every answer still fits: 1"), "{page}");
    assert!(page.contains("Drafts that stay on the version they began on: 1"), "{page}");
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;

    assert_eq!(draft_version(&app, "ann@example.org").await, 2, "every answer still fits: moved");
    assert_eq!(draft_version(&app, "bob@example.org").await, 1, "answered the removed option: stays");
    let recorded: String = with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT data FROM service_events WHERE service = 'report-a-pothole' AND kind = 'drafts-moved' ORDER BY id DESC LIMIT 1"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let counts: serde_json::Value = serde_json::from_str(&recorded).unwrap();
    assert_eq!((counts["moving"].as_i64(), counts["staying"].as_i64()), (Some(1), Some(1)), "the counts are in the history");

    // The moved citizen carries on where they were, and the request records version 2.
    answer_in(&fits, "report-a-pothole", "where-is-it", &[("where-is-it", "Outside 4 High Street")]).await;
    let confirmation = submit_from_check_answers(&fits, "report-a-pothole").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    let version: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT version FROM requests WHERE reference = $1")
        .bind(&reference)
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(version, 2);
}
