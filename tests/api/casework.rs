//! The back office: the queue, team isolation, every status transition, requests for more
//! information with the deadline paused, messages both ways, the audit trail, and the export.

use crate::helpers::{csrf_in, spawn_app, strip_isolation, TestApp, PASSWORD};
use portico::{auth::staff::add_staff, requests::status::Status, with_db};

pub(crate) const STAFF_PASSWORD: &str = "a long staff passphrase";

/// A member of staff in `teams`, signed in on a browser of their own.
pub(crate) async fn staff(app: &TestApp, email: &str, role: &str, teams: &[&str]) -> TestApp {
    add_staff(&app.state.db, &app.address, &app.state.catalog.get(), email, email.split('@').next().unwrap(), role, Some(STAFF_PASSWORD))
        .await
        .unwrap();
    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = $1").bind(email).fetch_one(pool).await).unwrap();
    for team in teams {
        with_db!(&app.state.db, |pool| sqlx::query("INSERT INTO team_members (team_id, staff_id) VALUES ($1, $2)")
            .bind(*team)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();
    }
    let browser = app.another_browser();
    let signed_in = browser.submit("/staff/sign-in", &[("email", email), ("password", STAFF_PASSWORD)]).await;
    assert_eq!(signed_in.status(), 303);
    browser
}

/// A citizen who sends a bulky waste request; returns their browser and the reference.
pub(crate) async fn citizen_with_request(app: &TestApp, email: &str) -> (TestApp, String) {
    let browser = app.another_browser();
    browser.citizen(email, PASSWORD).await;
    browser.sign_in(email, PASSWORD).await;
    let token = browser.csrf("/services/bulky-waste").await;
    browser.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    let answer = |q: &'static str, fields: Vec<(&'static str, String)>| {
        let browser = &browser;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = browser.submit(&format!("/services/bulky-waste/{q}"), &fields).await;
            assert_eq!(r.status(), 303, "{q}");
        }
    };
    answer("items", vec![("items", "sofa".into())]).await;
    answer("has-other-items", vec![("has-other-items", "no".into())]).await;
    answer("address", vec![("address-line1", "2 Low Street".into()), ("address-town", "Cardiff".into()), ("address-postcode", "CF10 2AB".into())]).await;
    answer("location", vec![("location", "driveway".into())]).await;
    let page = browser.page("/services/bulky-waste/date").await;
    let date = page.split(r#"type="radio" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    answer("date", vec![("date", date)]).await;
    answer("phone", vec![("phone", "07700 900123".into())]).await;
    answer("email", vec![("email", email.into())]).await;
    let check = browser.page("/services/bulky-waste/check-answers").await;
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let sent = browser.post("/services/bulky-waste/submit", &[("csrf_token", &csrf_in(&check).unwrap()), ("submission_key", &key)]).await;
    let reference = sent.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_owned();
    (browser, reference)
}

async fn act(browser: &TestApp, reference: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/staff/requests/{reference}");
    browser.submit_to(&page, &format!("{page}/{action}"), fields).await
}

async fn status_of(app: &TestApp, reference: &str) -> String {
    with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1").bind(reference).fetch_one(pool).await).unwrap()
}

#[tokio::test]
async fn a_request_goes_from_submission_to_decision_with_more_information_on_the_way() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (citizen, reference) = citizen_with_request(&app, "ann@example.org").await;

    // In the queue, then opened (which is recorded), assigned and reviewed.
    let queue = worker.page("/staff/requests").await;
    assert!(queue.contains(&reference));
    let page = worker.page(&format!("/staff/requests/{reference}")).await;
    assert!(page.contains("Sofa"), "the answers are shown");
    assert_eq!(act(&worker, &reference, "assign", &[("assignee", "me")]).await.status(), 303);
    assert_eq!(act(&worker, &reference, "status", &[("to", "in_review")]).await.status(), 303);

    // An action's address opened directly leads back to the request.
    let reload = worker.get(&format!("/staff/requests/{reference}/status")).await;
    assert_eq!(reload.status(), 303);
    assert_eq!(reload.headers()["location"], format!("/staff/requests/{reference}").as_str());

    // Ask for more information: the deadline clock pauses and the citizen is told.
    let due_before: chrono::NaiveDate =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT due_date FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    let asked = act(&worker, &reference, "more-information", &[("questions", "location"), ("ask_message", "Please tell us exactly where the sofa will be.")]).await;
    assert_eq!(asked.status(), 303);
    assert_eq!(status_of(&app, &reference).await, "waiting_for_citizen");
    let (kind, subject, _) = app.last_email("ann@example.org").await.unwrap();
    assert_eq!(kind, "more-information");
    assert!(subject.contains(&reference));

    // The citizen sees the question with their earlier answer and changes it.
    let mine = citizen.page(&format!("/requests/{reference}")).await;
    assert!(mine.contains("Please tell us exactly where the sofa will be."));
    let form = citizen.page(&format!("/requests/{reference}/more-information")).await;
    assert!(form.contains(r#"value="driveway" checked"#), "the earlier answer is filled in");
    let path = format!("/requests/{reference}/more-information");
    let answered = citizen.submit_to(&path, &path, &[("location", "front-garden")]).await;
    assert_eq!(answered.status(), 303);
    assert_eq!(status_of(&app, &reference).await, "in_review");
    let due_after: chrono::NaiveDate =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT due_date FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    assert!(due_after >= due_before, "the paused days are added back");

    // The caseworker sees old → new, then decides; a decision needs a reason.
    let page = strip_isolation(&worker.page(&format!("/staff/requests/{reference}")).await);
    assert!(page.contains("On the driveway → In the front garden"), "old and new answers");
    let no_reason = act(&worker, &reference, "status", &[("to", "approved"), ("reason", " ")]).await;
    assert_eq!(no_reason.status(), 422);
    assert!(no_reason.text().await.unwrap().contains("Enter the reason for the decision"));
    let approved = act(&worker, &reference, "status", &[("to", "approved"), ("reason", "The items are on our list.")]).await;
    assert_eq!(approved.status(), 303);

    // The citizen sees the decision and its reason, never the internal details.
    act(&worker, &reference, "note", &[("note", "Secret internal remark")]).await;
    let mine = strip_isolation(&citizen.page(&format!("/requests/{reference}")).await);
    assert!(mine.contains("Approved") && mine.contains("The items are on our list."));
    assert!(mine.contains("Viewed by the waste team"), "which team looked at it");
    assert!(!mine.contains("Secret internal remark") && !mine.contains("cw@council.example"));
    let (kind, _, body) = app.last_email("ann@example.org").await.unwrap();
    assert_eq!(kind, "status");
    assert!(body.contains("The items are on our list."));
}

#[tokio::test]
async fn every_transition_outside_the_workflow_is_refused() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (_, reference) = citizen_with_request(&app, "ann@example.org").await;
    // From "submitted" only "in review" is allowed for staff.
    for to in [Status::WaitingForCitizen, Status::Approved, Status::Rejected, Status::Withdrawn, Status::Closed, Status::Submitted] {
        let response = act(&worker, &reference, "status", &[("to", to.as_str()), ("reason", "because")]).await;
        assert_eq!(response.status(), 422, "{to:?}");
        assert_eq!(status_of(&app, &reference).await, "submitted");
    }
    act(&worker, &reference, "status", &[("to", "in_review")]).await;
    act(&worker, &reference, "status", &[("to", "rejected"), ("reason", "Not a bulky item")]).await;
    assert_eq!(act(&worker, &reference, "status", &[("to", "in_review")]).await.status(), 422, "a decision is not reopened");
    assert_eq!(act(&worker, &reference, "status", &[("to", "closed")]).await.status(), 303);
    assert_eq!(status_of(&app, &reference).await, "closed");
}

#[tokio::test]
async fn a_citizen_can_withdraw_and_reply_with_an_attachment() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (citizen, reference) = citizen_with_request(&app, "ann@example.org").await;

    let path = format!("/requests/{reference}");
    let empty = citizen.submit_file(&path, "attachment", "photo.png", crate::helpers::png(), &[("message", "  ")]).await;
    assert_eq!(empty.status(), 422);
    let sent = citizen.submit_file(&path, "attachment", "photo.png", crate::helpers::png(), &[("message", "Here is a photo of the sofa.")]).await;
    assert_eq!(sent.status(), 303);
    let page = worker.page(&format!("/staff/requests/{reference}")).await;
    assert!(page.contains("Here is a photo of the sofa."));
    let link = page.split(&format!("/staff/requests/{reference}/files/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let file = worker.get(&format!("/staff/requests/{reference}/files/{link}")).await;
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["x-content-type-options"], "nosniff");
    assert!(file.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));

    let withdraw = format!("/requests/{reference}/withdraw");
    assert_eq!(citizen.submit(&withdraw, &[("reason", "Sold it instead")]).await.status(), 303);
    assert_eq!(status_of(&app, &reference).await, "withdrawn");
    // Withdrawn is final for the citizen; staff may only close it.
    assert_eq!(act(&worker, &reference, "status", &[("to", "in_review")]).await.status(), 422);
}

#[tokio::test]
async fn a_caseworker_of_one_team_cannot_list_open_export_or_act_on_another_teams_requests() {
    let app = spawn_app().await;
    let parking = staff(&app, "pk@council.example", "caseworker", &["parking"]).await;
    let waste = staff(&app, "ws@council.example", "caseworker", &["waste"]).await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    let (_, reference) = citizen_with_request(&app, "ann@example.org").await;

    assert!(!parking.page("/staff/requests").await.contains(&reference));
    assert!(!parking.page("/staff/requests?q=ann").await.contains(&reference));
    assert_eq!(parking.get(&format!("/staff/requests/{reference}")).await.status(), 404);
    assert!(!parking.page("/staff/requests/export.csv").await.contains(&reference));
    let token = csrf_in(&parking.page("/staff/requests").await).unwrap();
    for action in ["assign", "status", "note", "message", "more-information"] {
        let response = parking
            .post(&format!("/staff/requests/{reference}/{action}"), &[("csrf_token", &token), ("assignee", "me"), ("to", "in_review"), ("note", "x"), ("message", "x")])
            .await;
        assert_eq!(response.status(), 404, "{action}");
    }
    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    parking.post("/staff/requests/assign", &[("csrf_token", &token), ("ids", &id.to_string()), ("assign_to", "me")]).await;
    assert_eq!(status_of(&app, &reference).await, "submitted");
    let assignee: Option<i64> = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT assignee_id FROM requests WHERE id = $1").bind(id).fetch_one(pool).await).unwrap();
    assert_eq!(assignee, None, "bulk assignment skips requests of other teams");

    assert!(waste.page("/staff/requests").await.contains(&reference));
    assert!(admin.page("/staff/requests").await.contains(&reference), "admins see every team");
}

#[tokio::test]
async fn a_citizen_cannot_open_or_act_on_another_citizens_request() {
    let app = spawn_app().await;
    let (_, reference) = citizen_with_request(&app, "ann@example.org").await;
    let bob = app.another_browser();
    bob.citizen("bob@example.org", PASSWORD).await;
    bob.sign_in("bob@example.org", PASSWORD).await;
    let token = csrf_in(&bob.page("/applications").await).unwrap();
    for path in ["", "/withdraw", "/more-information"] {
        assert_eq!(bob.get(&format!("/requests/{reference}{path}")).await.status(), 404, "GET {path}");
    }
    for path in ["/withdraw", "/more-information"] {
        let response = bob.post(&format!("/requests/{reference}{path}"), &[("csrf_token", &token), ("message", "x")]).await;
        assert_eq!(response.status(), 404, "POST {path}");
    }
    assert_eq!(status_of(&app, &reference).await, "submitted");
    // Staff pages are not for citizens either.
    assert_eq!(bob.get(&format!("/staff/requests/{reference}")).await.status(), 404);
}

#[tokio::test]
async fn every_staff_action_and_view_is_recorded_and_the_record_cannot_be_changed() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (_, reference) = citizen_with_request(&app, "ann@example.org").await;
    worker.page(&format!("/staff/requests/{reference}")).await;
    act(&worker, &reference, "assign", &[("assignee", "me")]).await;
    act(&worker, &reference, "status", &[("to", "in_review")]).await;
    act(&worker, &reference, "note", &[("note", "Checked the address")]).await;
    act(&worker, &reference, "message", &[("message", "We will collect on the date you chose.")]).await;

    let kinds: Vec<(String, Option<i64>)> = with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT e.kind, e.staff_id FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 ORDER BY e.id"
    )
    .bind(&reference)
    .fetch_all(pool)
    .await)
    .unwrap();
    let names: Vec<&str> = kinds.iter().map(|(k, _)| k.as_str()).collect();
    for expected in ["submitted", "viewed", "assigned", "status", "note", "message"] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    assert!(kinds.iter().filter(|(k, _)| k != "submitted").all(|(_, s)| s.is_some()), "who did it is recorded");

    // Append-only, whoever asks.
    let update = with_db!(&app.state.db, |pool| sqlx::query("UPDATE request_events SET kind = 'nothing'").execute(pool).await.map(|r| r.rows_affected()));
    assert!(update.is_err(), "updates are refused");
    let delete = with_db!(&app.state.db, |pool| sqlx::query("DELETE FROM request_events").execute(pool).await.map(|r| r.rows_affected()));
    assert!(delete.is_err(), "deletes are refused");
    // And no code path writes to it except by INSERT.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/requests/events.rs"), root.join("src/requests/store.rs")];
    files.extend(crate::helpers::rust_files(&root.join("src/casework")));
    files.extend(crate::helpers::rust_files(&root.join("src/api")));
    assert!(files.len() > 4, "the casework module's files are found: {files:?}");
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let file = file.display();
        for forbidden in ["UPDATE request_events", "DELETE FROM request_events"] {
            assert!(!source.contains(forbidden), "{file} must not contain {forbidden}");
        }
    }
}

#[tokio::test]
async fn the_queue_filters_counts_pages_and_exports_without_formula_injection() {
    let app = spawn_app().await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    let (_, first) = citizen_with_request(&app, "ann@example.org").await;
    let (_, second) = citizen_with_request(&app, "bob@example.org").await;
    // A name that a spreadsheet would run as a formula.
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE requests SET applicant_name = '=hyperlink(\"x\")' WHERE reference = $1")
        .bind(&second)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))
    .unwrap();

    let by_reference = admin.page(&format!("/staff/requests?q={first}")).await;
    assert!(by_reference.contains(&first) && !by_reference.contains(&format!(">{second}<")));
    let counts = strip_isolation(&admin.page("/staff/requests").await);
    assert!(counts.contains("Received: 2"), "counts per status");
    // One per page: the second page holds the other request.
    let admin_id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = 'ad@council.example'").fetch_one(pool).await).unwrap();
    let page = portico::casework::store::queue(
        &app.state.db,
        &portico::casework::store::staff_user(&app.state.db, admin_id).await.unwrap().unwrap(),
        &Default::default(),
        1,
        chrono::Utc::now().date_naive(),
    )
    .await
    .unwrap();
    assert_eq!(page.rows.len(), 1);
    let next = page.next.expect("a next page");
    let second_page = admin.page(&format!("/staff/requests?after={next}")).await;
    assert!(second_page.contains(&first), "newest first, so the first request is on the next page");

    let csv = admin.get("/staff/requests/export.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.contains("'=hyperlink"), "formulas are neutralised: {text}");
    assert!(text.contains(&first) && text.contains(&second));
}

#[tokio::test]
async fn a_disabled_member_of_staff_loses_access_at_once() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    assert_eq!(worker.get("/staff/requests").await.status(), 200);
    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = 'cw@council.example'").fetch_one(pool).await).unwrap();
    let disabled = admin.submit_to("/staff/admin/staff", &format!("/staff/admin/staff/{id}"), &[("action", "disable")]).await;
    assert_eq!(disabled.status(), 303);
    assert_eq!(worker.get("/staff/requests").await.status(), 404);
    assert_eq!(worker.get("/staff/admin/staff").await.status(), 404, "and caseworkers never reach administration");
}

#[tokio::test]
async fn an_admin_moves_a_service_to_another_team_and_new_requests_follow() {
    let app = spawn_app().await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    let added = admin.submit("/staff/admin/teams", &[("action", "add"), ("team_name", "Street Services")]).await;
    assert_eq!(added.status(), 303);
    let moved = admin.submit("/staff/admin/teams", &[("action", "services"), ("service:bulky-waste", "street-services")]).await;
    assert_eq!(moved.status(), 303);
    let (_, reference) = citizen_with_request(&app, "ann@example.org").await;
    let team: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT team FROM requests WHERE reference = $1").bind(&reference).fetch_one(pool).await).unwrap();
    assert_eq!(team, "street-services");
}

/// Every (team, service, status, due date) and how many requests it has, counted directly.
async fn counted(app: &TestApp) -> Vec<(String, String, String, String, i64)> {
    let text = "SELECT team, service, status, CAST(due_date AS TEXT), COUNT(*) FROM requests GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
    with_db!(&app.state.db, |pool| sqlx::query_as(text).fetch_all(pool).await).unwrap()
}

async fn tallied(app: &TestApp) -> Vec<(String, String, String, String, i64)> {
    let text = "SELECT team, service, status, CAST(due_date AS TEXT), CAST(n AS BIGINT) FROM request_tallies WHERE n <> 0 ORDER BY 1, 2, 3, 4";
    with_db!(&app.state.db, |pool| sqlx::query_as(text).fetch_all(pool).await).unwrap()
}

#[tokio::test]
async fn the_tallies_behind_the_dashboard_match_the_requests_through_every_kind_of_change() {
    let app = spawn_app().await;
    portico::casework::seed::seed(&app.state.db, &app.state.services.get(), 300).await.unwrap();
    assert_eq!(tallied(&app).await, counted(&app).await, "after inserts");

    with_db!(&app.state.db, |pool| sqlx::query("UPDATE requests SET status = 'in_review' WHERE id % 3 = 0 AND status = 'submitted'").execute(pool).await.map(|r| r.rows_affected())).unwrap();
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE requests SET due_date = '2031-01-02' WHERE id % 5 = 0").execute(pool).await.map(|r| r.rows_affected())).unwrap();
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE requests SET team = 'elsewhere' WHERE id % 7 = 0").execute(pool).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(tallied(&app).await, counted(&app).await, "after changes of status, due date and team");

    // Timelines are append-only, so only requests without one can go: copies made for this.
    let copy = "INSERT INTO requests (reference, service, version, answers, profile_snapshot, language, status, team, due_date, submission_key, submitted_at, updated_at, applicant_name) \
                SELECT 'copy-' || reference, service, version, answers, profile_snapshot, language, status, team, due_date, 'x' || submission_key, submitted_at, updated_at, applicant_name FROM requests WHERE id % 11 = 0";
    with_db!(&app.state.db, |pool| sqlx::query(copy).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(tallied(&app).await, counted(&app).await, "after more inserts");
    with_db!(&app.state.db, |pool| sqlx::query("DELETE FROM requests WHERE reference LIKE 'copy-%'").execute(pool).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(tallied(&app).await, counted(&app).await, "after deletions");
}
