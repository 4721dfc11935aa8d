//! `Path` and `Query` extractors whose failure is a translated page. axum's own answer a garbled
//! address (`/services/%FF`, `?next=a&next=b`, `/staff/admin/staff/abc`) with a 400 in English
//! plain text; ours answer it with the "page not found" page (404), whose advice, check the
//! address you typed or pasted, is what such an address needs.

use super::AppError;
use axum::{
    extract::{rejection::PathRejection, FromRequestParts},
    http::request::Parts,
};
use serde::de::DeserializeOwned;

/// The address's parameters, as `axum::extract::Path`.
pub struct Path<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Self(value)),
            // A route that names no parameters is our mistake, not the address's.
            Err(rejection @ PathRejection::MissingPathParams(_)) => Err(AppError::internal(rejection)),
            Err(rejection) => {
                tracing::info!(%rejection, "unreadable address");
                Err(AppError::NotFound)
            }
        }
    }
}

/// The query string, as `axum::extract::Query`.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state).await.map(|axum::extract::Query(value)| Self(value)).map_err(|rejection| {
            tracing::info!(%rejection, "unreadable query string");
            AppError::NotFound
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{extract::FromRequestParts, http::Request};

    #[derive(serde::Deserialize, Debug)]
    struct Next {
        #[allow(dead_code)]
        next: Option<String>,
    }

    async fn query(uri: &str) -> Result<Query<Next>, AppError> {
        let (mut parts, ()) = Request::get(uri).body(()).unwrap().into_parts();
        Query::<Next>::from_request_parts(&mut parts, &()).await
    }

    #[tokio::test]
    async fn a_query_that_does_not_read_is_a_not_found_page_not_a_bare_400() {
        assert!(query("/sign-in?next=/profile").await.is_ok());
        assert!(query("/sign-in?next=%FF%FE").await.is_ok(), "bytes that are not UTF-8 are replaced, not refused");
        assert!(matches!(query("/sign-in?next=a&next=b").await, Err(AppError::NotFound)));
    }
}
