//! The parts of a diff that are not the designer's own structure: the words of every message in
//! every language, and what a receiving system sees: the submission's JSON Schema (the two
//! schemas compared as JSON, key by key) and the columns of the CSV export.

use crate::{
    api::model::ExportRow,
    designer::draft::Draft,
    services::{
        model::{Definition, Kind},
        schema::schema as schema_of,
        texts,
    },
};
use serde_json::Value as Json;
use std::collections::BTreeSet;

/// A message whose words differ in one language: added (no `old`), removed (no `new`) or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextDiff {
    pub lang: String,
    pub id: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Every message added, removed or changed, language by language (English first), in the new
/// file's order and then the removed ones.
pub(super) fn texts(old: &Draft, new: &Draft) -> Vec<TextDiff> {
    let mut languages: Vec<&String> = old.texts.keys().chain(new.texts.keys()).collect::<BTreeSet<_>>().into_iter().collect();
    languages.sort_by_key(|l| (l.as_str() != crate::i18n::SOURCE_LANGUAGE, l.as_str()));
    let mut out = Vec::new();
    for lang in languages {
        let (a, b) = (old.texts.get(lang).map(String::as_str).unwrap_or(""), new.texts.get(lang).map(String::as_str).unwrap_or(""));
        let mut ids = texts::ids(b);
        ids.extend(texts::ids(a).into_iter().filter(|id| texts::value(b, id).is_none()));
        for id in ids {
            let (before, after) = (texts::value(a, &id), texts::value(b, &id));
            if before != after {
                out.push(TextDiff { lang: lang.clone(), id, old: before, new: after });
            }
        }
    }
    out
}

/// What differs at one place of the schema (`path` is a JSON Pointer, `/properties/where/enum`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaChange {
    pub path: String,
    pub kind: SchemaKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaKind {
    /// A key that only the new schema has, with its value as JSON.
    Added(String),
    Removed(String),
    /// A value replaced: before and after, as JSON.
    Changed(String, String),
    /// A list of plain values (`enum`, `required`, `type`) that gained or lost some.
    Values { added: Vec<String>, removed: Vec<String> },
}

/// The keys that follow the version number and so always differ: not a change of shape.
const VERSION_KEYS: [&str; 3] = ["$id", "description", "x-portico-version"];

pub(super) fn schema(old: &Draft, new: &Draft, public_url: &str) -> Vec<SchemaChange> {
    let (mut a, mut b) = (schema_of(&old.definition, public_url), schema_of(&new.definition, public_url));
    for key in VERSION_KEYS {
        a.as_object_mut().map(|o| o.remove(key));
        b.as_object_mut().map(|o| o.remove(key));
    }
    let mut out = Vec::new();
    compare_json("", &a, &b, &mut out);
    out
}

/// A JSON Pointer's segment (`~` and `/` escaped, RFC 6901).
fn segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn plain(value: &Json) -> Option<String> {
    match value {
        Json::String(s) => Some(s.clone()),
        Json::Number(_) | Json::Bool(_) | Json::Null => Some(value.to_string()),
        _ => None,
    }
}

/// Two JSON values compared: objects key by key, lists of plain values as sets, anything else whole.
pub fn compare_json(path: &str, a: &Json, b: &Json, out: &mut Vec<SchemaChange>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Json::Object(x), Json::Object(y)) => {
            for (key, value) in y {
                let at = format!("{path}/{}", segment(key));
                match x.get(key) {
                    None => out.push(SchemaChange { path: at, kind: SchemaKind::Added(value.to_string()) }),
                    Some(before) => compare_json(&at, before, value, out),
                }
            }
            for (key, value) in x.iter().filter(|(k, _)| !y.contains_key(*k)) {
                out.push(SchemaChange { path: format!("{path}/{}", segment(key)), kind: SchemaKind::Removed(value.to_string()) });
            }
        }
        (Json::Array(x), Json::Array(y)) if x.iter().chain(y).all(|v| plain(v).is_some()) => {
            let (x, y): (Vec<String>, Vec<String>) = (x.iter().filter_map(plain).collect(), y.iter().filter_map(plain).collect());
            let added: Vec<String> = y.iter().filter(|v| !x.contains(v)).cloned().collect();
            let removed: Vec<String> = x.iter().filter(|v| !y.contains(v)).cloned().collect();
            if added.is_empty() && removed.is_empty() {
                // Only the order differs.
                out.push(SchemaChange { path: path.to_owned(), kind: SchemaKind::Changed(Json::from(x).to_string(), Json::from(y).to_string()) });
            } else {
                out.push(SchemaChange { path: path.to_owned(), kind: SchemaKind::Values { added, removed } });
            }
        }
        _ => out.push(SchemaChange { path: path.to_owned(), kind: SchemaKind::Changed(a.to_string(), b.to_string()) }),
    }
}

/// The header row of a service's CSV export (`api::export`, `portico export requests`): today
/// the same for every service ([`ExportRow::COLUMNS`]), with the answers in one JSON cell.
pub fn csv_columns(_definition: &Definition) -> Vec<String> {
    ExportRow::COLUMNS.iter().map(|c| (*c).to_owned()).collect()
}

/// The keys inside the export's `answers` cell: each question's id, each follow-up's, and each
/// add-another field as `{question}[].{field}` (the answer is a list of items).
pub fn answer_keys(definition: &Definition) -> Vec<String> {
    let mut keys = Vec::new();
    for question in &definition.questions {
        keys.push(question.id.clone());
        match &question.kind {
            Kind::Radios { options } => keys.extend(options.iter().filter_map(|o| o.follow_up.as_ref()).map(|f| f.id.clone())),
            Kind::Repeat { fields, .. } => keys.extend(fields.iter().map(|f| format!("{}[].{}", question.id, f.id))),
            _ => {}
        }
    }
    keys
}

/// What changes for someone who reads the CSV export: its header row, and the keys in its
/// `answers` cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvDiff {
    pub columns_added: Vec<String>,
    pub columns_removed: Vec<String>,
    pub keys_added: Vec<String>,
    pub keys_removed: Vec<String>,
}

impl CsvDiff {
    pub fn is_empty(&self) -> bool {
        self.columns_added.is_empty() && self.columns_removed.is_empty() && self.keys_added.is_empty() && self.keys_removed.is_empty()
    }
}

pub(super) fn csv(old: &Draft, new: &Draft) -> CsvDiff {
    let gained = |a: &[String], b: &[String]| b.iter().filter(|k| !a.contains(k)).cloned().collect::<Vec<_>>();
    let (a, b) = (csv_columns(&old.definition), csv_columns(&new.definition));
    let (x, y) = (answer_keys(&old.definition), answer_keys(&new.definition));
    CsvDiff { columns_added: gained(&a, &b), columns_removed: gained(&b, &a), keys_added: gained(&x, &y), keys_removed: gained(&y, &x) }
}
