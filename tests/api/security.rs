use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn pages_allow_only_scripts_that_carry_this_responses_nonce() {
    let app = spawn_app().await;

    let response = app.get("/").await;
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let html = response.text().await.unwrap();

    let script_src = csp.split(';').map(str::trim).find(|d| d.starts_with("script-src")).unwrap();
    assert!(!script_src.contains("unsafe-inline"), "{csp}");
    let nonce = script_src.split_whitespace().find_map(|s| s.strip_prefix("'nonce-")).unwrap().trim_end_matches('\'');
    assert!(nonce.len() >= 16);
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)), "the island loader carries the nonce");
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("object-src 'none'"));

    let again = app.get("/").await;
    assert_ne!(again.headers()["content-security-policy"].to_str().unwrap(), csp, "a new nonce per response");
}

#[tokio::test]
async fn every_response_has_nosniff_a_referrer_policy_and_refuses_frames() {
    let app = spawn_app().await;
    for path in ["/", "/healthz", "/pkg/portico.css", "/missing"] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert!(headers.get("strict-transport-security").is_none(), "no HSTS on plain http: {path}");
    }
}

#[tokio::test]
async fn hsts_is_sent_when_secure_cookies_are_on() {
    let app = spawn_app_with(&[("PORTICO_SECURE_COOKIES", "true")]).await;
    let response = app.get("/").await;
    assert!(response.headers()["strict-transport-security"].to_str().unwrap().contains("max-age=31536000"));
}

#[tokio::test]
async fn pages_are_not_stored_in_shared_caches() {
    let app = spawn_app().await;
    assert_eq!(app.get("/").await.headers()["cache-control"], "no-store");
}
