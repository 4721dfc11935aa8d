//! Receiving forms: a `Form` extractor whose failure is a translated page, the client address
//! for throttling, and the checks every form handler makes (CSRF token, safe return address).

use super::{AppError, Ctx};
use super::AppState;
use crate::session;
use axum::{
    extract::{ConnectInfo, FromRequest, FromRequestParts, Request},
    http::request::Parts,
};
use serde::de::DeserializeOwned;
use std::{convert::Infallible, net::SocketAddr};

/// An `application/x-www-form-urlencoded` body. A body that cannot be read gets the translated
/// "page expired" page instead of axum's English rejection text.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Form::<T>::from_request(request, state).await.map(|axum::Form(v)| Self(v)).map_err(|rejection| {
            tracing::info!(%rejection, "unreadable form body");
            // A body past the limit that came without its length (chunked) is found only here.
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::Expired
            }
        })
    }
}

/// A form whose only field is the CSRF token: a button that does one thing (sign out, start,
/// delete a draft).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    pub csrf_token: String,
}

impl Ctx {
    /// Whether `submitted` is this session's CSRF token. A form that fails this check is shown
    /// again with what was typed and a "form expired" error, so nothing is lost.
    pub async fn csrf_ok(&self, submitted: &str) -> Result<bool, AppError> {
        let session = self.session()?;
        session::csrf_matches(session, submitted).await.map_err(AppError::internal)
    }
}

/// The client's address, for throttling. Behind a proxy (`PORTICO_TRUST_PROXY=true`) it is the
/// last address in `X-Forwarded-For`, the one our own proxy added.
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if state.config.trust_proxy {
            if let Some(addr) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
            {
                return Ok(Self(addr));
            }
        }
        let addr = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(a)| a.ip().to_string());
        Ok(Self(addr.unwrap_or_else(|| "unknown".into())))
    }
}

/// A return address after sign-in: only a path on this site, never another site (`//evil`).
pub fn safe_next(next: Option<&str>, default: &str) -> String {
    match next {
        // No control characters either: the path goes into a `Location` header, which cannot
        // carry them (axum's redirect would panic on one).
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.contains("://") && !path.chars().any(char::is_control) => {
            path.to_owned()
        }
        _ => default.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/profile?x=1"), "/"), "/profile?x=1");
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "/x?u=http://e", "/\nSet-Cookie: x=1"] {
            assert_eq!(safe_next(Some(bad), "/home"), "/home", "{bad}");
        }
        assert_eq!(safe_next(None, "/home"), "/home");
    }
}
