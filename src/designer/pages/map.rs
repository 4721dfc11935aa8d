//! The route map: the whole service as a graph (`designer::map`), drawn as SVG and listed as two
//! tables (its pages, and its routes: from, condition, to), the tables being the drawing's text
//! equivalent. Both carry the marks of the problems the engine's checks find, and link every page
//! and route to the page that edits it. The draft by default; `?version=N` shows a stored version.

use super::{
    super::{designer, draft::Draft, map, paths, routing},
    describe, fix_link, name, routes::describe_test, Caption, ProblemSummary,
};
use super::map_svg::{MapEdge, MapNode, RouteMap};
use crate::{
    i18n::{use_i18n, I18n, SOURCE_LANGUAGE},
    profile::fields::Date,
    services::{
        flow::Target,
        model::Condition,
        rules::Problem,
        versions::{self, State},
    },
    t,
    web::{
        extract::{Path, Query},
        AppError, Ctx, PageResult,
    },
};
use axum::http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

/// `?version=N`: a stored version rather than the draft.
#[derive(Deserialize, Default)]
#[serde(default)]
pub(in crate::designer) struct Which {
    version: Option<String>,
}

/// The version a map or path list shows, and the service's other versions.
pub(super) struct Shown {
    pub draft: Draft,
    pub number: u32,
    pub state: State,
    /// Every version of the service, for the links to the others.
    pub versions: Vec<(u32, State)>,
}

impl Shown {
    /// Links lead to the pages that edit the draft: only the draft has them.
    pub fn editable(&self) -> bool {
        self.state == State::Draft
    }
}

/// The draft (or `?version=N`; without a draft, the live version), when the signed-in designer's
/// teams include the service's. "Page not found" otherwise.
pub(super) async fn shown(ctx: &Ctx, id: &str, which: &Which) -> Result<Shown, AppError> {
    let user = designer(ctx).await?;
    let db = &ctx.state.db;
    let stored = match &which.version {
        Some(n) => versions::get(db, id, Some(n.parse().map_err(|_| AppError::NotFound)?)).await,
        None => match versions::draft(db, id).await.map_err(AppError::internal)? {
            Some(draft) => Ok(Some(draft)),
            None => versions::get(db, id, None).await,
        },
    }
    .map_err(AppError::internal)?
    .ok_or(AppError::NotFound)?;
    let draft = Draft::from_files(&stored.files).map_err(AppError::internal)?;
    if !user.can_see(&draft.definition.team) {
        return Err(AppError::NotFound);
    }
    let versions = versions::all(db).await.map_err(AppError::internal)?.into_iter().filter(|v| v.service == id).map(|v| (v.version, v.state)).collect();
    Ok(Shown { draft, number: stored.version, state: stored.state, versions })
}

/// A question's English words, or "(no words yet)".
pub(super) fn question_label(i: &I18n, draft: &Draft, position: usize) -> String {
    let words = draft.definition.questions.get(position).map(|q| draft.text(SOURCE_LANGUAGE, &q.label)).unwrap_or_default();
    if words.is_empty() {
        t!(i, "designer-no-label")
    } else {
        t!(i, "designer-map-question", number = position + 1, label = words)
    }
}

/// A condition's tests in words: "the answer to “Where?” is Park and …".
pub(super) fn tests_words(i: &I18n, draft: &Draft, when: &Condition) -> String {
    let (tests, any) = routing::tests_of(Some(when));
    tests.iter().map(|t| describe_test(i, draft, t)).collect::<Vec<_>>().join(&i.t(if any { "designer-or" } else { "designer-and" }))
}

/// A route's condition as the routes page words it: "If the answer to “Where?” is Park".
pub(super) fn condition_words(i: &I18n, draft: &Draft, when: &Condition) -> String {
    t!(i, "designer-route-if", condition = tests_words(i, draft, when))
}

/// How a question's route applies: "If …", "Always", or "Otherwise" (none of them).
pub(super) fn route_words(i: &I18n, draft: &Draft, question: usize, route: Option<usize>) -> String {
    let when = route.and_then(|n| draft.definition.questions.get(question)?.next.get(n));
    match (route, when.and_then(|r| r.when.as_ref())) {
        (None, _) => t!(i, "designer-route-otherwise"),
        (Some(_), None) => t!(i, "designer-route-always"),
        (Some(_), Some(c)) => condition_words(i, draft, c),
    }
}

/// A page in words: a question's, check your answers, an exit's title, or a name that does not exist.
pub(super) fn target_words(i: &I18n, draft: &Draft, target: &Target) -> String {
    match target {
        Target::CheckAnswers => t!(i, "designer-go-check-answers"),
        Target::Question(q) => draft.definition.position(q).map_or_else(|| t!(i, "designer-map-missing", id = q.clone()), |p| question_label(i, draft, p)),
        Target::Exit(e) => draft
            .definition
            .exit(e)
            .map_or_else(|| t!(i, "designer-map-missing", id = e.clone()), |x| t!(i, "designer-go-exit", title = draft.text(SOURCE_LANGUAGE, &x.title))),
    }
}

/// The page that edits a node: a question, the details (check your answers shows the
/// declaration), or an exit. Nothing for what does not exist.
pub(super) fn target_href(draft: &Draft, target: &Target) -> Option<String> {
    let base = format!("/staff/designer/{}", draft.definition.id);
    match target {
        Target::CheckAnswers => Some(format!("{base}/details#declaration")),
        Target::Question(q) => draft.definition.question(q).map(|_| format!("{base}/questions/{q}")),
        Target::Exit(e) => draft.definition.exit(e).map(|_| format!("{base}/exits/{e}")),
    }
}

/// "Version 2 (live)" and links to the service's other versions, when it has more than one.
#[component]
pub(super) fn VersionLinks(shown_number: u32, shown_state: State, versions: Vec<(u32, State)>, page: &'static str, base: String) -> impl IntoView {
    let i = use_i18n();
    let others: Vec<(u32, State)> = versions.into_iter().filter(|(n, _)| *n != shown_number).collect();
    view! {
        // l10n: uses designer-state-*
        <p class="body">{format!("{} {}", t!(i, "designer-map-version", version = shown_number), i.t(&format!("designer-state-{}", shown_state.as_str())))}</p>
        {(!others.is_empty()).then(|| view! {
            <p class="body">{t!(i, "designer-map-other-versions")} " "
                {others.into_iter().map(|(n, state)| {
                    let href = if state == State::Draft { format!("{base}/{page}") } else { format!("{base}/{page}?version={n}") };
                    // l10n: uses designer-state-*
                    view! { <a class="link" href=href>{format!("{} {}", t!(i, "designer-version-link", version = n), i.t(&format!("designer-state-{}", state.as_str())))}</a> " " }
                }).collect_view()}
            </p>
        })}
    }
}

/// One row of the pages table and one box of the drawing.
struct PageRow {
    label: String,
    href: Option<String>,
    end: bool,
    problems: Vec<(String, String)>,
}

/// One row of the routes table and one arrow of the drawing.
struct RouteRow {
    from: usize,
    to: usize,
    from_label: String,
    from_href: Option<String>,
    when: String,
    when_href: Option<String>,
    to_label: String,
    to_href: Option<String>,
    note: Option<String>,
    problems: Vec<(String, String)>,
}

pub(in crate::designer) async fn page(ctx: Ctx, Path(id): Path<String>, Query(which): Query<Which>) -> PageResult {
    let shown = shown(&ctx, &id, &which).await?;
    let i = ctx.i18n.clone();
    let draft = &shown.draft;
    let graph = map::graph(&draft.definition);
    let found = paths::paths(&draft.definition, Date::today());
    let problems: Vec<Problem> = draft.problems();
    let linked = |p: &Problem| (describe(&i, draft, p), fix_link(draft, &p.place));
    let editable = shown.editable();
    let base = format!("/staff/designer/{id}");
    let pages: Vec<PageRow> = graph
        .nodes
        .iter()
        .map(|node| {
            let marks: Vec<(String, String)> = problems
                .iter()
                .filter(|p| match (map::mark(p), node) {
                    (map::Mark::Question(q) | map::Mark::Route(q, _), Target::Question(id)) => draft.definition.position(id) == Some(q),
                    (map::Mark::Exit(e), Target::Exit(id)) => draft.definition.exits.get(e).is_some_and(|x| &x.id == id),
                    _ => false,
                })
                .map(linked)
                .collect();
            PageRow { label: target_words(&i, draft, node), href: target_href(draft, node).filter(|_| editable), end: !matches!(node, Target::Question(_)), problems: marks }
        })
        .collect();
    let routes: Vec<RouteRow> = graph
        .edges
        .iter()
        .map(|edge| {
            let q = &draft.definition.questions[edge.from];
            let marks: Vec<(String, String)> =
                problems.iter().filter(|p| edge.route.is_some_and(|r| map::mark(p) == map::Mark::Route(edge.from, r))).map(linked).collect();
            let note = if !edge.reachable {
                Some(t!(i, "designer-map-unreachable-route"))
            } else if !found.truncated && !paths::taken(&found, edge.from, edge.route) {
                Some(t!(i, "designer-map-not-taken"))
            } else {
                None
            };
            RouteRow {
                from: edge.from,
                to: graph.index(&edge.to).unwrap_or(0),
                from_label: question_label(&i, draft, edge.from),
                from_href: editable.then(|| format!("{base}/questions/{}", q.id)),
                when: route_words(&i, draft, edge.from, edge.route),
                when_href: editable.then(|| format!("{base}/questions/{}/routes", q.id)),
                to_label: target_words(&i, draft, &edge.to),
                to_href: target_href(draft, &edge.to).filter(|_| editable),
                note,
                problems: marks,
            }
        })
        .collect();
    let nodes: Vec<MapNode> = pages
        .iter()
        .map(|p| MapNode {
            label: p.label.clone(),
            href: p.href.clone(),
            end: p.end,
            mark: (!p.problems.is_empty()).then(|| t!(i, "designer-map-problems", count = p.problems.len())),
        })
        .collect();
    let edges: Vec<MapEdge> = routes
        .iter()
        .map(|r| MapEdge {
            from: r.from,
            to: r.to,
            label: match (&r.note, r.problems.is_empty()) {
                (_, false) => t!(i, "designer-map-edge-problem", label = r.when.clone()),
                (Some(_), true) => t!(i, "designer-map-edge-never", label = r.when.clone()),
                (None, true) => r.when.clone(),
            },
            href: r.when_href.clone(),
            problem: !r.problems.is_empty(),
            never: r.note.is_some(),
        })
        .collect();
    // Problems the map has no place for (the service's details) are listed above it.
    let elsewhere: Vec<(String, String)> = problems.iter().filter(|p| map::mark(p) == map::Mark::Elsewhere).map(linked).collect();
    let service = name(draft);
    let title = t!(i, "designer-map-title", service = service.clone());
    let (number, state, versions) = (shown.number, shown.state, shown.versions.clone());
    let svg_title = t!(i, "designer-map-svg-title", service = service.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let marks = |problems: Vec<(String, String)>| {
            if problems.is_empty() {
                view! { {t!(i, "designer-map-no-problems")} }.into_any()
            } else {
                view! {
                    <strong class="tag tag--red">{t!(i, "designer-map-problems", count = problems.len())}</strong>
                    <ul class="list">{problems.into_iter().map(|(text, href)| view! { <li><a class="link" href=href>{text}</a></li> }).collect_view()}</ul>
                }
                .into_any()
            }
        };
        let link = |text: String, href: Option<String>| match href {
            Some(href) => view! { <a class="link" href=href>{text}</a> }.into_any(),
            None => view! { {text} }.into_any(),
        };
        let page_rows = pages
            .into_iter()
            .map(|p| view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{link(p.label, p.href)}</th>
                    <td class="table__cell">{marks(p.problems)}</td>
                </tr>
            })
            .collect_view();
        let route_rows = routes
            .into_iter()
            .map(|r| view! {
                <tr class="table__row">
                    <th scope="row" class="table__header">{link(r.from_label, r.from_href)}</th>
                    <td class="table__cell">
                        {link(r.when, r.when_href)}
                        {r.note.map(|n| view! { <p class="body-s u-text-secondary">{n}</p> })}
                    </td>
                    <td class="table__cell">{link(r.to_label, r.to_href)}</td>
                    <td class="table__cell">{marks(r.problems)}</td>
                </tr>
            })
            .collect_view();
        view! {
            <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
            <Caption text=service.clone()/>
            <h1 class="heading-l">{t!(i, "designer-map-heading")}</h1>
            <VersionLinks shown_number=number shown_state=state versions page="map" base=base.clone()/>
            <p class="body">{t!(i, "designer-map-intro")}</p>
            <p class="body"><a class="link" href=format!("{base}/paths")>{t!(i, "designer-map-paths-link")}</a></p>
            <ProblemSummary problems=elsewhere title=t!(i, "designer-map-elsewhere")/>
            <RouteMap title=svg_title description=t!(i, "designer-map-svg-desc") start=t!(i, "designer-map-start") nodes edges/>
            <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="map-routes-caption">
                <table class="table">
                    <caption class="table__caption table__caption--m" id="map-routes-caption">{t!(i, "designer-map-routes-caption")}</caption>
                    <thead class="table__head"><tr class="table__row">
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-from")}</th>
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-when")}</th>
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-to")}</th>
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-problems")}</th>
                    </tr></thead>
                    <tbody>{route_rows}</tbody>
                </table>
            </div>
            <div class="table-wrapper" tabindex="0" role="region" aria-labelledby="map-pages-caption">
                <table class="table">
                    <caption class="table__caption table__caption--m" id="map-pages-caption">{t!(i, "designer-map-pages-caption")}</caption>
                    <thead class="table__head"><tr class="table__row">
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-page")}</th>
                        <th scope="col" class="table__header">{t!(i, "designer-map-col-problems")}</th>
                    </tr></thead>
                    <tbody>{page_rows}</tbody>
                </table>
            </div>
        }
    }))
}
