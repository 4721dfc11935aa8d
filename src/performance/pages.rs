//! The performance pages: the public `/performance` (tables and charts per service), its
//! downloads `/performance.csv` and `/performance.json` (open to anyone, under the Open
//! Government Licence), and the admins' `/staff/admin/performance`, where the council enters
//! each service's cost and offline volume per month.

use super::{
    chart::{Bar, BarChart},
    entry::{self, Typed},
    measures::{Figure, Month},
    report::{self, Kind, ServiceReport, LICENCE_NAME, LICENCE_URL},
    store,
};
use crate::{
    casework::pages::staff,
    i18n::{use_i18n, I18n},
    t,
    ui::form::{
        group_class, Button, CsrfField, ErrorMessage, ErrorSummary, FieldErrors, InputProps,
        TextInput,
    },
    web::{extract::Query, form::Form, AppError, AppState, Ctx, PageResult},
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use chrono::Utc;
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/performance", get(page))
        .route("/performance.csv", get(download_csv))
        .route("/performance.json", get(download_json))
        .route("/staff/admin/performance", get(admin_page).post(enter))
}

/// Every live service, by name in this language, and its report.
async fn load(ctx: &Ctx) -> Result<Vec<ServiceReport>, AppError> {
    let current = Month::of(Utc::now().date_naive());
    let since = *current.last(report::MONTHS).last().unwrap_or(&current);
    let counts = store::counts(&ctx.state.db, since)
        .await
        .map_err(AppError::internal)?;
    let mut services: Vec<(String, String)> = ctx
        .services()
        .all()
        .map(|s| (s.id.clone(), s.title(&ctx.i18n)))
        .collect();
    services.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(report::build(&services, current, &counts))
}

/// The selector values `performance-month` takes, January first.
const MONTH_KEYS: [&str; 12] = [
    "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12",
];

fn month_name(i: &I18n, month: Month) -> String {
    let key = MONTH_KEYS[(month.month.clamp(1, 12) - 1) as usize];
    t!(
        i,
        "performance-month",
        month = key,
        year = month.year.to_string()
    )
}

/// A figure as the page shows it, in the reader's language.
fn shown(i: &I18n, figure: Figure, kind: Kind) -> String {
    match figure {
        Figure::Value(v) => match kind {
            Kind::Count => i.decimal(v, 0),
            Kind::Share => t!(i, "performance-percent", value = i.decimal(v * 100.0, 0)),
            Kind::Pence => t!(i, "performance-pounds", value = i.decimal(v / 100.0, 2)),
            Kind::Days => i.decimal(v, 1),
        },
        Figure::Suppressed => i.t("performance-suppressed"),
        Figure::NotEntered => i.t("performance-not-entered"),
    }
}

/// The message ids of the columns, in the order of `report::COLUMNS`.
const HEADINGS: [&str; 10] = [
    "performance-col-started",
    "performance-col-sent",
    "performance-col-completion",
    "performance-col-responses",
    "performance-col-satisfaction",
    "performance-col-cost",
    "performance-col-take-up",
    "performance-col-decided",
    "performance-col-median-days",
    "performance-col-within-target",
];

async fn page(ctx: Ctx) -> PageResult {
    let report = load(&ctx).await?;
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("performance-title"), move || {
        let i = use_i18n();
        let sections = report.into_iter().map(|service| view! { <ServiceSection service/> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "performance-heading")}</h1>
                <p class="body-l">{t!(i, "performance-intro")}</p>
                <h2 class="heading-m">{t!(i, "performance-measures-heading")}</h2>
                <ul class="list list--bullet">
                    <li>{t!(i, "performance-measure-completion")}</li>
                    <li>{t!(i, "performance-measure-satisfaction")}</li>
                    <li>{t!(i, "performance-measure-cost")}</li>
                    <li>{t!(i, "performance-measure-take-up")}</li>
                    <li>{t!(i, "performance-measure-decision")}</li>
                </ul>
                <h2 class="heading-m" id="suppression">{t!(i, "performance-suppression-heading")}</h2>
                <p class="body">{t!(i, "performance-suppression-body", minimum = super::measures::MIN_COUNT)}</p>
                <h2 class="heading-m">{t!(i, "performance-download-heading")}</h2>
                <ul class="list">
                    <li><a class="link" href="/performance.csv">{t!(i, "performance-download-csv")}</a></li>
                    <li><a class="link" href="/performance.json">{t!(i, "performance-download-json")}</a></li>
                </ul>
                <p class="body">{t!(i, "performance-licence")} " "
                    <a class="link" href=LICENCE_URL rel="license" lang="en">{LICENCE_NAME}</a></p>
            </div></div>
            {sections}
        }
    }))
}

#[component]
fn ServiceSection(service: ServiceReport) -> impl IntoView {
    let i = use_i18n();
    let ServiceReport { id, name, months } = service;
    let table_id = format!("table-{id}");
    let chart = |key: &str, caption_id: &str, pick: fn(&super::measures::Figures) -> Figure| {
        let bars = months
            .iter()
            .map(|(month, figures)| {
                let figure = pick(figures);
                Bar {
                    label: month_name(&i, *month),
                    share: if let Figure::Value(v) = figure {
                        Some(v)
                    } else {
                        None
                    },
                    text: shown(&i, figure, Kind::Share),
                }
            })
            .collect();
        view! {
            <BarChart id=format!("chart-{id}-{key}") caption=i.t(caption_id)
                description=t!(i, "performance-chart-description", service = name.clone()) bars/>
        }
    };
    let charts = view! {
        {chart("completion", "performance-col-completion", |f| f.completion_rate)}
        {chart("satisfaction", "performance-col-satisfaction", |f| f.satisfaction)}
        {chart("within-target", "performance-col-within-target", |f| f.decided_within_target)}
    };
    let header = HEADINGS.iter().map(|h| view! { <th scope="col" class="table__header table__header--numeric">{i.t(h)}</th> }).collect_view();
    let rows = months
        .iter()
        .map(|(month, figures)| {
            let cells = report::cells(figures)
                .into_iter()
                .map(|(figure, kind)| view! { <td class="table__cell table__cell--numeric">{shown(&i, figure, kind)}</td> })
                .collect_view();
            view! { <tr class="table__row"><th scope="row" class="table__header">{month_name(&i, *month)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        // Not a landmark: two services may share a name, and landmarks' names must differ.
        <section>
            <h2 class="heading-l" id=format!("service-{id}")>{name.clone()}</h2>
            {charts}
            // Focusable and named, so keyboard users can scroll the wide table on a narrow screen;
            // the name ends with the service's id (hidden), so it is unique even where two
            // services share a name.
            <span id=format!("{table_id}-id") hidden>{id.clone()}</span>
            <div class="table-wrapper" tabindex="0" role="region" aria-labelledby=format!("{table_id} {table_id}-id")>
                <table class="table">
                    <caption class="table__caption table__caption--m" id=table_id.clone()>{t!(i, "performance-table-caption", service = name.clone())}</caption>
                    <thead class="table__head"><tr class="table__row">
                        <th scope="col" class="table__header">{t!(i, "performance-col-month")}</th>
                        {header}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A download's headers: its type, a file name, the licence (RFC 8288 `rel="license"`), and
/// that anyone may fetch it from a script on another site.
fn download(body: String, content_type: &'static str, name: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(name));
    if let Ok(link) = HeaderValue::from_str(&format!("<{LICENCE_URL}>; rel=\"license\"")) {
        headers.insert(header::LINK, link);
    }
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

async fn download_csv(ctx: Ctx) -> PageResult {
    let report = load(&ctx).await?;
    let note = t!(
        ctx.i18n,
        "performance-csv-note",
        minimum = super::measures::MIN_COUNT
    );
    let body = report::csv(&report, &note).map_err(AppError::internal)?;
    Ok(download(
        body,
        "text/csv; charset=utf-8",
        "attachment; filename=\"performance.csv\"",
    ))
}

async fn download_json(ctx: Ctx) -> PageResult {
    let report = load(&ctx).await?;
    let explanation = t!(
        ctx.i18n,
        "performance-suppression-body",
        minimum = super::measures::MIN_COUNT
    );
    let json = report::json(&report, &explanation, &Utc::now().to_rfc3339());
    Ok(download(
        json.to_string(),
        "application/json",
        "attachment; filename=\"performance.json\"",
    ))
}

// ---------------------------------------------------------------------------------------------
// Admins: entering cost and offline volume

async fn admin(ctx: &Ctx) -> Result<i64, AppError> {
    let user = staff(ctx).await?;
    if !user.admin {
        return Err(AppError::Forbidden);
    }
    Ok(user.id)
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct SavedQuery {
    saved: String,
}

async fn admin_page(ctx: Ctx, Query(query): Query<SavedQuery>) -> PageResult {
    admin(&ctx).await?;
    let today = Utc::now().date_naive();
    let month = Month::of(today).previous();
    let typed = Typed {
        month: month.month.to_string(),
        year: month.year.to_string(),
        ..Typed::default()
    };
    render_admin(&ctx, typed, FieldErrors::new(), query.saved == "1").await
}

async fn render_admin(ctx: &Ctx, typed: Typed, errors: FieldErrors, saved: bool) -> PageResult {
    let entered = store::entered(&ctx.state.db)
        .await
        .map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let mut services: Vec<(String, String)> = ctx
        .services()
        .all()
        .map(|s| (s.id.clone(), s.title(&ctx.i18n)))
        .collect();
    services.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(ctx.render_form(ctx.i18n.t("performance-admin-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let name = |id: &str| services.iter().find(|(s, _)| s == id).map_or_else(|| id.to_owned(), |(_, n)| n.clone());
        let options = services
            .iter()
            .map(|(id, title)| view! { <option value=id.clone() selected=*id == typed.service>{title.clone()}</option> })
            .collect_view();
        let service_error = errors.get("service").map(str::to_owned);
        let field = |id: &'static str, label: &str, value: &str, class: &'static str, mode: &'static str, hint: Option<String>| {
            let mut props = InputProps::new(id, i.t(label)).value(value.to_owned()).error(&errors).class(class).inputmode(mode);
            if let Some(hint) = hint {
                props = props.hint(hint);
            }
            view! { <TextInput props/> }
        };
        let has_entered = !entered.is_empty();
        let rows = entered
            .iter()
            .map(|e| {
                let month = Month::parse(&e.month).map_or_else(|| e.month.clone(), |m| month_name(&i, m));
                let cost = e.cost_pence.map_or_else(|| i.t("performance-not-entered"), |p| t!(i, "performance-pounds", value = i.decimal(p as f64 / 100.0, 2)));
                let offline = e.offline.map_or_else(|| i.t("performance-not-entered"), |n| i.decimal(n as f64, 0));
                view! {
                    <tr class="table__row">
                        <td class="table__cell">{name(&e.service)}</td>
                        <td class="table__cell">{month}</td>
                        <td class="table__cell table__cell--numeric">{cost}</td>
                        <td class="table__cell table__cell--numeric">{offline}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            {saved.then(|| view! {
                <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="saved-title">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="saved-title">{t!(i, "performance-admin-saved-title")}</h2>
                    </div>
                    <div class="notification-banner__content"><p class="notification-banner__heading">{t!(i, "performance-admin-saved")}</p></div>
                </div>
            })}
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "performance-admin-heading")}</h1>
            <p class="body">{t!(i, "performance-admin-intro")} " " <a class="link" href="/performance">{t!(i, "performance-admin-public-link")}</a></p>
            <form method="post" action="/staff/admin/performance" novalidate>
                <CsrfField token=csrf.clone()/>
                <div class=group_class(service_error.is_some())>
                    <label class="label" for="service">{t!(i, "performance-admin-service")}</label>
                    {service_error.clone().map(|e| view! { <ErrorMessage id="service-error".to_owned() message_id=e/> })}
                    <select class="select" id="service" name="service" aria-describedby=service_error.as_ref().map(|_| "service-error")>{options}</select>
                </div>
                {field("month", "performance-admin-month", &typed.month, "input--width-2", "numeric", Some(t!(i, "performance-admin-month-hint")))}
                {field("year", "performance-admin-year", &typed.year, "input--width-4", "numeric", None)}
                {field("cost", "performance-admin-cost", &typed.cost, "input--width-10", "decimal", Some(t!(i, "performance-admin-cost-hint")))}
                {field("offline", "performance-admin-offline", &typed.offline, "input--width-10", "numeric", Some(t!(i, "performance-admin-offline-hint")))}
                <Button label=t!(i, "performance-admin-save")/>
            </form>
            {has_entered.then(|| view! {
                <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="entered-caption">
                    <table class="table">
                        <caption class="table__caption table__caption--m" id="entered-caption">{t!(i, "performance-admin-entered")}</caption>
                        <thead class="table__head"><tr class="table__row">
                            <th scope="col" class="table__header">{t!(i, "performance-admin-service")}</th>
                            <th scope="col" class="table__header">{t!(i, "performance-col-month")}</th>
                            <th scope="col" class="table__header table__header--numeric">{t!(i, "performance-admin-cost")}</th>
                            <th scope="col" class="table__header table__header--numeric">{t!(i, "performance-admin-offline")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })}
        }
    }))
}

async fn enter(ctx: Ctx, Form(typed): Form<Typed>) -> PageResult {
    let by = admin(&ctx).await?;
    if !ctx.csrf_ok(&typed.csrf_token).await? {
        let mut errors = FieldErrors::new();
        errors.add("service", "form-error-expired");
        return render_admin(&ctx, typed, errors, false).await;
    }
    let services = ctx.services();
    match entry::check(&typed, |id| services.get(id).is_some()) {
        Ok(figures) => {
            store::enter(&ctx.state.db, &figures, by)
                .await
                .map_err(AppError::internal)?;
            Ok(Redirect::to("/staff/admin/performance?saved=1").into_response())
        }
        Err(errors) => render_admin(&ctx, typed, errors, false).await,
    }
}
