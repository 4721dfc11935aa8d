//! The session's server function: "Stay signed in" in the timeout warning. It lives here rather
//! than in `crate::session`, which exists only in the server build, because the browser build
//! needs its caller.

use super::{codec::NoContent, RpcError};
use leptos::prelude::*;

/// Renews the session of whoever is signed in. The guard is all it does: the session layer saves
/// the session on every answer, which moves its idle timeout. `204 No Content` when renewed.
#[server(prefix = "/rpc", endpoint = "session/keep-alive", output = NoContent)]
pub async fn keep_alive(#[server(default)] csrf_token: String) -> Result<(), RpcError> {
    super::authorized(super::Who::SignedIn, &csrf_token).await?;
    Ok(())
}
