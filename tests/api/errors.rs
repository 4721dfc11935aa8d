use crate::helpers::{spawn_app, title_of};

#[tokio::test]
async fn an_unknown_address_gets_a_translated_not_found_page_with_status_404() {
    let app = spawn_app().await;

    let english = app.get("/no-such-page").await;
    let welsh = app.get_in("/no/such/page", "cy").await;

    assert_eq!(english.status(), 404);
    assert_eq!(welsh.status(), 404);
    assert_eq!(title_of(&english.text().await.unwrap()), "Page not found – Portico");
    let welsh = welsh.text().await.unwrap();
    assert!(welsh.contains(r#"<html lang="cy""#));
    assert!(!welsh.contains("Page not found"));
}

#[tokio::test]
async fn a_missing_file_under_pkg_is_a_not_found_page_too() {
    let app = spawn_app().await;
    assert_eq!(app.get("/pkg/missing.js").await.status(), 404);
}

#[tokio::test]
async fn a_failing_handler_shows_a_translated_server_error_page_with_status_500() {
    let app = spawn_app().await;

    let response = app.get_in("/__test/fail", "ar").await;

    assert_eq!(response.status(), 500);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(!html.contains("simulated failure"), "error detail must not reach the page");
    assert!(html.contains(r#"<main id="main-content""#));
}

#[tokio::test]
async fn a_panicking_handler_shows_the_server_error_page_instead_of_dropping_the_connection() {
    let app = spawn_app().await;

    let response = app.get("/__test/panic").await;

    assert_eq!(response.status(), 500);
    assert_eq!(
        title_of(&response.text().await.unwrap()),
        "Sorry, there is a problem with the service – Portico"
    );
}
