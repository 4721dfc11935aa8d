//! The admins' page of staff sign-in links, `/staff/admin/identities` (admins only): which staff
//! account signs in as which subject at which staff provider, a form to link one explicitly,
//! and a button to remove each. Every link and removal is audited with the admin who made it
//! (`identity_events`); a removed link also ends the sessions signed in through it. Group-to-role
//! mappings in the providers file need no link, and `portico staff link-identity` does the same
//! from the command line.

use super::{
    config::Audience,
    store::{self, Actor, LinkOutcome},
    LinkStaffError,
};
use crate::{
    auth::{require_staff, staff_accounts, Role},
    i18n::{use_i18n, I18n},
    t,
    ui::form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
    web::{extract::{Path, Query}, form::Form, AppError, AppState, Ctx, PageResult},
    with_db,
};
use axum::{
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use chrono::{DateTime, Datelike, Utc};
use leptos::prelude::*;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/admin/identities", get(page).post(link_submit))
        .route("/staff/admin/identities/{id}/remove", post(remove_submit))
}

/// The signed-in admin's staff id. An admin disabled or demoted since signing in is refused.
async fn admin(ctx: &Ctx) -> Result<i64, AppError> {
    let (id, _) = require_staff(ctx, Role::Admin)?;
    let account = staff_accounts::staff_by_id(&ctx.state.db, id).await.map_err(AppError::internal)?;
    match account {
        Some(account) if account.disabled_at.is_none() && account.role == Role::Admin.as_str() => Ok(id),
        _ => Err(AppError::Forbidden),
    }
}

fn when(i: &I18n, at: DateTime<Utc>) -> String {
    i.date(at.year(), at.month(), at.day())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DoneQuery {
    done: Option<String>,
}

async fn page(ctx: Ctx, Query(q): Query<DoneQuery>) -> PageResult {
    admin(&ctx).await?;
    let done = match q.done.as_deref() {
        Some("linked") => Some("admin-identities-linked"),
        Some("removed") => Some("admin-identities-removed"),
        _ => None,
    };
    render(&ctx, FieldErrors::new(), Vec::new(), done).await
}

async fn render(ctx: &Ctx, errors: FieldErrors, typed: Vec<(String, String)>, done: Option<&'static str>) -> PageResult {
    let db = &ctx.state.db;
    let links = store::staff_links(db).await.map_err(AppError::internal)?;
    let people: Vec<(i64, String, String)> =
        with_db!(db, |pool| sqlx::query_as("SELECT id, name, email FROM staff WHERE disabled_at IS NULL ORDER BY name").fetch_all(pool).await)
            .map_err(AppError::internal)?;
    let providers: Vec<(String, String)> =
        ctx.state.identity.for_audience(Audience::Staff).map(|p| (p.config.id.clone(), p.config.name.clone())).collect();
    let name_of = {
        let providers = providers.clone();
        move |id: &str| providers.iter().find(|(p, _)| p == id).map_or_else(|| id.to_owned(), |(_, n)| n.clone())
    };
    let csrf = ctx.csrf_token().await?;
    let value = |k: &str| typed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let (chosen_staff, chosen_provider, subject) = (value("staff"), value("provider"), value("subject"));
    Ok(ctx.render_form(ctx.i18n.t("admin-identities-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let banner = done.map(|message| view! {
            <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="done-title">
                <div class="notification-banner__header">
                    <h2 class="notification-banner__title" id="done-title">{t!(i, "admin-identities-done-title")}</h2>
                </div>
                <div class="notification-banner__content">
                    <p class="notification-banner__heading">{i.t(message)}</p>
                </div>
            </div>
        });
        let none = links.is_empty().then(|| view! { <p class="body">{t!(i, "admin-identities-none")}</p> });
        let rows = links
            .into_iter()
            .map(|link| {
                let provider = name_of(&link.provider);
                let last = link.last_signed_in_at.map_or_else(|| t!(i, "admin-identities-never"), |at| when(&i, at));
                let fact = |label: String, text: String| view! {
                    <div class="summary-list__row summary-list__row--no-actions">
                        <dt class="summary-list__key">{label}</dt>
                        <dd class="summary-list__value">{text}</dd>
                    </div>
                };
                view! {
                    <div class="admin-person">
                        <h3 class="heading-s">{link.staff_name.clone()} " " <span class="body-s">"(" {link.staff_email.clone()} ")"</span></h3>
                        <dl class="summary-list">
                            {fact(t!(i, "admin-identities-provider"), provider.clone())}
                            <div class="summary-list__row summary-list__row--no-actions">
                                <dt class="summary-list__key">{t!(i, "admin-identities-subject")}</dt>
                                <dd class="summary-list__value"><code dir="ltr">{link.subject.clone()}</code></dd>
                            </div>
                            {fact(t!(i, "admin-identities-linked-on"), when(&i, link.created_at))}
                            {fact(t!(i, "admin-identities-last-sign-in"), last)}
                        </dl>
                        <form method="post" action=format!("/staff/admin/identities/{}/remove", link.id)>
                            <CsrfField token=csrf.clone()/>
                            <button type="submit" class="button button--warning">{t!(i, "admin-identities-remove")}
                                <span class="visually-hidden">" " {t!(i, "admin-identities-remove-whose", name = link.staff_name.clone(), provider = provider)}</span></button>
                        </form>
                    </div>
                }
            })
            .collect_view();
        let err = |k: &str| errors.get(k).map(|m| view! { <p class="error-message" id=format!("{k}-error")><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> });
        let group = |k: &str| group_class(errors.get(k).is_some());
        let described = |k: &str, hint: Option<&'static str>| {
            let mut ids: Vec<String> = hint.map(str::to_owned).into_iter().collect();
            if errors.get(k).is_some() {
                ids.push(format!("{k}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        let form = if providers.is_empty() {
            view! { <p class="body">{t!(i, "admin-identities-no-provider")}</p> }.into_any()
        } else {
            let staff_options = people
                .iter()
                .map(|(id, name, email)| view! { <option value=id.to_string() selected=chosen_staff == id.to_string()>{format!("{name} ({email})")}</option> })
                .collect_view();
            let provider_options = providers
                .iter()
                .map(|(id, name)| view! { <option value=id.clone() selected=*id == chosen_provider>{name.clone()}</option> })
                .collect_view();
            view! {
                <form method="post" action="/staff/admin/identities" novalidate>
                    <CsrfField token=csrf.clone()/>
                    <div class=group("staff")>
                        <label class="label" for="staff">{t!(i, "admin-identities-staff")}</label>
                        {err("staff")}
                        <select class="select" id="staff" name="staff" aria-describedby=described("staff", None)>{staff_options}</select>
                    </div>
                    <div class=group("provider")>
                        <label class="label" for="provider">{t!(i, "admin-identities-provider")}</label>
                        {err("provider")}
                        <select class="select" id="provider" name="provider" aria-describedby=described("provider", None)>{provider_options}</select>
                    </div>
                    <div class=group("subject")>
                        <label class="label" for="subject">{t!(i, "admin-identities-subject")}</label>
                        <div class="hint" id="subject-hint">{t!(i, "admin-identities-subject-hint")}</div>
                        {err("subject")}
                        <input class="input" id="subject" name="subject" type="text" value=subject autocomplete="off" spellcheck="false" dir="ltr"
                            maxlength="255" aria-describedby=described("subject", Some("subject-hint"))/>
                    </div>
                    <Button label=t!(i, "admin-identities-link-button")/>
                </form>
            }
            .into_any()
        };
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            {banner}
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "admin-identities-heading")}</h1>
            <p class="body">{t!(i, "admin-identities-intro")}</p>
            <h2 class="heading-m">{t!(i, "admin-identities-list")}</h2>
            {none}
            {rows}
            <h2 class="heading-m">{t!(i, "admin-identities-add")}</h2>
            {form}
        }
    }))
}

async fn link_submit(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let admin_id = admin(&ctx).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    match get("staff").parse::<i64>() {
        Ok(staff) => match super::link_staff_account(&ctx.state, staff, &get("provider"), &get("subject"), Actor::Staff(admin_id)).await {
            Ok(LinkOutcome::Linked | LinkOutcome::AlreadyYours) => {
                tracing::info!(admin = admin_id, staff, provider = %get("provider"), "staff identity linked by an admin");
                return Ok(Redirect::to("/staff/admin/identities?done=linked").into_response());
            }
            Ok(LinkOutcome::Elsewhere) | Err(LinkStaffError::Elsewhere) => errors.add("subject", "admin-identities-error-elsewhere"),
            Err(LinkStaffError::Provider(_)) => errors.add("provider", "admin-identities-error-provider"),
            Err(LinkStaffError::Subject) => errors.add("subject", "admin-identities-error-subject"),
            Err(LinkStaffError::Staff) => errors.add("staff", "admin-identities-error-staff"),
            Err(LinkStaffError::Db(e)) => return Err(AppError::internal(e)),
        },
        Err(_) => errors.add("staff", "admin-identities-error-staff"),
    }
    render(&ctx, errors, fields, None).await
}

async fn remove_submit(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let admin_id = admin(&ctx).await?;
    // Read after the role check, so an address that is not a number says no more than any other.
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let token = fields.iter().find(|(k, _)| k == "csrf_token").map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&token).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    // Only staff links are the admins' to remove; a citizen's is theirs alone.
    let Some(link) = store::by_id(db, id).await.map_err(AppError::internal)?.filter(|l| l.account_kind == "staff") else {
        return Err(AppError::NotFound);
    };
    if store::unlink(db, id, ("staff", link.account_id), Actor::Staff(admin_id)).await.map_err(AppError::internal)? {
        // Whoever signed in through it is signed out: the link was their access.
        let ended = super::pages::end_sessions(&ctx.state, &link.issuer, Some(&link.subject), None).await?;
        tracing::info!(admin = admin_id, staff = link.account_id, ended, "staff identity removed by an admin");
    }
    Ok(Redirect::to("/staff/admin/identities?done=removed").into_response())
}
