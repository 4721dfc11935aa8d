//! The caseworkers' dashboard: what waits for them and their teams.

use crate::casework::store;
use crate::{
    i18n::use_i18n,
    requests::status::Status,
    t,
    web::{AppError, Ctx, PageResult},
};
use axum::http::StatusCode;
use leptos::prelude::*;
use super::{service_title, staff, today};

pub(super) async fn dashboard(ctx: Ctx) -> PageResult {
    let user = staff(&ctx).await?;
    let board = store::dashboard(&ctx.state.db, &user, today()).await.map_err(AppError::internal)?;
    let mut services: Vec<(String, String)> = board.by_service.iter().map(|(s, ..)| (s.clone(), service_title(&ctx, s))).collect();
    services.dedup();
    let rows: Vec<(String, String, Vec<(Status, i64)>)> = services
        .into_iter()
        .map(|(id, title)| {
            let counts = Status::ALL
                .into_iter()
                .map(|s| (s, board.by_service.iter().find(|(sv, st, _)| *sv == id && *st == s).map_or(0, |(.., n)| *n)))
                .collect();
            (id, title, counts)
        })
        .collect();
    let feedback = crate::feedback::pages::summary(&ctx, &user).await?;
    let name = user.name.clone();
    let admin = user.admin;
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("staff-home-title"), move || {
        let i = use_i18n();
        let header = Status::ALL.into_iter().map(|s| view! { <th scope="col" class="table__header table__header--numeric">{i.t(s.message_id())}</th> }).collect_view();
        let body = rows
            .into_iter()
            .map(|(id, title, counts)| {
                let cells = counts
                    .into_iter()
                    .map(|(s, n)| {
                        let href = format!("/staff/requests?service={id}&status={}", s.as_str());
                        view! { <td class="table__cell table__cell--numeric"><a class="link" href=href>{n}</a></td> }
                    })
                    .collect_view();
                view! { <tr class="table__row"><th scope="row" class="table__header">{title}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "staff-home-heading")}</h1>
            <p class="body">{t!(i, "casework-signed-in-as", name = name.clone())}</p>
            <div class="card-row">
                <a class="card" href="/staff/requests?due=overdue">
                    <span class="card__count">{board.overdue}</span>
                    <span class="card__label">{t!(i, "casework-overdue")}</span>
                </a>
                <a class="card" href="/staff/requests?due=soon">
                    <span class="card__count">{board.due_soon}</span>
                    <span class="card__label">{t!(i, "casework-due-soon")}</span>
                </a>
                <a class="card" href="/staff/requests?assignee=me">
                    <span class="card__label">{t!(i, "casework-my-requests")}</span>
                </a>
            </div>
            <h2 class="heading-m" id="by-service">{t!(i, "casework-by-service")}</h2>
            <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="by-service">
                <table class="table">
                    <thead class="table__head"><tr class="table__row">
                        <th scope="col" class="table__header">{t!(i, "applications-col-service")}</th>
                        {header}
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="body"><a class="link" href="/staff/requests">{t!(i, "casework-queue-link")}</a></p>
            <crate::feedback::pages::DashboardSummary rows=feedback/>
            <p class="body"><a class="link" href="/staff/api">{t!(i, "api-reference-link")}</a></p>
            {admin.then(|| view! {
                <h2 class="heading-m">{t!(i, "admin-heading")}</h2>
                <ul class="list">
                    <li><a class="link" href="/staff/admin/staff">{t!(i, "admin-staff-link")}</a></li>
                    <li><a class="link" href="/staff/admin/teams">{t!(i, "admin-teams-link")}</a></li>
                    <li><a class="link" href="/staff/admin/identities">{t!(i, "admin-identities-link")}</a></li>
                    <li><a class="link" href="/staff/admin/webhooks">{t!(i, "webhooks-link")}</a></li>
                    <li><a class="link" href="/staff/admin/api-keys">{t!(i, "api-keys-link")}</a></li>
                    <li><a class="link" href="/staff/admin/performance">{t!(i, "performance-admin-link")}</a></li>
                </ul>
            })}
        }
    }))
}
