//! The server side of server functions: the route that serves them through `leptos_axum`, and
//! [`authorized`], the guard each one opens with.

use super::RpcError;
use crate::{
    session::{self, Identity, Role},
    web::{AppState, Ctx},
};
use axum::{
    extract::{Request, State},
    http::request::Parts,
    response::{IntoResponse, Response},
    routing::post,
    Router,
};
use leptos::prelude::{provide_context, use_context};

/// Where server functions live: the prefix of every `#[server(prefix = "/rpc", …)]`.
pub const PREFIX: &str = "/rpc";

/// The server functions' route, for the page router (so that every page middleware runs first).
/// Only POST: a GET, or a path no server function has, never reaches one.
pub fn router() -> Router<AppState> {
    Router::new().route(&format!("{PREFIX}/{{*name}}"), post(serve))
}

/// Hands the request to `leptos_axum`, which finds the server function by its path and runs it
/// with the request's parts (session, language) and the application state in its context.
async fn serve(State(state): State<AppState>, request: Request) -> Response {
    leptos_axum::handle_server_fns_with_context(move || provide_context(state.clone()), request)
        .await
        .into_response()
}

/// Who may call a server function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// Anyone signed in: a citizen or a member of staff.
    SignedIn,
    /// A signed-in citizen.
    Citizen,
    /// A member of staff holding at least this role (admins hold every role).
    Staff(Role),
}

impl Who {
    /// Whether `identity` may make a call that `self` allows.
    pub fn permits(self, identity: Option<Identity>) -> Result<Identity, RpcError> {
        let identity = identity.ok_or(RpcError::SignedOut)?;
        let allowed = match (self, identity) {
            (Self::SignedIn, _) | (Self::Citizen, Identity::Citizen { .. }) => true,
            (Self::Staff(needed), Identity::Staff { role, .. }) => role == Role::Admin || role == needed,
            _ => false,
        };
        if allowed { Ok(identity) } else { Err(RpcError::Forbidden) }
    }
}

/// A caller the guard let through: the request's context and who they are.
#[derive(Clone, Debug)]
pub struct Caller {
    pub ctx: Ctx,
    pub identity: Identity,
}

/// Opens every server function, before anything else it does: refuses a caller `who` does not
/// allow, then a `csrf_token` that is not this session's, each with a 403 and its [`RpcError`].
/// The order matters: a stranger learns nothing about tokens.
pub async fn authorized(who: Who, csrf_token: &str) -> Result<Caller, RpcError> {
    check(who, csrf_token).await.map_err(refuse)
}

async fn check(who: Who, csrf_token: &str) -> Result<Caller, RpcError> {
    let (Some(parts), Some(state)) = (use_context::<Parts>(), use_context::<AppState>()) else {
        tracing::error!("a server function ran without the request in its context");
        return Err(RpcError::Internal);
    };
    let ctx = Ctx::load(&parts, &state).await.map_err(|error| internal(&error))?;
    let identity = who.permits(ctx.identity)?;
    let session = ctx.session().map_err(|error| internal(&error))?;
    if !session::csrf_matches(session, csrf_token).await.map_err(|error| internal(&error))? {
        return Err(RpcError::BadToken);
    }
    Ok(Caller { ctx, identity })
}

fn internal(error: &dyn std::fmt::Debug) -> RpcError {
    tracing::error!(?error, "server function failed");
    RpcError::Internal
}

/// Sets the answer's status to `error`'s and gives the error back, for `map_err`. Without it an
/// error goes out as `server_fn`'s 500.
pub fn refuse(error: RpcError) -> RpcError {
    if let (Some(options), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(error.status()))
    {
        options.set_status(status);
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    const CITIZEN: Identity = Identity::Citizen { id: 1 };
    const CASEWORKER: Identity = Identity::Staff { id: 2, role: Role::Caseworker };
    const ADMIN: Identity = Identity::Staff { id: 3, role: Role::Admin };

    #[test]
    fn nobody_signed_in_may_call_anything() {
        for who in [Who::SignedIn, Who::Citizen, Who::Staff(Role::Caseworker), Who::Staff(Role::Admin)] {
            assert_eq!(who.permits(None), Err(RpcError::SignedOut), "{who:?}");
        }
    }

    #[test]
    fn signed_in_means_a_citizen_or_any_member_of_staff() {
        for identity in [CITIZEN, CASEWORKER, ADMIN] {
            assert_eq!(Who::SignedIn.permits(Some(identity)), Ok(identity));
        }
    }

    #[test]
    fn citizens_and_staff_do_not_stand_in_for_each_other() {
        assert_eq!(Who::Citizen.permits(Some(CASEWORKER)), Err(RpcError::Forbidden));
        assert_eq!(Who::Staff(Role::Caseworker).permits(Some(CITIZEN)), Err(RpcError::Forbidden));
    }

    #[test]
    fn an_admin_holds_every_staff_role_and_a_caseworker_only_theirs() {
        assert_eq!(Who::Staff(Role::Caseworker).permits(Some(ADMIN)), Ok(ADMIN));
        assert_eq!(Who::Staff(Role::Admin).permits(Some(CASEWORKER)), Err(RpcError::Forbidden));
    }
}
