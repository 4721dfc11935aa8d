//! The built files under `/pkg` (stylesheet, JavaScript, WASM), served from memory.
//!
//! They are read once at start-up and gzipped once, so a request costs a hash lookup instead of
//! file-system calls; an `ETag` lets browsers revalidate with a 304. (The benchmark showed the
//! stylesheet served from disk at a sixth of the home page's rate.)

// Our `Path`: a name that is not UTF-8 (`/pkg/%FF`) is a 404 like any other missing file.
use super::extract::Path;
use axum::{
    body::{Body, Bytes},
    extract::State,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use std::{collections::HashMap, io::Write, path::Path as FsPath, sync::Arc};

#[derive(Debug)]
struct Asset {
    content_type: &'static str,
    body: Bytes,
    gzip: Option<Bytes>,
    etag: HeaderValue,
}

/// The files of one folder, by name.
#[derive(Clone, Debug, Default)]
pub struct Assets(Arc<HashMap<String, Asset>>);

impl Assets {
    /// Loads every file in `dir` (a missing folder gives an empty set: tests and `cargo test` builds).
    pub fn load(dir: &FsPath) -> Self {
        let mut files = HashMap::new();
        let Ok(entries) = std::fs::read_dir(dir) else { return Self::default() };
        for entry in entries.flatten() {
            let path = entry.path();
            let (Some(name), Ok(body)) = (path.file_name().and_then(|n| n.to_str()).map(str::to_owned), std::fs::read(&path)) else {
                continue;
            };
            if !path.is_file() {
                continue;
            }
            let content_type = match path.extension().and_then(|e| e.to_str()) {
                Some("css") => "text/css",
                Some("js") => "text/javascript",
                Some("wasm") => "application/wasm",
                Some("svg") => "image/svg+xml",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            let gzip = {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                encoder.write_all(&body).ok().and_then(|_| encoder.finish().ok()).filter(|z| z.len() < body.len())
            };
            let etag = HeaderValue::from_str(&format!("\"{:x}-{:x}\"", body.len(), fnv(&body))).unwrap_or(HeaderValue::from_static("\"0\""));
            files.insert(name, Asset { content_type, body: body.into(), gzip: gzip.map(Into::into), etag });
        }
        Self(Arc::new(files))
    }
}

/// FNV-1a: a fast fingerprint for the ETag (not for security).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

pub async fn serve(State(assets): State<Assets>, Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = assets.0.get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response_headers = HeaderMap::new();
    response_headers.insert(header::ETAG, asset.etag.clone());
    // File names carry no hash, so browsers check back (a cheap 304) rather than trust a copy.
    response_headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response_headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v == asset.etag) {
        return (StatusCode::NOT_MODIFIED, response_headers).into_response();
    }
    response_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let body = match (&asset.gzip, accepts_gzip) {
        (Some(gzip), true) => {
            response_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            gzip.clone()
        }
        _ => asset.body.clone(),
    };
    (StatusCode::OK, response_headers, Body::from(body)).into_response()
}
