//! A citizen whose account was made by a provider has no password. What proves it is them,
//! before another provider is added or their email address changes, is signing in again now with
//! a provider already theirs (`prompt=login`, `max_age=0`, and an `auth_time` after they were
//! sent). Also: the periodic clean-up of what identity sign-ins leave behind.

use crate::{
    helpers::{spawn_app, spawn_app_with, TestApp, PASSWORD},
    identity::{claims, come_back, count, sign_in_as, urlencode, Authorize, FakeOp, CLIENT},
};
use portico::with_db;
use serde_json::Value;

const SECOND: &str = "Second Provider";

/// Portico with the test provider and a second one at the same provider (another client).
async fn app_with_two(op: &FakeOp) -> TestApp {
    let second = format!(
        r#"
[[provider]]
id = "second"
for = "citizens"
name = "{SECOND}"
issuer = "{issuer}"
client_id = "{CLIENT}"
client_auth = "client_secret"
client_secret_env = "TEST_OP_SECRET"
scopes = ["email"]
level_claim = "vot"
levels = {{ low = "Cl", medium = "Cl.Cm" }}
minimum_level = "medium"
"#,
        issuer = op.issuer
    );
    let file = op.providers_file_with(&std::env::temp_dir(), 60, &second);
    spawn_app_with(&[("PORTICO_IDENTITY_PROVIDERS", &file), ("TEST_OP_SECRET", "s3cret")]).await
}

/// The authorization request a redirect to the provider carries.
fn sent_to_provider(response: &reqwest::Response) -> Authorize {
    assert_eq!(response.status(), 303);
    let url = openidconnect::url::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    Authorize { query: url.query_pairs().into_owned().collect() }
}

/// Comes back to `provider`'s callback with an ID token of `claims`.
async fn come_back_to(app: &TestApp, op: &FakeOp, provider: &str, auth: &Authorize, claims: Value) -> reqwest::Response {
    if provider == "test" {
        return come_back(app, op, auth, claims).await;
    }
    let code = uuid::Uuid::new_v4().simple().to_string();
    op.set(|s| {
        s.codes.insert(code.clone(), (claims, auth.get("code_challenge").to_owned()));
    });
    app.get(&format!("/identity/{provider}/callback?code={code}&state={}&iss={}", urlencode(auth.get("state")), urlencode(&op.issuer))).await
}

/// The claims of a sign-in again by `subject`, made `ago` seconds ago (none: no `auth_time`).
fn again(op: &FakeOp, auth: &Authorize, subject: &str, ago: Option<i64>) -> Value {
    let mut c = claims(op, auth.get("nonce"), subject);
    if let Some(ago) = ago {
        c["auth_time"] = (chrono::Utc::now().timestamp() - ago).into();
    }
    c
}

#[tokio::test]
async fn a_citizen_without_a_password_adds_a_provider_only_after_signing_in_again_just_now() {
    let op = FakeOp::start().await;
    let app = app_with_two(&op).await;
    sign_in_as(&app, &op, "dan", "/profile").await;
    let page = crate::helpers::strip_isolation(&app.page("/profile/sign-in-methods").await);
    assert!(page.contains(SECOND) && page.contains("you will first sign in again with Test One Login"), "the way to add one, and what it takes");
    assert!(!page.contains("current_password"), "no password to ask for");

    let add = || app.submit_to("/profile/sign-in-methods", "/profile/sign-in-methods/add", &[("provider", "second")]);
    // Sent to the provider already theirs, which must ask them to sign in again.
    let auth = sent_to_provider(&add().await);
    assert_eq!((auth.get("prompt"), auth.get("max_age")), ("login", "0"));
    assert!(auth.get("redirect_uri").ends_with("/identity/test/callback"));
    // Refused: no auth_time, a sign-in an hour old (the provider's session reused), someone else.
    type Claims = fn(&FakeOp, &Authorize) -> Value;
    let cases: [(&str, Claims, u16); 3] = [
        ("no auth_time", |op, auth| again(op, auth, "dan", None), 400),
        ("an old sign-in", |op, auth| again(op, auth, "dan", Some(3600)), 400),
        ("another person", |op, auth| again(op, auth, "eve", Some(0)), 403),
    ];
    for (what, make, status) in cases {
        let auth = sent_to_provider(&add().await);
        let back = come_back(&app, &op, &auth, make(&op, &auth)).await;
        assert_eq!(back.status(), status, "{what}");
        let html = back.text().await.unwrap();
        assert!(html.contains(r#"href="/profile/sign-in-methods""#), "{what}: the way back");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM identities").await, 1, "{what}: nothing added");
    }
    assert!(app.page("/profile").await.contains("dan@example.org"), "still Dan, not Eve");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM citizens").await, 1, "and no account for Eve");

    // Signed in again just now: on to the provider being added, then back with it added.
    let auth = sent_to_provider(&add().await);
    let next = come_back(&app, &op, &auth, again(&op, &auth, "dan", Some(5))).await;
    let second = sent_to_provider(&next);
    assert!(second.get("redirect_uri").ends_with("/identity/second/callback"));
    assert_eq!(second.get("prompt"), "", "the new provider is a plain sign-in");
    let added = come_back_to(&app, &op, "second", &second, claims(&op, second.get("nonce"), "dan-second")).await;
    assert_eq!(added.headers()["location"], "/profile/sign-in-methods?added=1");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM identities WHERE subject IN ('dan', 'dan-second')").await, 2);
    // With two ways in, either can be removed.
    assert!(app.page("/profile/sign-in-methods").await.contains("/remove\""));
}

#[tokio::test]
async fn a_citizen_without_a_password_changes_their_email_after_signing_in_again_once() {
    let op = FakeOp::start().await;
    let app = app_with_two(&op).await;
    sign_in_as(&app, &op, "dan", "/profile").await;
    let page = app.page("/account/change-email").await;
    assert!(page.contains("/profile/sign-in-methods/confirm") && !page.contains("current_password") && !page.contains(r#"name="email""#));
    // Posting an address without the proof changes nothing.
    let early = app.submit_to("/account/change-email", "/account/change-email", &[("email", "dan.new@example.org")]).await;
    assert_eq!(early.status(), 422);
    assert!(early.text().await.unwrap().contains("Confirm it is you again"));

    let confirm = || app.submit_to("/account/change-email", "/profile/sign-in-methods/confirm", &[("then", "change-email")]);
    let auth = sent_to_provider(&confirm().await);
    assert_eq!((auth.get("prompt"), auth.get("max_age")), ("login", "0"));
    let stale = come_back(&app, &op, &auth, again(&op, &auth, "dan", Some(1800))).await;
    assert_eq!(stale.status(), 400);
    assert!(!app.page("/account/change-email").await.contains(r#"name="email""#), "a stale sign-in proves nothing");

    let auth = sent_to_provider(&confirm().await);
    let back = come_back(&app, &op, &auth, again(&op, &auth, "dan", Some(0))).await;
    assert_eq!(back.headers()["location"], "/account/change-email");
    let page = app.page("/account/change-email").await;
    assert!(page.contains(r#"name="email""#) && !page.contains("current_password"));
    let sent = app.submit_to("/account/change-email", "/account/change-email", &[("email", "dan.new@example.org")]).await;
    assert_eq!(sent.headers()["location"], "/account/check-email");
    let link = app.link_in_email("dan.new@example.org").await;
    assert_eq!(app.get(&link).await.headers()["location"], "/profile?changed=email");
    assert!(app.page("/profile").await.contains("dan.new@example.org"));
    // The proof opened one change.
    assert!(!app.page("/account/change-email").await.contains(r#"name="email""#));
    // A citizen with a password is asked for it, as before.
    let bob = app.another_browser();
    bob.citizen("bob@example.org", PASSWORD).await;
    bob.sign_in("bob@example.org", PASSWORD).await;
    assert!(bob.page("/account/change-email").await.contains("current_password"));
}

#[tokio::test]
async fn the_periodic_clean_up_deletes_notes_of_ended_sessions_and_logout_tokens_past_their_lifetime() {
    use tower_sessions::{cookie::time::{Duration, OffsetDateTime}, session::{Id, Record}, SessionStore};
    let app = spawn_app().await;
    let db = &app.state.db;
    let ann = app.another_browser();
    ann.citizen("ann@example.org", PASSWORD).await;
    ann.sign_in("ann@example.org", PASSWORD).await;
    let cleanups = portico::app::session_cleanups();
    app.state.sessions.clean_up(db, &cleanups).await.unwrap();
    let live: String = with_db!(db, |pool| sqlx::query_scalar("SELECT session_id FROM signed_in_sessions").fetch_one(pool).await).unwrap();
    // A session that expired (idle) and one that is gone (signed out), each noted as an identity's.
    let mut expired = Record { id: Id::default(), data: Default::default(), expiry_date: OffsetDateTime::now_utc() - Duration::minutes(30) };
    app.state.sessions.create(&mut expired).await.unwrap();
    let store = portico::identity::store::note_session;
    store(db, &live, "https://op.example/", "ann", None).await.unwrap();
    store(db, &expired.id.to_string(), "https://op.example/", "bob", None).await.unwrap();
    store(db, &Id::default().to_string(), "https://op.example/", "cy", Some("sid-cy")).await.unwrap();
    with_db!(db, |pool| sqlx::query("INSERT INTO signed_in_sessions (session_id, account_kind, account_id, signed_in_at) VALUES ($1, 'citizen', 99, $2)")
        .bind(expired.id.to_string())
        .bind(chrono::Utc::now())
        .execute(pool)
        .await
        .map(|_| ()))
    .unwrap();
    let used = portico::identity::store::first_use_of_logout_token;
    let now = chrono::Utc::now();
    assert!(used(db, "https://op.example/", "fresh", now + chrono::Duration::minutes(2)).await.unwrap());
    assert!(used(db, "https://op.example/", "old", now - chrono::Duration::hours(1)).await.unwrap());

    let gone = app.state.sessions.clean_up(db, &cleanups).await.unwrap();
    assert_eq!(gone, 4, "two identities' sessions, one account's session, one logout token");
    let sessions: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT session_id FROM identity_sessions").fetch_all(pool).await).unwrap();
    assert_eq!(sessions, [live.clone()], "the live session's note stays");
    let held: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT session_id FROM signed_in_sessions").fetch_all(pool).await).unwrap();
    assert_eq!(held, [live]);
    let tokens: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT jti FROM identity_logout_tokens").fetch_all(pool).await).unwrap();
    assert_eq!(tokens, ["fresh"], "a token still within its lifetime is still refused a second time");
    assert!(!used(db, "https://op.example/", "fresh", now + chrono::Duration::minutes(2)).await.unwrap());
    assert_eq!(ann.get("/profile").await.status(), 200, "Ann is still signed in");
}
