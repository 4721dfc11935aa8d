//! Reviewing a service's changes: the diff between two versions, and publishing with four eyes
//! (a team setting; the designer asks, another person approves or sends back; a change voids it).
use crate::{casework::staff, helpers::{spawn_app, strip_isolation, TestApp}};
use portico::{
    designer::draft::{kind, Draft},
    services::{
        model::{Op, Test, Condition},
        versions,
    },
    with_db,
};

const SERVICE: &str = "/staff/designer/parking-permit";

/// Posts a designer form and expects to be sent on.
async fn post(who: &TestApp, page: &str, action: &str, fields: &[(&str, &str)]) -> String {
    let response = who.submit_to(page, action, fields).await;
    assert_eq!(response.status(), 303, "{action}: {}", response.text().await.unwrap_or_default());
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// A designer of the parking team, with a draft of version 2 of the parking permit.
async fn designer_with_draft(app: &TestApp, email: &str) -> TestApp {
    let designer = staff(app, email, "designer", &["parking"]).await;
    post(&designer, SERVICE, &format!("{SERVICE}/draft"), &[]).await;
    designer
}

/// Changes the draft as the designer's pages would (for changes whose pages are tested elsewhere).
async fn edit_draft(app: &TestApp, change: impl FnOnce(&mut Draft)) {
    let stored = versions::draft(&app.state.db, "parking-permit").await.unwrap().unwrap();
    let mut draft = Draft::from_files(&stored.files).unwrap();
    change(&mut draft);
    versions::store_draft(&app.state.db, "parking-permit", stored.version, &draft.to_files(), None).await.unwrap();
}

async fn live_version(app: &TestApp) -> u32 {
    versions::get(&app.state.db, "parking-permit", None).await.unwrap().unwrap().version
}

async fn events(app: &TestApp) -> Vec<(String, Option<i64>)> {
    with_db!(&app.state.db, |pool| sqlx::query_as("SELECT kind, staff_id FROM service_events WHERE service = 'parking-permit' ORDER BY id").fetch_all(pool).await).unwrap()
}

async fn staff_id(app: &TestApp, email: &str) -> i64 {
    with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = $1").bind(email).fetch_one(pool).await).unwrap()
}

/// The draft revision the approval page's forms carry.
fn revision_in(page: &str) -> String {
    let at = page.find(r#"name="files_digest" value=""#).unwrap_or_else(|| panic!("no revision in {page}")) + r#"name="files_digest" value=""#.len();
    page[at..].split('"').next().unwrap().to_owned()
}

/// An admin switches the parking team's setting on or off.
async fn switch(app: &TestApp, on: bool) {
    let admin = staff(app, &format!("admin-{on}@council.example"), "admin", &[]).await;
    let page = "/staff/designer/teams/parking";
    post(&admin, page, page, &[("needs_approval", if on { "yes" } else { "no" })]).await;
    let teams = strip_isolation(&admin.page("/staff/designer/teams").await);
    let words = if on { "A second person must approve publishing" } else { "Designers publish on their own" };
    assert!(teams.contains(words), "{teams}");
}

#[tokio::test]
async fn the_diff_names_an_added_question_a_changed_option_a_route_a_welsh_text_and_what_changes_for_receiving_systems() {
    let app = spawn_app().await;
    let designer = designer_with_draft(&app, "des@council.example").await;
    let new = format!("{SERVICE}/questions/new");
    post(&designer, &new, &new, &[("label", "Your email address"), ("kind", "email")]).await;
    edit_draft(&app, |d| {
        d.set_text("en", "parking-zone-c", "Zone C – Station and market");
        d.set_text("cy", "parking-title", "Trwydded barcio newydd");
        d.definition.questions[0].next[0].when = Some(Condition::Test(Test { question: "live-in-zone".into(), op: Op::Answered(false) }));
    })
    .await;

    let page = strip_isolation(&designer.page(&format!("{SERVICE}/diff")).await);
    assert!(page.contains("Changes between versions 1 and 2"), "from the live version to the draft by default: {page}");
    assert!(page.contains("Question “Your email address”") && page.contains("Added"), "{page}");
    assert!(page.contains("Option “Zone C – Station and market”: Words"), "{page}");
    assert!(page.contains("<del>Zone C – Station</del>") && page.contains("<ins>Zone C – Station and market</ins>"), "before and after, marked in words and markup");
    assert!(page.contains("Question “Do you live in a resident parking zone?”: route 1"), "{page}");
    assert!(page.contains("is not answered"), "the new condition in words: {page}");
    assert!(page.contains("Cymraeg") && page.contains(r#"<ins lang="cy" dir="auto">Trwydded barcio newydd</ins>"#), "the Welsh text, marked as Welsh: {page}");
    assert!(page.contains("/properties/your-email-address"), "the schema gains a property");
    assert!(page.contains("Answer “your-email-address” in the answers column"), "the CSV export gains an answer");
    assert!(page.contains(r#"<form method="get" action="/staff/designer/parking-permit/diff">"#) && page.contains(r#"name="from""#), "other versions can be chosen without JavaScript: {page}");

    // Comparing a version with itself says nothing changes; a version that does not exist is not found.
    assert!(designer.page(&format!("{SERVICE}/diff?from=1&to=1")).await.contains("Nothing changes between these versions."));
    assert_eq!(designer.get(&format!("{SERVICE}/diff?from=9&to=draft")).await.status(), 404);
    assert_eq!(designer.get(&format!("{SERVICE}/diff?from=abc")).await.status(), 404);
    // The history links each version to what changed from the one before; the publish page shows the changes.
    let overview = designer.page(SERVICE).await;
    assert!(overview.contains("/diff?from=1&amp;to=2") || overview.contains("/diff?from=1&to=2"), "{overview}");
    let publish = strip_isolation(&designer.page(&format!("{SERVICE}/publish")).await);
    assert!(publish.contains("What changes") && publish.contains("Question “Your email address”"), "{publish}");
}

#[tokio::test]
async fn with_four_eyes_a_designer_asks_cannot_approve_their_own_and_a_second_designer_approves_after_reading_the_diff() {
    let app = spawn_app().await;
    switch(&app, true).await;
    let asker = designer_with_draft(&app, "asker@council.example").await;
    let new = format!("{SERVICE}/questions/new");
    post(&asker, &new, &new, &[("label", "Anything else we should know?"), ("kind", "long_text")]).await;
    let publish = format!("{SERVICE}/publish");
    let page = strip_isolation(&asker.page(&publish).await);
    assert!(page.contains("Ask for approval") && !page.contains(">Publish<"), "{page}");

    // Publishing asks instead: the live version stays.
    post(&asker, &publish, &publish, &[("confirm", "yes")]).await;
    assert_eq!(live_version(&app).await, 1, "not published directly");
    assert!(strip_isolation(&asker.page(SERVICE).await).contains("Another designer of the team, or an admin, must approve it."));
    let own = strip_isolation(&asker.page(&format!("{SERVICE}/approval")).await);
    assert!(own.contains("You asked for this approval, so someone else must give it.") && !own.contains("Approve and publish"), "{own}");
    let revision: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT revision FROM approval_requests").fetch_one(pool).await).unwrap();
    let refused = asker.submit_to(&format!("{SERVICE}/approval"), &format!("{SERVICE}/approval"), &[("decision", "approve"), ("files_digest", &revision)]).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(live_version(&app).await, 1, "nobody approves their own request");

    // A second designer of the team finds it, reads the diff, and sends it back: a comment is needed.
    let approver = staff(&app, "approver@council.example", "designer", &["parking"]).await;
    let home = strip_isolation(&approver.page("/staff/designer").await);
    assert!(home.contains("Waiting for your approval") && home.contains(r#"href="/staff/designer/parking-permit/approval""#), "{home}");
    let approval = format!("{SERVICE}/approval");
    let page = strip_isolation(&approver.page(&approval).await);
    assert!(page.contains("Question “Anything else we should know?”"), "the diff: {page}");
    assert!(page.contains("The checks find no problems.") && page.contains("There are no test journeys to run.") && page.contains("Cymraeg"), "{page}");
    assert!(page.contains("part-way through an application on version 1") || page.contains("1 person") || page.contains("people are part-way"), "drafts in progress: {page}");
    let empty = approver.submit_to(&approval, &approval, &[("decision", "send_back"), ("files_digest", &revision_in(&page)), ("comment", "  ")]).await;
    assert_eq!(empty.status(), 422);
    let empty = empty.text().await.unwrap();
    assert!(empty.contains("Enter what needs to change"), "{empty}");
    post(&approver, &approval, &approval, &[("decision", "send_back"), ("files_digest", &revision_in(&page)), ("comment", "Say what it is for in the hint.")]).await;
    let overview = strip_isolation(&asker.page(SERVICE).await);
    assert!(overview.contains("Say what it is for in the hint.") && overview.contains("sent the draft back"), "{overview}");
    assert_eq!(live_version(&app).await, 1);

    // Asked again, the second designer approves: the draft goes live, approved by them.
    post(&asker, &publish, &publish, &[("confirm", "yes")]).await;
    let page = approver.page(&approval).await;
    post(&approver, &approval, &approval, &[("decision", "approve"), ("files_digest", &revision_in(&page))]).await;
    assert_eq!(live_version(&app).await, 2, "published on approval");
    assert!(app.page("/services/parking-permit/schema.json").await.contains("anything-else-we-should-know"), "served at once");
    let kinds: Vec<(String, Option<i64>)> = events(&app).await;
    let approver_id = staff_id(&app, "approver@council.example").await;
    let asker_id = staff_id(&app, "asker@council.example").await;
    let last: Vec<(&str, Option<i64>)> = kinds.iter().rev().take(5).rev().map(|(k, by)| (k.as_str(), *by)).collect();
    assert_eq!(last, [
        ("approval-asked", Some(asker_id)),
        ("sent-back", Some(approver_id)),
        ("approval-asked", Some(asker_id)),
        ("approved", Some(approver_id)),
        ("published", Some(approver_id)),
    ]);
    assert!(strip_isolation(&asker.page(SERVICE).await).contains("Approved"), "the history names the approval");
}

#[tokio::test]
async fn an_edit_after_asking_voids_the_request_so_what_was_read_is_what_goes_live() {
    let app = spawn_app().await;
    switch(&app, true).await;
    let asker = designer_with_draft(&app, "asker@council.example").await;
    let publish = format!("{SERVICE}/publish");
    post(&asker, &publish, &publish, &[("confirm", "yes")]).await;
    let approver = staff(&app, "approver@council.example", "designer", &["parking"]).await;
    let approval = format!("{SERVICE}/approval");
    let read = approver.page(&approval).await;
    let revision = revision_in(&read);

    let new = format!("{SERVICE}/questions/new");
    post(&asker, &new, &new, &[("label", "Added after asking"), ("kind", "long_text")]).await;
    assert!(strip_isolation(&asker.page(SERVICE).await).contains("The draft changed after asker asked for approval"));
    assert!(!approver.page("/staff/designer").await.contains("Waiting for your approval"), "nothing to approve any more");
    let refused = approver.submit_to(&approval, &approval, &[("decision", "approve"), ("files_digest", &revision)]).await;
    assert_eq!(refused.status(), 422);
    assert!(strip_isolation(&refused.text().await.unwrap()).contains("This request is no longer waiting"));
    assert_eq!(live_version(&app).await, 1, "the changed draft is not published");
    let state: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT state FROM approval_requests").fetch_one(pool).await).unwrap();
    assert_eq!(state, "void");
    assert!(events(&app).await.iter().any(|(k, _)| k == "approval-void"));
}

#[tokio::test]
async fn without_the_team_setting_a_designer_publishes_as_before_and_only_admins_change_it() {
    let app = spawn_app().await;
    switch(&app, false).await;
    let designer = designer_with_draft(&app, "des@council.example").await;
    assert_eq!(designer.get("/staff/designer/teams").await.status(), 404, "team settings are for admins");
    let denied = designer.post("/staff/designer/teams/parking", &[("needs_approval", "yes")]).await;
    assert_eq!(denied.status(), 404);
    let publish = format!("{SERVICE}/publish");
    let page = strip_isolation(&designer.page(&publish).await);
    assert!(!page.contains("Ask for approval"), "{page}");
    edit_draft(&app, |d| {
        d.add_question(kind("yes_no").unwrap(), "Is it a van?");
    })
    .await;
    post(&designer, &publish, &publish, &[("confirm", "yes")]).await;
    assert_eq!(live_version(&app).await, 2);
    let asked: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM approval_requests").fetch_one(pool).await).unwrap();
    assert_eq!(asked, 0);
    // An empty choice comes back with its error.
    let admin = staff(&app, "boss@council.example", "admin", &[]).await;
    let empty = admin.submit_to("/staff/designer/teams/parking", "/staff/designer/teams/parking", &[]).await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.unwrap().contains("Select whether publishing needs a second person"));
}
