//! The JSON Schema of a service's requests, generated from its definition and published at
//! `/services/{id}/schema.json`, so whoever receives Portico's data knows its exact shape.
//! Every request is checked against it before it is stored (`Compiled::check`, by the
//! `jsonschema` crate), so the schema and the stored data cannot drift apart.
//!
//! The schema describes the `answers` object: one property per question (and per follow-up),
//! none required beyond the first question, because routing decides which questions are asked.
//! The schema is draft 2020-12, and a test checks every shipped definition's schema against the
//! 2020-12 meta-schema.

use super::model::{DateRule, Definition, Kind, Question};
use serde_json::{json, Map, Value};

pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema of the answers of `definition`'s requests.
pub fn schema(definition: &Definition, public_url: &str) -> Value {
    let mut properties = Map::new();
    for question in &definition.questions {
        properties.insert(question.id.clone(), question_schema(question));
        if let Kind::Radios { options } = &question.kind {
            for follow_up in options.iter().filter_map(|o| o.follow_up.as_deref()) {
                properties.insert(follow_up.id.clone(), question_schema(follow_up));
            }
        }
    }
    let required: Vec<&str> = definition.questions.first().filter(|q| q.required).map(|q| q.id.as_str()).into_iter().collect();
    json!({
        "$schema": DIALECT,
        // Each version's schema has its own address, and what is there never changes.
        "$id": format!("{public_url}/services/{}/versions/{}/schema.json", definition.id, definition.version),
        "title": definition.id,
        "description": format!("The answers of a request to the '{}' service, definition version {}.", definition.id, definition.version),
        "x-portico-version": definition.version,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn question_schema(question: &Question) -> Value {
    let values = |options: &[super::model::Choice]| options.iter().map(|o| o.value.clone()).collect::<Vec<_>>();
    match &question.kind {
        Kind::Text { max_length, .. } | Kind::LongText { max_length } => json!({ "type": "string", "minLength": 1, "maxLength": max_length }),
        Kind::WholeNumber { min, max } => number(*min, *max, "A whole number."),
        Kind::Money { min_pence, max_pence } => number(*min_pence, *max_pence, "An amount of money in pence."),
        Kind::Email => json!({ "type": "string", "format": "email" }),
        Kind::Phone => json!({ "type": "string", "minLength": 1, "maxLength": 30 }),
        Kind::Date { rule } => {
            let description = match rule {
                DateRule::Past => "A date in the past.",
                DateRule::Future => "A date in the future.",
                DateRule::Any => "A date.",
            };
            json!({ "type": "string", "format": "date", "description": description })
        }
        Kind::NextDates { .. } => json!({ "type": "string", "format": "date", "description": "One of the collection dates offered." }),
        Kind::Radios { options } | Kind::Select { options } => json!({ "type": "string", "enum": values(options) }),
        Kind::YesNo => json!({ "type": "string", "enum": ["yes", "no"] }),
        Kind::Checkboxes { options, exclusive } => {
            let mut all = values(options);
            all.extend(exclusive.iter().map(|e| e.value.clone()));
            json!({ "type": "array", "items": { "type": "string", "enum": all }, "minItems": 1, "uniqueItems": true })
        }
        Kind::Address => {
            let line = json!({ "type": "string" });
            json!({
                "type": "object",
                "properties": { "line1": line, "line2": line, "town": line, "postcode": line, "country": line },
                "required": ["line1", "line2", "town", "postcode", "country"],
                "additionalProperties": false,
            })
        }
        Kind::File { max_bytes } => json!({
            "type": "object",
            "description": "An uploaded file, stored outside the web root under the random name `file`.",
            "properties": {
                "file": { "type": "string", "minLength": 1 },
                "name": { "type": "string" },
                "size": { "type": "integer", "minimum": 1, "maximum": max_bytes },
                "content_type": { "type": "string", "enum": ["application/pdf", "image/jpeg", "image/png"] },
            },
            "required": ["file", "name", "size", "content_type"],
            "additionalProperties": false,
        }),
        Kind::Repeat { fields, max_items, .. } => {
            let properties: Map<String, Value> = fields.iter().map(|f| (f.id.clone(), question_schema(f))).collect();
            let required: Vec<&str> = fields.iter().filter(|f| f.required).map(|f| f.id.as_str()).collect();
            json!({
                "type": "array",
                "minItems": 1,
                "maxItems": max_items,
                "items": { "type": "object", "properties": properties, "required": required, "additionalProperties": false },
            })
        }
    }
}

fn number(min: Option<i64>, max: Option<i64>, description: &str) -> Value {
    let mut schema = json!({ "type": "integer", "description": description });
    if let Some(min) = min {
        schema["minimum"] = json!(min);
    }
    if let Some(max) = max {
        schema["maximum"] = json!(max);
    }
    schema
}

/// A schema compiled once by the `jsonschema` crate, to check many requests against.
#[derive(Clone, Debug)]
pub struct Compiled(jsonschema::Validator);

impl Compiled {
    /// Compiles `schema` as draft 2020-12 with `format` checked: `date` and `email` keep the
    /// journey's own rules, so an answer the journey accepted is never refused here.
    pub fn new(schema: &Value) -> Result<Self, String> {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .with_format("date", |text| crate::profile::fields::Date::from_iso(text).is_some())
            .with_format("email", |text| text.contains('@'))
            .build(schema)
            .map(Self)
            .map_err(|e| e.to_string())
    }

    /// The problems of `instance`, each with the JSON pointer of the value at fault; empty when
    /// it is valid.
    pub fn check(&self, instance: &Value) -> Vec<String> {
        use jsonschema::error::ValidationErrorKind::Type;
        let errors: Vec<_> = self.0.iter_errors(instance).collect();
        // A value of the wrong type is reported once, not once more per keyword it then fails.
        let mistyped: Vec<&str> = errors.iter().filter(|e| matches!(e.kind(), Type { .. })).map(|e| e.instance_path().as_str()).collect();
        errors
            .iter()
            .filter(|e| matches!(e.kind(), Type { .. }) || !mistyped.contains(&e.instance_path().as_str()))
            .flat_map(problems)
            .collect()
    }
}

/// Checks `instance` against a schema made by `schema`, compiling it first (use [`Compiled`] to
/// check many). Returns the problems, each with the JSON pointer of the value at fault; empty
/// when it is valid.
pub fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    match Compiled::new(schema) {
        Ok(compiled) => compiled.check(instance),
        Err(reason) => vec![format!("/: the schema does not compile: {reason}")],
    }
}

/// One error in our words: `/pointer: reason`. `required` and `additionalProperties` name the
/// property itself, as a reader looking for it expects.
fn problems(error: &jsonschema::ValidationError<'_>) -> Vec<String> {
    use jsonschema::error::{TypeKind, ValidationErrorKind as K};
    let at = error.instance_path().as_str();
    let reason = match error.kind() {
        K::Required { property } => return vec![format!("{at}/{}: missing", property.as_str().map_or_else(|| property.to_string(), str::to_owned))],
        K::AdditionalProperties { unexpected } => return unexpected.iter().map(|key| format!("{at}/{key}: not in the schema")).collect(),
        K::Type { kind: TypeKind::Single(expected) } => format!("expected \"{expected}\""),
        K::Enum { options } => format!("{} is not one of {options}", error.instance()),
        K::MinLength { .. } => "too short".into(),
        K::MaxLength { .. } => "too long".into(),
        K::Format { format } if format == "date" => "not a date (YYYY-MM-DD)".into(),
        K::Format { format } if format == "email" => "not an email address".into(),
        K::Minimum { .. } => format!("{} is below the minimum", error.instance()),
        K::Maximum { .. } => format!("{} is above the maximum", error.instance()),
        K::MinItems { .. } => "too few items".into(),
        K::MaxItems { .. } => "too many items".into(),
        K::UniqueItems => "items repeat".into(),
        // Keywords `schema` does not write: the crate's own words.
        _ => error.to_string(),
    };
    vec![format!("{}: {reason}", if at.is_empty() { "/" } else { at })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::answers::{Answer, Answers};

    fn bulky() -> Definition {
        let text = include_str!("definitions/bulky-waste.toml");
        toml::from_str(text).expect("bulky waste definition")
    }

    #[test]
    fn a_complete_request_validates_against_its_schema() {
        let d = bulky();
        let schema = schema(&d, "https://portico.example");
        assert_eq!(schema["$id"], "https://portico.example/services/bulky-waste/versions/2/schema.json");
        let mut item = Answers::new();
        item.insert("description".into(), Answer::Text("Garden bench".into()));
        item.insert("size".into(), Answer::Text("large".into()));
        let mut answers = Answers::new();
        answers.insert("items".into(), Answer::List(vec!["sofa".into()]));
        answers.insert("other-items".into(), Answer::Group(vec![item]));
        answers.insert("location".into(), Answer::Text("elsewhere".into()));
        answers.insert("location-details".into(), Answer::Text("By the side gate".into()));
        answers.insert("date".into(), Answer::Text("2026-11-24".into()));
        let instance = serde_json::to_value(&answers).unwrap();
        assert_eq!(validate(&schema, &instance), Vec::<String>::new());
    }

    #[test]
    fn wrong_shapes_values_and_unknown_answers_are_reported_with_their_place() {
        let schema = schema(&bulky(), "");
        let instance = json!({
            "items": ["sofa", "piano"],
            "other-items": [{ "description": "", "size": "huge", "colour": "red" }],
            "date": "2026-02-30",
            "surprise": 1,
        });
        let problems = validate(&schema, &instance);
        for expected in ["/items/1:", "/other-items/0/description: too short", "/other-items/0/size:", "/other-items/0/colour: not in the schema", "/date: not a date", "/surprise: not in the schema"] {
            assert!(problems.iter().any(|p| p.starts_with(expected)), "{expected} in {problems:?}");
        }
        assert_eq!(validate(&schema, &json!({}))[0], "/items: missing");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_reported_once_and_formats_keep_the_journeys_rules() {
        let compiled = Compiled::new(&schema(&bulky(), "")).unwrap();
        assert_eq!(compiled.check(&json!({ "items": "sofa" })), ["/items: expected \"array\""]);
        // A number where a choice belongs fails `type` and `enum`; only the first is said.
        assert_eq!(compiled.check(&json!({ "items": [1] })), ["/items/0: expected \"string\""]);
        assert_eq!(compiled.check(&json!({ "items": ["sofa", "sofa"] })), ["/items: items repeat"]);
        assert_eq!(compiled.check(&json!({ "items": ["sofa"], "email": "nobody" })), ["/email: not an email address"]);
        assert_eq!(compiled.check(&json!({ "items": ["sofa"], "email": "a@b" })), Vec::<String>::new());
        // The journey's own date rule, which is what it stored: a real day, checked by `Date::from_iso`.
        assert_eq!(compiled.check(&json!({ "items": ["sofa"], "date": "2028-02-29" })), Vec::<String>::new());
        assert_eq!(compiled.check(&json!({ "items": ["sofa"], "date": "2027-02-29" })), ["/date: not a date (YYYY-MM-DD)"]);
    }

    #[test]
    fn every_shipped_definition_has_a_schema_valid_against_the_2020_12_meta_schema() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/services/definitions");
        let mut checked = Vec::new();
        for path in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "toml")) {
            let definition = super::super::load::parse(&path, &std::fs::read_to_string(&path).unwrap(), None).unwrap();
            let schema = schema(&definition, "https://portico.example");
            assert_eq!(schema["$schema"], DIALECT);
            if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
                panic!("{}: {error} at {}", path.display(), error.instance_path());
            }
            checked.push(definition.id);
        }
        assert!(checked.len() >= 3 && checked.iter().any(|id| id == "bulky-waste"), "checked {checked:?}");
    }

    #[test]
    fn a_schema_that_breaks_the_meta_schema_is_caught_and_does_not_compile() {
        let mut broken = schema(&bulky(), "");
        broken["properties"]["phone"]["minLength"] = json!(-1);
        assert!(jsonschema::draft202012::meta::validate(&broken).is_err());
        assert!(validate(&broken, &json!({}))[0].starts_with("/: the schema does not compile"));
    }
}
