//! Check your answers: every answer on the route, each with a Change link back to its question,
//! then the declaration and the button that sends the request.

use super::{
    page::{journey, path_to, question_path, redirect, Journey},
    progress::{load, store},
};
use crate::{
    i18n::use_i18n,
    profile::fields::Date,
    services::flow::{self, Target},
    t,
    ui::{
        form::{Button, CsrfField},
        question::answer_lines,
    },
    web::{Ctx, PageResult},
};
use axum::http::StatusCode;
use leptos::prelude::*;
use crate::web::extract::Path;

pub(super) async fn check_answers(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let Journey { ctx, definition, citizen, mut progress } = journey(&ctx, &id).await?;
    let walk = flow::walk(&definition, &progress.answers, Date::today());
    if walk.end != Target::CheckAnswers {
        return Ok(redirect(&path_to(&definition, &walk.end)));
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
            (key.clone(), value, format!("{}?change=1", question_path(&definition, &q.id)), key)
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
