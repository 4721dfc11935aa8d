//! Staff accounts: created from the command line (`portico staff add`), signed in at
//! `/staff/sign-in`, and held to their role on every staff page.

use super::{
    accounts::{self, AccountKind, EmailAddress, Purpose},
    credentials::{self, SignInError},
    password::{self, NewPassword},
    password_from_link, FromLink, LinkPasswordForm, NextQuery, SignInForm, TokenQuery,
};
use crate::{
    db::{Db, Tx},
    session::{self, Identity, Role},
    email::{self, Email},
    i18n::use_i18n,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, PasswordInput, TextInput},
    web::{
        form::{safe_next, ClientAddr, Form},
        AppError, AppState, Ctx, PageResult,
    },
    with_db, with_tx,
};
use axum::{
    extract::Query,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use chrono::Utc;
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/sign-in", get(sign_in_form).post(sign_in_submit))
        .route("/staff/signed-out", get(signed_out))
        .route("/staff/set-password", get(set_password_form).post(set_password_submit))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub password_hash: Option<String>,
    pub language: String,
    pub disabled_at: Option<chrono::DateTime<Utc>>,
}

const STAFF_COLUMNS: &str = "id, email, name, role, password_hash, language, disabled_at";

pub async fn staff_by_email(db: &Db, email: &EmailAddress) -> Result<Option<Staff>, sqlx::Error> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE email = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(email.as_str()).fetch_optional(pool).await)
}

pub async fn staff_by_id(db: &Db, id: i64) -> Result<Option<Staff>, sqlx::Error> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub async fn set_staff_password(tx: &mut Tx, staff_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    with_tx!(tx, |conn| sqlx::query("UPDATE staff SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(Utc::now())
        .bind(staff_id)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Why `portico staff add` could not add someone.
#[derive(Debug, thiserror::Error)]
pub enum AddStaffError {
    #[error("--email: not an email address")]
    Email,
    #[error("--name: must not be empty")]
    Name,
    #[error("--role: must be caseworker or admin")]
    Role,
    #[error("password: {0}")]
    Password(&'static str),
    #[error("a member of staff with this email address already exists")]
    Exists,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("password hashing failed")]
    Hash,
}

/// What `portico staff add` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Added {
    WithPassword { id: i64 },
    /// A link to set a password went to the outbox.
    WithLink { id: i64 },
}

/// Adds a member of staff. With a password it is set now; without one, a set-password link is
/// sent by email (through the outbox), valid for 72 hours.
pub async fn add_staff(
    db: &Db,
    public_url: &str,
    catalog: &std::sync::Arc<crate::i18n::Catalog>,
    email: &str,
    name: &str,
    role: &str,
    password: Option<&str>,
) -> Result<Added, AddStaffError> {
    let email = EmailAddress::parse(email).map_err(|_| AddStaffError::Email)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AddStaffError::Name);
    }
    let role = Role::parse(role).ok_or(AddStaffError::Role)?;
    let hash = match password {
        Some(text) => {
            let password = NewPassword::parse(text, email.as_str()).map_err(|p| AddStaffError::Password(match p {
                password::PasswordProblem::Missing => "empty",
                password::PasswordProblem::TooShort => "shorter than 10 characters",
                password::PasswordProblem::TooLong => "longer than 256 characters",
                password::PasswordProblem::Common => "too common",
                password::PasswordProblem::SameAsEmail => "the same as the email address",
            }))?;
            Some(password::hash(&password).await.map_err(|_| AddStaffError::Hash)?)
        }
        None => None,
    };
    if staff_by_email(db, &email).await?.is_some() {
        return Err(AddStaffError::Exists);
    }
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO staff (email, name, role, password_hash, language, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'en', $5, $5) RETURNING id"
    )
    .bind(email.as_str())
    .bind(name)
    .bind(role.as_str())
    .bind(&hash)
    .bind(now)
    .fetch_one(conn)
    .await)?;
    if hash.is_some() {
        tx.commit().await?;
        return Ok(Added::WithPassword { id });
    }
    let token = accounts::issue_token(&mut tx, Purpose::StaffPassword, AccountKind::Staff, id, None).await?;
    let i18n = crate::i18n::I18n::for_code(catalog.clone(), "en");
    let body = format!(
        "{}\n\n{public_url}/staff/set-password?token={token}\n\n{}\n\n-- \n{}",
        i18n.t("email-staff-invite-body"),
        i18n.t("email-staff-invite-expiry"),
        i18n.t("email-signature")
    );
    let mail = Email { kind: "staff-set-password", to: email.as_str().to_owned(), subject: i18n.t("email-staff-invite-subject"), body };
    email::enqueue(&mut tx, &mail).await?;
    tx.commit().await?;
    Ok(Added::WithLink { id })
}


async fn sign_in_form(ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    if let Some(Identity::Staff { .. }) = ctx.identity {
        return Ok(Redirect::to(&safe_next(q.next.as_deref(), "/staff")).into_response());
    }
    let token = ctx.csrf_token().await?;
    Ok(render_sign_in(&ctx, token, String::new(), q.next, FieldErrors::new()))
}

fn render_sign_in(ctx: &Ctx, token: String, email: String, next: Option<String>, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("staff-sign-in-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{t!(i, "staff-caption")}</span>
                <h1 class="heading-l">{t!(i, "staff-sign-in-heading")}</h1>
                <form method="post" action="/staff/sign-in" novalidate>
                    <CsrfField token/>
                    {next.map(|n| view! { <input type="hidden" name="next" value=n/> })}
                    <TextInput props=InputProps::new("email", t!(i, "field-email")).value(email).error(&errors)
                        .kind("email").autocomplete("username").spellcheck(false).class("input--width-30")/>
                    <PasswordInput id="password" label=t!(i, "field-password")
                        error=errors.get("password").map(str::to_owned) autocomplete="current-password"/>
                    <Button label=t!(i, "sign-in-button")/>
                </form>
                <p class="body">{t!(i, "staff-sign-in-help")}</p>
            </div></div>
        }
    })
}

async fn sign_in_submit(ctx: Ctx, ClientAddr(client): ClientAddr, Form(form): Form<SignInForm>) -> PageResult {
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("email", "form-error-expired");
    } else {
        match credentials::authenticate::<Staff>(&ctx.state.db, &form.email, &form.password, &client).await {
            Ok(staff) => {
                let role = Role::parse(&staff.role).ok_or_else(|| AppError::internal("unknown staff role"))?;
                session::sign_in(ctx.session()?, Identity::Staff { id: staff.id, role })
                    .await
                    .map_err(AppError::internal)?;
                tracing::info!(staff = staff.id, "staff signed in");
                return Ok(Redirect::to(&safe_next(form.next.as_deref(), "/staff")).into_response());
            }
            Err(SignInError::Db(e)) => return Err(AppError::internal(e)),
            Err(refused) => refused.field_errors().into_iter().for_each(|(field, id)| errors.add(field, id)),
        }
    }
    let token = ctx.csrf_token().await?;
    Ok(render_sign_in(&ctx, token, form.email, form.next, errors))
}

async fn signed_out(ctx: Ctx) -> PageResult {
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("staff-signed-out-title"), || {
        let i = use_i18n();
        view! {
            <h1 class="heading-l">{t!(i, "signed-out-heading")}</h1>
            <p class="body"><a class="button" href="/staff/sign-in">{t!(i, "sign-in-link")}</a></p>
        }
    }))
}

async fn set_password_form(ctx: Ctx, Query(q): Query<TokenQuery>) -> PageResult {
    if !accounts::token_is_valid(&ctx.state.db, &q.token, Purpose::StaffPassword, AccountKind::Staff)
        .await
        .map_err(AppError::internal)?
    {
        return Err(AppError::NotFound);
    }
    let csrf = ctx.csrf_token().await?;
    Ok(render_set_password(&ctx, csrf, q.token, FieldErrors::new()))
}

fn render_set_password(ctx: &Ctx, csrf: String, token: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("staff-set-password-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "staff-set-password-heading")}</h1>
                <form method="post" action="/staff/set-password" novalidate>
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

async fn set_password_submit(ctx: Ctx, Form(form): Form<LinkPasswordForm>) -> PageResult {
    match password_from_link(&ctx, AccountKind::Staff, Purpose::StaffPassword, &form).await? {
        FromLink::Set => Ok(Redirect::to("/staff/sign-in").into_response()),
        FromLink::Again { csrf, errors } => Ok(render_set_password(&ctx, csrf, form.token, errors)),
        FromLink::Gone => Err(AppError::NotFound),
    }
}
