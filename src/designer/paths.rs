//! Every distinct journey through a service, each with the routes that lead along it, and for any
//! question who sees it. Computed with the engine's own routing: for each question, a handful of
//! sample answers stand for the "classes" of answer that the service's conditions tell apart (each
//! option of a choice, a number either side of each limit, an age either side of each threshold,
//! answered or not); the exploration then carries every combination of sample answers still
//! possible and, at each question, lets `flow::route_taken` and `flow::next` split them by the route
//! they take. A combination no answers could make never appears, because every branch holds at
//! least one set of sample answers the engine sent that way.
//!
//! Routes only go forward (the rules refuse anything else), so every journey ends; the exploration
//! still stops at a route that goes back, and at `MAX_PATHS` journeys, and says so.

use crate::{
    profile::fields::Date,
    services::{
        answers::{Answer, Answers},
        flow::{self, Target},
        model::{Condition, Definition, Kind, Op, Question, Test},
    },
};
use std::collections::BTreeSet;

/// At most this many journeys are listed.
pub const MAX_PATHS: usize = 200;
/// At most this many combinations of sample answers are carried along one branch.
const MAX_WORLDS: usize = 4096;

/// One page of a journey and how the journey leaves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The question's position in the definition.
    pub question: usize,
    /// The route taken (its position among the question's routes); `None`: no route applied.
    pub route: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub steps: Vec<Step>,
    /// Check your answers or an exit; a question here means the journey broke off: a route goes
    /// back, or to a question that does not exist.
    pub end: Target,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub paths: Vec<Path>,
    /// Stopped at `MAX_PATHS` (or too many combinations): there are more.
    pub truncated: bool,
}

/// Who reaches a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    Everyone,
    Nobody,
    /// The distinct ways there: the steps before it that took a route with a condition (or none
    /// of a question's routes).
    When(Vec<Vec<Step>>),
}

impl Step {
    /// Whether the journey went this way because of an answer (rather than always).
    pub fn conditional(&self, d: &Definition) -> bool {
        let Some(q) = d.questions.get(self.question) else { return false };
        match self.route {
            Some(n) => q.next.get(n).is_some_and(|r| r.when.is_some()),
            None => !q.next.is_empty(),
        }
    }
}

/// Every journey through `d`, in the engine's order: at each question its routes in order, then
/// "otherwise". `today` decides ages, as it does for the citizen.
pub fn paths(d: &Definition, today: Date) -> Paths {
    let mut explorer = Explorer { d, today, classes: classes(d, today), read_from: read_from(d), out: Vec::new(), truncated: false };
    explorer.explore(flow::start(d), Vec::new(), vec![Answers::new()]);
    Paths { paths: explorer.out, truncated: explorer.truncated }
}

/// Who sees question `question`, from the journeys.
pub fn who_sees(d: &Definition, paths: &Paths, question: usize) -> Seen {
    let mut ways: Vec<Vec<Step>> = Vec::new();
    let mut everyone = !paths.paths.is_empty();
    for path in &paths.paths {
        match path.steps.iter().position(|s| s.question == question) {
            Some(at) => {
                let way: Vec<Step> = path.steps[..at].iter().filter(|s| s.conditional(d)).cloned().collect();
                if !ways.contains(&way) {
                    ways.push(way);
                }
            }
            None => everyone = false,
        }
    }
    if everyone && !paths.truncated {
        Seen::Everyone
    } else if ways.is_empty() {
        Seen::Nobody
    } else {
        Seen::When(ways)
    }
}

/// Whether some journey takes route `route` of question `from` (`None`: the fall-through).
pub fn taken(paths: &Paths, from: usize, route: Option<usize>) -> bool {
    paths.paths.iter().any(|p| p.steps.iter().any(|s| s.question == from && s.route == route))
}

struct Explorer<'a> {
    d: &'a Definition,
    today: Date,
    /// Per question, one sample answer per class (`None`: not answered).
    classes: Vec<Vec<Option<Answer>>>,
    /// Per position, the questions that conditions of routes from there on read.
    read_from: Vec<BTreeSet<String>>,
    out: Vec<Path>,
    truncated: bool,
}

impl Explorer<'_> {
    /// Follows the journey from `target`; `worlds` are the combinations of earlier sample answers
    /// that lead here (only the answers some later condition reads).
    fn explore(&mut self, target: Target, steps: Vec<Step>, worlds: Vec<Answers>) {
        if self.out.len() >= MAX_PATHS {
            self.truncated = true;
            return;
        }
        let at = match &target {
            Target::Question(id) => self.d.position(id),
            _ => None,
        };
        // The end, a question that does not exist, or a route back (refused by the rules).
        let Some(i) = at.filter(|&i| steps.last().is_none_or(|s| s.question < i)) else {
            self.out.push(Path { steps, end: target });
            return;
        };
        let question = &self.d.questions[i];
        let keep = self.read_from.get(i + 1).cloned().unwrap_or_default();
        // The engine splits every combination with every class of this answer by the route it takes.
        let mut branches: Vec<(Option<usize>, Target, Vec<Answers>)> = Vec::new();
        'worlds: for world in &worlds {
            for class in &self.classes[i] {
                let mut answers = world.clone();
                if let Some(answer) = class {
                    answers.insert(question.id.clone(), answer.clone());
                }
                let route = flow::route_taken(question, &answers, self.today);
                let to = flow::next(self.d, question, &answers, self.today);
                answers.retain(|id, _| keep.contains(id));
                let branch = match branches.iter().position(|(r, _, _)| *r == route) {
                    Some(b) => b,
                    None => {
                        branches.push((route, to, Vec::new()));
                        branches.len() - 1
                    }
                };
                let into = &mut branches[branch].2;
                if !into.contains(&answers) {
                    if into.len() >= MAX_WORLDS {
                        self.truncated = true;
                        break 'worlds;
                    }
                    into.push(answers);
                }
            }
        }
        // The engine's order: routes first to last, then "otherwise".
        branches.sort_by_key(|(route, _, _)| route.unwrap_or(usize::MAX));
        for (route, to, worlds) in branches {
            let mut steps = steps.clone();
            steps.push(Step { question: i, route });
            self.explore(to, steps, worlds);
        }
    }
}

/// For each position, the questions read by the conditions of that question's routes and every
/// later one's: the answers a combination still needs to carry.
fn read_from(d: &Definition) -> Vec<BTreeSet<String>> {
    let mut sets = vec![BTreeSet::new(); d.questions.len() + 1];
    for i in (0..d.questions.len()).rev() {
        let mut set = sets[i + 1].clone();
        for test in d.questions[i].next.iter().filter_map(|r| r.when.as_ref()).flat_map(tests) {
            set.insert(test.question.clone());
        }
        sets[i] = set;
    }
    sets
}

fn tests(condition: &Condition) -> Vec<&Test> {
    match condition {
        Condition::All { all: list } | Condition::Any { any: list } => list.iter().flat_map(tests).collect(),
        Condition::Test(t) => vec![t],
    }
}

/// Per question, one sample answer for each class its tests tell apart: sample answers are grouped
/// by which of the service's tests on that question hold for them (the engine's `holds`).
fn classes(d: &Definition, today: Date) -> Vec<Vec<Option<Answer>>> {
    let all: Vec<&Test> = d.questions.iter().flat_map(|q| q.next.iter()).filter_map(|r| r.when.as_ref()).flat_map(tests).collect();
    d.questions
        .iter()
        .map(|q| {
            let ops: Vec<&Op> = all.iter().filter(|t| t.question == q.id).map(|t| &t.op).collect();
            let mut seen: Vec<Vec<bool>> = Vec::new();
            let mut kept = Vec::new();
            for sample in samples(q, &ops, today) {
                let answers: Answers = sample.iter().map(|a| (q.id.clone(), a.clone())).collect();
                let signature: Vec<bool> =
                    ops.iter().map(|op| flow::holds(&Condition::Test(Test { question: q.id.clone(), op: (*op).clone() }), &answers, today)).collect();
                if !seen.contains(&signature) {
                    seen.push(signature);
                    kept.push(sample);
                }
            }
            kept
        })
        .collect()
}

/// Answers a person could give to `q` that fall either side of each of `ops`.
fn samples(q: &Question, ops: &[&Op], today: Date) -> Vec<Option<Answer>> {
    let text = |v: &str| Some(Answer::Text(v.to_owned()));
    let mut out: Vec<Option<Answer>> = match &q.kind {
        Kind::Radios { options } | Kind::Select { options } => options.iter().map(|o| text(&o.value)).collect(),
        Kind::YesNo => vec![text("yes"), text("no")],
        Kind::Checkboxes { options, exclusive } => {
            let all: Vec<&str> = options.iter().chain(exclusive).map(|o| o.value.as_str()).collect();
            let named: Vec<&str> = all.iter().copied().filter(|v| ops.iter().any(|op| matches!(op, Op::Includes(x) | Op::Excludes(x) if x == v))).take(10).collect();
            let unnamed = options.iter().map(|o| o.value.as_str()).find(|v| !named.contains(v));
            let only = exclusive.as_ref().map(|e| e.value.as_str());
            (0..1u32 << named.len())
                .filter_map(|bits| {
                    let mut ticked: Vec<String> = named.iter().enumerate().filter(|(b, _)| bits & (1 << b) != 0).map(|(_, v)| v.to_string()).collect();
                    // "None of these" goes alone.
                    if ticked.len() > 1 && only.is_some_and(|e| ticked.iter().any(|t| t == e)) {
                        return None;
                    }
                    if ticked.is_empty() {
                        ticked.push(unnamed?.to_owned());
                    }
                    Some(Some(Answer::List(ticked)))
                })
                .collect()
        }
        Kind::WholeNumber { min, max } | Kind::Money { min_pence: min, max_pence: max } => {
            let mut numbers: Vec<i64> = ops.iter().filter_map(|op| match op { Op::LessThan(n) | Op::GreaterThan(n) => Some(*n), _ => None }).flat_map(|n| [n.saturating_sub(1), n, n.saturating_add(1)]).collect();
            numbers.push(min.or(*max).unwrap_or(0));
            numbers.retain(|n| min.is_none_or(|m| *n >= m) && max.is_none_or(|m| *n <= m));
            numbers.into_iter().map(|n| Some(Answer::Number(n))).collect()
        }
        Kind::Date { .. } => {
            let mut years: Vec<i64> = ops.iter().filter_map(|op| match op { Op::YearsAgoAtLeast(n) | Op::YearsAgoLessThan(n) => Some(*n), _ => None }).flat_map(|n| [n - 1, n, n + 1]).collect();
            years.push(30);
            years.into_iter().filter_map(|y| years_ago(today, y)).map(|d| Some(Answer::Text(d.iso()))).collect()
        }
        Kind::Text { .. } | Kind::LongText { .. } | Kind::Email | Kind::Phone => {
            let mut words: Vec<String> = ops.iter().flat_map(|op| match op { Op::Equals(v) => vec![v.clone()], Op::OneOf(vs) => vs.clone(), _ => vec![] }).collect();
            // Something none of the tests names.
            words.push((0..).map(|n| format!("other-{n}")).find(|w| !words.contains(w)).unwrap_or_default());
            words.into_iter().map(|w| Some(Answer::Text(w))).collect()
        }
        // Only "answered" or not can be tested on these: any answer stands for all.
        Kind::Address | Kind::File { .. } | Kind::NextDates { .. } | Kind::Repeat { .. } => vec![text("answered")],
    };
    if !q.required {
        out.push(None);
    }
    out
}

/// The date `years` whole years before `today` (the 28th for a 29 February that year lacks).
fn years_ago(today: Date, years: i64) -> Option<Date> {
    let year = today.year - i32::try_from(years).ok()?;
    let day = if Date::is_real(year, today.month, today.day) { today.day } else { 28 };
    Some(Date { year, month: today.month, day })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::designer::map::tests::{branching, q, radios, when};
    use crate::services::model::Route;

    const TODAY: Date = Date { year: 2026, month: 11, day: 21 };

    fn summary<'a>(d: &'a Definition, p: &Path) -> (Vec<&'a str>, Target) {
        (p.steps.iter().map(|s| d.questions[s.question].id.as_str()).collect(), p.end.clone())
    }

    #[test]
    fn a_branching_service_has_one_journey_per_way_through() {
        let d = branching();
        let found = paths(&d, TODAY);
        assert!(!found.truncated);
        let got: Vec<(Vec<&str>, Target)> = found.paths.iter().map(|p| summary(&d, p)).collect();
        assert_eq!(got, [
            (vec!["live-here"], Target::Exit("not-resident".into())),
            (vec!["live-here", "who"], Target::Exit("no-one".into())),
            (vec!["live-here", "who", "age"], Target::CheckAnswers),
            (vec!["live-here", "who", "their-name", "age"], Target::CheckAnswers),
        ]);
        // Each step says how the journey went on: the route taken, or none of them.
        assert_eq!(found.paths[2].steps, [Step { question: 0, route: None }, Step { question: 1, route: Some(1) }, Step { question: 3, route: None }]);
    }

    #[test]
    fn who_sees_a_page_is_everyone_nobody_or_the_conditions_that_lead_there() {
        let d = branching();
        let found = paths(&d, TODAY);
        assert_eq!(who_sees(&d, &found, 0), Seen::Everyone);
        // "Their name": only when they live here and "who" took none of its routes.
        assert_eq!(who_sees(&d, &found, 2), Seen::When(vec![vec![Step { question: 0, route: None }, Step { question: 1, route: None }]]));
        // "Age": two ways there.
        let Seen::When(ways) = who_sees(&d, &found, 3) else { panic!("some see it") };
        assert_eq!(ways.len(), 2);
        let mut d = d;
        d.questions[1].next.push(Route { when: None, go: "age".into() });
        assert_eq!(who_sees(&d, &paths(&d, TODAY), 2), Seen::Nobody, "a route that always applies skips it");
    }

    #[test]
    fn a_condition_on_an_earlier_answer_splits_the_journey_where_it_is_read() {
        let mut d = branching();
        // At "their name", people who said "other" … always; so add a later test on "live-here": impossible
        // (they said yes to reach it) and one on the number.
        d.questions[2].next = vec![when("live-here", Op::Equals("no".into()), "exit:not-resident")];
        d.questions[3].next = vec![when("age", Op::LessThan(18), "exit:no-one")];
        let found = paths(&d, TODAY);
        let got: Vec<(Vec<&str>, Target)> = found.paths.iter().map(|p| summary(&d, p)).collect();
        assert!(!got.iter().any(|(steps, end)| steps.len() == 3 && *end == Target::Exit("not-resident".into())), "nobody who lives here is sent away for not living here: {got:?}");
        assert!(got.contains(&(vec!["live-here", "who", "their-name", "age"], Target::Exit("no-one".into()))));
        assert!(got.contains(&(vec!["live-here", "who", "age"], Target::CheckAnswers)));
        assert_eq!(got.len(), 6, "two ages on each of the two ways to “age”, and the two exits before");
        assert!(!taken(&found, 2, Some(0)), "a route no journey takes");
        assert!(taken(&found, 3, Some(0)));
    }

    #[test]
    fn a_radios_question_with_two_routes_and_a_condition_across_two_answers() {
        let mut d = branching();
        d.questions = vec![
            q("colour", radios(&["red", "green", "blue"]), vec![when("colour", Op::Equals("red".into()), "size"), when("colour", Op::OneOf(vec!["green".into()]), "shape")]),
            q("shape", radios(&["round", "square"]), vec![]),
            q("size", Kind::WholeNumber { min: Some(1), max: Some(10) }, vec![Route {
                when: Some(Condition::All { all: vec![
                    Condition::Test(Test { question: "colour".into(), op: Op::Equals("red".into()) }),
                    Condition::Test(Test { question: "size".into(), op: Op::GreaterThan(5) }),
                ] }),
                go: "exit:no-one".into(),
            }]),
        ];
        d.exits.truncate(0);
        d.exits.push(crate::services::model::Exit { id: "no-one".into(), title: "t".into(), body: vec![] });
        let found = paths(&d, TODAY);
        let got: Vec<(Vec<&str>, Target)> = found.paths.iter().map(|p| summary(&d, p)).collect();
        assert_eq!(got, [
            (vec!["colour", "size"], Target::Exit("no-one".into())),
            (vec!["colour", "size"], Target::CheckAnswers),
            (vec!["colour", "shape", "size"], Target::CheckAnswers),
            (vec!["colour", "shape", "size"], Target::CheckAnswers),
        ]);
        // Through "shape" the colour is green or blue, so the exit's condition never holds there.
        assert!(found.paths[2..].iter().all(|p| p.steps[2].route.is_none()));
    }

    #[test]
    fn ages_either_side_of_a_threshold_and_an_optional_question_left_blank_are_classes() {
        let mut d = branching();
        d.questions = vec![
            q("dob", Kind::Date { rule: Default::default() }, vec![when("dob", Op::YearsAgoAtLeast(65), "exit:no-one")]),
            q("extra", Kind::Email, vec![when("extra", Op::Answered(false), "check-answers")]),
            q("last", Kind::YesNo, vec![]),
        ];
        d.questions[1].required = false;
        let found = paths(&d, TODAY);
        let got: Vec<(Vec<&str>, Target)> = found.paths.iter().map(|p| summary(&d, p)).collect();
        assert_eq!(got, [
            (vec!["dob"], Target::Exit("no-one".into())),
            (vec!["dob", "extra"], Target::CheckAnswers),
            (vec!["dob", "extra", "last"], Target::CheckAnswers),
        ]);
    }

    #[test]
    fn the_journeys_are_counted_up_to_a_limit_and_a_route_back_breaks_off() {
        let mut d = branching();
        // Eight yes/no questions, each read by the last one's routes: 2^8 combinations, but only
        // the journeys the routes tell apart are listed.
        d.questions = (0..9).map(|n| q(&format!("q{n}"), Kind::YesNo, vec![])).collect();
        d.questions[8].next = (0..8).map(|n| when(&format!("q{n}"), Op::Equals("yes".into()), "check-answers")).collect();
        let found = paths(&d, TODAY);
        assert_eq!(found.paths.len(), 9);
        assert!(!found.truncated);
        // Every question skipping one or two of the next: more journeys than the limit.
        let n = 14;
        d.questions = (0..n).map(|i| q(&format!("q{i}"), radios(&["a", "b", "c"]), vec![])).collect();
        for i in 0..n - 3 {
            d.questions[i].next = vec![when(&format!("q{i}"), Op::Equals("a".into()), &format!("q{}", i + 2)), when(&format!("q{i}"), Op::Equals("b".into()), &format!("q{}", i + 3))];
        }
        let found = paths(&d, TODAY);
        assert!(found.truncated && found.paths.len() == MAX_PATHS, "{}", found.paths.len());
        d.questions = vec![q("a", Kind::YesNo, vec![]), q("b", Kind::YesNo, vec![Route { when: None, go: "a".into() }])];
        let found = paths(&d, TODAY);
        assert_eq!(found.paths[0].end, Target::Question("a".into()), "stops where the route goes back");
    }
}
