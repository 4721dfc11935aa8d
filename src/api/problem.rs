//! The API's one error type, [`ApiError`], answered as RFC 9457 problem details
//! (`application/problem+json`): a `type` naming the kind of problem (a link to its entry on the
//! staff area's API reference), a `title` that is the same for every problem of that type, the
//! HTTP `status`, and a `detail` about this occurrence. Database and other internal detail goes
//! to the log only.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Serialize;

/// Why an API call was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No key, an unknown one, an expired or a revoked one: all alike, so nothing is learnt.
    #[error("a valid API key is needed")]
    Unauthorized,
    /// A read-only key asked to write.
    #[error("this key may only read")]
    ReadOnly,
    #[error("not found")]
    NotFound,
    #[error("this address does not take this method")]
    MethodNotAllowed,
    /// A query parameter, header or body that does not parse.
    #[error("{0}")]
    BadRequest(String),
    /// The body parsed, but something the action needs is missing or wrong.
    #[error("{detail}")]
    Invalid { detail: String, field: &'static str },
    /// The workflow does not go from the request's status to the one asked for.
    #[error("{0}")]
    Conflict(String),
    /// `If-Match` names a revision the request is no longer at.
    #[error("the request changed since the revision given in If-Match")]
    PreconditionFailed,
    /// A write without `If-Match`.
    #[error("a write needs If-Match with the ETag of the request as last read")]
    PreconditionRequired,
    /// The `Idempotency-Key` was used before with another call.
    #[error("this Idempotency-Key was used with a different call")]
    IdempotencyKeyReused,
    /// The first call with this `Idempotency-Key` is still being answered.
    #[error("a call with this Idempotency-Key is still being answered")]
    IdempotencyKeyInUse,
    #[error("the body is larger than {0} bytes")]
    TooLarge(usize),
    /// The key's calls per minute are used up; try again after this many seconds.
    #[error("too many calls: try again in {0} s")]
    RateLimited(u64),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// Wraps any error as an internal one; the message is logged, never sent.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::ReadOnly => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Invalid { .. } | Self::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_) | Self::IdempotencyKeyInUse => StatusCode::CONFLICT,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem type's short name: `type` is the reference page's entry for it.
    pub fn slug(&self) -> &'static str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::ReadOnly => "read-only-key",
            Self::NotFound => "not-found",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::BadRequest(_) => "bad-request",
            Self::Invalid { .. } => "invalid",
            Self::Conflict(_) => "workflow",
            Self::PreconditionFailed => "precondition-failed",
            Self::PreconditionRequired => "precondition-required",
            Self::IdempotencyKeyReused => "idempotency-key-reused",
            Self::IdempotencyKeyInUse => "idempotency-key-in-use",
            Self::TooLarge(_) => "too-large",
            Self::RateLimited(_) => "rate-limited",
            Self::Internal(_) => "internal",
        }
    }

    fn title(&self) -> &'static str {
        PROBLEM_TYPES.iter().find(|(slug, ..)| *slug == self.slug()).map_or("Error", |(_, title, _)| title)
    }
}

/// Every problem type: its short name, title and when it happens (for the reference page).
pub const PROBLEM_TYPES: [(&str, &str, &str); 14] = [
    ("unauthorized", "A valid API key is needed", "401: no Authorization: Bearer header, or a key that is unknown, expired or revoked."),
    ("read-only-key", "This key may only read", "403: a key with the read scope called an address that writes."),
    ("not-found", "Not found", "404: no such address, or a request or file that is not one of the key's teams'."),
    ("method-not-allowed", "This address does not take this method", "405: for example a POST to an address that is only read."),
    ("bad-request", "The call does not parse", "400: a query parameter, header or JSON body that is not what the address takes."),
    ("invalid", "Something the action needs is missing or wrong", "422: for example a decision without its reason; `field` names the part of the body."),
    ("workflow", "The workflow does not allow this change", "409: the request's status does not lead there; `allowed_statuses` of the request says where it can go."),
    ("precondition-failed", "The request changed since you read it", "412: If-Match does not match the request's current ETag. Read it again, then decide again."),
    ("precondition-required", "If-Match is needed", "428: every write needs If-Match with the ETag of the request as last read."),
    ("idempotency-key-reused", "This Idempotency-Key was used with a different call", "422: a key is for one call (method, address and body); use a new one for another call."),
    ("idempotency-key-in-use", "A call with this Idempotency-Key is still being answered", "409: try again shortly; you will then get that call's answer."),
    ("too-large", "The body is too large", "413: JSON bodies are at most 64 KiB."),
    ("rate-limited", "Too many calls", "429: the key's calls per minute are used up; Retry-After says after how many seconds to try again."),
    ("internal", "Something went wrong on our side", "500: nothing was changed, or the change was made whole; it is safe to try again with the same Idempotency-Key."),
];

/// Where problem types are described: entries on the staff area's API reference page.
pub const PROBLEM_BASE: &str = "/staff/api#problem-";

/// An RFC 9457 problem details object.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Names the kind of problem: a link to its entry on the API reference page.
    #[serde(rename = "type")]
    pub kind: String,
    /// The same for every problem of this type.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// About this occurrence.
    pub detail: String,
    /// For `invalid`: the part of the body that is missing or wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let detail = match &self {
            Self::Internal(detail) => {
                tracing::error!(error = %detail, "API call failed");
                "The call failed on our side.".to_owned()
            }
            other => other.to_string(),
        };
        let field = match &self {
            Self::Invalid { field, .. } => Some((*field).to_owned()),
            _ => None,
        };
        let problem = Problem { kind: format!("{PROBLEM_BASE}{}", self.slug()), title: self.title().to_owned(), status: status.as_u16(), detail, field };
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        match self {
            Self::Unauthorized => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"portico\""));
            }
            Self::RateLimited(seconds) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            }
            _ => {}
        }
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        Self::internal(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_documented_problem_type() {
        let all = [
            ApiError::Unauthorized,
            ApiError::ReadOnly,
            ApiError::NotFound,
            ApiError::MethodNotAllowed,
            ApiError::BadRequest(String::new()),
            ApiError::Invalid { detail: String::new(), field: "x" },
            ApiError::Conflict(String::new()),
            ApiError::PreconditionFailed,
            ApiError::PreconditionRequired,
            ApiError::IdempotencyKeyReused,
            ApiError::IdempotencyKeyInUse,
            ApiError::TooLarge(1),
            ApiError::RateLimited(1),
            ApiError::Internal(String::new()),
        ];
        assert_eq!(all.len(), PROBLEM_TYPES.len());
        for error in all {
            assert!(PROBLEM_TYPES.iter().any(|(slug, ..)| *slug == error.slug()), "{error:?}");
        }
    }

    #[test]
    fn an_internal_error_tells_the_caller_nothing_of_its_cause() {
        let response = ApiError::internal("database password wrong").into_response();
        assert_eq!(response.status(), 500);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
    }

    #[test]
    fn a_rate_limited_call_says_when_to_try_again() {
        let response = ApiError::RateLimited(17).into_response();
        assert_eq!(response.status(), 429);
        assert_eq!(response.headers()[header::RETRY_AFTER], "17");
    }
}
