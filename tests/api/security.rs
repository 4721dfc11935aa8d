use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn pages_allow_only_scripts_that_carry_this_responses_nonce() {
    let app = spawn_app().await;

    // The sign-in page has an island (show password), so it loads the island script.
    let response = app.get("/sign-in").await;
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let html = response.text().await.unwrap();

    let script_src = csp.split(';').map(str::trim).find(|d| d.starts_with("script-src")).unwrap();
    assert!(!script_src.contains("unsafe-inline"), "{csp}");
    let nonce = script_src.split_whitespace().find_map(|s| s.strip_prefix("'nonce-")).unwrap().trim_end_matches('\'');
    assert!(nonce.len() >= 16);
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)), "the island loader carries the nonce");
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("object-src 'none'"));

    let again = app.get("/sign-in").await;
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

/// Markup a hostile person might type, and what must never reach a page unescaped.
const PAYLOADS: [(&str, &str); 3] = [
    ("<script>alert('item')</script>", "<script>alert("),
    ("\"><img src=x onerror=alert(1)>", "<img src=x"),
    ("</textarea><svg onload=alert(2)>", "<svg onload"),
];

#[tokio::test]
async fn markup_typed_into_answers_is_shown_as_text_on_check_your_answers_and_the_staff_page() {
    use crate::services::{add_item, answer_in, first_offered_date, submit_from_check_answers};
    let app = crate::helpers::spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "other-only")]).await;
    add_item(&app, 1, PAYLOADS[0].0, "large").await;
    answer_in(&app, "bulky-waste", "other-items", &[("add_another", "no")]).await;
    answer_in(&app, "bulky-waste", "address", &[("address-line1", PAYLOADS[1].0), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;
    answer_in(&app, "bulky-waste", "location", &[("location", "elsewhere"), ("location-details", PAYLOADS[2].0)]).await;
    let date = first_offered_date(&app, "/services/bulky-waste/date").await;
    answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
    answer_in(&app, "bulky-waste", "phone", &[("phone", "07700 900123")]).await;
    answer_in(&app, "bulky-waste", "email", &[("email", "guest@example.org")]).await;

    let check = app.page("/services/bulky-waste/check-answers").await;
    let item_page = app.page("/services/bulky-waste/other-items?item=1").await;
    let confirmation = submit_from_check_answers(&app, "bulky-waste").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    let worker = crate::casework::staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let staff_page = worker.page(&format!("/staff/requests/{reference}")).await;
    let queue = worker.page(&format!("/staff/requests?q={reference}")).await;
    for (name, html) in [("check your answers", &check), ("the item's page", &item_page), ("the staff request page", &staff_page), ("the queue", &queue)] {
        for (_, raw) in PAYLOADS {
            assert!(!html.contains(raw), "{name} shows {raw} as markup");
        }
    }
    assert!(check.contains("&lt;script&gt;alert(") && staff_page.contains("&lt;img src=x"), "shown as text, escaped");
}

#[tokio::test]
async fn no_return_address_leads_off_the_site_after_signing_in() {
    let app = crate::helpers::spawn_app().await;
    app.citizen("ria@example.org", crate::helpers::PASSWORD).await;
    portico::auth::staff::add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "st@council.example", "St", "caseworker", Some("a long staff passphrase"))
        .await
        .unwrap();
    let hostile = ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/%2F%2Fevil.example", "http:/evil.example"];
    for next in hostile {
        let citizen = app.another_browser();
        let signed_in = citizen.submit(&format!("/sign-in?next={}", urlencode(next)), &[("email", "ria@example.org"), ("password", crate::helpers::PASSWORD), ("next", next)]).await;
        let to = signed_in.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.starts_with('/') && !to.starts_with("//") && !to.contains('\\') && !to.contains(':'), "citizen sign-in with next={next} went to {to}");
        let staff = app.another_browser();
        let signed_in = staff.submit(&format!("/staff/sign-in?next={}", urlencode(next)), &[("email", "st@council.example"), ("password", "a long staff passphrase"), ("next", next)]).await;
        let to = signed_in.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.starts_with('/') && !to.starts_with("//") && !to.contains('\\') && !to.contains(':'), "staff sign-in with next={next} went to {to}");
    }
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
