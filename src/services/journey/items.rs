//! "Add another" questions (GOV.UK's add-multiple-things pattern): one page per item with every
//! field of the item, then a summary of the items with Change and Remove, and "Do you need to
//! add another?". Every step is a plain form, so it works without JavaScript.
//!
//! URLs, all under the question's own page `/services/{service}/{question}`:
//! `?item=N` shows and saves item N (N = count + 1 adds one), `?remove=N` (POST) removes it, and
//! the page itself is the summary (or the first item, while there is none).

use super::{
    page::{after_answer, redirect, saved, QuestionPage},
    progress::{store, Progress},
};
use crate::{
    i18n::use_i18n,
    profile::fields::Date,
    services::{
        answers::{self, Answer, Answers, Raw},
        model::{Kind, Question},
    },
    t,
    ui::{
        form::{Button, CsrfField, ErrorSummary, FieldErrors, RadioItem, Radios},
        islands::ClientValidation,
        question::{client_rules, display, item_name, QuestionInput},
        shell::LanguageForm,
    },
    web::{AppError, PageResult},
};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// Which part of the question a request is about.
pub(super) struct Step {
    /// `?item=N`, 1-based.
    pub item: Option<usize>,
    /// `?remove=N`, 1-based.
    pub remove: Option<usize>,
}

impl Step {
    pub fn parse(item: Option<&str>, remove: Option<&str>) -> Self {
        let number = |v: Option<&str>| v.and_then(|v| v.trim().parse::<usize>().ok()).filter(|n| *n >= 1);
        Self { item: number(item), remove: number(remove) }
    }
}

/// `change=1` after `first` (`?` or `&`) when the page was opened from check your answers.
fn change_suffix(page: &QuestionPage, first: char) -> String {
    if page.change {
        format!("{first}change=1")
    } else {
        String::new()
    }
}

/// The items answered so far.
fn items(answers: &Answers, question: &Question) -> Vec<Answers> {
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

/// The summary of the items: the question's own page.
fn summary_url(page: &QuestionPage) -> String {
    format!("{}{}", page.url(), change_suffix(page, '?'))
}

/// GET: the item form, or the summary.
pub(super) async fn page(page: &QuestionPage<'_>, progress: &Progress, step: Step, typed: Option<Raw>) -> PageResult {
    let question = page.question;
    let items = items(&progress.answers, question);
    let csrf = page.ctx.csrf_token().await?;
    let number = match step.item {
        Some(n) if n <= items.len() + 1 && n <= max_items(question) => Some(n),
        _ if items.is_empty() => Some(1),
        _ => None,
    };
    Ok(match number {
        Some(n) => {
            let raw = typed.unwrap_or_else(|| items.get(n - 1).map(|item| answers::item_to_raw(question, item)).unwrap_or_default());
            render_item(page, csrf, n, items.len(), raw, FieldErrors::new())
        }
        None => render_summary(page, csrf, &items, FieldErrors::new()),
    })
}

/// POST: save an item, remove one, or answer "Do you need to add another?".
pub(super) async fn answer(page: &QuestionPage<'_>, mut progress: Progress, raw: Raw, csrf_ok: bool, action: &str, step: Step) -> PageResult {
    let QuestionPage { ctx, definition, question, citizen, .. } = *page;
    let mut items = items(&progress.answers, question);
    let summary = summary_url(page);
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
        return Ok(redirect(&summary));
    }

    // While there is no item, the page itself is the first item's form.
    let item = step.item.or(items.is_empty().then_some(1));
    if let Some(n) = item {
        if n > items.len() + 1 || n > max_items(question) {
            return Ok(redirect(&summary));
        }
        let parsed = if csrf_ok { answers::parse_item(question, &raw, Date::today()) } else { Err(Vec::new()) };
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
                    return Ok(saved(definition));
                }
                return Ok(redirect(&summary));
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
                return Ok(render_item(page, csrf, n, items.len(), raw, errors));
            }
        }
    }

    // The summary's own form.
    if action == "save" && citizen.is_some() {
        return Ok(saved(definition));
    }
    let choice = raw.get("add_another").and_then(|v| v.first()).map(String::as_str).unwrap_or("");
    let choice = if items.len() >= max_items(question) { "no" } else { choice };
    match (csrf_ok, choice) {
        (true, "yes") => Ok(redirect(&format!("{}?item={}{}", page.url(), items.len() + 1, change_suffix(page, '&')))),
        (true, "no") if items.is_empty() => Ok(redirect(&summary)),
        (true, "no") => Ok(redirect(&after_answer(definition, question, &progress.answers, page.change))),
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("add_another", if csrf_ok { "answer-error-add-another" } else { "form-error-expired" });
            let csrf = ctx.csrf_token().await?;
            Ok(render_summary(page, csrf, &items, errors))
        }
    }
}

/// Item `number` of `count` so far, with every field of the item.
fn render_item(page: &QuestionPage, csrf: String, number: usize, count: usize, raw: Raw, errors: FieldErrors) -> Response {
    let QuestionPage { ctx, definition, question, citizen, .. } = *page;
    let label = ctx.i18n.t(&question.label);
    let item = item_name(&ctx.i18n, question, number);
    let page_title = t!(ctx.i18n, "journey-item-title", question = label.clone(), item = item.clone());
    // Back to the summary once there is one; otherwise to the question before.
    let back = if count == 0 { page.back() } else { summary_url(page) };
    let title = ctx.i18n.t(&definition.title);
    let action = format!("{}?item={number}{}", page.url(), change_suffix(page, '&'));
    let rules = client_rules(&ctx.i18n, question, true, &page_title);
    let fields: Vec<Question> = match &question.kind {
        Kind::Repeat { fields, .. } => fields.iter().map(|f| answers::item_question(question, f)).collect(),
        _ => Vec::new(),
    };
    let signed_in = citizen.is_some();
    ctx.render_form(page_title, !errors.is_empty(), move || {
        let i = use_i18n();
        provide_context(LanguageForm("journey-form"));
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
                <ClientValidation rules/>
            </div></div>
        }
    })
}

/// The items so far, each with Change and Remove, and "Do you need to add another?".
fn render_summary(page: &QuestionPage, csrf: String, items: &[Answers], errors: FieldErrors) -> Response {
    let QuestionPage { ctx, definition, question, .. } = *page;
    let Kind::Repeat { summary_heading, add_another, fields, .. } = &question.kind else {
        return AppError::NotFound.into_response();
    };
    let mut args = FluentArgs::new();
    args.set("count", items.len());
    let heading = ctx.i18n.t_args(summary_heading, &args);
    let back = page.back();
    let title = ctx.i18n.t(&definition.title);
    let url = page.url();
    let change = change_suffix(page, '&');
    let rows: Vec<(usize, String, Vec<String>)> = items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let values = fields.iter().filter_map(|f| item.get(&f.id).map(|a| display(&ctx.i18n, f, a).join(", "))).collect();
            (n + 1, item_name(&ctx.i18n, question, n + 1), values)
        })
        .collect();
    let full = items.len() >= max_items(question);
    let max = max_items(question);
    let legend = ctx.i18n.t(add_another);
    let action = summary_url(page);
    ctx.render_form(heading.clone(), !errors.is_empty(), move || {
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
