//! The differences between any two versions of a service (or a version and the draft), in words:
//! `/staff/designer/{service}/diff?from=N&to=M`, where each of `from` and `to` is a version
//! number, `live` or `draft`. Two drop-downs and a button choose them without JavaScript.
//!
//! Every change is a row of a GOV.UK summary list that says in words what happened ("Added",
//! "Removed", "Moved from place 1 to place 3"), with the value before and after marked "Before:"
//! and "After:": the strike-through and underline of `<del>` and `<ins>` only repeat it, as
//! colour and decoration alone are lost on many screen readers and in forced colours.
//! The same lists ([`DiffView`]) show what changes on the publish and approval pages.

use super::{
    super::{designer, diff::*, draft::Draft, routing},
    name,
    routes::{describe_test, target_label},
    Caption,
};
use crate::{
    i18n::{use_i18n, I18n},
    services::{model::Route, versions},
    t,
    ui::form::Button,
    web::{
        extract::{Path, Query},
        AppError, Ctx, PageResult,
    },
};
use axum::http::StatusCode;
use leptos::prelude::*;
use serde::Deserialize;

/// One change as a row: what changed, what happened to it, and its value before and after.
#[derive(Clone, Debug, Default)]
pub(crate) struct Line {
    pub key: String,
    pub what: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The language of the words before and after (a text's), for `lang`.
    pub lang: Option<String>,
}

/// A heading and its rows (a question's changes, a language's texts).
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub heading: Option<String>,
    pub lines: Vec<Line>,
}

/// A part of the diff under a heading; `none` is what it says when nothing changed there.
#[derive(Clone, Debug)]
pub(crate) struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
    pub none: Option<String>,
}

fn value(i: &I18n, value: &Value) -> String {
    match value {
        Value::None => t!(i, "designer-diff-not-set"),
        Value::Text(text) if text.trim().is_empty() => t!(i, "designer-no-label"),
        Value::Text(text) => text.clone(),
        Value::Message(id) => i.t(id),
        Value::Messages(ids) => ids.iter().map(|id| i.t(id)).collect::<Vec<_>>().join(", "),
    }
}

fn setting_line(i: &I18n, prefix: Option<&str>, setting: &Setting) -> Line {
    let name = i.t(setting.name);
    let key = match prefix {
        Some(p) => t!(i, "designer-diff-of", thing = p.to_owned(), setting = name),
        None => name,
    };
    Line { key, what: t!(i, "designer-diff-changed"), old: Some(value(i, &setting.old)), new: Some(value(i, &setting.new)), lang: None }
}

fn presence(i: &I18n, change: Presence, moved: Option<(usize, usize)>) -> String {
    match (change, moved) {
        (Presence::Added, _) => t!(i, "designer-diff-added"),
        (Presence::Removed, _) => t!(i, "designer-diff-removed"),
        (Presence::Changed, Some((from, to))) => t!(i, "designer-diff-moved", from = from, to = to),
        (Presence::Changed, None) => t!(i, "designer-diff-changed"),
    }
}

/// A route in words: "If “Where?” is In a park, go to: Check your answers".
fn route_words(i: &I18n, draft: &Draft, route: &Route) -> String {
    let (tests, any) = routing::tests_of(route.when.as_ref());
    let joined = tests.iter().map(|t| describe_test(i, draft, t)).collect::<Vec<_>>().join(&i.t(if any { "designer-or" } else { "designer-and" }));
    let when = if tests.is_empty() { t!(i, "designer-route-always") } else { t!(i, "designer-route-if", condition = joined) };
    t!(i, "designer-diff-route-words", when = when, go = t!(i, "designer-route-go", target = target_label(i, draft, &route.go)))
}

fn route_lines(i: &I18n, old: &Draft, new: &Draft, prefix: &str, routes: &[RouteDiff]) -> Vec<Line> {
    routes
        .iter()
        .map(|r| {
            let number = r.new.as_ref().or(r.old.as_ref()).map_or(0, |(n, _)| *n);
            let what = match (r.change, &r.old, &r.new) {
                (RouteChange::Added, ..) => t!(i, "designer-diff-added"),
                (RouteChange::Removed, ..) => t!(i, "designer-diff-removed"),
                (RouteChange::Moved, Some((from, _)), Some((to, _))) => t!(i, "designer-diff-moved", from = *from, to = *to),
                _ => t!(i, "designer-diff-changed"),
            };
            let route = t!(i, "designer-diff-route", number = number);
            Line {
                key: t!(i, "designer-diff-of", thing = prefix.to_owned(), setting = route),
                what,
                old: r.old.as_ref().map(|(_, route)| route_words(i, old, route)),
                new: r.new.as_ref().map(|(_, route)| route_words(i, new, route)),
                lang: None,
            }
        })
        .collect()
}

/// A question's own changes, its options', its fields' and its routes'.
fn question_lines(i: &I18n, old: &Draft, new: &Draft, q: &QuestionDiff, field_of: Option<&str>) -> Vec<Line> {
    let me = match field_of {
        Some(_) => t!(i, "designer-diff-field", label = q.label.clone()),
        None => t!(i, "designer-diff-question", label = q.label.clone()),
    };
    let mut lines = Vec::new();
    if q.change != Presence::Changed || q.moved.is_some() || field_of.is_some() {
        lines.push(Line { key: me.clone(), what: presence(i, q.change, q.moved), ..Line::default() });
    }
    lines.extend(q.settings.iter().map(|s| setting_line(i, Some(&me), s)));
    for option in &q.options {
        let thing = t!(i, "designer-diff-option", label = option.label.clone());
        if option.change != Presence::Changed || option.moved.is_some() {
            lines.push(Line { key: thing.clone(), what: presence(i, option.change, option.moved), ..Line::default() });
        }
        lines.extend(option.settings.iter().map(|s| setting_line(i, Some(&thing), s)));
    }
    for field in &q.fields {
        lines.extend(question_lines(i, old, new, field, Some(&me)));
    }
    lines.extend(route_lines(i, old, new, &me, &q.routes));
    lines
}

fn schema_line(i: &I18n, change: &SchemaChange) -> Line {
    let key = if change.path.is_empty() { t!(i, "designer-diff-schema-root") } else { change.path.clone() };
    let (what, old, new) = match &change.kind {
        SchemaKind::Added(v) => (t!(i, "designer-diff-added"), None, Some(v.clone())),
        SchemaKind::Removed(v) => (t!(i, "designer-diff-removed"), Some(v.clone()), None),
        SchemaKind::Changed(a, b) => (t!(i, "designer-diff-changed"), Some(a.clone()), Some(b.clone())),
        SchemaKind::Values { added, removed } => (
            t!(i, "designer-diff-changed"),
            (!removed.is_empty()).then(|| t!(i, "designer-diff-values-removed", values = removed.join(", "))),
            (!added.is_empty()).then(|| t!(i, "designer-diff-values-added", values = added.join(", "))),
        ),
    };
    Line { key, what, old, new, lang: None }
}

fn csv_lines(i: &I18n, csv: &CsvDiff) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut push = |names: &[String], key: &str, added: bool| {
        for name in names {
            let key = if key == "column" { t!(i, "designer-diff-csv-column", name = name.clone()) } else { t!(i, "designer-diff-csv-key", name = name.clone()) };
            lines.push(Line { key, what: if added { t!(i, "designer-diff-added") } else { t!(i, "designer-diff-removed") }, ..Line::default() });
        }
    };
    push(&csv.columns_added, "column", true);
    push(&csv.columns_removed, "column", false);
    push(&csv.keys_added, "key", true);
    push(&csv.keys_removed, "key", false);
    lines
}

/// The whole diff as sections of rows, in the member of staff's language.
pub(super) fn sections(i: &I18n, old: &Draft, new: &Draft, diff: &Diff) -> Vec<Section> {
    let details = Block { heading: None, lines: diff.details.iter().map(|s| setting_line(i, None, s)).collect() };
    // Questions added or removed in one list; each changed question under its own heading.
    let mut questions = vec![Block::default()];
    for q in &diff.questions {
        if q.change == Presence::Changed {
            questions.push(Block { heading: Some(t!(i, "designer-diff-question", label = q.label.clone())), lines: question_lines(i, old, new, q, None) });
        } else {
            questions[0].lines.extend(question_lines(i, old, new, q, None));
        }
    }
    let exits = Block {
        heading: None,
        lines: diff
            .exits
            .iter()
            .flat_map(|e| {
                let thing = t!(i, "designer-diff-exit", title = e.title.clone());
                let mut lines = Vec::new();
                if e.change != Presence::Changed {
                    lines.push(Line { key: thing.clone(), what: presence(i, e.change, None), ..Line::default() });
                }
                lines.extend(e.settings.iter().map(|s| setting_line(i, Some(&thing), s)));
                lines
            })
            .collect(),
    };
    let mut texts: Vec<Block> = Vec::new();
    for text in &diff.texts {
        let language = i.languages().iter().find(|l| l.code == text.lang).map_or(text.lang.clone(), |l| l.name.clone());
        if texts.last().is_none_or(|b| b.heading.as_deref() != Some(language.as_str())) {
            texts.push(Block { heading: Some(language), lines: Vec::new() });
        }
        let what = match (&text.old, &text.new) {
            (None, _) => t!(i, "designer-diff-added"),
            (_, None) => t!(i, "designer-diff-removed"),
            _ => t!(i, "designer-diff-changed"),
        };
        if let Some(block) = texts.last_mut() {
            block.lines.push(Line { key: text.id.clone(), what, old: text.old.clone(), new: text.new.clone(), lang: Some(text.lang.clone()) });
        }
    }
    let schema = Block { heading: None, lines: diff.schema.iter().map(|c| schema_line(i, c)).collect() };
    let csv = Block { heading: None, lines: csv_lines(i, &diff.csv) };
    let section = |heading: &str, blocks: Vec<Block>, none: Option<&str>| Section { heading: i.t(heading), blocks, none: none.map(|n| i.t(n)) };
    vec![
        section("designer-diff-details", vec![details], None),
        section("designer-diff-questions", questions, None),
        section("designer-diff-exits", vec![exits], None),
        section("designer-diff-texts", texts, None),
        // A receiving system's view: always said, even when nothing changes.
        section("designer-diff-schema", vec![schema], Some("designer-diff-schema-same")),
        section("designer-diff-csv", vec![csv], Some("designer-diff-csv-same")),
    ]
    .into_iter()
    .filter(|s| s.none.is_some() || s.blocks.iter().any(|b| !b.lines.is_empty()))
    .collect()
}

fn heading(level: u8, text: String) -> AnyView {
    match level {
        2 => view! { <h2 class="heading-m">{text}</h2> }.into_any(),
        3 => view! { <h3 class="heading-s">{text}</h3> }.into_any(),
        _ => view! { <h4 class="heading-s">{text}</h4> }.into_any(),
    }
}

/// The diff's sections, headed from level `level` (2 on its own page, 3 under a page's section).
#[component]
pub(super) fn DiffView(sections: Vec<Section>, level: u8) -> impl IntoView {
    let i = use_i18n();
    let (before, after) = (t!(i, "designer-diff-before"), t!(i, "designer-diff-after"));
    sections
        .into_iter()
        .map(|section| {
            let empty = section.blocks.iter().all(|b| b.lines.is_empty());
            let blocks = section
                .blocks
                .into_iter()
                .filter(|b| !b.lines.is_empty())
                .map(|block| {
                    let rows = block
                        .lines
                        .into_iter()
                        .map(|line| {
                            let lang = line.lang.clone();
                            // A text in another language keeps its own direction (Arabic in an English page).
                            let dir = lang.as_ref().map(|_| "auto");
                            view! {
                                <div class="summary-list__row summary-list__row--no-actions">
                                    <dt class="summary-list__key">{line.key}</dt>
                                    <dd class="summary-list__value">
                                        <p><strong>{line.what}</strong></p>
                                        {line.old.map(|old| view! { <p>{before.clone()} " " <del lang=lang.clone() dir=dir>{old}</del></p> })}
                                        {line.new.map(|new| view! { <p>{after.clone()} " " <ins lang=lang.clone() dir=dir>{new}</ins></p> })}
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        {block.heading.map(|h| heading(level + 1, h))}
                        <dl class="summary-list diff">{rows}</dl>
                    }
                })
                .collect_view();
            view! {
                {heading(level, section.heading)}
                {empty.then(|| section.none.map(|n| view! { <p class="body">{n}</p> }))}
                {blocks}
            }
        })
        .collect_view()
}

#[derive(Deserialize)]
pub(in crate::designer) struct Versions {
    from: Option<String>,
    to: Option<String>,
}

/// A version of the service by number, `live` or `draft`.
async fn version(ctx: &Ctx, service: &str, which: &str) -> Result<versions::Version, AppError> {
    let found = match which {
        "draft" => versions::draft(&ctx.state.db, service).await,
        "live" => versions::get(&ctx.state.db, service, None).await,
        number => match number.parse::<u32>() {
            Ok(n) => versions::get(&ctx.state.db, service, Some(n)).await,
            Err(_) => return Err(AppError::NotFound),
        },
    };
    found.map_err(AppError::internal)?.ok_or(AppError::NotFound)
}

pub(in crate::designer) async fn page(ctx: Ctx, Path(id): Path<String>, Query(chosen): Query<Versions>) -> PageResult {
    let user = designer(&ctx).await?;
    let all: Vec<versions::Version> = versions::all(&ctx.state.db).await.map_err(AppError::internal)?.into_iter().filter(|v| v.service == id).collect();
    // The service's team is its newest version's, as on its own page.
    let newest = all.iter().find(|v| v.state == versions::State::Draft).or_else(|| all.iter().find(|v| v.state == versions::State::Live)).or(all.last()).ok_or(AppError::NotFound)?;
    let current = Draft::from_files(&newest.files).map_err(AppError::internal)?;
    if !user.can_see(&current.definition.team) {
        return Err(AppError::NotFound);
    }
    let to = version(&ctx, &id, chosen.to.as_deref().filter(|t| !t.is_empty()).unwrap_or(&newest.version.to_string())).await?;
    let from_default = match all.iter().find(|v| v.state == versions::State::Live) {
        Some(live) if live.version != to.version => live.version,
        _ => to.version.saturating_sub(1).max(1),
    };
    let from = version(&ctx, &id, chosen.from.as_deref().filter(|f| !f.is_empty()).unwrap_or(&from_default.to_string())).await?;
    let (old, new) = (Draft::from_files(&from.files).map_err(AppError::internal)?, Draft::from_files(&to.files).map_err(AppError::internal)?);
    let diff = Diff::between(&old, &new, &ctx.state.config.public_url);
    let empty = diff.is_empty();
    let sections = sections(&ctx.i18n, &old, &new, &diff);
    let service = name(&current);
    let choices: Vec<(u32, &'static str)> = all.iter().map(|v| (v.version, v.state.as_str())).collect();
    let (from_n, to_n) = (from.version, to.version);
    let title = t!(ctx.i18n, "designer-diff-page-title", from = from_n, to = to_n, service = service.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let options = |selected: u32| {
            choices
                .iter()
                .map(|(n, state)| {
                    // l10n: uses designer-state-*
                    let label = format!("{} {}", t!(i, "designer-version-link", version = *n), i.t(&format!("designer-state-{state}")));
                    view! { <option value=n.to_string() selected=*n == selected>{label}</option> }
                })
                .collect_view()
        };
        view! {
            <a class="back-link" href=format!("/staff/designer/{id}")>{t!(i, "back-link")}</a>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-diff-heading", from = from_n, to = to_n)}</h1>
            <form method="get" action=format!("/staff/designer/{id}/diff")>
                <div class="form-group">
                    <label class="label" for="from">{t!(i, "designer-diff-from")}</label>
                    <select class="select" id="from" name="from">{options(from_n)}</select>
                </div>
                <div class="form-group">
                    <label class="label" for="to">{t!(i, "designer-diff-to")}</label>
                    <select class="select" id="to" name="to">{options(to_n)}</select>
                </div>
                <Button label=t!(i, "designer-diff-compare") secondary=true/>
            </form>
            {if empty {
                view! { <p class="body">{t!(i, "designer-diff-nothing")}</p> }.into_any()
            } else {
                view! { <DiffView sections=sections level=2/> }.into_any()
            }}
        }
    }))
}
