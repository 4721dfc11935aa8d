//! The JSON Schema of a service's requests, generated from its definition and published at
//! `/services/{id}/schema.json`, so whoever receives Portico's data knows its exact shape.
//! Every request is checked against it before it is stored (`validate`), so the schema and the
//! stored data cannot drift apart.
//!
//! The schema describes the `answers` object: one property per question (and per follow-up),
//! none required beyond the first question, because routing decides which questions are asked.
//! `validate` understands exactly the keywords `schema` writes (draft 2020-12 subset).

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
        "$id": format!("{public_url}/services/{}/schema.json", definition.id),
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

/// Checks `instance` against a schema made by `schema`. Returns the problems, each with the JSON
/// pointer of the value at fault; empty when it is valid.
pub fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    check(schema, instance, "", &mut problems);
    problems
}

fn check(schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    let mut fail = |reason: String| problems.push(format!("{}: {reason}", if at.is_empty() { "/" } else { at }));
    let type_ok = match schema.get("type").and_then(Value::as_str) {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("array") => value.is_array(),
        Some("object") => value.is_object(),
        _ => true,
    };
    if !type_ok {
        fail(format!("expected {}", schema["type"]));
        return;
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            fail(format!("{value} is not one of {}", Value::Array(allowed.clone())));
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema.get("minLength").and_then(Value::as_u64).is_some_and(|m| length < m) {
            fail("too short".into());
        }
        if schema.get("maxLength").and_then(Value::as_u64).is_some_and(|m| length > m) {
            fail("too long".into());
        }
        match schema.get("format").and_then(Value::as_str) {
            Some("date") if crate::profile::fields::Date::from_iso(text).is_none() => fail("not a date (YYYY-MM-DD)".into()),
            Some("email") if !text.contains('@') => fail("not an email address".into()),
            _ => {}
        }
    }
    if let Some(n) = value.as_i64() {
        if schema.get("minimum").and_then(Value::as_i64).is_some_and(|m| n < m) {
            fail(format!("{n} is below the minimum"));
        }
        if schema.get("maximum").and_then(Value::as_i64).is_some_and(|m| n > m) {
            fail(format!("{n} is above the maximum"));
        }
    }
    if let Some(items) = value.as_array() {
        let count = items.len() as u64;
        if schema.get("minItems").and_then(Value::as_u64).is_some_and(|m| count < m) {
            fail("too few items".into());
        }
        if schema.get("maxItems").and_then(Value::as_u64).is_some_and(|m| count > m) {
            fail("too many items".into());
        }
        if schema.get("uniqueItems") == Some(&Value::Bool(true)) && items.iter().enumerate().any(|(n, a)| items[..n].contains(a)) {
            fail("items repeat".into());
        }
        if let Some(item_schema) = schema.get("items") {
            for (n, item) in items.iter().enumerate() {
                check(item_schema, item, &format!("{at}/{n}"), problems);
            }
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !object.contains_key(required) {
                problems.push(format!("{at}/{required}: missing"));
            }
        }
        for (key, item) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(property) => check(property, item, &format!("{at}/{key}"), problems),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    problems.push(format!("{at}/{key}: not in the schema"));
                }
                None => {}
            }
        }
    }
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
        assert_eq!(schema["$id"], "https://portico.example/services/bulky-waste/schema.json");
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
}
