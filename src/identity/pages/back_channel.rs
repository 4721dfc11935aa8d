//! Back-channel logout (the provider's server ends every Portico session of a person) and
//! Portico's own public keys.
use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct LogoutForm {
    logout_token: String,
}

/// The answer the specification asks for: 200 when done, 400 with an OAuth error otherwise;
/// never cached.
fn logout_answer(status: StatusCode, error: Option<&str>) -> Response {
    let body = error.map(|e| serde_json::json!({ "error": "invalid_request", "error_description": e }).to_string()).unwrap_or_default();
    let mut response = (status, body).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    if error.is_some() {
        response.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    }
    response
}

pub(super) async fn back_channel_logout(ctx: Ctx, Path(id): Path<String>, Form(form): Form<LogoutForm>) -> PageResult {
    // The provider's server calls this, with no session and no form token: what authorizes it
    // is the logout token, signed with the provider's keys and naming this client.
    let Some(provider) = ctx.state.identity.get(&id).cloned() else {
        return Err(AppError::NotFound);
    };
    let kid = kid_of(&form.logout_token);
    let keys = match provider.keys_for(kid.as_deref()).await {
        Ok(keys) => keys,
        Err(error) => {
            tracing::warn!(provider = %id, %error, "back-channel logout: no keys");
            return Ok(logout_answer(StatusCode::SERVICE_UNAVAILABLE, Some("provider keys unavailable")));
        }
    };
    let expected = crate::identity::logout::Expected { issuer: &provider.config.issuer, client_id: &provider.config.client_id, algs: &provider.config.signing_algs };
    let logout = match crate::identity::logout::check(&form.logout_token, &keys, &expected, now()) {
        Ok(logout) => logout,
        Err(problem) => {
            tracing::info!(provider = %id, %problem, "back-channel logout token refused");
            return Ok(logout_answer(StatusCode::BAD_REQUEST, Some("logout token refused")));
        }
    };
    let expires = chrono::DateTime::from_timestamp(logout.expires_at, 0).unwrap_or_else(chrono::Utc::now);
    if !store::first_use_of_logout_token(&ctx.state.db, &provider.config.issuer, &logout.jti, expires).await.map_err(AppError::internal)? {
        tracing::info!(provider = %id, "back-channel logout token replayed");
        return Ok(logout_answer(StatusCode::BAD_REQUEST, Some("logout token already used")));
    }
    let ended = end_sessions(&ctx.state, &provider.config.issuer, logout.subject.as_deref(), logout.sid.as_deref()).await?;
    tracing::info!(provider = %id, ended, "back-channel logout");
    Ok(logout_answer(StatusCode::OK, None))
}

/// Ends every Portico session signed in with that subject (or that provider session).
pub async fn end_sessions(state: &AppState, issuer: &str, subject: Option<&str>, sid: Option<&str>) -> Result<usize, AppError> {
    use tower_sessions::SessionStore;
    let ids = store::take_sessions(&state.db, issuer, subject, sid).await.map_err(AppError::internal)?;
    let mut ended = 0;
    for text in &ids {
        if let Ok(id) = text.parse::<tower_sessions::session::Id>() {
            state.sessions.delete(&id).await.map_err(AppError::internal)?;
            ended += 1;
        }
    }
    Ok(ended)
}

/// The `kid` of a JWT's header, unverified (only to pick the key).
fn kid_of(token: &str) -> Option<String> {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    let header = token.split('.').next()?;
    let json: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    json.get("kid")?.as_str().map(str::to_owned)
}

pub(super) async fn jwks(ctx: Ctx) -> Response {
    let mut response = axum::Json(ctx.state.identity.jwks()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=3600"));
    response
}
