//! Questions compared by their stable ids: added, removed, moved, and for a question in both its
//! settings (type and the type's settings, required, hint, profile binding), its options (by
//! value: added, removed, changed, reordered), its add-another fields (compared the same way) and
//! its routes (in order, since the first that holds wins).

use super::{compare, kept_in_order, lcs_pairs, maybe_words, words, Presence, Setting, Value};
use crate::{
    designer::draft::{kind_name, Draft},
    i18n::SOURCE_LANGUAGE,
    services::model::{Choice, DateRule, Kind, Question, Route},
};

/// A question added, removed, moved or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionDiff {
    pub id: String,
    /// Its English words (the new ones, or the old ones when removed).
    pub label: String,
    pub change: Presence,
    /// Its place before and after (from 1), when it moved among the questions kept in both.
    pub moved: Option<(usize, usize)>,
    pub settings: Vec<Setting>,
    pub options: Vec<OptionDiff>,
    /// An add-another question's fields.
    pub fields: Vec<QuestionDiff>,
    pub routes: Vec<RouteDiff>,
}

/// An option added, removed, moved or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionDiff {
    pub value: String,
    pub label: String,
    pub change: Presence,
    pub moved: Option<(usize, usize)>,
    pub settings: Vec<Setting>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteChange {
    Added,
    Removed,
    /// The same destination, another condition (or the same condition, another destination).
    Changed,
    /// The same route at another place in the order.
    Moved,
}

/// A route that differs; `old` and `new` are its place (from 1) and the route in each version.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteDiff {
    pub change: RouteChange,
    pub old: Option<(usize, Route)>,
    pub new: Option<(usize, Route)>,
}

// Routes hold no floats, so equality is total.
impl Eq for RouteDiff {}

/// Compares two lists of questions (a service's, or an add-another question's fields).
pub(crate) fn compare_questions(old: &Draft, new: &Draft, before: &[Question], after: &[Question]) -> Vec<QuestionDiff> {
    let ids = |qs: &[Question]| qs.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    let (before_ids, after_ids) = (ids(before), ids(after));
    let kept = kept_in_order(&in_both(&before_ids, &after_ids), &in_both(&after_ids, &before_ids));
    let mut out = Vec::new();
    for (at, question) in after.iter().enumerate() {
        let label = new.text(SOURCE_LANGUAGE, &question.label);
        let Some(was) = before.iter().position(|q| q.id == question.id) else {
            out.push(QuestionDiff { id: question.id.clone(), label, change: Presence::Added, moved: None, settings: Vec::new(), options: Vec::new(), fields: Vec::new(), routes: Vec::new() });
            continue;
        };
        let previous = &before[was];
        let moved = (!kept.contains(&question.id)).then_some((was + 1, at + 1));
        let settings = settings(old, new, previous, question);
        let options = compare_options(old, new, options_of(&previous.kind), options_of(&question.kind));
        let fields = match (&previous.kind, &question.kind) {
            (Kind::Repeat { fields: a, .. }, Kind::Repeat { fields: b, .. }) => compare_questions(old, new, a, b),
            _ => Vec::new(),
        };
        let routes = compare_routes(&previous.next, &question.next);
        if moved.is_some() || !settings.is_empty() || !options.is_empty() || !fields.is_empty() || !routes.is_empty() {
            out.push(QuestionDiff { id: question.id.clone(), label, change: Presence::Changed, moved, settings, options, fields, routes });
        }
    }
    for question in before.iter().filter(|q| !after_ids.contains(&q.id)) {
        let label = old.text(SOURCE_LANGUAGE, &question.label);
        out.push(QuestionDiff { id: question.id.clone(), label, change: Presence::Removed, moved: None, settings: Vec::new(), options: Vec::new(), fields: Vec::new(), routes: Vec::new() });
    }
    out
}

/// The ids of `list` that `other` has too, in `list`'s order.
fn in_both<'a>(list: &'a [String], other: &[String]) -> Vec<&'a str> {
    list.iter().filter(|id| other.contains(id)).map(String::as_str).collect()
}

fn yes_no(value: bool) -> Value {
    Value::Message(if value { "designer-yes" } else { "designer-no" })
}

fn settings(old: &Draft, new: &Draft, a: &Question, b: &Question) -> Vec<Setting> {
    let mut out = Vec::new();
    compare(&mut out, "designer-diff-label", words(old, &a.label), words(new, &b.label));
    compare(&mut out, "designer-diff-kind", Value::Message(kind_message(&a.kind)), Value::Message(kind_message(&b.kind)));
    compare(&mut out, "designer-diff-required", yes_no(a.required), yes_no(b.required));
    compare(&mut out, "designer-diff-hint", maybe_words(old, a.hint.as_ref()), maybe_words(new, b.hint.as_ref()));
    compare(&mut out, "designer-diff-summary-label", maybe_words(old, a.summary_label.as_ref()), maybe_words(new, b.summary_label.as_ref()));
    compare(&mut out, "designer-diff-profile", profile(a.profile.as_deref()), profile(b.profile.as_deref()));
    // The type's own settings, by name: a setting only one type has is "not set" in the other.
    let (before, after) = (kind_settings(old, &a.kind), kind_settings(new, &b.kind));
    let mut names: Vec<&'static str> = before.iter().map(|(n, _)| *n).collect();
    names.extend(after.iter().map(|(n, _)| *n).filter(|n| !before.iter().any(|(m, _)| m == n)));
    let value = |list: &[(&'static str, Value)], name: &str| list.iter().find(|(n, _)| *n == name).map_or(Value::None, |(_, v)| v.clone());
    for name in names {
        compare(&mut out, name, value(&before, name), value(&after, name));
    }
    out
}

/// The message that names a type of answer.
fn kind_message(kind: &Kind) -> &'static str {
    match kind_name(kind) {
        "text" => "designer-kind-text",
        "long_text" => "designer-kind-long-text",
        "whole_number" => "designer-kind-whole-number",
        "money" => "designer-kind-money",
        "email" => "designer-kind-email",
        "phone" => "designer-kind-phone",
        "date" => "designer-kind-date",
        "radios" => "designer-kind-radios",
        "checkboxes" => "designer-kind-checkboxes",
        "select" => "designer-kind-select",
        "yes_no" => "designer-kind-yes-no",
        "address" => "designer-kind-address",
        "file" => "designer-kind-file",
        "next_dates" => "designer-kind-next-dates",
        _ => "designer-kind-repeat",
    }
}

fn profile(field: Option<&str>) -> Value {
    match field {
        None => Value::None,
        Some("date_of_birth") => Value::Message("designer-profile-date-of-birth"),
        Some("address") => Value::Message("designer-profile-address"),
        Some("phone") => Value::Message("designer-profile-phone"),
        Some("email") => Value::Message("designer-profile-email"),
        Some("contact_preference") => Value::Message("designer-profile-contact-preference"),
        Some(other) => Value::Text(other.to_owned()),
    }
}

fn autocomplete(token: Option<&str>) -> Value {
    match token {
        None => Value::None,
        Some("name") => Value::Message("designer-autofill-name"),
        Some("given-name") => Value::Message("designer-autofill-given-name"),
        Some("family-name") => Value::Message("designer-autofill-family-name"),
        Some("organization") => Value::Message("designer-autofill-organization"),
        Some("postal-code") => Value::Message("designer-autofill-postal-code"),
        Some(other) => Value::Text(other.to_owned()),
    }
}

fn width(width: Option<u8>) -> Value {
    Value::Message(match width {
        None => "designer-width-full",
        Some(2) => "designer-width-2",
        Some(4) => "designer-width-4",
        Some(10) => "designer-width-10",
        Some(20) => "designer-width-20",
        Some(30) => "designer-width-30",
        Some(other) => return Value::Text(other.to_string()),
    })
}

fn day(name: &str) -> &'static str {
    match name {
        "monday" => "designer-day-monday",
        "tuesday" => "designer-day-tuesday",
        "wednesday" => "designer-day-wednesday",
        "thursday" => "designer-day-thursday",
        "friday" => "designer-day-friday",
        "saturday" => "designer-day-saturday",
        _ => "designer-day-sunday",
    }
}

fn number<T: ToString>(n: Option<T>) -> Value {
    n.map_or(Value::None, |n| Value::Text(n.to_string()))
}

/// Pence as pounds, as the designer typed them.
fn pounds(pence: Option<i64>) -> Value {
    pence.map_or(Value::None, |p| Value::Text(format!("£{}.{:02}", p / 100, (p % 100).abs())))
}

/// A type's own settings, each by the message that names it.
fn kind_settings(draft: &Draft, kind: &Kind) -> Vec<(&'static str, Value)> {
    match kind {
        Kind::Text { autocomplete: token, max_length, width: w } => {
            vec![("designer-diff-autocomplete", autocomplete(token.as_deref())), ("designer-diff-max-length", number(Some(max_length))), ("designer-diff-width", width(*w))]
        }
        Kind::LongText { max_length } => vec![("designer-diff-max-length", number(Some(max_length)))],
        Kind::WholeNumber { min, max } => vec![("designer-diff-min", number(*min)), ("designer-diff-max", number(*max))],
        Kind::Money { min_pence, max_pence } => vec![("designer-diff-min", pounds(*min_pence)), ("designer-diff-max", pounds(*max_pence))],
        Kind::Date { rule } => vec![(
            "designer-diff-date-rule",
            Value::Message(match rule {
                DateRule::Any => "designer-date-any",
                DateRule::Past => "designer-date-past",
                DateRule::Future => "designer-date-future",
            }),
        )],
        Kind::Checkboxes { exclusive, .. } => vec![("designer-diff-exclusive", exclusive.as_ref().map_or(Value::None, |e| words(draft, &e.label)))],
        Kind::File { max_bytes } => vec![("designer-diff-max-size", Value::Text(format!("{} MB", max_bytes / (1024 * 1024))))],
        Kind::NextDates { weekdays, count, lead_days } => vec![
            ("designer-diff-weekdays", Value::Messages(weekdays.iter().map(|d| day(d)).collect())),
            ("designer-diff-count", number(Some(count))),
            ("designer-diff-lead-days", number(Some(lead_days))),
        ],
        Kind::Repeat { item_label, summary_heading, add_another, max_items, .. } => vec![
            ("designer-diff-item-label", words(draft, item_label)),
            ("designer-diff-summary-heading", words(draft, summary_heading)),
            ("designer-diff-add-another", words(draft, add_another)),
            ("designer-diff-max-items", number(Some(max_items))),
        ],
        Kind::Radios { .. } | Kind::Select { .. } | Kind::Email | Kind::Phone | Kind::YesNo | Kind::Address => Vec::new(),
    }
}

fn options_of(kind: &Kind) -> &[Choice] {
    match kind {
        Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options,
        _ => &[],
    }
}

fn compare_options(old: &Draft, new: &Draft, before: &[Choice], after: &[Choice]) -> Vec<OptionDiff> {
    let values = |os: &[Choice]| os.iter().map(|o| o.value.clone()).collect::<Vec<_>>();
    let (a, b) = (values(before), values(after));
    let kept = kept_in_order(&in_both(&a, &b), &in_both(&b, &a));
    let mut out = Vec::new();
    for (at, option) in after.iter().enumerate() {
        let label = new.text(SOURCE_LANGUAGE, &option.label);
        let Some(was) = before.iter().position(|o| o.value == option.value) else {
            out.push(OptionDiff { value: option.value.clone(), label, change: Presence::Added, moved: None, settings: Vec::new() });
            continue;
        };
        let previous = &before[was];
        let moved = (!kept.contains(&option.value)).then_some((was + 1, at + 1));
        let mut settings = Vec::new();
        compare(&mut settings, "designer-diff-option-label", words(old, &previous.label), words(new, &option.label));
        compare(&mut settings, "designer-diff-option-hint", maybe_words(old, previous.hint.as_ref()), maybe_words(new, option.hint.as_ref()));
        compare(&mut settings, "designer-diff-divider", yes_no(previous.divider_before), yes_no(option.divider_before));
        let follow_up = |d: &Draft, c: &Choice| c.follow_up.as_ref().map_or(Value::None, |q| words(d, &q.label));
        compare(&mut settings, "designer-diff-follow-up", follow_up(old, previous), follow_up(new, option));
        if let (Some(a), Some(b)) = (&previous.follow_up, &option.follow_up) {
            compare(&mut settings, "designer-diff-follow-up-kind", Value::Message(kind_message(&a.kind)), Value::Message(kind_message(&b.kind)));
        }
        if moved.is_some() || !settings.is_empty() {
            out.push(OptionDiff { value: option.value.clone(), label, change: Presence::Changed, moved, settings });
        }
    }
    for option in before.iter().filter(|o| !after.iter().any(|p| p.value == o.value)) {
        out.push(OptionDiff { value: option.value.clone(), label: old.text(SOURCE_LANGUAGE, &option.label), change: Presence::Removed, moved: None, settings: Vec::new() });
    }
    out
}

/// Routes compared in order. Routes have no ids: the ones equal in both and in the same order are
/// unchanged; of the rest, an equal pair has moved, a pair with the same destination has changed
/// its condition (or the same condition its destination), and the others were added or removed.
pub(crate) fn compare_routes(before: &[Route], after: &[Route]) -> Vec<RouteDiff> {
    // Equal routes as keys for the common order: their TOML, which is canonical.
    let key = |r: &Route| toml::to_string(r).unwrap_or_default();
    let (a, b): (Vec<String>, Vec<String>) = (before.iter().map(key).collect(), after.iter().map(key).collect());
    let (a_refs, b_refs): (Vec<&str>, Vec<&str>) = (a.iter().map(String::as_str).collect(), b.iter().map(String::as_str).collect());
    let common = lcs_pairs(&a_refs, &b_refs);
    let mut old_left: Vec<usize> = (0..before.len()).filter(|i| !common.iter().any(|(x, _)| x == i)).collect();
    let mut new_left: Vec<usize> = (0..after.len()).filter(|j| !common.iter().any(|(_, y)| y == j)).collect();
    let mut out = Vec::new();
    let pair = |out: &mut Vec<RouteDiff>, old_left: &mut Vec<usize>, new_left: &mut Vec<usize>, same: &dyn Fn(&Route, &Route) -> bool, change: RouteChange| {
        let mut n = 0;
        while n < new_left.len() {
            let j = new_left[n];
            if let Some(m) = old_left.iter().position(|&i| same(&before[i], &after[j])) {
                let i = old_left.remove(m);
                new_left.remove(n);
                out.push(RouteDiff { change, old: Some((i + 1, before[i].clone())), new: Some((j + 1, after[j].clone())) });
            } else {
                n += 1;
            }
        }
    };
    pair(&mut out, &mut old_left, &mut new_left, &|x, y| x == y, RouteChange::Moved);
    pair(&mut out, &mut old_left, &mut new_left, &|x, y| x.go == y.go, RouteChange::Changed);
    pair(&mut out, &mut old_left, &mut new_left, &|x, y| x.when == y.when, RouteChange::Changed);
    out.extend(new_left.into_iter().map(|j| RouteDiff { change: RouteChange::Added, old: None, new: Some((j + 1, after[j].clone())) }));
    out.extend(old_left.into_iter().map(|i| RouteDiff { change: RouteChange::Removed, old: Some((i + 1, before[i].clone())), new: None }));
    out.sort_by_key(|d| (d.new.as_ref().or(d.old.as_ref()).map(|(n, _)| *n), d.new.is_none()));
    out
}
