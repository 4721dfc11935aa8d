//! Loading definitions: a stored version's TOML and texts, parsed and checked. The same checks
//! run when a version is stored (imported, or saved in the designer), so a broken service is
//! never half-served; a problem names the file, the place in it and the reason.

use super::{
    flow::{Target, CHECK_ANSWERS},
    live::Service,
    model::{Condition, Definition, Kind, Question},
    schema::{schema, Compiled},
    versions::Files,
};
use crate::i18n::{Texts, SOURCE_LANGUAGE};
use std::{collections::HashSet, fmt, path::{Path, PathBuf}, sync::Arc};

/// Profile fields a question may be bound to ("tell us once").
pub const PROFILE_FIELDS: [&str; 5] = ["date_of_birth", "address", "phone", "email", "contact_preference"];

/// Words a question id cannot be, because the journey's own pages use them.
const RESERVED: [&str; 6] = [CHECK_ANSWERS, "start", "submit", "confirmation", "exit", "schema.json"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionError {
    pub file: PathBuf,
    /// Where in the file: `line 12, column 3`, or a path such as `questions[2].next[0].go`.
    pub place: String,
    pub reason: String,
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file.display(), self.place, self.reason)
    }
}

impl std::error::Error for DefinitionError {}

/// Loads one stored version: its texts, then its definition (checked with the loader's rules,
/// every message id against the version's own English texts), then its request schema. The
/// definition must name the service and the version it is stored as.
pub fn version(service: &str, number: u32, files: &Files, pseudo: bool) -> Result<Service, DefinitionError> {
    let file = PathBuf::from(format!("{service}.toml"));
    let texts = Texts::from_files(&format!("{service} version {number}"), &files.texts, pseudo)
        .map_err(|e| DefinitionError { file: file.clone(), place: "texts".into(), reason: e.to_string() })?;
    let known = |id: &str| texts.has_message(SOURCE_LANGUAGE, id);
    let definition = parse(&file, &files.definition, Some(&known))?;
    if definition.version != number {
        return Err(DefinitionError { file, place: "version".into(), reason: format!("must be {number}, the version it is stored as") });
    }
    // The public address only sets the schema's `$id`, which checking does not use.
    let schema = Compiled::new(&schema(&definition, "")).map_err(|reason| DefinitionError { file: file.clone(), place: "schema".into(), reason })?;
    Ok(Service { definition, schema, texts: Arc::new(texts) })
}

/// Parses and checks one definition.
pub fn parse(file: &Path, text: &str, known: Option<&dyn Fn(&str) -> bool>) -> Result<Definition, DefinitionError> {
    let definition: Definition = toml::from_str(text).map_err(|e| {
        let place = e.span().map_or_else(|| "file".to_owned(), |span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}")
        });
        DefinitionError { file: file.to_path_buf(), place, reason: e.message().to_owned() }
    })?;
    check(&definition, known).map_err(|(place, reason)| DefinitionError { file: file.to_path_buf(), place, reason })?;
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if stem != definition.id {
        return Err(DefinitionError { file: file.to_path_buf(), place: "id".into(), reason: format!("must match the file name '{stem}'") });
    }
    Ok(definition)
}

type Check = Result<(), (String, String)>;

fn fail(place: impl Into<String>, reason: impl Into<String>) -> Check {
    Err((place.into(), reason.into()))
}

/// The rules a definition must follow beyond its shape. With `known`, every message id must be
/// one it knows (an English text).
pub fn check(d: &Definition, known: Option<&dyn Fn(&str) -> bool>) -> Check {
    let slug = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug(&d.id) {
        return fail("id", "use lower-case letters, digits and hyphens");
    }
    if d.version == 0 {
        return fail("version", "must be 1 or more");
    }
    if d.questions.is_empty() {
        return fail("questions", "a service needs at least one question");
    }
    let message = |place: String, id: &str| -> Check {
        match known {
            Some(known) if !known(id) => fail(place, format!("there is no English text '{id}'")),
            _ => Ok(()),
        }
    };
    message("title".into(), &d.title)?;
    message("summary".into(), &d.summary)?;
    message("declaration".into(), &d.declaration)?;
    for (n, id) in d.before_you_start.iter().enumerate() {
        message(format!("before_you_start[{n}]"), id)?;
    }
    for (n, id) in d.what_happens_next.iter().enumerate() {
        message(format!("what_happens_next[{n}]"), id)?;
    }

    let mut seen = HashSet::new();
    let mut used_exits = HashSet::new();
    for (n, q) in d.questions.iter().enumerate() {
        let here = format!("questions[{n}]");
        if !slug(&q.id) || RESERVED.contains(&q.id.as_str()) {
            return fail(format!("{here}.id"), format!("'{}' is not a usable question id", q.id));
        }
        if !seen.insert(q.id.clone()) {
            return fail(format!("{here}.id"), format!("'{}' is used twice", q.id));
        }
        message(format!("{here}.label"), &q.label)?;
        if let Some(hint) = &q.hint {
            message(format!("{here}.hint"), hint)?;
        }
        if let Some(label) = &q.summary_label {
            message(format!("{here}.summary_label"), label)?;
        }
        if let Some(field) = &q.profile {
            if !PROFILE_FIELDS.contains(&field.as_str()) {
                return fail(format!("{here}.profile"), format!("'{field}' is not a profile field ({})", PROFILE_FIELDS.join(", ")));
            }
        }
        check_options(q, &here, &message)?;
        if let Kind::NextDates { weekdays, count, .. } = &q.kind {
            const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
            if *count == 0 || weekdays.is_empty() || !weekdays.iter().all(|w| DAYS.contains(&w.as_str())) {
                return fail(format!("{here}.weekdays"), "name at least one weekday (monday … sunday) and a count of 1 or more");
            }
        }
        // Inner questions: the fields of an "add another" item, and follow-ups under radio options.
        let (inner, in_item): (Vec<(String, &Question)>, bool) = match &q.kind {
            Kind::Repeat { fields, item_label, summary_heading, add_another, max_items } => {
                message(format!("{here}.item_label"), item_label)?;
                message(format!("{here}.summary_heading"), summary_heading)?;
                message(format!("{here}.add_another"), add_another)?;
                if fields.is_empty() || *max_items == 0 {
                    return fail(format!("{here}.fields"), "an item needs at least one field, and max_items must be 1 or more");
                }
                (fields.iter().enumerate().map(|(m, f)| (format!("{here}.fields[{m}]"), f)).collect(), true)
            }
            Kind::Radios { options } => (
                options.iter().enumerate().filter_map(|(m, o)| o.follow_up.as_deref().map(|f| (format!("{here}.options[{m}].follow_up"), f))).collect(),
                false,
            ),
            _ => (Vec::new(), false),
        };
        let mut item_fields = HashSet::new();
        for (place, inner) in inner {
            // A follow-up's answer sits beside the questions' answers, so its id must be unique among them.
            let unique = if in_item {
                item_fields.insert(inner.id.clone())
            } else {
                !d.questions.iter().any(|other| other.id == inner.id) && seen.insert(inner.id.clone())
            };
            if !slug(&inner.id) || !unique {
                return fail(format!("{place}.id"), format!("'{}' is not a usable id here, or is used twice", inner.id));
            }
            let simple = matches!(
                &inner.kind,
                Kind::Text { .. } | Kind::LongText { .. } | Kind::WholeNumber { .. } | Kind::Money { .. } | Kind::Email | Kind::Phone
                    | Kind::Date { .. } | Kind::Select { .. } | Kind::YesNo | Kind::Checkboxes { .. }
            ) || matches!(&inner.kind, Kind::Radios { options } if options.iter().all(|o| o.follow_up.is_none()));
            if !simple || inner.profile.is_some() || !inner.next.is_empty() {
                return fail(place, "a field or follow-up is a simple question: no routes, no profile, no file, address, dates list or items of its own");
            }
            message(format!("{place}.label"), &inner.label)?;
            if let Some(hint) = &inner.hint {
                message(format!("{place}.hint"), hint)?;
            }
            check_options(inner, &place, &message)?;
        }
        for (m, route) in q.next.iter().enumerate() {
            let place = format!("{here}.next[{m}]");
            match Target::parse(&route.go) {
                Target::CheckAnswers => {}
                Target::Exit(exit) => {
                    if d.exit(&exit).is_none() {
                        return fail(format!("{place}.go"), format!("there is no exit '{exit}'"));
                    }
                    used_exits.insert(exit);
                }
                Target::Question(target) => match d.position(&target) {
                    None => return fail(format!("{place}.go"), format!("there is no question '{target}'")),
                    // Forward only: every route then ends, and no answer depends on a later one.
                    Some(p) if p <= n => return fail(format!("{place}.go"), format!("'{target}' does not come after '{}'", q.id)),
                    Some(_) => {}
                },
            }
            if let Some(condition) = &route.when {
                check_condition(d, n, condition, &format!("{place}.when"))?;
            }
        }
    }
    for (n, exit) in d.exits.iter().enumerate() {
        if !used_exits.contains(&exit.id) {
            return fail(format!("exits[{n}]"), format!("no route leads to exit '{}'", exit.id));
        }
        message(format!("exits[{n}].title"), &exit.title)?;
        for (m, id) in exit.body.iter().enumerate() {
            message(format!("exits[{n}].body[{m}]"), id)?;
        }
    }
    Ok(())
}

/// A choice's options: values unique, every label and hint a message.
fn check_options(q: &Question, here: &str, message: &dyn Fn(String, &str) -> Check) -> Check {
    let (options, exclusive) = match &q.kind {
        Kind::Radios { options } | Kind::Select { options } => (options, None),
        Kind::Checkboxes { options, exclusive } => (options, exclusive.as_ref()),
        _ => return Ok(()),
    };
    if options.is_empty() {
        return fail(format!("{here}.options"), "a choice needs options");
    }
    let mut values = HashSet::new();
    for (m, option) in options.iter().chain(exclusive).enumerate() {
        if !values.insert(option.value.as_str()) {
            return fail(format!("{here}.options[{m}].value"), format!("'{}' is used twice", option.value));
        }
        message(format!("{here}.options[{m}].label"), &option.label)?;
        if let Some(hint) = &option.hint {
            message(format!("{here}.options[{m}].hint"), hint)?;
        }
        if option.follow_up.is_some() && !matches!(q.kind, Kind::Radios { .. }) {
            return fail(format!("{here}.options[{m}].follow_up"), "only radios reveal a follow-up question");
        }
    }
    Ok(())
}

/// A condition may only look at this question or earlier ones.
fn check_condition(d: &Definition, position: usize, condition: &Condition, place: &str) -> Check {
    match condition {
        Condition::All { all: list } | Condition::Any { any: list } => {
            for (n, c) in list.iter().enumerate() {
                check_condition(d, position, c, &format!("{place}[{n}]"))?;
            }
            Ok(())
        }
        Condition::Test(test) => match d.position(&test.question) {
            Some(p) if p <= position => Ok(()),
            Some(_) => fail(format!("{place}.question"), format!("'{}' is asked later; a route can only depend on earlier answers", test.question)),
            None => fail(format!("{place}.question"), format!("there is no question '{}'", test.question)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "demo"
version = 1
title = "t"
summary = "s"
before_you_start = []
sign_in = "guests_allowed"
team = "demo-team"
target_working_days = 5
declaration = "d"
what_happens_next = []

[[questions]]
id = "colour"
type = "radios"
label = "l"
options = [{ value = "red", label = "r" }, { value = "none", label = "n", divider_before = true }]
next = [{ when = { question = "colour", equals = "none" }, go = "exit:no-colour" }]

[[questions]]
id = "amount"
type = "money"
label = "l"

[[exits]]
id = "no-colour"
title = "t"
body = []
"#;

    fn parse_text(text: &str) -> Result<Definition, DefinitionError> {
        parse(Path::new("demo.toml"), text, None)
    }

    #[test]
    fn a_good_definition_loads() {
        let d = parse_text(GOOD).unwrap();
        assert_eq!(d.questions.len(), 2);
    }

    #[test]
    fn a_syntax_error_names_the_line_and_column() {
        let e = parse_text(&GOOD.replace("version = 1", "version = = 1")).unwrap_err();
        assert_eq!(e.file, PathBuf::from("demo.toml"));
        assert!(e.place.starts_with("line 3, column"), "{e}");
    }

    #[test]
    fn an_unknown_question_type_is_refused_with_its_place() {
        let e = parse_text(&GOOD.replace("type = \"money\"", "type = \"telepathy\"")).unwrap_err();
        assert!(e.place.starts_with("line"), "{e}");
        assert!(e.reason.contains("telepathy") || e.reason.contains("variant"), "{e}");
    }

    #[test]
    fn a_route_to_a_missing_or_earlier_question_is_refused() {
        let e = parse_text(&GOOD.replace("go = \"exit:no-colour\"", "go = \"nowhere\"")).unwrap_err();
        assert_eq!(e.place, "questions[0].next[0].go");
        let backwards = GOOD.replace("label = \"l\"\n\n[[exits]]", "label = \"l\"\nnext = [{ go = \"colour\" }]\n\n[[exits]]");
        let e = parse_text(&backwards).unwrap_err();
        assert_eq!(e.place, "questions[1].next[0].go");
        assert!(e.reason.contains("does not come after"));
    }

    #[test]
    fn a_condition_on_a_later_answer_is_refused() {
        let e = parse_text(&GOOD.replace("when = { question = \"colour\"", "when = { question = \"amount\"")).unwrap_err();
        assert_eq!(e.place, "questions[0].next[0].when.question");
    }

    #[test]
    fn follow_ups_and_item_fields_are_simple_questions_with_unique_ids() {
        let follow_up = GOOD.replace(
            r#"{ value = "red", label = "r" }"#,
            r#"{ value = "red", label = "r", follow_up = { id = "shade", type = "text", label = "l" } }"#,
        );
        assert!(parse_text(&follow_up).is_ok());
        let clash = follow_up.replace(r#"id = "shade""#, r#"id = "amount""#);
        assert_eq!(parse_text(&clash).unwrap_err().place, "questions[0].options[0].follow_up.id");
        let items = GOOD.replace(
            "type = \"money\"",
            "type = \"repeat\"\nitem_label = \"i\"\nsummary_heading = \"s\"\nadd_another = \"a\"\nfields = [{ id = \"what\", type = \"text\", label = \"l\" }, { id = \"what\", type = \"email\", label = \"l\" }]",
        );
        assert_eq!(parse_text(&items).unwrap_err().place, "questions[1].fields[1].id");
        let nested = items.replace(r#"{ id = "what", type = "email", label = "l" }"#, r#"{ id = "file", type = "file", label = "l" }"#);
        assert_eq!(parse_text(&nested).unwrap_err().place, "questions[1].fields[1]");
        let fine = items.replace(r#"{ id = "what", type = "email", label = "l" }"#, r#"{ id = "size", type = "radios", label = "l", options = [{ value = "s", label = "s" }] }"#);
        assert!(parse_text(&fine).is_ok(), "{:?}", parse_text(&fine));
    }

    #[test]
    fn the_id_must_match_the_file_name_and_exits_must_be_used() {
        let e = parse(Path::new("other.toml"), GOOD, None).unwrap_err();
        assert_eq!(e.place, "id");
        let e = parse_text(&GOOD.replace("go = \"exit:no-colour\"", "go = \"check-answers\"")).unwrap_err();
        assert_eq!(e.place, "exits[0]");
    }
}
