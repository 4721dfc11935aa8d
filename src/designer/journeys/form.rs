//! A test journey's example answers in a designer's form, and back: each question's inputs are
//! named as the citizen's form names them (`answers::field_ids`), after `answer-` so that a
//! question called `name` cannot meet the form's own fields. What is typed is read with the
//! engine's own rules, so an example is exactly what a citizen could have given.
//!
//! Three types cannot be typed as a citizen gives them: a file (its name stands for an upload,
//! nothing is stored), "add another" (how many items; routes only see whether it was answered),
//! and a dates list (any real date: the dates offered move every day).

use super::run::find;
use crate::{
    profile::fields::Date,
    services::{
        answers::{self, Answer, Answers, Raw, Upload},
        model::{DateRule, Definition, Kind, Question},
    },
};

/// What comes before each input name of an example answer.
pub const PREFIX: &str = "answer-";

/// The form's input name for an input of the citizen's form.
pub fn input(field: &str) -> String {
    format!("{PREFIX}{field}")
}

/// A problem with what was typed: the input's name and the Fluent message id.
pub type Problem = (String, &'static str);

/// A dates list read as a date (see the module's comment).
fn as_date(question: &Question) -> Question {
    Question { kind: Kind::Date { rule: DateRule::Any }, ..question.clone() }
}

fn first<'a>(raw: &'a Raw, name: &str) -> &'a str {
    raw.get(name).and_then(|v| v.first()).map_or("", |s| s.trim())
}

/// Whether nothing was typed for `question`: it is not answered, and a journey stops there.
fn blank(question: &Question, raw: &Raw) -> bool {
    let ids = match &question.kind {
        Kind::Repeat { .. } => vec![question.id.clone()],
        Kind::NextDates { .. } => answers::field_ids(&as_date(question)),
        // The country is filled in for the person; the address is blank without the rest.
        Kind::Address => answers::field_ids(question).into_iter().take(4).collect(),
        _ => answers::field_ids(question),
    };
    ids.iter().all(|id| raw.get(id).is_none_or(|values| values.iter().all(|v| v.trim().is_empty())))
}

/// Reads the answer to one question, if something was typed for it.
fn read_one(question: &Question, raw: &Raw, today: Date) -> Result<Option<Answer>, Vec<Problem>> {
    if blank(question, raw) {
        return Ok(None);
    }
    let value = first(raw, &question.id);
    let problems = |found: Vec<answers::Problem>| found.into_iter().map(|(field, message)| (input(&field), message)).collect::<Vec<_>>();
    match &question.kind {
        Kind::Repeat { max_items, .. } => match value.parse::<usize>() {
            Ok(n) if (1..=usize::from(*max_items)).contains(&n) => Ok(Some(Answer::Group(vec![Answers::new(); n]))),
            _ => Err(vec![(input(&question.id), "designer-journey-error-items")]),
        },
        Kind::File { .. } => Ok(Some(Answer::File(Upload { file: "example".into(), name: value.to_owned(), size: 0, content_type: "application/pdf".into() }))),
        Kind::NextDates { .. } => answers::parse(&as_date(question), raw, today).map_err(problems),
        _ => answers::parse(question, raw, today).map_err(problems),
    }
}

/// The example answers in `fields` (a posted form), every problem at once.
pub fn read(definition: &Definition, fields: &[(String, String)], today: Date) -> Result<Answers, Vec<Problem>> {
    let mut raw = Raw::new();
    for (name, value) in fields {
        if let Some(field) = name.strip_prefix(PREFIX) {
            raw.entry(field.to_owned()).or_default().push(value.clone());
        }
    }
    let mut found = Answers::new();
    let mut problems = Vec::new();
    for question in &definition.questions {
        match read_one(question, &raw, today) {
            Ok(Some(answer)) => {
                found.insert(question.id.clone(), answer);
            }
            Ok(None) => {}
            Err(mut p) => problems.append(&mut p),
        }
        // The follow-up of the chosen option, if one was typed.
        if let Some(follow_up) = answers::chosen_follow_up(question, found.get(&question.id)) {
            match read_one(follow_up, &raw, today) {
                Ok(Some(answer)) => {
                    found.insert(follow_up.id.clone(), answer);
                }
                Ok(None) => {}
                Err(mut p) => problems.append(&mut p),
            }
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// The form's values for stored answers (answers to questions the service no longer has are
/// left out: saving the journey again drops them).
pub fn values(definition: &Definition, stored: &Answers) -> Vec<(String, String)> {
    let mut values = Vec::new();
    for (id, answer) in stored {
        let Some(question) = find(definition, id) else { continue };
        let raw = match (&question.kind, answer) {
            (Kind::Repeat { .. }, Answer::Group(items)) => Raw::from([(id.clone(), vec![items.len().to_string()])]),
            (Kind::File { .. }, Answer::File(upload)) => Raw::from([(id.clone(), vec![upload.name.clone()])]),
            (Kind::NextDates { .. }, _) => answers::to_raw(&as_date(question), answer),
            _ => answers::to_raw(question, answer),
        };
        for (field, typed) in raw {
            values.extend(typed.into_iter().map(|v| (input(&field), v)));
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::*;

    const TODAY: Date = Date { year: 2026, month: 12, day: 4 };

    fn q(id: &str, kind: Kind) -> Question {
        Question { id: id.into(), label: "l".into(), hint: None, summary_label: None, required: true, kind, next: vec![], profile: None }
    }

    fn definition() -> Definition {
        let choice = |v: &str| Choice { value: v.into(), label: "l".into(), hint: None, divider_before: false, follow_up: None };
        let mut other = choice("other");
        other.follow_up = Some(Box::new(q("which", Kind::Text { autocomplete: None, max_length: 10, width: None })));
        let mut d: Definition = toml::from_str(include_str!("../../services/definitions/parking-permit.toml")).unwrap();
        d.questions = vec![
            q("name", Kind::Radios { options: vec![choice("a"), other] }),
            q("born", Kind::Date { rule: DateRule::Past }),
            q("amount", Kind::Money { min_pence: None, max_pence: None }),
            q("proof", Kind::File { max_bytes: 10 }),
            q("items", Kind::Repeat { fields: vec![], item_label: "i".into(), summary_heading: "s".into(), add_another: "a".into(), max_items: 3 }),
            q("home", Kind::Address),
        ];
        d
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn typed_examples_are_read_by_the_engines_rules_and_shown_again_as_typed() {
        let d = definition();
        let typed = fields(&[
            ("name", "the form's own field"),
            ("answer-name", "other"),
            ("answer-which", "Shed"),
            ("answer-born-day", "9"),
            ("answer-born-month", "3"),
            ("answer-born-year", "1980"),
            ("answer-amount", "£12.50"),
            ("answer-proof", "lease.pdf"),
            ("answer-items", "2"),
            ("answer-home-country", "United Kingdom"),
        ]);
        let read = read(&d, &typed, TODAY).unwrap();
        assert_eq!(read["name"], Answer::Text("other".into()));
        assert_eq!(read["which"], Answer::Text("Shed".into()), "the chosen option's follow-up");
        assert_eq!(read["born"], Answer::Text("1980-03-09".into()));
        assert_eq!(read["amount"], Answer::Number(1250));
        assert!(matches!(&read["items"], Answer::Group(items) if items.len() == 2));
        assert!(!read.contains_key("home"), "an address of only the country is not answered");
        let back = values(&d, &read);
        for pair in [("answer-born-day", "9"), ("answer-proof", "lease.pdf"), ("answer-items", "2"), ("answer-amount", "12.50")] {
            assert!(back.contains(&(pair.0.to_owned(), pair.1.to_owned())), "{pair:?} in {back:?}");
        }
        for (id, answer) in &read {
            assert_eq!(super::super::run::fits(find(&d, id).unwrap(), answer, TODAY), Ok(()), "{id} fits");
        }
    }

    #[test]
    fn every_problem_comes_back_on_its_input() {
        let d = definition();
        let typed = fields(&[("answer-name", "c"), ("answer-born-day", "31"), ("answer-born-month", "2"), ("answer-born-year", "1980"), ("answer-items", "9")]);
        let problems = read(&d, &typed, TODAY).unwrap_err();
        assert_eq!(problems, vec![
            ("answer-name".to_owned(), "answer-error-required-choice"),
            ("answer-born-day".to_owned(), "date-error-real"),
            ("answer-items".to_owned(), "designer-journey-error-items"),
        ]);
    }
}
