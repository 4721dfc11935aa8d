//! Every path through the service (`designer::paths`): each journey numbered, its pages in order
//! with the route that leads on from each, and where it ends; then, for every question, who sees
//! it: everyone, nobody, or the people whose answers take one of the ways there. The draft by
//! default; `?version=N` shows a stored version.

use super::{
    super::paths::{self, Seen, Step, MAX_PATHS},
    map::{condition_words, question_label, tests_words, shown, target_href, target_words, VersionLinks, Which},
    name, Caption,
};
use crate::{
    i18n::{use_i18n, I18n},
    profile::fields::Date,
    services::flow::Target,
    t,
    web::{
        extract::{Path, Query},
        Ctx, PageResult,
    },
};
use super::super::draft::Draft;
use axum::http::StatusCode;
use leptos::prelude::*;

/// Why the journey leaves a page the way it does, or nothing when it always goes on.
fn leads_on(i: &I18n, draft: &Draft, step: &Step) -> Option<String> {
    let q = draft.definition.questions.get(step.question)?;
    match step.route {
        Some(n) => Some(match q.next.get(n)?.when.as_ref() {
            Some(c) => condition_words(i, draft, c),
            None => t!(i, "designer-route-always"),
        }),
        None if !q.next.is_empty() => Some(t!(i, "designer-paths-otherwise")),
        None => None,
    }
}

/// A way to a page in words: each answer that leads there, joined by "and".
fn way_words(i: &I18n, draft: &Draft, way: &[Step]) -> String {
    let parts: Vec<String> = way
        .iter()
        .filter_map(|s| match s.route {
            None => Some(t!(i, "designer-paths-otherwise-at", question = question_label(i, draft, s.question))),
            Some(n) => draft.definition.questions.get(s.question)?.next.get(n)?.when.as_ref().map(|c| tests_words(i, draft, c)),
        })
        .collect();
    parts.join(&i.t("designer-and"))
}

/// One listed journey: its steps (page, link, the answer that leads on) and its end.
struct Journey {
    steps: Vec<(String, Option<String>, Option<String>)>,
    end: String,
    end_href: Option<String>,
    broken: bool,
}

pub(in crate::designer) async fn page(ctx: Ctx, Path(id): Path<String>, Query(which): Query<Which>) -> PageResult {
    let shown = shown(&ctx, &id, &which).await?;
    let i = ctx.i18n.clone();
    let draft = &shown.draft;
    let editable = shown.editable();
    let found = paths::paths(&draft.definition, Date::today());
    let href = |target: &Target| target_href(draft, target).filter(|_| editable);
    let journeys: Vec<Journey> = found
        .paths
        .iter()
        .map(|p| {
            let steps = p
                .steps
                .iter()
                .map(|s| {
                    let q = &draft.definition.questions[s.question];
                    (question_label(&i, draft, s.question), href(&Target::Question(q.id.clone())), leads_on(&i, draft, s))
                })
                .collect();
            // A journey that ends at a question broke off: a route goes back, or nowhere.
            let broken = matches!(p.end, Target::Question(_));
            let end = if broken {
                let Target::Question(q) = &p.end else { unreachable!() };
                t!(i, "designer-paths-broken", id = q.clone())
            } else {
                target_words(&i, draft, &p.end)
            };
            Journey { steps, end, end_href: if broken { None } else { href(&p.end) }, broken }
        })
        .collect();
    let who: Vec<(String, Option<String>, Vec<String>, bool)> = draft
        .definition
        .questions
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let (ways, everyone) = match paths::who_sees(&draft.definition, &found, n) {
                Seen::Everyone => (vec![t!(i, "designer-paths-everyone")], true),
                Seen::Nobody => (vec![t!(i, "designer-paths-nobody")], false),
                Seen::When(ways) => (ways.iter().map(|w| way_words(&i, draft, w)).map(|w| if w.is_empty() { t!(i, "designer-paths-everyone") } else { w }).collect(), false),
            };
            (question_label(&i, draft, n), href(&Target::Question(q.id.clone())), ways, everyone)
        })
        .collect();
    let count = journeys.len();
    let truncated = found.truncated;
    let service = name(draft);
    let title = t!(i, "designer-paths-title", service = service.clone());
    let (number, state, versions) = (shown.number, shown.state, shown.versions.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        let link = |text: String, href: Option<String>| match href {
            Some(href) => view! { <a class="link" href=href>{text}</a> }.into_any(),
            None => view! { {text} }.into_any(),
        };
        let listed = journeys
            .into_iter()
            .enumerate()
            .map(|(n, j)| {
                let heading_id = format!("path-{}", n + 1);
                let steps = j
                    .steps
                    .into_iter()
                    .map(|(label, href, on)| view! {
                        <li>{link(label, href)} {on.map(|on| view! { <br/><span class="body-s u-text-secondary">{on}</span> })}</li>
                    })
                    .collect_view();
                let end = if j.broken {
                    view! { <li><strong class="tag tag--red">{j.end}</strong></li> }.into_any()
                } else {
                    view! { <li>{link(j.end, j.end_href)}</li> }.into_any()
                };
                view! {
                    <section aria-labelledby=heading_id.clone()>
                        <h3 class="heading-s" id=heading_id.clone()>{t!(i, "designer-paths-path", number = n + 1)}</h3>
                        <ol class="list list--number">{steps}{end}</ol>
                    </section>
                }
            })
            .collect_view();
        let who_rows = who
            .into_iter()
            .map(|(label, href, ways, everyone)| {
                let value = if ways.len() == 1 || everyone {
                    view! { {ways.into_iter().next()} }.into_any()
                } else {
                    view! {
                        <p class="body">{t!(i, "designer-paths-ways")}</p>
                        <ul class="list list--bullet">{ways.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                    }
                    .into_any()
                };
                view! {
                    <div class="summary-list__row summary-list__row--no-actions">
                        <dt class="summary-list__key">{link(label, href)}</dt>
                        <dd class="summary-list__value">{value}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
                <Caption text=service.clone()/>
                <h1 class="heading-l">{t!(i, "designer-paths-heading")}</h1>
                <VersionLinks shown_number=number shown_state=state versions page="paths" base=base.clone()/>
                <p class="body">{t!(i, "designer-paths-intro", count = count)}</p>
                {truncated.then(|| view! {
                    <div class="warning-text">
                        <span class="warning-text__icon" aria-hidden="true">"!"</span>
                        <strong class="warning-text__text">
                            <span class="visually-hidden">{t!(i, "designer-paths-warning")}</span>
                            {t!(i, "designer-paths-truncated", count = MAX_PATHS)}
                        </strong>
                    </div>
                })}
                <p class="body"><a class="link" href=format!("{base}/map")>{t!(i, "designer-paths-map-link")}</a></p>
                <h2 class="heading-m">{t!(i, "designer-paths-who-heading")}</h2>
                <dl class="summary-list">{who_rows}</dl>
                <h2 class="heading-m">{t!(i, "designer-paths-list-heading")}</h2>
                {listed}
            </div></div>
        }
    }))
}
