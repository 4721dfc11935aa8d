//! The queue: filters, counts, keyset pages, bulk assignment and the CSV export.

use crate::casework::{
    export,
    store::{self, ActionError, Filter, StaffUser},
};
use crate::{
    i18n::use_i18n,
    requests::status::Status,
    t,
    ui::form::{Button, CsrfField},
    web::{form::Form, AppError, Ctx, PageResult},
    with_db,
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect},
};
use chrono::NaiveDate;
use leptos::prelude::*;
use super::{date, service_title, staff, status_tag, today};
use crate::web::extract::Query;

/// Colleagues a request can be assigned to: everyone enabled who can see `team`, or (no team)
/// everyone in the user's teams.
pub(super) async fn colleagues(ctx: &Ctx, user: &StaffUser, team: Option<&str>) -> Result<Vec<(i64, String)>, AppError> {
    let rows: Vec<(i64, String, String)> = with_db!(&ctx.state.db, |pool| sqlx::query_as(
        "SELECT id, name, role FROM staff WHERE disabled_at IS NULL ORDER BY name"
    )
    .fetch_all(pool)
    .await)
    .map_err(AppError::internal)?;
    let mut out = Vec::new();
    for (id, name, role) in rows {
        let teams: Vec<String> = with_db!(&ctx.state.db, |pool| sqlx::query_scalar("SELECT team_id FROM team_members WHERE staff_id = $1")
            .bind(id)
            .fetch_all(pool)
            .await)
        .map_err(AppError::internal)?;
        let sees = role == "admin"
            || match team {
                Some(team) => teams.iter().any(|t| t == team),
                None => user.admin || teams.iter().any(|t| user.teams.contains(t)),
            };
        if sees {
            out.push((id, name));
        }
    }
    Ok(out)
}

pub(super) async fn queue(ctx: Ctx, Query(filter): Query<Filter>) -> PageResult {
    let user = staff(&ctx).await?;
    let page = store::queue(&ctx.state.db, &user, &filter, store::PAGE_SIZE, today()).await.map_err(AppError::internal)?;
    let counts = store::counts(&ctx.state.db, &user, &filter, today()).await.map_err(AppError::internal)?;
    let colleagues = colleagues(&ctx, &user, None).await?;
    let csrf = ctx.csrf_token().await?;
    let services: Vec<(String, String)> = ctx.services().all().map(|d| (d.id.clone(), d.title(&ctx.i18n))).collect();
    let titles = services.clone();
    let today = today();
    render_queue(&ctx, filter, page, counts, colleagues, services, titles, csrf, today)
}

#[allow(clippy::too_many_arguments)]
fn render_queue(
    ctx: &Ctx,
    filter: Filter,
    page: store::QueuePage,
    counts: Vec<(Status, i64)>,
    colleagues: Vec<(i64, String)>,
    services: Vec<(String, String)>,
    titles: Vec<(String, String)>,
    csrf: String,
    today: NaiveDate,
) -> PageResult {
    let query = filter.query();
    let next = page.next.map(|after| format!("/staff/requests?{}{}after={after}", query, if query.is_empty() { "" } else { "&" }));
    let export = format!("/staff/requests/export.csv{}{}", if query.is_empty() { "" } else { "?" }, query);
    let title_of = move |id: &str| titles.iter().find(|(s, _)| s == id).map_or_else(|| id.to_owned(), |(_, t)| t.clone());
    let rows: Vec<(store::QueueRow, String)> = page.rows.into_iter().map(|r| { let t = title_of(&r.service); (r, t) }).collect();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("casework-queue-title"), move || {
        let i = use_i18n();
        let f = filter.clone();
        let option = |value: &str, label: String, current: &str| {
            view! { <option value=value.to_owned() selected=value == current>{label}</option> }
        };
        let service_options = services.iter().map(|(id, title)| option(id, title.clone(), &f.service)).collect_view();
        let status_options = Status::ALL.into_iter().map(|s| option(s.as_str(), i.t(s.message_id()), &f.status)).collect_view();
        let count_links = counts
            .iter()
            .map(|(s, n)| {
                let q = Filter { status: s.as_str().into(), after: String::new(), ..f.clone() }.query();
                view! { <li class="counts__item"><a class="link" href=format!("/staff/requests?{q}")>{t!(i, "casework-count", status = i.t(s.message_id()), count = *n)}</a></li> }
            })
            .collect_view();
        let has_rows = !rows.is_empty();
        let table_rows = rows
            .into_iter()
            .map(|(r, service)| {
                let flag = if r.overdue(today) {
                    Some(view! { <strong class="tag tag--red">{t!(i, "casework-overdue-tag")}</strong> })
                } else if r.due_soon(today) {
                    Some(view! { <strong class="tag tag--yellow">{t!(i, "casework-due-soon-tag")}</strong> })
                } else {
                    None
                };
                let select_label = t!(i, "casework-select-request", reference = r.reference.clone());
                let id = format!("select-{}", r.id);
                view! {
                    <tr class="table__row">
                        <td class="table__cell">
                            <div class="checkboxes checkboxes--small"><div class="checkboxes__item">
                                <input class="checkboxes__input" type="checkbox" name="ids" value=r.id.to_string() id=id.clone()/>
                                <label class="label checkboxes__label" for=id><span class="visually-hidden">{select_label}</span></label>
                            </div></div>
                        </td>
                        <td class="table__cell"><a class="link" href=format!("/staff/requests/{}", r.reference) dir="ltr">{r.reference.clone()}</a></td>
                        <td class="table__cell">{service}</td>
                        <td class="table__cell">{r.applicant_name.clone()}</td>
                        <td class="table__cell">{status_tag(&i, r.status())}</td>
                        <td class="table__cell">{r.assignee_name.clone().unwrap_or_else(|| i.t("casework-unassigned"))}</td>
                        <td class="table__cell">{date(&i, r.due_date)} " " {flag}</td>
                        <td class="table__cell">{date(&i, r.submitted_at.date_naive())}</td>
                    </tr>
                }
            })
            .collect_view();
        let colleague_options = colleagues
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
            .collect_view();
        view! {
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "casework-queue-heading")}</h1>
            <form method="get" action="/staff/requests" class="filters">
                <div class="filters__grid">
                    <div class="form-group">
                        <label class="label" for="q">{t!(i, "casework-filter-search")}</label>
                        <div class="hint" id="q-hint">{t!(i, "casework-filter-search-hint")}</div>
                        <input class="input" id="q" name="q" type="search" value=f.q.clone() aria-describedby="q-hint"/>
                    </div>
                    <div class="form-group">
                        <label class="label" for="service">{t!(i, "applications-col-service")}</label>
                        <select class="select" id="service" name="service">
                            <option value="">{t!(i, "casework-filter-any")}</option>
                            {service_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="status">{t!(i, "applications-col-status")}</label>
                        <select class="select" id="status" name="status">
                            <option value="">{t!(i, "casework-filter-any")}</option>
                            {status_options}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="assignee">{t!(i, "casework-col-assignee")}</label>
                        <select class="select" id="assignee" name="assignee">
                            {option("", i.t("casework-filter-anyone"), &f.assignee)}
                            {option("me", i.t("casework-filter-me"), &f.assignee)}
                            {option("unassigned", i.t("casework-unassigned"), &f.assignee)}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="due">{t!(i, "casework-col-due")}</label>
                        <select class="select" id="due" name="due">
                            {option("", i.t("casework-filter-any"), &f.due)}
                            {option("soon", i.t("casework-due-soon"), &f.due)}
                            {option("overdue", i.t("casework-overdue"), &f.due)}
                        </select>
                    </div>
                    <div class="form-group">
                        <label class="label" for="from">{t!(i, "casework-filter-from")}</label>
                        <div class="hint" id="from-hint">{t!(i, "casework-filter-date-hint")}</div>
                        <input class="input input--width-10" id="from" name="from" type="date" value=f.from.clone() aria-describedby="from-hint"/>
                    </div>
                    <div class="form-group">
                        <label class="label" for="to">{t!(i, "casework-filter-to")}</label>
                        <div class="hint" id="to-hint">{t!(i, "casework-filter-date-hint")}</div>
                        <input class="input input--width-10" id="to" name="to" type="date" value=f.to.clone() aria-describedby="to-hint"/>
                    </div>
                    <div class="form-group">
                        <label class="label" for="sort">{t!(i, "casework-sort")}</label>
                        <select class="select" id="sort" name="sort">
                            {option("", i.t("casework-sort-newest"), &f.sort)}
                            {option("oldest", i.t("casework-sort-oldest"), &f.sort)}
                            {option("due", i.t("casework-sort-due"), &f.sort)}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button button--secondary">{t!(i, "casework-filter-apply")}</button>
            </form>
            <h2 class="heading-s">{t!(i, "casework-counts")}</h2>
            <ul class="list counts">{count_links}</ul>
            <p class="body"><a class="link" href=export>{t!(i, "casework-export")}</a></p>
            {if has_rows {
                view! {
                    <form method="post" action="/staff/requests/assign">
                        <CsrfField token=csrf.clone()/>
                        <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="queue-caption">
                            <table class="table">
                                <caption class="table__caption table__caption--m" id="queue-caption">{t!(i, "casework-queue-caption")}</caption>
                                <thead class="table__head"><tr class="table__row">
                                    <th scope="col" class="table__header"><span class="visually-hidden">{t!(i, "casework-col-select")}</span></th>
                                    <th scope="col" class="table__header">{t!(i, "applications-col-reference")}</th>
                                    <th scope="col" class="table__header">{t!(i, "applications-col-service")}</th>
                                    <th scope="col" class="table__header">{t!(i, "casework-col-applicant")}</th>
                                    <th scope="col" class="table__header">{t!(i, "applications-col-status")}</th>
                                    <th scope="col" class="table__header">{t!(i, "casework-col-assignee")}</th>
                                    <th scope="col" class="table__header">{t!(i, "casework-col-due")}</th>
                                    <th scope="col" class="table__header">{t!(i, "applications-col-sent")}</th>
                                </tr></thead>
                                <tbody>{table_rows}</tbody>
                            </table>
                        </div>
                        <div class="form-group">
                            <label class="label" for="assign_to">{t!(i, "casework-bulk-assign")}</label>
                            <select class="select" id="assign_to" name="assign_to">
                                <option value="me">{t!(i, "casework-assign-me")}</option>
                                <option value="none">{t!(i, "casework-unassign")}</option>
                                {colleague_options}
                            </select>
                        </div>
                        <Button label=t!(i, "casework-bulk-assign-button") secondary=true/>
                    </form>
                }.into_any()
            } else {
                view! { <p class="body">{t!(i, "casework-queue-empty")}</p> }.into_any()
            }}
            {next.map(|href| view! {
                <nav class="pagination" aria-label=t!(i, "casework-pagination")>
                    <a class="link pagination__next" href=href rel="next">{t!(i, "casework-next-page")}</a>
                </nav>
            })}
        }
    }))
}

pub(super) async fn export_csv(ctx: Ctx, Query(filter): Query<Filter>) -> PageResult {
    let user = staff(&ctx).await?;
    let rows = store::export_rows(&ctx.state.db, &user, &filter, today()).await.map_err(AppError::internal)?;
    let i = &ctx.i18n;
    let header: Vec<String> = ["applications-col-reference", "applications-col-service", "casework-col-applicant", "applications-col-status", "casework-col-assignee", "casework-col-team", "casework-col-due", "applications-col-sent"]
        .iter()
        .map(|id| i.t(id))
        .collect();
    let body = export::csv(
        &header,
        rows.into_iter().map(|r| {
            vec![
                r.reference.clone(),
                service_title(&ctx, &r.service),
                r.applicant_name.clone(),
                i.t(r.status().message_id()),
                r.assignee_name.clone().unwrap_or_default(),
                r.team.clone(),
                r.due_date.to_string(),
                r.submitted_at.date_naive().to_string(),
            ]
        }),
    )
    .map_err(AppError::internal)?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"requests.csv\""));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub(super) async fn bulk_assign(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = staff(&ctx).await?;
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let assignee = match get("assign_to").as_str() {
        "me" => Some(user.id),
        "none" => None,
        other => Some(other.parse::<i64>().map_err(|_| AppError::NotFound)?),
    };
    for id in fields.iter().filter(|(k, _)| k == "ids").filter_map(|(_, v)| v.parse::<i64>().ok()) {
        match store::assign(&ctx.state.db, &user, id, assignee).await {
            Ok(()) | Err(ActionError::NotFound) | Err(ActionError::Missing(_)) => {}
            Err(error) => return Err(AppError::internal(error)),
        }
    }
    Ok(Redirect::to("/staff/requests").into_response())
}
