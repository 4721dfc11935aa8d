//! The JSON API for other systems (case management, CRM, a data warehouse), under `/api/v1`:
//! list and read the requests of a key's teams, download their files, change a status, add a
//! note, message the citizen, ask for more information, and export in bulk. Another face on the
//! same domain functions as the staff pages (`casework::store`), so a workflow rule lives once;
//! an API key acts like a member of its teams and the timeline names it.
//!
//! - `keys`: API keys (made and revoked by admins, stored hashed, scoped, expiring, rate limited);
//! - `guard`: the key check, `If-Match` and `Idempotency-Key`;
//! - `requests`: the handlers; `model`: the JSON documents; `export`: the bulk export (also the
//!   `portico export requests` command);
//! - `problem`: RFC 9457 problem details, the one error type of this layer;
//! - `docs`: the OpenAPI 3.1 document, generated from the code; `pages`: the staff pages (API keys,
//!   the reference).
//!
//! The API's routes sit outside the session layer: no session cookie is read there, so a browser
//! signed in to Portico cannot call them (and they need no CSRF token: a key is never sent by a
//! browser on its own). The pages sit inside it and never read a key.

pub mod docs;
pub mod export;
pub mod guard;
pub mod keys;
pub mod model;
pub mod pages;
pub mod problem;
pub mod requests;

use crate::web::AppState;
use axum::{
    extract::State,
    middleware,
    response::{IntoResponse, Response},
    routing::{any, get, post},
    Json, Router,
};

/// The API's routes: the OpenAPI document (no key needed), the keyed routes behind the key check
/// and the idempotency layer, and a problem for any other address under `/api/v1`.
pub fn router(state: &AppState) -> Router<AppState> {
    let keyed = Router::new()
        .route("/api/v1/requests", get(requests::list))
        .route("/api/v1/requests/{reference}", get(requests::get))
        .route("/api/v1/requests/{reference}/attachments/{attachment}", get(requests::attachment))
        .route("/api/v1/requests/{reference}/status", post(requests::change_status))
        .route("/api/v1/requests/{reference}/notes", post(requests::add_note))
        .route("/api/v1/requests/{reference}/messages", post(requests::message))
        .route("/api/v1/requests/{reference}/information-requests", post(requests::request_information))
        .route("/api/v1/export/requests", get(requests::export_requests))
        // Outside-in: the key first, then a POST's Idempotency-Key.
        .layer(middleware::from_fn_with_state(state.clone(), guard::idempotency))
        .layer(middleware::from_fn_with_state(state.clone(), guard::authenticate));
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/v1/{*rest}", any(requests::unknown))
        .merge(keyed)
        .method_not_allowed_fallback(requests::wrong_method)
        // A bug answers 500 with a problem, never a dropped connection (the pages have their own).
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_: Box<dyn std::any::Any + Send + 'static>| {
            problem::ApiError::internal("a handler panicked").into_response()
        }))
}

/// `GET /api/v1/openapi.json`.
async fn openapi_json(State(state): State<AppState>) -> Response {
    Json(docs::document(&state.services.get(), &languages(&state), &state.config.public_url)).into_response()
}

/// The codes of the languages served (pseudo-locales aside): what `lang` may be.
pub fn languages(state: &AppState) -> Vec<String> {
    state.catalog.get().languages().iter().filter(|l| !l.pseudo).map(|l| l.code.clone()).collect()
}
