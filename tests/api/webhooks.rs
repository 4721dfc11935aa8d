//! Webhooks: an admin registers an endpoint for a team and some events (its secret shown once);
//! what happens to that team's requests is delivered, signed after Standard Webhooks, which the
//! specification's reference library (npm `standardwebhooks`, in end2end/) verifies; failures
//! are retried with growing waits, an endpoint that keeps failing is turned off and its team's
//! admins told, "send again" sends a message once more, one team's endpoints never hear of
//! another team's requests, and what was queued survives a restart.
//!
//! The worker is not running in these tests: each test calls `deliver_due` itself, with the
//! clock it wants, so retries and backoff need no waiting.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{spawn_app, spawn_app_with, TestApp},
};
use axum::{extract::State, http::HeaderMap, routing::post, Router};
use chrono::{DateTime, Duration, Utc};
use portico::{webhooks::worker, with_db};
use std::{
    path::Path,
    sync::{
        atomic::{AtomicU16, Ordering},
        Arc, Mutex,
    },
};

/// A message as the receiver got it.
#[derive(Clone, Debug)]
struct Received {
    id: String,
    timestamp: String,
    signature: String,
    body: String,
}

impl Received {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

/// A receiving system on 127.0.0.1 that records what it gets and answers `status`.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Received>>>,
    status: Arc<AtomicU16>,
}

impl Receiver {
    fn got(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }

    fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }
}

type Shared = (Arc<Mutex<Vec<Received>>>, Arc<AtomicU16>);

async fn receive(State((got, status)): State<Shared>, headers: HeaderMap, body: String) -> axum::http::StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    got.lock().unwrap().push(Received { id: header("webhook-id"), timestamp: header("webhook-timestamp"), signature: header("webhook-signature"), body });
    axum::http::StatusCode::from_u16(status.load(Ordering::SeqCst)).unwrap()
}

async fn receiver() -> Receiver {
    let got = Arc::new(Mutex::new(Vec::new()));
    let status = Arc::new(AtomicU16::new(200));
    let app = Router::new().route("/hook", post(receive)).with_state((got.clone(), status.clone()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Receiver { url, got, status }
}

/// Portico with private addresses allowed (the receivers are on 127.0.0.1).
async fn app() -> TestApp {
    spawn_app_with(&[("PORTICO_WEBHOOKS_ALLOW_PRIVATE", "true")]).await
}

const ALL_EVENTS: [&str; 4] = ["request.submitted", "request.status_changed", "request.message_received", "request.information_supplied"];

/// Registers an endpoint through the admin pages; returns its id and its secret as shown once.
async fn register(admin: &TestApp, team: &str, url: &str, events: &[&str]) -> (i64, String) {
    let mut fields = vec![("team", team), ("url", url)];
    fields.extend(events.iter().map(|e| ("events", *e)));
    let added = admin.submit("/staff/admin/webhooks", &fields).await;
    assert_eq!(added.status(), 303, "{}", added.text().await.unwrap());
    let location = added.headers()["location"].to_str().unwrap().to_owned();
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
    let page = admin.page(&location).await;
    let secret = page.split(r#"id="webhook-secret">"#).nth(1).expect("the secret is shown").split('<').next().unwrap().to_owned();
    (id, secret)
}

/// Runs the worker once, as at `now`.
async fn deliver(app: &TestApp, now: DateTime<Utc>) -> usize {
    let sender = worker::Sender::from_state(&app.state).unwrap();
    worker::deliver_due(&app.state.db, &sender, &app.state.outbox, now).await.unwrap()
}

/// Delivers until nothing more is due at `now`.
async fn deliver_all(app: &TestApp, now: DateTime<Utc>) {
    for _ in 0..10 {
        if deliver(app, now).await == 0 {
            return;
        }
    }
}

#[derive(Debug, sqlx::FromRow)]
struct Row {
    attempts: i64,
    next_attempt_at: Option<DateTime<Utc>>,
    delivered_at: Option<DateTime<Utc>>,
    failed_at: Option<DateTime<Utc>>,
    last_status: Option<i64>,
    message_id: String,
}

async fn deliveries(app: &TestApp, endpoint: i64) -> Vec<Row> {
    with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT attempts, next_attempt_at, delivered_at, failed_at, last_status, message_id FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id"
    )
    .bind(endpoint)
    .fetch_all(pool)
    .await)
    .unwrap()
}

async fn act(browser: &TestApp, reference: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/staff/requests/{reference}");
    browser.submit_to(&page, &format!("{page}/{action}"), fields).await
}

/// What the reference library says of each message: `Ok(type)` when it verifies, else its error.
fn verify_with_reference_library(secret: &str, messages: &[Received]) -> Vec<Result<String, String>> {
    let end2end = Path::new(env!("CARGO_MANIFEST_DIR")).join("end2end");
    assert!(
        end2end.join("node_modules/standardwebhooks").is_dir(),
        "the reference library is missing: run `npm ci` in end2end/ (./dev.sh test does)"
    );
    let script = r#"
        const { Webhook } = require('standardwebhooks');
        const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const results = input.messages.map((m) => {
            try {
                const payload = new Webhook(input.secret).verify(m.body, {
                    'webhook-id': m.id, 'webhook-timestamp': m.timestamp, 'webhook-signature': m.signature,
                });
                return { ok: payload.type };
            } catch (e) {
                return { error: String(e && e.message || e) };
            }
        });
        process.stdout.write(JSON.stringify(results));
    "#;
    let input = serde_json::json!({
        "secret": secret,
        "messages": messages.iter().map(|m| serde_json::json!({ "id": m.id, "timestamp": m.timestamp, "signature": m.signature, "body": m.body })).collect::<Vec<_>>(),
    });
    let mut child = std::process::Command::new("node")
        .args(["-e", script])
        .current_dir(&end2end)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.to_string().as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "node failed");
    let results: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    results
        .into_iter()
        .map(|r| match r.get("ok") {
            Some(t) => Ok(t.as_str().unwrap_or_default().to_owned()),
            None => Err(r["error"].as_str().unwrap_or_default().to_owned()),
        })
        .collect()
}

#[tokio::test]
async fn deliveries_are_signed_so_that_the_reference_library_verifies_them() {
    let app = app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let worker_ = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let (id, secret) = register(&admin, "waste", &hook.url, &ALL_EVENTS).await;
    assert!(secret.starts_with("whsec_"), "{secret}");
    assert!(!admin.page(&format!("/staff/admin/webhooks/{id}")).await.contains(&secret), "the secret is shown once only");

    let (citizen, reference) = citizen_with_request(&app, "ann@example.org").await;
    assert_eq!(act(&worker_, &reference, "status", &[("to", "in_review")]).await.status(), 303);
    assert_eq!(act(&worker_, &reference, "more-information", &[("questions", "location"), ("ask_message", "Where exactly?")]).await.status(), 303);
    let path = format!("/requests/{reference}/more-information");
    assert_eq!(citizen.submit_to(&path, &path, &[("location", "front-garden")]).await.status(), 303);
    let mine = format!("/requests/{reference}");
    let sent = citizen.submit_file(&mine, "attachment", "photo.png", crate::helpers::png(), &[("message", "Here it is, at 2 Low Street.")]).await;
    assert_eq!(sent.status(), 303);
    deliver_all(&app, Utc::now()).await;

    let got = hook.got();
    let types: Vec<String> = got.iter().map(|m| m.json()["type"].as_str().unwrap().to_owned()).collect();
    assert_eq!(
        types,
        [
            "request.submitted",
            "request.status_changed",
            "request.status_changed",
            "request.information_supplied",
            "request.status_changed",
            "request.message_received"
        ]
    );
    let first = got[0].json();
    assert_eq!(first["data"]["reference"], reference.as_str());
    assert_eq!(first["data"]["service"], "bulky-waste");
    assert_eq!(first["data"]["team"], "waste");
    assert_eq!(first["data"]["status"], "submitted");
    assert!(first["timestamp"].as_str().unwrap().ends_with('Z'));
    assert_eq!(got[2].json()["data"]["previous_status"], "in_review");
    assert_eq!(got[2].json()["data"]["status"], "waiting_for_citizen");
    for message in &got {
        // No personal data: not the address, the email, the phone or the message.
        for personal in ["Low Street", "ann@example.org", "07700", "Here it is", "front-garden"] {
            assert!(!message.body.contains(personal), "{personal} in {}", message.body);
        }
        assert!(message.id.starts_with("msg_"));
    }

    // The reference library accepts every one of them…
    let verdicts = verify_with_reference_library(&secret, &got);
    assert_eq!(verdicts, types.iter().map(|t| Ok(t.clone())).collect::<Vec<_>>());
    // …and refuses a changed body, another id, or another secret.
    let mut tampered = got[0].clone();
    tampered.body = tampered.body.replace("submitted", "approved");
    let mut other_id = got[0].clone();
    other_id.id = "msg_other".into();
    let refused = verify_with_reference_library(&secret, &[tampered, other_id]);
    assert!(refused.iter().all(Result::is_err), "{refused:?}");
    let wrong_secret = verify_with_reference_library("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", &got[..1]);
    assert!(wrong_secret[0].is_err());

    // The log shows them delivered, with the receiver's answer.
    let log = admin.page(&format!("/staff/admin/webhooks/{id}")).await;
    assert!(log.contains("Delivered") && log.contains(">200<"), "the log shows the outcome");
}

#[tokio::test]
async fn a_failed_delivery_is_tried_again_after_growing_waits_with_the_same_id() {
    let app = app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let (id, _) = register(&admin, "waste", &hook.url, &["request.submitted"]).await;
    hook.answer(503);
    citizen_with_request(&app, "ann@example.org").await;

    let start = Utc::now();
    assert_eq!(deliver(&app, start).await, 1);
    let row = &deliveries(&app, id).await[0];
    assert_eq!((row.attempts, row.last_status, row.delivered_at), (1, Some(503), None));
    let wait = row.next_attempt_at.unwrap() - start;
    assert!(wait >= Duration::seconds(15) && wait <= Duration::seconds(30), "first wait {wait}");
    assert_eq!(deliver(&app, start + Duration::seconds(10)).await, 0, "not due yet");

    let second = start + Duration::seconds(31);
    assert_eq!(deliver(&app, second).await, 1);
    let row = &deliveries(&app, id).await[0];
    let wait = row.next_attempt_at.unwrap() - second;
    assert!(wait >= Duration::seconds(30) && wait <= Duration::seconds(60), "second wait {wait}");
    let page = admin.page(&format!("/staff/admin/webhooks/{id}")).await;
    assert!(page.contains("Failed, will try again") && page.contains(">503<"), "the log shows the retry");

    // Waits double, and never exceed the cap.
    let mut now = second;
    let mut waits = Vec::new();
    for _ in 0..6 {
        now += Duration::hours(7);
        deliver(&app, now).await;
        waits.push(deliveries(&app, id).await[0].next_attempt_at.unwrap() - now);
    }
    assert!(waits.windows(2).take(3).all(|w| w[1] > w[0]), "{waits:?}");
    assert!(waits.iter().all(|w| *w <= Duration::seconds(worker::MAX_RETRY_SECONDS)), "{waits:?}");

    // The receiver recovers: delivered, and the endpoint's failures are forgotten.
    hook.answer(204);
    deliver(&app, now + Duration::hours(7)).await;
    let row = &deliveries(&app, id).await[0];
    assert!(row.delivered_at.is_some() && row.next_attempt_at.is_none());
    assert_eq!(row.last_status, Some(204));
    let failures: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT failures FROM webhook_endpoints WHERE id = $1").bind(id).fetch_one(pool).await).unwrap();
    assert_eq!(failures, 0);
    let got = hook.got();
    assert_eq!(got.len() as i64, row.attempts);
    assert!(got.iter().all(|m| m.id == row.message_id), "one webhook-id for every attempt");
}

#[tokio::test]
async fn an_endpoint_that_keeps_failing_is_turned_off_its_admins_told_and_send_again_works() {
    let app = app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let _other_admin = staff(&app, "ad2@council.example", "admin", &["parking"]).await;
    let (id, _) = register(&admin, "waste", &hook.url, &["request.submitted"]).await;
    hook.answer(500);
    citizen_with_request(&app, "ann@example.org").await;

    let mut now = Utc::now();
    for _ in 0..portico::webhooks::store::ATTEMPTS_PER_ROUND {
        assert_eq!(deliver(&app, now).await, 1);
        now += Duration::hours(7);
    }
    let row = &deliveries(&app, id).await[0];
    assert!(row.failed_at.is_some() && row.next_attempt_at.is_none(), "given up: {row:?}");
    let backlog = portico::webhooks::store::backlog(&app.state.db).await.unwrap();
    assert_eq!((backlog.pending, backlog.failed), (0, 1), "/metrics counts it as failed");
    let disabled: Option<DateTime<Utc>> =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT disabled_at FROM webhook_endpoints WHERE id = $1").bind(id).fetch_one(pool).await).unwrap();
    assert!(disabled.is_some(), "the endpoint is turned off");
    let (kind, subject, body) = app.last_email("ad@council.example").await.expect("the team's admin is told");
    assert_eq!(kind, "webhook-disabled");
    assert!(subject.contains("waste") && body.contains(&hook.url) && body.contains(&format!("/staff/admin/webhooks/{id}")), "{body}");
    assert!(app.last_email("ad2@council.example").await.map(|(k, ..)| k) != Some("webhook-disabled".into()), "another team's admin is not");
    let page = admin.page(&format!("/staff/admin/webhooks/{id}")).await;
    assert!(page.contains("Turned off since"), "the page says so");

    // While it is off, new events wait.
    citizen_with_request(&app, "bob@example.org").await;
    let sent_before = hook.got().len();
    assert_eq!(deliver(&app, now).await, 0);

    // Send again (from the log's form) is refused for another endpoint's delivery…
    let delivery: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM webhook_deliveries WHERE endpoint_id = $1").bind(id).fetch_one(pool).await).unwrap();
    let (other, _) = register(&admin, "waste", &hook.url, &["request.submitted"]).await;
    let page = format!("/staff/admin/webhooks/{id}");
    let wrong = admin.submit_to(&page, &format!("/staff/admin/webhooks/{other}"), &[("action", "resend"), ("delivery", &delivery.to_string())]).await;
    assert_eq!(wrong.status(), 404);
    // …and works for its own once the endpoint is on again: both messages go, the old one with its id.
    hook.answer(200);
    let on = admin.submit_to(&page, &page, &[("action", "enable")]).await;
    assert_eq!(on.status(), 303);
    let again = admin.submit_to(&page, &page, &[("action", "resend"), ("delivery", &delivery.to_string())]).await;
    assert_eq!(again.status(), 303);
    assert!(admin.page(again.headers()["location"].to_str().unwrap()).await.contains("The message will be sent again"));
    deliver_all(&app, Utc::now()).await;
    let rows = deliveries(&app, id).await;
    assert!(rows.iter().all(|r| r.delivered_at.is_some()), "{rows:?}");
    assert_eq!(rows[0].attempts, portico::webhooks::store::ATTEMPTS_PER_ROUND + 1);
    let got = hook.got();
    assert_eq!(got.len(), sent_before + 2);
    assert!(got[sent_before..].iter().any(|m| m.id == rows[0].message_id), "sent again with the same webhook-id");
}

#[tokio::test]
async fn one_teams_endpoints_never_receive_another_teams_events() {
    let app = app().await;
    let waste = receiver().await;
    let parking = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    let worker_ = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    register(&admin, "waste", &waste.url, &ALL_EVENTS).await;
    let (parking_id, _) = register(&admin, "parking", &parking.url, &ALL_EVENTS).await;
    // A waste endpoint that only wants status changes gets nothing else.
    let picky = receiver().await;
    register(&admin, "waste", &picky.url, &["request.status_changed"]).await;

    let (citizen, reference) = citizen_with_request(&app, "ann@example.org").await;
    act(&worker_, &reference, "status", &[("to", "in_review")]).await;
    let mine = format!("/requests/{reference}");
    citizen.submit_file(&mine, "attachment", "photo.png", crate::helpers::png(), &[("message", "Hello")]).await;
    deliver_all(&app, Utc::now()).await;

    assert_eq!(waste.got().len(), 3);
    assert!(parking.got().is_empty(), "the parking team's endpoint heard of a waste request");
    assert!(deliveries(&app, parking_id).await.is_empty(), "nothing was even queued for it");
    let picky_types: Vec<String> = picky.got().iter().map(|m| m.json()["type"].as_str().unwrap().to_owned()).collect();
    assert_eq!(picky_types, ["request.status_changed"]);
}

#[tokio::test]
async fn what_was_queued_is_delivered_after_a_restart_even_if_the_process_died_mid_delivery() {
    let app = app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let (id, secret) = register(&admin, "waste", &hook.url, &["request.submitted"]).await;
    citizen_with_request(&app, "ann@example.org").await;
    citizen_with_request(&app, "bob@example.org").await;
    // One delivery was claimed by a process that then died before it finished.
    let now = Utc::now();
    with_db!(&app.state.db, |pool| sqlx::query("UPDATE webhook_deliveries SET claimed_at = $1, attempts = 1 WHERE id = (SELECT MIN(id) FROM webhook_deliveries)")
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))
    .unwrap();

    // A new process on the same database.
    let restarted = portico::app::state((*app.state.config).clone()).await.expect("a restarted instance");
    let sender = worker::Sender::from_state(&restarted).unwrap();
    assert_eq!(worker::deliver_due(&restarted.db, &sender, &restarted.outbox, now).await.unwrap(), 1, "the unclaimed one at once");
    assert_eq!(worker::deliver_due(&restarted.db, &sender, &restarted.outbox, now + Duration::minutes(1)).await.unwrap(), 0, "a fresh claim is left alone");
    assert_eq!(worker::deliver_due(&restarted.db, &sender, &restarted.outbox, now + Duration::minutes(6)).await.unwrap(), 1, "an abandoned claim is taken over");
    let rows = deliveries(&app, id).await;
    assert!(rows.iter().all(|r| r.delivered_at.is_some()), "{rows:?}");
    assert_eq!(hook.got().len(), 2);
    assert!(verify_with_reference_library(&secret, &hook.got()).iter().all(Result::is_ok));
}

#[tokio::test]
async fn only_admins_reach_the_webhook_pages_and_the_form_keeps_what_was_typed() {
    let app = spawn_app().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let worker_ = staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    assert_eq!(worker_.get("/staff/admin/webhooks").await.status(), 404);
    assert_eq!(app.get("/staff/admin/webhooks").await.status(), 303, "a visitor is sent to sign in");
    let dashboard = admin.page("/staff").await;
    assert!(dashboard.contains(r#"href="/staff/admin/webhooks""#));

    // Without the operator's setting, an address inside the network is refused, and so is any
    // scheme but http(s); what was typed stays.
    let refused = admin.submit("/staff/admin/webhooks", &[("team", "waste"), ("url", "http://127.0.0.1:9/hook"), ("events", "request.submitted")]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("<title>Error:"), "the title says there is an error");
    assert!(html.contains(r##"href="#url""##) && html.contains("not one inside this network"));
    assert!(html.contains(r#"value="http://127.0.0.1:9/hook""#), "the address typed is kept");
    assert!(html.contains(r#"value="request.submitted" id="events" checked"#), "the event chosen is kept");
    let file = admin.submit("/staff/admin/webhooks", &[("team", "waste"), ("url", "file:///etc/passwd")]).await;
    assert_eq!(file.status(), 422);
    let html = file.text().await.unwrap();
    assert!(html.contains("starts with https://") && html.contains(r##"href="#events""##));
    let count: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM webhook_endpoints").fetch_one(pool).await).unwrap();
    assert_eq!(count, 0);
}

#[tokio::test]
async fn a_name_that_resolves_inside_the_network_is_not_delivered_to() {
    let app = spawn_app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    // `localhost` is a name, so the form takes it; the resolver refuses its loopback address.
    let sneaky = hook.url.replace("127.0.0.1", "localhost");
    let (id, _) = register(&admin, "waste", &sneaky, &["request.submitted"]).await;
    citizen_with_request(&app, "ann@example.org").await;
    assert_eq!(deliver(&app, Utc::now()).await, 1);
    assert!(hook.got().is_empty(), "nothing reached the loopback address");
    let error: Option<String> = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT last_error FROM webhook_deliveries WHERE endpoint_id = $1").bind(id).fetch_one(pool).await).unwrap();
    assert!(error.unwrap_or_default().contains("not a public"), "the log says why");
}

#[tokio::test]
async fn deleting_a_webhook_asks_first_and_then_removes_it_with_its_log() {
    let app = app().await;
    let hook = receiver().await;
    let admin = staff(&app, "ad@council.example", "admin", &["waste"]).await;
    let (id, _) = register(&admin, "waste", &hook.url, &["request.submitted"]).await;
    citizen_with_request(&app, "ann@example.org").await;
    let page = format!("/staff/admin/webhooks/{id}");

    let asked = admin.submit_to(&page, &page, &[("action", "delete")]).await;
    assert_eq!(asked.status(), 200);
    let html = asked.text().await.unwrap();
    assert!(html.contains("Are you sure you want to delete this webhook?") && html.contains(r#"name="confirm" value="yes""#));
    assert_eq!(admin.get(&page).await.status(), 200, "not deleted yet");

    let deleted = admin.submit_to(&page, &page, &[("action", "delete"), ("confirm", "yes")]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(deleted.headers()["location"], "/staff/admin/webhooks");
    assert_eq!(admin.get(&page).await.status(), 404);
    assert!(deliveries(&app, id).await.is_empty(), "its log went with it");
    assert_eq!(deliver(&app, Utc::now()).await, 0);
    assert!(hook.got().is_empty());
}
