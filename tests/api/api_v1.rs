//! The JSON API under `/api/v1`: keys (scope, team, expiry, revocation, rate limit), the list
//! and a request's document, files, every write (the same workflow as the staff pages, with
//! `If-Match` and `Idempotency-Key`), problem details, the audit trail naming the key, the bulk
//! export (API and command line), the admin pages for keys and the reference page, and that the
//! served OpenAPI document and the handlers agree.
//!
//! The cast: Ann's bulky waste request (the waste team's), a parking permit request stored for
//! the parking team, and keys of each team.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{png, spawn_app, TestApp},
};
use portico::{
    api::keys::{self, Scope},
    services::answers::Answers,
    with_db,
};
use serde_json::{json, Value};

/// A key of `teams` with `scope`; its secret.
pub(crate) async fn key(app: &TestApp, teams: &[&str], scope: Scope) -> String {
    let teams: Vec<String> = teams.iter().map(|t| t.to_string()).collect();
    keys::create(&app.state.db, "Case system", &teams, scope, 30, None).await.unwrap().1
}

/// Another system: a client without cookies, calling with one key.
pub(crate) struct Api {
    base: String,
    client: reqwest::Client,
    key: String,
}

impl Api {
    pub(crate) fn new(app: &TestApp, key: &str) -> Self {
        Self { base: app.address.clone(), client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(), key: key.to_owned() }
    }

    pub(crate) async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).bearer_auth(&self.key).send().await.unwrap()
    }

    pub(crate) async fn post(&self, path: &str, etag: Option<&str>, idempotency: Option<&str>, body: &Value) -> reqwest::Response {
        let mut request = self.client.post(format!("{}{path}", self.base)).bearer_auth(&self.key).json(body);
        if let Some(tag) = etag {
            request = request.header("if-match", tag);
        }
        if let Some(key) = idempotency {
            request = request.header("idempotency-key", key);
        }
        request.send().await.unwrap()
    }

    /// The request's document and its ETag.
    pub(crate) async fn document(&self, reference: &str) -> (Value, String) {
        let response = self.get(&format!("/api/v1/requests/{reference}")).await;
        assert_eq!(response.status(), 200, "GET {reference}");
        let tag = response.headers()["etag"].to_str().unwrap().to_owned();
        (response.json().await.unwrap(), tag)
    }
}

/// A parking permit request stored for the parking team (its answers do not matter here).
pub(crate) async fn parking_request(app: &TestApp) -> String {
    let answers = Answers::default();
    let request = portico::requests::store::NewRequest {
        service: "parking-permit",
        version: 1,
        citizen: None,
        answers: &answers,
        profile_snapshot: &json!({ "name": "Pat Parker" }),
        language: "en",
        team: "parking",
        target_working_days: 10,
        submission_key: &uuid::Uuid::new_v4().to_string(),
        applicant_name: "Pat Parker",
    };
    let receipt = |_: &str| portico::email::Email { kind: "receipt", to: "pat@example.org".into(), subject: "s".into(), body: "b".into() };
    portico::requests::store::submit(&app.state.db, request, receipt).await.unwrap().0
}

async fn status_of(app: &TestApp, reference: &str) -> String {
    with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1").bind(reference).fetch_one(pool).await).unwrap()
}

/// The problem's `type` ends with its short name, and it is served as problem details.
async fn problem(response: reqwest::Response, status: u16, slug: &str) -> Value {
    assert_eq!(response.status(), status, "expected {status} {slug}");
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], status);
    assert!(body["type"].as_str().unwrap().ends_with(&format!("#problem-{slug}")), "{body}");
    assert!(body["title"].is_string() && body["detail"].is_string());
    body
}

#[tokio::test]
async fn only_a_valid_key_opens_the_api_and_no_session_cookie_does() {
    let app = spawn_app().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let secret = key(&app, &["waste"], Scope::ReadWrite).await;

    // No key, a made-up key, another scheme.
    let nobody = problem(app.get("/api/v1/requests").await, 401, "unauthorized").await;
    assert_eq!(nobody["title"], "A valid API key is needed");
    let response = Api::new(&app, "portico_not-a-real-key").get("/api/v1/requests").await;
    assert_eq!(response.headers()["www-authenticate"], "Bearer realm=\"portico\"");
    problem(response, 401, "unauthorized").await;
    // A signed-in admin's browser, cookie and all, is nobody to the API.
    problem(admin.get("/api/v1/requests").await, 401, "unauthorized").await;
    let posted = admin.client.post(admin.url("/api/v1/requests/ABCD2345/notes")).header("origin", &admin.address).json(&json!({ "body": "x" })).send().await.unwrap();
    problem(posted, 401, "unauthorized").await;

    // And no page takes a key: the staff pages still want a signed-in member of staff.
    let page = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap().get(app.url("/staff/requests")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(page.status(), 303);
    assert!(page.headers()["location"].to_str().unwrap().starts_with("/staff/sign-in"));

    // The key works, notes its last use, and stops working when revoked or expired.
    let api = Api::new(&app, &secret);
    assert_eq!(api.get("/api/v1/requests").await.status(), 200);
    let used: Option<chrono::DateTime<chrono::Utc>> =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT last_used_at FROM api_keys").fetch_one(pool).await).unwrap();
    assert!(used.is_some(), "last use noted");
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE api_keys SET expires_at = $1").bind(chrono::Utc::now() - chrono::Duration::seconds(1)).execute(pool).await.map(|_| ())).unwrap();
    problem(api.get("/api/v1/requests").await, 401, "unauthorized").await;
    let other = key(&app, &["waste"], Scope::Read).await;
    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT MAX(id) FROM api_keys").fetch_one(pool).await).unwrap();
    assert_eq!(Api::new(&app, &other).get("/api/v1/requests").await.status(), 200);
    assert!(keys::revoke(&app.state.db, id, None).await.unwrap());
    problem(Api::new(&app, &other).get("/api/v1/requests").await, 401, "unauthorized").await;

    // Any other address under /api/v1 is a problem too, not a page.
    problem(app.get("/api/v1/nothing-here").await, 404, "not-found").await;
    problem(api.post("/api/v1/requests", None, None, &json!({})).await, 405, "method-not-allowed").await;
}

#[tokio::test]
async fn a_key_lists_only_its_teams_requests_page_by_page_in_a_stable_order() {
    let app = spawn_app().await;
    let (_ann, ann_ref) = citizen_with_request(&app, "ann@example.org").await;
    let parking = [parking_request(&app).await, parking_request(&app).await, parking_request(&app).await];
    let waste = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    let parker = Api::new(&app, &key(&app, &["parking"], Scope::Read).await);
    let both = Api::new(&app, &key(&app, &["parking", "waste"], Scope::Read).await);

    let listed: Value = waste.get("/api/v1/requests").await.json().await.unwrap();
    let refs: Vec<&str> = listed["items"].as_array().unwrap().iter().map(|r| r["reference"].as_str().unwrap()).collect();
    assert_eq!(refs, vec![ann_ref.as_str()], "the waste team's key sees only the waste team's request");
    assert_eq!(listed["items"][0]["service"], "bulky-waste");
    assert_eq!(listed["items"][0]["definition_version"], 2);
    assert_eq!(listed["items"][0]["href"], format!("/api/v1/requests/{ann_ref}"));

    // Pages of two, newest first, then oldest first: every request once, in order.
    let mut seen = Vec::new();
    let mut path = "/api/v1/requests?limit=2".to_owned();
    loop {
        let page: Value = parker.get(&path).await.json().await.unwrap();
        seen.extend(page["items"].as_array().unwrap().iter().map(|r| r["reference"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/api/v1/requests?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen, parking.iter().rev().cloned().collect::<Vec<_>>());
    let oldest: Value = parker.get("/api/v1/requests?sort=oldest&limit=1").await.json().await.unwrap();
    assert_eq!(oldest["items"][0]["reference"], parking[0].as_str());

    // The queue's filters.
    let filtered: Value = both.get("/api/v1/requests?service=bulky-waste&status=submitted").await.json().await.unwrap();
    assert_eq!(filtered["items"].as_array().unwrap().len(), 1);
    let searched: Value = both.get(&format!("/api/v1/requests?q={}", parking[1])).await.json().await.unwrap();
    assert_eq!(searched["items"][0]["reference"], parking[1].as_str());
    let none: Value = parker.get("/api/v1/requests?service=bulky-waste").await.json().await.unwrap();
    assert_eq!(none["items"], json!([]), "another team's service lists nothing");

    // What does not parse is refused, never read as something else.
    for bad in ["status=lost", "limit=0", "limit=1000", "sort=random", "cursor=nonsense", "submitted_from=yesterday"] {
        problem(parker.get(&format!("/api/v1/requests?{bad}")).await, 400, "bad-request").await;
    }
}

#[tokio::test]
async fn a_request_reads_whole_in_the_language_asked_and_the_read_is_recorded_naming_the_key() {
    let app = spawn_app().await;
    let (_ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    let waste = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    let parker = Api::new(&app, &key(&app, &["parking"], Scope::Read).await);

    let (document, tag) = waste.document(&reference).await;
    assert_eq!(tag, format!("\"v{}\"", document["revision"]));
    assert_eq!(document["$schema"], format!("{}/services/bulky-waste/versions/2/schema.json", app.address));
    assert_eq!(document["definition_version"], 2);
    assert_eq!(document["status"], "submitted");
    assert_eq!(document["allowed_statuses"], json!(["in_review"]));
    assert_eq!(document["can_request_information"], true);
    assert_eq!(document["answers"]["location"], "driveway");
    assert_eq!(document["language"], "en");
    let location = document["labelled_answers"].as_array().unwrap().iter().find(|a| a["question"] == "location").unwrap();
    assert_eq!(location["lines"], json!(["On the driveway"]));
    assert!(document["profile_snapshot"].is_object());
    assert_eq!(document["timeline"][0]["kind"], "submitted");

    // The same request, labelled in Welsh.
    let welsh: Value = waste.get(&format!("/api/v1/requests/{reference}?lang=cy")).await.json().await.unwrap();
    assert_eq!(welsh["language"], "cy");
    let label = |d: &Value| d["labelled_answers"].as_array().unwrap().iter().find(|a| a["question"] == "location").unwrap()["label"].clone();
    assert_ne!(label(&welsh), label(&document), "the Welsh question");
    problem(waste.get(&format!("/api/v1/requests/{reference}?lang=xx")).await, 400, "bad-request").await;

    // Each read is on the timeline, naming the key, and the citizen sees which team looked.
    let (again, _) = waste.document(&reference).await;
    let viewed = again["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "viewed").expect("a view").clone();
    assert_eq!(viewed["actor"], json!({ "type": "api_key", "name": "Case system" }));
    assert_eq!(viewed["team"], "waste");
    assert_eq!(again["revision"], document["revision"], "a read changes no revision");

    // Another team's key: as if the request did not exist.
    problem(parker.get(&format!("/api/v1/requests/{reference}")).await, 404, "not-found").await;
    problem(parker.get("/api/v1/requests/ZZZZ9999").await, 404, "not-found").await;
}

#[tokio::test]
async fn a_file_downloads_for_its_team_only_and_the_download_is_recorded() {
    let app = spawn_app().await;
    let (ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    let replied = ann.submit_file(&format!("/requests/{reference}"), "attachment", "receipt.png", png(), &[("message", "Here is the receipt.")]).await;
    assert_eq!(replied.status(), 303);
    let waste = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    let parker = Api::new(&app, &key(&app, &["parking"], Scope::Read).await);
    let other = parking_request(&app).await;

    let (document, _) = waste.document(&reference).await;
    let file = &document["attachments"][0];
    assert_eq!(file["name"], "receipt.png");
    assert_eq!(file["content_type"], "image/png");
    let href = file["href"].as_str().unwrap();
    let download = waste.get(href).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "image/png");
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert_eq!(download.bytes().await.unwrap().to_vec(), png());
    let (after, _) = waste.document(&reference).await;
    let event = after["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "downloaded").expect("the download").clone();
    assert_eq!((event["internal"].clone(), event["actor"]["type"].clone()), (json!(true), json!("api_key")));

    let id = file["id"].as_str().unwrap();
    problem(parker.get(href).await, 404, "not-found").await;
    problem(parker.get(&format!("/api/v1/requests/{other}/attachments/{id}")).await, 404, "not-found").await;
    problem(waste.get(&format!("/api/v1/requests/{reference}/attachments/no-such-file")).await, 404, "not-found").await;
}

#[tokio::test]
async fn writes_follow_the_staff_workflow_need_if_match_and_a_write_key() {
    let app = spawn_app().await;
    let (ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    let reader = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    let writer = Api::new(&app, &key(&app, &["waste"], Scope::ReadWrite).await);
    let parker = Api::new(&app, &key(&app, &["parking"], Scope::ReadWrite).await);
    let status = format!("/api/v1/requests/{reference}/status");
    let (_, tag) = writer.document(&reference).await;

    problem(reader.post(&status, Some(&tag), None, &json!({ "status": "in_review" })).await, 403, "read-only-key").await;
    problem(writer.post(&status, None, None, &json!({ "status": "in_review" })).await, 428, "precondition-required").await;
    problem(writer.post(&status, Some("\"v999\""), None, &json!({ "status": "in_review" })).await, 412, "precondition-failed").await;
    problem(parker.post(&status, Some(&tag), None, &json!({ "status": "in_review" })).await, 404, "not-found").await;
    problem(writer.post(&status, Some(&tag), None, &json!({ "status": "lost" })).await, 400, "bad-request").await;
    problem(writer.post(&status, Some(&tag), None, &json!({ "status": "approved", "reason": "yes" })).await, 409, "workflow").await;
    assert_eq!(status_of(&app, &reference).await, "submitted", "nothing refused changed anything");

    // Into review; the answer is the request as it is now, with its new ETag.
    let moved = writer.post(&status, Some(&tag), None, &json!({ "status": "in_review" })).await;
    assert_eq!(moved.status(), 200);
    let tag = moved.headers()["etag"].to_str().unwrap().to_owned();
    let document: Value = moved.json().await.unwrap();
    assert_eq!(document["status"], "in_review");
    assert_eq!(tag, format!("\"v{}\"", document["revision"]));
    let change = document["timeline"].as_array().unwrap().iter().rev().find(|e| e["kind"] == "status").unwrap().clone();
    assert_eq!(change["actor"], json!({ "type": "api_key", "name": "Case system" }));
    assert_eq!(change["data"]["to"], "in_review");
    let (kind, _, _) = app.last_email("ann@example.org").await.unwrap();
    assert_eq!(kind, "status", "the citizen is told, as from the staff page");

    // A note: internal.
    let noted = writer.post(&format!("/api/v1/requests/{reference}/notes"), Some(&tag), None, &json!({ "body": "Checked the address." })).await;
    assert_eq!(noted.status(), 200);
    let tag = noted.headers()["etag"].to_str().unwrap().to_owned();
    let document: Value = noted.json().await.unwrap();
    let note = document["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "note").unwrap().clone();
    assert_eq!((note["internal"].clone(), note["data"]["body"].clone()), (json!(true), json!("Checked the address.")));
    problem(writer.post(&format!("/api/v1/requests/{reference}/notes"), Some(&tag), None, &json!({ "body": "  " })).await, 422, "invalid").await;
    assert!(!ann.page(&format!("/requests/{reference}")).await.contains("Checked the address."), "the citizen never sees a note");
    // The staff page's timeline names the key, as it names a member of staff.
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let page = crate::helpers::strip_isolation(&worker.page(&format!("/staff/requests/{reference}")).await);
    assert!(page.contains("API key “Case system”"), "the key is named on the staff page");

    // A message to the citizen: on their page, and emailed.
    let messaged = writer.post(&format!("/api/v1/requests/{reference}/messages"), Some(&tag), None, &json!({ "body": "We will come on Tuesday." })).await;
    assert_eq!(messaged.status(), 200);
    let tag = messaged.headers()["etag"].to_str().unwrap().to_owned();
    assert!(ann.page(&format!("/requests/{reference}")).await.contains("We will come on Tuesday."));
    assert_eq!(app.last_email("ann@example.org").await.unwrap().0, "message");

    // Ask for more information: only questions of the request, then it waits for the citizen.
    let ask = format!("/api/v1/requests/{reference}/information-requests");
    problem(writer.post(&ask, Some(&tag), None, &json!({ "questions": ["no-such-question"], "message": "?" })).await, 422, "invalid").await;
    let asked = writer.post(&ask, Some(&tag), None, &json!({ "questions": ["location"], "message": "Where exactly?" })).await;
    assert_eq!(asked.status(), 200);
    let tag = asked.headers()["etag"].to_str().unwrap().to_owned();
    let document: Value = asked.json().await.unwrap();
    assert_eq!(document["status"], "waiting_for_citizen");
    assert_eq!(document["reopened_questions"], json!(["location"]));
    assert_eq!(document["clock_paused"], true);
    assert_eq!(app.last_email("ann@example.org").await.unwrap().0, "more-information");

    // While waiting, a decision is not the workflow's way; the citizen's answer moves it on and
    // the ETag the system held goes stale.
    problem(writer.post(&status, Some(&tag), None, &json!({ "status": "approved", "reason": "ok" })).await, 409, "workflow").await;
    let path = format!("/requests/{reference}/more-information");
    assert_eq!(ann.submit_to(&path, &path, &[("location", "front-garden")]).await.status(), 303);
    problem(writer.post(&status, Some(&tag), None, &json!({ "status": "approved", "reason": "ok" })).await, 412, "precondition-failed").await;
    let (_, tag) = writer.document(&reference).await;
    problem(writer.post(&status, Some(&tag), None, &json!({ "status": "approved" })).await, 422, "invalid").await;
    let decided = writer.post(&status, Some(&tag), None, &json!({ "status": "approved", "reason": "Your items are on our list." })).await;
    assert_eq!(decided.status(), 200);
    assert_eq!(status_of(&app, &reference).await, "approved");
    assert!(ann.page(&format!("/requests/{reference}")).await.contains("Your items are on our list."));
}

#[tokio::test]
async fn a_retried_post_with_the_same_idempotency_key_is_done_once() {
    let app = spawn_app().await;
    let (_ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    let writer = Api::new(&app, &key(&app, &["waste"], Scope::ReadWrite).await);
    let (_, tag) = writer.document(&reference).await;
    let notes = format!("/api/v1/requests/{reference}/notes");
    let body = json!({ "body": "Phoned the applicant." });

    // Sent first without If-Match: refused, and not kept, so the same key works once it is added.
    problem(writer.post(&notes, None, Some("note-1"), &body).await, 428, "precondition-required").await;
    let first = writer.post(&notes, Some(&tag), Some("note-1"), &body).await;
    assert_eq!(first.status(), 200);
    let first_tag = first.headers()["etag"].to_str().unwrap().to_owned();
    let first_body: Value = first.json().await.unwrap();
    // The retry carries the old ETag, as a retry does: it gets the first answer, not a 412.
    let again = writer.post(&notes, Some(&tag), Some("note-1"), &body).await;
    assert_eq!(again.status(), 200);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.headers()["etag"].to_str().unwrap(), first_tag);
    assert_eq!(again.json::<Value>().await.unwrap(), first_body);
    let count: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM request_events WHERE kind = 'note'").fetch_one(pool).await).unwrap();
    assert_eq!(count, 1, "one note, however often it was sent");

    problem(writer.post(&notes, Some(&first_tag), Some("note-1"), &json!({ "body": "Something else." })).await, 422, "idempotency-key-reused").await;
    problem(writer.post(&notes, Some(&first_tag), Some("not ok"), &body).await, 400, "bad-request").await;
    // Hostile bodies get a problem, never a crash.
    let raw = |body: Vec<u8>| {
        reqwest::Client::new().post(app.url(&notes)).bearer_auth(&writer.key).header("if-match", &first_tag).header("content-type", "application/json").body(body).send()
    };
    problem(raw(b"{\"body\": ".to_vec()).await.unwrap(), 400, "bad-request").await;
    problem(raw(vec![0xff, 0xfe, 0x00]).await.unwrap(), 400, "bad-request").await;
    problem(raw(format!("{{\"body\": \"{}\"}}", "x".repeat(70_000)).into_bytes()).await.unwrap(), 413, "too-large").await;
    problem(writer.post(&notes, Some(&first_tag), None, &json!({ "body": "x", "extra": 1 })).await, 400, "bad-request").await;
        // Another key may use the same Idempotency-Key: each key has its own.
    let colleague = Api::new(&app, &key(&app, &["waste"], Scope::ReadWrite).await);
    assert_eq!(colleague.post(&notes, Some(&first_tag), Some("note-1"), &body).await.status(), 200);
}

#[tokio::test]
async fn a_key_over_its_calls_per_minute_is_told_when_to_come_back() {
    let app = spawn_app().await;
    let api = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE api_keys SET per_minute = 3").execute(pool).await.map(|_| ())).unwrap();
    for _ in 0..3 {
        assert_eq!(api.get("/api/v1/requests").await.status(), 200);
    }
    let limited = api.get("/api/v1/requests").await;
    let wait: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    problem(limited, 429, "rate-limited").await;
    // Another key is not held back by this one.
    assert_eq!(Api::new(&app, &key(&app, &["waste"], Scope::Read).await).get("/api/v1/requests").await.status(), 200);
}

#[tokio::test]
async fn the_export_streams_a_services_requests_of_the_keys_teams_only() {
    let app = spawn_app().await;
    let (_ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    let parked = parking_request(&app).await;
    let waste = Api::new(&app, &key(&app, &["waste"], Scope::Read).await);
    let since = (chrono::Utc::now() - chrono::Duration::days(1)).date_naive();

    let lines = waste.get(&format!("/api/v1/export/requests?service=bulky-waste&since={since}")).await;
    assert_eq!(lines.headers()["content-type"], "application/x-ndjson");
    let text = lines.text().await.unwrap();
    let rows: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["reference"], reference.as_str());
    assert_eq!(rows[0]["$schema"], format!("{}/services/bulky-waste/versions/2/schema.json", app.address));
    assert!(rows[0].get("timeline").is_none(), "no timeline, so no internal notes");
    let csv = waste.get(&format!("/api/v1/export/requests?service=bulky-waste&since={since}&format=csv")).await.text().await.unwrap();
    assert!(csv.starts_with("reference,service,definition_version,status"));
    assert!(csv.contains(&reference));
    // Each export is on the exported request's timeline, as a view naming the key, before it is sent.
    let exported: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 AND e.kind = 'viewed' AND e.actor = 'api_key'"
    )
    .bind(&reference)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(exported, 2, "the lines and the CSV export");
    // Another team's service, and requests sent before the day, are not exported.
    let other = waste.get(&format!("/api/v1/export/requests?service=parking-permit&since={since}")).await.text().await.unwrap();
    assert!(!other.contains(&parked) && other.is_empty());
    let later = (chrono::Utc::now() + chrono::Duration::days(2)).date_naive();
    assert!(waste.get(&format!("/api/v1/export/requests?service=bulky-waste&since={later}")).await.text().await.unwrap().is_empty());
    problem(waste.get("/api/v1/export/requests?service=bulky-waste").await, 400, "bad-request").await;

    // The command line exports every team's requests: the operator runs it on the server.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(["export", "requests", "--service", "parking-permit", "--since", &since.to_string(), "--format", "jsonl"])
        .env("DATABASE_URL", match &app.state.config.database_url {
            portico::config::DatabaseUrl::Sqlite(url) | portico::config::DatabaseUrl::Postgres(url) => url,
        })
        .env("PORTICO_LOG", "warn")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let exported = String::from_utf8(output.stdout).unwrap();
    assert_eq!(exported.lines().count(), 1);
    assert!(exported.contains(&parked));
}

#[tokio::test]
async fn an_admin_makes_a_key_sees_its_secret_once_and_revokes_it() {
    let app = spawn_app().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    assert_eq!(worker.get("/staff/admin/api-keys").await.status(), 404, "admins only");

    let refused = admin.submit("/staff/admin/api-keys", &[("name", ""), ("scope", "read")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Enter a name of up to 100 characters") && page.contains("Choose at least one team"));

    let made = admin.submit("/staff/admin/api-keys", &[("name", "Case management"), ("teams", "waste"), ("scope", "read_write"), ("expiry", "90")]).await;
    assert_eq!(made.status(), 303);
    let shown = admin.page("/staff/admin/api-keys").await;
    let secret = shown.split("class=\"api-secret\">").nth(1).unwrap_or_else(|| panic!("the secret, shown once: {}", &shown[shown.find("<main").unwrap_or(0)..])).split('<').next().unwrap().to_owned();
    assert!(secret.starts_with("portico_"));
    assert!(!admin.page("/staff/admin/api-keys").await.contains(&secret), "never shown again");
    let stored: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT secret_hash FROM api_keys").fetch_one(pool).await).unwrap();
    assert_ne!(stored, secret, "only its hash is kept");
    assert_eq!(Api::new(&app, &secret).get("/api/v1/requests").await.status(), 200);

    let id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM api_keys").fetch_one(pool).await).unwrap();
    let revoke = format!("/staff/admin/api-keys/{id}/revoke");
    assert_eq!(worker.submit_to("/staff", &revoke, &[]).await.status(), 404, "a caseworker cannot revoke");
    assert_eq!(admin.submit_to("/staff/admin/api-keys", &revoke, &[]).await.status(), 303);
    assert_eq!(Api::new(&app, &secret).get("/api/v1/requests").await.status(), 401);
    assert!(admin.page("/staff/admin/api-keys").await.contains("Revoked"));
}

#[tokio::test]
async fn the_reference_page_shows_every_operation_of_the_served_document() {
    let app = spawn_app().await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    assert_eq!(app.get("/staff/api").await.status(), 303, "staff only");
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let page = worker.page("/staff/api").await;
    for (method, path) in portico::api::docs::operations(&doc) {
        assert!(page.contains(&format!("{method} {path}")), "{method} {path} is on the reference page");
    }
    assert!(page.contains("id=\"problem-precondition-failed\""));
    assert!(!page.contains("<script src=\"http"), "nothing from elsewhere");
}

/// The API's routes as its router declares them: (method, path).
fn declared_api_routes() -> Vec<(String, String)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/api/mod.rs")).unwrap();
    let mut found = Vec::new();
    for line in source.lines().map(str::trim).filter(|l| l.starts_with(".route(\"/api/v1/")) {
        let path = line.trim_start_matches(".route(\"").split('"').next().unwrap().to_owned();
        for method in ["get", "post"] {
            if line.contains(&format!(" {method}(")) || line.contains(&format!(", {method}(")) {
                found.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    found.retain(|(_, path)| path != "/api/v1/openapi.json");
    found.sort();
    found
}

/// Checks `value` against the schema at `pointer` of the served document.
fn conforms(doc: &Value, pointer: &str, value: &Value) -> Result<(), String> {
    let mut schema = doc.pointer(pointer).cloned().ok_or_else(|| format!("the document has no {pointer}"))?;
    // The components beside it, so its `#/components/…` references resolve.
    schema["components"] = doc["components"].clone();
    let validator = jsonschema::validator_for(&schema).map_err(|e| format!("{pointer}: {e}"))?;
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{pointer}: {errors:?}"))
    }
}

#[tokio::test]
async fn the_served_openapi_document_and_the_handlers_agree() {
    let app = spawn_app().await;
    let (ann, reference) = citizen_with_request(&app, "ann@example.org").await;
    ann.submit_file(&format!("/requests/{reference}"), "attachment", "receipt.png", png(), &[("message", "Here.")]).await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200, "served without a key");
    let doc: Value = response.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");

    // Every route the router declares is documented with its method, and nothing else is.
    let documented = portico::api::docs::operations(&doc);
    assert_eq!(declared_api_routes(), documented, "the router's routes and the document's operations");

    // Each live service's submission schema is in the document, and every request names its own.
    for service in ["bulky-waste", "parking-permit", "blue-badge"] {
        assert!(doc["components"]["schemas"].as_object().unwrap().keys().any(|k| k.starts_with(&format!("submission.{service}.v"))), "{service}");
    }

    // What each operation answers conforms to what the document says it answers.
    let writer = Api::new(&app, &key(&app, &["waste"], Scope::ReadWrite).await);
    let ok = |path: &str, method: &str| format!("/paths/{}/{method}/responses/200/content/application~1json/schema", path.replace('~', "~0").replace('/', "~1"));
    let list: Value = writer.get("/api/v1/requests?limit=1").await.json().await.unwrap();
    let mut problems = Vec::new();
    problems.extend(conforms(&doc, &ok("/api/v1/requests", "get"), &list).err());
    let (document, tag) = writer.document(&reference).await;
    problems.extend(conforms(&doc, &ok("/api/v1/requests/{reference}", "get"), &document).err());
    // The request's answers follow the submission schema of the version it names.
    let submission = format!("/components/schemas/submission.bulky-waste.v{}", document["definition_version"]);
    problems.extend(conforms(&doc, &submission, &document["answers"]).err());
    let bodies = [
        ("/api/v1/requests/{reference}/notes", json!({ "body": "Noted." })),
        ("/api/v1/requests/{reference}/messages", json!({ "body": "Hello." })),
        ("/api/v1/requests/{reference}/status", json!({ "status": "in_review" })),
        ("/api/v1/requests/{reference}/information-requests", json!({ "questions": ["location"], "message": "Where?" })),
    ];
    let mut tag = tag;
    for (path, body) in bodies {
        let request_schema = format!("/paths/{}/post/requestBody/content/application~1json/schema", path.replace('/', "~1"));
        problems.extend(conforms(&doc, &request_schema, &body).err());
        let response = writer.post(&path.replace("{reference}", &reference), Some(&tag), None, &body).await;
        assert_eq!(response.status(), 200, "{path}");
        tag = response.headers()["etag"].to_str().unwrap().to_owned();
        let answered: Value = response.json().await.unwrap();
        problems.extend(conforms(&doc, &ok(path, "post"), &answered).err());
    }
    // And the problems too.
    let refused: Value = writer.post(&format!("/api/v1/requests/{reference}/notes"), None, None, &json!({ "body": "x" })).await.json().await.unwrap();
    problems.extend(conforms(&doc, "/components/schemas/Problem", &refused).err());
    let export = writer.get("/api/v1/export/requests?service=bulky-waste&since=2020-01-01").await.text().await.unwrap();
    for line in export.lines() {
        problems.extend(conforms(&doc, "/components/schemas/ExportRow", &serde_json::from_str(line).unwrap()).err());
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
