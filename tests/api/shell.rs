use crate::helpers::{spawn_app, title_of};

const PAGES: [&str; 7] = ["/", "/accessibility", "/privacy", "/cookies", "/contact", "/feedback", "/performance"];

#[tokio::test]
async fn every_page_has_the_shell_landmarks_and_a_skip_link() {
    let app = spawn_app().await;
    for path in PAGES {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "{path}");
        assert!(html.contains(r##"<a href="#main-content" class="skip-link">Skip to main content</a>"##), "{path}");
        assert!(html.contains(r#"<main id="main-content""#), "{path}");
        assert!(html.contains(r#"<header class="header">"#), "{path}");
        assert!(html.contains(r#"<footer class="footer">"#), "{path}");
        for link in ["/accessibility", "/privacy", "/cookies", "/contact", "/feedback", "/performance"] {
            assert!(html.contains(&format!(r#"href="{link}""#)), "{path} links to {link}");
        }
    }
}

#[tokio::test]
async fn every_page_has_its_own_title_ending_with_the_service_name() {
    let app = spawn_app().await;
    let mut titles = Vec::new();
    for path in PAGES {
        let title = title_of(&app.page(path).await);
        assert!(title.ends_with(" – Portico"), "{path}: {title}");
        assert!(!title.contains('<'), "only text in the title: {title}");
        titles.push(title);
    }
    assert_eq!(titles[3], "Cookies – Portico");
    let mut unique = titles.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), titles.len(), "titles repeat: {titles:?}");
}

#[tokio::test]
async fn the_contact_page_shows_the_configured_contact_details() {
    let app = crate::helpers::spawn_app_with(&[
        ("PORTICO_CONTACT_EMAIL", "help@council.example"),
        ("PORTICO_CONTACT_PHONE", "+44 29 2000 0000"),
    ])
    .await;

    let html = app.page("/contact").await;

    assert!(html.contains(r#"href="mailto:help@council.example""#));
    assert!(html.contains(r#"href="tel:+442920000000""#));
}

#[tokio::test]
async fn the_cookies_page_lists_every_cookie_portico_sets() {
    let app = spawn_app().await;
    let html = app.page("/cookies").await;
    assert!(html.contains("<code>portico_lang</code>"));
    assert!(html.contains("<code>portico_session</code>"));
}

#[tokio::test]
async fn stylesheets_and_other_files_are_served_from_the_site_root() {
    let app = spawn_app().await;

    let response = app.get("/pkg/portico.css").await;

    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/css");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn built_files_are_gzipped_for_browsers_that_accept_it_and_revalidate_with_an_etag() {
    let app = spawn_app().await;

    let plain = app.get("/pkg/portico.css").await;
    let etag = plain.headers()["etag"].to_str().unwrap().to_owned();
    let again = app.client.get(app.url("/pkg/portico.css")).header("if-none-match", &etag).send().await.unwrap();

    assert_eq!(again.status(), 304);
    assert_eq!(plain.headers()["cache-control"], "no-cache");
}

#[tokio::test]
async fn a_page_with_nothing_to_enhance_loads_no_script_and_a_question_page_loads_the_islands() {
    let app = spawn_app().await;
    let home = app.page("/").await;
    assert!(!home.contains("<leptos-island"), "the home page has nothing to enhance");
    for path in PAGES {
        let html = app.page(path).await;
        if !html.contains("<leptos-island") {
            assert!(!html.contains("<script") && !html.contains(".wasm") && !html.contains("modulepreload"), "{path} loads a script");
        }
    }

    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    let html = app.page("/services/bulky-waste/items").await;
    assert!(html.contains("<leptos-island"), "the question page has its islands");
    let head = &html[..html.find("</head>").unwrap()];
    assert!(head.contains(r#"<link rel="modulepreload" href="/pkg/portico.js">"#), "{head}");
    assert!(head.contains(r#"as="fetch" type="application/wasm" crossorigin="anonymous">"#), "{head}");
    // A module script never blocks the first render.
    assert!(head.contains(r#"<script type="module" nonce=""#), "{head}");
}

#[tokio::test]
async fn hydration_markers_are_written_as_valid_comments() {
    let app = spawn_app().await;
    for path in ["/", "/services/bulky-waste", "/sign-in"] {
        let html = app.page(path).await;
        assert!(!html.contains("<!>"), "{path} has a bare <!> marker");
    }
}
