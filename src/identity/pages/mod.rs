//! The identity pages and endpoints. Each handler decides first who may call it, then calls the
//! plain functions of [`flow`](super::flow), [`provider`](super::provider), [`store`](super::store)
//! and [`logout`](super::logout). By concern:
//!
//! * [`sign_in`]: `GET /sign-in/with/{provider}` (anyone) starts a sign-in and sends the person to
//!   the provider; `GET /sign-in/step-up` (the signed-in citizen) asks for a higher level.
//! * [`callback`]: `GET <callback_path>` (anyone: the provider sends the person back here; what
//!   proves the sign-in is this session's pending state, not who calls) finishes it: signs in,
//!   creates the account, links, steps up or confirms.
//! * [`methods`]: `GET /profile/sign-in-methods`, `POST …/add`, `POST …/confirm`,
//!   `POST …/{id}/remove` (the signed-in citizen; only their own identities): the ways to sign
//!   in; adding one needs the password, or for an account without one a fresh sign-in with a
//!   provider already theirs (which also opens a change of email address).
//! * [`failure`]: the page of a sign-in that did not complete.
//! * [`back_channel`]: `POST /identity/{provider}/back-channel-logout` (the provider's server:
//!   what proves it is the logout token's signature) ends every session of that subject;
//!   `GET /identity/jwks.json` (anyone) is Portico's public key for `private_key_jwt`.
//!
//! Whatever fails on the way shows a translated page that leads back to where the person
//! started; nothing in their session but the sign-in under way is touched, so a guest's answers
//! and a draft stay as they were. The children share this module's imports (`use super::*`).

mod back_channel;
mod callback;
mod failure;
mod methods;
mod sign_in;

pub use back_channel::end_sessions;
pub use callback::claims_for_profile;
pub use sign_in::{level_reached, require_level};

use back_channel::{back_channel_logout, jwks};
use callback::callback;
use failure::failure_page;
use methods::{add_submit, confirm_submit, methods, remove_submit};
use sign_in::{send_to_provider, start, step_up_page};

use super::{
    config::Audience,
    flow::{self, CallbackQuery, Failure, Pending, Purpose, Then},
    level::Level,
    provider::{Provider, ProviderError, Verified},
    store::{self, Actor, LinkOutcome},
};
use crate::{
    auth::{accounts::{self, EmailAddress}, password, require_citizen, Identity, Role},
    i18n::use_i18n,
    profile::{fields::{Date, Name, Phone}, store::{self as profile_store, Field, Source}},
    session::{self, SignInTerms},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, PasswordInput, RadioItem, Radios},
    web::{
        extract::{Path, Query},
        form::{safe_next, ClientAddr, Form},
        AppError, AppState, Ctx, PageResult,
    },
    with_db, with_tx,
};
use axum::{
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use chrono::Datelike;
use leptos::prelude::*;
use serde::Deserialize;
use std::sync::Arc;

/// The sign-ins under way in this session ([`flow::Pending`]).
const PENDING_KEY: &str = "identity_pending";

pub use crate::auth::accounts::NO_PASSWORD;

pub fn router(providers: &super::Providers) -> Router<AppState> {
    let mut router = super::admin::router()
        .route("/sign-in/with/{provider}", get(start))
        .route("/sign-in/step-up", get(step_up_page))
        .route("/identity/jwks.json", get(jwks))
        .route("/identity/{provider}/back-channel-logout", post(back_channel_logout))
        .route("/profile/sign-in-methods", get(methods))
        .route("/profile/sign-in-methods/add", post(add_submit))
        .route("/profile/sign-in-methods/confirm", post(confirm_submit))
        .route("/profile/sign-in-methods/{id}/remove", post(remove_submit));
    // Each provider returns to the path registered with it.
    for provider in providers.all() {
        let id = provider.config.id.clone();
        router = router.route(provider.config.callback_path.as_str(), get(move |ctx: Ctx, Query(q): Query<CallbackQuery>| callback(ctx, id.clone(), q)));
    }
    router
}

/// Where to return after the provider: a path on this site ([`safe_next`]) that can also be
/// sent in a `Location` header (no control characters), or `default`.
fn local_path(next: Option<&str>, default: &str) -> String {
    let path = safe_next(next, default);
    if path.chars().any(char::is_control) || path.len() > 2048 {
        default.to_owned()
    } else {
        path
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Where a sign-in with no `next` ends.
fn home(audience: Audience) -> &'static str {
    match audience {
        Audience::Citizens => "/profile",
        Audience::Staff => "/staff",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_is_a_path_on_this_site_that_a_redirect_can_carry() {
        assert_eq!(local_path(Some("/services/bulky-waste/items?x=1"), "/profile"), "/services/bulky-waste/items?x=1");
        for bad in ["https://evil.example/", "//evil.example", "/\nSet-Cookie: x=1", "/\u{7f}"] {
            assert_eq!(local_path(Some(bad), "/profile"), "/profile", "{bad:?}");
        }
        assert_eq!(local_path(Some(&format!("/{}", "a".repeat(3000))), "/profile"), "/profile");
    }
}
