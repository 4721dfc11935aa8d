//! Identity: citizen accounts (sign up, email verification, sign in and out, forgotten and
//! changed passwords, changed email), staff sign-in and roles, and sign-in throttling. The
//! session itself (who is signed in, CSRF tokens) lives below every module, in `crate::session`.
//!
//! Guards open every handler that needs a signed-in person: [`require_citizen`] and
//! [`require_staff`]. They are checked on the server for every request; nothing in a URL or a
//! form is trusted to say who someone is.

pub mod accounts;
pub mod citizen;
pub mod password;
pub mod staff;

use crate::web::{AppError, AppState, Ctx};
use axum::Router;
pub use crate::session::{Identity, Role};

pub fn router() -> Router<AppState> {
    Router::new().merge(citizen::router()).merge(staff::router())
}

/// The signed-in citizen's id, or a redirect to sign in that comes back here.
pub fn require_citizen(ctx: &Ctx) -> Result<i64, AppError> {
    match ctx.identity {
        Some(Identity::Citizen { id }) => Ok(id),
        Some(Identity::Staff { .. }) => Err(AppError::Forbidden),
        None => Err(AppError::SignInNeeded { sign_in: "/sign-in", back_to: ctx.url.path.clone() }),
    }
}

/// The signed-in member of staff, who must hold at least `role` (admins hold every role).
pub fn require_staff(ctx: &Ctx, role: Role) -> Result<(i64, Role), AppError> {
    match ctx.identity {
        Some(Identity::Staff { id, role: held }) if held == Role::Admin || held == role => Ok((id, held)),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::SignInNeeded { sign_in: "/staff/sign-in", back_to: ctx.url.path.clone() }),
    }
}
