//! Routes and exit pages as the designer edits them: a question's routes in order (the first whose
//! condition holds wins; none holds: the next question), each with one condition or several joined
//! by "all of" or "any of", using every test the engine knows; and the exit pages routes lead to.
//! The checks (`services::rules`) then say whether every route still goes forward and reads only
//! earlier answers.

use super::draft::{slug, Draft};
use crate::{
    i18n::SOURCE_LANGUAGE,
    services::{
        flow::CHECK_ANSWERS,
        model::{Condition, Exit, Kind, Op, Route, Test},
    },
};

/// Every test a condition can make, by the name the definition uses.
pub const OPS: [&str; 10] = [
    "equals", "one_of", "includes", "excludes", "less_than", "greater_than", "years_ago_at_least", "years_ago_less_than", "answered", "not_answered",
];

/// The tests that make sense on an answer of this type.
pub fn ops_for(kind: &Kind) -> Vec<&'static str> {
    match kind {
        Kind::Radios { .. } | Kind::Select { .. } | Kind::YesNo => vec!["equals", "answered", "not_answered"],
        Kind::Checkboxes { .. } => vec!["includes", "excludes", "answered", "not_answered"],
        Kind::WholeNumber { .. } | Kind::Money { .. } => vec!["less_than", "greater_than", "answered", "not_answered"],
        Kind::Date { .. } => vec!["years_ago_at_least", "years_ago_less_than", "answered", "not_answered"],
        Kind::Text { .. } | Kind::LongText { .. } | Kind::Email | Kind::Phone => vec!["equals", "answered", "not_answered"],
        _ => vec!["answered", "not_answered"],
    }
}

/// Whether a test of this name takes a number (rather than option values or text).
pub fn takes_number(op: &str) -> bool {
    matches!(op, "less_than" | "greater_than" | "years_ago_at_least" | "years_ago_less_than")
}

/// A test from its form: its name and its values (option values, a number, or yes/no).
pub fn op(name: &str, values: &[String]) -> Option<Op> {
    let first = values.first().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let number = || first.as_deref().and_then(|v| v.parse::<i64>().ok());
    Some(match name {
        "equals" => Op::Equals(first?),
        "one_of" if !values.is_empty() => Op::OneOf(values.to_vec()),
        "includes" => Op::Includes(first?),
        "excludes" => Op::Excludes(first?),
        "less_than" => Op::LessThan(number()?),
        "greater_than" => Op::GreaterThan(number()?),
        "years_ago_at_least" => Op::YearsAgoAtLeast(number()?),
        "years_ago_less_than" => Op::YearsAgoLessThan(number()?),
        "answered" => Op::Answered(true),
        "not_answered" => Op::Answered(false),
        _ => return None,
    })
}

/// A test's name and its values, as the form and the list show them.
pub fn op_parts(op: &Op) -> (&'static str, Vec<String>) {
    match op {
        Op::Equals(v) => ("equals", vec![v.clone()]),
        Op::OneOf(vs) => ("one_of", vs.clone()),
        Op::Includes(v) => ("includes", vec![v.clone()]),
        Op::Excludes(v) => ("excludes", vec![v.clone()]),
        Op::LessThan(n) => ("less_than", vec![n.to_string()]),
        Op::GreaterThan(n) => ("greater_than", vec![n.to_string()]),
        Op::YearsAgoAtLeast(n) => ("years_ago_at_least", vec![n.to_string()]),
        Op::YearsAgoLessThan(n) => ("years_ago_less_than", vec![n.to_string()]),
        Op::Answered(true) => ("answered", vec![]),
        Op::Answered(false) => ("not_answered", vec![]),
    }
}

/// The tests of a route's condition, and whether they are joined by "any of".
pub fn tests_of(condition: Option<&Condition>) -> (Vec<Test>, bool) {
    match condition {
        None => (Vec::new(), false),
        Some(Condition::Test(t)) => (vec![t.clone()], false),
        Some(Condition::All { all }) => (all.iter().filter_map(|c| if let Condition::Test(t) = c { Some(t.clone()) } else { None }).collect(), false),
        Some(Condition::Any { any }) => (any.iter().filter_map(|c| if let Condition::Test(t) = c { Some(t.clone()) } else { None }).collect(), true),
    }
}

fn condition_of(tests: Vec<Test>, any: bool) -> Option<Condition> {
    match tests.len() {
        0 => None,
        1 => tests.into_iter().next().map(Condition::Test),
        _ if any => Some(Condition::Any { any: tests.into_iter().map(Condition::Test).collect() }),
        _ => Some(Condition::All { all: tests.into_iter().map(Condition::Test).collect() }),
    }
}

impl Draft {
    /// Where a route from `question` may go: the questions after it, check your answers, and every exit.
    pub fn targets(&self, question: &str) -> Vec<String> {
        let after = self.definition.position(question).map_or(0, |p| p + 1);
        let mut targets: Vec<String> = self.definition.questions.iter().skip(after).map(|q| q.id.clone()).collect();
        targets.push(CHECK_ANSWERS.to_owned());
        targets.extend(self.definition.exits.iter().map(|e| format!("exit:{}", e.id)));
        targets
    }

    /// The questions a route from `question` may test: it and those before it.
    pub fn testable(&self, question: &str) -> Vec<String> {
        let upto = self.definition.position(question).map_or(0, |p| p + 1);
        self.definition.questions.iter().take(upto).map(|q| q.id.clone()).collect()
    }

    /// Adds a route at the end of `question`'s routes, with one test (or none: always).
    pub fn add_route(&mut self, question: &str, test: Option<Test>, go: &str) {
        if let Some(q) = self.definition.questions.iter_mut().find(|q| q.id == question) {
            q.next.push(Route { when: test.map(Condition::Test), go: go.to_owned() });
        }
    }

    /// Adds a test to route `n` of `question`, joined to the others by "all of" or "any of".
    pub fn add_condition(&mut self, question: &str, n: usize, test: Test, any: bool) {
        let Some(route) = self.definition.questions.iter_mut().find(|q| q.id == question).and_then(|q| q.next.get_mut(n)) else { return };
        let (mut tests, was_any) = tests_of(route.when.as_ref());
        let any = if tests.len() > 1 { was_any } else { any };
        tests.push(test);
        route.when = condition_of(tests, any);
    }

    /// Removes test `m` of route `n` of `question` (the route then holds on the others, or always).
    pub fn remove_condition(&mut self, question: &str, n: usize, m: usize) {
        let Some(route) = self.definition.questions.iter_mut().find(|q| q.id == question).and_then(|q| q.next.get_mut(n)) else { return };
        let (mut tests, any) = tests_of(route.when.as_ref());
        if m < tests.len() {
            tests.remove(m);
        }
        route.when = condition_of(tests, any);
    }

    pub fn remove_route(&mut self, question: &str, n: usize) {
        if let Some(q) = self.definition.questions.iter_mut().find(|q| q.id == question) {
            if n < q.next.len() {
                q.next.remove(n);
            }
        }
    }

    /// Moves route `n` one place up or down: the first route that holds wins, so order matters.
    pub fn move_route(&mut self, question: &str, n: usize, by: isize) {
        if let Some(q) = self.definition.questions.iter_mut().find(|q| q.id == question) {
            let to = n as isize + by;
            if n < q.next.len() && to >= 0 && (to as usize) < q.next.len() {
                q.next.swap(n, to as usize);
            }
        }
    }

    /// Adds an exit page with its English title and paragraphs; returns its id.
    pub fn add_exit(&mut self, title: &str, body: &str) -> String {
        let base = slug(title, "exit");
        // `new` is the address of the page that adds an exit.
        let free = |id: &str| self.definition.exit(id).is_none() && id != "new";
        let id = if free(&base) { base } else { (2..).map(|n| format!("{base}-{n}")).find(|id| free(id)).unwrap_or(base) };
        let title_id = self.new_id(&format!("exit-{id}-title"));
        self.set_text(SOURCE_LANGUAGE, &title_id, title);
        self.definition.exits.push(Exit { id: id.clone(), title: title_id, body: Vec::new() });
        self.set_exit_body(&id, body);
        id
    }

    /// Sets an exit page's English title and paragraphs.
    pub fn set_exit(&mut self, id: &str, title: &str, body: &str) {
        let Some(exit) = self.definition.exit(id).cloned() else { return };
        self.set_text(SOURCE_LANGUAGE, &exit.title, title);
        self.set_exit_body(id, body);
    }

    fn set_exit_body(&mut self, id: &str, body: &str) {
        let Some(at) = self.definition.exits.iter().position(|e| e.id == id) else { return };
        let old = self.definition.exits[at].body.clone();
        let kept = self.set_paragraphs(&old, &format!("exit-{id}-body"), body);
        self.definition.exits[at].body = kept;
    }

    /// Removes an exit page and its texts; routes that led there are then problems the checks name.
    pub fn remove_exit(&mut self, id: &str) {
        let Some(at) = self.definition.exits.iter().position(|e| e.id == id) else { return };
        let exit = self.definition.exits.remove(at);
        let languages: Vec<String> = self.texts.keys().cloned().collect();
        for lang in languages {
            for text in std::iter::once(&exit.title).chain(&exit.body) {
                self.set_text(&lang, text, "");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{designer::draft::kind, services::rules::Broken};

    fn draft() -> Draft {
        let mut d = Draft::new_service("litter", "Report litter", "streets");
        let age = d.add_question(kind("date").unwrap(), "Date of birth");
        let place = d.add_question(kind("radios").unwrap(), "Where?");
        d.set_options(&place, "Park\nStreet");
        d.add_question(kind("text").unwrap(), "Details");
        assert_eq!((age.as_str(), place.as_str()), ("date-of-birth", "where"));
        d
    }

    #[test]
    fn a_branch_to_an_exit_with_two_conditions_joined_by_any_of_reads_back_and_passes_the_checks() {
        let mut d = draft();
        let exit = d.add_exit("You cannot report this here", "Call us instead.");
        assert_eq!(exit, "you-cannot-report-this-here");
        assert_eq!(d.targets("where"), ["details", "check-answers", "exit:you-cannot-report-this-here"]);
        assert_eq!(d.testable("where"), ["date-of-birth", "where"]);
        let test = |q: &str, op: Op| Test { question: q.into(), op };
        d.add_route("where", Some(test("where", Op::Equals("park".into()))), "exit:you-cannot-report-this-here");
        d.add_condition("where", 0, test("date-of-birth", Op::YearsAgoLessThan(16)), true);
        let (tests, any) = tests_of(d.definition.questions[1].next[0].when.as_ref());
        assert_eq!((tests.len(), any), (2, true));
        assert!(d.problems().iter().all(|p| !p.place.starts_with("questions[1].next")), "{:?}", d.problems());
        let again = Draft::from_files(&d.to_files()).unwrap();
        assert_eq!(again.definition, d.definition, "conditions survive the TOML round trip");
        d.remove_condition("where", 0, 0);
        assert!(matches!(d.definition.questions[1].next[0].when, Some(Condition::Test(_))));
        assert_eq!(op("years_ago_at_least", &["18".into()]), Some(Op::YearsAgoAtLeast(18)));
        assert_eq!(op("less_than", &["many".into()]), None);
        assert_eq!(op("not_answered", &[]), Some(Op::Answered(false)));
    }

    #[test]
    fn removing_an_exit_that_a_route_leads_to_is_a_problem_and_order_decides_which_route_wins() {
        let mut d = draft();
        let exit = d.add_exit("Not here", "");
        d.add_route("where", None, &format!("exit:{exit}"));
        d.add_route("where", None, "check-answers");
        d.move_route("where", 1, -1);
        assert_eq!(d.definition.questions[1].next[0].go, "check-answers");
        d.remove_exit(&exit);
        assert!(d.problems().iter().any(|p| p.kind == Broken::NoExit { exit: exit.clone() }));
        d.remove_route("where", 1);
        assert_eq!(d.definition.questions[1].next.len(), 1);
    }
}
