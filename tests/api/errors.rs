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

#[tokio::test]
async fn a_body_over_the_limit_is_answered_413_with_a_translated_page_before_the_form_token_is_checked() {
    let app = spawn_app().await;
    let big = "x".repeat(3 * 1024 * 1024);
    // No token and a body too large: the size is what is wrong, and it is said first.
    let response = app.client.post(app.url("/sign-in")).header("origin", &app.address).header("accept-language", "cy").form(&[("email", big.as_str())]).send().await.unwrap();
    assert_eq!(response.status(), 413);
    let page = crate::helpers::strip_isolation(&response.text().await.unwrap());
    assert!(page.contains("Mae'r hyn a anfonoch yn rhy fawr"), "translated: {}", crate::helpers::title_of(&page));
    // From another site too: still 413, as nothing is read.
    let cross = app.client.post(app.url("/sign-in")).header("origin", "https://evil.example").body(big.clone()).header("content-type", "application/x-www-form-urlencoded").send().await.unwrap();
    assert_eq!(cross.status(), 413);
    // A question page takes a 10 MB file and its form, not more.
    let huge = vec![b'x'; 13 * 1024 * 1024];
    let upload = app.client.post(app.url("/services/parking-permit/proof-of-address")).header("origin", &app.address).header("content-type", "multipart/form-data; boundary=x").body(huge).send().await.unwrap();
    assert_eq!(upload.status(), 413);
    // Without a declared length (chunked), the limit is found while reading: 413 all the same.
    assert_eq!(chunked_status(&app, "/sign-in", 3 * 1024 * 1024).await, 413);
}

/// The status of a form of `n` bytes sent to `path` in chunks, so that it declares no length.
async fn chunked_status(app: &crate::helpers::TestApp, path: &str, n: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        app.address
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b'a'; 65536];
    for _ in 0..n / chunk.len() + 1 {
        // The server may answer and close before the whole body is sent.
        if stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).await.is_err() || stream.write_all(&chunk).await.is_err() || stream.write_all(b"\r\n").await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = vec![0; 64];
    let read = stream.read(&mut answer).await.unwrap_or(0);
    String::from_utf8_lossy(&answer[..read]).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}
