//! The way into a service: the list of services, a service's start page, "Start now" (which
//! continues a draft where it stops), and the JSON Schema of the service's requests.

use super::{
    page::{current, journey, path_to, redirect, Journey},
};
use crate::{
    i18n::use_i18n,
    profile::fields::Date,
    services::{flow, model::{Definition, SignIn}, schema},
    t,
    ui::form::CsrfField,
    web::{
        form::{Form, TokenForm},
        AppError, Ctx, PageResult,
    },
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::IntoResponse,
    Json,
};
use leptos::prelude::*;
use crate::web::extract::Path;

/// The JSON Schema of the requests the live version makes (public: it describes data, not people).
pub(super) async fn schema_json(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let definition = ctx.services().get(&id).ok_or(AppError::NotFound)?;
    Ok(schema_response(&ctx, &definition))
}

/// The JSON Schema of the requests one published version makes: a request names it.
pub(super) async fn version_schema_json(ctx: Ctx, Path((id, version)): Path<(String, String)>) -> PageResult {
    let number = version.parse::<u32>().map_err(|_| AppError::NotFound)?;
    let definition = ctx.services().version(&id, number).ok_or(AppError::NotFound)?;
    Ok(schema_response(&ctx, &definition))
}

fn schema_response(ctx: &Ctx, definition: &Definition) -> axum::response::Response {
    let schema = schema::schema(definition, &ctx.state.config.public_url);
    let mut response = Json(schema).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/schema+json"));
    response
}

pub(super) async fn list(ctx: Ctx) -> PageResult {
    let services: Vec<(String, String, String)> =
        ctx.services().open().map(|d| (d.id.clone(), d.title(&ctx.i18n), d.i18n(&ctx.i18n).t(&d.summary))).collect();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("services-title"), move || {
        let i = use_i18n();
        let items = services
            .into_iter()
            .map(|(id, title, summary)| {
                view! {
                    <li>
                        <h2 class="heading-s"><a class="link" href=format!("/services/{id}")>{title}</a></h2>
                        <p class="body">{summary}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1 class="heading-l">{t!(i, "services-heading")}</h1>
            <ul class="list">{items}</ul>
        }
    }))
}

pub(super) async fn start_page(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let (ctx, definition) = current(&ctx, &id).await?;
    let csrf = ctx.csrf_token().await?;
    let guest = ctx.identity.is_none();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t(&definition.title), move || {
        let i = use_i18n();
        let paragraphs = definition.before_you_start.iter().map(|p| view! { <p class="body">{i.t(p)}</p> }).collect_view();
        let sign_in_note = match (definition.sign_in, guest) {
            (SignIn::Required, true) => Some(view! { <p class="body">{t!(i, "journey-sign-in-needed")}</p> }.into_any()),
            (SignIn::GuestsAllowed, true) => Some(view! {
                <div class="inset-text">{t!(i, "journey-guest-note")} " " <a class="link" href=format!("/sign-in?next=/services/{}", definition.id)>{t!(i, "sign-in-link")}</a></div>
            }.into_any()),
            _ => None,
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-xl">{i.t(&definition.title)}</h1>
                <p class="body-l">{i.t(&definition.summary)}</p>
                <h2 class="heading-m">{t!(i, "journey-before-you-start")}</h2>
                {paragraphs}
                {sign_in_note}
                <form method="post" action=format!("/services/{}/start", definition.id)>
                    <CsrfField token=csrf/>
                    <button type="submit" class="button button--start">{t!(i, "journey-start")}</button>
                </form>
            </div></div>
        }
    }))
}

/// "Start now": continue where the draft stops (or at the first question).
pub(super) async fn start(ctx: Ctx, Path(id): Path<String>, Form(form): Form<TokenForm>) -> PageResult {
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let Journey { definition, progress, .. } = journey(&ctx, &id).await?;
    let walk = flow::walk(&definition, &progress.answers, Date::today());
    Ok(redirect(&path_to(&definition, &walk.end)))
}
