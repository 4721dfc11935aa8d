//! [`NoContent`]: the answer of a server function that has nothing to say when it succeeds,
//! `204 No Content` with an empty body. `server_fn`'s own encodings always answer 200 with a
//! body, which a `()` result would fill with `null`.

use leptos::server_fn::{
    codec::{Encoding, FromRes, IntoRes},
    error::FromServerFnError,
    response::ClientRes,
    ContentType,
};

/// Output encoding: success is `204 No Content`; an error is still the error type's JSON.
pub struct NoContent;

impl ContentType for NoContent {
    // Sent as the call's `Accept`: a refusal comes back as JSON, success with no body at all.
    const CONTENT_TYPE: &'static str = "application/json";
}

impl Encoding for NoContent {
    const METHOD: http::Method = http::Method::POST;
}

#[cfg(feature = "ssr")]
impl<E: FromServerFnError + Send> IntoRes<NoContent, axum::response::Response, E> for () {
    async fn into_res(self) -> Result<axum::response::Response, E> {
        use axum::response::IntoResponse;
        Ok(http::StatusCode::NO_CONTENT.into_response())
    }
}

// The browser build names a stand-in server whose responses are never built; the trait bound
// still has to hold.
#[cfg(not(feature = "ssr"))]
impl<E: FromServerFnError + Send, R: leptos::server_fn::response::TryRes<E> + Send> IntoRes<NoContent, R, E> for () {
    async fn into_res(self) -> Result<R, E> {
        R::try_from_bytes(NoContent::CONTENT_TYPE, leptos::server_fn::Bytes::new())
    }
}

impl<E: FromServerFnError, R: ClientRes<E> + Send> FromRes<NoContent, R, E> for () {
    async fn from_res(_: R) -> Result<(), E> {
        Ok(())
    }
}
