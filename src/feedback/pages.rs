//! The feedback pages. Public: the form at `/feedback` (`?service=ID` from a service's pages and
//! its confirmation) and the thank-you page. Staff: `/staff/feedback/{service}` (a service id, or
//! `_portal`) with counts per rating, a search and CSV export, for the staff of the team in
//! charge of the service and admins (the portal's, admins only); and the dashboard's summary.

use super::{
    form::{self, Rating, Typed},
    store::{self, About, Entry},
};
use crate::{
    casework::{export, pages::staff, store::StaffUser},
    i18n::{use_i18n, I18n},
    t,
    ui::{
        form::{
            described_by, group_class, Button, CsrfField, ErrorMessage, ErrorSummary, FieldErrors,
            InputProps, RadioItem, Radios, TextInput,
        },
        shell::escape_text,
    },
    web::{
        extract::{Path, Query},
        form::Form,
        AppError, AppState, Ctx, PageResult,
    },
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use chrono::{Datelike, Utc};
use leptos::prelude::*;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/feedback", get(form_page).post(send))
        .route("/feedback/thanks", get(thanks))
        .route("/staff/feedback/{service}", get(staff_page))
        .route("/staff/feedback/{service}/export.csv", get(export_csv))
}

/// One session may send this many in an hour: plenty for a person, a nuisance for a script.
const PER_HOUR: usize = 10;
const SENT_KEY: &str = "feedback-sent";

#[derive(Deserialize, Default)]
#[serde(default)]
struct ServiceQuery {
    service: String,
}

/// The service `id` names, when it is one we serve, with its title in this language.
fn known(ctx: &Ctx, id: &str) -> Option<(String, String)> {
    ctx.services()
        .get(id)
        .map(|s| (s.id.clone(), s.title(&ctx.i18n)))
}

async fn form_page(ctx: Ctx, Query(query): Query<ServiceQuery>) -> PageResult {
    let typed = Typed {
        service: query.service,
        ..Typed::default()
    };
    render_form(&ctx, typed, FieldErrors::new()).await
}

async fn render_form(ctx: &Ctx, typed: Typed, errors: FieldErrors) -> PageResult {
    let service = known(ctx, &typed.service);
    let csrf = ctx.csrf_token().await?;
    let title = match &service {
        Some((_, name)) => t!(ctx.i18n, "feedback-title-service", service = name.clone()),
        None => ctx.i18n.t("feedback-title-portal"),
    };
    let heading = title.clone();
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let ratings = Rating::ALL
            .into_iter()
            .map(|r| RadioItem { value: r.value().to_string(), label: i.t(r.message_id()), ..RadioItem::default() })
            .collect();
        let improve_error = errors.get("improve").map(str::to_owned);
        let textarea_class = if improve_error.is_some() { "textarea textarea--error" } else { "textarea" };
        let email_props = InputProps::new("email", t!(i, "feedback-email"))
            .value(typed.email.clone())
            .error(&errors)
            .kind("email")
            .autocomplete("email")
            .spellcheck(false)
            .class("input--width-30");
        // Without JavaScript the address field shows under "Yes" all along; it is read only
        // when "Yes" is chosen.
        let email_field: ViewFn = (move || view! { <TextInput props=email_props.clone()/> }).into();
        let replies = vec![
            RadioItem {
                value: "yes".into(),
                label: t!(i, "feedback-reply-yes"),
                hint: Some(t!(i, "feedback-reply-yes-hint")),
                conditional: Some(email_field),
                ..RadioItem::default()
            },
            RadioItem { value: "no".into(), label: t!(i, "feedback-reply-no"), ..RadioItem::default() },
        ];
        let service_id = service.as_ref().map(|(id, _)| id.clone()).unwrap_or_default();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{heading.clone()}</h1>
                <p class="body">{t!(i, "feedback-intro")}</p>
                <form method="post" action="/feedback" novalidate>
                    <CsrfField token=csrf.clone()/>
                    <input type="hidden" name="service" value=service_id/>
                    <Radios name="rating" legend=t!(i, "feedback-rating-legend") error=errors.get("rating").map(str::to_owned)
                        items=ratings selected=typed.rating.clone()/>
                    <div class=group_class(improve_error.is_some())>
                        <label class="label label--s" for="improve">{t!(i, "feedback-improve")}</label>
                        <div id="improve-hint" class="hint">{t!(i, "feedback-improve-hint", limit = form::IMPROVE_MAX)}</div>
                        {improve_error.clone().map(|e| view! { <ErrorMessage id="improve-error".to_owned() message_id=e/> })}
                        // Set as markup: <textarea> holds only text, and marker comments would show in it.
                        <textarea class=textarea_class id="improve" name="improve" rows="5"
                            aria-describedby=described_by("improve", true, improve_error.is_some()) aria-invalid=improve_error.as_ref().map(|_| "true")
                            data-maxlength=form::IMPROVE_MAX.to_string() inner_html=escape_text(&typed.improve)></textarea>
                        <div id="improve-count" class="hint character-count__message" aria-live="polite"></div>
                    </div>
                    <Radios name="reply" legend=t!(i, "feedback-reply-legend") hint=t!(i, "feedback-reply-hint") error=None
                        items=replies selected=typed.reply.clone()/>
                    <p class="body">{t!(i, "feedback-privacy")} " " <a class="link" href="/privacy">{t!(i, "feedback-privacy-link")}</a></p>
                    <Button label=t!(i, "feedback-send")/>
                </form>
            </div></div>
        }
    }))
}

async fn send(ctx: Ctx, Form(typed): Form<Typed>) -> PageResult {
    // Anyone may send feedback: the form's token and the per-session limit are its guards.
    if !ctx.csrf_ok(&typed.csrf_token).await? {
        let mut errors = FieldErrors::new();
        errors.add("rating", "form-error-expired");
        return render_form(&ctx, typed, errors).await;
    }
    let session = ctx.session()?;
    let now = Utc::now().timestamp();
    let mut sent: Vec<i64> = session
        .get(SENT_KEY)
        .await
        .map_err(AppError::internal)?
        .unwrap_or_default();
    sent.retain(|at| now - at < 3600);
    if sent.len() >= PER_HOUR {
        let mut errors = FieldErrors::new();
        errors.add("rating", "feedback-error-too-many");
        return render_form(&ctx, typed, errors).await;
    }
    let services = ctx.services();
    match form::check(&typed, |id| services.get(id).is_some()) {
        Ok(feedback) => {
            store::save(&ctx.state.db, &feedback, ctx.i18n.language().code.as_str())
                .await
                .map_err(AppError::internal)?;
            sent.push(now);
            session
                .insert(SENT_KEY, sent)
                .await
                .map_err(AppError::internal)?;
            let to = match &feedback.service {
                Some(id) => format!("/feedback/thanks?service={id}"),
                None => "/feedback/thanks".to_owned(),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => render_form(&ctx, typed, errors).await,
    }
}

async fn thanks(ctx: Ctx, Query(query): Query<ServiceQuery>) -> PageResult {
    let service = known(&ctx, &query.service);
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("feedback-thanks-title"), move || {
        let i = use_i18n();
        let back = match &service {
            Some((id, name)) => view! { <a class="link" href=format!("/services/{id}")>{t!(i, "feedback-thanks-back-service", service = name.clone())}</a> }.into_any(),
            None => view! { <a class="link" href="/">{t!(i, "feedback-thanks-back-home")}</a> }.into_any(),
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="panel panel--confirmation">
                    <h1 class="panel__title">{t!(i, "feedback-thanks-heading")}</h1>
                </div>
                <p class="body">{t!(i, "feedback-thanks-body")}</p>
                <p class="body">{back}</p>
            </div></div>
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Staff

/// What `user` may read: a service's feedback if their team is in charge of it (admins: all),
/// the portal's if they are an admin. Anything else is "page not found", as for no such page.
async fn allowed(ctx: &Ctx, user: &StaffUser, segment: &str) -> Result<(About, String), AppError> {
    match About::from_segment(segment) {
        About::Portal if user.admin => Ok((About::Portal, ctx.i18n.t("feedback-portal"))),
        About::Portal => Err(AppError::NotFound),
        About::Service(id) => {
            let team = store::team_of(&ctx.state.db, &id)
                .await
                .map_err(AppError::internal)?
                .ok_or(AppError::NotFound)?;
            if !user.can_see(&team) {
                return Err(AppError::NotFound);
            }
            let title = known(ctx, &id).map_or_else(|| id.clone(), |(_, name)| name);
            Ok((About::Service(id), title))
        }
    }
}

/// Counts per rating, most satisfied first, and their total.
fn tally(counts: &[(Option<String>, i64, i64)], about: &About) -> ([i64; 5], i64) {
    let service = match about {
        About::Service(id) => Some(id.as_str()),
        About::Portal => None,
    };
    let mut by_rating = [0; 5];
    for (n, rating) in Rating::ALL.into_iter().enumerate() {
        by_rating[n] = counts
            .iter()
            .filter(|(s, r, _)| s.as_deref() == service && *r == rating.value())
            .map(|(.., c)| c)
            .sum();
    }
    (by_rating, by_rating.iter().sum())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StaffQuery {
    q: String,
    before: String,
}

fn when(i: &I18n, entry: &Entry) -> String {
    let at = entry.created_at;
    i.date(at.year(), at.month(), at.day())
}

async fn staff_page(
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<StaffQuery>,
) -> PageResult {
    let user = staff(&ctx).await?;
    let (about, name) = allowed(&ctx, &user, &segment).await?;
    let counts = store::counts(&ctx.state.db)
        .await
        .map_err(AppError::internal)?;
    let (by_rating, total) = tally(&counts, &about);
    let before = query.before.parse::<i64>().ok();
    let q = query.q.chars().take(200).collect::<String>();
    let entries = store::entries(&ctx.state.db, &about, &q, before, store::PAGE)
        .await
        .map_err(AppError::internal)?;
    let base = format!("/staff/feedback/{}", about.segment());
    let title = t!(ctx.i18n, "feedback-staff-title", service = name.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let query_of = |extra: Option<i64>| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            if !q.is_empty() {
                s.append_pair("q", &q);
            }
            if let Some(before) = extra {
                s.append_pair("before", &before.to_string());
            }
            let s = s.finish();
            if s.is_empty() { s } else { format!("?{s}") }
        };
        let export = format!("{base}/export.csv{}", query_of(None));
        let older = (entries.len() as i64 == store::PAGE).then(|| entries.last().map(|e| format!("{base}{}", query_of(Some(e.id))))).flatten();
        let count_rows = Rating::ALL
            .into_iter()
            .zip(by_rating)
            .map(|(r, n)| view! { <tr class="table__row"><th scope="row" class="table__header">{i.t(r.message_id())}</th><td class="table__cell table__cell--numeric">{n}</td></tr> })
            .collect_view();
        let has_entries = !entries.is_empty();
        let rows = entries
            .iter()
            .map(|e| {
                let rating = e.rating().map(|r| i.t(r.message_id())).unwrap_or_default();
                view! {
                    <tr class="table__row">
                        <td class="table__cell">{when(&i, e)}</td>
                        <td class="table__cell">{rating}</td>
                        <td class="table__cell feedback__text">{e.improve.clone()}</td>
                        <td class="table__cell" dir="ltr">{e.reply_email.clone().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <span class="caption-l">{name.clone()}</span>
            <h1 class="heading-l">{t!(i, "feedback-staff-heading")}</h1>
            <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="feedback-counts">
                <table class="table">
                    <caption class="table__caption table__caption--m" id="feedback-counts">{t!(i, "feedback-staff-counts", total = total)}</caption>
                    <thead class="table__head"><tr class="table__row">
                        <th scope="col" class="table__header">{t!(i, "feedback-col-rating")}</th>
                        <th scope="col" class="table__header table__header--numeric">{t!(i, "feedback-col-count")}</th>
                    </tr></thead>
                    <tbody>{count_rows}</tbody>
                </table>
            </div>
            <form method="get" action=base.clone() class="search" role="search">
                <div class="form-group">
                    <label class="label label--s" for="q">{t!(i, "feedback-staff-search")}</label>
                    <input class="input input--width-20" id="q" name="q" type="search" value=q.clone()/>
                </div>
                <Button label=t!(i, "feedback-staff-search-button") secondary=true/>
            </form>
            <p class="body"><a class="link" href=export>{t!(i, "feedback-staff-export")}</a></p>
            {if has_entries {
                view! {
                    <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="feedback-entries">
                        <table class="table">
                            <caption class="table__caption table__caption--m" id="feedback-entries">{t!(i, "feedback-staff-entries")}</caption>
                            <thead class="table__head"><tr class="table__row">
                                <th scope="col" class="table__header">{t!(i, "feedback-col-date")}</th>
                                <th scope="col" class="table__header">{t!(i, "feedback-col-rating")}</th>
                                <th scope="col" class="table__header">{t!(i, "feedback-col-improve")}</th>
                                <th scope="col" class="table__header">{t!(i, "feedback-col-email")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="body">{t!(i, "feedback-staff-none")}</p> }.into_any()
            }}
            {older.map(|href| view! { <p class="body"><a class="link" href=href>{t!(i, "feedback-staff-older")}</a></p> })}
        }
    }))
}

async fn export_csv(
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<StaffQuery>,
) -> PageResult {
    let user = staff(&ctx).await?;
    let (about, _) = allowed(&ctx, &user, &segment).await?;
    let q = query.q.chars().take(200).collect::<String>();
    let entries = store::entries(&ctx.state.db, &about, &q, None, i64::MAX)
        .await
        .map_err(AppError::internal)?;
    let i = &ctx.i18n;
    let header: Vec<String> = [
        "feedback-col-date",
        "feedback-col-rating-number",
        "feedback-col-rating",
        "feedback-col-improve",
        "feedback-col-email",
        "feedback-col-language",
    ]
    .iter()
    .map(|id| i.t(id))
    .collect();
    let body = export::csv(
        &header,
        entries.iter().map(|e| {
            vec![
                e.created_at.date_naive().to_string(),
                e.rating.to_string(),
                e.rating().map(|r| i.t(r.message_id())).unwrap_or_default(),
                e.improve.clone(),
                e.reply_email.clone().unwrap_or_default(),
                e.language.clone(),
            ]
        }),
    )
    .map_err(AppError::internal)?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"feedback.csv\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// One row of the dashboard's summary.
#[derive(Clone, Debug)]
pub struct SummaryRow {
    pub href: String,
    pub title: String,
    /// Most satisfied first, as [`Rating::ALL`].
    pub counts: [i64; 5],
    pub total: i64,
}

/// The dashboard's summary for `user`: every service their teams are in charge of (admins: all,
/// and the portal in general), with its counts per rating.
pub async fn summary(ctx: &Ctx, user: &StaffUser) -> Result<Vec<SummaryRow>, AppError> {
    let db = &ctx.state.db;
    let counts = store::counts(db).await.map_err(AppError::internal)?;
    let mut services = if user.admin {
        let mut all: Vec<String> = ctx.services().all().map(|s| s.id.clone()).collect();
        all.sort();
        all
    } else {
        store::services_of(db, &user.teams)
            .await
            .map_err(AppError::internal)?
    };
    services.dedup();
    let mut rows: Vec<SummaryRow> = services
        .into_iter()
        .map(|id| {
            let (counts, total) = tally(&counts, &About::Service(id.clone()));
            let title = known(ctx, &id).map_or_else(|| id.clone(), |(_, name)| name);
            SummaryRow {
                href: format!("/staff/feedback/{id}"),
                title,
                counts,
                total,
            }
        })
        .collect();
    if user.admin {
        let (counts, total) = tally(&counts, &About::Portal);
        rows.push(SummaryRow {
            href: format!("/staff/feedback/{}", store::PORTAL_SEGMENT),
            title: ctx.i18n.t("feedback-portal"),
            counts,
            total,
        });
    }
    Ok(rows)
}

/// The dashboard's table of feedback per service.
#[component]
pub fn DashboardSummary(rows: Vec<SummaryRow>) -> impl IntoView {
    let i = use_i18n();
    let header = Rating::ALL.into_iter().map(|r| view! { <th scope="col" class="table__header table__header--numeric">{i.t(r.message_id())}</th> }).collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row.counts.into_iter().map(|n| view! { <td class="table__cell table__cell--numeric">{n}</td> }).collect_view();
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header"><a class="link" href=row.href>{row.title}</a></th>
                    {cells}
                    <td class="table__cell table__cell--numeric">{row.total}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m" id="feedback-summary">{t!(i, "feedback-dashboard-heading")}</h2>
        <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="feedback-summary">
            <table class="table">
                <thead class="table__head"><tr class="table__row">
                    <th scope="col" class="table__header">{t!(i, "applications-col-service")}</th>
                    {header}
                    <th scope="col" class="table__header table__header--numeric">{t!(i, "feedback-col-total")}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tally_counts_one_service_most_satisfied_first() {
        let counts = vec![
            (Some("a".to_owned()), 5, 3),
            (Some("a".to_owned()), 1, 2),
            (Some("b".to_owned()), 5, 7),
            (None, 4, 1),
        ];
        assert_eq!(
            tally(&counts, &About::Service("a".into())),
            ([3, 0, 0, 0, 2], 5)
        );
        assert_eq!(tally(&counts, &About::Portal), ([0, 1, 0, 0, 0], 1));
    }
}
