//! A question page (GET): the question's inputs with what was answered or typed before, or,
//! when the profile already knows the answer, "We have this from your profile: is this still
//! correct?". "Add another" questions have their own pages, in `items`.

use super::{
    items::{self, Step},
    known::{known_value, offers_profile_update},
    page::{journey, path_to, redirect, Journey, QuestionPage},
    progress::take_typed,
};
use crate::{
    i18n::use_i18n,
    profile::fields::Date,
    services::{
        answers::{self, Answer, Raw},
        flow,
        model::{Definition, Kind, Question},
    },
    t,
    ui::{
        form::{Button, CsrfField, ErrorSummary, FieldErrors, RadioItem, Radios},
        islands::ClientValidation,
        question::{client_rules, display, QuestionInput},
        shell::LanguageForm,
    },
    web::{AppError, Ctx, PageResult},
};
use axum::{
    response::Response,
};
use leptos::prelude::*;
use serde::Deserialize;
use crate::web::extract::{Path, Query};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ChangeQuery {
    pub change: Option<String>,
    /// Show the question's inputs even though the profile already has an answer.
    pub edit: Option<String>,
    /// "Add another" questions: the item to show or save, or to remove.
    pub item: Option<String>,
    pub remove: Option<String>,
}

impl ChangeQuery {
    pub fn step(&self) -> Step {
        Step::parse(self.item.as_deref(), self.remove.as_deref())
    }

    /// The page's own address, without a language choice.
    pub fn page(&self, definition: &Definition, question: &Question) -> String {
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

pub(super) async fn question_page(ctx: Ctx, Path((id, question_id)): Path<(String, String)>, Query(q): Query<ChangeQuery>) -> PageResult {
    let Journey { ctx, definition, citizen, progress } = journey(&ctx, &id).await?;
    let question = definition.question(&question_id).ok_or(AppError::NotFound)?.clone();
    let walk = flow::walk(&definition, &progress.answers, Date::today());
    // Only questions on the route can be opened: nobody skips ahead past a required answer.
    if !walk.questions.contains(&question.id) {
        return Ok(redirect(&path_to(&definition, &walk.end)));
    }
    let typed = take_typed(&ctx, &q.page(&definition, &question)).await?;
    let page = QuestionPage { ctx: &ctx, definition: &definition, question: &question, walk: &walk, citizen, change: q.change.is_some() };
    if matches!(question.kind, Kind::Repeat { .. }) {
        return items::page(&page, &progress, q.step(), typed).await;
    }
    let known = known_value(&ctx, citizen, &question).await?;
    let csrf = ctx.csrf_token().await?;
    if let (Some(known), None) = (known.clone(), &typed) {
        // Asked already (on the profile or in another service): offer it instead of asking again.
        let same = progress.answers.get(&question.id).is_none_or(|a| *a == known);
        if q.edit.is_none() && same {
            return Ok(render_known(&page, csrf, &known, FieldErrors::new()));
        }
    }
    let raw = typed.unwrap_or_else(|| answered(&question, &progress.answers));
    Ok(render_question(&page, csrf, raw, FieldErrors::new()))
}

/// The question's answer so far, and its follow-up's, as the form shows them.
fn answered(question: &Question, answers: &answers::Answers) -> Raw {
    let mut raw = answers.get(&question.id).map(|a| answers::to_raw(question, a)).unwrap_or_default();
    if let Some(follow_up) = answers::chosen_follow_up(question, answers.get(&question.id)) {
        if let Some(answer) = answers.get(&follow_up.id) {
            raw.extend(answers::to_raw(follow_up, answer));
        }
    }
    raw
}

/// "We have this from your profile: … Is this still correct?" with Yes / No, I need to change it.
pub(super) fn render_known(page: &QuestionPage, csrf: String, known: &Answer, errors: FieldErrors) -> Response {
    let ctx = page.ctx;
    let lines = display(&ctx.i18n, page.question, known);
    let back = page.back();
    let title = ctx.i18n.t(&page.definition.title);
    let action = page.action();
    let label = ctx.i18n.t(&page.question.label);
    ctx.render_form(label.clone(), !errors.is_empty(), move || {
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

/// The question with `raw` in its inputs and `errors` beside them.
pub(super) fn render_question(page: &QuestionPage, csrf: String, raw: Raw, errors: FieldErrors) -> Response {
    let QuestionPage { ctx, definition, question, walk, citizen, .. } = *page;
    let title = ctx.i18n.t(&question.label);
    let signed_in = citizen.is_some();
    let offer_profile_update = signed_in && offers_profile_update(question);
    let position = walk.questions.iter().position(|q| q == &question.id).unwrap_or(0);
    let back = page.back();
    let update_checked = raw.get("update_profile").is_some_and(|v| v.iter().any(|x| x == "yes"));
    // The route may still branch, so the total is the most it can be: this question's position
    // plus every question after it in the file.
    let number = position + 1;
    let total = number + definition.position(&question.id).map_or(0, |p| definition.questions.len() - p - 1);
    let service_title = ctx.i18n.t(&definition.title);
    let action = page.action();
    let enctype = matches!(question.kind, Kind::File { .. }).then_some("multipart/form-data");
    // A file is checked by its content, which only the server sees.
    let rules = (!matches!(question.kind, Kind::File { .. })).then(|| client_rules(&ctx.i18n, question, false, &title));
    let question = question.clone();
    ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        provide_context(LanguageForm("journey-form"));
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l">{service_title}</span>
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
