//! Whether a citizen's draft may move forward onto a newly published version of its service.
//!
//! A draft stays on the version it began on unless every answer still fits the new one:
//! - every answered question (and follow-up) still exists under the same stable id;
//! - each answer, given back to the new question's own rules (`answers::parse`), comes out
//!   unchanged: an option that was removed, a number now out of range or a text now too long
//!   keeps the draft where it is;
//! - the route over those answers is the same on both versions: the same questions in the same
//!   order, and the same place to continue (the next unanswered question, check your answers,
//!   or the same exit). So the citizen resumes exactly where they left off, and never meets a
//!   page they skipped nor misses a new required one (a new question on their route keeps the
//!   draft on its version, even an optional one: they would find an unseen page behind them).
//!
//! Plain Rust with no server dependencies, like `flow` and `answers`, which it uses.

use super::{
    answers::{self, Answer, Answers},
    flow,
    model::{Definition, Kind, Question},
};
use crate::profile::fields::Date;

/// Why a draft stays on its version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The new version has no question with this id.
    Removed(String),
    /// The answer to this question breaks the new version's rules for it.
    Invalid(String),
    /// The answers lead along another route, or to another place to continue.
    Route,
}

/// A question of `definition` by id, top-level or the follow-up of an option.
fn find<'a>(definition: &'a Definition, id: &str) -> Option<&'a Question> {
    definition.question(id).or_else(|| {
        definition.questions.iter().find_map(|q| match &q.kind {
            Kind::Radios { options } => options.iter().filter_map(|o| o.follow_up.as_deref()).find(|f| f.id == id),
            _ => None,
        })
    })
}

/// Whether `answer` still passes `question`'s rules, unchanged.
fn still_valid(question: &Question, answer: &Answer, today: Date) -> bool {
    match (answer, &question.kind) {
        (Answer::Group(items), Kind::Repeat { max_items, .. }) => {
            items.len() <= usize::from(*max_items)
                && items.iter().all(|item| answers::parse_item(question, &answers::item_to_raw(question, item), today).as_ref() == Ok(item))
        }
        (Answer::Group(_), _) => false,
        (Answer::File(upload), Kind::File { max_bytes }) => upload.size <= *max_bytes,
        (Answer::File(_), _) => false,
        _ => answers::parse(question, &answers::to_raw(question, answer), today) == Ok(Some(answer.clone())),
    }
}

/// `Ok` when a draft with `answers`, made on `old`, may continue on `new`; else the first reason
/// it may not.
pub fn fits(old: &Definition, new: &Definition, answers: &Answers, today: Date) -> Result<(), Why> {
    for (id, answer) in answers {
        let question = find(new, id).ok_or_else(|| Why::Removed(id.clone()))?;
        if !still_valid(question, answer, today) {
            return Err(Why::Invalid(id.clone()));
        }
    }
    if flow::walk(old, answers, today) != flow::walk(new, answers, today) {
        return Err(Why::Route);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::*;

    const TODAY: Date = Date { year: 2026, month: 12, day: 4 };

    fn q(id: &str, kind: Kind, required: bool) -> Question {
        Question { id: id.into(), label: "l".into(), hint: None, summary_label: None, required, kind, next: vec![], profile: None }
    }

    fn radios(values: &[&str]) -> Kind {
        Kind::Radios {
            options: values.iter().map(|v| Choice { value: v.to_string(), label: "l".into(), hint: None, divider_before: false, follow_up: None }).collect(),
        }
    }

    fn text(max_length: usize) -> Kind {
        Kind::Text { autocomplete: None, max_length, width: None }
    }

    fn definition(version: u32, questions: Vec<Question>) -> Definition {
        Definition {
            version,
            questions,
            ..Definition::sample()
        }
    }

    fn old() -> Definition {
        definition(1, vec![q("colour", radios(&["red", "blue"]), true), q("where", text(100), true), q("more", text(100), false)])
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), Answer::Text(v.to_string()))).collect()
    }

    #[test]
    fn a_draft_fits_a_new_version_that_only_changes_words() {
        let mut new = old();
        new.version = 2;
        new.questions[1].label = "another label".into();
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red")]), TODAY), Ok(()));
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red"), ("where", "Park")]), TODAY), Ok(()));
    }

    #[test]
    fn an_answer_to_a_removed_option_keeps_the_draft_on_its_version() {
        let mut new = old();
        new.questions[0].kind = radios(&["blue", "green"]);
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red")]), TODAY), Err(Why::Invalid("colour".into())));
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "blue")]), TODAY), Ok(()));
    }

    #[test]
    fn an_answer_to_a_removed_question_keeps_the_draft_on_its_version() {
        let mut new = old();
        new.questions.remove(1);
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red"), ("where", "Park")]), TODAY), Err(Why::Removed("where".into())));
    }

    #[test]
    fn a_text_now_too_long_keeps_the_draft_on_its_version() {
        let mut new = old();
        new.questions[1].kind = text(3);
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red"), ("where", "Park")]), TODAY), Err(Why::Invalid("where".into())));
    }

    #[test]
    fn a_new_required_question_on_the_route_keeps_the_draft_on_its_version() {
        let mut new = old();
        new.questions.insert(1, q("size", text(10), true));
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red"), ("where", "Park")]), TODAY), Err(Why::Route));
    }

    #[test]
    fn a_new_route_that_sends_the_answers_elsewhere_keeps_the_draft_on_its_version() {
        let mut new = old();
        new.questions[0].next =
            vec![Route { when: Some(Condition::Test(Test { question: "colour".into(), op: Op::Equals("red".into()) })), go: "more".into() }];
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red"), ("where", "Park")]), TODAY), Err(Why::Route));
        // Another answer is not sent along the new route: that draft still fits.
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "blue"), ("where", "Park")]), TODAY), Ok(()));
    }

    #[test]
    fn a_question_added_after_where_the_citizen_is_does_not_stop_the_move() {
        let mut new = old();
        new.questions.push(q("last", text(10), true));
        assert_eq!(fits(&old(), &new, &answers(&[("colour", "red")]), TODAY), Ok(()));
    }
}
