//! What the answers and form targets share: the services whose questions they answer (the shipped
//! ones and `services/every-kind.toml`), and the checks every answer must pass.

use portico::{
    profile::fields::Date,
    services::{
        answers::{self, Answer, Answers, Raw},
        flow, load,
        model::{Definition, Kind, Question},
    },
    shipped,
};
use std::{path::Path, sync::OnceLock};

/// The shipped services, then one with every question type.
pub fn services() -> &'static [Definition] {
    static SERVICES: OnceLock<Vec<Definition>> = OnceLock::new();
    SERVICES.get_or_init(|| {
        let mut all: Vec<Definition> = shipped::files(&shipped::SERVICES)
            .iter()
            .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
            .map(|f| load::parse(f.path(), f.contents_utf8().expect("UTF-8"), None).expect("a shipped service loads"))
            .collect();
        let every = include_str!("../services/every-kind.toml");
        all.push(load::parse(Path::new("every-kind.toml"), every, None).expect("every-kind.toml loads"));
        all
    })
}

/// A "today" the fuzzer picks, from the days the server could see: leap days, year ends.
pub fn today(byte: u8) -> Date {
    const DAYS: [Date; 4] = [
        Date { year: 2026, month: 11, day: 21 },
        Date { year: 2028, month: 2, day: 29 },
        Date { year: 2026, month: 12, day: 31 },
        Date { year: 2099, month: 12, day: 28 },
    ];
    DAYS[usize::from(byte) % DAYS.len()]
}

/// Every input name a question's page has: its own, its follow-ups' and its items' fields'.
pub fn input_names(question: &Question) -> Vec<String> {
    let mut names = answers::field_ids(question);
    if let Kind::Radios { options } = &question.kind {
        names.extend(options.iter().filter_map(|o| o.follow_up.as_deref()).flat_map(answers::field_ids));
    }
    names
}

/// Checks what was typed for `question` as the question page does, and what must hold of the
/// result: each problem names one of the page's inputs (the error summary links to it), and an
/// accepted answer, put back into the inputs as a re-shown page does, reads as the same answer.
pub fn check(question: &Question, raw: &Raw, today: Date) -> Option<Answer> {
    let names = input_names(question);
    let problems_point_at_inputs = |problems: &[answers::Problem]| {
        for (field, _) in problems {
            assert!(names.contains(field), "problem on '{field}', not an input of '{}': {names:?}", question.id);
        }
    };
    if matches!(question.kind, Kind::Repeat { .. }) {
        match answers::parse_item(question, raw, today) {
            Ok(item) => {
                let again = answers::parse_item(question, &answers::item_to_raw(question, &item), today);
                assert_eq!(again.as_ref(), Ok(&item), "an item reads back the same");
                return Some(Answer::Group(vec![item]));
            }
            Err(problems) => {
                problems_point_at_inputs(&problems);
                return None;
            }
        }
    }
    match answers::parse(question, raw, today) {
        Ok(Some(answer)) => {
            let again = answers::parse(question, &answers::to_raw(question, &answer), today);
            assert_eq!(again.as_ref(), Ok(&Some(answer.clone())), "an answer put back in its inputs reads back the same");
            match answers::parse_follow_up(question, Some(&answer), raw, today) {
                Ok(_) => {}
                Err(problems) => problems_point_at_inputs(&problems),
            }
            Some(answer)
        }
        Ok(None) => None,
        Err(problems) => {
            problems_point_at_inputs(&problems);
            None
        }
    }
}

/// Answers every question of `definition` from the same form, then walks the route and prunes
/// the answers as check your answers and submission do. (The form target's; the answers target
/// checks one question at a time.)
#[allow(dead_code)]
pub fn answer_all(definition: &Definition, raw: &Raw, today: Date) {
    let mut answers = Answers::new();
    for question in &definition.questions {
        if let Some(answer) = check(question, raw, today) {
            answers.insert(question.id.clone(), answer);
        }
    }
    let walk = flow::walk(definition, &answers, today);
    assert!(walk.questions.len() <= definition.questions.len());
    let _ = flow::prune(definition, &answers, today);
}
