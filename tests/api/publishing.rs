//! Publishing a new version of a service: who is on which version, and what every instance serves.
use crate::{
    helpers::{second_instance, spawn_app, strip_isolation, TestApp, PASSWORD},
    services::{answer, citizen, fill_parking_permit, fill_parking_permit_from_the_address, submit_from_check_answers},
};
use portico::{
    services::versions::{self, Files, Stored, StoreError},
    with_db,
};

const OLD_WORDS: &str = "What is the address where you live?";
const NEW_WORDS: &str = "Where is your home?";

/// The parking permit as version 2: the address question worded anew, in English.
async fn parking_version_2(app: &TestApp) -> Files {
    let live = versions::get(&app.state.db, "parking-permit", None).await.unwrap().unwrap();
    let mut files = live.files;
    files.definition = files.definition.replace("version = 1", "version = 2");
    let english = files.texts.get_mut("en").unwrap();
    *english = english.replace(&format!("parking-address = {OLD_WORDS}"), &format!("parking-address = {NEW_WORDS}"));
    files
}

async fn publish_version_2(app: &TestApp) {
    let files = parking_version_2(app).await;
    assert_eq!(versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap(), Stored::NewDraft(2));
    assert_eq!(versions::publish(&app.state.db, "parking-permit", None).await.unwrap(), 2);
    // This instance reads the change at once; others within the poll interval.
    assert!(app.state.services.refresh(&app.state.db).await.unwrap());
}

async fn version_of_request(app: &TestApp, reference: &str) -> i64 {
    with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT version FROM requests WHERE reference = $1").bind(reference).fetch_one(pool).await).unwrap()
}

#[tokio::test]
async fn a_citizen_mid_journey_when_a_new_version_is_published_finishes_on_the_old_one() {
    let app = spawn_app().await;
    citizen(&app).await;
    let token = app.csrf("/services/parking-permit").await;
    app.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    assert_eq!(answer(&app, "live-in-zone", &[("live-in-zone", "yes")]).await, "/services/parking-permit/address");

    publish_version_2(&app).await;

    let page = strip_isolation(&app.page("/services/parking-permit/address").await);
    assert!(page.contains(OLD_WORDS) && !page.contains(NEW_WORDS), "the draft keeps the words it began with");
    fill_parking_permit_from_the_address(&app).await;
    let check = strip_isolation(&app.page("/services/parking-permit/check-answers").await);
    assert!(check.contains(OLD_WORDS), "check your answers is in the old version's words");
    let confirmation = submit_from_check_answers(&app, "parking-permit").await;
    let reference = confirmation.rsplit('/').next().unwrap();
    assert_eq!(version_of_request(&app, reference).await, 1, "the request records the version it was made with");

    // Someone who starts now gets the new version.
    let other = app.another_browser();
    other.citizen("bob@example.org", PASSWORD).await;
    other.sign_in("bob@example.org", PASSWORD).await;
    let token = other.csrf("/services/parking-permit").await;
    other.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer(&other, "live-in-zone", &[("live-in-zone", "yes")]).await;
    let page = strip_isolation(&other.page("/services/parking-permit/address").await);
    assert!(page.contains(NEW_WORDS) && !page.contains(OLD_WORDS), "a new draft is on the live version");
}

#[tokio::test]
async fn a_guest_mid_journey_stays_on_the_version_their_session_began_on() {
    let app = spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    crate::services::answer_in(&app, "bulky-waste", "items", &[("items", "other-only")]).await;
    let live = versions::get(&app.state.db, "bulky-waste", None).await.unwrap().unwrap();
    let mut files = live.files;
    let next = live.version + 1;
    files.definition = files.definition.replace(&format!("version = {}", live.version), &format!("version = {next}"));
    let english = files.texts.get_mut("en").unwrap();
    assert!(english.contains("bulky-other = Tell us about the other item"));
    *english = english.replace("bulky-other = Tell us about the other item", "bulky-other = Describe the thing");
    versions::import(&app.state.db, "bulky-waste", &files, None).await.unwrap();
    versions::publish(&app.state.db, "bulky-waste", None).await.unwrap();
    app.state.services.refresh(&app.state.db).await.unwrap();

    let page = strip_isolation(&app.page("/services/bulky-waste/other-items").await);
    assert!(page.contains("Tell us about the other item") && !page.contains("Describe the thing"), "the guest's draft keeps its version's words");
    let stranger = app.another_browser();
    let token = stranger.csrf("/services/bulky-waste").await;
    stranger.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    crate::services::answer_in(&stranger, "bulky-waste", "items", &[("items", "other-only")]).await;
    let page = strip_isolation(&stranger.page("/services/bulky-waste/other-items").await);
    assert!(page.contains("Describe the thing"), "a new guest is on the live version");
}

#[tokio::test]
async fn each_published_version_has_its_own_schema_and_the_caseworker_reads_a_request_in_its_versions_words() {
    let app = spawn_app().await;
    citizen(&app).await;
    fill_parking_permit(&app).await;
    let confirmation = submit_from_check_answers(&app, "parking-permit").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    publish_version_2(&app).await;

    let live: serde_json::Value = app.get("/services/parking-permit/schema.json").await.json().await.unwrap();
    let first: serde_json::Value = app.get("/services/parking-permit/versions/1/schema.json").await.json().await.unwrap();
    assert!(live["$id"].as_str().unwrap().ends_with("/services/parking-permit/versions/2/schema.json"), "{}", live["$id"]);
    assert!(first["$id"].as_str().unwrap().ends_with("/services/parking-permit/versions/1/schema.json"));
    assert_eq!(app.get("/services/parking-permit/versions/3/schema.json").await.status(), 404);
    assert_eq!(app.get("/services/parking-permit/versions/x/schema.json").await.status(), 404);

    // The caseworker's page shows the answers under the questions as they were asked.
    let worker = crate::casework::staff(&app, "pat@council.example", "caseworker", &["parking"]).await;
    let page = strip_isolation(&worker.page(&format!("/staff/requests/{reference}")).await);
    assert!(page.contains(OLD_WORDS) && !page.contains(NEW_WORDS), "in version 1's words");
}

#[tokio::test]
async fn a_version_published_on_one_instance_is_served_by_another_within_seconds() {
    let app = spawn_app().await;
    let other = second_instance(&app).await;
    let client = reqwest::Client::new();
    let start = |address: String| {
        let client = client.clone();
        async move { strip_isolation(&client.get(format!("{address}/services/parking-permit")).send().await.unwrap().text().await.unwrap()) }
    };
    let mut files = parking_version_2(&app).await;
    let english = files.texts.get_mut("en").unwrap();
    *english = english.replace("parking-title = Apply for a resident parking permit", "parking-title = Get a parking permit");
    versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap();
    assert!(start(other.clone()).await.contains("Apply for a resident parking permit"), "a draft is not served");
    versions::publish(&app.state.db, "parking-permit", None).await.unwrap();

    let began = std::time::Instant::now();
    while !start(other.clone()).await.contains("Get a parking permit") {
        assert!(began.elapsed() < std::time::Duration::from_secs(10), "the other instance still serves the old version");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn a_version_is_checked_with_the_loaders_rules_before_it_is_stored() {
    let app = spawn_app().await;
    let mut files = parking_version_2(&app).await;
    // A route to a question that is not there (deleted, or never made).
    files.definition = files.definition.replace(r#"go = "exit:not-resident""#, r#"go = "gone""#);
    let error = versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap_err();
    assert!(matches!(error, StoreError::Invalid(_)), "{error}");
    assert!(error.to_string().contains("there is no question 'gone'"), "{error}");

    let mut files = parking_version_2(&app).await;
    files.texts.get_mut("en").unwrap().push_str("parking-broken = {\n");
    assert!(versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap_err().to_string().contains("texts"));

    let mut files = parking_version_2(&app).await;
    files.definition = files.definition.replace("version = 2", "version = 5");
    let error = versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap_err();
    assert!(matches!(error, StoreError::WrongVersion { declared: 5, expected: 2, .. }), "{error}");
    assert!(versions::draft(&app.state.db, "parking-permit").await.unwrap().is_none(), "nothing was stored");
    assert!(matches!(versions::publish(&app.state.db, "parking-permit", None).await, Err(StoreError::NoDraft(_))));
    assert!(matches!(versions::publish(&app.state.db, "no-such-service", None).await, Err(StoreError::NoService(_))));
}
