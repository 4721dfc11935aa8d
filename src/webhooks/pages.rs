//! The admins' webhook pages under `/staff/admin/webhooks`: the endpoints (and the form that adds
//! one), and each endpoint's page with its secret (shown once, right after it is made), its
//! state and its delivery log with "send again". Every handler checks first that an enabled
//! admin is signed in; everyone else gets "page not found".

use super::{
    events::EventType,
    store::{self, Delivery, DeliveryState, Endpoint, NewEndpoint},
};
use crate::{
    casework::{pages::staff, store::StaffUser},
    i18n::{use_i18n, I18n},
    t,
    ui::form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
    web::{
        extract::{Path, Query},
        form::Form,
        AppError, AppState, Ctx, PageResult,
    },
    with_db,
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use chrono::{DateTime, Datelike, Utc};
use leptos::prelude::*;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/admin/webhooks", get(list).post(add))
        .route("/staff/admin/webhooks/{id}", get(show).post(update))
}

/// The session key that carries a new endpoint's secret to its page, once.
const NEW_SECRET: &str = "webhook-secret";

async fn admin(ctx: &Ctx) -> Result<StaffUser, AppError> {
    let user = staff(ctx).await?;
    if !user.admin {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

async fn teams(ctx: &Ctx) -> Result<Vec<(String, String)>, AppError> {
    with_db!(&ctx.state.db, |pool| sqlx::query_as("SELECT id, name FROM teams ORDER BY name").fetch_all(pool).await).map_err(AppError::internal)
}

fn when(i: &I18n, at: DateTime<Utc>) -> String {
    t!(i, "casework-event-when", date = i.date(at.year(), at.month(), at.day()), time = at.format("%H:%M").to_string())
}

fn events_text(i: &I18n, endpoint: &Endpoint) -> String {
    endpoint.event_types().into_iter().map(|e| i.t(e.message_id())).collect::<Vec<_>>().join(", ")
}

fn state_tag(i: &I18n, endpoint: &Endpoint) -> AnyView {
    match endpoint.disabled_at {
        Some(_) => view! { <strong class="tag tag--red">{t!(i, "webhooks-endpoint-disabled")}</strong> }.into_any(),
        None => view! { <strong class="tag tag--green">{t!(i, "webhooks-endpoint-active")}</strong> }.into_any(),
    }
}

async fn list(ctx: Ctx) -> PageResult {
    admin(&ctx).await?;
    render_list(&ctx, FieldErrors::new(), Vec::new()).await
}

async fn render_list(ctx: &Ctx, errors: FieldErrors, typed: Vec<(String, String)>) -> PageResult {
    let endpoints = store::endpoints(&ctx.state.db).await.map_err(AppError::internal)?;
    let teams = teams(ctx).await?;
    let csrf = ctx.csrf_token().await?;
    let typed_value = |k: &str| typed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let (team, url) = (typed_value("team"), typed_value("url"));
    let chosen: Vec<String> = typed.iter().filter(|(k, _)| k == "events").map(|(_, v)| v.clone()).collect();
    Ok(ctx.render_form(ctx.i18n.t("webhooks-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let team_name = |id: &str| teams.iter().find(|(t, _)| t == id).map_or_else(|| id.to_owned(), |(_, n)| n.clone());
        let rows = endpoints
            .iter()
            .map(|e| {
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{team_name(&e.team_id)}</dt>
                        <dd class="summary-list__value">
                            <p><a class="link" href=format!("/staff/admin/webhooks/{}", e.id) dir="ltr">{e.url.clone()}</a></p>
                            <p>{events_text(&i, e)}</p>
                        </dd>
                        <dd class="summary-list__actions">{state_tag(&i, e)}</dd>
                    </div>
                }
            })
            .collect_view();
        let has_endpoints = !endpoints.is_empty();
        let options = teams
            .iter()
            .map(|(id, name)| view! { <option value=id.clone() selected=*id == team>{name.clone()}</option> })
            .collect_view();
        let boxes = EventType::ALL
            .into_iter()
            .enumerate()
            .map(|(n, kind)| {
                // The first box has the field's own id, so the error summary's link lands on it.
                let id = if n == 0 { "events".to_owned() } else { format!("events-{}", n + 1) };
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" name="events" value=kind.as_str() id=id.clone() checked=chosen.iter().any(|c| c == kind.as_str())/>
                        <label class="label checkboxes__label" for=id>{i.t(kind.message_id())}</label>
                    </div>
                }
            })
            .collect_view();
        let err = |k: &str| errors.get(k).map(|m| view! { <p class="error-message" id=format!("{k}-error")><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> });
        let described = |k: &str, hint: bool| {
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{k}-hint"));
            }
            if errors.get(k).is_some() {
                ids.push(format!("{k}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "webhooks-heading")}</h1>
            <p class="body">{t!(i, "webhooks-intro")}</p>
            {if has_endpoints {
                view! { <dl class="summary-list">{rows}</dl> }.into_any()
            } else {
                view! { <p class="body">{t!(i, "webhooks-none")}</p> }.into_any()
            }}
            <h2 class="heading-m">{t!(i, "webhooks-add")}</h2>
            <form method="post" action="/staff/admin/webhooks" novalidate>
                <CsrfField token=csrf.clone()/>
                <div class=group_class(errors.get("team").is_some())>
                    <label class="label" for="team">{t!(i, "webhooks-team")}</label>
                    {err("team")}
                    <select class="select" id="team" name="team" aria-describedby=described("team", false)>{options}</select>
                </div>
                <div class=group_class(errors.get("url").is_some())>
                    <label class="label" for="url">{t!(i, "webhooks-url")}</label>
                    <div class="hint" id="url-hint">{t!(i, "webhooks-url-hint")}</div>
                    {err("url")}
                    <input class="input" id="url" name="url" type="url" value=url dir="ltr" spellcheck="false" autocomplete="off"
                        aria-describedby=described("url", true) aria-invalid=errors.get("url").map(|_| "true")/>
                </div>
                <div class=group_class(errors.get("events").is_some())>
                    <fieldset class="fieldset" aria-describedby=described("events", false)>
                        <legend class="fieldset__legend">{t!(i, "webhooks-events")}</legend>
                        {err("events")}
                        <div class="checkboxes checkboxes--small">{boxes}</div>
                    </fieldset>
                </div>
                <Button label=t!(i, "webhooks-add-button")/>
            </form>
        }
    }))
}

async fn add(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    let token = fields.iter().find(|(k, _)| k == "csrf_token").map(|(_, v)| v.as_str()).unwrap_or_default();
    if !ctx.csrf_ok(token).await? {
        return Err(AppError::Expired);
    }
    let known: Vec<String> = teams(&ctx).await?.into_iter().map(|(id, _)| id).collect();
    match NewEndpoint::parse(&fields, &known, ctx.state.config.webhooks_allow_private) {
        Ok(new) => {
            let (id, secret) = store::add_endpoint(&ctx.state.db, &new, user.id).await.map_err(AppError::internal)?;
            // Shown once, on the page this redirects to; never again.
            ctx.session()?.insert(NEW_SECRET, (id, secret.as_str().to_owned())).await.map_err(AppError::internal)?;
            Ok(Redirect::to(&format!("/staff/admin/webhooks/{id}")).into_response())
        }
        Err(errors) => render_list(&ctx, errors, fields.into_iter().filter(|(k, _)| k != "csrf_token").collect()).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShowQuery {
    /// Keyset page of the log: deliveries older than this one.
    before: String,
    /// What was just done, for the banner: `resent`, `enabled` or `disabled`.
    done: String,
}

/// The endpoint, read after the role check so that an id that is not a number, or not an
/// endpoint, answers as any other refusal.
async fn endpoint_for(ctx: &Ctx, id: &str) -> Result<Endpoint, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    store::endpoint(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)
}

async fn show(ctx: Ctx, Path(id): Path<String>, Query(query): Query<ShowQuery>) -> PageResult {
    admin(&ctx).await?;
    let endpoint = endpoint_for(&ctx, &id).await?;
    let before = query.before.parse::<i64>().ok();
    let deliveries = store::deliveries(&ctx.state.db, endpoint.id, before).await.map_err(AppError::internal)?;
    let session = ctx.session()?;
    // Read first, removed only when there: a page view that changes nothing writes no session.
    let secret = match session.get::<(i64, String)>(NEW_SECRET).await.map_err(AppError::internal)? {
        Some((for_id, secret)) if for_id == endpoint.id => {
            session.remove_value(NEW_SECRET).await.map_err(AppError::internal)?;
            Some(secret)
        }
        _ => None,
    };
    let team_name = teams(&ctx).await?.into_iter().find(|(t, _)| *t == endpoint.team_id).map_or_else(|| endpoint.team_id.clone(), |(_, n)| n);
    let csrf = ctx.csrf_token().await?;
    let done = query.done;
    let title = t!(ctx.i18n, "webhooks-endpoint-title", url = endpoint.url.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let action = format!("/staff/admin/webhooks/{}", endpoint.id);
        let older = (deliveries.len() as i64 == store::LOG_PAGE).then(|| deliveries.last().map(|d| format!("{action}?before={}", d.id))).flatten();
        let banner = match done.as_str() {
            "resent" => Some(t!(i, "webhooks-done-resent")),
            "enabled" => Some(t!(i, "webhooks-done-enabled")),
            "disabled" => Some(t!(i, "webhooks-done-disabled")),
            _ => None,
        };
        let status = match endpoint.disabled_at {
            Some(at) => t!(i, "webhooks-endpoint-disabled-since", when = when(&i, at)),
            None => t!(i, "webhooks-endpoint-active"),
        };
        let log = deliveries.iter().map(|d| delivery_row(&i, d, &action, &csrf)).collect_view();
        let has_log = !deliveries.is_empty();
        view! {
            <a class="back-link" href="/staff/admin/webhooks">{t!(i, "webhooks-back")}</a>
            {secret.map(|secret| view! {
                <div class="notification-banner notification-banner--success" role="region" aria-labelledby="secret-title">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="secret-title">{t!(i, "webhooks-secret-title")}</h2>
                    </div>
                    <div class="notification-banner__content">
                        <p class="body">{t!(i, "webhooks-secret-once")}</p>
                        <p class="body"><code dir="ltr" id="webhook-secret">{secret}</code></p>
                    </div>
                </div>
            })}
            {banner.map(|text| view! {
                <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="done-title">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="done-title">{t!(i, "webhooks-done-title")}</h2>
                    </div>
                    <div class="notification-banner__content"><p class="notification-banner__heading">{text}</p></div>
                </div>
            })}
            <span class="caption-l">{team_name.clone()}</span>
            <h1 class="heading-l">{t!(i, "webhooks-endpoint-heading")}</h1>
            <dl class="summary-list">
                <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key">{t!(i, "webhooks-url")}</dt>
                    <dd class="summary-list__value" dir="ltr">{endpoint.url.clone()}</dd>
                </div>
                <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key">{t!(i, "webhooks-team")}</dt>
                    <dd class="summary-list__value">{team_name.clone()}</dd>
                </div>
                <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key">{t!(i, "webhooks-events")}</dt>
                    <dd class="summary-list__value">{events_text(&i, &endpoint)}</dd>
                </div>
                <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key">{t!(i, "webhooks-status")}</dt>
                    <dd class="summary-list__value">{status}</dd>
                </div>
            </dl>
            <form method="post" action=action.clone()>
                <CsrfField token=csrf.clone()/>
                <div class="button-group">
                    {if endpoint.disabled_at.is_some() {
                        view! { <Button label=t!(i, "webhooks-enable") secondary=true name="action" value="enable"/> }.into_any()
                    } else {
                        view! { <Button label=t!(i, "webhooks-disable") secondary=true name="action" value="disable"/> }.into_any()
                    }}
                    <Button label=t!(i, "webhooks-delete") warning=true name="action" value="delete"/>
                </div>
            </form>
            <h2 class="heading-m" id="deliveries">{t!(i, "webhooks-deliveries")}</h2>
            {if has_log {
                view! {
                    <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="deliveries">
                        <table class="table">
                            <thead class="table__head"><tr class="table__row">
                                <th scope="col" class="table__header">{t!(i, "webhooks-col-event")}</th>
                                <th scope="col" class="table__header">{t!(i, "webhooks-col-state")}</th>
                                <th scope="col" class="table__header table__header--numeric">{t!(i, "webhooks-col-attempts")}</th>
                                <th scope="col" class="table__header table__header--numeric">{t!(i, "webhooks-col-response")}</th>
                                <th scope="col" class="table__header">{t!(i, "webhooks-col-next")}</th>
                                <th scope="col" class="table__header"><span class="visually-hidden">{t!(i, "webhooks-col-actions")}</span></th>
                            </tr></thead>
                            <tbody>{log}</tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="body">{t!(i, "webhooks-no-deliveries")}</p> }.into_any()
            }}
            {older.map(|href| view! { <p class="body"><a class="link" href=href>{t!(i, "webhooks-older")}</a></p> })}
        }
    }))
}

fn delivery_row(i: &I18n, d: &Delivery, action: &str, csrf: &str) -> impl IntoView {
    let state = d.state();
    let colour = match state {
        DeliveryState::Pending => "tag tag--blue",
        DeliveryState::Retrying => "tag tag--yellow",
        DeliveryState::Delivered => "tag tag--green",
        DeliveryState::Failed => "tag tag--red",
    };
    let event = EventType::parse(&d.event_type).map_or_else(|| d.event_type.clone(), |e| i.t(e.message_id()));
    let queued = when(i, d.created_at);
    let response = d.last_status.map_or_else(|| "–".to_owned(), |s| s.to_string());
    let next = d.next_attempt_at.map_or_else(|| "–".to_owned(), |at| when(i, at));
    let error = d.last_error.clone();
    let which = t!(i, "webhooks-send-again-which", event = event.clone(), when = queued.clone());
    view! {
        <tr class="table__row">
            <td class="table__cell">{event}<br/><span class="body-s">{queued}</span></td>
            <td class="table__cell"><strong class=colour>{i.t(state.message_id())}</strong>
                {error.map(|e| view! { <br/><span class="body-s">{e}</span> })}</td>
            <td class="table__cell table__cell--numeric">{d.attempts}</td>
            <td class="table__cell table__cell--numeric">{response}</td>
            <td class="table__cell">{next}</td>
            <td class="table__cell">
                <form method="post" action=action.to_owned()>
                    <CsrfField token=csrf.to_owned()/>
                    <input type="hidden" name="delivery" value=d.id.to_string()/>
                    <button type="submit" class="button button--secondary" name="action" value="resend">{t!(i, "webhooks-send-again")}
                        <span class="visually-hidden">" " {which}</span></button>
                </form>
            </td>
        </tr>
    }
}

async fn update(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    let endpoint = endpoint_for(&ctx, &id).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    let back = format!("/staff/admin/webhooks/{}", endpoint.id);
    let done = match get("action").as_str() {
        "enable" => {
            store::set_enabled(db, endpoint.id, true, user.id).await.map_err(AppError::internal)?;
            ctx.state.outbox.wake();
            "enabled"
        }
        "disable" => {
            store::set_enabled(db, endpoint.id, false, user.id).await.map_err(AppError::internal)?;
            "disabled"
        }
        // Deleting cannot be undone: the first press asks, the confirmation deletes.
        "delete" if get("confirm") != "yes" => return confirm_delete(&ctx, &endpoint).await,
        "delete" => {
            store::delete_endpoint(db, endpoint.id, user.id).await.map_err(AppError::internal)?;
            return Ok(Redirect::to("/staff/admin/webhooks").into_response());
        }
        "resend" => {
            let delivery: i64 = get("delivery").parse().map_err(|_| AppError::NotFound)?;
            // Only a delivery of this endpoint: another's id in the form finds nothing.
            if !store::send_again(db, endpoint.id, delivery).await.map_err(AppError::internal)? {
                return Err(AppError::NotFound);
            }
            ctx.state.outbox.wake();
            "resent"
        }
        _ => return Ok(Redirect::to(&back).into_response()),
    };
    Ok(Redirect::to(&format!("{back}?done={done}")).into_response())
}

/// "Are you sure?" before an endpoint and its log are deleted.
async fn confirm_delete(ctx: &Ctx, endpoint: &Endpoint) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let (id, url) = (endpoint.id, endpoint.url.clone());
    let title = t!(ctx.i18n, "webhooks-delete-title", url = url.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let back = format!("/staff/admin/webhooks/{id}");
        let (action, cancel) = (back.clone(), back.clone());
        view! {
            <a class="back-link" href=back>{t!(i, "back-link")}</a>
            <h1 class="heading-l">{t!(i, "webhooks-delete-heading")}</h1>
            <p class="body">{t!(i, "webhooks-delete-body", url = url)}</p>
            <form method="post" action=action>
                <CsrfField token=csrf/>
                <input type="hidden" name="confirm" value="yes"/>
                <div class="button-group">
                    <Button label=t!(i, "webhooks-delete-confirm") warning=true name="action" value="delete"/>
                    <a class="link" href=cancel>{t!(i, "webhooks-delete-cancel")}</a>
                </div>
            </form>
        }
    }))
}
