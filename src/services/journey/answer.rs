//! A question page's form (POST), in named steps: read the form, switch the language if a
//! language button was pressed, check the CSRF token, take "is this still correct?" for a known
//! answer, check the answer (storing a file first), save it to the profile if the person agreed,
//! store it in the draft, and redirect to the next step of the route. A wrong answer shows the
//! page again with every typed value and its errors.

use super::{
    items,
    known::{known_value, save_to_profile},
    page::{after_answer, journey, path_to, redirect, saved, Journey, QuestionPage},
    progress::{keep_typed, store, Progress},
    question::{render_known, render_question, ChangeQuery},
};
use crate::{
    i18n::{LANGUAGE_PARAM, SOURCE_LANGUAGE},
    profile::fields::Date,
    services::{
        answers::{self, Answer, Answers, Raw},
        flow,
        model::{Kind, Question},
        submitted::Submitted,
    },
    ui::form::FieldErrors,
    web::{AppError, Ctx, PageResult},
};
use axum::extract::Request;
use crate::web::extract::{Path, Query};

/// An answer that passed every check, with the answer to its follow-up (if the chosen option
/// has one). `None`: an optional question left blank.
type Checked = (Option<Answer>, Option<(String, Answer)>);

pub(super) async fn answer(ctx: Ctx, Path((id, question_id)): Path<(String, String)>, Query(q): Query<ChangeQuery>, request: Request) -> PageResult {
    let Journey { ctx, definition, citizen, mut progress } = journey(&ctx, &id).await?;
    let question = definition.question(&question_id).ok_or(AppError::NotFound)?.clone();
    let mut form = Submitted::read(request).await?;
    let walk = flow::walk(&definition, &progress.answers, Date::today());
    if !walk.questions.contains(&question.id) {
        return Ok(redirect(&path_to(&definition, &walk.end)));
    }
    let csrf_ok = ctx.csrf_ok(&form.csrf_token).await?;
    if let Some(code) = form.action.strip_prefix("lang:") {
        return switch_language(&ctx, &q.page(&definition, &question), &form.raw, csrf_ok, code).await;
    }
    let page = QuestionPage { ctx: &ctx, definition: &definition, question: &question, walk: &walk, citizen, change: q.change.is_some() };
    if matches!(question.kind, Kind::Repeat { .. }) {
        return items::answer(&page, progress, form.raw, csrf_ok, &form.action, q.step()).await;
    }
    if let Some(choice) = form.raw.get("use_profile").and_then(|v| v.first()).cloned() {
        return confirm_known(&page, progress, &choice, csrf_ok).await;
    }

    let mut errors = FieldErrors::new();
    if !csrf_ok {
        errors.add(&answers::field_ids(&question)[0], "form-error-expired");
    }
    let update_profile = form.raw.remove("update_profile").is_some_and(|v| v.iter().any(|x| x == "yes"));
    if let Kind::File { max_bytes } = question.kind {
        if let Some(problem) = form.attach_file(&ctx, &question, max_bytes, progress.answers.get(&question.id), csrf_ok).await? {
            errors.add(&question.id, problem);
        }
    }
    let (answer, follow_up) = match check(&question, &form.raw, Date::today(), errors) {
        Ok(checked) => checked,
        // "Save and come back later" keeps what is valid; an invalid answer is shown again either way.
        Err(errors) => return show_again(&page, form.raw, errors, update_profile).await,
    };
    if let (Some(citizen), true, Some(answer)) = (citizen, update_profile, &answer) {
        save_to_profile(&ctx, citizen, &definition, &question, answer).await?;
    }
    record(&mut progress.answers, &question, answer, follow_up);
    store(&ctx, &definition, citizen, &mut progress).await?;
    if form.action == "save" && citizen.is_some() {
        return Ok(saved(&definition));
    }
    Ok(redirect(&after_answer(&definition, &question, &progress.answers, page.change)))
}

/// The language buttons of a question page submit its form with `action=lang:{code}`: what was
/// typed is kept, unchecked, for the same page in the new language (without JavaScript too).
async fn switch_language(ctx: &Ctx, page: &str, raw: &Raw, csrf_ok: bool, code: &str) -> PageResult {
    let code = ctx.state.catalog.get().language(code).map_or(SOURCE_LANGUAGE, |l| l.code.as_str()).to_owned();
    if !csrf_ok {
        return Err(AppError::Expired);
    }
    keep_typed(ctx, page, raw).await?;
    let separator = if page.contains('?') { '&' } else { '?' };
    Ok(redirect(&format!("{page}{separator}{LANGUAGE_PARAM}={code}")))
}

/// The "is this still correct?" page: yes keeps the profile's value as the answer (and confirms
/// it on the profile), no shows the question's inputs.
async fn confirm_known(page: &QuestionPage<'_>, mut progress: Progress, choice: &str, csrf_ok: bool) -> PageResult {
    let QuestionPage { ctx, definition, question, citizen, change, .. } = *page;
    let Some(known) = known_value(ctx, citizen, question).await? else {
        return Ok(redirect(&format!("{}?edit=1", page.url())));
    };
    if !csrf_ok || !matches!(choice, "yes" | "no") {
        let mut errors = FieldErrors::new();
        errors.add("use_profile", if csrf_ok { "answer-error-required-yes-no" } else { "form-error-expired" });
        let csrf = ctx.csrf_token().await?;
        return Ok(render_known(page, csrf, &known, errors));
    }
    if choice == "no" {
        let change = if change { "&change=1" } else { "" };
        return Ok(redirect(&format!("{}?edit=1{change}", page.url())));
    }
    if let Some(citizen) = citizen {
        save_to_profile(ctx, citizen, definition, question, &known).await?;
    }
    progress.answers.insert(question.id.clone(), known);
    store(ctx, definition, citizen, &mut progress).await?;
    Ok(redirect(&after_answer(definition, question, &progress.answers, change)))
}

/// Checks the answer and the follow-up revealed under the chosen option (GOV.UK conditional
/// reveal), adding their problems to `errors` (the form's own, found before).
fn check(question: &Question, raw: &Raw, today: Date, mut errors: FieldErrors) -> Result<Checked, FieldErrors> {
    let parsed = answers::parse(question, raw, today);
    if let Err(problems) = &parsed {
        for (field, message) in problems {
            errors.add(field, message);
        }
    }
    let follow_up = match &parsed {
        Ok(answer) => answers::parse_follow_up(question, answer.as_ref(), raw, today).unwrap_or_else(|problems| {
            for (field, message) in problems {
                errors.add(&field, message);
            }
            None
        }),
        Err(_) => None,
    };
    match parsed {
        Ok(answer) if errors.is_empty() => Ok((answer, follow_up)),
        _ => Err(errors),
    }
}

/// The question again, with what was typed (the consent box as it was) and the errors.
async fn show_again(page: &QuestionPage<'_>, mut raw: Raw, errors: FieldErrors, update_profile: bool) -> PageResult {
    let csrf = page.ctx.csrf_token().await?;
    if update_profile {
        raw.insert("update_profile".into(), vec!["yes".into()]);
    }
    Ok(render_question(page, csrf, raw, errors))
}

/// Puts the answer (or its absence) and its follow-up into the draft. The follow-ups of the
/// options not chosen go: they no longer apply.
fn record(answers: &mut Answers, question: &Question, answer: Option<Answer>, follow_up: Option<(String, Answer)>) {
    match answer {
        Some(answer) => answers.insert(question.id.clone(), answer),
        None => answers.remove(&question.id),
    };
    if let Kind::Radios { options } = &question.kind {
        for option in options.iter().filter_map(|o| o.follow_up.as_deref()) {
            answers.remove(&option.id);
        }
    }
    if let Some((id, answer)) = follow_up {
        answers.insert(id, answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::Choice;

    const TODAY: Date = Date { year: 2026, month: 11, day: 21 };

    fn question(id: &str, kind: Kind) -> Question {
        Question { id: id.into(), label: "l".into(), hint: None, summary_label: None, required: true, kind, next: vec![], profile: None }
    }

    /// "Where is it?": kerbside, or elsewhere with "Where exactly?" revealed under it.
    fn location() -> Question {
        let details = question("details", Kind::Text { autocomplete: None, max_length: 20, width: None });
        let options = ["kerbside", "elsewhere"]
            .map(|v| Choice { value: v.into(), label: v.into(), hint: None, divider_before: false, follow_up: (v == "elsewhere").then(|| Box::new(details.clone())) })
            .to_vec();
        question("location", Kind::Radios { options })
    }

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        let mut raw = Raw::new();
        for (k, v) in pairs {
            raw.entry(k.to_string()).or_default().push(v.to_string());
        }
        raw
    }

    #[test]
    fn an_answer_is_checked_with_its_follow_up_and_after_the_forms_own_errors() {
        let q = location();
        let checked = check(&q, &raw(&[("location", "elsewhere"), ("details", "By the gate")]), TODAY, FieldErrors::new());
        assert_eq!(checked, Ok((Some(Answer::Text("elsewhere".into())), Some(("details".into(), Answer::Text("By the gate".into()))))));
        let missing = check(&q, &raw(&[("location", "elsewhere")]), TODAY, FieldErrors::new()).unwrap_err();
        assert!(missing.get("details").is_some(), "the revealed question is required");
        let mut expired = FieldErrors::new();
        expired.add("location", "form-error-expired");
        let refused = check(&q, &raw(&[("location", "kerbside")]), TODAY, expired.clone()).unwrap_err();
        assert_eq!(refused, expired, "a sound answer on an expired form is still refused");
    }

    #[test]
    fn choosing_another_option_drops_the_follow_up_of_the_first() {
        let q = location();
        let mut answers = Answers::new();
        record(&mut answers, &q, Some(Answer::Text("elsewhere".into())), Some(("details".into(), Answer::Text("By the gate".into()))));
        assert_eq!(answers.len(), 2);
        record(&mut answers, &q, Some(Answer::Text("kerbside".into())), None);
        assert_eq!(answers.get("details"), None);
        assert_eq!(answers.get("location"), Some(&Answer::Text("kerbside".into())));
        record(&mut answers, &q, None, None);
        assert!(answers.is_empty(), "an optional question left blank has no answer");
    }
}
