//! Citizen account pages: create an account, confirm the email address, sign in and out,
//! forgotten password, change password, change email.
//!
//! Answers never reveal whether an email address has an account: sign-up with a known address
//! emails its owner instead, a forgotten-password request always says "we have sent a link if…",
//! and an unknown email gets the same sign-in error as a wrong password.

use super::{
    accounts::{self, AccountKind, Citizen, EmailAddress, Purpose},
    credentials::{self, SignInError},
    password::{self, NewPassword},
    password_from_link, render_new_password, require_citizen, FromLink, NewPasswordPage, LinkPasswordForm, NextQuery, SignInForm, TokenQuery,
};
use crate::{
    session::{self, Identity},
    email::{self, Email},
    i18n::{use_i18n, I18n},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, PasswordInput, TextInput},
    web::{
        form::{safe_next, ClientAddr, Form, TokenForm},
        language::set_language_cookie,
        AppError, AppState, Ctx, PageResult,
    },
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use serde::Deserialize;
use crate::web::extract::Query;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/create", get(create_form).post(create_submit))
        .route("/account/check-email", get(check_email))
        .route("/account/verify", get(verify))
        .route("/sign-in", get(sign_in_form).post(sign_in_submit))
        .route("/sign-out", post(sign_out))
        .route("/account/forgot-password", get(forgot_form).post(forgot_submit))
        .route("/account/reset-password", get(reset_form).post(reset_submit))
        .route("/account/change-password", get(change_password_form).post(change_password_submit))
        .route("/account/change-email", get(change_email_form).post(change_email_submit))
        .route("/account/confirm-email", get(confirm_email))
        .route("/signed-out", get(signed_out))
}

/// A link in an email, to this site.
fn link(ctx: &Ctx, path: &str, token: &str) -> String {
    format!("{}{path}?token={token}", ctx.state.config.public_url)
}

/// An email in `i18n`'s language: subject, body paragraphs, and the link on a line of its own
/// (outside Fluent, so that no bidi isolation mark sticks to it).
fn compose(i18n: &I18n, kind: &'static str, to: &str, subject: &str, before: &[&str], link: Option<&str>, after: &[&str]) -> Email {
    let mut body = before.iter().map(|id| i18n.t(id)).collect::<Vec<_>>().join("\n\n");
    if let Some(link) = link {
        body.push_str("\n\n");
        body.push_str(link);
    }
    for id in after {
        body.push_str("\n\n");
        body.push_str(&i18n.t(id));
    }
    body.push_str("\n\n-- \n");
    body.push_str(&i18n.t("email-signature"));
    Email { kind, to: to.to_owned(), subject: i18n.t(subject), body }
}

// ---------------------------------------------------------------------------------------------
// Create an account

#[derive(Deserialize, Default)]
#[serde(default)]
struct CreateForm {
    email: String,
    password: String,
    csrf_token: String,
}

async fn create_form(ctx: Ctx) -> PageResult {
    let token = ctx.csrf_token().await?;
    Ok(render_create(&ctx, token, String::new(), FieldErrors::new()))
}

fn render_create(ctx: &Ctx, token: String, email: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("create-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "create-heading")}</h1>
                <p class="body">{t!(i, "create-intro")}</p>
                <form method="post" action="/account/create" novalidate>
                    <CsrfField token/>
                    <TextInput props=InputProps::new("email", t!(i, "field-email"))
                        .hint(t!(i, "create-email-hint")).value(email).error(&errors)
                        .kind("email").autocomplete("email").spellcheck(false).class("input--width-30")/>
                    <PasswordInput id="password" label=t!(i, "field-new-password") hint=t!(i, "password-rules-hint")
                        error=errors.get("password").map(str::to_owned) autocomplete="new-password"/>
                    <Button label=t!(i, "create-button")/>
                </form>
                <p class="body">{t!(i, "create-have-account")} " " <a class="link" href="/sign-in">{t!(i, "sign-in-link")}</a></p>
            </div></div>
        }
    })
}

async fn create_submit(ctx: Ctx, Form(form): Form<CreateForm>) -> PageResult {
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("email", "form-error-expired");
    }
    let email = EmailAddress::parse(&form.email).map_err(|p| errors.add("email", p.message_id())).ok();
    let password = NewPassword::parse(&form.password, &form.email).map_err(|p| errors.add("password", p.message_id())).ok();
    let (Some(email), Some(password), true) = (email, password, errors.is_empty()) else {
        let token = ctx.csrf_token().await?;
        return Ok(render_create(&ctx, token, form.email, errors));
    };

    let existing = accounts::citizen_by_email(&ctx.state.db, &email).await.map_err(AppError::internal)?;
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    match existing {
        // Do not say so on screen: tell the address's owner instead.
        Some(_) => {
            let mail = compose(&ctx.i18n, "account-exists", email.as_str(), "email-exists-subject",
                &["email-exists-body"], Some(&format!("{}/sign-in", ctx.state.config.public_url)), &["email-exists-reset", "email-ignore"]);
            email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
        }
        None => {
            let hash = password::hash(&password).await.map_err(AppError::internal)?;
            let id = accounts::insert_citizen(&mut tx, &email, &hash, &ctx.i18n.language().code)
                .await
                .map_err(AppError::internal)?;
            let token = accounts::issue_token(&mut tx, Purpose::VerifyEmail, AccountKind::Citizen, id, None)
                .await
                .map_err(AppError::internal)?;
            let mail = compose(&ctx.i18n, "verify-email", email.as_str(), "email-verify-subject",
                &["email-verify-body"], Some(&link(&ctx, "/account/verify", &token)), &["email-verify-expiry", "email-ignore"]);
            email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
        }
    }
    tx.commit().await.map_err(AppError::internal)?;
    ctx.state.outbox.wake();
    Ok(Redirect::to("/account/check-email").into_response())
}

async fn check_email(ctx: Ctx) -> PageResult {
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("check-email-title"), || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "check-email-heading")}</h1>
                <p class="body">{t!(i, "check-email-body")}</p>
                <p class="body">{t!(i, "check-email-expiry")}</p>
                <div class="inset-text">{t!(i, "check-email-spam")}</div>
            </div></div>
        }
    }))
}

async fn verify(ctx: Ctx, Query(q): Query<TokenQuery>) -> PageResult {
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    let used = accounts::use_token(&mut tx, &q.token, Purpose::VerifyEmail, AccountKind::Citizen)
        .await
        .map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    let Some(used) = used else {
        return Ok(link_expired(&ctx));
    };
    accounts::mark_verified(&ctx.state.db, used.account_id).await.map_err(AppError::internal)?;
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("verified-title"), || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="panel panel--confirmation"><h1 class="panel__title">{t!(i, "verified-heading")}</h1></div>
                <p class="body">{t!(i, "verified-body")}</p>
                <p class="body"><a class="button" href="/sign-in?next=/profile">{t!(i, "sign-in-link")}</a></p>
            </div></div>
        }
    }))
}

/// The page for a link that was already used, has expired, or never existed.
fn link_expired(ctx: &Ctx) -> Response {
    ctx.render(StatusCode::GONE, &ctx.i18n.t("link-expired-title"), || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "link-expired-heading")}</h1>
                <p class="body">{t!(i, "link-expired-body")}</p>
                <ul class="list list--bullet">
                    <li><a class="link" href="/sign-in">{t!(i, "sign-in-link")}</a></li>
                    <li><a class="link" href="/account/forgot-password">{t!(i, "sign-in-forgot")}</a></li>
                </ul>
            </div></div>
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Sign in and out

async fn sign_in_form(ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    if let Some(Identity::Citizen { .. }) = ctx.identity {
        return Ok(Redirect::to(&safe_next(q.next.as_deref(), "/profile")).into_response());
    }
    let token = ctx.csrf_token().await?;
    Ok(render_sign_in(&ctx, token, String::new(), q.next, FieldErrors::new()))
}

fn render_sign_in(ctx: &Ctx, token: String, email: String, next: Option<String>, errors: FieldErrors) -> Response {
    let providers = ctx.state.identity.sign_in_links(crate::identity::config::Audience::Citizens, next.as_deref());
    ctx.render_form(ctx.i18n.t("sign-in-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "sign-in-heading")}</h1>
                <crate::ui::sign_in::SignInWith links=providers/>
                <form method="post" action="/sign-in" novalidate>
                    <CsrfField token/>
                    {next.map(|n| view! { <input type="hidden" name="next" value=n/> })}
                    <TextInput props=InputProps::new("email", t!(i, "field-email")).value(email).error(&errors)
                        .kind("email").autocomplete("email").spellcheck(false).class("input--width-30")/>
                    <PasswordInput id="password" label=t!(i, "field-password")
                        error=errors.get("password").map(str::to_owned) autocomplete="current-password"/>
                    <Button label=t!(i, "sign-in-button")/>
                </form>
                <p class="body"><a class="link" href="/account/forgot-password">{t!(i, "sign-in-forgot")}</a></p>
                <h2 class="heading-m">{t!(i, "sign-in-no-account-heading")}</h2>
                <p class="body"><a class="link" href="/account/create">{t!(i, "sign-in-create")}</a></p>
            </div></div>
        }
    })
}

async fn sign_in_submit(ctx: Ctx, ClientAddr(client): ClientAddr, Form(form): Form<SignInForm>) -> PageResult {
    let mut errors = FieldErrors::new();
    let again = |ctx: Ctx, form: SignInForm, errors: FieldErrors| async move {
        let token = ctx.csrf_token().await?;
        Ok::<_, AppError>(render_sign_in(&ctx, token, form.email, form.next, errors))
    };
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("email", "form-error-expired");
        return again(ctx, form, errors).await;
    }
    let db = &ctx.state.db;
    let citizen = match credentials::authenticate::<Citizen>(db, &form.email, &form.password, &client).await {
        Ok(citizen) => citizen,
        Err(SignInError::Db(e)) => return Err(AppError::internal(e)),
        Err(refused) => {
            refused.field_errors().into_iter().for_each(|(field, id)| errors.add(field, id));
            return again(ctx, form, errors).await;
        }
    };

    if citizen.email_verified_at.is_none() {
        // Only someone who knows the password gets here; send a fresh link.
        let mut tx = db.begin().await.map_err(AppError::internal)?;
        let token = accounts::issue_token(&mut tx, Purpose::VerifyEmail, AccountKind::Citizen, citizen.id, None)
            .await
            .map_err(AppError::internal)?;
        let mail = compose(&ctx.i18n, "verify-email", &citizen.email, "email-verify-subject",
            &["email-verify-body"], Some(&link(&ctx, "/account/verify", &token)), &["email-verify-expiry", "email-ignore"]);
        email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
        tx.commit().await.map_err(AppError::internal)?;
        ctx.state.outbox.wake();
        return Ok(Redirect::to("/account/check-email").into_response());
    }

    session::sign_in(ctx.session()?, Identity::Citizen { id: citizen.id }).await.map_err(AppError::internal)?;
    session::note_sign_in(&ctx.state.db, ctx.session()?, Identity::Citizen { id: citizen.id }).await.map_err(AppError::internal)?;
    tracing::info!(citizen = citizen.id, "citizen signed in");
    let mut response = Redirect::to(&safe_next(form.next.as_deref(), "/profile")).into_response();
    // The preferred language becomes the interface language.
    if ctx.state.catalog.get().language(&citizen.language).is_some() {
        set_language_cookie(&mut response, &citizen.language, ctx.state.config.secure_cookies);
    }
    Ok(response)
}

async fn sign_out(ctx: Ctx, Form(form): Form<TokenForm>) -> PageResult {
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let staff = matches!(ctx.identity, Some(Identity::Staff { .. }));
    // Signed in through a provider: its end-session address, which sends the person back to
    // the signed-out page once the provider's session has ended too.
    let provider = session::sign_out(ctx.session()?).await.map_err(AppError::internal)?;
    Ok(Redirect::to(provider.as_deref().unwrap_or(if staff { "/staff/signed-out" } else { "/signed-out" })).into_response())
}

// ---------------------------------------------------------------------------------------------
// Forgotten password

#[derive(Deserialize, Default)]
#[serde(default)]
struct ForgotForm {
    email: String,
    csrf_token: String,
}

async fn forgot_form(ctx: Ctx) -> PageResult {
    let token = ctx.csrf_token().await?;
    Ok(render_forgot(&ctx, token, String::new(), FieldErrors::new()))
}

fn render_forgot(ctx: &Ctx, token: String, email: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("forgot-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "forgot-heading")}</h1>
                <p class="body">{t!(i, "forgot-intro")}</p>
                <form method="post" action="/account/forgot-password" novalidate>
                    <CsrfField token/>
                    <TextInput props=InputProps::new("email", t!(i, "field-email")).value(email).error(&errors)
                        .kind("email").autocomplete("email").spellcheck(false).class("input--width-30")/>
                    <Button label=t!(i, "forgot-button")/>
                </form>
            </div></div>
        }
    })
}

async fn forgot_submit(ctx: Ctx, ClientAddr(client): ClientAddr, Form(form): Form<ForgotForm>) -> PageResult {
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("email", "form-error-expired");
    }
    let email = EmailAddress::parse(&form.email).map_err(|p| errors.add("email", p.message_id())).ok();
    let (Some(email), true) = (email, errors.is_empty()) else {
        let token = ctx.csrf_token().await?;
        return Ok(render_forgot(&ctx, token, form.email, errors));
    };
    // Reset requests count towards the same limits, so they cannot be used to flood a mailbox.
    let keys = accounts::throttle_keys("reset", email.as_str(), &client);
    if !accounts::is_throttled(&ctx.state.db, &keys).await.map_err(AppError::internal)? {
        accounts::record_failure(&ctx.state.db, &keys).await.map_err(AppError::internal)?;
        if let Some(citizen) = accounts::citizen_by_email(&ctx.state.db, &email).await.map_err(AppError::internal)? {
            let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
            let token = accounts::issue_token(&mut tx, Purpose::ResetPassword, AccountKind::Citizen, citizen.id, None)
                .await
                .map_err(AppError::internal)?;
            // In the language the person chose for their account, whatever this page is in.
            let i18n = I18n::for_code(ctx.state.catalog.get(), &citizen.language);
            let mail = compose(&i18n, "reset-password", &citizen.email, "email-reset-subject",
                &["email-reset-body"], Some(&link(&ctx, "/account/reset-password", &token)), &["email-reset-expiry", "email-ignore"]);
            email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
            tx.commit().await.map_err(AppError::internal)?;
            ctx.state.outbox.wake();
        }
    }
    Ok(Redirect::to("/account/check-email").into_response())
}

async fn reset_form(ctx: Ctx, Query(q): Query<TokenQuery>) -> PageResult {
    if !accounts::token_is_valid(&ctx.state.db, &q.token, Purpose::ResetPassword, AccountKind::Citizen)
        .await
        .map_err(AppError::internal)?
    {
        return Ok(link_expired(&ctx));
    }
    let csrf = ctx.csrf_token().await?;
    Ok(render_reset(&ctx, csrf, q.token, FieldErrors::new()))
}

fn render_reset(ctx: &Ctx, csrf: String, token: String, errors: FieldErrors) -> Response {
    let page = NewPasswordPage { title: "reset-title", heading: "reset-heading", action: "/account/reset-password" };
    render_new_password(ctx, page, csrf, token, errors)
}

async fn reset_submit(ctx: Ctx, Form(form): Form<LinkPasswordForm>) -> PageResult {
    match password_from_link(&ctx, AccountKind::Citizen, Purpose::ResetPassword, &form).await? {
        FromLink::Set => Ok(Redirect::to("/signed-out?reason=password-reset").into_response()),
        FromLink::Again { csrf, errors } => Ok(render_reset(&ctx, csrf, form.token, errors)),
        FromLink::Gone => Ok(link_expired(&ctx)),
    }
}

// ---------------------------------------------------------------------------------------------
// Change password and email, signed in

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangePasswordForm {
    current_password: String,
    password: String,
    csrf_token: String,
}

async fn change_password_form(ctx: Ctx) -> PageResult {
    require_citizen(&ctx)?;
    let csrf = ctx.csrf_token().await?;
    Ok(render_change_password(&ctx, csrf, FieldErrors::new()))
}

fn render_change_password(ctx: &Ctx, csrf: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("change-password-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "change-password-heading")}</h1>
                <form method="post" action="/account/change-password" novalidate>
                    <CsrfField token=csrf/>
                    <PasswordInput id="current_password" label=t!(i, "field-current-password")
                        error=errors.get("current_password").map(str::to_owned) autocomplete="current-password"/>
                    <PasswordInput id="password" label=t!(i, "field-new-password") hint=t!(i, "password-rules-hint")
                        error=errors.get("password").map(str::to_owned) autocomplete="new-password"/>
                    <Button label=t!(i, "change-password-button")/>
                </form>
            </div></div>
        }
    })
}

async fn change_password_submit(ctx: Ctx, Form(form): Form<ChangePasswordForm>) -> PageResult {
    let id = require_citizen(&ctx)?;
    let citizen = accounts::citizen_by_id(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("current_password", "form-error-expired");
    } else if !password::verify(&form.current_password, Some(&citizen.password_hash)).await {
        errors.add("current_password", "password-error-current-wrong");
    }
    let password = NewPassword::parse(&form.password, &citizen.email).map_err(|p| errors.add("password", p.message_id())).ok();
    let (Some(password), true) = (password, errors.is_empty()) else {
        let csrf = ctx.csrf_token().await?;
        return Ok(render_change_password(&ctx, csrf, errors));
    };
    let hash = password::hash(&password).await.map_err(AppError::internal)?;
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    accounts::set_citizen_password(&mut tx, id, &hash).await.map_err(AppError::internal)?;
    let mail = compose(&ctx.i18n, "password-changed", &citizen.email, "email-password-changed-subject",
        &["email-password-changed-body"], None, &["email-not-you"]);
    email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    ctx.state.outbox.wake();
    // A new session id: the old one may have been seen by whoever knew the old password; and
    // every other session of the account ends, wherever it is.
    session::sign_in(ctx.session()?, Identity::Citizen { id }).await.map_err(AppError::internal)?;
    session::note_sign_in(&ctx.state.db, ctx.session()?, Identity::Citizen { id }).await.map_err(AppError::internal)?;
    session::end_other_sessions(&ctx.state.db, &ctx.state.sessions, ("citizen", id), ctx.session.as_ref()).await.map_err(AppError::internal)?;
    Ok(Redirect::to("/profile?changed=password").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangeEmailForm {
    email: String,
    current_password: String,
    csrf_token: String,
}

async fn change_email_form(ctx: Ctx) -> PageResult {
    let id = require_citizen(&ctx)?;
    let citizen = accounts::citizen_by_id(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let csrf = ctx.csrf_token().await?;
    let how = proof_needed(&ctx, id, &citizen.password_hash).await?;
    Ok(render_change_email(&ctx, csrf, String::new(), FieldErrors::new(), how))
}

/// What proves it is the citizen before their email address changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Proof {
    /// Their password, typed with the new address.
    Password,
    /// An account without a password: signing in again with their provider, first.
    SignInAgain,
    /// They just did that (see `session::has_proof`).
    Confirmed,
}

async fn proof_needed(ctx: &Ctx, id: i64, password_hash: &str) -> Result<Proof, AppError> {
    if password_hash != accounts::NO_PASSWORD {
        return Ok(Proof::Password);
    }
    let confirmed = session::has_proof(ctx.session()?, Identity::Citizen { id }).await.map_err(AppError::internal)?;
    Ok(if confirmed { Proof::Confirmed } else { Proof::SignInAgain })
}

fn render_change_email(ctx: &Ctx, csrf: String, email: String, errors: FieldErrors, how: Proof) -> Response {
    ctx.render_form(ctx.i18n.t("change-email-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let form = if how == Proof::SignInAgain {
            // Posted to the identity pages, which send the person to their provider and back.
            view! {
                <p class="body">{t!(i, "change-email-confirm-intro")}</p>
                <form method="post" action="/profile/sign-in-methods/confirm">
                    <CsrfField token=csrf/>
                    <input type="hidden" name="then" value="change-email"/>
                    // The error summary's link comes here when the confirmation ran out.
                    <button type="submit" class="button" id="confirm" data-prevent-double-click="true">{t!(i, "change-email-confirm-button")}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <p class="body">{t!(i, "change-email-intro")}</p>
                <form method="post" action="/account/change-email" novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("email", t!(i, "field-new-email")).value(email).error(&errors)
                        .kind("email").autocomplete("email").spellcheck(false).class("input--width-30")/>
                    {(how == Proof::Password).then(|| view! {
                        <PasswordInput id="current_password" label=t!(i, "field-current-password")
                            error=errors.get("current_password").map(str::to_owned) autocomplete="current-password"/>
                    })}
                    <Button label=t!(i, "change-email-button")/>
                </form>
            }
            .into_any()
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "change-email-heading")}</h1>
                {form}
            </div></div>
        }
    })
}

async fn change_email_submit(ctx: Ctx, Form(form): Form<ChangeEmailForm>) -> PageResult {
    let id = require_citizen(&ctx)?;
    let citizen = accounts::citizen_by_id(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    let csrf_ok = ctx.csrf_ok(&form.csrf_token).await?;
    if !csrf_ok {
        errors.add("email", "form-error-expired");
    }
    let email = EmailAddress::parse(&form.email).map_err(|p| errors.add("email", p.message_id())).ok();
    let how = proof_needed(&ctx, id, &citizen.password_hash).await?;
    match how {
        Proof::Password if csrf_ok && !password::verify(&form.current_password, Some(&citizen.password_hash)).await => {
            errors.add("current_password", "password-error-current-wrong");
        }
        // The proof ran out (or was used) since the page was shown: confirm again.
        Proof::SignInAgain => errors.add("confirm", "change-email-error-confirm"),
        _ => {}
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        let csrf = ctx.csrf_token().await?;
        return Ok(render_change_email(&ctx, csrf, form.email, errors, how));
    };
    // A proof opens one change.
    session::take_proof(ctx.session()?).await.map_err(AppError::internal)?;
    let taken = accounts::citizen_by_email(&ctx.state.db, &email).await.map_err(AppError::internal)?.is_some();
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    if taken {
        // As at sign-up: the page does not say the address has an account; its owner is told.
        let mail = compose(&ctx.i18n, "account-exists", email.as_str(), "email-exists-subject",
            &["email-exists-body"], Some(&format!("{}/sign-in", ctx.state.config.public_url)), &["email-ignore"]);
        email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
    } else {
        let token = accounts::issue_token(&mut tx, Purpose::ChangeEmail, AccountKind::Citizen, id, Some(email.as_str()))
            .await
            .map_err(AppError::internal)?;
        let mail = compose(&ctx.i18n, "confirm-new-email", email.as_str(), "email-change-subject",
            &["email-change-body"], Some(&link(&ctx, "/account/confirm-email", &token)), &["email-verify-expiry", "email-ignore"]);
        email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
    }
    tx.commit().await.map_err(AppError::internal)?;
    ctx.state.outbox.wake();
    Ok(Redirect::to("/account/check-email").into_response())
}

async fn confirm_email(ctx: Ctx, Query(q): Query<TokenQuery>) -> PageResult {
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    let Some(used) = accounts::use_token(&mut tx, &q.token, Purpose::ChangeEmail, AccountKind::Citizen)
        .await
        .map_err(AppError::internal)?
    else {
        return Ok(link_expired(&ctx));
    };
    let Some(new_email) = used.new_email else {
        return Ok(link_expired(&ctx));
    };
    let old = accounts::citizen_by_id(&ctx.state.db, used.account_id).await.map_err(AppError::internal)?;
    if accounts::set_citizen_email(&mut tx, used.account_id, &new_email).await.is_err() {
        // Someone else took the address since the link was sent.
        return Ok(link_expired(&ctx));
    }
    if let Some(old) = old {
        let mail = compose(&ctx.i18n, "email-changed", &old.email, "email-changed-subject",
            &["email-changed-body"], None, &["email-not-you"]);
        email::enqueue(&mut tx, &mail).await.map_err(AppError::internal)?;
    }
    tx.commit().await.map_err(AppError::internal)?;
    ctx.state.outbox.wake();
    Ok(Redirect::to("/profile?changed=email").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReasonQuery {
    reason: Option<String>,
}

/// After signing out, or after a password reset: say what happened and offer to sign in.
async fn signed_out(ctx: Ctx, Query(q): Query<ReasonQuery>) -> PageResult {
    let (title, heading, body) = match q.reason.as_deref() {
        Some("password-reset") => ("password-reset-done-title", "password-reset-done-heading", "password-reset-done-body"),
        Some("timeout") => ("timed-out-title", "timed-out-heading", "timed-out-body"),
        _ => ("signed-out-title", "signed-out-heading", "signed-out-body"),
    };
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t(title), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{i.t(heading)}</h1>
                <p class="body">{i.t(body)}</p>
                <p class="body"><a class="button" href="/sign-in">{t!(i, "sign-in-link")}</a></p>
            </div></div>
        }
    }))
}
