//! Form bodies as the server reads them: `Submitted::read`, which question pages use, over the
//! server's own reader (`web::multipart::read_form`: URL-encoded through `web::form::Form`, or
//! multipart). Any body, with any content type, must come back as fields or as the "page
//! expired" / "too large" error (a 403 or 413 page), never another error or a panic; what it reads
//! then answers every question of a service.
//!
//! Input: a byte choosing the content type (URL-encoded, multipart with boundary `fuzz`, the
//! input's first line as the header, or none), a byte choosing the service, then the body.
#![no_main]

#[path = "common.rs"]
mod common;

use axum::{body::Body, http::Request};
use libfuzzer_sys::fuzz_target;
use portico::{services::submitted::Submitted, web::AppError};
use std::sync::OnceLock;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| tokio::runtime::Builder::new_current_thread().build().expect("a runtime"))
}

fuzz_target!(|data: &[u8]| {
    let [kind, service, body @ ..] = data else { return };
    let (content_type, body): (Option<&[u8]>, &[u8]) = match kind % 4 {
        0 => (Some(b"application/x-www-form-urlencoded"), body),
        1 => (Some(b"multipart/form-data; boundary=fuzz"), body),
        2 => match body.iter().position(|b| *b == b'\n') {
            Some(end) => (Some(&body[..end]), &body[end + 1..]),
            None => (Some(body), &[]),
        },
        _ => (None, body),
    };
    let mut request = Request::post("/services/every-kind/amount");
    if let Some(value) = content_type {
        // A value no HTTP parser would pass on never reaches the server.
        let Ok(value) = axum::http::HeaderValue::from_bytes(value) else { return };
        request = request.header("content-type", value);
    }
    let request = request.body(Body::from(body.to_vec())).expect("a request");
    let form = match runtime().block_on(Submitted::read(request)) {
        Ok(form) => form,
        Err(AppError::Expired | AppError::TooLarge) => return,
        Err(other) => panic!("an unreadable form must be a 403 or 413 page, not {other:?}"),
    };
    assert!(!form.raw.contains_key("csrf_token") && !form.raw.contains_key("action"), "the token and the button are not answers");
    let services = common::services();
    common::answer_all(&services[usize::from(*service) % services.len()], &form.raw, common::today(*service));
});
