//! Profile pages: the summary with Change links, one edit page per field, download and delete.
//! Every handler starts with `require_citizen`: a citizen only ever sees and changes their own
//! profile, whatever the URL says.

use super::{
    fields::{Address, ContactPreference, Date, Name, Phone},
    store::{self, Field, Source, StoredField},
};
use crate::{
    auth::{accounts, password, require_citizen},
    session,
    i18n::{use_i18n, I18n},
    t,
    ui::form::{Button, CsrfField, DateInput, ErrorSummary, FieldErrors, InputProps, PasswordInput, RadioItem, Radios, TextInput},
    web::{form::Form, language::set_language_cookie, AppError, AppState, Ctx, PageResult},
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use chrono::{Datelike, Utc};
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;
use crate::web::extract::Query;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/profile", get(summary))
        .route("/profile/name", get(name_form).post(name_submit))
        .route("/profile/date-of-birth", get(dob_form).post(dob_submit))
        .route("/profile/address", get(address_form).post(address_submit))
        .route("/profile/phone", get(phone_form).post(phone_submit))
        .route("/profile/contact", get(contact_form).post(contact_submit))
        .route("/profile/language", get(language_form).post(language_submit))
        .route("/profile/download", get(download))
        .route("/account/delete", get(delete_form).post(delete_submit))
        .route("/account/deleted", get(deleted))
}

/// A citizen's profile as loaded for the pages.
struct Profile {
    email: String,
    language: String,
    fields: HashMap<String, StoredField>,
}

impl Profile {
    async fn load(ctx: &Ctx, citizen: i64) -> Result<Self, AppError> {
        let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
        let fields = store::fields(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
        Ok(Self {
            email: account.email,
            language: account.language,
            fields: fields.into_iter().map(|f| (f.field.clone(), f)).collect(),
        })
    }

    fn raw(&self, field: Field) -> Option<&StoredField> {
        self.fields.get(field.key())
    }

    fn name(&self) -> Option<Name> {
        self.raw(Field::Name).and_then(|f| serde_json::from_str(&f.value).ok())
    }
    fn address(&self) -> Option<Address> {
        self.raw(Field::Address).and_then(|f| serde_json::from_str(&f.value).ok())
    }
    fn date_of_birth(&self) -> Option<Date> {
        self.raw(Field::DateOfBirth).and_then(|f| Date::from_iso(&f.value))
    }
    fn phone(&self) -> Option<String> {
        self.raw(Field::Phone).map(|f| f.value.clone())
    }
    fn contact(&self) -> Option<ContactPreference> {
        self.raw(Field::ContactPreference).and_then(|f| ContactPreference::parse(&f.value).ok())
    }
}

/// Saves a field typed on the profile pages and goes back to the summary.
async fn save(ctx: &Ctx, citizen: i64, field: Field, value: &str) -> PageResult {
    store::set(&ctx.state.db, citizen, field, value, &Source::Profile).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/profile?changed={}", field.key())).into_response())
}

// ---------------------------------------------------------------------------------------------
// The summary

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangedQuery {
    changed: Option<String>,
}

/// One row of the summary list.
struct Row {
    key: String,
    lines: Vec<String>,
    provenance: Option<String>,
    href: &'static str,
    /// Said after "Change" to screen readers, so every Change link has a unique name.
    hidden: String,
    lang: Option<String>,
}

async fn summary(ctx: Ctx, Query(q): Query<ChangedQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let profile = Profile::load(&ctx, citizen).await?;
    let i = ctx.i18n.clone();
    let not_given = i.t("profile-not-given");
    let services = ctx.services();
    let provenance = |field: Field| profile.raw(field).map(|f| provenance(&i, &services, f));
    let language = ctx.state.catalog.get().language(&profile.language).cloned();
    let rows = vec![
        Row {
            key: i.t("profile-name"),
            lines: vec![profile.name().map(|n| format!("{} {}", n.given, n.family)).unwrap_or_else(|| not_given.clone())],
            provenance: provenance(Field::Name),
            href: "/profile/name",
            hidden: i.t("profile-name-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-dob"),
            lines: vec![profile.date_of_birth().map(|d| i.date(d.year, d.month, d.day)).unwrap_or_else(|| not_given.clone())],
            provenance: provenance(Field::DateOfBirth),
            href: "/profile/date-of-birth",
            hidden: i.t("profile-dob-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-address"),
            lines: profile.address().map(|a| a.lines()).unwrap_or_else(|| vec![not_given.clone()]),
            provenance: provenance(Field::Address),
            href: "/profile/address",
            hidden: i.t("profile-address-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-email"),
            lines: vec![profile.email.clone()],
            provenance: None,
            href: "/account/change-email",
            hidden: i.t("profile-email-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-phone"),
            lines: vec![profile.phone().unwrap_or_else(|| not_given.clone())],
            provenance: provenance(Field::Phone),
            href: "/profile/phone",
            hidden: i.t("profile-phone-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-contact"),
            lines: vec![profile.contact().map(|c| i.t(c.message_id())).unwrap_or_else(|| not_given.clone())],
            provenance: provenance(Field::ContactPreference),
            href: "/profile/contact",
            hidden: i.t("profile-contact-lower"),
            lang: None,
        },
        Row {
            key: i.t("profile-language"),
            lines: vec![language.as_ref().map(|l| l.name.clone()).unwrap_or_else(|| profile.language.clone())],
            provenance: None,
            href: "/profile/language",
            hidden: i.t("profile-language-lower"),
            lang: language.map(|l| l.code),
        },
    ];
    let changed = q.changed.filter(|c| !c.is_empty());
    // "Ways to sign in" only where an identity provider is configured (or one is linked).
    let ways_to_sign_in = ctx.state.identity.for_audience(crate::identity::config::Audience::Citizens).next().is_some();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("profile-title"), move || {
        let i = use_i18n();
        let rows = rows
            .into_iter()
            .map(|row| {
                let lines = row.lines.into_iter().map(|l| view! { <span class="summary-list__line">{l}</span> }).collect_view();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{row.key}</dt>
                        <dd class="summary-list__value">
                            <span lang=row.lang>{lines}</span>
                            {row.provenance.map(|p| view! { <span class="hint summary-list__provenance">{p}</span> })}
                        </dd>
                        <dd class="summary-list__actions">
                            <a class="link" href=row.href>{t!(i, "profile-change")}<span class="visually-hidden">" " {row.hidden}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            {changed.map(|_| view! {
                <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="saved-title">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="saved-title">{t!(i, "profile-saved-title")}</h2>
                    </div>
                    <div class="notification-banner__content">
                        <p class="notification-banner__heading">{t!(i, "profile-saved-body")}</p>
                    </div>
                </div>
            })}
            <h1 class="heading-l">{t!(i, "profile-heading")}</h1>
            <p class="body">{t!(i, "profile-intro")}</p>
            <dl class="summary-list">{rows}</dl>
            <h2 class="heading-m">{t!(i, "profile-account-heading")}</h2>
            <ul class="list list--spaced">
                <li><a class="link" href="/account/change-password">{t!(i, "profile-change-password")}</a></li>
                {ways_to_sign_in.then(|| view! { <li><a class="link" href="/profile/sign-in-methods">{t!(i, "identity-methods-link")}</a></li> })}
                <li><a class="link" href="/profile/download" download="portico-data.json">{t!(i, "profile-download")}</a></li>
                <li><a class="link" href="/account/delete">{t!(i, "profile-delete")}</a></li>
            </ul>
        }
    }))
}

/// "Last confirmed 21 November 2026 on your profile" / "… while using {service}".
fn provenance(i: &I18n, services: &crate::services::live::Services, field: &StoredField) -> String {
    let at = field.confirmed_at;
    let date = i.date(at.year(), at.month(), at.day());
    match field.source_service.as_deref() {
        Some(service) if field.source == "service" => {
            // The service's name in this language; its id if the service has since been removed.
            let name = services.get(service).map_or_else(|| service.to_owned(), |d| d.title(i));
            t!(i, "profile-confirmed-service", date = date, service = name)
        }
        Some(provider) if field.source == "provider" => t!(i, "profile-confirmed-provider", date = date, provider = provider.to_owned()),
        _ => t!(i, "profile-confirmed-profile", date = date),
    }
}

// ---------------------------------------------------------------------------------------------
// Edit pages

/// Back link, error summary, heading content, then the form with its CSRF field and Save button.
fn edit_page<V: IntoView + 'static>(
    ctx: &Ctx,
    title_id: &'static str,
    action: &'static str,
    csrf: String,
    errors: FieldErrors,
    fields: impl FnOnce(&FieldErrors) -> V + 'static,
) -> Response {
    ctx.render_form(ctx.i18n.t(title_id), !errors.is_empty(), move || {
        let i = use_i18n();
        let inner = fields(&errors);
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf/>
                    {inner}
                    <Button label=t!(i, "profile-save")/>
                </form>
            </div></div>
        }
    })
}

/// Checks the CSRF token and records problems; the caller re-renders when `errors` is not empty.
async fn check(ctx: &Ctx, token: &str, first_field: &str, errors: &mut FieldErrors) -> Result<(), AppError> {
    if !ctx.csrf_ok(token).await? {
        errors.add(first_field, "form-error-expired");
    }
    Ok(())
}

fn add_all(errors: &mut FieldErrors, problems: Vec<(&'static str, &'static str)>) {
    for (field, message) in problems {
        errors.add(field, message);
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NameForm {
    given: String,
    family: String,
    csrf_token: String,
}

async fn name_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let name = Profile::load(&ctx, citizen).await?.name().unwrap_or_default();
    let csrf = ctx.csrf_token().await?;
    Ok(render_name(&ctx, csrf, name.given, name.family, FieldErrors::new()))
}

fn render_name(ctx: &Ctx, csrf: String, given: String, family: String, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-name-title", "/profile/name", csrf, errors, move |errors| {
        let i = use_i18n();
        view! {
            <h1 class="heading-l">{t!(i, "profile-name-heading")}</h1>
            <TextInput props=InputProps::new("given", t!(i, "field-given-names")).hint(t!(i, "field-given-names-hint"))
                .value(given).error(errors).autocomplete("given-name").spellcheck(false).class("input--width-20")/>
            <TextInput props=InputProps::new("family", t!(i, "field-family-name"))
                .value(family).error(errors).autocomplete("family-name").spellcheck(false).class("input--width-20")/>
        }
    })
}

async fn name_submit(ctx: Ctx, Form(form): Form<NameForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "given", &mut errors).await?;
    match Name::parse(&form.given, &form.family) {
        Ok(name) if errors.is_empty() => save(&ctx, citizen, Field::Name, &serde_json::to_string(&name).map_err(AppError::internal)?).await,
        result => {
            if let Err(problems) = result {
                add_all(&mut errors, problems);
            }
            let csrf = ctx.csrf_token().await?;
            Ok(render_name(&ctx, csrf, form.given, form.family, errors))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DobForm {
    #[serde(rename = "dob-day")]
    day: String,
    #[serde(rename = "dob-month")]
    month: String,
    #[serde(rename = "dob-year")]
    year: String,
    csrf_token: String,
}

async fn dob_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let dob = Profile::load(&ctx, citizen).await?.date_of_birth();
    let csrf = ctx.csrf_token().await?;
    let (d, m, y) = dob.map(|d| (d.day.to_string(), d.month.to_string(), d.year.to_string())).unwrap_or_default();
    Ok(render_dob(&ctx, csrf, d, m, y, FieldErrors::new()))
}

fn render_dob(ctx: &Ctx, csrf: String, day: String, month: String, year: String, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-dob-title", "/profile/date-of-birth", csrf, errors, move |errors| {
        let i = use_i18n();
        view! {
            <DateInput prefix="dob" legend=t!(i, "profile-dob-heading") hint=t!(i, "profile-dob-hint") errors=errors.clone()
                day month year autocomplete_prefix=Some("bday") legend_is_heading=true/>
        }
    })
}

async fn dob_submit(ctx: Ctx, Form(form): Form<DobForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "dob-day", &mut errors).await?;
    match Date::parse_birth(&form.day, &form.month, &form.year, Date::today()) {
        Ok(date) if errors.is_empty() => save(&ctx, citizen, Field::DateOfBirth, &date.iso()).await,
        result => {
            if let Err(problems) = result {
                add_all(&mut errors, problems);
            }
            let csrf = ctx.csrf_token().await?;
            Ok(render_dob(&ctx, csrf, form.day, form.month, form.year, errors))
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct AddressForm {
    #[serde(rename = "address-line1")]
    line1: String,
    #[serde(rename = "address-line2")]
    line2: String,
    #[serde(rename = "address-town")]
    town: String,
    #[serde(rename = "address-postcode")]
    postcode: String,
    #[serde(rename = "address-country")]
    country: String,
    csrf_token: String,
}

async fn address_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let a = Profile::load(&ctx, citizen).await?.address().unwrap_or_else(|| Address { country: Address::UK.into(), ..Default::default() });
    let csrf = ctx.csrf_token().await?;
    let form = AddressForm { line1: a.line1, line2: a.line2, town: a.town, postcode: a.postcode, country: a.country, csrf_token: String::new() };
    Ok(render_address(&ctx, csrf, form, FieldErrors::new()))
}

fn render_address(ctx: &Ctx, csrf: String, form: AddressForm, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-address-title", "/profile/address", csrf, errors, move |errors| {
        let i = use_i18n();
        view! {
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--l"><h1 class="fieldset__heading">{t!(i, "profile-address-heading")}</h1></legend>
                <TextInput props=InputProps::new("address-line1", t!(i, "field-address-line1")).value(form.line1)
                    .error(errors).autocomplete("address-line1")/>
                <TextInput props=InputProps::new("address-line2", t!(i, "field-address-line2")).value(form.line2)
                    .error(errors).autocomplete("address-line2")/>
                <TextInput props=InputProps::new("address-town", t!(i, "field-address-town")).value(form.town)
                    .error(errors).autocomplete("address-level2").class("input--width-20")/>
                <TextInput props=InputProps::new("address-postcode", t!(i, "field-address-postcode")).hint(t!(i, "field-address-postcode-hint"))
                    .value(form.postcode).error(errors).autocomplete("postal-code").class("input--width-10")/>
                <TextInput props=InputProps::new("address-country", t!(i, "field-address-country")).value(form.country)
                    .error(errors).autocomplete("country-name").class("input--width-20")/>
            </fieldset>
        }
    })
}

async fn address_submit(ctx: Ctx, Form(form): Form<AddressForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "address-line1", &mut errors).await?;
    match Address::parse(&form.line1, &form.line2, &form.town, &form.postcode, &form.country) {
        Ok(address) if errors.is_empty() => {
            save(&ctx, citizen, Field::Address, &serde_json::to_string(&address).map_err(AppError::internal)?).await
        }
        result => {
            if let Err(problems) = result {
                add_all(&mut errors, problems);
            }
            let csrf = ctx.csrf_token().await?;
            Ok(render_address(&ctx, csrf, form, errors))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PhoneForm {
    phone: String,
    csrf_token: String,
}

async fn phone_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let phone = Profile::load(&ctx, citizen).await?.phone().unwrap_or_default();
    let csrf = ctx.csrf_token().await?;
    Ok(render_phone(&ctx, csrf, phone, FieldErrors::new()))
}

fn render_phone(ctx: &Ctx, csrf: String, phone: String, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-phone-title", "/profile/phone", csrf, errors, move |errors| {
        let i = use_i18n();
        view! {
            <TextInput props=InputProps::new("phone", t!(i, "profile-phone-heading")).heading().hint(t!(i, "profile-phone-hint"))
                .value(phone).error(errors).kind("tel").autocomplete("tel").class("input--width-20")/>
        }
    })
}

async fn phone_submit(ctx: Ctx, Form(form): Form<PhoneForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "phone", &mut errors).await?;
    match Phone::parse(&form.phone) {
        Ok(phone) if errors.is_empty() => save(&ctx, citizen, Field::Phone, &phone.0).await,
        result => {
            if let Err(problems) = result {
                add_all(&mut errors, problems);
            }
            let csrf = ctx.csrf_token().await?;
            Ok(render_phone(&ctx, csrf, form.phone, errors))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChoiceForm {
    choice: String,
    csrf_token: String,
}

async fn contact_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let selected = Profile::load(&ctx, citizen).await?.contact().map(|c| c.as_str().to_owned()).unwrap_or_default();
    let csrf = ctx.csrf_token().await?;
    Ok(render_contact(&ctx, csrf, selected, FieldErrors::new()))
}

fn render_contact(ctx: &Ctx, csrf: String, selected: String, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-contact-title", "/profile/contact", csrf, errors, move |errors| {
        let i = use_i18n();
        let items = ContactPreference::ALL
            .into_iter()
            .map(|c| RadioItem { value: c.as_str().into(), label: i.t(c.message_id()), hint: None, lang: None, ..Default::default() })
            .collect();
        view! {
            <Radios name="choice" legend=t!(i, "profile-contact-heading") hint=t!(i, "profile-contact-hint")
                error=errors.get("choice").map(str::to_owned) items selected legend_is_heading=true/>
        }
    })
}

async fn contact_submit(ctx: Ctx, Form(form): Form<ChoiceForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "choice", &mut errors).await?;
    match ContactPreference::parse(&form.choice) {
        Ok(choice) if errors.is_empty() => save(&ctx, citizen, Field::ContactPreference, choice.as_str()).await,
        result => {
            if result.is_err() {
                errors.add("choice", "contact-error-missing");
            }
            let csrf = ctx.csrf_token().await?;
            Ok(render_contact(&ctx, csrf, form.choice, errors))
        }
    }
}

async fn language_form(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let selected = Profile::load(&ctx, citizen).await?.language;
    let csrf = ctx.csrf_token().await?;
    Ok(render_language(&ctx, csrf, selected, FieldErrors::new()))
}

fn render_language(ctx: &Ctx, csrf: String, selected: String, errors: FieldErrors) -> Response {
    edit_page(ctx, "profile-language-title", "/profile/language", csrf, errors, move |errors| {
        let i = use_i18n();
        let items = i
            .languages()
            .iter()
            .map(|l| RadioItem { value: l.code.clone(), label: l.name.clone(), hint: None, lang: Some(l.code.clone()), ..Default::default() })
            .collect();
        view! {
            <Radios name="choice" legend=t!(i, "profile-language-heading") hint=t!(i, "profile-language-hint")
                error=errors.get("choice").map(str::to_owned) items selected legend_is_heading=true/>
        }
    })
}

async fn language_submit(ctx: Ctx, Form(form): Form<ChoiceForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    check(&ctx, &form.csrf_token, "choice", &mut errors).await?;
    let language = ctx.state.catalog.get().language(&form.choice).cloned();
    let (Some(language), true) = (language, errors.is_empty()) else {
        if errors.is_empty() {
            errors.add("choice", "profile-language-error");
        }
        let csrf = ctx.csrf_token().await?;
        return Ok(render_language(&ctx, csrf, form.choice, errors));
    };
    accounts::set_citizen_language(&ctx.state.db, citizen, &language.code).await.map_err(AppError::internal)?;
    let mut response = Redirect::to("/profile?changed=language").into_response();
    set_language_cookie(&mut response, &language.code, ctx.state.config.secure_cookies);
    Ok(response)
}

// ---------------------------------------------------------------------------------------------
// Download and delete

/// Everything Portico holds about the signed-in citizen, as JSON (UK GDPR article 15 and 20).
async fn download(ctx: Ctx) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let db = &ctx.state.db;
    let account = accounts::citizen_by_id(db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let fields = store::fields(db, citizen).await.map_err(AppError::internal)?;
    let history = store::history(db, citizen).await.map_err(AppError::internal)?;
    // Structured values are stored as JSON text; export them as JSON, not as strings of JSON.
    let value = |text: &str| serde_json::from_str::<serde_json::Value>(text).ok().filter(|v| v.is_object()).unwrap_or_else(|| text.into());
    let data = serde_json::json!({
        "format": "portico-data-export/1",
        "exported_at": Utc::now(),
        "account": {
            "email": account.email,
            "email_verified_at": account.email_verified_at,
            "language": account.language,
        },
        "profile": fields.iter().map(|f| serde_json::json!({
            "field": f.field,
            "value": value(&f.value),
            "source": f.source,
            "source_service": f.source_service,
            "confirmed_at": f.confirmed_at,
        })).collect::<Vec<_>>(),
        "profile_history": history.iter().map(|h| serde_json::json!({
            "field": h.field,
            "old_value": h.old_value.as_deref().map(value),
            "new_value": h.new_value.as_deref().map(value),
            "source": h.source,
            "source_service": h.source_service,
            "changed_at": h.changed_at,
        })).collect::<Vec<_>>(),
        // Applications arrive with the service engine; the keys are here so the format is stable.
        "drafts": [],
        "requests": [],
        "messages": [],
    });
    let body = serde_json::to_string_pretty(&data).map_err(AppError::internal)?;
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"portico-data.json\""));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DeleteForm {
    current_password: String,
    csrf_token: String,
}

async fn delete_form(ctx: Ctx) -> PageResult {
    require_citizen(&ctx)?;
    let csrf = ctx.csrf_token().await?;
    Ok(render_delete(&ctx, csrf, FieldErrors::new()))
}

fn render_delete(ctx: &Ctx, csrf: String, errors: FieldErrors) -> Response {
    ctx.render_form(ctx.i18n.t("delete-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "delete-heading")}</h1>
                <p class="body">{t!(i, "delete-what")}</p>
                <p class="body">{t!(i, "delete-requests")} " " <a class="link" href="/privacy#retention">{t!(i, "delete-privacy-link")}</a></p>
                <div class="warning-text">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <strong class="warning-text__text">
                        <span class="visually-hidden">{t!(i, "delete-warning-prefix")}</span>
                        {t!(i, "delete-warning")}
                    </strong>
                </div>
                <form method="post" action="/account/delete" novalidate>
                    <CsrfField token=csrf/>
                    <PasswordInput id="current_password" label=t!(i, "delete-password-label")
                        error=errors.get("current_password").map(str::to_owned) autocomplete="current-password"/>
                    <div class="button-group">
                        <Button label=t!(i, "delete-button") warning=true/>
                        <a class="link" href="/profile">{t!(i, "delete-cancel")}</a>
                    </div>
                </form>
            </div></div>
        }
    })
}

async fn delete_submit(ctx: Ctx, Form(form): Form<DeleteForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("current_password", "form-error-expired");
    } else if !password::verify(&form.current_password, Some(&account.password_hash)).await {
        errors.add("current_password", "password-error-current-wrong");
    }
    if !errors.is_empty() {
        let csrf = ctx.csrf_token().await?;
        return Ok(render_delete(&ctx, csrf, errors));
    }
    store::delete_citizen(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    session::sign_out(ctx.session()?).await.map_err(AppError::internal)?;
    tracing::info!(citizen, "citizen account deleted");
    Ok(Redirect::to("/account/deleted").into_response())
}

async fn deleted(ctx: Ctx) -> PageResult {
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("deleted-title"), || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="panel panel--confirmation"><h1 class="panel__title">{t!(i, "deleted-heading")}</h1></div>
                <p class="body">{t!(i, "deleted-body")}</p>
                <p class="body"><a class="link" href="/">{t!(i, "not-found-home")}</a></p>
            </div></div>
        }
    }))
}
