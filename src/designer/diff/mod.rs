//! What changes between two versions of a service (or a version and the draft): the service's
//! details, the questions (added, removed, changed, moved, by their stable ids), each question's
//! settings, options, fields and routes, the exit pages, the texts in every language, and what a
//! receiving system sees change: the submission's JSON Schema and the CSV export's columns.
//!
//! Pure: it compares two [`Draft`]s as data and says what differs as data. The page
//! (`pages::diff`) puts it in words; the approval page shows the same diff, so the person who
//! approves reads exactly what goes live.
//!
//! Values are kept as the designer wrote them (English words, numbers, ids) or as a message id the
//! page translates ([`Value::Message`]), so the diff reads in the member of staff's language.

mod json;
mod questions;

pub use json::{answer_keys, csv_columns, CsvDiff, SchemaChange, SchemaKind, TextDiff};
pub use questions::{OptionDiff, QuestionDiff, RouteChange, RouteDiff};

use super::draft::Draft;
use crate::{i18n::SOURCE_LANGUAGE, services::model::SignIn};
use std::collections::BTreeSet;

/// What happened to a question, an option or an exit page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Added,
    Removed,
    /// In both versions, with something about it changed (or only moved).
    Changed,
}

/// A setting's value as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Not set.
    None,
    /// Shown as it is: the designer's English words, a number, an id, a period.
    Text(String),
    /// A Fluent message id the page translates ("designer-yes", "designer-kind-radios").
    Message(&'static str),
    /// Several messages, listed ("Monday, Friday").
    Messages(Vec<&'static str>),
}

/// A setting that differs: the message id that names it, its value before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub old: Value,
    pub new: Value,
}

/// Pushes a setting when its values differ.
pub(crate) fn compare(out: &mut Vec<Setting>, name: &'static str, old: Value, new: Value) {
    if old != new {
        out.push(Setting { name, old, new });
    }
}

/// An exit page added, removed or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitDiff {
    pub id: String,
    /// Its English title (the new one, or the old one when removed).
    pub title: String,
    pub change: Presence,
    pub settings: Vec<Setting>,
}

/// Everything that differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff {
    pub details: Vec<Setting>,
    pub questions: Vec<QuestionDiff>,
    pub exits: Vec<ExitDiff>,
    pub texts: Vec<TextDiff>,
    pub schema: Vec<SchemaChange>,
    pub csv: CsvDiff,
}

impl Diff {
    /// `old` and `new` compared; `public_url` makes the schemas as the service publishes them.
    pub fn between(old: &Draft, new: &Draft, public_url: &str) -> Self {
        Self {
            details: details(old, new),
            questions: questions::compare_questions(old, new, &old.definition.questions, &new.definition.questions),
            exits: exits(old, new),
            texts: json::texts(old, new),
            schema: json::schema(old, new, public_url),
            csv: json::csv(old, new),
        }
    }

    /// Nothing differs.
    pub fn is_empty(&self) -> bool {
        self.details.is_empty() && self.questions.is_empty() && self.exits.is_empty() && self.texts.is_empty() && self.schema.is_empty() && self.csv.is_empty()
    }
}

/// The English words of message `id`, as a value.
pub(crate) fn words(draft: &Draft, id: &str) -> Value {
    Value::Text(draft.text(SOURCE_LANGUAGE, id))
}

/// The English words of an optional message, as a value.
pub(crate) fn maybe_words(draft: &Draft, id: Option<&String>) -> Value {
    id.map_or(Value::None, |id| words(draft, id))
}

/// Paragraphs (a list of messages) as their English words, one blank line between.
fn paragraphs(draft: &Draft, ids: &[String]) -> Value {
    if ids.is_empty() {
        Value::None
    } else {
        Value::Text(draft.paragraphs(ids))
    }
}

fn sign_in(sign_in: SignIn) -> Value {
    Value::Message(match sign_in {
        SignIn::Required => "designer-sign-in-required",
        SignIn::GuestsAllowed => "designer-sign-in-guests",
    })
}

/// The service's own settings: its name, summary, who may apply, team, target, retention, texts
/// around the questions.
fn details(old: &Draft, new: &Draft) -> Vec<Setting> {
    let (a, b) = (&old.definition, &new.definition);
    let mut out = Vec::new();
    compare(&mut out, "designer-diff-title", words(old, &a.title), words(new, &b.title));
    compare(&mut out, "designer-diff-summary", words(old, &a.summary), words(new, &b.summary));
    compare(&mut out, "designer-diff-before-you-start", paragraphs(old, &a.before_you_start), paragraphs(new, &b.before_you_start));
    compare(&mut out, "designer-diff-sign-in", sign_in(a.sign_in), sign_in(b.sign_in));
    let level = |l: Option<crate::identity::level::Level>| l.map_or(Value::None, |l| Value::Text(l.as_str().to_owned()));
    compare(&mut out, "designer-diff-minimum-level", level(a.minimum_level), level(b.minimum_level));
    compare(&mut out, "designer-diff-team", Value::Text(a.team.clone()), Value::Text(b.team.clone()));
    compare(&mut out, "designer-diff-target-days", Value::Text(a.target_working_days.to_string()), Value::Text(b.target_working_days.to_string()));
    let period = |p: &Option<crate::retention::period::Period>| p.as_ref().map_or(Value::None, |p| Value::Text(p.to_string()));
    compare(&mut out, "designer-diff-retention", period(&a.retention), period(&b.retention));
    compare(&mut out, "designer-diff-declaration", words(old, &a.declaration), words(new, &b.declaration));
    compare(&mut out, "designer-diff-what-happens-next", paragraphs(old, &a.what_happens_next), paragraphs(new, &b.what_happens_next));
    out
}

fn exits(old: &Draft, new: &Draft) -> Vec<ExitDiff> {
    let mut out = Vec::new();
    for exit in &new.definition.exits {
        let title = new.text(SOURCE_LANGUAGE, &exit.title);
        match old.definition.exit(&exit.id) {
            None => out.push(ExitDiff { id: exit.id.clone(), title, change: Presence::Added, settings: Vec::new() }),
            Some(before) => {
                let mut settings = Vec::new();
                compare(&mut settings, "designer-diff-exit-title", words(old, &before.title), words(new, &exit.title));
                compare(&mut settings, "designer-diff-exit-body", paragraphs(old, &before.body), paragraphs(new, &exit.body));
                if !settings.is_empty() {
                    out.push(ExitDiff { id: exit.id.clone(), title, change: Presence::Changed, settings });
                }
            }
        }
    }
    for exit in old.definition.exits.iter().filter(|e| new.definition.exit(&e.id).is_none()) {
        out.push(ExitDiff { id: exit.id.clone(), title: old.text(SOURCE_LANGUAGE, &exit.title), change: Presence::Removed, settings: Vec::new() });
    }
    out
}

/// The keys that keep their order: a longest common subsequence of two lists of ids. A key in
/// both lists but not in it has moved (so adding a question at the top moves nothing).
pub(crate) fn kept_in_order(old: &[&str], new: &[&str]) -> BTreeSet<String> {
    lcs_pairs(old, new).into_iter().map(|(i, _)| old[i].to_owned()).collect()
}

/// The index pairs of a longest common subsequence (the lists may repeat an element).
pub(crate) fn lcs_pairs(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if a[i] == b[j] { table[i + 1][j + 1] + 1 } else { table[i + 1][j].max(table[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests;
