//! "Add another" questions (GOV.UK's add-multiple-things pattern): one page per item with every
//! field of the item, then a summary of the items with Change and Remove, and "Do you need to
//! add another?". Every step is a plain form, so it works without JavaScript.
//!
//! URLs, all under the question's own page `/services/{service}/{question}`:
//! `?item=N` shows and saves item N (N = count + 1 adds one), `?remove=N` (POST) removes it, and
//! the page itself is the summary (or the first item, while there is none).

use super::{
    answers::{self, Answer, Answers, Raw},
    flow,
    journey::{after_answer, back_link, display, store, today, PageResult, Progress, QuestionInput},
    model::{Definition, Kind, Question},
};
use crate::{
    i18n::{use_i18n, I18n},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, RadioItem, Radios},
    web::{PageMeta, AppError, Ctx},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// Which part of the question a request is about.
pub(super) struct Step {
    /// `?item=N`, 1-based.
    pub item: Option<usize>,
    /// `?remove=N`, 1-based.
    pub remove: Option<usize>,
    /// Came from check your answers.
    pub change: bool,
}

impl Step {
    pub fn parse(item: Option<&str>, remove: Option<&str>, change: bool) -> Self {
        let number = |v: Option<&str>| v.and_then(|v| v.trim().parse::<usize>().ok()).filter(|n| *n >= 1);
        Self { item: number(item), remove: number(remove), change }
    }

    fn suffix(&self, first: char) -> String {
        if self.change {
            format!("{first}change=1")
        } else {
            String::new()
        }
    }
}

/// The items answered so far.
pub(super) fn items(answers: &Answers, question: &Question) -> Vec<Answers> {
    match answers.get(&question.id) {
        Some(Answer::Group(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn max_items(question: &Question) -> usize {
    match &question.kind {
        Kind::Repeat { max_items, .. } => usize::from(*max_items),
        _ => 0,
    }
}

/// "Item 2", from the definition's `item_label`.
pub(super) fn item_name(i: &I18n, question: &Question, number: usize) -> String {
    let Kind::Repeat { item_label, .. } = &question.kind else { return String::new() };
    let mut args = FluentArgs::new();
    args.set("number", number);
    i.t_args(item_label, &args)
}

/// One line per item for check your answers: "Item 1: Garden bench – Large".
pub(super) fn lines(i: &I18n, question: &Question, items: &[Answers]) -> Vec<String> {
    let Kind::Repeat { fields, .. } = &question.kind else { return Vec::new() };
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let values: Vec<String> = fields.iter().filter_map(|f| item.get(&f.id).map(|a| display(i, f, a).join(", "))).collect();
            t!(i, "journey-item-line", item = item_name(i, question, n + 1), values = values.join(" – "))
        })
        .collect()
}

fn question_url(definition: &Definition, question: &Question) -> String {
    format!("/services/{}/{}", definition.id, question.id)
}

/// GET: the item form, or the summary.
#[allow(clippy::too_many_arguments)]
pub(super) async fn page(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    progress: &Progress,
    step: Step,
    signed_in: bool,
    typed: Option<Raw>,
) -> PageResult {
    let items = items(&progress.answers, question);
    let csrf = ctx.csrf_token().await?;
    let number = match step.item {
        Some(n) if n <= items.len() + 1 && n <= max_items(question) => Some(n),
        _ if items.is_empty() => Some(1),
        _ => None,
    };
    Ok(match number {
        Some(n) => {
            let raw = typed.unwrap_or_else(|| items.get(n - 1).map(|item| answers::item_to_raw(question, item)).unwrap_or_default());
            render_item(ctx, definition, question, walk, csrf, n, items.len(), raw, FieldErrors::new(), &step, signed_in)
        }
        None => render_summary(ctx, definition, question, walk, csrf, &items, FieldErrors::new(), &step),
    })
}

/// POST: save an item, remove one, or answer "Do you need to add another?".
#[allow(clippy::too_many_arguments)]
pub(super) async fn answer(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    mut progress: Progress,
    citizen: Option<i64>,
    raw: Raw,
    csrf_ok: bool,
    action: &str,
    step: Step,
) -> PageResult {
    let mut items = items(&progress.answers, question);
    let summary = format!("{}{}", question_url(definition, question), step.suffix('?'));
    let save = |progress: &mut Progress, items: Vec<Answers>| {
        if items.is_empty() {
            progress.answers.remove(&question.id);
        } else {
            progress.answers.insert(question.id.clone(), Answer::Group(items));
        }
    };

    if let Some(n) = step.remove {
        if !csrf_ok {
            return Err(AppError::Expired);
        }
        if n <= items.len() {
            items.remove(n - 1);
            save(&mut progress, items);
            store(ctx, definition, citizen, &mut progress).await?;
        }
        return Ok(Redirect::to(&summary).into_response());
    }

    // While there is no item, the page itself is the first item's form.
    let item = step.item.or(items.is_empty().then_some(1));
    if let Some(n) = item {
        if n > items.len() + 1 || n > max_items(question) {
            return Ok(Redirect::to(&summary).into_response());
        }
        let parsed = if csrf_ok { answers::parse_item(question, &raw, today()) } else { Err(Vec::new()) };
        match parsed {
            Ok(item) => {
                if n <= items.len() {
                    items[n - 1] = item;
                } else {
                    items.push(item);
                }
                save(&mut progress, items);
                store(ctx, definition, citizen, &mut progress).await?;
                if action == "save" && citizen.is_some() {
                    return Ok(Redirect::to(&format!("/applications?saved={}", definition.id)).into_response());
                }
                return Ok(Redirect::to(&summary).into_response());
            }
            Err(problems) => {
                let mut errors = FieldErrors::new();
                if !csrf_ok {
                    errors.add(&answers::field_ids(question)[0], "form-error-expired");
                }
                for (field, message) in problems {
                    errors.add(&field, message);
                }
                let csrf = ctx.csrf_token().await?;
                return Ok(render_item(ctx, definition, question, walk, csrf, n, items.len(), raw, errors, &step, citizen.is_some()));
            }
        }
    }

    // The summary's own form.
    if action == "save" && citizen.is_some() {
        return Ok(Redirect::to(&format!("/applications?saved={}", definition.id)).into_response());
    }
    let choice = raw.get("add_another").and_then(|v| v.first()).map(String::as_str).unwrap_or("");
    let choice = if items.len() >= max_items(question) { "no" } else { choice };
    match (csrf_ok, choice) {
        (true, "yes") => {
            let next = format!("{}?item={}{}", question_url(definition, question), items.len() + 1, step.suffix('&'));
            Ok(Redirect::to(&next).into_response())
        }
        (true, "no") if items.is_empty() => Ok(Redirect::to(&summary).into_response()),
        (true, "no") => Ok(Redirect::to(&after_answer(definition, question, &progress.answers, step.change)).into_response()),
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("add_another", if csrf_ok { "answer-error-add-another" } else { "form-error-expired" });
            let csrf = ctx.csrf_token().await?;
            Ok(render_summary(ctx, definition, question, walk, csrf, &items, errors, &step))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn render_item(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    csrf: String,
    number: usize,
    count: usize,
    raw: Raw,
    errors: FieldErrors,
    step: &Step,
    signed_in: bool,
) -> axum::response::Response {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let label = ctx.i18n.t(&question.label);
    let item = item_name(&ctx.i18n, question, number);
    let meta = PageMeta { title: t!(ctx.i18n, "journey-item-title", question = label.clone(), item = item.clone()), has_errors: !errors.is_empty() };
    // Back to the summary once there is one; otherwise to the question before.
    let back = if count == 0 {
        back_link(definition, walk, &question.id, step.change)
    } else {
        format!("{}{}", question_url(definition, question), step.suffix('?'))
    };
    let title = ctx.i18n.t(&definition.title);
    let action = format!("{}?item={number}{}", question_url(definition, question), step.suffix('&'));
    let rules = super::journey::client_rules(ctx, question, true, &meta.title);
    let fields: Vec<Question> = match &question.kind {
        Kind::Repeat { fields, .. } => fields.iter().map(|f| answers::item_question(question, f)).collect(),
        _ => Vec::new(),
    };
    ctx.render_page(status, meta, move || {
        let i = use_i18n();
        provide_context(crate::ui::shell::LanguageForm("journey-form"));
        let inputs = fields
            .into_iter()
            .map(|f| view! { <QuestionInput question=f raw=raw.clone() errors=errors.clone() nested=true/> })
            .collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{title}</span>
                <h1 class="heading-l">{label} <span class="caption-m item-number">{item}</span></h1>
                <form method="post" action=action novalidate id="journey-form">
                    <CsrfField token=csrf/>
                    {inputs}
                    <div class="button-group">
                        <Button label=t!(i, "journey-continue") name="action" value="continue"/>
                        {signed_in.then(|| view! { <Button label=t!(i, "journey-save-later") secondary=true name="action" value="save"/> })}
                    </div>
                </form>
                <crate::ui::islands::ClientValidation rules/>
            </div></div>
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn render_summary(
    ctx: &Ctx,
    definition: &Definition,
    question: &Question,
    walk: &flow::Walk,
    csrf: String,
    items: &[Answers],
    errors: FieldErrors,
    step: &Step,
) -> axum::response::Response {
    let Kind::Repeat { summary_heading, add_another, .. } = &question.kind else {
        return AppError::NotFound.into_response();
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut args = FluentArgs::new();
    args.set("count", items.len());
    let heading = ctx.i18n.t_args(summary_heading, &args);
    let meta = PageMeta { title: heading.clone(), has_errors: !errors.is_empty() };
    let back = back_link(definition, walk, &question.id, step.change);
    let title = ctx.i18n.t(&definition.title);
    let url = question_url(definition, question);
    let change = step.suffix('&');
    let rows: Vec<(usize, String, Vec<String>)> = items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let fields = match &question.kind {
                Kind::Repeat { fields, .. } => fields.as_slice(),
                _ => &[],
            };
            let values = fields.iter().filter_map(|f| item.get(&f.id).map(|a| display(&ctx.i18n, f, a).join(", "))).collect();
            (n + 1, item_name(&ctx.i18n, question, n + 1), values)
        })
        .collect();
    let full = items.len() >= max_items(question);
    let max = max_items(question);
    let legend = ctx.i18n.t(add_another);
    let action = format!("{url}{}", step.suffix('?'));
    ctx.render_page(status, meta, move || {
        let i = use_i18n();
        let csrf_field = csrf.clone();
        let rows = rows
            .into_iter()
            .map(|(n, name, values)| {
                let values = values.into_iter().map(|v| view! { <span class="summary-list__line">{v}</span> }).collect_view();
                let edit = format!("{url}?item={n}{change}");
                let remove = format!("{url}?remove={n}{change}");
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{name.clone()}</dt>
                        <dd class="summary-list__value">{values}</dd>
                        <dd class="summary-list__actions">
                            <ul class="summary-list__actions-list">
                                <li class="summary-list__actions-list-item">
                                    <a class="link" href=edit>{t!(i, "profile-change")}<span class="visually-hidden">" " {name.clone()}</span></a>
                                </li>
                                <li class="summary-list__actions-list-item">
                                    <form method="post" action=remove class="inline-form">
                                        <CsrfField token=csrf.clone()/>
                                        <button type="submit" class="link-button">{t!(i, "journey-item-remove")}<span class="visually-hidden">" " {name}</span></button>
                                    </form>
                                </li>
                            </ul>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let choice = if full {
            view! { <div class="inset-text">{t!(i, "journey-items-full", max = max)}</div> }.into_any()
        } else {
            let yes_no = vec![
                RadioItem { value: "yes".into(), label: t!(i, "answer-yes"), ..Default::default() },
                RadioItem { value: "no".into(), label: t!(i, "answer-no"), ..Default::default() },
            ];
            view! {
                <Radios name="add_another" legend=legend error=errors.get("add_another").map(str::to_owned) items=yes_no selected=String::new()/>
            }
            .into_any()
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{title}</span>
                <h1 class="heading-l">{heading}</h1>
                <dl class="summary-list">{rows}</dl>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf_field/>
                    {choice}
                    <Button label=t!(i, "journey-continue") name="action" value="continue"/>
                </form>
            </div></div>
        }
    })
}
