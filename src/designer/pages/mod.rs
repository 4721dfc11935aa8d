//! The designer's pages, one file per page, and what they share: the problem summary whose links
//! go to the page that fixes each problem, a text area, and the service's name as a caption.

pub(super) mod details;
pub(super) mod edits;
pub(super) mod exits;
pub(super) mod forward;
pub(super) mod going_live;
pub(super) mod item_field;
pub(super) mod list;
pub(super) mod option;
pub(super) mod overview;
pub(super) mod preview;
pub(super) mod publish;
pub(super) mod question;
pub(super) mod questions;
pub(super) mod routes;
pub(super) mod settings;
pub(super) mod translations;
pub(super) mod map;
pub(super) mod map_svg;
pub(super) mod paths;
pub(super) mod diff;
pub(super) mod approval;
pub(super) mod teams;
pub(super) mod journeys;
pub(super) mod journeys_form;

use super::draft::Draft;
use crate::{
    i18n::{use_i18n, I18n, SOURCE_LANGUAGE},
    services::rules::Problem,
    ui::form::{described_by, group_class, ErrorMessage, FieldErrors},
};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// A form's fields by name (the last value of each), trimmed.
pub(super) fn field(fields: &[(String, String)], name: &str) -> String {
    fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).unwrap_or_default()
}

/// The service's English name, or its id before it has one.
pub(super) fn name(draft: &Draft) -> String {
    Some(draft.text(SOURCE_LANGUAGE, &draft.definition.title)).filter(|t| !t.is_empty()).unwrap_or_else(|| draft.definition.id.clone())
}

/// The page that fixes a problem at `place` (`title`, `questions[2].next[0].go`, …).
pub(super) fn fix_link(draft: &Draft, place: &str) -> String {
    let base = format!("/staff/designer/{}", draft.definition.id);
    if let Some(n) = number_in(place, "questions[") {
        if let Some(q) = draft.definition.questions.get(n) {
            let routes = if place.contains("].next[") { "/routes" } else { "" };
            return format!("{base}/questions/{}{routes}", q.id);
        }
    }
    if let Some(n) = number_in(place, "exits[") {
        if let Some(e) = draft.definition.exits.get(n) {
            return format!("{base}/exits/{}", e.id);
        }
    }
    match place.split(['[', '.']).next().unwrap_or_default() {
        "questions" => format!("{base}/questions"),
        "title" | "summary" | "declaration" | "before_you_start" | "what_happens_next" | "team" | "sign_in" => {
            format!("{base}/details#{}", place.split(['[', '.']).next().unwrap_or_default())
        }
        _ => base,
    }
}

fn number_in(place: &str, prefix: &str) -> Option<usize> {
    place.strip_prefix(prefix)?.split(']').next()?.parse().ok()
}

/// Where a problem is, as staff read it: "Question 3", "Service name".
fn place_label(i: &I18n, draft: &Draft, place: &str) -> String {
    if let Some(n) = number_in(place, "questions[") {
        let label = draft.definition.questions.get(n).map(|q| draft.text(SOURCE_LANGUAGE, &q.label)).unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("number", n + 1);
        args.set("label", label);
        return i.t_args("designer-place-question", &args);
    }
    if let Some(n) = number_in(place, "exits[") {
        let mut args = FluentArgs::new();
        args.set("number", n + 1);
        return i.t_args("designer-place-exit", &args);
    }
    // l10n: uses designer-place-*
    i.t(&format!("designer-place-{}", place.split(['[', '.']).next().unwrap_or_default().replace('_', "-")))
}

/// A problem in the member of staff's language: where, and what is wrong.
pub(super) fn describe(i: &I18n, draft: &Draft, problem: &Problem) -> String {
    let (id, values) = problem.kind.message();
    let mut args = FluentArgs::new();
    for (name, value) in values {
        args.set(name, value);
    }
    let mut outer = FluentArgs::new();
    outer.set("place", place_label(i, draft, &problem.place));
    outer.set("problem", i.t_args(id, &args));
    i.t_args("designer-problem", &outer)
}

/// A text about `place` (advice, a test journey's result), led by where it is, as problems are.
pub(super) fn describe_place(i: &I18n, draft: &Draft, place: &str, text: String) -> String {
    let mut args = FluentArgs::new();
    args.set("place", place_label(i, draft, place));
    args.set("problem", text);
    i.t_args("designer-problem", &args)
}

/// The GOV.UK error summary for a draft's problems; each links to the page that fixes it.
#[component]
pub(super) fn ProblemSummary(problems: Vec<(String, String)>, title: String) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems.into_iter().map(|(text, href)| view! { <li><a href=href>{text}</a></li> }).collect_view();
        view! {
            <div class="error-summary" tabindex="-1">
                <h2 class="error-summary__title">{title}</h2>
                <div class="error-summary__body"><ul class="list error-summary__list">{items}</ul></div>
            </div>
        }
    })
}

/// The problems of a draft, each as its text and the link that fixes it.
pub(super) fn problem_links(i: &I18n, draft: &Draft) -> Vec<(String, String)> {
    draft.problems().iter().map(|p| (describe(i, draft, p), fix_link(draft, &p.place))).collect()
}

/// A GOV.UK textarea with its label, hint and error wired for `aria-describedby`.
#[component]
pub(super) fn Textarea(
    #[prop(into)] id: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(default = 5)] rows: u8,
) -> impl IntoView {
    let error = errors.get(&id).map(str::to_owned);
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let class = if error.is_some() { "textarea textarea--error" } else { "textarea" };
    let group = group_class(error.is_some());
    // As markup: a <textarea> holds only text, and the renderer's markers would show inside it.
    let text = crate::ui::shell::escape_text(&value);
    view! {
        <div class=group>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
            <textarea class=class id=id.clone() name=id.clone() rows=rows.to_string() aria-describedby=describedby
                aria-invalid=errors.get(&id).map(|_| "true") inner_html=text></textarea>
        </div>
    }
}

/// Move up, Move down and Remove for row `n` of `count` in a summary list: real buttons of the
/// list's form, posting `action=up:KEY` (and `down:`, `remove:`). `hidden` says which row, for
/// screen readers.
pub(super) fn reorder_buttons(key: &str, n: usize, count: usize, hidden: &str) -> impl IntoView {
    let i = use_i18n();
    let button = |action: String, text: String| {
        let hidden = hidden.to_owned();
        view! {
            <li class="summary-list__actions-list-item">
                <button type="submit" class="link-button link" name="action" value=action>
                    {text} <span class="visually-hidden">" " {hidden}</span>
                </button>
            </li>
        }
    };
    view! {
        {(n > 0).then(|| button(format!("up:{key}"), i.t("designer-move-up")))}
        {(n + 1 < count).then(|| button(format!("down:{key}"), i.t("designer-move-down")))}
        {button(format!("remove:{key}"), i.t("designer-remove"))}
    }
}

/// The caption above a designer page's heading: the service's name; above it, who else edited
/// the draft in the last minutes, if anyone did.
#[component]
pub(super) fn Caption(text: String) -> impl IntoView {
    view! { <edits::EditorsBanner/> <span class="caption-l">{text}</span> }
}
