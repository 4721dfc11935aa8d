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

// Hostile input (issue 12): requests no browser of ours would send. Each gets a 4xx and a page
// (or the ordinary answer, where that is right), never a 5xx, and the server answers afterwards.

/// Sends `head` (request line and headers, without the blank line) and `body` over a plain
/// connection, exactly as written: no client in between tidies the path or checks the headers.
/// Returns the status and the whole answer.
async fn raw(app: &crate::helpers::TestApp, head: &str, body: &[u8]) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let mut request = format!("{head}\r\nHost: {host}\r\nConnection: close\r\n").into_bytes();
    if !body.is_empty() {
        request.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    let _ = stream.write_all(&request).await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, answer)
}

/// A raw GET with extra header lines (each ending in `\r\n`).
async fn raw_get(app: &crate::helpers::TestApp, target: &str, headers: &str) -> (u16, String) {
    let headers: String = headers.lines().map(|line| format!("\r\n{line}")).collect();
    raw(app, &format!("GET {target} HTTP/1.1{headers}"), b"").await
}

/// A raw form POST from our own origin, with the content type given, in the client's session.
async fn raw_post(app: &crate::helpers::TestApp, path: &str, content_type: &str, body: &[u8]) -> (u16, String) {
    let session = app.cookie("portico_session").map_or_else(String::new, |id| format!("\r\nCookie: portico_session={id}"));
    raw(app, &format!("POST {path} HTTP/1.1\r\nOrigin: {}\r\nContent-Type: {content_type}{session}", app.address), body).await
}

/// A whole answer (from [`raw`]) that is one of our pages with a status below 500.
#[track_caller]
fn assert_page(what: &str, (status, answer): &(u16, String), expected: u16) {
    assert_eq!(*status, expected, "{what}: {}", answer.lines().next().unwrap_or_default());
    let lower = answer.to_ascii_lowercase();
    assert!(lower.contains("content-type: text/html"), "{what}: not a page:\n{}", &answer[..answer.len().min(400)]);
    assert!(answer.contains(r#"<main id="main-content""#), "{what}: not one of our pages");
}

/// The server still serves its home page.
async fn still_answers(app: &crate::helpers::TestApp) {
    assert_eq!(app.get("/").await.status(), 200, "the server answers afterwards");
}

#[tokio::test]
async fn a_form_body_that_is_not_url_encoded_gets_a_page_not_a_server_error() {
    let app = spawn_app().await;
    let form = "application/x-www-form-urlencoded";
    // Broken percent escapes and bytes that are not UTF-8 are read as they are (replaced), so the
    // sign-in form is shown again with its errors (422): its token is missing.
    assert_page("bad escapes", &raw_post(&app, "/sign-in", form, b"email=%zz%&password=%E0%A4%A&csrf_token=%").await, 422);
    assert_page("not UTF-8", &raw_post(&app, "/sign-in", form, b"email=\xff\xfe%ff&password=\xc0\xaf").await, 422);
    // The same field twice cannot be one value: the form is refused as expired.
    assert_page("a field twice", &raw_post(&app, "/sign-in", form, b"email=a%40b.c&email=d%40e.f&password=x").await, 403);
    // A field name of a megabyte, and a hundred thousand empty fields, under the 2 MB limit.
    let huge_name = format!("{}=1&email=a", "n".repeat(1024 * 1024));
    assert_page("a huge field name", &raw_post(&app, "/sign-in", form, huge_name.as_bytes()).await, 422);
    assert_page("many fields", &raw_post(&app, "/sign-in", form, "a=&".repeat(100_000).as_bytes()).await, 422);
    still_answers(&app).await;
}

#[tokio::test]
async fn a_multipart_body_with_a_wrong_or_missing_boundary_or_cut_short_gets_a_page() {
    let app = spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    let path = "/services/bulky-waste/items";
    let token = app.csrf(path).await;
    let body = format!("--right\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--right\r\nContent-Disposition: form-data; name=\"items\"\r\n\r\nsofa\r\n--right--\r\n");
    assert_page("no boundary", &raw_post(&app, path, "multipart/form-data", body.as_bytes()).await, 403);
    assert_page("another boundary", &raw_post(&app, path, "multipart/form-data; boundary=wrong", body.as_bytes()).await, 403);
    assert_page("cut short", &raw_post(&app, path, "multipart/form-data; boundary=right", &body.as_bytes()[..body.len() / 2]).await, 403);
    assert_page("garbage", &raw_post(&app, path, "multipart/form-data; boundary=right", b"\x00\xff--right\r\n\r\n\r\n").await, 403);
    // The whole body, for comparison: it is read and answered.
    let (status, _) = raw_post(&app, path, "multipart/form-data; boundary=right", body.as_bytes()).await;
    assert_eq!(status, 303, "a sound multipart form is read");
    still_answers(&app).await;
}

#[tokio::test]
async fn a_form_posted_with_a_content_type_that_is_not_a_form_gets_the_expired_page() {
    let app = spawn_app().await;
    let token = app.csrf("/sign-in").await;
    let body = format!("email=a%40b.c&password=x&csrf_token={token}");
    for content_type in ["text/plain", "application/json", "", "multipart/mixed; boundary=x"] {
        assert_page(content_type, &raw_post(&app, "/sign-in", content_type, body.as_bytes()).await, 403);
    }
    // No content type at all.
    let (status, answer) = raw(&app, &format!("POST /sign-in HTTP/1.1\r\nOrigin: {}", app.address), body.as_bytes()).await;
    assert_page("no content type", &(status, answer), 403);
    still_answers(&app).await;
}

#[tokio::test]
async fn garbled_and_oversized_cookies_are_ignored_and_the_page_is_served() {
    let app = spawn_app().await;
    let long = "x".repeat(32 * 1024);
    for cookie in [
        "portico_session=not-a-session".to_owned(),
        "portico_session=%%%;;;==".to_owned(),
        format!("portico_session={long}"),
        "portico_lang=../../etc; portico_session=".to_owned(),
        format!("a={long}; b={long}"),
        ";;;=;=;".to_owned(),
    ] {
        assert_page(&cookie[..cookie.len().min(40)], &raw_get(&app, "/", &format!("Cookie: {cookie}\r\n")).await, 200);
    }
    // Bytes beyond ASCII in the cookie header (which HTTP allows, and header text does not).
    assert_page("not ASCII", &raw_get(&app, "/", "Cookie: portico_session=\u{ff}\u{fe}\r\n").await, 200);
    // A garbled session on a form: the form has expired, as it would with no session at all.
    let (status, answer) = raw(
        &app,
        &format!("POST /sign-in HTTP/1.1\r\nOrigin: {}\r\nCookie: portico_session={long}\r\nContent-Type: application/x-www-form-urlencoded", app.address),
        b"email=a%40b.c&password=x&csrf_token=x",
    )
    .await;
    assert!(status < 500 && answer.contains(r#"<main id="main-content""#), "a garbled session on a form: {status}");
    still_answers(&app).await;
}

#[tokio::test]
async fn a_query_string_that_is_not_utf_8_or_does_not_read_gets_a_page() {
    let app = spawn_app().await;
    assert_page("not UTF-8", &raw_get(&app, "/?%ff%fe=%c0%af&lang=%ff", "").await, 200);
    assert_page("a bad return address", &raw_get(&app, "/sign-in?next=%ff%00", "").await, 200);
    // The same parameter twice cannot be one value: the address leads nowhere.
    assert_page("a parameter twice", &raw_get(&app, "/sign-in?next=/a&next=/b", "").await, 404);
    assert_page("long", &raw_get(&app, &format!("/?q={}", "%ff".repeat(5000)), "").await, 200);
    // Past what an address may hold (64 KB), the HTTP layer refuses it before Portico sees it.
    let (status, _) = raw_get(&app, &format!("/?q={}", "a".repeat(70 * 1024)), "").await;
    assert!((400..500).contains(&status), "an overlong address: {status}");
    still_answers(&app).await;
}

#[tokio::test]
async fn a_bad_accept_language_falls_back_to_english_and_a_bad_origin_is_another_site() {
    let app = spawn_app().await;
    let long = "x-".repeat(8 * 1024);
    for accept in ["\u{ff}\u{fe}", "*;q=banana", ";;;,,,", "en-;q=2,,cy;q=-1", "zz-ZZ-x-aaaaaaaaaaaaaaaa", long.as_str()] {
        let answer = raw_get(&app, "/", &format!("Accept-Language: {accept}\r\n")).await;
        assert_page(&accept[..accept.len().min(30)], &answer, 200);
        assert!(answer.1.contains(r#"<html lang="en""#), "{accept:.30}: English");
    }
    let token = app.csrf("/sign-in").await;
    let body = format!("email=a%40b.c&password=x&csrf_token={token}");
    for origin in ["\u{ff}\u{fe}", "not a url", "http://", "null", "http://127.0.0.1:1"] {
        let head = format!("POST /sign-in HTTP/1.1\r\nOrigin: {origin}\r\nContent-Type: application/x-www-form-urlencoded");
        assert_page(origin, &raw(&app, &head, body.as_bytes()).await, 403);
    }
    still_answers(&app).await;
}

#[tokio::test]
async fn paths_that_climb_out_of_a_folder_find_nothing() {
    let app = spawn_app().await;
    for path in ["/pkg/../Cargo.toml", "/pkg/%2e%2e/Cargo.toml", "/%2e%2e/%2e%2e/etc/passwd", "/services/../../Cargo.toml", "/services/%ff", "/services/%2e%2e%2fCargo.toml"] {
        let answer = raw_get(&app, path, "Accept: text/html\r\n").await;
        assert_page(path, &answer, 404);
        assert!(!answer.1.contains("[package]") && !answer.1.contains("root:"), "{path}: no file");
    }
    // A name under /pkg is looked up among the built files only.
    for path in ["/pkg/..%2fCargo.toml", "/pkg/%2e%2e", "/pkg/..%5cCargo.toml", "/pkg/%ff"] {
        let (status, answer) = raw_get(&app, path, "").await;
        assert_eq!(status, 404, "{path}");
        assert!(!answer.contains("[package]"), "{path}: no file");
    }
    still_answers(&app).await;
}

#[tokio::test]
async fn absurd_ids_in_addresses_get_a_not_found_page() {
    let app = spawn_app().await;
    let admin = crate::casework::staff(&app, "admin@council.example", "admin", &[]).await;
    let token = admin.csrf("/staff/admin/staff").await;
    for path in ["/staff/requests/99999999999999999999", "/staff/requests/abc", "/staff/requests/%ff", "/staff/requests/-1/files/..%2f..%2fCargo.toml"] {
        let response = admin.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(response.text().await.unwrap().contains(r#"<main id="main-content""#), "{path}: a page");
    }
    for path in ["/staff/admin/staff/abc", "/staff/admin/staff/99999999999999999999", "/staff/admin/staff/-0x1", "/staff/admin/staff/%ff"] {
        let response = admin.post(path, &[("csrf_token", &token), ("role", "admin")]).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(response.text().await.unwrap().contains(r#"<main id="main-content""#), "{path}: a page");
    }
    // A citizen's own requests, and a service that does not exist.
    for path in ["/requests/99999999999999999999", "/services/no-such-service/9999", "/services/%00"] {
        let status = app.get(path).await.status().as_u16();
        assert!(matches!(status, 303 | 404), "{path}: {status}");
    }
    still_answers(&app).await;
}

#[tokio::test]
async fn a_postcode_with_a_letter_beyond_ascii_is_shown_again_with_its_error_not_a_server_error() {
    // Found by the `answers` fuzz target: the postcode check split the text inside a character.
    let app = spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    crate::services::answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    let next = crate::services::answer_in(&app, "bulky-waste", "has-other-items", &[("has-other-items", "no")]).await;
    assert_eq!(next, "/services/bulky-waste/address");
    let fields = [("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "10 1\u{FFFD}2")];
    let response = app.submit("/services/bulky-waste/address", &fields).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("#address-postcode"), "the error links to the postcode");
    still_answers(&app).await;
}

#[tokio::test]
async fn a_method_an_address_does_not_take_gets_405_with_the_translated_not_found_page() {
    let app = spawn_app().await;
    for (method, path) in [("PUT", "/sign-in"), ("DELETE", "/services/bulky-waste"), ("PATCH", "/")] {
        let response = app
            .client
            .request(method.parse().unwrap(), app.url(path))
            .header("accept-language", "cy")
            .header("origin", &app.address)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405, "{method} {path}");
        let page = crate::helpers::strip_isolation(&response.text().await.unwrap());
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains(r#"<html lang="cy""#), "{method} {path}: {page}");
    }
}
