//! Identity: citizen accounts (sign up, email verification, sign in and out, forgotten and
//! changed passwords, changed email), staff sign-in and roles, and sign-in throttling. The
//! session itself (who is signed in, CSRF tokens) lives below every module, in `crate::session`.
//!
//! Guards open every handler that needs a signed-in person: [`require_citizen`] and
//! [`require_staff`]. They are checked on the server for every request; nothing in a URL or a
//! form is trusted to say who someone is.
//!
//! The rules for signing in and for choosing a password from a link are the same for both
//! kinds of account: they live once, in [`credentials`].

pub mod accounts;
pub mod citizen;
pub mod credentials;
pub mod password;
pub mod staff;
pub mod staff_accounts;

use crate::{
    i18n::use_i18n,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, PasswordInput},
    web::{AppError, AppState, Ctx},
};
use axum::response::Response;
use leptos::prelude::*;
use accounts::{AccountKind, Purpose};
use axum::Router;
use credentials::SetPasswordError;
pub use crate::session::{Identity, Role};
use serde::Deserialize;

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

// The forms and queries of the citizen and staff pages alike.

/// Where to go after signing in.
#[derive(Deserialize, Default)]
#[serde(default)]
struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignInForm {
    email: String,
    password: String,
    next: Option<String>,
    csrf_token: String,
}

/// A link sent by email.
#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenQuery {
    token: String,
}

/// The form a link sent by email leads to for choosing a password: a citizen's reset, or a new
/// member of staff's invitation.
#[derive(Deserialize, Default)]
#[serde(default)]
struct LinkPasswordForm {
    token: String,
    password: String,
    csrf_token: String,
}

/// What a [`LinkPasswordForm`] came to.
enum FromLink {
    Set,
    /// Show the form again, with a fresh CSRF token.
    Again { csrf: String, errors: FieldErrors },
    /// The link was used, has expired, or never existed.
    Gone,
}

/// Answers a [`LinkPasswordForm`] for either kind of account: the CSRF check first, then
/// [`credentials::password_from_token`], its problems shown at the password field.
async fn password_from_link(ctx: &Ctx, kind: AccountKind, purpose: Purpose, form: &LinkPasswordForm) -> Result<FromLink, AppError> {
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("password", "form-error-expired");
    } else {
        match credentials::password_from_token(&ctx.state.db, kind, purpose, &form.token, &form.password).await {
            Ok(account) => {
                // Whoever knew the old password may be signed in somewhere: not any more.
                let kind = match kind {
                    AccountKind::Citizen => "citizen",
                    AccountKind::Staff => "staff",
                };
                crate::session::end_other_sessions(&ctx.state.db, &ctx.state.sessions, (kind, account), None).await.map_err(AppError::internal)?;
                return Ok(FromLink::Set);
            }
            Err(SetPasswordError::Password(problem)) => errors.add("password", problem.message_id()),
            Err(SetPasswordError::Link) => return Ok(FromLink::Gone),
            Err(e) => return Err(AppError::internal(e)),
        }
    }
    Ok(FromLink::Again { csrf: ctx.csrf_token().await?, errors })
}

/// The page a [`LinkPasswordForm`] is filled in on, for either kind of account: its messages
/// (title and heading) and the address it posts to.
struct NewPasswordPage {
    title: &'static str,
    heading: &'static str,
    action: &'static str,
}

/// Draws a [`NewPasswordPage`]: the link's token rides along in a hidden field.
fn render_new_password(ctx: &Ctx, page: NewPasswordPage, csrf: String, token: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t(page.title), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{i.t(page.heading)}</h1>
                <form method="post" action=page.action novalidate>
                    <CsrfField token=csrf/>
                    <input type="hidden" name="token" value=token/>
                    <PasswordInput id="password" label=t!(i, "field-new-password") hint=t!(i, "password-rules-hint")
                        error=errors.get("password").map(str::to_owned) autocomplete="new-password"/>
                    <Button label=t!(i, "reset-button")/>
                </form>
            </div></div>
        }
    })
}
