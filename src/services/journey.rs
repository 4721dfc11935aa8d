//! The journey pages: the list of services, a service's start page, one page per question,
//! check your answers, submission, confirmation, exit pages, and "Your applications".
//!
//! Every page works without JavaScript: questions are plain forms that post to their own page,
//! which re-renders with every typed value and the errors, or saves the answer to the draft and
//! redirects (303) to the next step of the route.

use super::{
    answers::{self, Answer, Answers, Raw},
    flow::{self, Target},
    model::{Choice, Definition, Kind, Question, SignIn},
};
use crate::{
    auth::{require_citizen, Identity},
    email::Email,
    i18n::{use_i18n, I18n},
    profile::fields::Date,
    requests::{reference, store as requests},
    t,
    ui::islands::{ClientRules, ClientValidation},
    ui::shell::LanguageForm,
    ui::form::{Button, CsrfField, DateInput, ErrorMessage, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, AppState, Ctx, PageMeta},
};
use axum::{
    extract::{Path, Query},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use chrono::{Datelike, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/services", get(list))
        .route("/applications", get(applications))
        .route("/applications/{service}/delete", post(delete_draft))
        .route("/services/{service}", get(start_page))
        .route("/services/{service}/start", post(start))
        .route("/services/{service}/check-answers", get(check_answers))
        .route("/services/{service}/schema.json", get(schema_json))
        .route("/services/{service}/submit", post(submit))
        .route("/services/{service}/confirmation/{reference}", get(confirmation))
        .route("/services/{service}/exit/{exit}", get(exit_page))
        .route("/services/{service}/{question}", get(question_page).post(answer))
        // Room for a 10 MB upload and the form around it.
        .layer(axum::extract::DefaultBodyLimit::max(12 * 1024 * 1024))
}

pub(super) type PageResult = Result<Response, AppError>;

pub(crate) fn today() -> Date {
    let now = Utc::now().date_naive();
    Date { year: now.year(), month: now.month(), day: now.day() }
}

fn service(ctx: &Ctx, id: &str) -> Result<Arc<Definition>, AppError> {
    ctx.state.services.get(id).ok_or(AppError::NotFound)
}

pub(super) fn path_to(definition: &Definition, target: &Target) -> String {
    match target {
        Target::Question(q) => format!("/services/{}/{q}", definition.id),
        Target::CheckAnswers => format!("/services/{}/check-answers", definition.id),
        Target::Exit(e) => format!("/services/{}/exit/{e}", definition.id),
    }
}

// ---------------------------------------------------------------------------------------------
// Drafts: in the database for signed-in citizens, in the session for guests.

/// The answers so far and the key that makes submission idempotent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(super) struct Progress {
    pub(super) answers: Answers,
    pub(super) submission_key: String,
}

/// Who is applying: a signed-in citizen, or a guest where the service allows one.
fn applicant(ctx: &Ctx, definition: &Definition) -> Result<Option<i64>, AppError> {
    match ctx.identity {
        Some(Identity::Citizen { id }) => Ok(Some(id)),
        _ if definition.sign_in == SignIn::GuestsAllowed && ctx.identity.is_none() => Ok(None),
        _ => require_citizen(ctx).map(Some),
    }
}

fn session_key(definition: &Definition) -> String {
    format!("draft:{}", definition.id)
}

pub(super) async fn load(ctx: &Ctx, definition: &Definition, citizen: Option<i64>) -> Result<Progress, AppError> {
    match citizen {
        Some(id) => Ok(requests::draft(&ctx.state.db, id, &definition.id)
            .await
            .map_err(AppError::internal)?
            .map(|d| Progress { answers: d.answers, submission_key: d.submission_key })
            .unwrap_or_default()),
        None => Ok(ctx.session()?.get::<Progress>(&session_key(definition)).await.map_err(AppError::internal)?.unwrap_or_default()),
    }
}

pub(super) async fn store(ctx: &Ctx, definition: &Definition, citizen: Option<i64>, progress: &mut Progress) -> Result<(), AppError> {
    match citizen {
        Some(id) => {
            requests::save_draft(&ctx.state.db, id, &definition.id, i64::from(definition.version), &progress.answers)
                .await
                .map_err(AppError::internal)?;
            Ok(())
        }
        None => {
            if progress.submission_key.is_empty() {
                progress.submission_key = crate::tokens::random_token();
            }
            ctx.session()?.insert(&session_key(definition), &*progress).await.map_err(AppError::internal)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Services and their start pages

/// The JSON Schema of the service's requests (public: it describes data, not people).
async fn schema_json(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let schema = super::schema::schema(&definition, &ctx.state.config.public_url);
    let mut response = axum::Json(schema).into_response();
    response.headers_mut().insert(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("application/schema+json"));
    Ok(response)
}

async fn list(ctx: Ctx) -> PageResult {
    let services: Vec<(String, String, String)> =
        ctx.state.services.all().map(|d| (d.id.clone(), ctx.i18n.t(&d.title), ctx.i18n.t(&d.summary))).collect();
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

async fn start_page(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let definition = service(&ctx, &id)?;
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

#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenForm {
    csrf_token: String,
}

/// "Start now": continue where the draft stops (or at the first question).
async fn start(ctx: Ctx, Path(id): Path<String>, Form(form): Form<TokenForm>) -> PageResult {
    let definition = service(&ctx, &id)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let citizen = applicant(&ctx, &definition)?;
    let progress = load(&ctx, &definition, citizen).await?;
    let walk = flow::walk(&definition, &progress.answers, today());
    Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response())
}

// ---------------------------------------------------------------------------------------------
// Question pages

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangeQuery {
    change: Option<String>,
    /// Show the question's inputs even though the profile already has an answer.
    edit: Option<String>,
    /// "Add another" questions: the item to show or save, or to remove.
    item: Option<String>,
    remove: Option<String>,
}

impl ChangeQuery {
    fn step(&self) -> super::items::Step {
        super::items::Step::parse(self.item.as_deref(), self.remove.as_deref(), self.change.is_some())
    }

    /// The page's own address, without a language choice.
    fn page(&self, definition: &Definition, question: &Question) -> String {
        let mut query = Vec::new();
        if let Some(item) = &self.item {
            query.push(format!("item={}", item.trim().parse::<usize>().unwrap_or(1)));
        }
        if self.edit.is_some() {
            query.push("edit=1".into());
        }
        if self.change.is_some() {
            query.push("change=1".into());
        }
        let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
        format!("/services/{}/{}{query}", definition.id, question.id)
    }
}

/// The language buttons of a question page submit its form with `action=lang:{code}`: what was
/// typed is kept, unchecked, for the same page in the new language (without JavaScript too).
async fn switch_language(ctx: &Ctx, page: &str, raw: &Raw, csrf_ok: bool, action: &str) -> Option<PageResult> {
    let code = action.strip_prefix("lang:")?;
    let code = ctx.state.catalog.get().language(code).map_or(crate::i18n::SOURCE_LANGUAGE, |l| l.code.as_str()).to_owned();
    if !csrf_ok {
        return Some(Err(AppError::Expired));
    }
    let saved = async {
        ctx.session()?.insert(&format!("typed:{page}"), raw).await.map_err(AppError::internal)
    };
    if let Err(error) = saved.await {
        return Some(Err(error));
    }
    let separator = if page.contains('?') { '&' } else { '?' };
    Some(Ok(Redirect::to(&format!("{page}{separator}{}={code}", crate::i18n::LANGUAGE_PARAM)).into_response()))
}

/// What was typed on `page` before a language switch, once.
pub(super) async fn take_typed(ctx: &Ctx, page: &str) -> Result<Option<Raw>, AppError> {
    ctx.session()?.remove::<Raw>(&format!("typed:{page}")).await.map_err(AppError::internal)
}

// ---------------------------------------------------------------------------------------------
// Tell us once: questions bound to a profile field

/// The profile's value for a bound question, as an answer: what the person already told us.
async fn known_value(ctx: &Ctx, citizen: Option<i64>, question: &Question) -> Result<Option<Answer>, AppError> {
    let (Some(citizen), Some(field)) = (citizen, question.profile.as_deref()) else { return Ok(None) };
    if field == "email" {
        let account = crate::auth::accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
        return Ok(account.map(|a| Answer::Text(a.email)));
    }
    let fields = crate::profile::store::fields(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let Some(stored) = fields.into_iter().find(|f| f.field == field) else { return Ok(None) };
    Ok(match field {
        "address" => serde_json::from_str::<crate::profile::fields::Address>(&stored.value).ok().map(Answer::Address),
        _ => Some(Answer::Text(stored.value)),
    })
}

/// Writes an answer back to the profile (with the person's consent, or on their confirmation),
/// recording the service it came from.
async fn save_to_profile(ctx: &Ctx, citizen: i64, definition: &Definition, question: &Question, answer: &Answer) -> Result<(), AppError> {
    use crate::profile::store::{self as profile, Field, Source};
    let (field, value) = match (question.profile.as_deref(), answer) {
        (Some("address"), Answer::Address(a)) => (Field::Address, serde_json::to_string(a).map_err(AppError::internal)?),
        (Some("phone"), Answer::Text(t)) => (Field::Phone, t.clone()),
        (Some("date_of_birth"), Answer::Text(t)) => (Field::DateOfBirth, t.clone()),
        (Some("contact_preference"), Answer::Text(t)) => (Field::ContactPreference, t.clone()),
        // The account email changes only through its own confirmed flow.
        _ => return Ok(()),
    };
    profile::set(&ctx.state.db, citizen, field, &value, &Source::Service(definition.id.clone())).await.map_err(AppError::internal)
}

async fn question_page(ctx: Ctx, Path((id, question_id)): Path<(String, String)>, Query(q): Query<ChangeQuery>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let citizen = applicant(&ctx, &definition)?;
    let question = definition.question(&question_id).ok_or(AppError::NotFound)?.clone();
    let progress = load(&ctx, &definition, citizen).await?;
    let walk = flow::walk(&definition, &progress.answers, today());
    // Only questions on the route can be opened: nobody skips ahead past a required answer.
    if !walk.questions.contains(&question.id) {
        return Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response());
    }
    let typed = take_typed(&ctx, &q.page(&definition, &question)).await?;
    if matches!(question.kind, Kind::Repeat { .. }) {
        return super::items::page(&ctx, &definition, &question, &walk, &progress, q.step(), citizen.is_some(), typed).await;
    }
    let known = known_value(&ctx, citizen, &question).await?;
    let csrf = ctx.csrf_token().await?;
    if let (Some(known), None) = (known.clone(), &typed) {
        // Asked already (on the profile or in another service): offer it instead of asking again.
        let same = progress.answers.get(&question.id).is_none_or(|a| *a == known);
        if q.edit.is_none() && same {
            return Ok(render_known(&ctx, &definition, &question, &walk, csrf, &known, FieldErrors::new(), q.change.is_some()));
        }
    }
    let mut raw = progress.answers.get(&question.id).map(|a| answers::to_raw(&question, a)).unwrap_or_default();
    if let Some(follow_up) = answers::chosen_follow_up(&question, progress.answers.get(&question.id)) {
        if let Some(answer) = progress.answers.get(&follow_up.id) {
            raw.extend(answers::to_raw(follow_up, answer));
        }
    }
    let raw = typed.unwrap_or(raw);
    let offer = citizen.is_some() && offers_profile_update(&question);
    Ok(render_question(&ctx, &definition, &question, &walk, csrf, raw, FieldErrors::new(), q.change.is_some(), citizen.is_some(), offer))
}

/// Whether a changed answer can be offered back to the profile.
fn offers_profile_update(question: &Question) -> bool {
    matches!(question.profile.as_deref(), Some("address" | "phone" | "date_of_birth" | "contact_preference"))
}

/// "We have this from your profile: … Is this still correct?" with Yes / No, I need to change it.
#[allow(clippy::too_many_arguments)]
fn render_known(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    csrf: String,
    known: &Answer,
    errors: FieldErrors,
    change: bool,
) -> Response {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let meta = PageMeta { title: ctx.i18n.t(&question.label), has_errors: !errors.is_empty() };
    let lines = display(&ctx.i18n, question, known);
    let back = back_link(definition, walk, &question.id, change);
    let title = ctx.i18n.t(&definition.title);
    let action = format!("/services/{}/{}{}", definition.id, question.id, if change { "?change=1" } else { "" });
    let label = ctx.i18n.t(&question.label);
    ctx.render_page(status, meta, move || {
        let i = use_i18n();
        let lines = lines.into_iter().map(|l| view! { <span class="summary-list__line">{l}</span> }).collect_view();
        let items = vec![
            RadioItem { value: "yes".into(), label: t!(i, "journey-known-yes"), hint: None, lang: None, ..Default::default() },
            RadioItem { value: "no".into(), label: t!(i, "journey-known-no"), hint: None, lang: None, ..Default::default() },
        ];
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{title}</span>
                <h1 class="heading-l">{label}</h1>
                <p class="body">{t!(i, "journey-known-intro")}</p>
                <div class="inset-text known-value">{lines}</div>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf/>
                    <Radios name="use_profile" legend=t!(i, "journey-known-question") error=errors.get("use_profile").map(str::to_owned)
                        items selected=String::new()/>
                    <Button label=t!(i, "journey-continue") name="action" value="continue"/>
                </form>
            </div></div>
        }
    })
}

pub(super) fn back_link(definition: &Definition, walk: &flow::Walk, question: &str, change: bool) -> String {
    let position = walk.questions.iter().position(|q| q == question).unwrap_or(0);
    if change {
        format!("/services/{}/check-answers", definition.id)
    } else if position == 0 {
        format!("/services/{}", definition.id)
    } else {
        format!("/services/{}/{}", definition.id, walk.questions[position - 1])
    }
}

#[allow(clippy::too_many_arguments)]
fn render_question(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    csrf: String,
    raw: Raw,
    errors: FieldErrors,
    change: bool,
    signed_in: bool,
    offer_profile_update: bool,
) -> Response {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let meta = PageMeta { title: ctx.i18n.t(&question.label), has_errors: !errors.is_empty() };
    let position = walk.questions.iter().position(|q| q == &question.id).unwrap_or(0);
    let back = back_link(definition, walk, &question.id, change);
    let update_checked = raw.get("update_profile").is_some_and(|v| v.iter().any(|x| x == "yes"));
    // The route may still branch, so the total is the most it can be: this question's position
    // plus every question after it in the file.
    let number = position + 1;
    let total = number + definition.position(&question.id).map_or(0, |p| definition.questions.len() - p - 1);
    let title = ctx.i18n.t(&definition.title);
    let action = format!("/services/{}/{}{}", definition.id, question.id, if change { "?change=1" } else { "" });
    let enctype = matches!(question.kind, Kind::File { .. }).then_some("multipart/form-data");
    // A file is checked by its content, which only the server sees.
    let rules = (!matches!(question.kind, Kind::File { .. })).then(|| client_rules(ctx, question, false, &meta.title));
    let question = question.clone();
    ctx.render_page(status, meta, move || {
        let i = use_i18n();
        provide_context(LanguageForm("journey-form"));
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{title}</span>
                <p class="body-s journey-progress">{t!(i, "journey-progress", number = number, total = total)}</p>
                <form method="post" action=action enctype=enctype novalidate id="journey-form">
                    <CsrfField token=csrf/>
                    <QuestionInput question=question raw=raw errors=errors/>
                    // Tell us once: a changed detail goes back to the profile only if the person says so.
                    {offer_profile_update.then(|| view! {
                        <div class="form-group">
                            <div class="checkboxes">
                                <div class="checkboxes__item">
                                    <input class="checkboxes__input" id="update_profile" name="update_profile" type="checkbox" value="yes" checked=update_checked/>
                                    <label class="label checkboxes__label" for="update_profile">{t!(i, "journey-update-profile")}</label>
                                </div>
                            </div>
                        </div>
                    })}
                    <div class="button-group">
                        <Button label=t!(i, "journey-continue") name="action" value="continue"/>
                        {signed_in.then(|| view! { <Button label=t!(i, "journey-save-later") secondary=true name="action" value="save"/> })}
                    </div>
                </form>
                {rules.map(|rules| view! { <ClientValidation rules/> })}
            </div></div>
        }
    })
}

/// What the browser needs to check this page with the shared rules.
pub(super) fn client_rules(ctx: &Ctx, question: &Question, item: bool, title: &str) -> ClientRules {
    ClientRules {
        question: question.clone(),
        item,
        messages: answers::RULE_MESSAGES.iter().map(|id| (id.to_string(), ctx.i18n.t(id))).collect(),
        today: today().iso(),
        error_prefix: ctx.i18n.t("form-error-prefix"),
        summary_title: ctx.i18n.t("form-error-summary-title"),
        error_title: t!(ctx.i18n, "page-title-error", page = title.to_owned()),
    }
}

/// The inputs of one question, by type, following the GOV.UK pattern for each. The question's
/// label is the page heading (`<h1>` inside the label or legend).
/// `nested`: a field among others (an "add another" item, a follow-up), so not the heading.
#[component]
pub(crate) fn QuestionInput(question: Question, raw: Raw, errors: FieldErrors, #[prop(optional)] nested: bool) -> AnyView {
    let i = use_i18n();
    let id = question.id.clone();
    let value = |name: &str| raw.get(name).and_then(|v| v.first()).cloned().unwrap_or_default();
    let label = i.t(&question.label);
    let hint = question.hint.as_ref().map(|h| i.t(h));
    let error = errors.get(&id).map(str::to_owned);
    match &question.kind {
        Kind::Text { autocomplete, width, .. } => {
            let autocomplete = autocomplete_token(autocomplete.as_deref());
            let class = match width {
                Some(2) => "input--width-2",
                Some(4) => "input--width-4",
                Some(10) => "input--width-10",
                Some(20) => "input--width-20",
                _ => "",
            };
            let mut props = InputProps::new(id.clone(), label).value(value(&id)).error(&errors).autocomplete(autocomplete).class(class);
            if !nested {
                props = props.heading();
            }
            if let Some(h) = hint {
                props = props.hint(h);
            }
            view! { <TextInput props/> }.into_any()
        }
        Kind::WholeNumber { .. } | Kind::Money { .. } | Kind::Email | Kind::Phone => {
            let (kind, autocomplete, mode, class) = match &question.kind {
                Kind::WholeNumber { .. } => ("text", "off", Some("numeric"), "input--width-10"),
                Kind::Money { .. } => ("text", "off", Some("decimal"), "input--width-10"),
                Kind::Email => ("email", "email", None, "input--width-30"),
                _ => ("tel", "tel", None, "input--width-20"),
            };
            let mut props = InputProps::new(id.clone(), label).value(value(&id)).error(&errors).kind(kind).autocomplete(autocomplete).class(class);
            if !nested {
                props = props.heading();
            }
            if let Some(mode) = mode {
                props = props.inputmode(mode);
            }
            if matches!(question.kind, Kind::Email) {
                props = props.spellcheck(false);
            }
            if let Some(h) = hint {
                props = props.hint(h);
            }
            view! { <TextInput props/> }.into_any()
        }
        Kind::LongText { max_length } => {
            let hint_text = hint.unwrap_or_default();
            let limit = t!(i, "journey-character-limit", limit = *max_length);
            let describedby = crate::ui::form::described_by(&id, true, error.is_some());
            let group = if error.is_some() { "form-group form-group--error" } else { "form-group" };
            let class = if error.is_some() { "textarea textarea--error" } else { "textarea" };
            let text = crate::ui::shell::escape_text(&value(&id));
            view! {
                <div class=group>
                    {field_label(&id, label, nested)}
                    <div id=format!("{id}-hint") class="hint">{hint_text} " " {limit}</div>
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    // The value is set as markup: <textarea> holds only text, and the renderer's
                    // marker comments would otherwise show inside it.
                    <textarea class=class id=id.clone() name=id.clone() rows="6" aria-describedby=describedby
                        aria-invalid=errors.get(&id).map(|_| "true") data-maxlength=max_length.to_string() inner_html=text></textarea>
                    // Filled in by the character count enhancement; announced politely as the person types.
                    <div id=format!("{id}-count") class="hint character-count__message" aria-live="polite"></div>
                </div>
            }
            .into_any()
        }
        Kind::Date { .. } => {
            let ids = answers::field_ids(&question);
            view! {
                <DateInput prefix=id.clone() legend=label hint=hint.unwrap_or_else(|| t!(i, "journey-date-hint")) errors=errors.clone()
                    day=value(&ids[0]) month=value(&ids[1]) year=value(&ids[2]) autocomplete_prefix=None legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Radios { options } | Kind::Select { options } if matches!(question.kind, Kind::Radios { .. }) || options.len() <= 12 => {
            let items = options
                .iter()
                .map(|o| {
                    let mut item = radio_item(&i, o);
                    if let Some(follow_up) = o.follow_up.as_deref() {
                        let (follow_up, raw, errors) = (follow_up.clone(), raw.clone(), errors.clone());
                        item.conditional = Some(ViewFn::from(move || {
                            view! { <QuestionInput question=follow_up.clone() raw=raw.clone() errors=errors.clone() nested=true/> }
                        }));
                    }
                    item
                })
                .collect();
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Select { options } => {
            let selected = value(&id);
            let opts = options
                .iter()
                .map(|o| view! { <option value=o.value.clone() selected=o.value == selected>{i.t(&o.label)}</option> })
                .collect_view();
            let describedby = crate::ui::form::described_by(&id, hint.is_some(), error.is_some());
            let group = if error.is_some() { "form-group form-group--error" } else { "form-group" };
            view! {
                <div class=group>
                    {field_label(&id, label, nested)}
                    {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    <select class="select" id=id.clone() name=id.clone() aria-describedby=describedby>
                        <option value="">{t!(i, "journey-select-prompt")}</option>
                        {opts}
                    </select>
                </div>
            }
            .into_any()
        }
        Kind::YesNo => {
            let items = vec![
                RadioItem { value: "yes".into(), label: t!(i, "answer-yes"), hint: None, lang: None, ..Default::default() },
                RadioItem { value: "no".into(), label: t!(i, "answer-no"), hint: None, lang: None, ..Default::default() },
            ];
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Checkboxes { options, exclusive } => {
            let ticked = raw.get(&id).cloned().unwrap_or_default();
            let describedby = crate::ui::form::described_by(&id, hint.is_some(), error.is_some());
            let mut all: Vec<(Choice, bool)> = options.iter().map(|o| (o.clone(), false)).collect();
            if let Some(e) = exclusive {
                all.push((e.clone(), true));
            }
            let items = all
                .into_iter()
                .enumerate()
                .map(|(n, (option, is_exclusive))| {
                    let input_id = if n == 0 { id.clone() } else { format!("{id}-{}", n + 1) };
                    let checked = ticked.contains(&option.value);
                    view! {
                        {is_exclusive.then(|| view! { <div class="checkboxes__divider">{t!(i, "journey-or")}</div> })}
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id=input_id.clone() name=id.clone() type="checkbox" value=option.value.clone()
                                checked=checked data-behaviour=is_exclusive.then_some("exclusive")/>
                            <label class="label checkboxes__label" for=input_id>{i.t(&option.label)}</label>
                        </div>
                    }
                })
                .collect_view();
            let group = if error.is_some() { "form-group form-group--error" } else { "form-group" };
            view! {
                <div class=group>
                    <fieldset class="fieldset" aria-describedby=describedby>
                        {fieldset_legend(label, nested)}
                        {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                        {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                        <div class="checkboxes">{items}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Kind::Address => {
            let ids = answers::field_ids(&question);
            let field = |n: usize, label_id: &str, autocomplete: &'static str, class: &'static str| {
                let mut value = value(&ids[n]);
                if n == 4 && value.is_empty() {
                    value = crate::profile::fields::Address::UK.into();
                }
                view! { <TextInput props=InputProps::new(ids[n].clone(), i.t(label_id)).value(value).error(&errors).autocomplete(autocomplete).class(class)/> }
            };
            view! {
                <fieldset class="fieldset">
                    {fieldset_legend(label, nested)}
                    {hint.map(|h| view! { <div class="hint">{h}</div> })}
                    {field(0, "field-address-line1", "address-line1", "")}
                    {field(1, "field-address-line2", "address-line2", "")}
                    {field(2, "field-address-town", "address-level2", "input--width-20")}
                    {field(3, "field-address-postcode", "postal-code", "input--width-10")}
                    {field(4, "field-address-country", "country-name", "input--width-20")}
                </fieldset>
            }
            .into_any()
        }
        Kind::NextDates { weekdays, count, lead_days } => {
            let items = answers::next_dates(weekdays, *count, *lead_days, today())
                .into_iter()
                .map(|d| RadioItem { value: d.iso(), label: long_date(&i, d), hint: None, lang: None, ..Default::default() })
                .collect();
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::File { max_bytes } => {
            let current = serde_json::from_str::<answers::Upload>(&value(&id)).ok();
            let limit = t!(i, "file-hint-limit", megabytes = (*max_bytes / (1024 * 1024)) as i64);
            let describedby = crate::ui::form::described_by(&id, true, error.is_some());
            let group = if error.is_some() { "form-group form-group--error" } else { "form-group" };
            let class = if error.is_some() { "file-upload file-upload--error" } else { "file-upload" };
            view! {
                <div class=group>
                    {field_label(&id, label, nested)}
                    <div id=format!("{id}-hint") class="hint">{hint.unwrap_or_default()} " " {limit}</div>
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    {current.map(|u| view! {
                        <p class="body">{t!(i, "file-current", name = u.name.clone(), size = format_size(&i, u.size))}</p>
                    })}
                    <input class=class id=id.clone() name=id.clone() type="file" aria-describedby=describedby
                        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
                </div>
            }
            .into_any()
        }
        Kind::Repeat { .. } => view! { <p class="body">{t!(i, "journey-items-elsewhere")}</p> }.into_any(),
        Kind::Radios { .. } => unreachable!("radios are handled above"),
    }
}

/// A single field's label: the page heading on a one-question page.
fn field_label(id: &str, label: String, nested: bool) -> AnyView {
    if nested {
        view! { <label class="label label--s" for=id.to_owned()>{label}</label> }.into_any()
    } else {
        view! { <h1 class="label-wrapper"><label class="label label--l" for=id.to_owned()>{label}</label></h1> }.into_any()
    }
}

/// A fieldset's legend: the page heading on a one-question page.
fn fieldset_legend(label: String, nested: bool) -> AnyView {
    if nested {
        view! { <legend class="fieldset__legend fieldset__legend--s">{label}</legend> }.into_any()
    } else {
        view! { <legend class="fieldset__legend fieldset__legend--l"><h1 class="fieldset__heading">{label}</h1></legend> }.into_any()
    }
}

/// The HTML autocomplete tokens a definition may ask for (WCAG 1.3.5); anything else is "off".
fn autocomplete_token(token: Option<&str>) -> &'static str {
    const TOKENS: [&str; 14] = [
        "name", "given-name", "family-name", "email", "tel", "street-address", "address-line1", "address-line2",
        "address-level2", "postal-code", "country-name", "bday", "organization", "off",
    ];
    token.and_then(|t| TOKENS.iter().find(|k| **k == t).copied()).unwrap_or("off")
}

/// A file size for people: "2.4 MB", "310 KB", in the page's language.
fn format_size(i: &I18n, bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        t!(i, "file-size-mb", size = i.decimal(bytes as f64 / (1024.0 * 1024.0), 1))
    } else {
        t!(i, "file-size-kb", size = bytes.div_ceil(1024).to_string())
    }
}

/// "Tuesday 24 November 2026" in the page's language.
fn long_date(i: &I18n, date: Date) -> String {
    // l10n: uses weekday-*
    let weekday = i.t(&format!("weekday-{}", date.weekday_from_monday() + 1));
    t!(i, "date-with-weekday", weekday = weekday, date = i.date(date.year, date.month, date.day))
}

fn radio_item(i: &I18n, option: &Choice) -> RadioItem {
    RadioItem {
        value: option.value.clone(),
        label: i.t(&option.label),
        hint: option.hint.as_ref().map(|h| i.t(h)),
        divider: option.divider_before.then(|| i.t("journey-or")),
        ..Default::default()
    }
}

/// A file sent with a form: the input's name, the file name the device gave, and its bytes.
pub(crate) struct FilePart {
    pub(crate) name: String,
    file_name: String,
    bytes: axum::body::Bytes,
}

/// Reads a question page's form: URL-encoded, or multipart when it carries a file.
pub(crate) async fn read_form(request: axum::extract::Request) -> Result<(Vec<(String, String)>, Vec<FilePart>), AppError> {
    use axum::extract::FromRequest;
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(request, &()).await?;
        return Ok((fields, Vec::new()));
    }
    let mut form = axum::extract::Multipart::from_request(request, &()).await.map_err(|_| AppError::Expired)?;
    let mut fields = Vec::new();
    let mut files = Vec::new();
    while let Some(field) = form.next_field().await.map_err(|_| AppError::Expired)? {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(|_| AppError::Expired)?;
                if !file_name.is_empty() || !bytes.is_empty() {
                    files.push(FilePart { name, file_name, bytes });
                }
            }
            None => fields.push((name, field.text().await.map_err(|_| AppError::Expired)?)),
        }
    }
    Ok((fields, files))
}

/// Checks an uploaded file, runs the virus-scan hook, and stores it outside the web root.
pub(crate) async fn store_upload(ctx: &Ctx, part: &FilePart, max_bytes: u64) -> Result<Result<answers::Upload, &'static str>, AppError> {
    let content_type = match answers::check_upload(&part.bytes, max_bytes) {
        Ok(t) => t,
        Err(problem) => return Ok(Err(problem)),
    };
    let dir = &ctx.state.config.uploads_dir;
    tokio::fs::create_dir_all(dir).await.map_err(AppError::internal)?;
    let file = crate::tokens::random_token();
    let path = dir.join(&file);
    tokio::fs::write(&path, &part.bytes).await.map_err(AppError::internal)?;
    if let Some(command) = &ctx.state.config.scan_command {
        let mut words = command.split_whitespace();
        let program = words.next().unwrap_or_default().to_owned();
        let status = tokio::process::Command::new(program).args(words).arg(&path).status().await;
        if !status.is_ok_and(|s| s.success()) {
            let _ = tokio::fs::remove_file(&path).await;
            tracing::warn!("an upload failed the virus scan and was deleted");
            return Ok(Err("file-error-scan"));
        }
    }
    // Only the last part of the name the device sent, without any folders.
    let name: String = part.file_name.rsplit(['/', '\\']).next().unwrap_or_default().chars().filter(|c| !c.is_control()).take(120).collect();
    Ok(Ok(answers::Upload { file, name, size: part.bytes.len() as u64, content_type: content_type.to_owned() }))
}

async fn answer(
    ctx: Ctx,
    Path((id, question_id)): Path<(String, String)>,
    Query(q): Query<ChangeQuery>,
    request: axum::extract::Request,
) -> PageResult {
    let definition = service(&ctx, &id)?;
    let citizen = applicant(&ctx, &definition)?;
    let question = definition.question(&question_id).ok_or(AppError::NotFound)?.clone();
    let (fields, uploads) = read_form(request).await?;
    let upload = uploads.into_iter().find(|p| p.name == question.id);
    let mut raw = Raw::new();
    let mut token = String::new();
    let mut action = String::from("continue");
    for (name, value) in fields {
        match name.as_str() {
            "csrf_token" => token = value,
            "action" => action = value,
            _ => raw.entry(name).or_default().push(value),
        }
    }
    let mut progress = load(&ctx, &definition, citizen).await?;
    let walk = flow::walk(&definition, &progress.answers, today());
    if !walk.questions.contains(&question.id) {
        return Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response());
    }
    let mut errors = FieldErrors::new();
    let csrf_ok = ctx.csrf_ok(&token).await?;
    if let Some(result) = switch_language(&ctx, &q.page(&definition, &question), &raw, csrf_ok, &action).await {
        return result;
    }
    if matches!(question.kind, Kind::Repeat { .. }) {
        return super::items::answer(&ctx, &definition, &question, &walk, progress, citizen, raw, csrf_ok, &action, q.step()).await;
    }
    if !csrf_ok {
        errors.add(&answers::field_ids(&question)[0], "form-error-expired");
    }

    // The "is this still correct?" page.
    if let Some(choice) = raw.get("use_profile").and_then(|v| v.first()).cloned() {
        let known = known_value(&ctx, citizen, &question).await?;
        let Some(known) = known else {
            return Ok(Redirect::to(&format!("/services/{}/{}?edit=1", definition.id, question.id)).into_response());
        };
        if !csrf_ok || !matches!(choice.as_str(), "yes" | "no") {
            let mut errors = FieldErrors::new();
            errors.add("use_profile", if csrf_ok { "answer-error-required-yes-no" } else { "form-error-expired" });
            let csrf = ctx.csrf_token().await?;
            return Ok(render_known(&ctx, &definition, &question, &walk, csrf, &known, errors, q.change.is_some()));
        }
        if choice == "no" {
            let change = if q.change.is_some() { "&change=1" } else { "" };
            return Ok(Redirect::to(&format!("/services/{}/{}?edit=1{change}", definition.id, question.id)).into_response());
        }
        if let Some(citizen) = citizen {
            save_to_profile(&ctx, citizen, &definition, &question, &known).await?;
        }
        progress.answers.insert(question.id.clone(), known);
        store(&ctx, &definition, citizen, &mut progress).await?;
        return Ok(Redirect::to(&after_answer(&definition, &question, &progress.answers, q.change.is_some())).into_response());
    }
    let update_profile = raw.remove("update_profile").is_some_and(|v| v.iter().any(|x| x == "yes"));
    if let Kind::File { max_bytes } = question.kind {
        // A new file replaces the earlier one; no file chosen keeps what was uploaded before.
        raw.remove(&question.id);
        match (&upload, progress.answers.get(&question.id)) {
            (Some(part), _) if csrf_ok => match store_upload(&ctx, part, max_bytes).await? {
                Ok(stored) => {
                    raw.insert(question.id.clone(), vec![serde_json::to_string(&stored).map_err(AppError::internal)?]);
                }
                Err(problem) => errors.add(&question.id, problem),
            },
            (None, Some(Answer::File(earlier))) => {
                raw.insert(question.id.clone(), vec![serde_json::to_string(earlier).map_err(AppError::internal)?]);
            }
            _ => {}
        }
    }
    let parsed = answers::parse(&question, &raw, today());
    if let Err(problems) = &parsed {
        for (field, message) in problems {
            errors.add(field, message);
        }
    }
    // The follow-up revealed under the chosen option (GOV.UK conditional reveal).
    let follow_up = match &parsed {
        Ok(answer) => answers::parse_follow_up(&question, answer.as_ref(), &raw, today()).unwrap_or_else(|problems| {
            for (field, message) in problems {
                errors.add(&field, message);
            }
            None
        }),
        Err(_) => None,
    };
    // "Save and come back later" keeps what is valid; an invalid answer is shown again either way.
    if !errors.is_empty() {
        let csrf = ctx.csrf_token().await?;
        let offer = citizen.is_some() && offers_profile_update(&question);
        if update_profile {
            raw.insert("update_profile".into(), vec!["yes".into()]);
        }
        return Ok(render_question(&ctx, &definition, &question, &walk, csrf, raw, errors, q.change.is_some(), citizen.is_some(), offer));
    }
    match parsed {
        Ok(Some(answer)) => {
            if let (Some(citizen), true) = (citizen, update_profile) {
                save_to_profile(&ctx, citizen, &definition, &question, &answer).await?;
            }
            progress.answers.insert(question.id.clone(), answer);
        }
        _ => {
            progress.answers.remove(&question.id);
        }
    }
    if let Kind::Radios { options } = &question.kind {
        for option in options.iter().filter_map(|o| o.follow_up.as_deref()) {
            progress.answers.remove(&option.id);
        }
    }
    if let Some((id, answer)) = follow_up {
        progress.answers.insert(id, answer);
    }
    store(&ctx, &definition, citizen, &mut progress).await?;
    if action == "save" && citizen.is_some() {
        return Ok(Redirect::to(&format!("/applications?saved={}", definition.id)).into_response());
    }
    Ok(Redirect::to(&after_answer(&definition, &question, &progress.answers, q.change.is_some())).into_response())
}

/// Where to go once `question` is answered. After a change from check your answers, back there
/// if the route is still complete.
pub(super) fn after_answer(definition: &Definition, question: &Question, answers: &Answers, change: bool) -> String {
    let next = flow::next(definition, question, answers, today());
    let walk = flow::walk(definition, answers, today());
    let target = if change && walk.end == Target::CheckAnswers { Target::CheckAnswers } else { next };
    path_to(definition, &target)
}

// ---------------------------------------------------------------------------------------------
// Check your answers, submit, confirmation, exits

/// An answer as the check-your-answers list and the receipt show it.
pub(crate) fn display(i: &I18n, question: &Question, answer: &Answer) -> Vec<String> {
    let label_of = |options: &[Choice], value: &str| {
        options.iter().find(|o| o.value == value).map_or_else(|| value.to_owned(), |o| i.t(&o.label))
    };
    match (&question.kind, answer) {
        (Kind::Date { .. }, Answer::Text(iso)) => vec![Date::from_iso(iso).map_or_else(|| iso.clone(), |d| i.date(d.year, d.month, d.day))],
        (Kind::NextDates { .. }, Answer::Text(iso)) => vec![Date::from_iso(iso).map_or_else(|| iso.clone(), |d| long_date(i, d))],
        (Kind::Radios { options } | Kind::Select { options }, Answer::Text(v)) => vec![label_of(options, v)],
        (Kind::YesNo, Answer::Text(v)) => vec![i.t(if v == "yes" { "answer-yes" } else { "answer-no" })],
        (Kind::Checkboxes { options, exclusive }, Answer::List(values)) => {
            let all: Vec<Choice> = options.iter().cloned().chain(exclusive.clone()).collect();
            values.iter().map(|v| label_of(&all, v)).collect()
        }
        (Kind::Money { .. }, Answer::Number(pence)) => vec![t!(i, "journey-money", amount = answers::format_pence(*pence).replace('.', &i.t("number-decimal-separator")))],
        (_, Answer::Number(n)) => vec![n.to_string()],
        (_, Answer::Text(text)) => vec![text.clone()],
        (_, Answer::List(values)) => values.clone(),
        (_, Answer::Address(a)) => a.lines(),
        (Kind::Repeat { .. }, Answer::Group(items)) => super::items::lines(i, question, items),
        (_, Answer::Group(_)) => Vec::new(),
        (_, Answer::File(u)) => vec![t!(i, "file-summary", name = u.name.clone(), size = format_size(i, u.size))],
    }
}

/// A question's answer as lines, with the follow-up revealed under the chosen option.
pub fn answer_lines(i: &I18n, question: &Question, answers: &Answers) -> Option<Vec<String>> {
    let answer = answers.get(&question.id)?;
    let mut lines = display(i, question, answer);
    if let Some(follow_up) = answers::chosen_follow_up(question, Some(answer)) {
        if let Some(more) = answers.get(&follow_up.id) {
            lines.extend(display(i, follow_up, more));
        }
    }
    Some(lines)
}

async fn check_answers(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let citizen = applicant(&ctx, &definition)?;
    let mut progress = load(&ctx, &definition, citizen).await?;
    let walk = flow::walk(&definition, &progress.answers, today());
    if walk.end != Target::CheckAnswers {
        return Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response());
    }
    if progress.submission_key.is_empty() {
        // A guest's first visit here, or a draft from before keys existed.
        store(&ctx, &definition, citizen, &mut progress).await?;
        progress = load(&ctx, &definition, citizen).await?;
    }
    let csrf = ctx.csrf_token().await?;
    let rows: Vec<(String, Vec<String>, String, String)> = walk
        .questions
        .iter()
        .filter_map(|qid| definition.question(qid))
        .map(|q| {
            let key = ctx.i18n.t(q.summary_label.as_ref().unwrap_or(&q.label));
            let value = answer_lines(&ctx.i18n, q, &progress.answers).unwrap_or_else(|| vec![ctx.i18n.t("journey-not-answered")]);
            (key.clone(), value, format!("/services/{}/{}?change=1", definition.id, q.id), key)
        })
        .collect();
    let key = progress.submission_key.clone();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("journey-check-title"), move || {
        let i = use_i18n();
        let rows = rows
            .into_iter()
            .map(|(key, lines, href, hidden)| {
                let lines = lines.into_iter().map(|l| view! { <span class="summary-list__line">{l}</span> }).collect_view();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{lines}</dd>
                        <dd class="summary-list__actions">
                            <a class="link" href=href>{t!(i, "profile-change")}<span class="visually-hidden">" " {hidden}</span></a>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <span class="caption-l">{i.t(&definition.title)}</span>
                <h1 class="heading-l">{t!(i, "journey-check-heading")}</h1>
                <dl class="summary-list">{rows}</dl>
                <h2 class="heading-m">{t!(i, "journey-declaration-heading")}</h2>
                <p class="body">{i.t(&definition.declaration)}</p>
                <form method="post" action=format!("/services/{}/submit", definition.id)>
                    <CsrfField token=csrf/>
                    <input type="hidden" name="submission_key" value=key/>
                    <Button label=t!(i, "journey-submit")/>
                </form>
            </div></div>
        }
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SubmitForm {
    csrf_token: String,
    submission_key: String,
}

async fn submit(ctx: Ctx, Path(id): Path<String>, Form(form): Form<SubmitForm>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let citizen = applicant(&ctx, &definition)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let progress = load(&ctx, &definition, citizen).await?;
    // Already submitted with this key (a double click, or back and submit again): the same request.
    if progress.submission_key != form.submission_key {
        if let Some(reference) = owned_request_for_key(&ctx, citizen, &form.submission_key).await? {
            return Ok(Redirect::to(&format!("/services/{}/confirmation/{reference}", definition.id)).into_response());
        }
        return Ok(Redirect::to(&format!("/services/{}/check-answers", definition.id)).into_response());
    }
    let answers = flow::prune(&definition, &progress.answers, today());
    let walk = flow::walk(&definition, &answers, today());
    if walk.end != Target::CheckAnswers {
        return Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response());
    }
    // The stored data must match the published schema; a mismatch is our bug, not the person's.
    let instance = serde_json::to_value(&answers).map_err(AppError::internal)?;
    let problems = ctx.state.services.check_answers(&definition.id, &instance);
    if !problems.is_empty() {
        return Err(AppError::internal(format!("answers do not match the schema of {}: {}", definition.id, problems.join("; "))));
    }
    let snapshot = profile_snapshot(&ctx, citizen).await?;
    let email = match citizen {
        Some(c) => crate::auth::accounts::citizen_by_id(&ctx.state.db, c).await.map_err(AppError::internal)?.map(|c| c.email),
        None => None,
    };
    let i18n = ctx.i18n.clone();
    let title = i18n.t(&definition.title);
    let next_steps: Vec<String> = definition.what_happens_next.iter().map(|m| i18n.t(m)).collect();
    let receipt = |reference: &str| Email {
        kind: "receipt",
        // Guests without an email address get no receipt; the message then goes nowhere useful.
        to: email.clone().unwrap_or_default(),
        subject: t!(i18n, "email-receipt-subject", service = title.clone()),
        body: format!(
            "{}\n\n{}\n{reference}\n\n{}\n\n-- \n{}",
            t!(i18n, "email-receipt-body", service = title.clone()),
            i18n.t("email-receipt-reference"),
            next_steps.join("\n\n"),
            i18n.t("email-signature")
        ),
    };
    let (reference, _new) = requests::submit(
        &ctx.state.db,
        requests::NewRequest {
            service: &definition.id,
            version: i64::from(definition.version),
            citizen,
            answers: &answers,
            profile_snapshot: &snapshot,
            language: &ctx.i18n.language().code,
            team: &definition.team,
            target_working_days: definition.target_working_days,
            submission_key: &progress.submission_key,
            applicant_name: &applicant_name(&snapshot, &answers),
        },
        receipt,
    )
    .await
    .map_err(AppError::internal)?;
    if citizen.is_none() {
        let session = ctx.session()?;
        session.remove_value(&session_key(&definition)).await.map_err(AppError::internal)?;
        let mut mine: Vec<String> = session.get("submitted").await.map_err(AppError::internal)?.unwrap_or_default();
        mine.push(reference.clone());
        session.insert("submitted", mine).await.map_err(AppError::internal)?;
    }
    ctx.state.outbox.wake();
    Ok(Redirect::to(&format!("/services/{}/confirmation/{reference}", definition.id)).into_response())
}

async fn owned_request_for_key(ctx: &Ctx, citizen: Option<i64>, key: &str) -> Result<Option<String>, AppError> {
    use crate::with_db;
    let row: Option<(String, Option<i64>)> = with_db!(&ctx.state.db, |pool| sqlx::query_as(
        "SELECT reference, citizen_id FROM requests WHERE submission_key = $1"
    )
    .bind(key)
    .fetch_optional(pool)
    .await)
    .map_err(AppError::internal)?;
    Ok(row.filter(|(_, owner)| citizen.is_some() && *owner == citizen).map(|(r, _)| r))
}

/// The profile values as they were when the request was made.
/// The applicant's name for the caseworkers' search: from the profile, or from the answers to a
/// question bound to it (applying for someone else asks for their name in its own questions).
fn applicant_name(snapshot: &serde_json::Value, answers: &Answers) -> String {
    let from_profile = snapshot.get("name").map(|n| {
        let part = |k: &str| n.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        format!("{} {}", part("given"), part("family"))
    });
    let from_answers = || {
        ["name", "full-name", "applicant-name"].iter().find_map(|k| match answers.get(*k) {
            Some(Answer::Text(t)) => Some(t.clone()),
            _ => None,
        })
    };
    from_profile.or_else(from_answers).unwrap_or_default()
}

async fn profile_snapshot(ctx: &Ctx, citizen: Option<i64>) -> Result<serde_json::Value, AppError> {
    let Some(citizen) = citizen else { return Ok(serde_json::json!({})) };
    let fields = crate::profile::store::fields(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let account = crate::auth::accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let mut snapshot = serde_json::Map::new();
    if let Some(account) = account {
        snapshot.insert("email".into(), account.email.into());
    }
    for f in fields {
        let value = serde_json::from_str::<serde_json::Value>(&f.value).ok().filter(|v| v.is_object()).unwrap_or(f.value.into());
        snapshot.insert(f.field, value);
    }
    Ok(serde_json::Value::Object(snapshot))
}

async fn confirmation(ctx: Ctx, Path((id, reference)): Path<(String, String)>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let reference = reference::normalise(&reference).ok_or(AppError::NotFound)?;
    let request = requests::by_reference(&ctx.state.db, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    // Only the person who made the request sees its confirmation.
    let mine = match ctx.identity {
        Some(Identity::Citizen { id }) => request.citizen_id == Some(id),
        _ => {
            let submitted: Vec<String> = ctx.session()?.get("submitted").await.map_err(AppError::internal)?.unwrap_or_default();
            request.citizen_id.is_none() && submitted.contains(&reference)
        }
    };
    if !mine || request.service != definition.id {
        return Err(AppError::NotFound);
    }
    let signed_in = ctx.identity.is_some();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("journey-confirmation-title"), move || {
        let i = use_i18n();
        let next = definition.what_happens_next.iter().map(|m| view! { <p class="body">{i.t(m)}</p> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="panel panel--confirmation">
                    <h1 class="panel__title">{t!(i, "journey-confirmation-heading")}</h1>
                    <div class="panel__body">
                        {t!(i, "journey-your-reference")}<br/>
                        <strong class="reference" dir="ltr">{reference.clone()}</strong>
                    </div>
                </div>
                <p class="body">{t!(i, "journey-confirmation-email")}</p>
                <h2 class="heading-m">{t!(i, "journey-what-next")}</h2>
                {next}
                {signed_in.then(|| view! { <p class="body"><a class="link" href="/applications">{t!(i, "applications-link")}</a></p> })}
            </div></div>
        }
    }))
}

async fn exit_page(ctx: Ctx, Path((id, exit_id)): Path<(String, String)>) -> PageResult {
    let definition = service(&ctx, &id)?;
    let exit = definition.exit(&exit_id).ok_or(AppError::NotFound)?.clone();
    let citizen = applicant(&ctx, &definition)?;
    let progress = load(&ctx, &definition, citizen).await?;
    let walk = flow::walk(&definition, &progress.answers, today());
    // An exit page is shown only when the answers lead there.
    if walk.end != Target::Exit(exit.id.clone()) {
        return Ok(Redirect::to(&path_to(&definition, &walk.end)).into_response());
    }
    let back = walk.questions.last().map(|q| format!("/services/{}/{q}", definition.id)).unwrap_or_else(|| format!("/services/{}", definition.id));
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t(&exit.title), move || {
        let i = use_i18n();
        let body = exit.body.iter().map(|m| view! { <p class="body">{i.t(m)}</p> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <h1 class="heading-l">{i.t(&exit.title)}</h1>
                {body}
            </div></div>
        }
    }))
}

// ---------------------------------------------------------------------------------------------
// Your applications

#[derive(Deserialize, Default)]
#[serde(default)]
struct SavedQuery {
    saved: Option<String>,
}

async fn applications(ctx: Ctx, Query(q): Query<SavedQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let drafts = requests::drafts(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let submitted = requests::for_citizen(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let title_of = |service: &str| ctx.state.services.get(service).map_or_else(|| service.to_owned(), |d| ctx.i18n.t(&d.title));
    let drafts: Vec<(String, String, String)> = drafts
        .iter()
        .map(|d| (d.service.clone(), title_of(&d.service), ctx.i18n.date(d.updated_at.year(), d.updated_at.month(), d.updated_at.day())))
        .collect();
    let submitted: Vec<(String, String, String, String)> = submitted
        .iter()
        .map(|r| {
            let at = r.submitted_at;
            // l10n: uses status-*
            (r.reference.clone(), title_of(&r.service), ctx.i18n.date(at.year(), at.month(), at.day()), format!("status-{}", r.status.replace('_', "-")))
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

async fn delete_draft(ctx: Ctx, Path(id): Path<String>, Form(form): Form<TokenForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    requests::delete_draft(&ctx.state.db, citizen, &id).await.map_err(AppError::internal)?;
    Ok(Redirect::to("/applications").into_response())
}
