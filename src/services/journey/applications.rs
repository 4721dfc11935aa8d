//! "Your applications": a signed-in citizen's drafts (continue or delete each) and the requests
//! they have sent, with their status.

use super::page::redirect;
use crate::{
    auth::require_citizen,
    i18n::use_i18n,
    requests::store as requests,
    t,
    ui::form::CsrfField,
    web::{
        form::{Form, TokenForm},
        AppError, Ctx, PageResult,
    },
};
use axum::{
    http::StatusCode,
};
use chrono::Datelike;
use leptos::prelude::*;
use serde::Deserialize;
use crate::web::extract::{Path, Query};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SavedQuery {
    saved: Option<String>,
}

pub(super) async fn applications(ctx: Ctx, Query(q): Query<SavedQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let drafts = requests::drafts(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let submitted = requests::for_citizen(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let services = ctx.services();
    // Each named in the words of the version it was made with.
    let title_of = |service: &str, version: i64| services.made_with(service, version).map_or_else(|| service.to_owned(), |d| d.title(&ctx.i18n));
    let drafts: Vec<(String, String, String)> = drafts
        .iter()
        .map(|d| (d.service.clone(), title_of(&d.service, d.version), ctx.i18n.date(d.updated_at.year(), d.updated_at.month(), d.updated_at.day())))
        .collect();
    let submitted: Vec<(String, String, String, String)> = submitted
        .iter()
        .map(|r| {
            let at = r.submitted_at;
            // l10n: uses status-*
            (r.reference.clone(), title_of(&r.service, r.version), ctx.i18n.date(at.year(), at.month(), at.day()), format!("status-{}", r.status.replace('_', "-")))
        })
        .collect();
    let saved = q.saved.filter(|s| !s.is_empty());
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("applications-title"), move || {
        let i = use_i18n();
        let draft_rows = drafts
            .into_iter()
            .map(|(service, title, updated)| {
                let csrf = csrf.clone();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{title.clone()}</dt>
                        <dd class="summary-list__value">{t!(i, "applications-last-saved", date = updated)}</dd>
                        <dd class="summary-list__actions">
                            <form method="post" action=format!("/services/{service}/start") class="inline-form">
                                <CsrfField token=csrf.clone()/>
                                <button type="submit" class="link">{t!(i, "applications-continue")}<span class="visually-hidden">" " {title.clone()}</span></button>
                            </form>
                            " "
                            <form method="post" action=format!("/applications/{service}/delete") class="inline-form">
                                <CsrfField token=csrf/>
                                <button type="submit" class="link">{t!(i, "applications-delete")}<span class="visually-hidden">" " {title}</span></button>
                            </form>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let has_drafts = !draft_rows.is_empty();
        let request_rows = submitted
            .into_iter()
            .map(|(reference, title, date, status)| {
                view! {
                    <tr class="table__row">
                        <td class="table__cell"><a class="link" href=format!("/requests/{reference}") dir="ltr">{reference.clone()}</a></td>
                        <td class="table__cell">{title}</td>
                        <td class="table__cell">{date}</td>
                        <td class="table__cell"><strong class="tag tag--blue">{i.t(&status)}</strong></td>
                    </tr>
                }
            })
            .collect_view();
        let has_requests = !request_rows.is_empty();
        view! {
            {saved.map(|_| view! {
                <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="saved-title">
                    <div class="notification-banner__header"><h2 class="notification-banner__title" id="saved-title">{t!(i, "profile-saved-title")}</h2></div>
                    <div class="notification-banner__content"><p class="notification-banner__heading">{t!(i, "applications-saved")}</p></div>
                </div>
            })}
            <h1 class="heading-l">{t!(i, "applications-heading")}</h1>
            <h2 class="heading-m">{t!(i, "applications-drafts")}</h2>
            {if has_drafts {
                view! { <dl class="summary-list">{draft_rows}</dl> }.into_any()
            } else {
                view! { <p class="body">{t!(i, "applications-no-drafts")}</p> }.into_any()
            }}
            <h2 class="heading-m">{t!(i, "applications-submitted")}</h2>
            {if has_requests {
                view! {
                    <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="requests-caption">
                        <table class="table">
                            <caption class="table__caption visually-hidden" id="requests-caption">{t!(i, "applications-submitted")}</caption>
                            <thead class="table__head"><tr class="table__row">
                                <th scope="col" class="table__header">{t!(i, "applications-col-reference")}</th>
                                <th scope="col" class="table__header">{t!(i, "applications-col-service")}</th>
                                <th scope="col" class="table__header">{t!(i, "applications-col-sent")}</th>
                                <th scope="col" class="table__header">{t!(i, "applications-col-status")}</th>
                            </tr></thead>
                            <tbody>{request_rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="body">{t!(i, "applications-none")}</p> }.into_any()
            }}
            <p class="body"><a class="link" href="/services">{t!(i, "applications-find-service")}</a></p>
        }
    }))
}

pub(super) async fn delete_draft(ctx: Ctx, Path(id): Path<String>, Form(form): Form<TokenForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    requests::delete_draft(&ctx.state.db, citizen, &id).await.map_err(AppError::internal)?;
    Ok(redirect("/applications"))
}
