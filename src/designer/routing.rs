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

/// An option's details as its page edits them.
pub struct OptionEdit {
    pub label: String,
    pub hint: String,
    /// Draw the "or" divider before it (radios).
    pub divider: bool,
    /// A follow-up question revealed when it is chosen (radios): its words and type of answer.
    pub follow_up: Option<(String, Kind)>,
}

impl Draft {
    /// Sets option `value` of `question`: words, hint, divider and follow-up. The value never changes.
    pub fn set_option(&mut self, question: &str, value: &str, edit: OptionEdit) {
        let Some(at) = self.definition.position(question) else { return };
        let taken: Vec<String> = self
            .definition
            .questions
            .iter()
            .flat_map(|q| {
                let mut ids = vec![q.id.clone()];
                if let Kind::Radios { options } = &q.kind {
                    ids.extend(options.iter().filter(|o| o.value != value || q.id != question).filter_map(|o| o.follow_up.as_ref().map(|f| f.id.clone())));
                }
                ids
            })
            .collect();
        let radios = matches!(self.definition.questions[at].kind, Kind::Radios { .. });
        let Some(option) = self.option(question, value).cloned() else { return };
        self.set_text(SOURCE_LANGUAGE, &option.label, &edit.label);
        let hint_id = option.hint.clone().unwrap_or_else(|| self.new_id(&format!("{question}-{value}-hint")));
        self.set_text(SOURCE_LANGUAGE, &hint_id, &edit.hint);
        let follow_up = match (radios, edit.follow_up) {
            (true, Some((label, kind))) => {
                let existing = option.follow_up.clone();
                let id = existing.as_ref().map(|f| f.id.clone()).unwrap_or_else(|| {
                    let base = slug(&label, "follow-up");
                    if !taken.contains(&base) { base } else { (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id)).unwrap_or(base) }
                });
                let label_id = existing.as_ref().map(|f| f.label.clone()).unwrap_or_else(|| self.new_id(&format!("{id}-label")));
                self.set_text(SOURCE_LANGUAGE, &label_id, &label);
                Some(Box::new(crate::services::model::Question {
                    id,
                    label: label_id,
                    hint: None,
                    summary_label: None,
                    required: true,
                    kind,
                    next: Vec::new(),
                    profile: None,
                }))
            }
            _ => {
                if let Some(old) = &option.follow_up {
                    let languages: Vec<String> = self.texts.keys().cloned().collect();
                    for lang in languages {
                        self.set_text(&lang, &old.label, "");
                    }
                }
                None
            }
        };
        let hint = (!edit.hint.trim().is_empty()).then_some(hint_id);
        if let Some(stored) = self.option_mut(question, value) {
            stored.hint = hint;
            stored.divider_before = radios && edit.divider;
            stored.follow_up = follow_up;
        }
    }

    /// Option `value` of a choice question.
    pub fn option(&self, question: &str, value: &str) -> Option<&crate::services::model::Choice> {
        match &self.definition.question(question)?.kind {
            Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options.iter().find(|o| o.value == value),
            _ => None,
        }
    }

    fn option_mut(&mut self, question: &str, value: &str) -> Option<&mut crate::services::model::Choice> {
        match &mut self.definition.questions.iter_mut().find(|q| q.id == question)?.kind {
            Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options.iter_mut().find(|o| o.value == value),
            _ => None,
        }
    }

    /// Sets the checkboxes' "None of these" option, that cannot be ticked with others (empty: none).
    pub fn set_exclusive(&mut self, question: &str, label: &str) {
        let Some(at) = self.definition.position(question) else { return };
        let Kind::Checkboxes { exclusive, .. } = &self.definition.questions[at].kind else { return };
        let current = exclusive.clone();
        match (current, label.trim().is_empty()) {
            (Some(choice), true) => {
                let languages: Vec<String> = self.texts.keys().cloned().collect();
                for lang in languages {
                    self.set_text(&lang, &choice.label, "");
                }
                if let Kind::Checkboxes { exclusive, .. } = &mut self.definition.questions[at].kind {
                    *exclusive = None;
                }
            }
            (Some(choice), false) => self.set_text(SOURCE_LANGUAGE, &choice.label, label),
            (None, true) => {}
            (None, false) => {
                let label_id = self.new_id(&format!("{question}-none"));
                self.set_text(SOURCE_LANGUAGE, &label_id, label);
                let choice = crate::services::model::Choice { value: "none".into(), label: label_id, hint: None, divider_before: false, follow_up: None };
                if let Kind::Checkboxes { exclusive, .. } = &mut self.definition.questions[at].kind {
                    *exclusive = Some(choice);
                }
            }
        }
    }
}

/// The types a follow-up question may have: simple ones.
pub const FOLLOW_UP_KINDS: [&str; 6] = ["text", "long_text", "whole_number", "email", "phone", "date"];

#[cfg(test)]
mod option_tests {
    use super::*;
    use crate::designer::draft::kind;

    #[test]
    fn an_option_gets_a_hint_a_divider_and_a_follow_up_and_checkboxes_a_none_of_these() {
        let mut d = Draft::new_service("litter", "Report litter", "streets");
        d.set_text("en", "litter-summary", "s");
        d.set_text("en", "litter-declaration", "d");
        let q = d.add_question(kind("radios").unwrap(), "Where?");
        d.set_options(&q, "Park\nSomewhere else");
        d.set_option(&q, "somewhere-else", OptionEdit { label: "Somewhere else".into(), hint: "A street or a car park".into(), divider: true, follow_up: Some(("Tell us where".into(), kind("text").unwrap())) });
        let option = d.option(&q, "somewhere-else").unwrap().clone();
        assert!(option.divider_before);
        assert_eq!(d.text("en", option.hint.as_deref().unwrap()), "A street or a car park");
        assert_eq!(option.follow_up.as_ref().unwrap().id, "tell-us-where");
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        d.set_option(&q, "somewhere-else", OptionEdit { label: "Elsewhere".into(), hint: String::new(), divider: false, follow_up: None });
        let option = d.option(&q, "somewhere-else").unwrap().clone();
        assert!(option.follow_up.is_none() && option.hint.is_none());
        let boxes = d.add_question(kind("checkboxes").unwrap(), "What?");
        d.set_options(&boxes, "Bags\nFurniture");
        d.set_exclusive(&boxes, "None of these");
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        assert!(matches!(&d.definition.questions[1].kind, Kind::Checkboxes { exclusive: Some(e), .. } if d.text("en", &e.label) == "None of these"));
        d.set_exclusive(&boxes, "");
        assert!(matches!(&d.definition.questions[1].kind, Kind::Checkboxes { exclusive: None, .. }));
        assert_eq!(Draft::from_files(&d.to_files()).unwrap(), d);
    }
}

/// The words of an "add another" question, as its page edits them.
pub struct RepeatEdit {
    pub item_label: String,
    pub summary_heading: String,
    pub add_another: String,
    pub max_items: u8,
}

impl Draft {
    /// A new "add another" question's texts: each item's name, the summary's heading, the question
    /// under it. English defaults the designer then words for the service.
    pub fn repeat_kind(&mut self, question_stem: &str) -> Kind {
        let ids = [format!("{question_stem}-item"), format!("{question_stem}-added"), format!("{question_stem}-add-another")];
        let [item, added, another] = ids.map(|stem| self.new_id(&stem));
        self.set_text(SOURCE_LANGUAGE, &item, "Item { $number }");
        self.set_text(SOURCE_LANGUAGE, &added, "{ $count ->\n    [one] You have added 1 item\n   *[other] You have added { $count } items\n}");
        self.set_text(SOURCE_LANGUAGE, &another, "Do you need to add another item?");
        Kind::Repeat { fields: Vec::new(), item_label: item, summary_heading: added, add_another: another, max_items: 5 }
    }

    /// Sets an "add another" question's words and its most items.
    pub fn set_repeat(&mut self, question: &str, edit: RepeatEdit) {
        let Some(Kind::Repeat { item_label, summary_heading, add_another, .. }) = self.definition.question(question).map(|q| q.kind.clone()) else { return };
        self.set_text(SOURCE_LANGUAGE, &item_label, &edit.item_label);
        self.set_text(SOURCE_LANGUAGE, &summary_heading, &edit.summary_heading);
        self.set_text(SOURCE_LANGUAGE, &add_another, &edit.add_another);
        if let Some(Kind::Repeat { max_items, .. }) = self.definition.questions.iter_mut().find(|q| q.id == question).map(|q| &mut q.kind) {
            *max_items = edit.max_items;
        }
    }

    /// The fields of an "add another" question's items.
    pub fn fields(&self, question: &str) -> Vec<crate::services::model::Question> {
        match self.definition.question(question).map(|q| &q.kind) {
            Some(Kind::Repeat { fields, .. }) => fields.clone(),
            _ => Vec::new(),
        }
    }

    fn fields_mut(&mut self, question: &str) -> Option<&mut Vec<crate::services::model::Question>> {
        match &mut self.definition.questions.iter_mut().find(|q| q.id == question)?.kind {
            Kind::Repeat { fields, .. } => Some(fields),
            _ => None,
        }
    }

    /// Adds a field to each item of `question`; returns its id (unique among the item's fields).
    pub fn add_field(&mut self, question: &str, kind: Kind, label: &str) -> Option<String> {
        let taken: Vec<String> = self.fields(question).into_iter().map(|f| f.id).collect();
        let base = slug(label, "field");
        let id = if !taken.contains(&base) { base } else { (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id)).unwrap_or(base) };
        let label_id = self.new_id(&format!("{question}-{id}-label"));
        self.set_text(SOURCE_LANGUAGE, &label_id, label);
        let field = crate::services::model::Question { id: id.clone(), label: label_id, hint: None, summary_label: None, required: true, kind, next: Vec::new(), profile: None };
        self.fields_mut(question)?.push(field);
        Some(id)
    }

    /// Sets a field's words, hint and whether it must be answered; a choice field's options, one per line.
    pub fn set_field(&mut self, question: &str, field: &str, label: &str, hint: &str, required: bool, options: &str) {
        let Some(current) = self.fields(question).into_iter().find(|f| f.id == field) else { return };
        self.set_text(SOURCE_LANGUAGE, &current.label, label);
        let hint_id = current.hint.clone().unwrap_or_else(|| self.new_id(&format!("{question}-{field}-hint")));
        self.set_text(SOURCE_LANGUAGE, &hint_id, hint);
        let old: Vec<crate::services::model::Choice> = match &current.kind {
            Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options.clone(),
            _ => Vec::new(),
        };
        let mut choices = Vec::new();
        if matches!(current.kind, Kind::Radios { .. } | Kind::Select { .. } | Kind::Checkboxes { .. }) {
            for (n, line) in options.replace("\r\n", "\n").lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
                let same = old.iter().find(|o| self.text(SOURCE_LANGUAGE, &o.label) == line).or_else(|| old.get(n));
                let choice = match same {
                    Some(o) if !choices.iter().any(|c: &crate::services::model::Choice| c.value == o.value) => o.clone(),
                    _ => {
                        let base = slug(line, "option");
                        let value = if !choices.iter().any(|c: &crate::services::model::Choice| c.value == base) { base } else { format!("{base}-{n}") };
                        crate::services::model::Choice { label: self.new_id(&format!("{question}-{field}-{value}")), value, hint: None, divider_before: false, follow_up: None }
                    }
                };
                self.set_text(SOURCE_LANGUAGE, &choice.label, line);
                choices.push(choice);
            }
        }
        if let Some(stored) = self.fields_mut(question).and_then(|f| f.iter_mut().find(|f| f.id == field)) {
            stored.hint = (!hint.trim().is_empty()).then_some(hint_id);
            stored.required = required;
            if let Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } = &mut stored.kind {
                *options = choices;
            }
        }
    }

    /// Sets the settings of a field's type (its lengths, limits or date rule): the type stays.
    pub fn set_field_kind(&mut self, question: &str, field: &str, kind: Kind) {
        if let Some(stored) = self.fields_mut(question).and_then(|f| f.iter_mut().find(|f| f.id == field)) {
            if std::mem::discriminant(&stored.kind) == std::mem::discriminant(&kind) {
                stored.kind = kind;
            }
        }
    }

    /// Removes a field from each item of `question`, with its words.
    pub fn remove_field(&mut self, question: &str, field: &str) {
        let Some(fields) = self.fields_mut(question) else { return };
        let Some(at) = fields.iter().position(|f| f.id == field) else { return };
        let gone = fields.remove(at);
        let languages: Vec<String> = self.texts.keys().cloned().collect();
        for lang in languages {
            self.set_text(&lang, &gone.label, "");
        }
    }
}

impl Draft {
    /// Makes a radios question's options the profile's ways of contact (email, phone, post),
    /// keeping the words of any option that already has one of those values.
    pub fn contact_options(&mut self, question: &str) {
        const WAYS: [(&str, &str); 3] = [("email", "By email"), ("phone", "By phone"), ("post", "By post")];
        let Some(at) = self.definition.position(question) else { return };
        let Kind::Radios { options } = self.definition.questions[at].kind.clone() else { return };
        let mut chosen = Vec::new();
        for (value, words) in WAYS {
            let choice = match options.iter().find(|o| o.value == value) {
                Some(existing) => existing.clone(),
                None => {
                    let label = self.new_id(&format!("{question}-{value}"));
                    self.set_text(SOURCE_LANGUAGE, &label, words);
                    crate::services::model::Choice { value: value.to_owned(), label, hint: None, divider_before: false, follow_up: None }
                }
            };
            chosen.push(choice);
        }
        for gone in options.iter().filter(|o| !WAYS.iter().any(|(v, _)| *v == o.value)) {
            let languages: Vec<String> = self.texts.keys().cloned().collect();
            for lang in languages {
                self.set_text(&lang, &gone.label, "");
            }
        }
        if let Kind::Radios { options } = &mut self.definition.questions[at].kind {
            *options = chosen;
        }
    }
}

/// The types an item's field may have: simple ones, choices included.
pub const FIELD_KINDS: [&str; 10] = ["text", "long_text", "whole_number", "money", "email", "phone", "date", "radios", "select", "yes_no"];

#[cfg(test)]
mod repeat_tests {
    use super::*;
    use crate::designer::draft::kind;

    #[test]
    fn an_add_another_question_with_two_fields_passes_the_checks_and_reads_back() {
        let mut d = Draft::new_service("litter", "Report litter", "streets");
        d.set_text("en", "litter-summary", "s");
        d.set_text("en", "litter-declaration", "d");
        let stem = "items".to_owned();
        let repeat = d.repeat_kind(&stem);
        let q = d.add_question(repeat, "Items");
        assert!(d.problems().iter().any(|p| p.kind == crate::services::rules::Broken::EmptyItem));
        let what = d.add_field(&q, kind("text").unwrap(), "What is it?").unwrap();
        let size = d.add_field(&q, kind("radios").unwrap(), "How big?").unwrap();
        d.set_field(&q, &size, "How big is it?", "", true, "Small\nLarge");
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        d.set_repeat(&q, RepeatEdit { item_label: "Thing { $number }".into(), summary_heading: "Things".into(), add_another: "Another?".into(), max_items: 3 });
        assert_eq!(d.fields(&q).len(), 2);
        d.remove_field(&q, &what);
        assert_eq!(d.fields(&q).iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["how-big"]);
        assert_eq!(Draft::from_files(&d.to_files()).unwrap(), d);
    }
}
