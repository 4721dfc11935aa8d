//! Running a test journey: check that each example answer still fits its question, walk the
//! definition with those answers, and compare with what was expected.

use super::TestJourney;
use crate::{
    profile::fields::Date,
    services::{
        answers::{self, Answer, Answers},
        flow::{self, Target},
        model::{Definition, Kind, Question},
    },
};

/// What happened when a journey was run.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Passed,
    /// Some example answers no longer fit their questions (the journey is not walked then: the
    /// engine would not accept those answers from a citizen).
    Unfit(Vec<Unfit>),
    /// The journey goes somewhere else now. `at` is the position of the first step that differs
    /// (a page, or the end after the last page); `pages` and `end` are where it goes now.
    Elsewhere { at: usize, pages: Vec<String>, end: Target },
}

impl Outcome {
    pub fn passed(&self) -> bool {
        matches!(self, Self::Passed)
    }
}

/// An example answer that no longer fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unfit {
    pub question: String,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The service has no question with that id any more.
    Removed,
    /// The engine refuses the answer now: the Fluent message id of its reason (an option gone,
    /// a limit changed, another type of answer).
    Invalid(&'static str),
}

/// A question of the service by id: one of its pages, or a follow-up revealed under an option.
pub fn find<'a>(definition: &'a Definition, id: &str) -> Option<&'a Question> {
    definition.question(id).or_else(|| {
        definition.questions.iter().find_map(|q| match &q.kind {
            Kind::Radios { options } => options.iter().filter_map(|o| o.follow_up.as_deref()).find(|f| f.id == id),
            _ => None,
        })
    })
}

/// Whether `answer` still fits `question`: it is put back into the inputs a citizen would have
/// typed it in and read again by the engine's own rules.
pub fn fits(question: &Question, answer: &Answer, today: Date) -> Result<(), &'static str> {
    match (&question.kind, answer) {
        (Kind::Repeat { max_items, .. }, Answer::Group(items)) => {
            if items.len() > usize::from(*max_items) {
                return Err("designer-journey-error-items");
            }
            // An item saved without answers only counts the items (see `form`); one with answers
            // is checked field by field.
            for item in items.iter().filter(|item| !item.is_empty()) {
                answers::parse_item(question, &answers::item_to_raw(question, item), today).map_err(|p| p[0].1)?;
            }
            Ok(())
        }
        (Kind::Repeat { .. }, _) => Err("designer-journey-error-items"),
        // The dates offered move on every day, so an example keeps any real date: a journey
        // written today would otherwise fail next week without anything having changed.
        (Kind::NextDates { .. }, Answer::Text(iso)) if Date::from_iso(iso).is_some() => Ok(()),
        (Kind::NextDates { .. }, _) => Err("answer-error-required-date-choice"),
        (_, Answer::Group(_)) => Err("designer-journey-error-kind"),
        _ => match answers::parse(question, &answers::to_raw(question, answer), today) {
            Ok(Some(_)) => Ok(()),
            // Read back as nothing: another type of answer than the question takes now.
            Ok(None) => Err("designer-journey-error-kind"),
            Err(problems) => Err(problems[0].1),
        },
    }
}

/// The answers that no longer fit, in the order of the service's questions (removed ones last).
pub fn unfit(definition: &Definition, answers: &Answers, today: Date) -> Vec<Unfit> {
    let mut found: Vec<(usize, Unfit)> = answers
        .iter()
        .filter_map(|(id, answer)| {
            let Some(question) = find(definition, id) else {
                return Some((usize::MAX, Unfit { question: id.clone(), why: Why::Removed }));
            };
            let at = definition.position(id).unwrap_or(usize::MAX - 1);
            fits(question, answer, today).err().map(|message| (at, Unfit { question: id.clone(), why: Why::Invalid(message) }))
        })
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, u)| u).collect()
}

/// Runs `journey` against `definition` on `today`.
pub fn run(definition: &Definition, journey: &TestJourney, today: Date) -> Outcome {
    let problems = unfit(definition, &journey.answers, today);
    if !problems.is_empty() {
        return Outcome::Unfit(problems);
    }
    let walk = flow::walk(definition, &journey.answers, today);
    if walk.questions == journey.pages && walk.end == journey.end {
        return Outcome::Passed;
    }
    let at = walk.questions.iter().zip(&journey.pages).take_while(|(a, b)| a == b).count();
    Outcome::Elsewhere { at, pages: walk.questions, end: walk.end }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::*;

    const TODAY: Date = Date { year: 2026, month: 12, day: 4 };

    fn q(id: &str, kind: Kind, next: Vec<Route>) -> Question {
        Question { id: id.into(), label: "l".into(), hint: None, summary_label: None, required: true, kind, next, profile: None }
    }

    fn choice(value: &str) -> Choice {
        Choice { value: value.into(), label: "l".into(), hint: None, divider_before: false, follow_up: None }
    }

    fn definition() -> Definition {
        let equals = |v: &str, go: &str| Route { when: Some(Condition::Test(Test { question: "size".into(), op: Op::Equals(v.into()) })), go: go.into() };
        Definition {
            id: "pothole".into(),
            version: 2,
            sign_in: SignIn::GuestsAllowed,
            questions: vec![
                q("size", Kind::Radios { options: vec![choice("small"), choice("big")] }, vec![equals("small", "exit:too-small")]),
                q("where", Kind::Text { autocomplete: None, max_length: 20, width: None }, vec![]),
                q("photos", Kind::Repeat { fields: vec![q("caption", Kind::Text { autocomplete: None, max_length: 20, width: None }, vec![])], item_label: "i".into(), summary_heading: "s".into(), add_another: "a".into(), max_items: 2 }, vec![]),
                q("visit", Kind::NextDates { weekdays: vec!["monday".into()], count: 3, lead_days: 0 }, vec![]),
            ],
            exits: vec![Exit { id: "too-small".into(), title: "t".into(), body: vec![] }],
            ..Definition::sample()
        }
    }

    fn journey(answers: &[(&str, Answer)], pages: &[&str], end: Target) -> TestJourney {
        TestJourney {
            id: 1,
            name: "n".into(),
            answers: answers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
            pages: pages.iter().map(|p| p.to_string()).collect(),
            end,
            written_for: 1,
        }
    }

    fn text(t: &str) -> Answer {
        Answer::Text(t.into())
    }

    #[test]
    fn a_journey_that_goes_where_it_expects_passes() {
        let small = journey(&[("size", text("small"))], &["size"], Target::Exit("too-small".into()));
        assert_eq!(run(&definition(), &small, TODAY), Outcome::Passed);
        let big = journey(
            &[("size", text("big")), ("where", text("High Street")), ("photos", Answer::Group(vec![Answers::new()])), ("visit", text("2027-01-04"))],
            &["size", "where", "photos", "visit"],
            Target::CheckAnswers,
        );
        assert_eq!(run(&definition(), &big, TODAY), Outcome::Passed, "a date offered once still fits later");
    }

    #[test]
    fn a_changed_route_says_where_the_journey_goes_now() {
        let mut d = definition();
        d.questions[0].next[0].go = "where".into();
        let small = journey(&[("size", text("small")), ("where", text("Lane"))], &["size"], Target::Exit("too-small".into()));
        let Outcome::Elsewhere { at, pages, end } = run(&d, &small, TODAY) else { panic!("it should fail") };
        assert_eq!(at, 1, "the first page is the same, the second step differs");
        assert_eq!(pages, vec!["size", "where", "photos"]);
        assert_eq!(end, Target::Question("photos".into()), "it stops at the first page it has no answer for");
    }

    #[test]
    fn the_same_pages_ending_elsewhere_differ_after_the_last_page() {
        let wrong_end = journey(&[("size", text("small"))], &["size"], Target::CheckAnswers);
        assert_eq!(run(&definition(), &wrong_end, TODAY), Outcome::Elsewhere { at: 1, pages: vec!["size".into()], end: Target::Exit("too-small".into()) });
    }

    #[test]
    fn an_answer_to_a_removed_question_or_a_removed_option_no_longer_fits() {
        let mut d = definition();
        d.questions[0] = q("size", Kind::Radios { options: vec![choice("big"), choice("huge")] }, vec![]);
        let old = journey(&[("size", text("small")), ("colour", text("grey"))], &["size"], Target::Exit("too-small".into()));
        assert_eq!(
            run(&d, &old, TODAY),
            Outcome::Unfit(vec![
                Unfit { question: "size".into(), why: Why::Invalid("answer-error-required-choice") },
                Unfit { question: "colour".into(), why: Why::Removed },
            ])
        );
    }

    #[test]
    fn the_engines_limits_apply_to_example_answers() {
        let d = definition();
        let long = journey(&[("size", text("big")), ("where", text("A street name far longer than twenty"))], &[], Target::CheckAnswers);
        assert_eq!(run(&d, &long, TODAY), Outcome::Unfit(vec![Unfit { question: "where".into(), why: Why::Invalid("answer-error-too-long") }]));
        let many = journey(&[("photos", Answer::Group(vec![Answers::new(); 3]))], &[], Target::CheckAnswers);
        assert_eq!(run(&d, &many, TODAY), Outcome::Unfit(vec![Unfit { question: "photos".into(), why: Why::Invalid("designer-journey-error-items") }]));
    }
}
