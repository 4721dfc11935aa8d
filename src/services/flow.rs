//! The journey through a definition: which question comes next given the answers so far, where
//! the route ends (check your answers, or an exit page), and which answers are no longer on the
//! route (dropped before submission). Routes only go forward in the file (the loader checks
//! this), so every route ends.

use super::{
    answers::{Answer, Answers},
    model::{Condition, Definition, Op, Question, Test},
};
use crate::profile::fields::Date;

/// Where a step leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Question(String),
    CheckAnswers,
    Exit(String),
}

pub const CHECK_ANSWERS: &str = "check-answers";

impl Target {
    pub fn parse(go: &str) -> Self {
        if go == CHECK_ANSWERS {
            Self::CheckAnswers
        } else if let Some(exit) = go.strip_prefix("exit:") {
            Self::Exit(exit.to_owned())
        } else {
            Self::Question(go.to_owned())
        }
    }
}

/// The first question of the service.
pub fn start(definition: &Definition) -> Target {
    definition.questions.first().map_or(Target::CheckAnswers, |q| Target::Question(q.id.clone()))
}

/// Where to go after `question`, given the answers.
pub fn next(definition: &Definition, question: &Question, answers: &Answers, today: Date) -> Target {
    match route_taken(question, answers, today) {
        Some(n) => Target::parse(&question.next[n].go),
        None => otherwise(definition, question),
    }
}

/// Which of `question`'s routes the answers take: the first whose condition holds (a route
/// without a condition always holds). None: no route applies.
pub fn route_taken(question: &Question, answers: &Answers, today: Date) -> Option<usize> {
    question.next.iter().position(|route| route.when.as_ref().is_none_or(|c| holds(c, answers, today)))
}

/// Where `question` leads when no route applies: the next question in the file, or the end.
pub fn otherwise(definition: &Definition, question: &Question) -> Target {
    let position = definition.position(&question.id).unwrap_or(usize::MAX - 1);
    definition.questions.get(position + 1).map_or(Target::CheckAnswers, |q| Target::Question(q.id.clone()))
}

/// The route as the answers make it: the questions on it, in order, and where it ends. The route
/// stops at the first unanswered question (that is where the person continues).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    pub questions: Vec<String>,
    pub end: Target,
}

pub fn walk(definition: &Definition, answers: &Answers, today: Date) -> Walk {
    let mut questions = Vec::new();
    let mut target = start(definition);
    // Bounded by the number of questions: routes only go forward.
    for _ in 0..=definition.questions.len() {
        let Target::Question(id) = &target else { break };
        let Some(question) = definition.question(id) else { break };
        questions.push(question.id.clone());
        let answered = answers.contains_key(&question.id);
        if !answered && question.required {
            return Walk { questions, end: target };
        }
        target = next(definition, question, answers, today);
    }
    Walk { questions, end: target }
}

/// Only the answers on the route: what the person changed their mind about is not submitted.
pub fn prune(definition: &Definition, answers: &Answers, today: Date) -> Answers {
    let route = walk(definition, answers, today);
    let mut keep: Vec<&str> = route.questions.iter().map(String::as_str).collect();
    // A follow-up stays only while its option is the chosen one.
    for question in route.questions.iter().filter_map(|id| definition.question(id)) {
        if let Some(follow_up) = super::answers::chosen_follow_up(question, answers.get(&question.id)) {
            keep.push(&follow_up.id);
        }
    }
    answers.iter().filter(|(id, _)| keep.contains(&id.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Whether `condition` holds for the answers.
pub fn holds(condition: &Condition, answers: &Answers, today: Date) -> bool {
    match condition {
        Condition::All { all } => all.iter().all(|c| holds(c, answers, today)),
        Condition::Any { any } => any.iter().any(|c| holds(c, answers, today)),
        Condition::Test(test) => test_holds(test, answers, today),
    }
}

fn test_holds(test: &Test, answers: &Answers, today: Date) -> bool {
    let answer = answers.get(&test.question);
    match (&test.op, answer) {
        (Op::Answered(wanted), _) => answer.is_some() == *wanted,
        (Op::Equals(value), Some(Answer::Text(text))) => text == value,
        (Op::OneOf(values), Some(Answer::Text(text))) => values.contains(text),
        (Op::Includes(value), Some(Answer::List(items))) => items.contains(value),
        (Op::Excludes(value), Some(Answer::List(items))) => !items.contains(value),
        (Op::Excludes(_), None) => true,
        (Op::LessThan(n), Some(Answer::Number(v))) => v < n,
        (Op::GreaterThan(n), Some(Answer::Number(v))) => v > n,
        (Op::YearsAgoAtLeast(years), Some(Answer::Text(iso))) => Date::from_iso(iso).is_some_and(|d| whole_years(d, today) >= *years),
        (Op::YearsAgoLessThan(years), Some(Answer::Text(iso))) => Date::from_iso(iso).is_some_and(|d| whole_years(d, today) < *years),
        _ => false,
    }
}

/// Whole years from `date` to `today` (an age, for a date of birth).
pub fn whole_years(date: Date, today: Date) -> i64 {
    let mut years = i64::from(today.year - date.year);
    if (today.month, today.day) < (date.month, date.day) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::*;

    const TODAY: Date = Date { year: 2026, month: 11, day: 21 };

    fn q(id: &str, kind: Kind, next: Vec<Route>) -> Question {
        Question { id: id.into(), label: "l".into(), hint: None, summary_label: None, required: true, kind, next, profile: None }
    }

    fn radios(values: &[&str]) -> Kind {
        Kind::Radios {
            options: values.iter().map(|v| Choice { value: v.to_string(), label: "l".into(), hint: None, divider_before: false, follow_up: None }).collect(),
        }
    }

    fn when(question: &str, op: Op, go: &str) -> Route {
        Route { when: Some(Condition::Test(Test { question: question.into(), op })), go: go.into() }
    }

    fn definition() -> Definition {
        Definition {
            questions: vec![
                q("who", radios(&["me", "other", "nobody"]), vec![
                    when("who", Op::Equals("nobody".into()), "exit:no-one"),
                    when("who", Op::Equals("me".into()), "age"),
                ]),
                q("their-name", Kind::Text { autocomplete: None, max_length: 50, width: None }, vec![]),
                q("age", Kind::WholeNumber { min: None, max: None }, vec![when("age", Op::LessThan(18), "exit:too-young")]),
                q("done", Kind::YesNo, vec![]),
            ],
            exits: vec![
                Exit { id: "no-one".into(), title: "t".into(), body: vec![] },
                Exit { id: "too-young".into(), title: "t".into(), body: vec![] },
            ],
            ..Definition::sample()
        }
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn a_branch_skips_questions_that_do_not_apply() {
        let d = definition();
        let a = answers(&[("who", Answer::Text("me".into()))]);
        assert_eq!(walk(&d, &a, TODAY), Walk { questions: vec!["who".into(), "age".into()], end: Target::Question("age".into()) });
    }

    #[test]
    fn without_a_matching_route_the_next_question_in_the_file_follows() {
        let d = definition();
        let a = answers(&[("who", Answer::Text("other".into()))]);
        assert_eq!(walk(&d, &a, TODAY).end, Target::Question("their-name".into()));
    }

    #[test]
    fn an_exit_ends_the_route() {
        let d = definition();
        let a = answers(&[("who", Answer::Text("me".into())), ("age", Answer::Number(16))]);
        assert_eq!(walk(&d, &a, TODAY).end, Target::Exit("too-young".into()));
    }

    #[test]
    fn answers_off_the_route_are_dropped() {
        let d = definition();
        let a = answers(&[
            ("who", Answer::Text("me".into())),
            ("their-name", Answer::Text("left over".into())),
            ("age", Answer::Number(40)),
            ("done", Answer::Text("yes".into())),
        ]);
        let kept = prune(&d, &a, TODAY);
        assert!(!kept.contains_key("their-name"));
        assert_eq!(kept.len(), 3);
        assert_eq!(walk(&d, &kept, TODAY).end, Target::CheckAnswers);
    }

    #[test]
    fn conditions_combine_with_all_and_any_and_compare_dates_to_today() {
        let a = answers(&[("dob", Answer::Text("1950-11-22".into())), ("n", Answer::Number(3)), ("boxes", Answer::List(vec!["x".into()]))]);
        let t = |question: &str, op: Op| Condition::Test(Test { question: question.into(), op });
        assert!(holds(&t("dob", Op::YearsAgoLessThan(76)), &a, TODAY), "not 76 until tomorrow");
        assert!(holds(&t("dob", Op::YearsAgoAtLeast(75)), &a, TODAY));
        assert!(holds(&Condition::All { all: vec![t("n", Op::GreaterThan(2)), t("boxes", Op::Includes("x".into()))] }, &a, TODAY));
        assert!(!holds(&Condition::All { all: vec![t("n", Op::GreaterThan(3)), t("boxes", Op::Includes("x".into()))] }, &a, TODAY));
        assert!(holds(&Condition::Any { any: vec![t("n", Op::GreaterThan(3)), t("missing", Op::Answered(false))] }, &a, TODAY));
    }

    #[test]
    fn ages_count_whole_years() {
        let birthday = Date { year: 2000, month: 11, day: 21 };
        assert_eq!(whole_years(birthday, TODAY), 26);
        assert_eq!(whole_years(Date { year: 2000, month: 11, day: 22 }, TODAY), 25);
    }
}
