//! Security headers on every response.
//!
//! Pages carry their own Content-Security-Policy with a per-response nonce (set by the renderer);
//! every other response gets a policy that allows nothing to run. Frames are refused everywhere,
//! so that no other site can overlay our forms (clickjacking).

use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

/// The policy for pages. Only scripts carrying this response's nonce run, and whatever they load
/// (`'strict-dynamic'`): Leptos's island loader and the WASM it imports. No inline styles at all.
///
/// `form_targets` are the other origins a form may lead to: the identity providers, since
/// signing out and adding a way to sign in post to us and we send the person on to them (browsers
/// apply `form-action` to where a form's redirects go too).
pub fn page_csp(nonce: &str, form_targets: &[String]) -> String {
    let mut targets = String::new();
    for origin in form_targets {
        targets.push(' ');
        targets.push_str(origin);
    }
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'{targets}; frame-ancestors 'none'"
    )
}

/// The policy for everything that is not a page (files, JSON).
const DEFAULT_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Adds the security headers; `secure` (HTTPS in use) also turns on HSTS.
pub async fn headers(State(secure): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Keeps the full address (which may hold a reference) on our own site, the origin elsewhere.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    // For browsers that predate `frame-ancestors`.
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if secure {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// Refuses state-changing requests sent by another site. Browsers say where a request comes from
/// in `Sec-Fetch-Site` and `Origin`; a form posted from elsewhere gets the "page expired" page.
/// The per-session token in every form ([`crate::web::form`]) is the second, independent check.
pub async fn same_origin(request: Request, next: Next) -> Response {
    use axum::http::Method;
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !is_same_origin(request.headers()) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        return super::ErrorPage::Expired.response();
    }
    next.run(request).await
}

/// The most a request body may hold at `path`: room for a 10 MB upload and its form on the pages
/// that take files (a question, a reply to the council), 2 MB elsewhere.
pub fn body_limit_for(path: &str) -> usize {
    if path.starts_with("/services/") || path.starts_with("/requests/") {
        12 * 1024 * 1024
    } else {
        2 * 1024 * 1024
    }
}

/// Answers a body declared larger than the address takes with 413 and its page, before the
/// cross-site and token checks and before anything reads it.
pub async fn body_limit(request: Request, next: Next) -> Response {
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > body_limit_for(request.uri().path()) as u64) {
        tracing::info!(path = %request.uri().path(), "refused a request body over the limit");
        return super::ErrorPage::TooLarge.response();
    }
    next.run(request).await
}

fn is_same_origin(headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    // An Origin that is not even text is no browser's: it counts as another site, as "null" does.
    let origin = headers.get(header::ORIGIN).map(|v| v.to_str().unwrap_or("null"));
    match (origin, headers.get(header::HOST)) {
        // "null" is what sandboxed frames and some redirects send: never our own page.
        (Some("null"), _) => false,
        (Some(origin), Some(host)) => {
            let authority = origin.split_once("://").map_or(origin, |(_, rest)| rest);
            host.to_str().is_ok_and(|host| host.eq_ignore_ascii_case(authority))
        }
        (Some(_), None) => false,
        // No Origin (older browsers, command-line clients): the form token still has to match.
        (None, _) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (header::HeaderName::from_static(k), HeaderValue::from_static(v))).collect()
    }

    #[test]
    fn a_post_from_our_own_pages_is_same_origin() {
        assert!(is_same_origin(&headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")])));
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin"), ("host", "a")])));
        assert!(is_same_origin(&headers(&[("host", "a")])));
    }

    #[test]
    fn a_post_from_another_site_is_not() {
        assert!(!is_same_origin(&headers(&[("origin", "https://evil.example"), ("host", "portico.example")])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "cross-site"), ("host", "a")])));
        assert!(!is_same_origin(&headers(&[("origin", "null"), ("host", "a")])));
    }

    #[test]
    fn an_origin_that_is_not_text_counts_as_another_site_not_as_no_origin() {
        let mut garbled = headers(&[("host", "a")]);
        garbled.insert(header::ORIGIN, HeaderValue::from_bytes(b"http://\xff\xfe").unwrap());
        assert!(!is_same_origin(&garbled));
    }
}
