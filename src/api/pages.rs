//! The API's staff pages. `/staff/admin/api-keys` (admins only): every key with its teams, access,
//! expiry, last use and state; a form to make one, whose secret is shown once on the next page
//! (kept in the admin's session until then, never stored); revoking. `/staff/api` (staff): the
//! reference, rendered on the server from the very OpenAPI document `/api/v1/openapi.json`
//! serves, so it cannot say something else; no script, no outside resources.

use super::{docs, keys, problem::PROBLEM_TYPES};
use crate::{
    casework::pages::staff,
    i18n::{use_i18n, I18n},
    t,
    ui::form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
    web::{extract::Path, form::Form, AppError, AppState, Ctx, PageResult},
    with_db,
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use chrono::{DateTime, Datelike, Utc};
use leptos::prelude::*;
use serde_json::Value;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/admin/api-keys", get(keys_page).post(create_key))
        .route("/staff/admin/api-keys/{id}/revoke", post(revoke_key))
        .route("/staff/api", get(reference))
}

/// Where the secret of a key just made waits for the page that shows it once.
const NEW_KEY: &str = "api:new-key";

/// How long a new key may last, in days.
const EXPIRIES: [i64; 3] = [30, 90, 365];

async fn admin(ctx: &Ctx) -> Result<crate::casework::store::StaffUser, AppError> {
    let user = staff(ctx).await?;
    if !user.admin {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

fn when(i: &I18n, at: DateTime<Utc>) -> String {
    i.date(at.year(), at.month(), at.day())
}

async fn keys_page(ctx: Ctx) -> PageResult {
    admin(&ctx).await?;
    // Taken from the session, so it is shown on this one page and never again.
    let session = ctx.session()?;
    let created: Option<(String, String)> = session.get(NEW_KEY).await.map_err(AppError::internal)?;
    if created.is_some() {
        session.remove::<(String, String)>(NEW_KEY).await.map_err(AppError::internal)?;
    }
    render_keys(&ctx, FieldErrors::new(), Vec::new(), created).await
}

async fn render_keys(ctx: &Ctx, errors: FieldErrors, typed: Vec<(String, String)>, created: Option<(String, String)>) -> PageResult {
    let all = keys::list(&ctx.state.db).await.map_err(AppError::internal)?;
    let teams: Vec<(String, String)> = with_db!(&ctx.state.db, |pool| sqlx::query_as("SELECT id, name FROM teams ORDER BY name").fetch_all(pool).await)
        .map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let now = Utc::now();
    let value = |k: &str| typed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let chosen: Vec<String> = typed.iter().filter(|(k, _)| k == "teams").map(|(_, v)| v.clone()).collect();
    let (name, scope, expiry) = (value("name"), value("scope"), value("expiry"));
    let mut response = ctx.render_form(ctx.i18n.t("api-keys-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let team_name = |id: &str| teams.iter().find(|(t, _)| t == id).map_or_else(|| id.to_owned(), |(_, n)| n.clone());
        let banner = created.map(|(name, secret)| view! {
            <div class="notification-banner notification-banner--success" role="region" aria-labelledby="new-key-title">
                <div class="notification-banner__header">
                    <h2 class="notification-banner__title" id="new-key-title">{t!(i, "api-keys-created-title")}</h2>
                </div>
                <div class="notification-banner__content">
                    <p class="body">{t!(i, "api-keys-created", name = name)}</p>
                    <p class="body"><code class="api-secret" dir="ltr">{secret}</code></p>
                </div>
            </div>
        });
        let none = all.is_empty().then(|| view! { <p class="body">{t!(i, "api-keys-none")}</p> });
        let items = all
            .into_iter()
            .map(|key| {
                let state = if key.revoked_at.is_some() {
                    t!(i, "api-keys-revoked")
                } else if key.usable(now) {
                    t!(i, "api-keys-active")
                } else {
                    t!(i, "api-keys-expired")
                };
                let access = match key.scope {
                    keys::Scope::Read => t!(i, "api-keys-access-read"),
                    keys::Scope::ReadWrite => t!(i, "api-keys-access-read-write"),
                };
                let teams_text = key.teams.iter().map(|t| team_name(t)).collect::<Vec<_>>().join(", ");
                let last = key.last_used_at.map_or_else(|| t!(i, "api-keys-never-used"), |at| when(&i, at));
                let heading = format!("key-{}", key.id);
                let can_revoke = key.revoked_at.is_none();
                let fact = |label: String, text: String| view! {
                    <div class="summary-list__row summary-list__row--no-actions">
                        <dt class="summary-list__key">{label}</dt>
                        <dd class="summary-list__value">{text}</dd>
                    </div>
                };
                // Not a landmark: keys may share a name, and a heading is enough to find each.
                view! {
                    <div class="admin-person">
                        <h3 class="heading-s" id=heading.clone()>{key.name.clone()}</h3>
                        <dl class="summary-list">
                            <div class="summary-list__row summary-list__row--no-actions">
                                <dt class="summary-list__key">{t!(i, "api-keys-key")}</dt>
                                <dd class="summary-list__value"><code dir="ltr">{format!("{}…", key.prefix)}</code></dd>
                            </div>
                            {fact(t!(i, "api-keys-status"), state)}
                            {fact(t!(i, "api-keys-teams"), teams_text)}
                            {fact(t!(i, "api-keys-access"), access)}
                            {fact(t!(i, "api-keys-created-on"), when(&i, key.created_at))}
                            {fact(t!(i, "api-keys-expires"), when(&i, key.expires_at))}
                            {fact(t!(i, "api-keys-last-used"), last)}
                        </dl>
                        {can_revoke.then(|| view! {
                            <form method="post" action=format!("/staff/admin/api-keys/{}/revoke", key.id)>
                                <CsrfField token=csrf.clone()/>
                                <button type="submit" class="button button--warning">{t!(i, "api-keys-revoke")}
                                    <span class="visually-hidden">" " {key.name.clone()}</span></button>
                            </form>
                        })}
                    </div>
                }
            })
            .collect_view();
        let team_boxes = teams
            .iter()
            .enumerate()
            .map(|(n, (id, label))| {
                let input = if n == 0 { "teams".to_owned() } else { format!("teams-{}", n + 1) };
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" name="teams" value=id.clone() id=input.clone() checked=chosen.contains(id)/>
                        <label class="label checkboxes__label" for=input>{label.clone()}</label>
                    </div>
                }
            })
            .collect_view();
        let radio = |field: &'static str, n: usize, value: String, label: String, checked: bool| {
            let id = if n == 0 { field.to_owned() } else { format!("{field}-{}", n + 1) };
            view! {
                <div class="radios__item">
                    <input class="radios__input" id=id.clone() name=field type="radio" value=value checked=checked/>
                    <label class="label radios__label" for=id>{label}</label>
                </div>
            }
        };
        let scopes = [(keys::Scope::Read, t!(i, "api-keys-access-read")), (keys::Scope::ReadWrite, t!(i, "api-keys-access-read-write"))]
            .into_iter()
            .enumerate()
            .map(|(n, (s, label))| radio("scope", n, s.as_str().to_owned(), label, scope == s.as_str()))
            .collect_view();
        let expiries = EXPIRIES
            .into_iter()
            .enumerate()
            .map(|(n, days)| radio("expiry", n, days.to_string(), t!(i, "api-keys-expiry-days", days = days), expiry == days.to_string()))
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
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            {banner}
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "api-keys-heading")}</h1>
            <p class="body">{t!(i, "api-keys-intro")}</p>
            <p class="body"><a class="link" href="/staff/api">{t!(i, "api-reference-link")}</a></p>
            <h2 class="heading-m">{t!(i, "api-keys-list")}</h2>
            {none}
            {items}
            <h2 class="heading-m" id="create">{t!(i, "api-keys-add")}</h2>
            <form method="post" action="/staff/admin/api-keys" novalidate>
                <CsrfField token=csrf.clone()/>
                <div class=group("name")>
                    <label class="label" for="name">{t!(i, "api-keys-name")}</label>
                    <div class="hint" id="name-hint">{t!(i, "api-keys-name-hint")}</div>
                    {err("name")}
                    <input class="input" id="name" name="name" type="text" value=name autocomplete="off" maxlength="100"
                        aria-describedby=described("name", Some("name-hint"))/>
                </div>
                <div class=group("teams")>
                    <fieldset class="fieldset" aria-describedby=described("teams", None)>
                        <legend class="fieldset__legend fieldset__legend--s">{t!(i, "api-keys-teams-legend")}</legend>
                        {err("teams")}
                        <div class="checkboxes checkboxes--small">{team_boxes}</div>
                    </fieldset>
                </div>
                <div class=group("scope")>
                    <fieldset class="fieldset" aria-describedby=described("scope", None)>
                        <legend class="fieldset__legend fieldset__legend--s">{t!(i, "api-keys-access-legend")}</legend>
                        {err("scope")}
                        <div class="radios radios--small">{scopes}</div>
                    </fieldset>
                </div>
                <div class=group("expiry")>
                    <fieldset class="fieldset" aria-describedby=described("expiry", None)>
                        <legend class="fieldset__legend fieldset__legend--s">{t!(i, "api-keys-expiry-legend")}</legend>
                        {err("expiry")}
                        <div class="radios radios--small">{expiries}</div>
                    </fieldset>
                </div>
                <Button label=t!(i, "api-keys-add-button")/>
            </form>
        }
    });
    // The secret must not stay in any cache.
    response.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(response)
}

async fn create_key(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let teams: Vec<String> = fields.iter().filter(|(k, _)| k == "teams").map(|(_, v)| v.clone()).collect();
    let mut errors = FieldErrors::new();
    let name = get("name");
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", "api-keys-error-name");
    }
    if teams.is_empty() {
        errors.add("teams", "api-keys-error-teams");
    }
    let scope = keys::Scope::parse(&get("scope"));
    if scope.is_none() {
        errors.add("scope", "api-keys-error-access");
    }
    let days = get("expiry").parse::<i64>().ok().filter(|d| EXPIRIES.contains(d));
    if days.is_none() {
        errors.add("expiry", "api-keys-error-expiry");
    }
    if let (true, Some(scope), Some(days)) = (errors.is_empty(), scope, days) {
        match keys::create(&ctx.state.db, &name, &teams, scope, days, Some(user.id)).await {
            Ok((_, secret)) => {
                ctx.session()?.insert(NEW_KEY, (name, secret)).await.map_err(AppError::internal)?;
                return Ok(Redirect::to("/staff/admin/api-keys").into_response());
            }
            Err(keys::KeyError::Teams) => errors.add("teams", "api-keys-error-teams"),
            Err(keys::KeyError::Name) => errors.add("name", "api-keys-error-name"),
            Err(keys::KeyError::Expiry) => errors.add("expiry", "api-keys-error-expiry"),
            Err(keys::KeyError::Db(e)) => return Err(AppError::internal(e)),
        }
    }
    render_keys(&ctx, errors, fields, None).await
}

async fn revoke_key(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    // Read after the role check, so an address that is not a number says no more than any other.
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let token = fields.iter().find(|(k, _)| k == "csrf_token").map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&token).await? {
        return Err(AppError::Expired);
    }
    keys::revoke(&ctx.state.db, id, Some(user.id)).await.map_err(AppError::internal)?;
    Ok(Redirect::to("/staff/admin/api-keys").into_response())
}

/// One operation of the document, as the reference page shows it.
struct Operation {
    method: String,
    path: String,
    anchor: String,
    summary: String,
    description: String,
    parameters: Vec<(String, String, bool, String)>,
    body: Option<String>,
    responses: Vec<(String, String)>,
}

/// The schema's name in a `$ref`, if it is one.
fn ref_name(schema: &Value) -> Option<String> {
    schema.get("$ref")?.as_str()?.rsplit('/').next().map(str::to_owned)
}

/// A schema's type as a short text: `string`, `array of Attachment`, `RequestDocument` …
fn type_of(schema: &Value) -> String {
    if let Some(name) = ref_name(schema) {
        return name;
    }
    if let Some(options) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
        return options.iter().map(type_of).collect::<Vec<_>>().join(" | ");
    }
    let kind = match schema.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" | "),
        _ => "any".to_owned(),
    };
    match (kind.as_str(), schema.get("items")) {
        ("array", Some(items)) => format!("array of {}", type_of(items)),
        _ => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format!("{kind} ({format})"),
            None => kind,
        },
    }
}

fn operations(doc: &Value) -> Vec<Operation> {
    let mut found = Vec::new();
    for (method, path) in docs::operations(doc) {
        let op = &doc["paths"][&path][method.to_lowercase()];
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let parameters = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| (text(&p["name"]), text(&p["in"]), p["required"].as_bool().unwrap_or(false), text(&p["description"])))
            .collect();
        let body = op["requestBody"]["content"]["application/json"].get("schema").map(type_of);
        let mut responses: Vec<(String, String)> =
            op["responses"].as_object().into_iter().flatten().map(|(code, r)| (code.clone(), text(&r["description"]))).collect();
        responses.sort();
        let anchor = format!("{}-{}", method.to_lowercase(), path.trim_start_matches('/').replace(['{', '}'], "").replace('/', "-"));
        found.push(Operation { summary: text(&op["summary"]), description: text(&op["description"]), method, path, anchor, parameters, body, responses });
    }
    found
}

async fn reference(ctx: Ctx) -> PageResult {
    staff(&ctx).await?;
    let doc = docs::document(&ctx.services(), &super::languages(&ctx.state), &ctx.state.config.public_url);
    let intro = doc["info"]["description"].as_str().unwrap_or_default().to_owned();
    let operations = operations(&doc);
    let schemas: Vec<(String, String, Vec<(String, String, bool, String)>)> = doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, schema)| {
            let required: Vec<&str> = schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let properties = schema["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(p, s)| (p.clone(), type_of(s), required.contains(&p.as_str()), s["description"].as_str().unwrap_or_default().to_owned()))
                .collect();
            (name.clone(), schema["description"].as_str().unwrap_or_default().to_owned(), properties)
        })
        .collect();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("api-reference-title"), move || {
        let i = use_i18n();
        let contents = operations
            .iter()
            .map(|o| view! { <li><a class="link" href=format!("#{}", o.anchor)><code dir="ltr">{format!("{} {}", o.method, o.path)}</code></a></li> })
            .collect_view();
        let required = |yes: bool| if yes { t!(i, "api-reference-required") } else { t!(i, "api-reference-optional") };
        let operation_items = operations
            .into_iter()
            .map(|o| {
                let parameters = (!o.parameters.is_empty()).then(|| {
                    let rows = o
                        .parameters
                        .into_iter()
                        .map(|(name, place, needed, description)| view! {
                            <div class="summary-list__row summary-list__row--no-actions">
                                <dt class="summary-list__key"><code dir="ltr">{name}</code> " (" {place} ", " {required(needed)} ")"</dt>
                                <dd class="summary-list__value" lang="en">{description}</dd>
                            </div>
                        })
                        .collect_view();
                    view! { <h4 class="heading-s">{t!(i, "api-reference-parameters")}</h4><dl class="summary-list">{rows}</dl> }
                });
                let body = o.body.map(|name| view! {
                    <h4 class="heading-s">{t!(i, "api-reference-body")}</h4>
                    <p class="body"><a class="link" href=format!("#schema-{name}")><code dir="ltr">{name.clone()}</code></a></p>
                });
                let responses = o
                    .responses
                    .into_iter()
                    .map(|(code, description)| view! {
                        <div class="summary-list__row summary-list__row--no-actions">
                            <dt class="summary-list__key"><code dir="ltr">{code}</code></dt>
                            <dd class="summary-list__value" lang="en">{description}</dd>
                        </div>
                    })
                    .collect_view();
                view! {
                    <section class="api-operation" aria-labelledby=o.anchor.clone()>
                        <h3 class="heading-m" id=o.anchor.clone()><code dir="ltr">{format!("{} {}", o.method, o.path)}</code></h3>
                        <p class="body" lang="en">{o.summary}</p>
                        {(!o.description.is_empty()).then(|| view! { <p class="body" lang="en">{o.description}</p> })}
                        {parameters}
                        {body}
                        <h4 class="heading-s">{t!(i, "api-reference-responses")}</h4>
                        <dl class="summary-list">{responses}</dl>
                    </section>
                }
            })
            .collect_view();
        let schema_items = schemas
            .into_iter()
            .map(|(name, description, properties)| {
                let rows = properties
                    .into_iter()
                    .map(|(p, kind, needed, text)| view! {
                        <div class="summary-list__row summary-list__row--no-actions">
                            <dt class="summary-list__key"><code dir="ltr">{p}</code></dt>
                            <dd class="summary-list__value"><code dir="ltr">{kind}</code> ", " {required(needed)} <span lang="en">{(!text.is_empty()).then(|| format!(": {text}"))}</span></dd>
                        </div>
                    })
                    .collect_view();
                view! {
                    <section class="api-schema" aria-labelledby=format!("schema-{name}")>
                        <h3 class="heading-s" id=format!("schema-{name}")><code dir="ltr">{name.clone()}</code></h3>
                        {(!description.is_empty()).then(|| view! { <p class="body" lang="en">{description}</p> })}
                        <dl class="summary-list">{rows}</dl>
                    </section>
                }
            })
            .collect_view();
        let problems = PROBLEM_TYPES
            .iter()
            .map(|(slug, title, when)| view! {
                <div class="summary-list__row summary-list__row--no-actions" id=format!("problem-{slug}")>
                    <dt class="summary-list__key"><code dir="ltr">{*slug}</code></dt>
                    <dd class="summary-list__value" lang="en">{format!("{title}. {when}")}</dd>
                </div>
            })
            .collect_view();
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <div class="api-reference">
                <span class="caption-l">{t!(i, "staff-caption")}</span>
                <h1 class="heading-l">{t!(i, "api-reference-heading")}</h1>
                <p class="body">{t!(i, "api-reference-english")}</p>
                <p class="body" lang="en">{intro}</p>
                <p class="body"><a class="link" href="/api/v1/openapi.json">{t!(i, "api-reference-openapi")}</a></p>
                <h2 class="heading-m">{t!(i, "api-reference-operations")}</h2>
                <ul class="list">{contents}</ul>
                {operation_items}
                <h2 class="heading-m">{t!(i, "api-reference-schemas")}</h2>
                {schema_items}
                <h2 class="heading-m" id="problems">{t!(i, "api-reference-problems")}</h2>
                <dl class="summary-list">{problems}</dl>
            </div>
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_read_as_people_say_them() {
        assert_eq!(type_of(&serde_json::json!({ "$ref": "#/components/schemas/Attachment" })), "Attachment");
        assert_eq!(type_of(&serde_json::json!({ "type": "array", "items": { "$ref": "#/components/schemas/Attachment" } })), "array of Attachment");
        assert_eq!(type_of(&serde_json::json!({ "type": ["string", "null"], "format": "date" })), "string | null (date)");
    }

    #[test]
    fn the_reference_lists_every_operation_of_the_document() {
        let doc = docs::document(&Default::default(), &["en".into()], "https://portico.example");
        let ops = operations(&doc);
        assert_eq!(ops.len(), docs::operations(&doc).len());
        assert!(ops.iter().any(|o| o.method == "POST" && o.path == "/api/v1/requests/{reference}/status" && o.body.as_deref() == Some("StatusChange")));
    }
}
