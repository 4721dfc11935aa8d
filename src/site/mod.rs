//! Pages that belong to no service: the home page and the pages the footer links to
//! (accessibility statement, privacy notice, cookies, contact).

use crate::{i18n::use_i18n, t, ui::islands::PrintButton, web::{AppState, Ctx}};
use axum::{http::StatusCode, response::Response, routing::get, Router};
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/accessibility", get(accessibility))
        .route("/privacy", get(privacy))
        .route("/cookies", get(cookies))
        .route("/contact", get(contact))
}

async fn home(ctx: Ctx) -> Response {
    ctx.render(StatusCode::OK, &ctx.i18n.t("home-title"), || view! { <Home/> })
}

async fn accessibility(ctx: Ctx) -> Response {
    ctx.render(StatusCode::OK, &ctx.i18n.t("accessibility-title"), || view! { <Accessibility/> })
}

async fn privacy(ctx: Ctx) -> Response {
    // Each open service's retention period, from its live definition (crate::retention).
    let periods: Vec<(String, Option<crate::retention::period::Period>)> =
        ctx.services().open().map(|s| (s.title(&ctx.i18n), s.definition.retention)).collect();
    let draft_days = ctx.state.config.draft_retention_days;
    ctx.render(StatusCode::OK, &ctx.i18n.t("privacy-title"), move || view! { <Privacy periods draft_days/> })
}

/// How long a period is, in words ("6 years").
fn period_words(i: &crate::i18n::I18n, period: crate::retention::period::Period) -> String {
    let (count, unit) = period.parts();
    match unit {
        "days" => t!(i, "privacy-retention-days", count = count),
        "weeks" => t!(i, "privacy-retention-weeks", count = count),
        "months" => t!(i, "privacy-retention-months", count = count),
        _ => t!(i, "privacy-retention-years", count = count),
    }
}

async fn cookies(ctx: Ctx) -> Response {
    ctx.render(StatusCode::OK, &ctx.i18n.t("cookies-title"), || view! { <Cookies/> })
}

async fn contact(ctx: Ctx) -> Response {
    let email = ctx.state.config.contact_email.clone();
    let phone = ctx.state.config.contact_phone.clone();
    ctx.render(StatusCode::OK, &ctx.i18n.t("contact-title"), move || view! { <Contact email phone/> })
}

/// A bulleted list of messages.
fn bullets(ids: &[&str]) -> impl IntoView {
    let i = use_i18n();
    let items = ids.iter().map(|id| view! { <li>{i.t(id)}</li> }).collect_view();
    view! { <ul class="list list--bullet">{items}</ul> }
}

#[component]
fn Home() -> impl IntoView {
    let i = use_i18n();
    view! {
        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h1 class="heading-xl">{t!(i, "home-heading")}</h1>
                <p class="body-l">{t!(i, "home-lead")}</p>
                <p class="body"><a class="button button--start" href="/services">{t!(i, "home-services-link")}</a></p>
                <h2 class="heading-m">{t!(i, "home-what-heading")}</h2>
                {bullets(&["home-what-apply", "home-what-save", "home-what-track", "home-what-profile"])}
                <h2 class="heading-m">{t!(i, "home-languages-heading")}</h2>
                <p class="body">{t!(i, "home-languages-body")}</p>
                <h2 class="heading-m">{t!(i, "home-help-heading")}</h2>
                <p class="body">{t!(i, "home-help-body")}</p>
                <p class="body"><a class="link" href="/contact">{t!(i, "home-help-link")}</a></p>
            </div>
        </div>
    }
}

#[component]
fn Accessibility() -> impl IntoView {
    let i = use_i18n();
    view! {
        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "accessibility-heading")}</h1>
                <p class="body">{t!(i, "accessibility-intro")}</p>
                {bullets(&[
                    "accessibility-can-zoom",
                    "accessibility-can-reflow",
                    "accessibility-can-keyboard",
                    "accessibility-can-speech",
                    "accessibility-can-screenreader",
                    "accessibility-can-nojs",
                ])}
                <p class="body">{t!(i, "accessibility-plain")}</p>
                <h2 class="heading-m">{t!(i, "accessibility-status-heading")}</h2>
                <p class="body">{t!(i, "accessibility-status-body")}</p>
                <h2 class="heading-m">{t!(i, "accessibility-known-heading")}</h2>
                <p class="body">{t!(i, "accessibility-known-body")}</p>
                <h2 class="heading-m">{t!(i, "accessibility-feedback-heading")}</h2>
                <p class="body">{t!(i, "accessibility-feedback-body")}</p>
                <p class="body"><a class="link" href="/contact">{t!(i, "accessibility-feedback-link")}</a></p>
                <h2 class="heading-m">{t!(i, "accessibility-enforcement-heading")}</h2>
                <p class="body">{t!(i, "accessibility-enforcement-body")}</p>
                <p class="body-s">{t!(i, "accessibility-prepared")}</p>
                <PrintButton label=t!(i, "shell-print")/>
            </div>
        </div>
    }
}

#[component]
fn Privacy(periods: Vec<(String, Option<crate::retention::period::Period>)>, draft_days: u32) -> impl IntoView {
    let i = use_i18n();
    let services = periods
        .into_iter()
        .map(|(service, period)| {
            let line = match period {
                Some(p) => t!(i, "privacy-retention-service", service = service, period = period_words(&i, p)),
                None => t!(i, "privacy-retention-none", service = service),
            };
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! {
        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "privacy-heading")}</h1>
                <p class="body-l">{t!(i, "privacy-intro")}</p>
                <h2 class="heading-m">{t!(i, "privacy-controller-heading")}</h2>
                <p class="body">{t!(i, "privacy-controller-body")}</p>
                <h2 class="heading-m">{t!(i, "privacy-collect-heading")}</h2>
                {bullets(&[
                    "privacy-collect-account",
                    "privacy-collect-profile",
                    "privacy-collect-requests",
                    "privacy-collect-technical",
                ])}
                <h2 class="heading-m">{t!(i, "privacy-why-heading")}</h2>
                <p class="body">{t!(i, "privacy-why-body")}</p>
                <p class="body">{t!(i, "privacy-logs")}</p>
                <h2 class="heading-m" id="retention">{t!(i, "privacy-retention-heading")}</h2>
                <p class="body">{t!(i, "privacy-retention-drafts", days = draft_days)}</p>
                <p class="body">{t!(i, "privacy-retention-requests")}</p>
                <ul class="list list--bullet" id="retention-periods">{services}</ul>
                <p class="body">{t!(i, "privacy-retention-delete")}</p>
                <h2 class="heading-m">{t!(i, "privacy-rights-heading")}</h2>
                <p class="body">{t!(i, "privacy-rights-body")}</p>
                <PrintButton label=t!(i, "shell-print")/>
            </div>
        </div>
    }
}

#[component]
fn Cookies() -> impl IntoView {
    let i = use_i18n();
    // Every cookie Portico sets; keep this table in step with the code that sets them.
    let rows = [
        (crate::i18n::LANGUAGE_COOKIE, "cookies-lang-purpose", "cookies-lang-expires"),
        (crate::session::COOKIE, "cookies-session-purpose", "cookies-session-expires"),
    ]
    .into_iter()
    .map(|(name, purpose, expires)| {
        view! {
            <tr class="table__row">
                <td class="table__cell"><code>{name}</code></td>
                <td class="table__cell">{i.t(purpose)}</td>
                <td class="table__cell">{i.t(expires)}</td>
            </tr>
        }
    })
    .collect_view();
    view! {
        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "cookies-heading")}</h1>
                <p class="body">{t!(i, "cookies-intro")}</p>
                <p class="body">{t!(i, "cookies-essential")}</p>
                // Focusable and named, so keyboard users can scroll the table on a narrow screen.
                <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="cookies-caption">
                    <table class="table">
                        <caption class="table__caption" id="cookies-caption">{t!(i, "cookies-table-caption")}</caption>
                        <thead class="table__head">
                            <tr class="table__row">
                                <th scope="col" class="table__header">{t!(i, "cookies-col-name")}</th>
                                <th scope="col" class="table__header">{t!(i, "cookies-col-purpose")}</th>
                                <th scope="col" class="table__header">{t!(i, "cookies-col-expires")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </div>
    }
}

#[component]
fn Contact(email: String, phone: String) -> impl IntoView {
    let i = use_i18n();
    let tel = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
    view! {
        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "contact-heading")}</h1>
                <p class="body-l">{t!(i, "contact-intro")}</p>
                <h2 class="heading-m">{t!(i, "contact-email-heading")}</h2>
                <p class="body">
                    {t!(i, "contact-email-body")} " "
                    // Addresses and numbers are left-to-right even on an Arabic page.
                    <a class="link" href=format!("mailto:{email}") dir="ltr">{email.clone()}</a>
                </p>
                <h2 class="heading-m">{t!(i, "contact-phone-heading")}</h2>
                <p class="body">
                    {t!(i, "contact-phone-body")} " "
                    <a class="link" href=tel dir="ltr">{phone.clone()}</a>
                </p>
                <p class="body">{t!(i, "contact-phone-hours")}</p>
                <p class="body">{t!(i, "contact-reference")}</p>
                <p class="body">{t!(i, "contact-other-formats")}</p>
            </div>
        </div>
    }
}
