//! Signing in through a real OpenID provider: npm `oidc-provider` (OpenID Certified), pinned by
//! `tests/oidc/package-lock.json` and installed by `./dev.sh test` (`npm ci` in `tests/oidc`).
//! Each test starts it on a free port with two clients: one like GOV.UK One Login
//! (`private_key_jwt` with Portico's published key, ES256, a `vtr` parameter, a level in `acr`,
//! back-channel logout) and one like Entra ID (client secret, RS256, group claims).

use crate::helpers::{spawn_app_on, strip_isolation, title_of, TestApp};
use std::path::Path;
use tokio::io::AsyncBufReadExt;

/// The provider's process; it ends with the test.
struct Op {
    issuer: String,
    _child: tokio::process::Child,
}

async fn start_op(portico: &str) -> Op {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
    assert!(
        dir.join("node_modules/oidc-provider").is_dir(),
        "the test identity provider is not installed: run ./dev.sh test, or npm ci --ignore-scripts in tests/oidc"
    );
    let mut child = tokio::process::Command::new("node")
        .arg("provider.mjs")
        .current_dir(&dir)
        .env("PORTICO_URL", portico)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("node runs");
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    // Node starts in a second or two; on a loaded machine running the whole suite, much longer.
    let issuer = tokio::time::timeout(std::time::Duration::from_secs(90), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Ok(json) = serde_json::from_str::<serde_json::Value>(&line) {
                return json["issuer"].as_str().unwrap().to_owned();
            }
        }
        panic!("the provider stopped before it was ready");
    })
    .await
    .expect("the provider starts within 90 s");
    // Keep reading its output so that it never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Op { issuer, _child: child }
}

/// Portico with both providers, and the provider itself.
async fn portico_and_op() -> (TestApp, Op) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let op = start_op(&address).await;
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc/portico-test-key.pem");
    let file = std::env::temp_dir().join(format!("providers-{}.toml", uuid::Uuid::new_v4().simple()));
    std::fs::write(
        &file,
        format!(
            r#"
[signing_key]
file = "{key}"
kid = "portico-test"

[[provider]]
id = "one-login"
for = "citizens"
name = "GOV.UK One Login"
issuer = "{issuer}"
client_id = "one-login-like"
client_auth = "private_key_jwt"
scopes = ["email", "profile"]
authorization_params = {{ vtr = '["Cl.Cm"]' }}
level_claim = "acr"
levels = {{ medium = "Cl.Cm", high = "Cl.Cm.P2" }}
level_params = {{ high = {{ vtr = '["Cl.Cm.P2"]' }} }}
minimum_level = "medium"
signing_algs = ["ES256"]
max_session_minutes = 60

[[provider]]
id = "entra"
for = "staff"
name = "Council staff sign-in"
issuer = "{issuer}"
client_id = "entra-like"
client_auth = "client_secret"
client_secret_env = "TEST_ENTRA_SECRET"
scopes = ["email", "profile", "groups"]
callback_path = "/staff/sign-in/entra/callback"
signing_algs = ["RS256"]
[provider.group_roles]
"g-caseworkers" = "caseworker"
"#,
            key = key.display(),
            issuer = op.issuer
        ),
    )
    .unwrap();
    let app = spawn_app_on(listener, &[("PORTICO_IDENTITY_PROVIDERS", &file.display().to_string()), ("TEST_ENTRA_SECRET", "entra-secret-for-tests")]).await;
    (app, op)
}

/// Follows redirects as a browser would, from `start` on Portico through the provider, where
/// the person signs in as `account` (or cancels, with `None`), until Portico answers the callback.
async fn through_provider(app: &TestApp, op: &Op, start: &str, account: Option<&str>) -> reqwest::Response {
    let mut url = openidconnect::url::Url::parse(&app.url(start)).unwrap();
    let mut at_provider = false;
    for _ in 0..20 {
        let response = app.client.get(url.clone()).send().await.unwrap();
        if at_provider && url.as_str().starts_with(&app.address) {
            return response;
        }
        assert!(response.status().is_redirection(), "{url} answered {}: {}", response.status(), response.text().await.unwrap());
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        url = url.join(&location).unwrap();
        if url.as_str().starts_with(&op.issuer) {
            at_provider = true;
            if url.path().starts_with("/interaction/") {
                match account {
                    Some(account) => url.query_pairs_mut().append_pair("as", account),
                    None => url.query_pairs_mut().append_pair("deny", "1"),
                };
            }
        }
    }
    panic!("too many redirects");
}

#[tokio::test]
async fn a_citizen_signs_in_through_a_one_login_like_provider_and_gets_an_account_with_its_claims() {
    let (app, op) = portico_and_op().await;
    let back = through_provider(&app, &op, "/sign-in/with/one-login?next=/applications", Some("ann")).await;
    assert_eq!(back.status(), 303, "{}", back.text().await.unwrap());
    assert_eq!(back.headers()["location"], "/applications");
    let profile = strip_isolation(&app.page("/profile").await);
    assert!(profile.contains("Ann Jones") && profile.contains("by GOV.UK One Login"), "the provider's claims, with their source");
    assert!(profile.contains("ann@example.org"));
    // Portico's key is published for the provider, which checked the client assertion with it.
    let jwks: serde_json::Value = app.get("/identity/jwks.json").await.json().await.unwrap();
    assert_eq!(jwks["keys"][0]["kid"], "portico-test");
    assert!(jwks["keys"][0].get("d").is_none(), "the public half only");

    // Signing out ends the provider's session too.
    let csrf = app.csrf("/profile").await;
    let out = app.post("/sign-out", &[("csrf_token", &csrf)]).await;
    let location = out.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&format!("{}/session/end?", op.issuer)), "{location}");
}

#[tokio::test]
async fn a_cancelled_sign_in_at_the_provider_comes_back_to_a_page_that_leads_back() {
    let (app, op) = portico_and_op().await;
    let back = through_provider(&app, &op, "/sign-in/with/one-login?next=/services/bulky-waste", None).await;
    assert_eq!(back.status(), 200);
    let html = back.text().await.unwrap();
    assert_eq!(strip_isolation(&title_of(&html)), "You did not sign in – Portico");
    assert!(html.contains(r#"href="/services/bulky-waste""#));
}

#[tokio::test]
async fn staff_sign_in_through_an_entra_like_provider_by_their_groups() {
    let (app, op) = portico_and_op().await;
    let page = app.page("/staff/sign-in").await;
    assert!(page.contains("/sign-in/with/entra"));
    let back = through_provider(&app, &op, "/sign-in/with/entra", Some("sam")).await;
    assert_eq!(back.status(), 303, "{}", back.text().await.unwrap());
    assert_eq!(back.headers()["location"], "/staff");
    assert_eq!(app.get("/staff/requests").await.status(), 200, "a caseworker, by the group");
    // Someone whose groups give no role is told so, and is not signed in.
    let other = app.another_browser();
    let refused = through_provider(&other, &op, "/sign-in/with/entra", Some("pat")).await;
    assert_eq!(refused.status(), 403);
    assert_ne!(other.get("/staff/requests").await.status(), 200);

    // An admin links Pat's existing account (another address: never matched by email).
    let _pat = crate::casework::staff(&app, "patricia@council.example", "caseworker", &["waste"]).await;
    let admin = crate::casework::staff(&app, "ad@council.example", "admin", &[]).await;
    let pat: i64 = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = 'patricia@council.example'").fetch_one(pool).await).unwrap();
    let page = "/staff/admin/identities";
    let done = admin.submit_to(page, page, &[("staff", &pat.to_string()), ("provider", "entra"), ("subject", "pat")]).await;
    assert_eq!(done.status(), 303, "the admin links Pat on the admins' page");
    let linked = app.another_browser();
    assert_eq!(through_provider(&linked, &op, "/sign-in/with/entra", Some("pat")).await.status(), 303);
    assert_eq!(linked.get("/staff/requests").await.status(), 200, "Pat is now her own account");
    assert!(portico::identity::link_staff(&app.state, "nobody@council.example", "entra", "x").await.is_err());
    assert!(portico::identity::link_staff(&app.state, "patricia@council.example", "one-login", "x").await.is_err(), "a citizens' provider");
}

#[tokio::test]
async fn signing_out_at_the_provider_ends_every_portico_session_of_that_person() {
    let (app, op) = portico_and_op().await;
    let laptop = app.another_browser();
    let phone = app.another_browser();
    for browser in [&laptop, &phone] {
        assert_eq!(through_provider(browser, &op, "/sign-in/with/one-login", Some("ann")).await.status(), 303);
        assert_eq!(browser.get("/profile").await.status(), 200);
    }
    // On the laptop: sign out of Portico, then confirm at the provider, which tells Portico
    // (back-channel) that Ann signed out: the phone's session ends too.
    let csrf = laptop.csrf("/profile").await;
    let out = laptop.post("/sign-out", &[("csrf_token", &csrf)]).await;
    let end = out.headers()["location"].to_str().unwrap().to_owned();
    let confirm = laptop.client.get(&end).send().await.unwrap().text().await.unwrap();
    let xsrf = confirm.split("name=\"xsrf\" value=\"").nth(1).expect("the provider's confirmation form").split('"').next().unwrap().to_owned();
    let done = laptop.client.post(format!("{}/session/end/confirm", op.issuer)).form(&[("xsrf", xsrf.as_str()), ("logout", "yes")]).send().await.unwrap();
    assert!(done.status().is_redirection(), "{}", done.status());
    assert!(done.headers()["location"].to_str().unwrap().starts_with(&format!("{}/signed-out", app.address)));
    assert_eq!(phone.get("/profile").await.status(), 303, "the phone is signed out too");
}
