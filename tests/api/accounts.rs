use crate::helpers::{csrf_in, spawn_app, spawn_app_with, PASSWORD};

#[tokio::test]
async fn a_new_citizen_creates_an_account_confirms_the_email_and_signs_in() {
    let app = spawn_app().await;

    let created = app.submit("/account/create", &[("email", "Ann@Example.org"), ("password", PASSWORD)]).await;
    assert_eq!(created.status(), 303);
    assert_eq!(created.headers()["location"], "/account/check-email");
    let (kind, _, _) = app.last_email("ann@example.org").await.expect("a verification email");
    assert_eq!(kind, "verify-email");

    // Not confirmed yet: signing in sends a new link instead.
    let early = app.sign_in("ann@example.org", PASSWORD).await;
    assert_eq!(early.headers()["location"], "/account/check-email");

    let link = app.link_in_email("ann@example.org").await;
    assert!(link.starts_with("/account/verify?token="));
    assert_eq!(app.get(&link).await.status(), 200);

    let signed_in = app.sign_in("ann@example.org", PASSWORD).await;
    assert_eq!(signed_in.status(), 303);
    assert_eq!(signed_in.headers()["location"], "/profile");
    let page = app.page("/account/change-password").await;
    assert!(page.contains(r#"action="/sign-out""#), "the header offers sign-out");
}

#[tokio::test]
async fn a_verification_link_works_once() {
    let app = spawn_app().await;
    app.submit("/account/create", &[("email", "bo@example.org"), ("password", PASSWORD)]).await;
    let link = app.link_in_email("bo@example.org").await;

    assert_eq!(app.get(&link).await.status(), 200);
    assert_eq!(app.get(&link).await.status(), 410);
    assert_eq!(app.get("/account/verify?token=made-up").await.status(), 410);
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in_and_sign_out() {
    let app = spawn_app().await;
    app.citizen("cy@example.org", PASSWORD).await;

    let token = app.csrf("/sign-in").await;
    let before = app.cookie("portico_session").expect("a session for the form");
    let response = app.post("/sign-in", &[("email", "cy@example.org"), ("password", PASSWORD), ("csrf_token", &token)]).await;
    assert_eq!(response.status(), 303);
    let after = app.cookie("portico_session").expect("a session after sign-in");
    assert_ne!(before, after);

    let token = csrf_in(&app.page("/account/change-password").await).unwrap();
    let out = app.post("/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(out.headers()["location"], "/signed-out");
    assert_ne!(app.cookie("portico_session"), Some(after));
    assert_eq!(app.get("/account/change-password").await.status(), 303, "signed out for real");
}

#[tokio::test]
async fn a_form_without_the_sessions_csrf_token_is_refused_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    app.citizen("di@example.org", PASSWORD).await;
    app.csrf("/sign-in").await;

    let missing = app.post("/sign-in", &[("email", "di@example.org"), ("password", PASSWORD)]).await;
    let wrong = app.post("/sign-in", &[("email", "di@example.org"), ("password", PASSWORD), ("csrf_token", "guess")]).await;

    for response in [missing, wrong] {
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("This form has expired"));
        assert!(html.contains(r#"value="di@example.org""#), "the email typed is kept");
    }
    assert_eq!(app.get("/account/change-password").await.status(), 303, "not signed in");
}

#[tokio::test]
async fn a_post_from_another_site_gets_the_translated_page_expired() {
    let app = spawn_app().await;
    let token = app.csrf("/sign-in").await;

    let response = app
        .client
        .post(app.url("/sign-in"))
        .header("origin", "https://evil.example")
        .header("accept-language", "cy")
        .form(&[("email", "x@example.org"), ("password", PASSWORD), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 403);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="cy""#));
    assert!(!html.contains("This page has expired"), "translated");
}

#[tokio::test]
async fn sign_in_is_throttled_after_five_failures_even_with_the_right_password() {
    let app = spawn_app().await;
    app.citizen("ed@example.org", PASSWORD).await;

    for _ in 0..5 {
        let response = app.sign_in("ed@example.org", "wrong password here").await;
        assert_eq!(response.status(), 422);
    }
    let blocked = app.sign_in("ed@example.org", PASSWORD).await;

    assert_eq!(blocked.status(), 422);
    assert!(blocked.text().await.unwrap().contains("too many times"));
}

#[tokio::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    app.citizen("fay@example.org", PASSWORD).await;

    let unknown = app.sign_in("nobody@example.org", "some password 1").await;
    let wrong = app.sign_in("fay@example.org", "some password 1").await;

    assert_eq!(unknown.status(), wrong.status());
    let strip = |html: String, email: &str| {
        let token = csrf_in(&html).unwrap();
        let nonce_at = html.find("nonce=\"").unwrap() + 7;
        let nonce = html[nonce_at..].split('"').next().unwrap().to_owned();
        html.replace(&token, "TOKEN").replace(email, "EMAIL").replace(&nonce, "NONCE")
    };
    assert_eq!(
        strip(unknown.text().await.unwrap(), "nobody@example.org"),
        strip(wrong.text().await.unwrap(), "fay@example.org")
    );
}

#[tokio::test]
async fn signing_up_with_a_known_email_tells_its_owner_not_the_screen() {
    let app = spawn_app().await;
    app.citizen("gil@example.org", PASSWORD).await;

    let again = app.submit("/account/create", &[("email", "gil@example.org"), ("password", "another long password")]).await;

    assert_eq!(again.status(), 303);
    assert_eq!(again.headers()["location"], "/account/check-email");
    let (kind, _, _) = app.last_email("gil@example.org").await.unwrap();
    assert_eq!(kind, "account-exists");
}

#[tokio::test]
async fn new_passwords_follow_the_rules_with_clear_errors() {
    let app = spawn_app().await;
    for (password, message) in [
        ("short", "must be 10 characters or more"),
        ("password123", "too common"),
        ("", "Create a password"),
    ] {
        let response = app.submit("/account/create", &[("email", "hal@example.org"), ("password", password)]).await;
        assert_eq!(response.status(), 422, "{password}");
        let html = response.text().await.unwrap();
        assert!(html.contains(message), "{password}: {message}");
        assert!(html.contains("<title>Error: "), "error title");
        assert!(html.contains(r##"href="#password""##), "the summary links to the field");
        assert!(html.contains(r#"aria-describedby="password-hint password-error""#));
        assert!(html.contains(r#"value="hal@example.org""#));
    }
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_hashes() {
    let app = spawn_app().await;
    app.citizen("ivy@example.org", PASSWORD).await;

    let hash: String = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT password_hash FROM citizens WHERE email = 'ivy@example.org'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();

    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
    assert!(!hash.contains(PASSWORD));
}

#[tokio::test]
async fn the_session_cookie_is_http_only_same_site_lax_and_secure_when_configured() {
    let plain = spawn_app().await;
    let secure = spawn_app_with(&[("PORTICO_SECURE_COOKIES", "true")]).await;
    for (app, want_secure) in [(&plain, false), (&secure, true)] {
        let response = app.get("/sign-in").await;
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("portico_session="))
            .expect("a session cookie");
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
        assert_eq!(cookie.contains("Secure"), want_secure, "{cookie}");
    }
}

#[tokio::test]
async fn a_forgotten_password_is_reset_with_a_single_use_link() {
    let app = spawn_app().await;
    app.citizen("jo@example.org", PASSWORD).await;

    let asked = app.submit("/account/forgot-password", &[("email", "jo@example.org")]).await;
    let unknown = app.submit("/account/forgot-password", &[("email", "nobody@example.org")]).await;
    assert_eq!(asked.headers()["location"], unknown.headers()["location"], "the same answer");

    let link = app.link_in_email("jo@example.org").await;
    assert!(link.starts_with("/account/reset-password?token="));
    let reset = app.submit(&link, &[("token", link.split("token=").nth(1).unwrap()), ("password", "a brand new passphrase")]).await;
    assert_eq!(reset.status(), 303);
    assert_eq!(app.get(&link).await.status(), 410, "used");

    assert_eq!(app.sign_in("jo@example.org", PASSWORD).await.status(), 422);
    assert_eq!(app.sign_in("jo@example.org", "a brand new passphrase").await.status(), 303);
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one() {
    let app = spawn_app().await;
    app.citizen("kim@example.org", PASSWORD).await;
    app.sign_in("kim@example.org", PASSWORD).await;

    let wrong = app.submit("/account/change-password", &[("current_password", "not it at all"), ("password", "new and long enough")]).await;
    assert_eq!(wrong.status(), 422);
    let right = app.submit("/account/change-password", &[("current_password", PASSWORD), ("password", "new and long enough")]).await;
    assert_eq!(right.status(), 303);
    assert_eq!(app.last_email("kim@example.org").await.unwrap().0, "password-changed");
}

#[tokio::test]
async fn a_changed_email_address_is_confirmed_from_the_new_mailbox() {
    let app = spawn_app().await;
    app.citizen("lee@example.org", PASSWORD).await;
    app.sign_in("lee@example.org", PASSWORD).await;

    let asked = app.submit("/account/change-email", &[("email", "lee.new@example.org"), ("current_password", PASSWORD)]).await;
    assert_eq!(asked.status(), 303);
    let link = app.link_in_email("lee.new@example.org").await;
    assert_eq!(app.get(&link).await.status(), 303);

    assert_eq!(app.last_email("lee@example.org").await.unwrap().0, "email-changed", "the old address is told");
    let token = csrf_in(&app.page("/account/change-password").await).unwrap();
    app.post("/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(app.sign_in("lee.new@example.org", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn the_preferred_language_becomes_the_interface_language_at_sign_in() {
    let app = spawn_app().await;
    app.get("/?lang=cy").await;
    app.citizen("meg@example.org", PASSWORD).await;
    app.get("/?lang=en").await;

    let response = app.sign_in("meg@example.org", PASSWORD).await;

    assert_eq!(response.status(), 303);
    assert_eq!(app.cookie("portico_lang").as_deref(), Some("cy"));
}

#[tokio::test]
async fn after_sign_in_the_person_returns_to_the_page_they_asked_for_but_never_to_another_site() {
    let app = spawn_app().await;
    app.citizen("ned@example.org", PASSWORD).await;

    let asked = app.get("/account/change-email").await;
    assert_eq!(asked.headers()["location"], "/sign-in?next=%2Faccount%2Fchange-email");
    let back = app.submit("/sign-in?next=/account/change-email", &[("email", "ned@example.org"), ("password", PASSWORD), ("next", "/account/change-email")]).await;
    assert_eq!(back.headers()["location"], "/account/change-email");

    let app2 = spawn_app().await;
    app2.citizen("ned@example.org", PASSWORD).await;
    let evil = app2.submit("/sign-in", &[("email", "ned@example.org"), ("password", PASSWORD), ("next", "//evil.example")]).await;
    assert_eq!(evil.headers()["location"], "/profile");
}

#[tokio::test]
async fn staying_signed_in_needs_a_session_and_its_token() {
    let app = spawn_app().await;
    assert_eq!(app.post("/rpc/session/keep-alive", &[("csrf_token", "x")]).await.status(), 403);

    app.citizen("pia@example.org", PASSWORD).await;
    app.sign_in("pia@example.org", PASSWORD).await;
    let token = csrf_in(&app.page("/profile").await).unwrap();

    assert_eq!(app.post("/rpc/session/keep-alive", &[("csrf_token", "wrong")]).await.status(), 403);
    assert_eq!(app.post("/rpc/session/keep-alive", &[("csrf_token", &token)]).await.status(), 204);
}

#[tokio::test]
async fn signed_in_pages_say_when_the_session_ends_without_javascript() {
    let app = spawn_app().await;
    app.citizen("quin@example.org", PASSWORD).await;
    app.sign_in("quin@example.org", PASSWORD).await;

    let html = app.page("/profile").await;

    assert!(html.contains("we sign you out after 30 minutes without activity"));
    assert!(html.contains("SessionTimeout"), "the warning island is on the page");
}

#[tokio::test]
async fn files_are_served_without_touching_the_session() {
    let app = spawn_app().await;
    app.citizen("rae@example.org", PASSWORD).await;
    app.sign_in("rae@example.org", PASSWORD).await;

    let response = app.get("/pkg/portico.css").await;

    assert_eq!(response.status(), 200);
    assert!(response.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn a_session_started_on_one_instance_works_on_another_sharing_the_database() {
    let app = spawn_app().await;
    app.citizen("sol@example.org", PASSWORD).await;
    app.sign_in("sol@example.org", PASSWORD).await;

    // A second instance: its own pool and server, the same database.
    let other = crate::helpers::second_instance(&app).await;
    let response = app.client.get(format!("{other}/profile")).send().await.unwrap();

    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("sol@example.org"));
}

#[tokio::test]
async fn changing_the_password_ends_the_person_s_other_sessions_and_keeps_this_one() {
    let app = spawn_app().await;
    app.citizen("lee@example.org", PASSWORD).await;
    app.sign_in("lee@example.org", PASSWORD).await;
    let laptop = app.another_browser();
    laptop.sign_in("lee@example.org", PASSWORD).await;
    let other_person = app.another_browser();
    other_person.citizen("max@example.org", PASSWORD).await;
    other_person.sign_in("max@example.org", PASSWORD).await;
    assert_eq!(laptop.get("/profile").await.status(), 200);

    let changed = app.submit("/account/change-password", &[("current_password", PASSWORD), ("password", "new and long enough")]).await;
    assert_eq!(changed.status(), 303);

    assert_eq!(app.get("/profile").await.status(), 200, "the session that changed it stays");
    assert_eq!(laptop.get("/profile").await.status(), 303, "the other one ends");
    assert_eq!(other_person.get("/profile").await.status(), 200, "nobody else's");
}

#[tokio::test]
async fn a_password_reset_from_a_link_ends_every_session_of_the_account() {
    let app = spawn_app().await;
    app.citizen("ola@example.org", PASSWORD).await;
    let phone = app.another_browser();
    phone.sign_in("ola@example.org", PASSWORD).await;
    assert_eq!(phone.get("/profile").await.status(), 200);
    app.submit("/account/forgot-password", &[("email", "ola@example.org")]).await;
    let link = app.link_in_email("ola@example.org").await;
    let reset = app.submit(&link, &[("token", link.split("token=").nth(1).unwrap()), ("password", "a brand new passphrase")]).await;
    assert_eq!(reset.status(), 303);
    assert_eq!(phone.get("/profile").await.status(), 303, "signed out where the old password was used");
}
