//! Loading definitions: a stored version's TOML and texts, parsed and checked. The same checks
//! run when a version is stored (imported, or saved in the designer), so a broken service is
//! never half-served; a problem names the file, the place in it and the reason.

use super::{
    files::Files,
    model::Definition,
    rules,
    schema::{schema, Compiled},
};
use crate::i18n::{I18n, Texts, SOURCE_LANGUAGE};
use std::{fmt, ops::Deref, path::{Path, PathBuf}, sync::Arc};

/// One version of a service, ready to serve: its definition, its request schema and its texts.
#[derive(Debug)]
pub struct Service {
    pub definition: Definition,
    pub schema: Compiled,
    pub texts: Arc<Texts>,
}

impl Deref for Service {
    type Target = Definition;

    fn deref(&self) -> &Definition {
        &self.definition
    }
}

impl Service {
    /// The request's translations with this version's texts looked up first.
    pub fn i18n(&self, base: &I18n) -> I18n {
        base.with_texts(self.texts.clone())
    }

    /// The service's title in `base`'s language, in this version's words.
    pub fn title(&self, base: &I18n) -> String {
        self.i18n(base).t(&self.definition.title)
    }
}



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
    if let Some(problem) = rules::check(&definition, known).into_iter().next() {
        return Err(DefinitionError { file: file.to_path_buf(), place: problem.place, reason: problem.kind.to_string() });
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if stem != definition.id {
        return Err(DefinitionError { file: file.to_path_buf(), place: "id".into(), reason: format!("must match the file name '{stem}'") });
    }
    Ok(definition)
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
