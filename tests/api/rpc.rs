//! Server functions (`src/rpc/`): the keep-alive, and the guard every server function opens with.

use crate::helpers::{csrf_in, spawn_app, TestApp, PASSWORD};
use portico::session::COOKIE;
use std::{collections::BTreeSet, str::FromStr};
use tower_sessions::{session::Id, SessionStore};

const KEEP_ALIVE: &str = "/rpc/session/keep-alive";

/// Every server function, with arguments it accepts apart from its token. A new server function
/// goes here too, or `every_server_function_refuses_strangers_and_wrong_tokens` fails.
const SERVER_FUNCTIONS: &[(&str, &[(&str, &str)])] = &[(KEEP_ALIVE, &[])];

/// Signs a new citizen in and returns the session's CSRF token.
async fn signed_in_citizen(app: &TestApp, email: &str) -> String {
    app.citizen(email, PASSWORD).await;
    app.sign_in(email, PASSWORD).await;
    csrf_in(&app.page("/profile").await).expect("a token on the profile page")
}

/// When the session this client holds ends if nothing more happens.
async fn session_expiry(app: &TestApp) -> tower_sessions::cookie::time::OffsetDateTime {
    let id = Id::from_str(&app.cookie(COOKIE).expect("a session cookie")).unwrap();
    app.state.sessions.load(&id).await.unwrap().expect("the session is stored").expiry_date
}

/// The error a refused call answers with, e.g. `bad_token`.
async fn error_of(response: reqwest::Response) -> String {
    let body: serde_json::Value = response.json().await.expect("a JSON error");
    body["error"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn staying_signed_in_renews_the_session_and_says_nothing_more() {
    let app = spawn_app().await;
    let token = signed_in_citizen(&app, "rae@example.org").await;
    let session = app.cookie(COOKIE);
    // The store keeps whole seconds.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let asked = tower_sessions::cookie::time::OffsetDateTime::now_utc();

    let response = app.post(KEEP_ALIVE, &[("csrf_token", &token)]).await;

    assert_eq!(response.status(), 204);
    assert!(response.bytes().await.unwrap().is_empty());
    // The session lives a whole idle time from the request on (the store need not write for it
    // when its expiry is that far away already: see `session::Store`).
    let idle = tower_sessions::cookie::time::Duration::minutes(portico::session::IDLE_MINUTES);
    assert!(session_expiry(&app).await >= asked + idle - tower_sessions::cookie::time::Duration::seconds(1), "the idle timeout is a whole idle time away");
    assert_eq!(app.cookie(COOKIE), session, "the same session, not a new one");
    assert_eq!(app.get("/profile").await.status(), 200, "still signed in");
}

#[tokio::test]
async fn members_of_staff_may_stay_signed_in_too() {
    let app = spawn_app().await;
    portico::auth::staff::add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "sam@council.example", "Sam Staff", "caseworker", Some(PASSWORD))
        .await
        .unwrap();
    app.submit("/staff/sign-in", &[("email", "sam@council.example"), ("password", PASSWORD)]).await;
    let token = csrf_in(&app.page("/staff").await).expect("a token on the staff dashboard");

    assert_eq!(app.post(KEEP_ALIVE, &[("csrf_token", &token)]).await.status(), 204);
}

#[tokio::test]
async fn nobody_signed_in_is_refused_whatever_token_they_send() {
    let app = spawn_app().await;
    // A session with a token, but nobody signed in to it.
    let token = app.csrf("/sign-in").await;

    let response = app.post(KEEP_ALIVE, &[("csrf_token", &token)]).await;

    assert_eq!(response.status(), 403);
    assert_eq!(error_of(response).await, "signed_out");
}

#[tokio::test]
async fn a_wrong_or_missing_token_is_refused() {
    let app = spawn_app().await;
    signed_in_citizen(&app, "sol@example.org").await;

    let wrong = app.post(KEEP_ALIVE, &[("csrf_token", "wrong")]).await;
    let missing = app.post(KEEP_ALIVE, &[]).await;

    assert_eq!(wrong.status(), 403);
    assert_eq!(error_of(wrong).await, "bad_token");
    assert_eq!(missing.status(), 403);
    assert_eq!(error_of(missing).await, "bad_token");
}

#[tokio::test]
async fn a_call_from_another_site_is_refused_before_it_reaches_the_server_function() {
    let app = spawn_app().await;
    let token = signed_in_citizen(&app, "tam@example.org").await;

    for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")] {
        let response = app.client.post(app.url(KEEP_ALIVE)).header(header, value).form(&[("csrf_token", &token)]).send().await.unwrap();

        assert_eq!(response.status(), 403, "{header}");
        // The same-origin check answered, with its page, not the server function.
        let html = response.text().await.unwrap();
        assert!(html.contains("This page has expired"), "{header}: {html}");
    }
}

#[tokio::test]
async fn server_functions_answer_posts_only() {
    let app = spawn_app().await;
    let token = signed_in_citizen(&app, "uma@example.org").await;

    let get = app.get(&format!("{KEEP_ALIVE}?csrf_token={token}")).await;

    assert_eq!(get.status(), 405);
}

#[tokio::test]
async fn every_server_function_refuses_strangers_and_wrong_tokens() {
    let registered: BTreeSet<(String, String)> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, method)| (path.to_owned(), method.to_string())).collect();
    let listed: BTreeSet<(String, String)> = SERVER_FUNCTIONS.iter().map(|(path, _)| (path.to_string(), "POST".to_owned())).collect();
    assert_eq!(registered, listed, "every server function is listed here, and is a POST");

    let stranger = spawn_app().await;
    let citizen = stranger.another_browser();
    signed_in_citizen(&citizen, "vi@example.org").await;
    for (path, arguments) in SERVER_FUNCTIONS {
        let mut fields = arguments.to_vec();
        fields.push(("csrf_token", "not-the-token"));

        let refused = stranger.post(path, &fields).await;
        assert_eq!(refused.status(), 403, "{path} as a stranger");
        assert_eq!(error_of(refused).await, "signed_out", "{path}");

        let refused = citizen.post(path, &fields).await;
        assert_eq!(refused.status(), 403, "{path} with a wrong token");
        assert_eq!(error_of(refused).await, "bad_token", "{path}");
    }
}
