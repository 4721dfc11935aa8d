//! Staff accounts: created from the command line (`portico staff add`), signed in at
//! `/staff/sign-in`, and held to their role on every staff page.

use super::{
    accounts::{self, AccountKind, Purpose},
    credentials::{self, SignInError},
    password_from_link, render_new_password, FromLink, NewPasswordPage, LinkPasswordForm, NextQuery, SignInForm, TokenQuery,
};
use crate::{
    session::{self, Identity, Role},
    i18n::use_i18n,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, PasswordInput, TextInput},
    web::{
        form::{safe_next, ClientAddr, Form},
        AppError, AppState, Ctx, PageResult,
    },
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use leptos::prelude::*;
use crate::web::extract::Query;

pub use super::staff_accounts::{add_staff, set_staff_password, staff_by_email, staff_by_id, AddStaffError, Added, Staff};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/sign-in", get(sign_in_form).post(sign_in_submit))
        .route("/staff/signed-out", get(signed_out))
        .route("/staff/set-password", get(set_password_form).post(set_password_submit))
}


async fn sign_in_form(ctx: Ctx, Query(q): Query<NextQuery>) -> PageResult {
    if let Some(Identity::Staff { role, .. }) = ctx.identity {
        return Ok(Redirect::to(&safe_next(q.next.as_deref(), role.home())).into_response());
    }
    let token = ctx.csrf_token().await?;
    Ok(render_sign_in(&ctx, token, String::new(), q.next, FieldErrors::new()))
}

fn render_sign_in(ctx: &Ctx, token: String, email: String, next: Option<String>, errors: FieldErrors) -> Response {
    let providers = ctx.state.identity.sign_in_links(crate::identity::config::Audience::Staff, next.as_deref());
    ctx.render_form(ctx.i18n.t("staff-sign-in-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{t!(i, "staff-caption")}</span>
                <h1 class="heading-l">{t!(i, "staff-sign-in-heading")}</h1>
                <crate::ui::sign_in::SignInWith links=providers/>
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
                session::note_sign_in(&ctx.state.db, ctx.session()?, Identity::Staff { id: staff.id, role }).await.map_err(AppError::internal)?;
                tracing::info!(staff = staff.id, "staff signed in");
                return Ok(Redirect::to(&safe_next(form.next.as_deref(), role.home())).into_response());
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
    let page = NewPasswordPage { title: "staff-set-password-title", heading: "staff-set-password-heading", action: "/staff/set-password" };
    render_new_password(ctx, page, csrf, token, errors)
}

async fn set_password_submit(ctx: Ctx, Form(form): Form<LinkPasswordForm>) -> PageResult {
    match password_from_link(&ctx, AccountKind::Staff, Purpose::StaffPassword, &form).await? {
        FromLink::Set => Ok(Redirect::to("/staff/sign-in").into_response()),
        FromLink::Again { csrf, errors } => Ok(render_set_password(&ctx, csrf, form.token, errors)),
        FromLink::Gone => Err(AppError::NotFound),
    }
}
