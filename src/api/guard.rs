//! What every API call passes before its handler: the key ([`authenticate`]: `Authorization:
//! Bearer <secret>`, never a session cookie, since these routes sit outside the session layer and
//! no cookie is read), its rate limit, and for a POST its `Idempotency-Key` ([`idempotency`]).
//! Handlers then take the [`Caller`] and check the scope with [`Caller::writer`] and the
//! revision with [`if_match`].

use super::{
    keys::{self, Caller, Checked, Scope},
    problem::ApiError,
};
use crate::{web::AppState, with_db};
use axum::{
    body::{to_bytes, Body},
    extract::{FromRequestParts, Request, State},
    http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};

/// The most a JSON body may hold.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The key in `Authorization: Bearer …`, if the header has that form.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Refuses a call without a valid key (401), or over the key's calls per minute (429), before
/// anything else; puts the [`Caller`] on the request.
pub async fn authenticate(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let Some(secret) = bearer(request.headers()) else { return ApiError::Unauthorized.into_response() };
    match keys::authenticate(&state.db, secret, Utc::now()).await {
        Ok(Checked::Valid(caller)) => {
            request.extensions_mut().insert(caller);
            next.run(request).await
        }
        Ok(Checked::Invalid) => ApiError::Unauthorized.into_response(),
        Ok(Checked::Limited(seconds)) => ApiError::RateLimited(seconds).into_response(),
        Err(error) => ApiError::internal(error).into_response(),
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        // Put there by `authenticate`, which every route but the OpenAPI document passes.
        parts.extensions.get::<Caller>().cloned().ok_or(ApiError::Unauthorized)
    }
}

impl Caller {
    /// The caller, if its key may write.
    pub fn writer(&self) -> Result<&Self, ApiError> {
        match self.scope {
            Scope::ReadWrite => Ok(self),
            Scope::Read => Err(ApiError::ReadOnly),
        }
    }

    pub fn actor(&self) -> crate::casework::store::Actor {
        crate::casework::store::Actor::Key(self.key.clone())
    }
}

/// The ETag of a request at `revision`.
pub fn etag(revision: i64) -> String {
    format!("\"v{revision}\"")
}

/// What `If-Match` asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Precondition {
    /// `*`: whatever the request's revision is.
    Any,
    /// One of these revisions (weak tags never match, as RFC 9110 says for If-Match).
    Revisions(Vec<i64>),
}

impl Precondition {
    /// The revision to act from, when `current` is acceptable; else 412.
    pub fn expect(&self, current: i64) -> Result<i64, ApiError> {
        match self {
            Self::Any => Ok(current),
            Self::Revisions(list) if list.contains(&current) => Ok(current),
            Self::Revisions(_) => Err(ApiError::PreconditionFailed),
        }
    }
}

/// Reads `If-Match`: 428 when it is missing, 400 when it does not parse.
pub fn if_match(headers: &HeaderMap) -> Result<Precondition, ApiError> {
    let value = headers.get(header::IF_MATCH).ok_or(ApiError::PreconditionRequired)?;
    let text = value.to_str().map_err(|_| ApiError::BadRequest("If-Match is not text".into()))?.trim();
    if text == "*" {
        return Ok(Precondition::Any);
    }
    let mut revisions = Vec::new();
    for tag in text.split(',').map(str::trim) {
        if tag.starts_with("W/\"") {
            continue;
        }
        let inner = tag
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .ok_or_else(|| ApiError::BadRequest("If-Match must hold entity tags in double quotes, such as \"v3\"".into()))?;
        // A tag of another form is no revision of ours: it can only fail to match.
        if let Some(n) = inner.strip_prefix('v').and_then(|n| n.parse::<i64>().ok()) {
            revisions.push(n);
        }
    }
    Ok(Precondition::Revisions(revisions))
}

/// What an `Idempotency-Key` may be: 1 to 255 visible ASCII characters.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    let text = value.to_str().unwrap_or_default().trim();
    let text = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text);
    if text.is_empty() || text.len() > 255 || !text.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::BadRequest("Idempotency-Key must be 1 to 255 visible ASCII characters".into()));
    }
    Ok(Some(text.to_owned()))
}

/// How long an answer is kept for a retry with the same `Idempotency-Key`.
const KEPT_HOURS: i64 = 24;

/// For a POST with `Idempotency-Key`: the first call runs and its answer is kept for a day; a
/// retry (same key, method, address and body) gets that answer again, with `Idempotent-Replayed:
/// true`; the key with another call is 422; a retry while the first is running is 409. An answer
/// of 5xx, 400, 412 or 428 is not kept, so the call can be tried again (with the header fixed). Every POST body is read here, at most
/// [`BODY_LIMIT`] bytes.
pub async fn idempotency(State(state): State<AppState>, request: Request, next: Next) -> Response {
    match idempotent(&state, request, next).await {
        Ok(response) | Err(response) => response,
    }
}

async fn idempotent(state: &AppState, request: Request, next: Next) -> Result<Response, Response> {
    if request.method() != Method::POST {
        return Ok(next.run(request).await);
    }
    let caller = request.extensions().get::<Caller>().cloned().ok_or_else(|| ApiError::Unauthorized.into_response())?;
    let key = idempotency_key(request.headers()).map_err(IntoResponse::into_response)?;
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, BODY_LIMIT).await.map_err(|_| ApiError::TooLarge(BODY_LIMIT).into_response())?;
    let Some(key) = key else {
        return Ok(next.run(Request::from_parts(parts, Body::from(bytes))).await);
    };
    let fingerprint = {
        let mut hash = Sha256::new();
        hash.update(parts.method.as_str());
        hash.update([0]);
        hash.update(parts.uri.path());
        hash.update([0]);
        hash.update(&bytes);
        format!("{:x}", hash.finalize())
    };
    let db = &state.db;
    let internal = |e: sqlx::Error| ApiError::internal(e).into_response();
    let now = Utc::now();
    with_db!(db, |pool| sqlx::query("DELETE FROM api_idempotency WHERE created_at < $1").bind(now - Duration::hours(KEPT_HOURS)).execute(pool).await.map(|r| r.rows_affected()))
        .map_err(internal)?;
    let inserted = with_db!(db, |pool| sqlx::query(
        "INSERT INTO api_idempotency (key_id, idempotency_key, fingerprint, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (key_id, idempotency_key) DO NOTHING"
    )
    .bind(caller.key.id)
    .bind(&key)
    .bind(&fingerprint)
    .bind(now)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))
    .map_err(internal)?;
    if inserted == 0 {
        let kept: Option<(String, Option<i64>, Option<String>, Option<String>)> = with_db!(db, |pool| sqlx::query_as(
            "SELECT fingerprint, status, etag, body FROM api_idempotency WHERE key_id = $1 AND idempotency_key = $2"
        )
        .bind(caller.key.id)
        .bind(&key)
        .fetch_optional(pool)
        .await)
        .map_err(internal)?;
        return match kept {
            Some((kept_fingerprint, _, _, _)) if kept_fingerprint != fingerprint => Err(ApiError::IdempotencyKeyReused.into_response()),
            Some((_, Some(status), etag, body)) => Ok(replay(status, etag, body.unwrap_or_default())),
            // Still being answered (or, rarely, removed since the insert: try again).
            _ => Err(ApiError::IdempotencyKeyInUse.into_response()),
        };
    }
    let response = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    let (mut head, body) = response.into_parts();
    let forget = || async {
        let _ = with_db!(db, |pool| sqlx::query("DELETE FROM api_idempotency WHERE key_id = $1 AND idempotency_key = $2")
            .bind(caller.key.id)
            .bind(&key)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()));
    };
    let body = match to_bytes(body, 16 * 1024 * 1024).await {
        Ok(body) => body,
        Err(error) => {
            forget().await;
            return Err(ApiError::internal(error).into_response());
        }
    };
    // A failure on our side, and a refusal that hangs on the headers rather than the body (a
    // missing, stale or unreadable If-Match), are not kept: the retry is answered afresh.
    if head.status.is_server_error() || matches!(head.status.as_u16(), 400 | 412 | 428) {
        forget().await;
    } else {
        let etag = head.headers.get(header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let text = String::from_utf8_lossy(&body).into_owned();
        with_db!(db, |pool| sqlx::query("UPDATE api_idempotency SET status = $1, etag = $2, body = $3 WHERE key_id = $4 AND idempotency_key = $5")
            .bind(i64::from(head.status.as_u16()))
            .bind(etag)
            .bind(text)
            .bind(caller.key.id)
            .bind(&key)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .map_err(internal)?;
    }
    head.headers.remove(header::CONTENT_LENGTH);
    Ok(Response::from_parts(head, Body::from(body)))
}

/// The kept answer to a call made before with the same `Idempotency-Key`.
fn replay(status: i64, etag: Option<String>, body: String) -> Response {
    let status = u16::try_from(status).ok().and_then(|s| StatusCode::from_u16(s).ok()).unwrap_or(StatusCode::OK);
    let kind = if status.is_success() { "application/json" } else { "application/problem+json" };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    if let Some(tag) = etag.and_then(|t| HeaderValue::from_str(&t).ok()) {
        headers.insert(header::ETAG, tag);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (header::HeaderName::from_static(k), HeaderValue::from_static(v))).collect()
    }

    #[test]
    fn a_bearer_key_is_read_whatever_the_scheme_case() {
        assert_eq!(bearer(&headers(&[("authorization", "Bearer portico_abc")])), Some("portico_abc"));
        assert_eq!(bearer(&headers(&[("authorization", "bearer portico_abc")])), Some("portico_abc"));
        assert_eq!(bearer(&headers(&[("authorization", "Basic dXNlcg==")])), None);
        assert_eq!(bearer(&headers(&[])), None);
    }

    #[test]
    fn if_match_is_required_and_matches_only_strong_tags_of_the_current_revision() {
        assert!(matches!(if_match(&headers(&[])), Err(ApiError::PreconditionRequired)));
        assert_eq!(if_match(&headers(&[("if-match", "*")])).unwrap(), Precondition::Any);
        let tags = if_match(&headers(&[("if-match", "\"v3\", W/\"v4\", \"other\"")])).unwrap();
        assert_eq!(tags, Precondition::Revisions(vec![3]));
        assert_eq!(tags.expect(3).unwrap(), 3);
        assert!(matches!(tags.expect(4), Err(ApiError::PreconditionFailed)));
        assert!(matches!(if_match(&headers(&[("if-match", "v3")])), Err(ApiError::BadRequest(_))));
        assert_eq!(etag(7), "\"v7\"");
    }

    #[test]
    fn an_idempotency_key_is_short_visible_text() {
        assert_eq!(idempotency_key(&headers(&[("idempotency-key", "\"8e03978e-40d5\"")])).unwrap().as_deref(), Some("8e03978e-40d5"));
        assert_eq!(idempotency_key(&headers(&[])).unwrap(), None);
        assert!(idempotency_key(&headers(&[("idempotency-key", "a b")])).is_err());
    }
}
