//! Test journeys gate publishing, the old version's journeys run against the next draft, and
//! content advice is shown without stopping anything.
use crate::{
    designer::{build_pothole_service, post},
    helpers::{spawn_app, strip_isolation, TestApp},
};
use portico::with_db;

const BASE: &str = "/staff/designer/report-a-pothole";

/// "Report a pothole" with an exit for small potholes, as version 1's draft.
async fn pothole_with_an_exit(app: &TestApp) -> TestApp {
    let designer = build_pothole_service(app).await;
    let new_exit = format!("{BASE}/exits/new");
    post(&designer, &new_exit, &new_exit, &[("title", "We do not mend small potholes"), ("body", "Tell the highways team instead.")]).await;
    add_route(&designer, "smaller-than-a-plate").await;
    designer
}

/// A route from the first question to the exit when the answer is `value`.
async fn add_route(designer: &TestApp, value: &str) {
    let routes = format!("{BASE}/questions/how-big-is-the-pothole/routes/new");
    post(designer, &format!("{routes}?on=how-big-is-the-pothole"), &routes, &[
        ("on", "how-big-is-the-pothole"),
        ("op", "equals"),
        ("value", value),
        ("go", "exit:we-do-not-mend-small-potholes"),
    ])
    .await;
}

async fn save_journeys(designer: &TestApp) {
    let new = format!("{BASE}/journeys/new");
    post(designer, &new, &new, &[
        ("action", "save"),
        ("name", "A small pothole"),
        ("answer-how-big-is-the-pothole", "smaller-than-a-plate"),
        ("end", "exit:we-do-not-mend-small-potholes"),
    ])
    .await;
    post(designer, &new, &new, &[
        ("action", "save"),
        ("name", "A big pothole"),
        ("answer-how-big-is-the-pothole", "bigger-than-a-plate"),
        ("answer-where-is-it", "Outside 4 High Street"),
        ("end", "check-answers"),
    ])
    .await;
}

#[tokio::test]
async fn recording_a_journey_shows_the_pages_the_draft_goes_through_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let designer = pothole_with_an_exit(&app).await;
    let new = format!("{BASE}/journeys/new");
    let form = strip_isolation(&designer.page(&new).await);
    assert!(form.contains(r#"name="answer-how-big-is-the-pothole""#) && form.contains("Record what happens now"), "{form}");
    let recorded = designer.submit_to(&new, &new, &[("action", "record"), ("name", "Small"), ("answer-how-big-is-the-pothole", "smaller-than-a-plate")]).await;
    assert_eq!(recorded.status(), 200);
    let page = strip_isolation(&recorded.text().await.unwrap());
    assert!(page.contains("The pages it goes through:") && page.contains(r#"<input type="hidden" name="page" value="how-big-is-the-pothole""#), "{page}");
    assert!(page.contains(r#"value="exit:we-do-not-mend-small-potholes" selected"#), "the end it reaches is chosen");
    assert!(page.contains(r#"value="Small""#), "the name typed is kept");

    let wrong = designer.submit_to(&new, &new, &[("action", "save"), ("name", "Huge"), ("answer-how-big-is-the-pothole", "huge"), ("end", "check-answers")]).await;
    assert_eq!(wrong.status(), 422, "the engine's own rules check example answers");
    let page = strip_isolation(&wrong.text().await.unwrap());
    assert!(page.contains(r##"href="#answer-how-big-is-the-pothole""##) && page.contains(r#"value="Huge""#), "{page}");
}

#[tokio::test]
async fn a_failing_journey_blocks_publishing_shows_where_it_goes_now_and_the_old_versions_journeys_check_the_next_draft() {
    let app = spawn_app().await;
    let designer = pothole_with_an_exit(&app).await;
    save_journeys(&designer).await;
    let list = strip_isolation(&designer.page(&format!("{BASE}/journeys")).await);
    assert!(list.contains("2 of 2 test journeys pass"), "{list}");
    let publish = format!("{BASE}/publish");
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;

    // Version 2 sends big potholes to the exit instead: the small one now goes on to the next question.
    post(&designer, BASE, &format!("{BASE}/draft"), &[]).await;
    let routes = format!("{BASE}/questions/how-big-is-the-pothole/routes");
    add_route(&designer, "bigger-than-a-plate").await;
    post(&designer, &routes, &routes, &[("action", "remove:0")]).await;
    let overview = strip_isolation(&designer.page(BASE).await);
    assert!(overview.contains("2 fail"), "the task list says so after the save: {overview}");
    assert!(!overview.contains("There are problems"), "nothing but the journeys stands in the way");
    let page = strip_isolation(&designer.page(&publish).await);
    assert!(page.contains("(written for version 1)"), "version 1's journeys run against version 2: {page}");
    assert!(page.contains("At step 2 it now goes to “Where is it?” instead of the exit page “We do not mend small potholes”."), "{page}");
    assert!(page.contains("It now goes: “How big is the pothole?” → stops at “Where is it?”, which has no example answer."));
    let refused = designer.submit_to(&publish, &publish, &[("confirm", "yes")]).await;
    assert_eq!(refused.status(), 422, "publishing is refused");
    assert!(strip_isolation(&refused.text().await.unwrap()).contains("A test journey fails"));
    let live = portico::services::versions::get(&app.state.db, "report-a-pothole", None).await.unwrap().unwrap();
    assert_eq!(live.version, 1, "version 1 stays live");

    // Put back, it publishes.
    post(&designer, &routes, &routes, &[("action", "remove:0")]).await;
    add_route(&designer, "smaller-than-a-plate").await;
    assert!(strip_isolation(&designer.page(BASE).await).contains("2 pass"));
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;
    let live = portico::services::versions::get(&app.state.db, "report-a-pothole", None).await.unwrap().unwrap();
    assert_eq!(live.version, 2);

    let kinds: Vec<String> = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT kind FROM service_events WHERE service = 'report-a-pothole' ORDER BY id")
        .fetch_all(pool)
        .await)
    .unwrap();
    assert_eq!(kinds.iter().filter(|k| *k == "journey-saved").count(), 2, "{kinds:?}");
}

#[tokio::test]
async fn a_journey_whose_answer_no_longer_fits_fails_and_can_be_deleted() {
    let app = spawn_app().await;
    let designer = pothole_with_an_exit(&app).await;
    save_journeys(&designer).await;
    // The question the big pothole's address answers goes.
    let questions = format!("{BASE}/questions");
    post(&designer, &questions, &questions, &[("action", "remove:where-is-it")]).await;
    let list = strip_isolation(&designer.page(&format!("{BASE}/journeys")).await);
    assert!(list.contains("The example answer for “where-is-it” is for a question the service no longer has."), "{list}");
    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM service_journeys WHERE name = 'A big pothole'").fetch_one(pool).await).unwrap();
    let edit = format!("{BASE}/journeys/{id}");
    assert!(strip_isolation(&designer.page(&edit).await).contains(r#"value="bigger-than-a-plate" selected"#), "the stored answer is shown again");
    post(&designer, &edit, &edit, &[("action", "delete")]).await;
    assert!(strip_isolation(&designer.page(&format!("{BASE}/journeys")).await).contains("1 of 1 test journey passes"));
    assert_eq!(designer.get(&format!("{BASE}/journeys/{id}")).await.status(), 404);
}

#[tokio::test]
async fn content_advice_is_shown_with_a_link_to_its_fix_but_does_not_block_publishing() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let new = format!("{BASE}/questions/new");
    post(&designer, &new, &new, &[("label", "What is your email address?"), ("kind", "email")]).await;
    post(&designer, &new, &new, &[("label", "Upload a photo"), ("kind", "file")]).await;
    let publish = format!("{BASE}/publish");
    let page = strip_isolation(&designer.page(&publish).await);
    assert!(page.contains("asks for a detail the profile keeps: use the profile for “Email address”"), "{page}");
    assert!(page.contains(r#"href="/staff/designer/report-a-pothole/questions/upload-a-photo""#) && page.contains("add a hint saying which document to upload"));
    assert!(strip_isolation(&designer.page(BASE).await).contains("These do not stop you publishing"), "on the service's page too");
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;
}
