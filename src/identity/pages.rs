//! The identity pages and endpoints. Each handler decides first who may call it, then calls the
//! plain functions of [`flow`], [`provider`], [`store`] and [`logout`]:
//!
//! * `GET /sign-in/with/{provider}` (anyone): starts a sign-in and sends the person to the provider.
//! * `GET <callback_path>` (anyone: the provider sends the person back here; what proves the
//!   sign-in is this session's pending state, not who calls): finishes it.
//! * `GET /profile/sign-in-methods`, `POST …/add`, `POST …/{id}/remove` (the signed-in citizen;
//!   only their own identities): the ways to sign in, add one with the password, remove one.
//! * `POST /identity/{provider}/back-channel-logout` (the provider's server: what proves it is
//!   the logout token's signature): ends every session of that subject.
//! * `GET /identity/jwks.json` (anyone): Portico's public key for `private_key_jwt`.
//!
//! Whatever fails on the way shows a translated page that leads back to where the person
//! started; nothing in their session but the sign-in under way is touched, so a guest's answers
//! and a draft stay as they were.

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

// ---------------------------------------------------------------------------------------------
// Starting a sign-in

#[derive(Deserialize, Default)]
#[serde(default)]
struct StartQuery {
    next: Option<String>,
}

async fn start(ctx: Ctx, Path(id): Path<String>, Query(q): Query<StartQuery>) -> PageResult {
    // Anyone may start; someone already signed in as the provider's kind of person goes on.
    let provider = ctx.state.identity.get(&id).ok_or(AppError::NotFound)?.clone();
    let back_to = local_path(q.next.as_deref(), home(provider.config.audience));
    match (provider.config.audience, ctx.identity) {
        (Audience::Citizens, Some(Identity::Citizen { .. })) | (Audience::Staff, Some(Identity::Staff { .. })) => {
            return Ok(Redirect::to(&back_to).into_response())
        }
        _ => {}
    }
    let level = provider.config.minimum_level;
    send_to_provider(&ctx, &provider, Purpose::SignIn, level, back_to).await
}

/// Remembers a new sign-in in the session and sends the person to the provider.
async fn send_to_provider(ctx: &Ctx, provider: &Arc<Provider>, purpose: Purpose, level: Level, back_to: String) -> PageResult {
    let level = level.max(provider.config.minimum_level);
    // A confirmation must be a sign-in made now, not the provider's session reused.
    let fresh = matches!(purpose, Purpose::Confirm { .. });
    let started = match provider.start(level, &ctx.i18n.language().code, fresh).await {
        Ok(started) => started,
        Err(error) => {
            tracing::warn!(provider = %provider.config.id, %error, "could not start a sign-in");
            return Ok(failure_page(ctx, provider, Failure::ProviderDown, &back_to));
        }
    };
    let session = ctx.session()?;
    let under_way: Vec<Pending> = session.get(PENDING_KEY).await.map_err(AppError::internal)?.unwrap_or_default();
    let pending = Pending {
        provider: provider.config.id.clone(),
        state: started.state,
        nonce: started.nonce,
        pkce_verifier: started.pkce_verifier,
        purpose,
        level,
        back_to,
        started_at: now(),
    };
    session.insert(PENDING_KEY, flow::remember(under_way, pending, now())).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&started.url).into_response())
}

/// The level of assurance this request's sign-in reached: none for a password, or nobody.
pub async fn level_reached(ctx: &Ctx) -> Result<Option<Level>, AppError> {
    let Some(session) = &ctx.session else { return Ok(None) };
    let terms = session::terms(session).await.map_err(AppError::internal)?;
    Ok(terms.and_then(|t| t.level).and_then(|l| Level::parse(&l)))
}

/// Opens every page of a service that needs `level`: a guest signs in first; a citizen below
/// it goes to step up, and comes back to the page they asked for.
pub async fn require_level(ctx: &Ctx, level: Level) -> Result<(), AppError> {
    require_citizen(ctx)?;
    if level_reached(ctx).await?.is_some_and(|reached| reached >= level) {
        return Ok(());
    }
    let back_to = ctx.url.path.clone();
    Err(AppError::SendTo(format!("/sign-in/step-up?level={}&next={}", level.as_str(), form_urlencoded::byte_serialize(back_to.as_bytes()).collect::<String>())))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StepUpQuery {
    level: String,
    next: Option<String>,
}

/// Whether `provider` can state `level` at all.
fn can_reach(provider: &Provider, level: Level) -> bool {
    match provider.config.level_claim {
        Some(_) => provider.config.levels.keys().any(|l| *l >= level),
        None => provider.config.assumed_level >= level,
    }
}

/// `GET /sign-in/step-up`: the signed-in citizen, for a service that needs a higher level. With
/// a linked provider that can reach it they go straight there (and come back to the question);
/// otherwise a page says what is needed and how to add it.
async fn step_up_page(ctx: Ctx, Query(q): Query<StepUpQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let level = Level::parse(&q.level).ok_or(AppError::NotFound)?;
    let back_to = local_path(q.next.as_deref(), "/applications");
    if level_reached(&ctx).await?.is_some_and(|reached| reached >= level) {
        return Ok(Redirect::to(&back_to).into_response());
    }
    let linked = store::of_account(&ctx.state.db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let providers = &ctx.state.identity;
    if let Some(provider) = linked.iter().filter_map(|l| providers.get(&l.provider)).find(|p| can_reach(p, level)).cloned() {
        return send_to_provider(&ctx, &provider, Purpose::StepUp { citizen }, level, back_to).await;
    }
    let names: Vec<String> = providers.for_audience(Audience::Citizens).filter(|p| can_reach(p, level)).map(|p| p.config.name.clone()).collect();
    Ok(ctx.render(StatusCode::FORBIDDEN, &ctx.i18n.t("identity-step-up-title"), move || {
        let i = use_i18n();
        let names = names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "identity-step-up-title")}</h1>
                <p class="body">{t!(i, "identity-step-up-body")}</p>
                <ul class="list list--bullet">{names}</ul>
                <p class="body">{t!(i, "identity-nothing-lost")}</p>
                <p class="body"><a class="button" href="/profile/sign-in-methods">{t!(i, "identity-add-heading")}</a></p>
                <p class="body"><a class="link" href=back_to>{t!(i, "identity-back")}</a></p>
            </div></div>
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// The callback

async fn callback(ctx: Ctx, id: String, q: CallbackQuery) -> PageResult {
    // Anyone may arrive here; only a sign-in this session started can finish.
    let provider = ctx.state.identity.get(&id).ok_or(AppError::NotFound)?.clone();
    let session = ctx.session()?;
    let mut under_way: Vec<Pending> = session.get(PENDING_KEY).await.map_err(AppError::internal)?.unwrap_or_default();
    let before = under_way.len();
    let checked = flow::check_callback(&mut under_way, &q, &id, &provider.config.issuer, provider.sends_iss().await, now());
    if under_way.len() != before {
        if under_way.is_empty() {
            session.remove_value(PENDING_KEY).await.map_err(AppError::internal)?;
        } else {
            session.insert(PENDING_KEY, &under_way).await.map_err(AppError::internal)?;
        }
    }
    let default = home(provider.config.audience).to_owned();
    let (pending, code) = match checked {
        Ok(found) => found,
        Err((failure, pending)) => {
            tracing::info!(provider = %id, failure = failure.as_str(), "sign-in did not complete");
            return Ok(failure_page(&ctx, &provider, failure, &pending.map_or(default, |p| p.back_to)));
        }
    };
    let verified = match provider.finish(&code, &pending.pkce_verifier, &pending.nonce).await {
        Ok(verified) => verified,
        Err(error) => {
            let failure = match &error {
                ProviderError::Down(_) => Failure::ProviderDown,
                ProviderError::Refused(_) => Failure::ProviderError,
                ProviderError::Token(_) => Failure::Token,
            };
            tracing::warn!(provider = %id, %error, "sign-in refused");
            return Ok(failure_page(&ctx, &provider, failure, &pending.back_to));
        }
    };
    if verified.level < pending.level {
        tracing::info!(provider = %id, reached = verified.level.as_str(), needed = pending.level.as_str(), "sign-in below the level needed");
        return Ok(failure_page(&ctx, &provider, Failure::LevelTooLow, &pending.back_to));
    }
    let outcome = match (&pending.purpose, provider.config.audience) {
        (Purpose::SignIn, Audience::Citizens) => citizen_signs_in(&ctx, &provider, &verified, &pending).await?,
        (Purpose::SignIn, Audience::Staff) => staff_signs_in(&ctx, &provider, &verified, &pending).await?,
        (Purpose::Link { citizen }, Audience::Citizens) => link_to(&ctx, &provider, &verified, *citizen).await?,
        (Purpose::StepUp { citizen }, Audience::Citizens) => stepped_up(&ctx, &provider, &verified, &pending, *citizen).await?,
        (Purpose::Confirm { citizen, then }, Audience::Citizens) => confirmed(&ctx, &verified, &pending, *citizen, then).await?,
        _ => Err(Failure::State),
    };
    match outcome {
        Ok(response) => Ok(response),
        Err(failure) => {
            tracing::info!(provider = %id, failure = failure.as_str(), "sign-in did not complete");
            Ok(failure_page(&ctx, &provider, failure, &pending.back_to))
        }
    }
}

type Outcome = Result<Result<Response, Failure>, AppError>;

/// Signs `identity` in on the provider's terms and goes back where the person started.
async fn establish(ctx: &Ctx, provider: &Provider, verified: &Verified, identity: Identity, back_to: &str) -> PageResult {
    let public = &ctx.state.config.public_url;
    let signed_out = match identity {
        Identity::Citizen { .. } => format!("{public}/signed-out"),
        Identity::Staff { .. } => format!("{public}/staff/signed-out"),
    };
    let terms = SignInTerms {
        ends_at: provider.config.max_session_minutes.map(|m| now() + m * 60),
        sign_out_to: provider.end_session_url(&verified.raw, &signed_out).await,
        level: Some(verified.level.as_str().to_owned()),
        provider: Some(provider.config.id.clone()),
    };
    let session = ctx.session()?;
    session::sign_in_with(session, identity, terms).await.map_err(AppError::internal)?;
    session::note_sign_in(&ctx.state.db, session, identity).await.map_err(AppError::internal)?;
    if let Some(id) = session.id() {
        store::note_session(&ctx.state.db, &id.to_string(), &verified.issuer, &verified.subject, verified.sid.as_deref())
            .await
            .map_err(AppError::internal)?;
    }
    let (kind, account) = session::account_of(identity);
    tracing::info!(provider = %provider.config.id, kind, account, "signed in through an identity provider");
    Ok(Redirect::to(back_to).into_response())
}

async fn citizen_signs_in(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending) -> Outcome {
    let db = &ctx.state.db;
    let citizen = match store::find(db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" => {
            store::touch(db, linked.id).await.map_err(AppError::internal)?;
            linked.account_id
        }
        Some(_) => return Ok(Err(Failure::LinkedElsewhere)),
        None => create_citizen(ctx, provider, verified).await?,
    };
    Ok(Ok(establish(ctx, provider, verified, Identity::Citizen { id: citizen }, &pending.back_to).await?))
}

/// An address no mail reaches (RFC 2606), for an account whose provider gave no verified one
/// that is free: the account is never matched to another by its address.
fn no_email() -> EmailAddress {
    let address = format!("{}@no-email.invalid", &crate::tokens::random_token()[..20].to_ascii_lowercase());
    EmailAddress::parse(&address).unwrap_or_else(|_| EmailAddress::parse("nobody@no-email.invalid").expect("a valid constant"))
}

/// A first sign-in: a citizen account, the identity linked to it, and the provider's verified
/// claims in the profile with the provider as their source.
async fn create_citizen(ctx: &Ctx, provider: &Provider, verified: &Verified) -> Result<i64, AppError> {
    let db = &ctx.state.db;
    let given = verified.email.as_deref().filter(|_| verified.email_verified).and_then(|e| EmailAddress::parse(e).ok());
    let email = match given {
        Some(email) if accounts::citizen_by_email(db, &email).await.map_err(AppError::internal)?.is_none() => Some(email),
        // Taken by another account: that account is not this person's just because of it.
        _ => None,
    };
    let verified_email = email.is_some();
    let email = email.unwrap_or_else(no_email);
    let mut tx = db.begin().await.map_err(AppError::internal)?;
    let id = accounts::insert_citizen(&mut tx, &email, NO_PASSWORD, &ctx.i18n.language().code).await.map_err(AppError::internal)?;
    let account = ("citizen", id);
    match store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account, Actor::Account).await.map_err(AppError::internal)? {
        LinkOutcome::Linked => {}
        // Another request linked it a moment ago: this account is not needed.
        _ => return Err(AppError::internal("identity linked concurrently")),
    }
    store::audit_created(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account).await.map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    if verified_email {
        accounts::mark_verified(db, id).await.map_err(AppError::internal)?;
    }
    let source = Source::Provider(provider.config.name.clone());
    for (field, value) in claims_for_profile(verified) {
        profile_store::set(db, id, field, &value, &source).await.map_err(AppError::internal)?;
    }
    Ok(id)
}

/// The verified claims that the profile keeps, as its fields store them.
pub fn claims_for_profile(verified: &Verified) -> Vec<(Field, String)> {
    let mut fields = Vec::new();
    if let (Some(given), Some(family)) = (&verified.given_name, &verified.family_name) {
        if let Ok(name) = Name::parse(given, family) {
            if let Ok(json) = serde_json::to_string(&name) {
                fields.push((Field::Name, json));
            }
        }
    }
    if let Some(date) = verified.birthdate.as_deref().and_then(Date::from_iso) {
        fields.push((Field::DateOfBirth, date.iso()));
    }
    if let Some(Ok(phone)) = verified.phone.as_deref().map(Phone::parse) {
        fields.push((Field::Phone, phone.0));
    }
    fields
}

async fn staff_signs_in(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending) -> Outcome {
    let db = &ctx.state.db;
    let by_groups = provider.config.role_for_groups(&verified.groups);
    let staff = match store::find(db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "staff" => {
            store::touch(db, linked.id).await.map_err(AppError::internal)?;
            linked.account_id
        }
        Some(_) => return Ok(Err(Failure::LinkedElsewhere)),
        None => match by_groups {
            Some(role) => create_staff(ctx, provider, verified, role).await?,
            None => return Ok(Err(Failure::NoStaffAccount)),
        },
    };
    let Some(account) = crate::auth::staff_accounts::staff_by_id(db, staff).await.map_err(AppError::internal)? else {
        return Ok(Err(Failure::NoStaffAccount));
    };
    if account.disabled_at.is_some() {
        return Ok(Err(Failure::NoStaffAccount));
    }
    // The provider's groups decide the role where they map to one; otherwise the account's.
    let role = match by_groups {
        Some(role) if role.as_str() != account.role => {
            with_db!(db, |pool| sqlx::query("UPDATE staff SET role = $1, updated_at = $2 WHERE id = $3")
                .bind(role.as_str())
                .bind(chrono::Utc::now())
                .bind(staff)
                .execute(pool)
                .await
                .map(|_| ()))
            .map_err(AppError::internal)?;
            role
        }
        _ => Role::parse(&account.role).ok_or_else(|| AppError::internal("unknown staff role"))?,
    };
    let back_to = if pending.back_to == home(Audience::Staff) { role.home().to_owned() } else { pending.back_to.clone() };
    Ok(Ok(establish(ctx, provider, verified, Identity::Staff { id: staff, role }, &back_to).await?))
}

/// A member of staff whose groups give a role, on their first sign-in: an account without a
/// password, linked to the identity by the provider's configuration.
async fn create_staff(ctx: &Ctx, provider: &Provider, verified: &Verified, role: Role) -> Result<i64, AppError> {
    let db = &ctx.state.db;
    let given = verified.email.as_deref().filter(|_| verified.email_verified).and_then(|e| EmailAddress::parse(e).ok());
    let email = match given {
        Some(email) if crate::auth::staff_accounts::staff_by_email(db, &email).await.map_err(AppError::internal)?.is_none() => email,
        _ => no_email(),
    };
    let name = [verified.given_name.as_deref(), verified.family_name.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let name = if name.trim().is_empty() { provider.config.name.clone() } else { name };
    let now = chrono::Utc::now();
    let mut tx = db.begin().await.map_err(AppError::internal)?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO staff (email, name, role, password_hash, language, created_at, updated_at) VALUES ($1, $2, $3, NULL, 'en', $4, $4) RETURNING id"
    )
    .bind(email.as_str())
    .bind(&name)
    .bind(role.as_str())
    .bind(now)
    .fetch_one(conn)
    .await)
    .map_err(AppError::internal)?;
    let account = ("staff", id);
    if store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account, Actor::Configuration).await.map_err(AppError::internal)? != LinkOutcome::Linked {
        return Err(AppError::internal("identity linked concurrently"));
    }
    store::audit_created(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account).await.map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    Ok(id)
}

async fn link_to(ctx: &Ctx, provider: &Provider, verified: &Verified, citizen: i64) -> Outcome {
    // The password was given at the start; the person must still be that citizen now.
    if ctx.identity != Some(Identity::Citizen { id: citizen }) {
        return Ok(Err(Failure::State));
    }
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    let outcome = store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, ("citizen", citizen), Actor::Account)
        .await
        .map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    match outcome {
        LinkOutcome::Elsewhere => Ok(Err(Failure::LinkedElsewhere)),
        LinkOutcome::Linked | LinkOutcome::AlreadyYours => {
            tracing::info!(provider = %provider.config.id, citizen, "identity linked");
            Ok(Ok(Redirect::to("/profile/sign-in-methods?added=1").into_response()))
        }
    }
}

async fn stepped_up(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending, citizen: i64) -> Outcome {
    if ctx.identity != Some(Identity::Citizen { id: citizen }) {
        return Ok(Err(Failure::State));
    }
    // Only the identity already this account's may raise its level: another person's would
    // mix two people in one session.
    match store::find(&ctx.state.db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" && linked.account_id == citizen => {
            Ok(Ok(establish(ctx, provider, verified, Identity::Citizen { id: citizen }, &pending.back_to).await?))
        }
        _ => Ok(Err(Failure::LinkedElsewhere)),
    }
}

/// A confirmation came back: if it is this citizen's own identity, signed in just now, it opens
/// what it was for (the next provider to add, or the change of email address).
async fn confirmed(ctx: &Ctx, verified: &Verified, pending: &Pending, citizen: i64, then: &Then) -> Outcome {
    let identity = Identity::Citizen { id: citizen };
    if ctx.identity != Some(identity) {
        return Ok(Err(Failure::State));
    }
    match store::find(&ctx.state.db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" && linked.account_id == citizen => {}
        _ => return Ok(Err(Failure::NotThisAccount)),
    }
    if !flow::is_fresh(verified.auth_time, pending.started_at, now()) {
        return Ok(Err(Failure::NotFresh));
    }
    tracing::info!(citizen, "confirmed by signing in again");
    match then {
        Then::Link { provider } => {
            let Some(next) = ctx.state.identity.get(provider).filter(|p| p.config.audience == Audience::Citizens).cloned() else {
                return Ok(Err(Failure::State));
            };
            let level = next.config.minimum_level;
            Ok(Ok(send_to_provider(ctx, &next, Purpose::Link { citizen }, level, "/profile/sign-in-methods".into()).await?))
        }
        Then::ChangeEmail => {
            session::note_proof(ctx.session()?, identity).await.map_err(AppError::internal)?;
            Ok(Ok(Redirect::to("/account/change-email").into_response()))
        }
    }
}

/// The provider a citizen without a password confirms with: the one this session signed in
/// with if it is theirs, else the first of theirs still configured.
async fn confirming_provider(ctx: &Ctx, citizen: i64) -> Result<Option<Arc<Provider>>, AppError> {
    let linked = store::of_account(&ctx.state.db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let providers = &ctx.state.identity;
    let signed_in_with = session::terms(ctx.session()?).await.map_err(AppError::internal)?.and_then(|t| t.provider);
    let theirs = |id: &str| linked.iter().any(|l| l.provider == id);
    let chosen = signed_in_with
        .filter(|p| theirs(p))
        .and_then(|p| providers.get(&p).cloned())
        .or_else(|| linked.iter().find_map(|l| providers.get(&l.provider).cloned()));
    Ok(chosen.filter(|p| p.config.audience == Audience::Citizens))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmForm {
    then: String,
    csrf_token: String,
}

/// `POST /profile/sign-in-methods/confirm` (the signed-in citizen): a citizen without a
/// password confirms it is them, by signing in again, before changing their email address.
async fn confirm_submit(ctx: Ctx, Form(form): Form<ConfirmForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let then = match form.then.as_str() {
        "change-email" => Then::ChangeEmail,
        _ => return Err(AppError::NotFound),
    };
    let Some(provider) = confirming_provider(&ctx, citizen).await? else {
        // No provider of theirs is configured any more: the methods page says what can be done.
        return Ok(Redirect::to("/profile/sign-in-methods").into_response());
    };
    let level = provider.config.minimum_level;
    send_to_provider(&ctx, &provider, Purpose::Confirm { citizen, then }, level, "/account/change-email".into()).await
}

/// The page for a sign-in that did not complete: what happened, that nothing was lost, and the
/// way back to where the person started (and to try again).
fn failure_page(ctx: &Ctx, provider: &Provider, failure: Failure, back_to: &str) -> Response {
    let (title, body) = failure.messages();
    let status = StatusCode::from_u16(failure.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let name = provider.config.name.clone();
    let back_to = back_to.to_owned();
    let again = format!("/sign-in/with/{}?next={}", provider.config.id, form_urlencoded::byte_serialize(back_to.as_bytes()).collect::<String>());
    // A confirmation starts again from where it was asked for (the way back), not as a sign-in.
    let retry = !matches!(failure, Failure::LinkedElsewhere | Failure::NoStaffAccount | Failure::NotFresh | Failure::NotThisAccount)
        && provider.config.audience == Audience::Citizens;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("provider", name.clone());
    ctx.render(status, &t!(ctx.i18n, "identity-page-title", heading = ctx.i18n.t_args(title, &args)), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{i.t_args(title, &args)}</h1>
                <p class="body">{i.t_args(body, &args)}</p>
                <p class="body">{t!(i, "identity-nothing-lost")}</p>
                <p class="body"><a class="button" href=back_to>{t!(i, "identity-back")}</a></p>
                {retry.then(|| view! { <p class="body"><a class="link" href=again>{t!(i, "identity-try-again", provider = name)}</a></p> })}
            </div></div>
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Ways to sign in, on the profile

#[derive(Deserialize, Default)]
#[serde(default)]
struct MethodsQuery {
    added: Option<String>,
    removed: Option<String>,
}

async fn methods(ctx: Ctx, Query(q): Query<MethodsQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let csrf = ctx.csrf_token().await?;
    render_methods(&ctx, citizen, csrf, FieldErrors::new(), q.added.is_some(), q.removed.is_some()).await
}

async fn render_methods(ctx: &Ctx, citizen: i64, csrf: String, errors: FieldErrors, added: bool, removed: bool) -> PageResult {
    let db = &ctx.state.db;
    let linked = store::of_account(db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let account = accounts::citizen_by_id(db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let has_password = account.password_hash != NO_PASSWORD;
    let providers = &ctx.state.identity;
    let name_of = |id: &str| providers.get(id).map_or_else(|| id.to_owned(), |p| p.config.name.clone());
    let i = ctx.i18n.clone();
    let rows: Vec<(i64, String, String)> = linked
        .iter()
        .map(|l| (l.id, name_of(&l.provider), t!(i, "identity-linked-on", date = i.date(l.created_at.year(), l.created_at.month(), l.created_at.day()))))
        .collect();
    // The last way in of an account without a password cannot be removed.
    let removable = has_password || rows.len() > 1;
    let addable: Vec<RadioItem> = providers
        .for_audience(Audience::Citizens)
        .filter(|p| !linked.iter().any(|l| l.provider == p.config.id))
        .map(|p| RadioItem { value: p.config.id.clone(), label: p.config.name.clone(), ..Default::default() })
        .collect();
    let selected = addable.first().map(|item| item.value.clone()).unwrap_or_default();
    // Without a password, the proof is signing in again with a provider already theirs.
    let confirm_with = if has_password { None } else { confirming_provider(ctx, citizen).await?.map(|p| p.config.name.clone()) };
    Ok(ctx.render_form(ctx.i18n.t("identity-methods-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let list = rows
            .into_iter()
            .map(|(id, name, since)| {
                let csrf = csrf.clone();
                let action = format!("/profile/sign-in-methods/{id}/remove");
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{name.clone()}</dt>
                        <dd class="summary-list__value">{since}</dd>
                        <dd class="summary-list__actions">
                            {removable.then(|| view! {
                                <form method="post" action=action>
                                    <CsrfField token=csrf/>
                                    <button type="submit" class="button button--secondary">{t!(i, "identity-remove")}<span class="visually-hidden">" " {name}</span></button>
                                </form>
                            })}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let empty = list.is_empty();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                {(added || removed).then(|| view! {
                    <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="done-title">
                        <div class="notification-banner__header">
                            <h2 class="notification-banner__title" id="done-title">{t!(i, "profile-saved-title")}</h2>
                        </div>
                        <div class="notification-banner__content">
                            <p class="notification-banner__heading">{if added { t!(i, "identity-added") } else { t!(i, "identity-removed") }}</p>
                        </div>
                    </div>
                })}
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "identity-methods-heading")}</h1>
                {if empty {
                    view! { <p class="body">{t!(i, "identity-methods-none")}</p> }.into_any()
                } else {
                    view! { <dl class="summary-list">{list}</dl> }.into_any()
                }}
                {(!removable).then(|| view! { <p class="body">{t!(i, "identity-remove-last")}</p> })}
                {(!addable.is_empty()).then(|| match (has_password, confirm_with) {
                    (true, _) => view! {
                        <h2 class="heading-m">{t!(i, "identity-add-heading")}</h2>
                        <form method="post" action="/profile/sign-in-methods/add" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <Radios name="provider" legend=t!(i, "identity-add-legend") error=errors.get("provider").map(str::to_owned)
                                items=addable.clone() selected=selected.clone()/>
                            <PasswordInput id="current_password" label=t!(i, "field-current-password") hint=t!(i, "identity-add-password-hint")
                                error=errors.get("current_password").map(str::to_owned) autocomplete="current-password"/>
                            <Button label=t!(i, "identity-add-button")/>
                        </form>
                    }.into_any(),
                    (false, Some(confirm_with)) => view! {
                        <h2 class="heading-m">{t!(i, "identity-add-heading")}</h2>
                        <form method="post" action="/profile/sign-in-methods/add" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <Radios name="provider" legend=t!(i, "identity-add-legend") error=errors.get("provider").map(str::to_owned)
                                hint=t!(i, "identity-add-confirm-hint", provider = confirm_with) items=addable.clone() selected=selected.clone()/>
                            <Button label=t!(i, "identity-add-button")/>
                        </form>
                    }.into_any(),
                    (false, None) => view! { <p class="body">{t!(i, "identity-add-needs-password")}</p> }.into_any(),
                })}
            </div></div>
        }
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AddForm {
    provider: String,
    current_password: String,
    csrf_token: String,
}

async fn add_submit(ctx: Ctx, ClientAddr(client): ClientAddr, Form(form): Form<AddForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("current_password", "form-error-expired");
    }
    let provider = ctx.state.identity.get(&form.provider).filter(|p| p.config.audience == Audience::Citizens).cloned();
    if provider.is_none() {
        errors.add("provider", "identity-error-provider");
    }
    let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    if account.password_hash == NO_PASSWORD {
        // No password to give: the proof is signing in again, now, with a provider already theirs.
        let confirm_with = confirming_provider(&ctx, citizen).await?;
        return match (provider, confirm_with) {
            (Some(provider), Some(with)) if errors.is_empty() => {
                let then = Then::Link { provider: provider.config.id.clone() };
                let level = with.config.minimum_level;
                send_to_provider(&ctx, &with, Purpose::Confirm { citizen, then }, level, "/profile/sign-in-methods".into()).await
            }
            _ => {
                let csrf = ctx.csrf_token().await?;
                render_methods(&ctx, citizen, csrf, errors, false, false).await
            }
        };
    }
    // The same limits as signing in: the password box must not be a way to guess passwords.
    let keys = accounts::throttle_keys("link", &account.email, &client);
    if errors.is_empty() {
        if accounts::is_throttled(&ctx.state.db, &keys).await.map_err(AppError::internal)? {
            errors.add("current_password", "sign-in-error-throttled");
        } else if !password::verify(&form.current_password, Some(&account.password_hash)).await {
            accounts::record_failure(&ctx.state.db, &keys).await.map_err(AppError::internal)?;
            errors.add("current_password", "password-error-current-wrong");
        }
    }
    match provider {
        Some(provider) if errors.is_empty() => {
            send_to_provider(&ctx, &provider, Purpose::Link { citizen }, provider.config.minimum_level, "/profile/sign-in-methods".into()).await
        }
        _ => {
            let csrf = ctx.csrf_token().await?;
            render_methods(&ctx, citizen, csrf, errors, false, false).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RemoveForm {
    csrf_token: String,
}

async fn remove_submit(ctx: Ctx, Path(id): Path<i64>, Form(form): Form<RemoveForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    let linked = store::of_account(db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    // Only the citizen's own; anything else is "not found", as if it did not exist.
    if !linked.iter().any(|l| l.id == id) {
        return Err(AppError::NotFound);
    }
    let account = accounts::citizen_by_id(db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    if account.password_hash == NO_PASSWORD && linked.len() <= 1 {
        let csrf = ctx.csrf_token().await?;
        let mut errors = FieldErrors::new();
        errors.add("provider", "identity-remove-last");
        return render_methods(&ctx, citizen, csrf, errors, false, false).await;
    }
    if !store::unlink(db, id, ("citizen", citizen), Actor::Account).await.map_err(AppError::internal)? {
        return Err(AppError::NotFound);
    }
    tracing::info!(citizen, "identity unlinked");
    Ok(Redirect::to("/profile/sign-in-methods?removed=1").into_response())
}

// ---------------------------------------------------------------------------------------------
// Back-channel logout and Portico's keys

#[derive(Deserialize, Default)]
#[serde(default)]
struct LogoutForm {
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

async fn back_channel_logout(ctx: Ctx, Path(id): Path<String>, Form(form): Form<LogoutForm>) -> PageResult {
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
    let expected = super::logout::Expected { issuer: &provider.config.issuer, client_id: &provider.config.client_id, algs: &provider.config.signing_algs };
    let logout = match super::logout::check(&form.logout_token, &keys, &expected, now()) {
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

async fn jwks(ctx: Ctx) -> Response {
    let mut response = axum::Json(ctx.state.identity.jwks()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=3600"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verified() -> Verified {
        Verified {
            issuer: "https://op.example/".into(),
            subject: "s".into(),
            level: Level::Medium,
            email: None,
            email_verified: false,
            given_name: Some("Ann".into()),
            family_name: Some("Jones".into()),
            birthdate: Some("1970-02-03".into()),
            phone: Some("+44 7700 900000".into()),
            groups: vec![],
            sid: None,
            auth_time: None,
            raw: String::new(),
        }
    }

    #[test]
    fn verified_names_dates_and_phones_go_into_the_profile_as_it_stores_them() {
        let fields = claims_for_profile(&verified());
        assert_eq!(fields[0], (Field::Name, r#"{"given":"Ann","family":"Jones"}"#.to_owned()));
        assert_eq!(fields[1], (Field::DateOfBirth, "1970-02-03".to_owned()));
        assert_eq!(fields[2], (Field::Phone, "+44 7700 900000".to_owned()));
    }

    #[test]
    fn claims_the_profile_would_refuse_are_left_out() {
        let odd = Verified { family_name: None, birthdate: Some("1970-02-30".into()), phone: Some("call me".into()), ..verified() };
        assert!(claims_for_profile(&odd).is_empty());
    }

    #[test]
    fn the_way_back_is_a_path_on_this_site_that_a_redirect_can_carry() {
        assert_eq!(local_path(Some("/services/bulky-waste/items?x=1"), "/profile"), "/services/bulky-waste/items?x=1");
        for bad in ["https://evil.example/", "//evil.example", "/\nSet-Cookie: x=1", "/\u{7f}"] {
            assert_eq!(local_path(Some(bad), "/profile"), "/profile", "{bad:?}");
        }
        assert_eq!(local_path(Some(&format!("/{}", "a".repeat(3000))), "/profile"), "/profile");
    }

    #[test]
    fn an_account_without_an_address_gets_one_no_mail_reaches() {
        let a = no_email();
        assert!(a.as_str().ends_with("@no-email.invalid"));
        assert_ne!(a, no_email());
    }
}
