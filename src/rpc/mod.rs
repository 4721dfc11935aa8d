//! Server functions: the calls an island makes to the server (the session keep-alive today).
//! Each is a Leptos `#[server]` function served by `leptos_axum` under `/rpc/`, inside the page
//! router, so the session layer, the language negotiation and the same-origin check run before
//! it as they do before every page.
//!
//! **The rule: every server function calls [`authorized`] before anything else.** The guard says
//! who may call it (a signed-in person, a citizen, a member of staff with a role) and checks the
//! session's CSRF token, which every server function takes as its `csrf_token` argument (the
//! same field name a form uses). A refusal is a 403 with an [`RpcError`] as JSON;
//! `tests/api/rpc.rs` enumerates every registered server function and calls each one as a
//! stranger and with a wrong token.
//!
//! This module compiles for both builds: in the browser a server function is a `fetch` to its
//! address; its body, and the guard, exist only in the server build.

pub mod codec;
pub mod session;

#[cfg(feature = "ssr")]
mod guard;
#[cfg(feature = "ssr")]
pub use guard::{authorized, refuse, router, Caller, Who};

use serde::{Deserialize, Serialize};
use leptos::server_fn::{codec::JsonEncoding, error::{FromServerFnError, ServerFnErrorErr}};

/// Why a server function did not do what it was asked. It crosses the wire as JSON; what went
/// wrong inside the server stays in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum RpcError {
    /// Nobody is signed in, or the sign-in has ended.
    SignedOut,
    /// Signed in, but not as someone who may make this call.
    Forbidden,
    /// The CSRF token is missing or is not this session's.
    BadToken,
    /// The server failed; the detail is in its log.
    Internal,
    /// The call itself failed: the network, or a request or answer that could not be read.
    Call { detail: String },
}

impl RpcError {
    /// The status code [`refuse`] answers with. The refusals share 403, as the forms' "page
    /// expired" answer does; the JSON body says which one it was. (Arguments that cannot be read
    /// are answered by `server_fn` before the body runs, with 500.)
    pub fn status(&self) -> u16 {
        match self {
            Self::SignedOut | Self::Forbidden | Self::BadToken => 403,
            Self::Call { .. } => 400,
            Self::Internal => 500,
        }
    }
}

impl FromServerFnError for RpcError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        Self::Call { detail: error.to_string() }
    }
}

impl std::fmt::Display for RpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SignedOut => f.write_str("not signed in"),
            Self::Forbidden => f.write_str("not allowed"),
            Self::BadToken => f.write_str("missing or wrong CSRF token"),
            Self::Internal => f.write_str("server error"),
            Self::Call { detail } => write!(f, "call failed: {detail}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_crosses_the_wire_as_json_and_comes_back_the_same() {
        let json = String::from_utf8(RpcError::BadToken.ser().to_vec()).unwrap();
        assert_eq!(json, r#"{"error":"bad_token"}"#);
        assert_eq!(RpcError::de(json.into_bytes().into()), RpcError::BadToken);
    }

    #[test]
    fn an_answer_that_is_not_an_rpc_error_reads_as_a_failed_call() {
        // What a cross-site call gets back is the "page expired" page, not JSON.
        let error = RpcError::de(bytes_of("<!DOCTYPE html>"));
        assert!(matches!(error, RpcError::Call { .. }), "{error:?}");
    }

    #[test]
    fn refusals_are_forbidden_and_failures_are_server_errors() {
        assert_eq!(RpcError::SignedOut.status(), 403);
        assert_eq!(RpcError::Forbidden.status(), 403);
        assert_eq!(RpcError::BadToken.status(), 403);
        assert_eq!(RpcError::Internal.status(), 500);
    }

    fn bytes_of(text: &str) -> leptos::server_fn::Bytes {
        leptos::server_fn::Bytes::from(text.to_owned())
    }
}
