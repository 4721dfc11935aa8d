//! Signing in through an identity provider (issue 14), against a provider the test controls: a
//! small OpenID provider served here (discovery, keys, token endpoint) that signs whatever ID
//! token the test asks for. That lets every check be tried with a token forged for it: a bad
//! signature, another issuer or audience, expired, the wrong nonce, a level too low, a replayed
//! state, a callback naming another issuer, a provider that is down, keys rotated meanwhile.
//! The real provider (npm `oidc-provider`) runs in `tests/api/oidc_provider.rs`.

use crate::helpers::{spawn_app_with, title_of, TestApp, PASSWORD};
use axum::{extract::State, routing::{get, post}, Json, Router};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use portico::identity::provider::SigningKey;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::{collections::HashMap, sync::{Arc, Mutex}};

const OP_KEY: &str = include_str!("../oidc/other-test-key.pem");
const ROGUE_KEY: &str = include_str!("../oidc/portico-test-key.pem");
pub(crate) const CLIENT: &str = "portico-test";
pub(crate) const NAME: &str = "Test One Login";

pub(crate) fn key(pem: &str, kid: &str) -> Arc<SigningKey> {
    Arc::new(SigningKey::from_config(&portico::identity::config::SigningKeyConfig { pem: pem.into(), kid: kid.into() }).unwrap())
}

#[derive(Default)]
pub(crate) struct OpState {
    pub(crate) issuer: String,
    /// Signs ID tokens; published with the keys below.
    pub(crate) key: Option<Arc<SigningKey>>,
    pub(crate) published: Vec<Arc<SigningKey>>,
    /// code → (ID token claims, PKCE challenge)
    pub(crate) codes: HashMap<String, (Value, String)>,
    /// Signs the next ID token instead of `key` (a forgery).
    pub(crate) forge_with: Option<Arc<SigningKey>>,
    pub(crate) down: bool,
    pub(crate) discovery_fetches: usize,
    pub(crate) user_agent: Option<String>,
    pub(crate) redirect: bool,
    /// What the userinfo endpoint answers (for the access token "at").
    pub(crate) userinfo: Option<Value>,
    pub(crate) key_fetches: usize,
}

/// The provider the test controls.
#[derive(Clone)]
pub(crate) struct FakeOp {
    pub(crate) issuer: String,
    pub(crate) state: Arc<Mutex<OpState>>,
}

impl FakeOp {
    pub(crate) async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let op_key = key(OP_KEY, "op-1");
        let state = Arc::new(Mutex::new(OpState { issuer: issuer.clone(), key: Some(op_key.clone()), published: vec![op_key], ..Default::default() }));
        let app = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/token", post(token))
            .route("/userinfo", get(userinfo))
            .with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { issuer, state }
    }

    pub(crate) fn set(&self, change: impl FnOnce(&mut OpState)) {
        change(&mut self.state.lock().unwrap());
    }

    fn providers_file(&self, dir: &std::path::Path, max_minutes: i64) -> String {
        self.providers_file_with(dir, max_minutes, "")
    }

    pub(crate) fn providers_file_with(&self, dir: &std::path::Path, max_minutes: i64, extra: &str) -> String {
        let path = dir.join(format!("providers-{}.toml", uuid::Uuid::new_v4().simple()));
        std::fs::write(
            &path,
            format!(
                r#"
[[provider]]
id = "test"
for = "citizens"
name = "{NAME}"
issuer = "{issuer}"
client_id = "{CLIENT}"
client_auth = "client_secret"
client_secret_env = "TEST_OP_SECRET"
scopes = ["email", "phone"]
authorization_params = {{ vtr = '["Cl.Cm"]' }}
level_claim = "vot"
levels = {{ low = "Cl", medium = "Cl.Cm", high = "Cl.Cm.P2" }}
level_params = {{ high = {{ vtr = '["Cl.Cm.P2"]' }} }}
minimum_level = "medium"
max_session_minutes = {max_minutes}
{extra}
"#,
                issuer = self.issuer
            ),
        )
        .unwrap();
        path.display().to_string()
    }
}

async fn discovery(State(state): State<Arc<Mutex<OpState>>>, headers: axum::http::HeaderMap) -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut s = state.lock().unwrap();
    s.discovery_fetches += 1;
    s.user_agent = headers.get("user-agent").and_then(|v| v.to_str().ok()).map(str::to_owned);
    if s.down {
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "down").into_response();
    }
    if s.redirect {
        // Somewhere else answers as a provider would; a client that follows is misled.
        return axum::response::Redirect::temporary("/jwks").into_response();
    }
    let i = &s.issuer;
    Json(json!({
        "issuer": i,
        "authorization_endpoint": format!("{i}/authorize"),
        "token_endpoint": format!("{i}/token"),
        "jwks_uri": format!("{i}/jwks"),
        "userinfo_endpoint": format!("{i}/userinfo"),
        "end_session_endpoint": format!("{i}/session/end"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "authorization_response_iss_parameter_supported": true,
        "backchannel_logout_supported": true,
    }))
    .into_response()
}

async fn jwks(State(state): State<Arc<Mutex<OpState>>>) -> Json<Value> {
    let mut s = state.lock().unwrap();
    s.key_fetches += 1;
    let keys: Vec<Value> = s.published.iter().map(|k| serde_json::to_value(k.public_jwk()).unwrap()).collect();
    Json(json!({ "keys": keys }))
}

async fn token(State(state): State<Arc<Mutex<OpState>>>, headers: axum::http::HeaderMap, axum::Form(form): axum::Form<HashMap<String, String>>) -> axum::response::Response {
    use axum::response::IntoResponse;
    let bad = |e: &str| (axum::http::StatusCode::BAD_REQUEST, Json(json!({ "error": e }))).into_response();
    let mut s = state.lock().unwrap();
    // client_secret_basic
    let expected = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT}:s3cret")));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return bad("invalid_client");
    }
    let Some((claims, challenge)) = form.get("code").and_then(|c| s.codes.remove(c)) else {
        return bad("invalid_grant");
    };
    // PKCE S256: the verifier must hash to the challenge sent at the start.
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != challenge {
        return bad("invalid_grant");
    }
    let signer = s.forge_with.take().or_else(|| s.key.clone()).unwrap();
    Json(json!({ "access_token": "at", "token_type": "Bearer", "expires_in": 300, "id_token": signer.sign(&claims).unwrap() })).into_response()
}

async fn userinfo(State(state): State<Arc<Mutex<OpState>>>, headers: axum::http::HeaderMap) -> axum::response::Response {
    use axum::response::IntoResponse;
    let s = state.lock().unwrap();
    match (headers.get("authorization").and_then(|v| v.to_str().ok()), &s.userinfo) {
        (Some("Bearer at"), Some(info)) => Json(info.clone()).into_response(),
        _ => axum::http::StatusCode::UNAUTHORIZED.into_response(),
    }
}

/// What Portico sent the person to the provider with.
#[derive(Clone)]
pub(crate) struct Authorize {
    pub(crate) query: HashMap<String, String>,
}

impl Authorize {
    pub(crate) fn get(&self, name: &str) -> &str {
        self.query.get(name).map(String::as_str).unwrap_or_default()
    }
}

pub(crate) async fn app_with(op: &FakeOp) -> TestApp {
    app_with_max(op, 60).await
}

async fn app_with_max(op: &FakeOp, max_minutes: i64) -> TestApp {
    let file = op.providers_file(&std::env::temp_dir(), max_minutes);
    spawn_app_with(&[("PORTICO_IDENTITY_PROVIDERS", &file), ("TEST_OP_SECRET", "s3cret")]).await
}

/// Portico with the shipped services, bulky waste changed to need the `high` level.
async fn app_with_high_level_service(op: &FakeOp) -> TestApp {
    let file = op.providers_file(&std::env::temp_dir(), 60);
    let dir = std::env::temp_dir().join(format!("services-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services/definitions");
    for entry in std::fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.file_name().unwrap() == "bulky-waste.toml" {
            text = text.replace("sign_in = \"guests_allowed\"", "sign_in = \"guests_allowed\"\nminimum_level = \"high\"");
        }
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    spawn_app_with(&[("PORTICO_IDENTITY_PROVIDERS", &file), ("TEST_OP_SECRET", "s3cret"), ("PORTICO_SERVICES_DIR", &dir.display().to_string())]).await
}

/// Starts a sign-in from `next`: Portico answers with a redirect to the provider.
pub(crate) async fn begin(app: &TestApp, next: &str) -> Authorize {
    let response = app.get(&format!("/sign-in/with/test?next={}", urlencode(next))).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let url = openidconnect::url::Url::parse(&location).unwrap();
    Authorize { query: url.query_pairs().into_owned().collect() }
}

pub(crate) fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

pub(crate) fn claims(op: &FakeOp, nonce: &str, subject: &str) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({
        "iss": op.issuer, "aud": CLIENT, "sub": subject, "iat": now, "exp": now + 300, "nonce": nonce,
        "vot": "Cl.Cm", "sid": format!("sid-{subject}"),
        "given_name": "Ann", "family_name": "Jones", "birthdate": "1970-02-03",
        "email": format!("{subject}@example.org"), "email_verified": true,
    })
}

/// Comes back from the provider with a code for an ID token of `claims`.
pub(crate) async fn come_back(app: &TestApp, op: &FakeOp, auth: &Authorize, claims: Value) -> reqwest::Response {
    let code = uuid::Uuid::new_v4().simple().to_string();
    op.set(|s| {
        s.codes.insert(code.clone(), (claims, auth.get("code_challenge").to_owned()));
    });
    let path = format!("/identity/test/callback?code={code}&state={}&iss={}", urlencode(auth.get("state")), urlencode(&op.issuer));
    app.get(&path).await
}

/// Signs `subject` in from `next`, checking that it worked.
pub(crate) async fn sign_in_as(app: &TestApp, op: &FakeOp, subject: &str, next: &str) {
    let auth = begin(app, next).await;
    let back = come_back(app, op, &auth, claims(op, auth.get("nonce"), subject)).await;
    assert_eq!(back.status(), 303, "{}", back.text().await.unwrap());
    assert_eq!(back.headers()["location"], next);
}

pub(crate) async fn count(app: &TestApp, sql: &str) -> i64 {
    portico::with_db!(&app.state.db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

pub(crate) async fn signed_in(app: &TestApp) -> bool {
    app.get("/profile").await.status() == 200
}

#[tokio::test]
async fn a_first_sign_in_creates_a_citizen_account_with_the_provider_s_verified_claims_in_the_profile() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    let page = app.page("/sign-in").await;
    assert!(page.contains("Sign in with") && page.contains(NAME) && page.contains("/sign-in/with/test"), "the sign-in page offers the provider");

    let auth = begin(&app, "/profile").await;
    // Every sign-in carries a fresh state, a nonce of at least 22 characters, PKCE S256 and the
    // provider's own parameters.
    assert!(auth.get("nonce").len() >= 22 && auth.get("state").len() >= 22);
    assert_eq!(auth.get("code_challenge_method"), "S256");
    assert_eq!(auth.get("client_id"), CLIENT);
    assert_eq!(auth.get("vtr"), r#"["Cl.Cm"]"#);
    assert!(auth.get("scope").split(' ').any(|s| s == "openid") && auth.get("scope").contains("email"));
    assert!(auth.get("redirect_uri").ends_with("/identity/test/callback"));
    let agent = op.state.lock().unwrap().user_agent.clone().unwrap_or_default();
    assert!(agent.starts_with("Portico/"), "outgoing calls name Portico: {agent}");
    // A way back that a redirect could not carry (a line break) is replaced, not a server error.
    let odd = app.get("/sign-in/with/test?next=/%0ASet-Cookie:%20x=1").await;
    assert_eq!(odd.status(), 303);
    let other = begin(&app, "/profile").await;
    assert_ne!((auth.get("state"), auth.get("nonce")), (other.get("state"), other.get("nonce")));

    let back = come_back(&app, &op, &auth, claims(&op, auth.get("nonce"), "ann")).await;
    assert_eq!(back.status(), 303);
    let profile = crate::helpers::strip_isolation(&app.page("/profile").await);
    assert!(profile.contains("Ann Jones"), "the name from the provider");
    assert!(profile.contains(&format!("by {NAME}")), "and where it came from");
    assert!(profile.contains("ann@example.org"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM identities WHERE subject = 'ann' AND account_kind = 'citizen'").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM identity_events WHERE kind IN ('account_created', 'linked')").await, 2);

    // Next time: the same account, found by issuer and subject.
    let again = app.another_browser();
    sign_in_as(&again, &op, "ann", "/profile").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM citizens").await, 1);
}

#[tokio::test]
async fn an_account_is_never_matched_by_email() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    app.citizen("mallory@example.org", PASSWORD).await;
    // Someone at the provider claims the address of a local account.
    let visitor = app.another_browser();
    let auth = begin(&visitor, "/profile").await;
    let mut c = claims(&op, auth.get("nonce"), "someone-else");
    c["email"] = "mallory@example.org".into();
    assert_eq!(come_back(&visitor, &op, &auth, c).await.status(), 303);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM citizens").await, 2, "a new account, not Mallory's");
    assert!(!visitor.page("/profile").await.contains("mallory@example.org"));
}

#[tokio::test]
async fn every_failed_check_of_the_id_token_shows_a_page_and_signs_nobody_in() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    let now = chrono::Utc::now().timestamp();
    type Forge = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Forge, bool)> = vec![
        ("a bad signature", Box::new(|_| {}), true),
        ("another issuer", Box::new(|c| c["iss"] = "http://evil.example".into()), false),
        ("another audience", Box::new(|c| c["aud"] = "someone-else".into()), false),
        ("expired", Box::new(move |c| { c["exp"] = (now - 10).into(); c["iat"] = (now - 100).into(); }), false),
        ("issued in the future", Box::new(move |c| c["iat"] = (now + 3600).into()), false),
        ("the wrong nonce", Box::new(|c| c["nonce"] = "x".repeat(22).into()), false),
        ("no nonce", Box::new(|c| { c.as_object_mut().unwrap().remove("nonce"); }), false),
        ("a level below the minimum", Box::new(|c| c["vot"] = "Cl".into()), false),
        ("a level the provider's settings do not know", Box::new(|c| c["vot"] = "P9".into()), false),
    ];
    for (what, forge, rogue) in cases {
        let auth = begin(&app, "/services/bulky-waste").await;
        let mut c = claims(&op, auth.get("nonce"), "ann");
        forge(&mut c);
        if rogue {
            // Signed with another key under the provider's key id.
            op.set(|s| s.forge_with = Some(key(ROGUE_KEY, "op-1")));
        }
        let back = come_back(&app, &op, &auth, c).await;
        assert_eq!(back.status(), 400, "{what}");
        let html = back.text().await.unwrap();
        assert!(html.contains(r#"href="/services/bulky-waste""#), "{what}: a way back to where the person was");
        assert!(html.contains("Anything you had already entered has been kept"), "{what}");
        assert!(!signed_in(&app).await, "{what} signed someone in");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM citizens").await, 0);
}

#[tokio::test]
async fn a_replayed_or_forged_state_or_a_callback_naming_another_issuer_is_refused() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    let auth = begin(&app, "/profile").await;
    let code = "c-1";
    op.set(|s| {
        s.codes.insert(code.into(), (claims(&op, auth.get("nonce"), "ann"), auth.get("code_challenge").to_owned()));
    });
    // Another issuer on the callback (mix-up): refused, and the state is used up.
    let mixed = app.get(&format!("/identity/test/callback?code={code}&state={}&iss={}", urlencode(auth.get("state")), urlencode("http://evil.example"))).await;
    assert_eq!(mixed.status(), 400);
    // The same state again: gone.
    let replayed = app.get(&format!("/identity/test/callback?code={code}&state={}&iss={}", urlencode(auth.get("state")), urlencode(&op.issuer))).await;
    assert_eq!(replayed.status(), 400);
    assert!(title_of(&replayed.text().await.unwrap()).contains("Your sign-in expired"));
    // A state this browser never started, or one started in another browser.
    let other = app.another_browser();
    let theirs = begin(&other, "/profile").await;
    let forged = come_back(&app, &op, &theirs, claims(&op, theirs.get("nonce"), "ann")).await;
    assert_eq!(forged.status(), 400);
    // No `iss` from a provider that promises one.
    let auth = begin(&app, "/profile").await;
    let missing = app.get(&format!("/identity/test/callback?code=c-2&state={}", urlencode(auth.get("state")))).await;
    assert_eq!(missing.status(), 400);
    // And a replayed callback after a successful one.
    let auth = begin(&app, "/profile").await;
    let code = "c-3";
    op.set(|s| {
        s.codes.insert(code.into(), (claims(&op, auth.get("nonce"), "ann"), auth.get("code_challenge").to_owned()));
    });
    let path = format!("/identity/test/callback?code={code}&state={}&iss={}", urlencode(auth.get("state")), urlencode(&op.issuer));
    assert_eq!(app.get(&path).await.status(), 303);
    let stranger = app.another_browser();
    assert_eq!(stranger.get(&path).await.status(), 400, "a stolen callback address works for nobody else");
    assert!(!signed_in(&stranger).await);
}

#[tokio::test]
async fn a_cancelled_or_failed_sign_in_returns_the_guest_to_their_answers_intact() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    // A guest has answered every question of bulky waste, and is at check your answers.
    crate::journey::answer_bulky_waste(&app.client, &app.address, "guest@example.org").await.unwrap();
    let question = "/services/bulky-waste/check-answers";
    let before = app.page(question).await;
    assert!(before.contains("2 Low Street") && before.contains("guest@example.org"));

    for (error, title, status) in [("access_denied", "You did not sign in", 200), ("login_required", "You need to sign in with", 200), ("server_error", "could not sign you in", 502)] {
        let auth = begin(&app, question).await;
        let back = app.get(&format!("/identity/test/callback?error={error}&state={}&iss={}", urlencode(auth.get("state")), urlencode(&op.issuer))).await;
        assert_eq!(back.status(), status, "{error}");
        let html = back.text().await.unwrap();
        assert!(crate::helpers::strip_isolation(&title_of(&html)).contains(title), "{error}: {}", title_of(&html));
        assert!(html.contains(&format!("href=\"{question}\"")), "{error}: the way back");
    }
    // A forged token and a provider gone down on the way back lose nothing either.
    let auth = begin(&app, question).await;
    let mut forged = claims(&op, auth.get("nonce"), "ann");
    forged["aud"] = "someone-else".into();
    assert_eq!(come_back(&app, &op, &auth, forged).await.status(), 400);
    let after = app.page(question).await;
    assert!(after.contains("2 Low Street") && after.contains("guest@example.org"), "the guest's answers are all there");
}

#[tokio::test]
async fn a_provider_that_is_down_gets_a_page_and_its_last_good_copy_keeps_working() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    op.set(|s| s.down = true);
    let down = app.get("/sign-in/with/test?next=/profile").await;
    assert_eq!(down.status(), 503);
    let html = down.text().await.unwrap();
    assert!(crate::helpers::strip_isolation(&html).contains(&format!("{NAME} is not available")), "{html}");
    // Up again: discovery is fetched and kept; down again, the last good copy is used.
    op.set(|s| s.down = false);
    sign_in_as(&app.another_browser(), &op, "ann", "/profile").await;
    op.set(|s| s.down = true);
    sign_in_as(&app.another_browser(), &op, "ann", "/profile").await;
    // A redirect instead of the document is not followed.
    let op = FakeOp::start().await;
    let app2 = app_with(&op).await;
    op.set(|s| s.redirect = true);
    assert_eq!(app2.get("/sign-in/with/test").await.status(), 503, "no redirect is followed");
    assert_eq!(op.state.lock().unwrap().key_fetches, 0);
    // A provider nobody can reach at all.
    let nowhere = FakeOp { issuer: "http://127.0.0.1:9".into(), state: Default::default() };
    let app = app_with(&nowhere).await;
    assert_eq!(app.get("/sign-in/with/test").await.status(), 503);
}

#[tokio::test]
async fn keys_the_provider_rotated_are_fetched_again_once() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    sign_in_as(&app.another_browser(), &op, "ann", "/profile").await;
    let fetched = op.state.lock().unwrap().key_fetches;
    // The provider rotates to a new key; Portico has only the old one cached.
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    let rotated = key(ROGUE_KEY, "op-2");
    op.set(|s| {
        s.key = Some(rotated.clone());
        s.published = vec![rotated];
    });
    sign_in_as(&app.another_browser(), &op, "ann", "/profile").await;
    assert_eq!(op.state.lock().unwrap().key_fetches, fetched + 1, "fetched once more");
}

#[tokio::test]
async fn linking_needs_the_password_then_the_provider_and_is_listed_removable_and_audited() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    app.citizen("bob@example.org", PASSWORD).await;
    assert_eq!(app.sign_in("bob@example.org", PASSWORD).await.status(), 303);
    let page = app.page("/profile/sign-in-methods").await;
    assert!(page.contains("You sign in with your email address and password only"));
    // A wrong password goes nowhere.
    let wrong = app.submit_to("/profile/sign-in-methods", "/profile/sign-in-methods/add", &[("provider", "test"), ("current_password", "not my password at all")]).await;
    assert_eq!(wrong.status(), 422);
    let right = app.submit_to("/profile/sign-in-methods", "/profile/sign-in-methods/add", &[("provider", "test"), ("current_password", PASSWORD)]).await;
    assert_eq!(right.status(), 303);
    let url = openidconnect::url::Url::parse(right.headers()["location"].to_str().unwrap()).unwrap();
    let auth = Authorize { query: url.query_pairs().into_owned().collect() };
    let back = come_back(&app, &op, &auth, claims(&op, auth.get("nonce"), "bob-at-op")).await;
    assert_eq!(back.headers()["location"], "/profile/sign-in-methods?added=1");
    let page = app.page("/profile/sign-in-methods").await;
    assert!(page.contains(NAME) && page.contains("Remove"));

    // Bob can now sign in with the provider, into the same account.
    let elsewhere = app.another_browser();
    sign_in_as(&elsewhere, &op, "bob-at-op", "/profile").await;
    assert!(elsewhere.page("/profile").await.contains("bob@example.org"));

    // The same provider account cannot be linked to a second account.
    let carol = app.another_browser();
    carol.citizen("carol@example.org", PASSWORD).await;
    carol.sign_in("carol@example.org", PASSWORD).await;
    let started = carol.submit_to("/profile/sign-in-methods", "/profile/sign-in-methods/add", &[("provider", "test"), ("current_password", PASSWORD)]).await;
    let url = openidconnect::url::Url::parse(started.headers()["location"].to_str().unwrap()).unwrap();
    let auth = Authorize { query: url.query_pairs().into_owned().collect() };
    assert_eq!(come_back(&carol, &op, &auth, claims(&op, auth.get("nonce"), "bob-at-op")).await.status(), 409);

    // Removing it.
    let id = count(&app, "SELECT id FROM identities WHERE subject = 'bob-at-op'").await;
    let removed = app.submit_to("/profile/sign-in-methods", &format!("/profile/sign-in-methods/{id}/remove"), &[]).await;
    assert_eq!(removed.headers()["location"], "/profile/sign-in-methods?removed=1");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM identities").await, 0);
    let kinds: Vec<String> = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT kind FROM identity_events ORDER BY id").fetch_all(pool).await).unwrap();
    assert_eq!(kinds, ["linked", "unlinked"]);
}

#[tokio::test]
async fn the_last_way_into_an_account_without_a_password_cannot_be_removed() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    sign_in_as(&app, &op, "dan", "/profile").await;
    let page = app.page("/profile/sign-in-methods").await;
    assert!(page.contains("cannot be removed") && !page.contains("/remove\""));
    let id = count(&app, "SELECT id FROM identities").await;
    let refused = app.submit_to("/profile/sign-in-methods", &format!("/profile/sign-in-methods/{id}/remove"), &[]).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM identities").await, 1);
}

#[tokio::test]
async fn signing_out_ends_the_provider_s_session_too() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    sign_in_as(&app, &op, "ann", "/profile").await;
    let csrf = app.csrf("/profile").await;
    let out = app.post("/sign-out", &[("csrf_token", &csrf)]).await;
    assert_eq!(out.status(), 303);
    let location = out.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&format!("{}/session/end?", op.issuer)), "{location}");
    assert!(location.contains("id_token_hint=") && location.contains(&urlencode(&format!("{}/signed-out", app.address))));
    assert!(!signed_in(&app).await);
    // The pages allow a form to lead there (a browser applies form-action to the redirect).
    let csp = app.get("/sign-in").await.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains(&format!("form-action 'self' {}", op.issuer)), "{csp}");
}

#[tokio::test]
async fn a_back_channel_logout_ends_every_session_of_that_person_and_works_once() {
    let op = FakeOp::start().await;
    let app = app_with(&op).await;
    let laptop = app.another_browser();
    let phone = app.another_browser();
    let someone = app.another_browser();
    sign_in_as(&laptop, &op, "ann", "/profile").await;
    sign_in_as(&phone, &op, "ann", "/profile").await;
    sign_in_as(&someone, &op, "zed", "/profile").await;
    let now = chrono::Utc::now().timestamp();
    let logout = |claims: Value, with: &Arc<SigningKey>| with.sign(&claims).unwrap();
    let good = json!({
        "iss": op.issuer, "aud": CLIENT, "iat": now, "exp": now + 120, "jti": "logout-1", "sub": "ann",
        "events": { "http://schemas.openid.net/event/backchannel-logout": {} }
    });
    let op_key = op.state.lock().unwrap().key.clone().unwrap();
    let post = |token: String| {
        // The provider's server: no Origin, no cookies, no form token.
        let client = reqwest::Client::new();
        let url = app.url("/identity/test/back-channel-logout");
        async move { client.post(url).form(&[("logout_token", token)]).send().await.unwrap() }
    };
    // Forged: another key, and an ID token passed off as a logout token.
    assert_eq!(post(logout(good.clone(), &key(ROGUE_KEY, "op-1"))).await.status(), 400);
    let mut id_token = good.clone();
    id_token["nonce"] = "n".into();
    assert_eq!(post(logout(id_token, &op_key)).await.status(), 400);
    assert!(signed_in(&laptop).await && signed_in(&phone).await);

    let done = post(logout(good.clone(), &op_key)).await;
    assert_eq!(done.status(), 200);
    assert_eq!(done.headers()["cache-control"], "no-store");
    assert!(!signed_in(&laptop).await && !signed_in(&phone).await, "both of Ann's sessions ended");
    assert!(signed_in(&someone).await, "nobody else's");
    // The same token again: refused (replay).
    assert_eq!(post(logout(good, &op_key)).await.status(), 400);
}

#[tokio::test]
async fn a_session_never_outlives_the_provider_s_stated_maximum() {
    let op = FakeOp::start().await;
    let app = app_with_max(&op, 1).await;
    sign_in_as(&app, &op, "ann", "/profile").await;
    let terms = {
        let id: String = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT session_id FROM identity_sessions").fetch_one(pool).await).unwrap();
        let record = tower_sessions::SessionStore::load(&app.state.sessions, &id.parse().unwrap()).await.unwrap().unwrap();
        record.data["auth"]["terms"].clone()
    };
    let ends = terms["ends_at"].as_i64().unwrap();
    let now = chrono::Utc::now().timestamp();
    assert!((now + 50..=now + 61).contains(&ends), "a minute, as configured: {terms}");
    assert_eq!(terms["level"], "medium");
}

#[tokio::test]
async fn a_service_that_needs_a_higher_level_sends_the_citizen_to_step_up_and_back_to_the_same_question() {
    let op = FakeOp::start().await;
    let app = app_with_high_level_service(&op).await;
    let question = "/services/bulky-waste/items";
    // A guest must sign in first.
    let guest = app.another_browser().get(question).await;
    assert!(guest.headers()["location"].to_str().unwrap().starts_with("/sign-in?next="));
    // Signed in at the provider's usual level (medium): sent to step up, for this service only.
    sign_in_as(&app, &op, "ann", "/profile").await;
    assert_eq!(app.get("/services/parking-permit").await.status(), 200, "other services are not affected");
    let asked = app.get(question).await;
    assert_eq!(asked.status(), 303);
    let step_up = asked.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(step_up, format!("/sign-in/step-up?level=high&next={}", urlencode(question)));
    let to_provider = app.get(&step_up).await;
    assert_eq!(to_provider.status(), 303);
    let url = openidconnect::url::Url::parse(to_provider.headers()["location"].to_str().unwrap()).unwrap();
    let auth = Authorize { query: url.query_pairs().into_owned().collect() };
    assert_eq!(auth.get("vtr"), r#"["Cl.Cm.P2"]"#, "the provider is asked for the higher level");
    // The provider answers at the old level: refused, with the way back.
    let mut c = claims(&op, auth.get("nonce"), "ann");
    let low = come_back(&app, &op, &auth, c.clone()).await;
    assert_eq!(low.status(), 400);
    // Again, reaching it: back to the same question.
    let auth = {
        let again = app.get(&step_up).await;
        let url = openidconnect::url::Url::parse(again.headers()["location"].to_str().unwrap()).unwrap();
        Authorize { query: url.query_pairs().into_owned().collect() }
    };
    c["nonce"] = auth.get("nonce").into();
    c["vot"] = "Cl.Cm.P2".into();
    let back = come_back(&app, &op, &auth, c).await;
    assert_eq!(back.status(), 303, "{}", back.text().await.unwrap());
    assert_eq!(back.headers()["location"], question);
    assert_eq!(app.get(question).await.status(), 200);
    // A citizen with only a password is told what is needed.
    let bob = app.another_browser();
    bob.citizen("bob@example.org", PASSWORD).await;
    bob.sign_in("bob@example.org", PASSWORD).await;
    let sent = bob.get(question).await;
    let page = bob.get(sent.headers()["location"].to_str().unwrap()).await;
    assert_eq!(page.status(), 403);
    let html = page.text().await.unwrap();
    assert!(html.contains(NAME) && html.contains("/profile/sign-in-methods"));
}

#[tokio::test]
async fn what_the_id_token_leaves_out_comes_from_userinfo_about_the_same_person() {
    // As GOV.UK One Login does: the ID token names the person, userinfo gives the email and phone.
    let op = FakeOp::start().await;
    let file = op.providers_file_with(&std::env::temp_dir(), 60, "userinfo = true");
    let app = spawn_app_with(&[("PORTICO_IDENTITY_PROVIDERS", &file), ("TEST_OP_SECRET", "s3cret")]).await;
    op.set(|s| s.userinfo = Some(json!({ "sub": "ann", "email": "ann@example.org", "email_verified": true, "phone_number": "+447700900123", "phone_number_verified": true })));
    let auth = begin(&app, "/profile").await;
    let mut c = claims(&op, auth.get("nonce"), "ann");
    for claim in ["email", "email_verified"] {
        c.as_object_mut().unwrap().remove(claim);
    }
    assert_eq!(come_back(&app, &op, &auth, c).await.status(), 303);
    let profile = crate::helpers::strip_isolation(&app.page("/profile").await);
    assert!(profile.contains("ann@example.org") && profile.contains("+447700900123"), "from userinfo");
    // Userinfo about someone else: refused.
    op.set(|s| s.userinfo = Some(json!({ "sub": "mallory", "email": "m@example.org", "email_verified": true })));
    let other = app.another_browser();
    let auth = begin(&other, "/profile").await;
    let c = claims(&op, auth.get("nonce"), "zed");
    assert_eq!(come_back(&other, &op, &auth, c).await.status(), 400);
    assert!(!signed_in(&other).await);
}
