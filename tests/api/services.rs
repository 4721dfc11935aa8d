use crate::helpers::{csrf_in, png, spawn_app, strip_isolation, TestApp, PASSWORD};
use portico::{
    config::Source,
    profile::fields::{Address, Date},
    services::{
        answers::{Answer, Answers},
        flow::{self, Target},
        load,
        model::{Definition, Kind},
        versions,
    },
};
use proptest::prelude::*;
use std::path::Path;

fn definitions() -> Vec<Definition> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped = versions::shipped_from(&Source::Folder(root.join("src/services/definitions")), &Source::Folder(root.join("locales"))).unwrap();
    shipped
        .iter()
        .map(|(id, files)| load::version(id, versions::declared_version(&files.definition).unwrap(), files, false).expect("every shipped definition loads").definition)
        .collect()
}

/// A valid answer for every question of `definition`, chosen by `seed`.
fn answers_for(definition: &Definition, seed: &[u64]) -> Answers {
    let mut answers = Answers::new();
    for (n, q) in definition.questions.iter().enumerate() {
        let r = seed[n % seed.len()].wrapping_mul(n as u64 + 1);
        let pick = |len: usize| (r % len as u64) as usize;
        let answer = match &q.kind {
            Kind::Radios { options } | Kind::Select { options } => Answer::Text(options[pick(options.len())].value.clone()),
            Kind::YesNo => Answer::Text(if r % 2 == 0 { "yes" } else { "no" }.into()),
            Kind::Checkboxes { options, exclusive } => match exclusive {
                Some(e) if r % 5 == 0 => Answer::List(vec![e.value.clone()]),
                _ => Answer::List(options.iter().enumerate().filter(|(i, _)| (r >> i) & 1 == 1).map(|(_, o)| o.value.clone()).collect()),
            },
            Kind::WholeNumber { .. } | Kind::Money { .. } => Answer::Number((r % 10_000) as i64 - 100),
            Kind::Date { .. } => Answer::Text(Date { year: 1900 + (r % 200) as i32, month: 1 + (r % 12) as u32, day: 1 + (r % 28) as u32 }.iso()),
            Kind::Address => Answer::Address(Address { line1: "1 High St".into(), town: "Cardiff".into(), postcode: "CF10 1EP".into(), country: "United Kingdom".into(), ..Default::default() }),
            _ => Answer::Text("x".into()),
        };
        answers.insert(q.id.clone(), answer);
    }
    answers
}

proptest! {
    #[test]
    fn every_route_through_every_definition_ends_at_check_your_answers_or_an_exit(seed in proptest::collection::vec(any::<u64>(), 1..8)) {
        let today = Date { year: 2026, month: 11, day: 21 };
        for definition in definitions() {
            let answers = answers_for(&definition, &seed);
            let walk = flow::walk(&definition, &answers, today);
            prop_assert!(matches!(walk.end, Target::CheckAnswers | Target::Exit(_)), "{}: {:?}", definition.id, walk.end);
            // Pruning keeps exactly the route, and the pruned answers lead to the same end.
            let pruned = flow::prune(&definition, &answers, today);
            prop_assert_eq!(flow::walk(&definition, &pruned, today).end, walk.end.clone());
            prop_assert!(pruned.keys().all(|k| walk.questions.contains(k)));
        }
    }
}

pub(crate) async fn citizen(app: &TestApp) {
    app.citizen("ann@example.org", PASSWORD).await;
    app.sign_in("ann@example.org", PASSWORD).await;
}

/// Answers one question page, expecting to be sent on.
pub(crate) async fn answer(app: &TestApp, question: &str, fields: &[(&str, &str)]) -> String {
    let response = app.submit(&format!("/services/parking-permit/{question}"), fields).await;
    assert_eq!(response.status(), 303, "{question}: {}", response.text().await.unwrap_or_default());
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn upload(app: &TestApp, question: &str, name: &str) {
    let response = app.submit_file(&format!("/services/parking-permit/{question}"), question, name, png(), &[]).await;
    assert_eq!(response.status(), 303, "{question}: {}", response.text().await.unwrap_or_default());
}

pub(crate) async fn fill_parking_permit(app: &TestApp) {
    let token = app.csrf("/services/parking-permit").await;
    let start = app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    assert_eq!(start.headers()["location"], "/services/parking-permit/live-in-zone");
    assert_eq!(answer(app, "live-in-zone", &[("live-in-zone", "yes")]).await, "/services/parking-permit/address");
    fill_parking_permit_from_the_address(app).await;
}

/// The parking permit's questions from the address on.
pub(crate) async fn fill_parking_permit_from_the_address(app: &TestApp) {
    answer(app, "address", &[("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP"), ("address-country", "United Kingdom")]).await;
    upload(app, "proof-of-address", "council-tax.png").await;
    answer(app, "zone", &[("zone", "B")]).await;
    answer(app, "registration", &[("registration", "CU57 ABC")]).await;
    answer(app, "make", &[("make", "Ford")]).await;
    assert_eq!(answer(app, "ownership", &[("ownership", "company")]).await, "/services/parking-permit/employer-letter");
    upload(app, "employer-letter", "Acme Ltd letter.png").await;
    answer(app, "length", &[("length", "12")]).await;
    answer(app, "start-date", &[("start-date-day", "1"), ("start-date-month", "3"), ("start-date-year", "2030")]).await;
    assert_eq!(answer(app, "phone", &[("phone", "029 2000 0000")]).await, "/services/parking-permit/check-answers");
}

pub(crate) async fn request_count(app: &TestApp) -> i64 {
    portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM requests").fetch_one(pool).await).unwrap()
}

#[tokio::test]
async fn a_signed_in_citizen_applies_for_a_parking_permit_and_gets_a_reference() {
    let app = spawn_app().await;
    citizen(&app).await;
    fill_parking_permit(&app).await;

    let check = app.page("/services/parking-permit/check-answers").await;
    for text in ["CU57 ABC", "Ford", "Acme Ltd letter.png", "council-tax.png", "12 months", "Zone B – Riverside", "1 High Street"] {
        assert!(crate::helpers::strip_isolation(&check).contains(text), "check your answers shows {text}");
    }
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let token = csrf_in(&check).unwrap();
    let sent = app.post("/services/parking-permit/submit", &[("csrf_token", &token), ("submission_key", &key)]).await;

    assert_eq!(sent.status(), 303);
    let confirmation = sent.headers()["location"].to_str().unwrap().to_owned();
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    assert_eq!(reference.len(), 8);
    let page = app.page(&confirmation).await;
    assert!(page.contains(&reference));
    assert_eq!(request_count(&app).await, 1);
    let (kind, _, body) = app.last_email("ann@example.org").await.unwrap();
    assert_eq!(kind, "receipt");
    assert!(body.contains(&reference));
    let applications = app.page("/applications").await;
    assert!(applications.contains(&reference), "the request is listed");
    assert!(!applications.contains("Last saved"), "the draft is gone");
}

#[tokio::test]
async fn submitting_twice_makes_exactly_one_request() {
    let app = spawn_app().await;
    citizen(&app).await;
    fill_parking_permit(&app).await;
    let check = app.page("/services/parking-permit/check-answers").await;
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let token = csrf_in(&check).unwrap();

    let first = app.post("/services/parking-permit/submit", &[("csrf_token", &token), ("submission_key", &key)]).await;
    let second = app.post("/services/parking-permit/submit", &[("csrf_token", &token), ("submission_key", &key)]).await;

    assert_eq!(first.headers()["location"], second.headers()["location"]);
    assert_eq!(request_count(&app).await, 1);
}

#[tokio::test]
async fn answers_no_longer_on_the_route_are_not_submitted() {
    let app = spawn_app().await;
    citizen(&app).await;
    fill_parking_permit(&app).await;
    // Change of mind: the person keeps the vehicle themselves, so the employer no longer applies.
    let change = "/services/parking-permit/ownership?change=1";
    let back = app.submit_to(change, change, &[("ownership", "own")]).await;
    assert_eq!(back.headers()["location"], "/services/parking-permit/check-answers");
    let check = app.page("/services/parking-permit/check-answers").await;
    assert!(!check.contains("Acme Ltd letter.png"));
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    app.post("/services/parking-permit/submit", &[("csrf_token", &csrf_in(&check).unwrap()), ("submission_key", &key)]).await;

    let answers: String = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT answers FROM requests").fetch_one(pool).await).unwrap();
    assert!(!answers.contains("employer-letter"), "{answers}");
    assert!(answers.contains("\"ownership\":\"own\""));
}

#[tokio::test]
async fn a_wrong_answer_is_shown_again_with_its_error_and_what_was_typed() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await;

    let response = app.submit("/services/parking-permit/address", &[("address-line1", "1 High Street"), ("address-town", ""), ("address-postcode", "nonsense")]).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Error: "));
    assert!(html.contains(r##"href="#address-town""##));
    assert!(html.contains(r#"value="1 High Street""#) && html.contains(r#"value="nonsense""#));
}

#[tokio::test]
async fn an_exit_page_ends_the_journey_when_the_answers_lead_there() {
    let app = spawn_app().await;
    citizen(&app).await;
    assert_eq!(app.get("/services/parking-permit/exit/not-resident").await.status(), 303, "not before the answers lead there");
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;

    let exit = answer(&app, "live-in-zone", &[("live-in-zone", "no")]).await;

    assert_eq!(exit, "/services/parking-permit/exit/not-resident");
    assert!(app.page(&exit).await.contains("You cannot get a resident parking permit"));
}

#[tokio::test]
async fn nobody_skips_ahead_of_an_unanswered_question() {
    let app = spawn_app().await;
    citizen(&app).await;
    let response = app.get("/services/parking-permit/phone").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/services/parking-permit/live-in-zone");
    assert_eq!(app.get("/services/parking-permit/check-answers").await.headers()["location"], "/services/parking-permit/live-in-zone");
}

#[tokio::test]
async fn a_service_that_needs_an_account_sends_guests_to_sign_in() {
    let app = spawn_app().await;
    let response = app.get("/services/parking-permit/live-in-zone").await;
    assert_eq!(response.status(), 303);
    assert!(response.headers()["location"].to_str().unwrap().starts_with("/sign-in?next="));
}

#[tokio::test]
async fn save_and_come_back_later_keeps_the_draft_for_the_next_visit() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await;

    let saved = app.submit("/services/parking-permit/address", &[
        ("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP"), ("action", "save"),
    ]).await;

    assert_eq!(saved.headers()["location"], "/applications?saved=parking-permit");
    assert!(app.page("/applications").await.contains("Apply for a resident parking permit"));
    let token = app.csrf("/services/parking-permit").await;
    let resumed = app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    assert_eq!(resumed.headers()["location"], "/services/parking-permit/proof-of-address", "continues after the last answer");
    let address = app.page("/services/parking-permit/address").await;
    assert!(address.contains(r#"value="1 High Street""#), "answers come back");
}

#[tokio::test]
async fn one_citizen_cannot_open_another_citizens_confirmation() {
    let app = spawn_app().await;
    citizen(&app).await;
    fill_parking_permit(&app).await;
    let check = app.page("/services/parking-permit/check-answers").await;
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let sent = app.post("/services/parking-permit/submit", &[("csrf_token", &csrf_in(&check).unwrap()), ("submission_key", &key)]).await;
    let confirmation = sent.headers()["location"].to_str().unwrap().to_owned();
    let token = csrf_in(&app.page("/profile").await).unwrap();
    app.post("/sign-out", &[("csrf_token", &token)]).await;

    app.citizen("bob@example.org", PASSWORD).await;
    app.sign_in("bob@example.org", PASSWORD).await;

    assert_eq!(app.get(&confirmation).await.status(), 404);
    assert!(!app.page("/applications").await.contains(confirmation.rsplit('/').next().unwrap()));
}

/// Answers a question of any service, expecting to be sent on.
pub(crate) async fn answer_in(app: &TestApp, service: &str, question: &str, fields: &[(&str, &str)]) -> String {
    let response = app.submit(&format!("/services/{service}/{question}"), fields).await;
    assert_eq!(response.status(), 303, "{service}/{question}: {}", response.text().await.unwrap_or_default());
    response.headers()["location"].to_str().unwrap().to_owned()
}

pub(crate) async fn submit_from_check_answers(app: &TestApp, service: &str) -> String {
    let check = app.page(&format!("/services/{service}/check-answers")).await;
    let key = check.split(r#"name="submission_key" value=""#).nth(1).expect("on check your answers").split('"').next().unwrap().to_owned();
    let sent = app.post(&format!("/services/{service}/submit"), &[("csrf_token", &csrf_in(&check).unwrap()), ("submission_key", &key)]).await;
    assert_eq!(sent.status(), 303);
    sent.headers()["location"].to_str().unwrap().to_owned()
}

/// The first open date a `next_dates` question offers, from its page.
pub(crate) async fn first_offered_date(app: &TestApp, path: &str) -> String {
    let html = app.page(path).await;
    html.split(r#"type="radio" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn after_one_service_another_asks_for_no_profile_detail_to_be_typed_again() {
    let app = spawn_app().await;
    citizen(&app).await;

    // First service: the address and phone are typed once, and saved to the profile with consent.
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await;
    answer(&app, "address", &[("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP"), ("update_profile", "yes")]).await;
    upload(&app, "proof-of-address", "bill.png").await;
    answer(&app, "zone", &[("zone", "B")]).await;
    answer(&app, "registration", &[("registration", "CU57 ABC")]).await;
    answer(&app, "make", &[("make", "Ford")]).await;
    answer(&app, "ownership", &[("ownership", "own")]).await;
    answer(&app, "length", &[("length", "3")]).await;
    answer(&app, "start-date", &[("start-date-day", "1"), ("start-date-month", "3"), ("start-date-year", "2030")]).await;
    answer(&app, "phone", &[("phone", "029 2000 0000"), ("update_profile", "yes")]).await;
    submit_from_check_answers(&app, "parking-permit").await;

    // Second service: every profile detail is offered, not asked.
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    answer_in(&app, "bulky-waste", "has-other-items", &[("has-other-items", "no")]).await;
    for question in ["address", "phone", "email"] {
        let path = format!("/services/bulky-waste/{question}");
        let page = app.page(&path).await;
        assert!(page.contains("We have this from your profile"), "{question} is offered");
        assert!(!page.contains(&format!(r#"name="{question}""#)) && !page.contains(r#"name="address-line1""#), "{question} is not asked");
        if question == "address" {
            assert!(page.contains("1 High Street"));
            answer_in(&app, "bulky-waste", "address", &[("use_profile", "yes")]).await;
            answer_in(&app, "bulky-waste", "location", &[("location", "driveway")]).await;
            let date = first_offered_date(&app, "/services/bulky-waste/date").await;
            answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
        } else {
            answer_in(&app, "bulky-waste", question, &[("use_profile", "yes")]).await;
        }
    }
    let confirmation = submit_from_check_answers(&app, "bulky-waste").await;
    assert!(confirmation.starts_with("/services/bulky-waste/confirmation/"));

    let answers: String = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT answers FROM requests WHERE service = 'bulky-waste'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    assert!(answers.contains("1 High Street") && answers.contains("029 2000 0000") && answers.contains("ann@example.org"));
    let profile = crate::helpers::strip_isolation(&app.page("/profile").await);
    assert!(profile.contains("while using Book a bulky waste collection"), "the profile records which service confirmed it");
}

#[tokio::test]
async fn a_detail_changed_in_a_service_reaches_the_profile_only_with_consent() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await;
    let page = app.page("/services/parking-permit/address").await;
    assert!(page.contains(r#"name="update_profile""#), "the profile update is offered");

    answer(&app, "address", &[("address-line1", "9 Side Road"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP")]).await;

    assert!(!app.page("/profile").await.contains("9 Side Road"), "not without consent");
}

#[tokio::test]
async fn a_guest_books_a_collection_with_the_draft_kept_in_the_session() {
    let app = spawn_app().await;
    let start = app.page("/services/bulky-waste").await;
    assert!(start.contains("You can apply without an account"), "guests are told how their draft is kept");
    let token = csrf_in(&start).unwrap();
    let first = app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    assert_eq!(first.headers()["location"], "/services/bulky-waste/items");

    assert_eq!(answer_in(&app, "bulky-waste", "items", &[("items", "other-only")]).await, "/services/bulky-waste/other-items");
    add_item(&app, 1, "Garden bench", "large").await;
    add_item(&app, 2, "Exercise bike", "medium").await;
    assert_eq!(answer_in(&app, "bulky-waste", "other-items", &[("add_another", "no")]).await, "/services/bulky-waste/address");
    answer_in(&app, "bulky-waste", "address", &[("address-line1", "2 Low Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;
    answer_in(&app, "bulky-waste", "location", &[("location", "kerbside")]).await;
    let date = first_offered_date(&app, "/services/bulky-waste/date").await;
    answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
    answer_in(&app, "bulky-waste", "phone", &[("phone", "07700 900123")]).await;
    assert_eq!(answer_in(&app, "bulky-waste", "email", &[("email", "guest@example.org")]).await, "/services/bulky-waste/check-answers");
    let confirmation = submit_from_check_answers(&app, "bulky-waste").await;

    assert_eq!(app.get(&confirmation).await.status(), 200);
    assert_eq!(request_count(&app).await, 1);
    // Another browser (no session) cannot open the guest's confirmation.
    let stranger = reqwest::Client::new();
    assert_eq!(stranger.get(app.url(&confirmation)).send().await.unwrap().status(), 404);
}

/// Adds item `n` of bulky waste's "other items" and expects the list of items next.
pub(crate) async fn add_item(app: &TestApp, n: usize, description: &str, size: &str) {
    let page = format!("/services/bulky-waste/other-items?item={n}");
    let response = app.submit_to(&page, &page, &[("other-items-description", description), ("other-items-size", size)]).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    assert_eq!(response.headers()["location"], "/services/bulky-waste/other-items");
    if n == 1 {
        assert_eq!(answer_in(app, "bulky-waste", "other-items", &[("add_another", "yes")]).await, "/services/bulky-waste/other-items?item=2");
    }
}

async fn start_bulky_waste(app: &TestApp) {
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
}

#[tokio::test]
async fn other_items_are_added_one_at_a_time_changed_and_removed_and_each_is_checked() {
    let app = spawn_app().await;
    start_bulky_waste(&app).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    assert_eq!(answer_in(&app, "bulky-waste", "has-other-items", &[("has-other-items", "yes")]).await, "/services/bulky-waste/other-items");

    // With no item yet, the page is the first item's form; every field is checked at once.
    let first = app.page("/services/bulky-waste/other-items").await;
    assert!(first.contains(r#"action="/services/bulky-waste/other-items?item=1""#));
    let page = "/services/bulky-waste/other-items?item=1";
    let wrong = app.submit_to(page, page, &[("other-items-description", "Bench"), ("other-items-size", "huge")]).await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.unwrap();
    assert!(html.contains(r##"href="#other-items-size""##), "the error summary links to the size");
    assert!(html.contains(">Bench</textarea>"), "what was typed stays");

    add_item(&app, 1, "Garden bench", "large").await;
    add_item(&app, 2, "Exercise bike", "medium").await;
    let list = strip_isolation(&app.page("/services/bulky-waste/other-items").await);
    assert!(list.contains("You have added 2 other items"));
    assert!(list.contains("Garden bench") && list.contains("Exercise bike"));
    let unanswered = app.submit("/services/bulky-waste/other-items", &[]).await;
    assert_eq!(unanswered.status(), 422, "yes or no is needed");

    // Change the first, remove the second.
    let changed = app.submit_to(page, page, &[("other-items-description", "Wooden garden bench"), ("other-items-size", "large")]).await;
    assert_eq!(changed.headers()["location"], "/services/bulky-waste/other-items");
    let remove = app.submit_to("/services/bulky-waste/other-items", "/services/bulky-waste/other-items?remove=2", &[]).await;
    assert_eq!(remove.status(), 303);
    let list = strip_isolation(&app.page("/services/bulky-waste/other-items").await);
    assert!(list.contains("You have added 1 other item") && list.contains("Wooden garden bench") && !list.contains("Exercise bike"));
    // An item beyond the next one cannot be made.
    let skipped = app.submit_to(page, "/services/bulky-waste/other-items?item=9", &[("other-items-description", "X"), ("other-items-size", "small")]).await;
    assert_eq!(skipped.status(), 303);
    assert!(!app.page("/services/bulky-waste/other-items").await.contains(">X<"));

    assert_eq!(answer_in(&app, "bulky-waste", "other-items", &[("add_another", "no")]).await, "/services/bulky-waste/address");
}

#[tokio::test]
async fn a_follow_up_is_asked_only_for_its_option_and_dropped_when_another_is_chosen() {
    let app = spawn_app().await;
    start_bulky_waste(&app).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    answer_in(&app, "bulky-waste", "has-other-items", &[("has-other-items", "no")]).await;
    answer_in(&app, "bulky-waste", "address", &[("address-line1", "2 Low Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;

    let missing = app.submit("/services/bulky-waste/location", &[("location", "elsewhere"), ("location-details", "")]).await;
    assert_eq!(missing.status(), 422);
    assert!(missing.text().await.unwrap().contains(r##"href="#location-details""##));
    answer_in(&app, "bulky-waste", "location", &[("location", "elsewhere"), ("location-details", "By the side gate")]).await;
    let page = app.page("/services/bulky-waste/location").await;
    assert!(page.contains(r#"value="By the side gate""#), "the follow-up comes back");
    assert!(page.contains(r#"data-aria-controls="conditional-location-4""#), "the follow-up sits under its option");

    // Another option: the follow-up is ignored, even if sent, and dropped.
    answer_in(&app, "bulky-waste", "location", &[("location", "driveway"), ("location-details", "ignored")]).await;
    let date = first_offered_date(&app, "/services/bulky-waste/date").await;
    answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
    answer_in(&app, "bulky-waste", "phone", &[("phone", "07700 900123")]).await;
    answer_in(&app, "bulky-waste", "email", &[("email", "guest@example.org")]).await;
    let check = app.page("/services/bulky-waste/check-answers").await;
    assert!(!check.contains("By the side gate") && !check.contains("ignored"));
}

#[tokio::test]
async fn every_stored_request_matches_the_published_json_schema() {
    let app = spawn_app().await;
    let schema: serde_json::Value = app.get("/services/bulky-waste/schema.json").await.json().await.unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["properties"]["other-items"]["type"], "array");

    start_bulky_waste(&app).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "other-only")]).await;
    add_item(&app, 1, "Garden bench", "large").await;
    assert_eq!(answer_in(&app, "bulky-waste", "other-items", &[("add_another", "no")]).await, "/services/bulky-waste/address");
    answer_in(&app, "bulky-waste", "address", &[("address-line1", "2 Low Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;
    answer_in(&app, "bulky-waste", "location", &[("location", "elsewhere"), ("location-details", "By the side gate")]).await;
    let date = first_offered_date(&app, "/services/bulky-waste/date").await;
    answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
    answer_in(&app, "bulky-waste", "phone", &[("phone", "07700 900123")]).await;
    answer_in(&app, "bulky-waste", "email", &[("email", "guest@example.org")]).await;
    let check = strip_isolation(&app.page("/services/bulky-waste/check-answers").await);
    assert!(check.contains("Item 1: Garden bench – Large"), "items are listed for checking");
    submit_from_check_answers(&app, "bulky-waste").await;

    let stored: String = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT answers FROM requests").fetch_one(pool).await).unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(portico::services::schema::validate(&schema, &stored), Vec::<String>::new());
    assert_eq!(stored["location-details"], "By the side gate");
    assert_eq!(stored["other-items"][0]["size"], "large");
}

#[tokio::test]
async fn none_of_these_cannot_be_ticked_with_other_items() {
    let app = spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;

    let response = app.submit("/services/bulky-waste/items", &[("items", "sofa"), ("items", "other-only")]).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("on its own"));
    assert!(html.contains(r#"value="sofa" checked"#), "ticked boxes stay ticked");
}

#[tokio::test]
async fn an_upload_is_checked_by_its_content_and_stored_outside_the_web_root() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await;
    answer(&app, "address", &[("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP")]).await;
    let path = "/services/parking-permit/proof-of-address";

    let disguised = app.submit_file(path, "proof-of-address", "bill.png", b"MZ this is a program".to_vec(), &[]).await;
    assert_eq!(disguised.status(), 422);
    assert!(disguised.text().await.unwrap().contains("must be a PDF, JPG or PNG"));
    let huge = app.submit_file(path, "proof-of-address", "big.pdf", [b"%PDF-".to_vec(), vec![0u8; 10 * 1024 * 1024]].concat(), &[]).await;
    assert_eq!(huge.status(), 422);
    assert!(huge.text().await.unwrap().contains("smaller than 10MB"));
    let nothing = app.submit(path, &[]).await;
    assert_eq!(nothing.status(), 422);

    let good = app.submit_file(path, "proof-of-address", "../../etc/bill.png", png(), &[]).await;
    assert_eq!(good.status(), 303);
    let page = crate::helpers::strip_isolation(&app.page(path).await);
    assert!(page.contains("You uploaded bill.png"), "only the file's own name is kept");
    let stored: Vec<_> = std::fs::read_dir(&app.state.config.uploads_dir).unwrap().collect();
    assert_eq!(stored.len(), 1);
    assert!(!app.state.config.uploads_dir.starts_with(&app.state.config.site_root.join("pkg")));
    // Continuing without choosing another file keeps the one uploaded.
    assert_eq!(app.submit(path, &[]).await.status(), 303);
}

async fn badge(app: &TestApp, question: &str, fields: &[(&str, &str)]) -> String {
    answer_in(app, "blue-badge", question, fields).await
}

async fn badge_upload(app: &TestApp, question: &str) -> String {
    let response = app.submit_file(&format!("/services/blue-badge/{question}"), question, "photo.png", png(), &[]).await;
    assert_eq!(response.status(), 303, "{question}");
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn start_badge_for_myself(app: &TestApp) {
    citizen(app).await;
    let token = app.csrf("/services/blue-badge").await;
    app.post("/services/blue-badge/start", &[("csrf_token", &token)]).await;
    assert_eq!(badge(app, "who-for", &[("who-for", "me")]).await, "/services/blue-badge/dob", "for myself skips their details");
    badge(app, "dob", &[("dob-day", "3"), ("dob-month", "4"), ("dob-year", "1950")]).await;
    badge(app, "address", &[("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP")]).await;
}

#[tokio::test]
async fn a_qualifying_benefit_goes_straight_to_the_letter_and_the_photo() {
    let app = spawn_app().await;
    start_badge_for_myself(&app).await;

    assert_eq!(badge(&app, "benefits", &[("benefits", "pip")]).await, "/services/blue-badge/benefit-letter");
    assert_eq!(badge_upload(&app, "benefit-letter").await, "/services/blue-badge/photo");
    badge_upload(&app, "photo").await;
    assert_eq!(badge(&app, "phone", &[("phone", "029 2000 0000")]).await, "/services/blue-badge/check-answers");
    let confirmation = submit_from_check_answers(&app, "blue-badge").await;
    assert!(confirmation.starts_with("/services/blue-badge/confirmation/"));
}

#[tokio::test]
async fn no_listed_condition_ends_at_the_not_eligible_page() {
    let app = spawn_app().await;
    start_badge_for_myself(&app).await;
    badge(&app, "benefits", &[("benefits", "none")]).await;
    assert_eq!(badge(&app, "condition", &[("condition", "none")]).await, "/services/blue-badge/exit/not-eligible");
}

#[tokio::test]
async fn walking_far_ends_the_journey_unless_another_condition_applies() {
    let app = spawn_app().await;
    start_badge_for_myself(&app).await;
    badge(&app, "benefits", &[("benefits", "none")]).await;

    badge(&app, "condition", &[("condition", "walking")]).await;
    assert_eq!(badge(&app, "walking-distance", &[("walking-distance", "over-100")]).await, "/services/blue-badge/exit/walks-too-far");

    let change = "/services/blue-badge/condition";
    app.submit_to(change, change, &[("condition", "walking"), ("condition", "hidden")]).await;
    assert_eq!(badge(&app, "walking-distance", &[("walking-distance", "over-100")]).await, "/services/blue-badge/walking-aids");
}

#[tokio::test]
async fn applying_for_someone_else_asks_for_their_details_not_the_profile() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/blue-badge").await;
    app.post("/services/blue-badge/start", &[("csrf_token", &token)]).await;

    assert_eq!(badge(&app, "who-for", &[("who-for", "someone-else")]).await, "/services/blue-badge/their-name");
    badge(&app, "their-name", &[("their-name", "Dylan Jones")]).await;
    badge(&app, "their-dob", &[("their-dob-day", "1"), ("their-dob-month", "6"), ("their-dob-year", "2024")]).await;
    badge(&app, "their-address", &[("their-address-line1", "5 Park Road"), ("their-address-town", "Cardiff"), ("their-address-postcode", "CF11 9AA")]).await;
    assert_eq!(badge(&app, "relationship", &[("relationship", "parent")]).await, "/services/blue-badge/benefits", "their details, not yours");
}

#[tokio::test]
async fn switching_language_on_a_question_page_keeps_what_was_typed_without_javascript() {
    let app = spawn_app().await;
    start_bulky_waste(&app).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    answer_in(&app, "bulky-waste", "has-other-items", &[("has-other-items", "no")]).await;
    answer_in(&app, "bulky-waste", "address", &[("address-line1", "2 Low Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;

    // The header's language buttons belong to the question's form.
    let page = app.page("/services/bulky-waste/location").await;
    assert!(page.contains(r#"form="journey-form" name="action" value="lang:cy""#), "the switcher submits the form");
    let switched = app
        .submit("/services/bulky-waste/location", &[("location", "elsewhere"), ("location-details", "By the side gate"), ("action", "lang:cy")])
        .await;
    assert_eq!(switched.status(), 303);
    assert_eq!(switched.headers()["location"], "/services/bulky-waste/location?lang=cy");

    let welsh = app.page("/services/bulky-waste/location?lang=cy").await;
    assert!(welsh.contains(r#"<html lang="cy""#));
    assert!(welsh.contains(r#"value="By the side gate""#), "what was typed is back");
    assert!(welsh.contains(r#"value="elsewhere" checked"#));
    // Nothing was saved as an answer: the next visit shows the empty question.
    let again = app.page("/services/bulky-waste/location").await;
    assert!(!again.contains("By the side gate"));
}
