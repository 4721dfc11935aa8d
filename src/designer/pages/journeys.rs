//! A service's test journeys: the list, each with whether it passes against the draft and, when
//! not, where it goes now. Also what other pages show of them (the summary on the service's page,
//! the publish page and the approval page) and the content advice, which the same pages list.

use super::{
    super::{
        advice::{self, Vague},
        designer,
        draft::Draft,
        journeys::{self, Outcome, TestJourney, Why},
        open_draft,
    },
    describe_place, fix_link, name, Caption,
};
use crate::{
    i18n::{use_i18n, I18n, SOURCE_LANGUAGE},
    services::flow::Target,
    t,
    web::{AppError, Ctx, PageResult},
};
use axum::http::StatusCode;
use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use crate::web::extract::Path;

/// One journey's result as the pages show it.
#[derive(Clone, Debug)]
pub(in crate::designer) struct JourneyRow {
    pub name: String,
    pub href: String,
    pub passed: bool,
    /// Why it fails: where it goes now, or which answers no longer fit.
    pub details: Vec<String>,
    pub written_for: u32,
}

/// A step in words: a question's label, check your answers, or an exit page's title.
pub(super) fn step_label(i: &I18n, draft: &Draft, target: &Target) -> String {
    match target {
        Target::Question(q) => {
            t!(i, "designer-journey-page", question = label_of(draft, q))
        }
        Target::CheckAnswers => t!(i, "designer-go-check-answers"),
        Target::Exit(e) => t!(i, "designer-go-exit", title = draft.definition.exit(e).map_or(e.clone(), |e| draft.text(SOURCE_LANGUAGE, &e.title))),
    }
}

/// A question's English label (a follow-up's too), or its id once it is gone.
pub(super) fn label_of(draft: &Draft, id: &str) -> String {
    journeys::find(&draft.definition, id).map(|q| draft.text(SOURCE_LANGUAGE, &q.label)).filter(|l| !l.is_empty()).unwrap_or_else(|| id.to_owned())
}

/// The route a walk takes, in words: its pages, then where it ends.
pub(super) fn route_words(i: &I18n, draft: &Draft, pages: &[String], end: &Target) -> String {
    let mut steps: Vec<String> = pages.iter().map(|p| step_label(i, draft, &Target::Question(p.clone()))).collect();
    match end {
        // The walk stops at the first page without an example answer; that page is its last.
        Target::Question(q) => {
            steps.pop();
            steps.push(t!(i, "designer-journey-stops", question = label_of(draft, q)));
        }
        _ => steps.push(step_label(i, draft, end)),
    }
    steps.join(" → ")
}

/// Why a journey fails, in words.
fn details(i: &I18n, draft: &Draft, journey: &TestJourney, outcome: &Outcome) -> Vec<String> {
    match outcome {
        Outcome::Passed => Vec::new(),
        Outcome::Unfit(answers) => answers
            .iter()
            .map(|u| {
                let question = label_of(draft, &u.question);
                match &u.why {
                    Why::Removed => t!(i, "designer-journey-removed", question = question),
                    Why::Invalid(message) => t!(i, "designer-journey-unfit", question = question, problem = i.t(message)),
                }
            })
            .collect(),
        Outcome::Elsewhere { at, pages, end } => {
            let step = |list: &[String], end: &Target| list.get(*at).map_or_else(|| step_label(i, draft, end), |p| step_label(i, draft, &Target::Question(p.clone())));
            vec![
                t!(i, "designer-journey-elsewhere", step = *at + 1, now = step(pages, end), expected = step(&journey.pages, &journey.end)),
                t!(i, "designer-journey-route-now", route = route_words(i, draft, pages, end)),
            ]
        }
    }
}

/// The rows of a service's journey results.
pub(in crate::designer) fn rows(i: &I18n, draft: &Draft, results: &[(TestJourney, Outcome)]) -> Vec<JourneyRow> {
    results
        .iter()
        .map(|(j, o)| JourneyRow {
            name: j.name.clone(),
            href: format!("/staff/designer/{}/journeys/{}", draft.definition.id, j.id),
            passed: o.passed(),
            details: details(i, draft, j, o),
            written_for: j.written_for,
        })
        .collect()
}

/// The results of a service's test journeys: how many pass, and each with why it fails.
#[component]
pub(in crate::designer) fn JourneyResults(rows: Vec<JourneyRow>) -> impl IntoView {
    let i = use_i18n();
    let passed = rows.iter().filter(|r| r.passed).count();
    let count = rows.len();
    let items = rows
        .into_iter()
        .map(|r| {
            let tag = if r.passed {
                view! { <strong class="tag tag--green">{t!(i, "designer-journey-passes")}</strong> }.into_any()
            } else {
                view! { <strong class="tag tag--red">{t!(i, "designer-journey-fails")}</strong> }.into_any()
            };
            view! {
                <li>
                    <a class="link" href=r.href>{r.name}</a> " " {tag} " "
                    <span class="hint">{t!(i, "designer-journey-written-for", version = r.written_for)}</span>
                    {(!r.details.is_empty()).then(|| view! {
                        <ul class="list list--bullet">{r.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="body">{if count == 0 { t!(i, "designer-journey-none") } else { t!(i, "designer-journey-summary", passed = passed, count = count) }}</p>
        <ul class="list">{items}</ul>
    }
}

/// The content advice for a draft, each as its text and the link that fixes it. Vague words are
/// checked in every language, with that language's own lists.
pub(in crate::designer) fn advice_links(ctx: &Ctx, draft: &Draft) -> Vec<(String, String)> {
    let catalog = ctx.state.catalog.get();
    let vague: Vec<Vague> = ctx
        .i18n
        .languages()
        .iter()
        .map(|l| Vague::from_lists(&l.code, &catalog.format(&l.code, "designer-advice-vague-links", None), &catalog.format(&l.code, "designer-advice-vague-phrases", None)))
        .collect();
    let i = &ctx.i18n;
    advice::advise(draft, &vague)
        .iter()
        .map(|a| {
            let (id, values) = a.message();
            let mut args = FluentArgs::new();
            for (name, value) in values {
                // Language codes become names, message ids (profile details, types, autofill) words.
                let value = match name {
                    "language" => ctx.i18n.languages().iter().find(|l| l.code == value).map_or(value.clone(), |l| l.name.clone()),
                    "field" | "kind" | "token" => i.t(&value),
                    _ => value,
                };
                args.set(name, value);
            }
            (describe_place(i, draft, &a.place, i.t_args(id, &args)), fix_link(draft, &a.place))
        })
        .collect()
}

/// Content advice: not errors, each links to the page that fixes it.
#[component]
pub(in crate::designer) fn AdviceList(items: Vec<(String, String)>) -> impl IntoView {
    let i = use_i18n();
    (!items.is_empty()).then(|| view! {
        <h2 class="heading-m" id="advice">{t!(i, "designer-advice-title")}</h2>
        <p class="body">{t!(i, "designer-advice-intro")}</p>
        <ul class="list list--bullet">
            {items.into_iter().map(|(text, href)| view! { <li><a class="link" href=href>{text}</a></li> }).collect_view()}
        </ul>
    })
}

pub(in crate::designer) async fn list(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    let results = journeys::results(&ctx.state.db, &id, &draft.definition).await.map_err(AppError::internal)?;
    let rows = rows(&ctx.i18n, &draft, &results);
    let service = name(&draft);
    Ok(ctx.render(StatusCode::OK, &t!(ctx.i18n, "designer-journeys-title", service = service.clone()), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}")>{t!(i, "back-link")}</a>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-journeys-heading")}</h1>
                <p class="body">{t!(i, "designer-journeys-intro", version = number)}</p>
                <JourneyResults rows/>
                <p class="body"><a class="link" href=format!("/staff/designer/{id}/journeys/new")>{t!(i, "designer-journey-add")}</a></p>
            </div></div>
        }
    }))
}
