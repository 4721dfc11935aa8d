//! The rules a definition must follow beyond its shape: ids, messages, options, routes that only go
//! forward, conditions on earlier answers, exits that something leads to. One copy of them: the
//! loader refuses a version with the first problem, and the designer lists every problem, each in
//! the member of staff's language, with a link to the page that fixes it.

use super::{
    flow::{Target, CHECK_ANSWERS},
    model::{Condition, Definition, Kind, Question},
};
use std::{collections::HashSet, fmt};

/// Profile fields a question may be bound to ("tell us once").
pub const PROFILE_FIELDS: [&str; 5] = ["date_of_birth", "address", "phone", "email", "contact_preference"];

/// Words a question id cannot be, because the journey's own pages use them.
const RESERVED: [&str; 6] = [CHECK_ANSWERS, "start", "submit", "confirmation", "exit", "schema.json"];

/// Weekday names a dates question may use.
const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// One broken rule, and where: `title`, `questions[2].next[0].go`, `exits[1]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub kind: Broken,
}

/// Which rule is broken, with what the message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Broken {
    ServiceId,
    Version,
    NoQuestions,
    NoText { id: String },
    QuestionId { id: String },
    UsedTwice { id: String },
    ProfileField { field: String },
    Weekdays,
    EmptyItem,
    InnerId { id: String },
    NotSimple,
    NoOptions,
    FollowUpOnlyOnRadios,
    NoExit { exit: String },
    NoQuestion { id: String },
    NotAfter { target: String, from: String },
    LaterAnswer { question: String },
    UnusedExit { exit: String },
    /// Whole-service checks: no path from the first question comes here.
    Unreachable { id: String },
    UnreachableExit { exit: String },
    /// A condition reads an answer that some path to its question never asks.
    MaybeUnasked { question: String },
}

impl Broken {
    /// The Fluent message that explains it to staff, and its variables.
    // l10n: uses rule-*
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let one = |name: &'static str, value: &String| vec![(name, value.clone())];
        match self {
            Self::ServiceId => ("rule-service-id", vec![]),
            Self::Version => ("rule-version", vec![]),
            Self::NoQuestions => ("rule-no-questions", vec![]),
            Self::NoText { id } => ("rule-no-text", one("id", id)),
            Self::QuestionId { id } => ("rule-question-id", one("id", id)),
            Self::UsedTwice { id } => ("rule-used-twice", one("id", id)),
            Self::ProfileField { field } => ("rule-profile-field", one("field", field)),
            Self::Weekdays => ("rule-weekdays", vec![]),
            Self::EmptyItem => ("rule-empty-item", vec![]),
            Self::InnerId { id } => ("rule-inner-id", one("id", id)),
            Self::NotSimple => ("rule-not-simple", vec![]),
            Self::NoOptions => ("rule-no-options", vec![]),
            Self::FollowUpOnlyOnRadios => ("rule-follow-up-radios", vec![]),
            Self::NoExit { exit } => ("rule-no-exit", one("exit", exit)),
            Self::NoQuestion { id } => ("rule-no-question", one("id", id)),
            Self::NotAfter { target, from } => ("rule-not-after", vec![("target", target.clone()), ("from", from.clone())]),
            Self::LaterAnswer { question } => ("rule-later-answer", one("question", question)),
            Self::UnusedExit { exit } => ("rule-unused-exit", one("exit", exit)),
            Self::Unreachable { id } => ("rule-unreachable", one("id", id)),
            Self::UnreachableExit { exit } => ("rule-unreachable-exit", one("exit", exit)),
            Self::MaybeUnasked { question } => ("rule-maybe-unasked", one("question", question)),
        }
    }
}

/// In English, for operators and the command line.
impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ServiceId => write!(f, "use lower-case letters, digits and hyphens"),
            Self::Version => write!(f, "must be 1 or more"),
            Self::NoQuestions => write!(f, "a service needs at least one question"),
            Self::NoText { id } => write!(f, "there is no English text '{id}'"),
            Self::QuestionId { id } => write!(f, "'{id}' is not a usable question id"),
            Self::UsedTwice { id } => write!(f, "'{id}' is used twice"),
            Self::ProfileField { field } => write!(f, "'{field}' is not a profile field ({})", PROFILE_FIELDS.join(", ")),
            Self::Weekdays => write!(f, "name at least one weekday (monday … sunday) and a count of 1 or more"),
            Self::EmptyItem => write!(f, "an item needs at least one field, and max_items must be 1 or more"),
            Self::InnerId { id } => write!(f, "'{id}' is not a usable id here, or is used twice"),
            Self::NotSimple => write!(f, "a field or follow-up is a simple question: no routes, no profile, no file, address, dates list or items of its own"),
            Self::NoOptions => write!(f, "a choice needs options"),
            Self::FollowUpOnlyOnRadios => write!(f, "only radios reveal a follow-up question"),
            Self::NoExit { exit } => write!(f, "there is no exit '{exit}'"),
            Self::NoQuestion { id } => write!(f, "there is no question '{id}'"),
            Self::NotAfter { target, from } => write!(f, "'{target}' does not come after '{from}'"),
            Self::LaterAnswer { question } => write!(f, "'{question}' is asked later; a route can only depend on earlier answers"),
            Self::UnusedExit { exit } => write!(f, "no route leads to exit '{exit}'"),
            Self::Unreachable { id } => write!(f, "no path from the first question reaches '{id}'"),
            Self::UnreachableExit { exit } => write!(f, "no path from the first question reaches exit '{exit}'"),
            Self::MaybeUnasked { question } => write!(f, "a path to this route skips '{question}', whose answer its condition reads"),
        }
    }
}

/// Whether `id` is a word the journey's own pages use, so no question may have it.
pub fn is_reserved(id: &str) -> bool {
    RESERVED.contains(&id)
}

/// Whether `s` is a usable id: lower-case letters, digits and hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Every broken rule of `d`, in the order of the definition. With `known`, every message id must
/// be one it knows (an English text).
pub fn check(d: &Definition, known: Option<&dyn Fn(&str) -> bool>) -> Vec<Problem> {
    let mut found = Checker { problems: Vec::new(), known };
    found.definition(d);
    found.problems
}

/// The checks no single route can make, on the service as a whole: a question or exit that no
/// path from the first question reaches, and a condition that reads an answer some path to it
/// never asks. Paths follow the routes as written (any condition may hold), so a route listed after
/// one that always holds leads nowhere. Every path ends at check your answers or an exit: routes
/// only go forward (the rules above).
pub fn whole_service(d: &Definition) -> Vec<Problem> {
    let n = d.questions.len();
    // Where each question may lead: question indices (n is check your answers) and exit ids.
    let edges: Vec<(Vec<usize>, Vec<String>)> = (0..n)
        .map(|i| {
            let (mut questions, mut exits) = (Vec::new(), Vec::new());
            let mut always = false;
            for route in &d.questions[i].next {
                match Target::parse(&route.go) {
                    Target::CheckAnswers => questions.push(n),
                    Target::Exit(e) => exits.push(e),
                    Target::Question(q) => questions.extend(d.position(&q)),
                }
                if route.when.is_none() {
                    always = true;
                    break;
                }
            }
            if !always {
                questions.push(i + 1);
            }
            (questions, exits)
        })
        .collect();
    let reach = |skip: Option<usize>| {
        let mut seen = vec![false; n + 1];
        let mut exits = HashSet::new();
        let mut stack = if n > 0 && skip != Some(0) { vec![0] } else { Vec::new() };
        while let Some(i) = stack.pop() {
            if i > n || seen[i] {
                continue;
            }
            seen[i] = true;
            if i < n {
                exits.extend(edges[i].1.iter().cloned());
                stack.extend(edges[i].0.iter().copied().filter(|&j| Some(j) != skip));
            }
        }
        (seen, exits)
    };
    let (seen, exits) = reach(None);
    let mut problems = Vec::new();
    for (i, q) in d.questions.iter().enumerate() {
        if !seen[i] {
            problems.push(Problem { place: format!("questions[{i}]"), kind: Broken::Unreachable { id: q.id.clone() } });
            continue;
        }
        for (m, route) in q.next.iter().enumerate() {
            let mut read = Vec::new();
            route.when.iter().for_each(|c| tested(c, &mut read));
            for other in read.into_iter().filter(|o| *o != q.id) {
                if let Some(j) = d.position(&other).filter(|&j| j < i) {
                    if reach(Some(j)).0[i] {
                        problems.push(Problem { place: format!("questions[{i}].next[{m}].when"), kind: Broken::MaybeUnasked { question: other } });
                    }
                }
            }
        }
    }
    for (e, exit) in d.exits.iter().enumerate() {
        let named = d.questions.iter().any(|q| q.next.iter().any(|r| r.go == format!("exit:{}", exit.id)));
        if named && !exits.contains(&exit.id) {
            problems.push(Problem { place: format!("exits[{e}]"), kind: Broken::UnreachableExit { exit: exit.id.clone() } });
        }
    }
    problems
}

/// The questions a condition reads.
fn tested(condition: &Condition, into: &mut Vec<String>) {
    match condition {
        Condition::All { all: list } | Condition::Any { any: list } => list.iter().for_each(|c| tested(c, into)),
        Condition::Test(t) => into.push(t.question.clone()),
    }
}

struct Checker<'a> {
    problems: Vec<Problem>,
    known: Option<&'a dyn Fn(&str) -> bool>,
}

impl Checker<'_> {
    fn add(&mut self, place: impl Into<String>, kind: Broken) {
        self.problems.push(Problem { place: place.into(), kind });
    }

    fn text(&mut self, place: impl Into<String>, id: &str) {
        if let Some(known) = self.known {
            if !known(id) {
                self.add(place, Broken::NoText { id: id.to_owned() });
            }
        }
    }

    fn definition(&mut self, d: &Definition) {
        if !is_slug(&d.id) {
            self.add("id", Broken::ServiceId);
        }
        if d.version == 0 {
            self.add("version", Broken::Version);
        }
        if d.questions.is_empty() {
            self.add("questions", Broken::NoQuestions);
        }
        self.text("title", &d.title);
        self.text("summary", &d.summary);
        self.text("declaration", &d.declaration);
        for (n, id) in d.before_you_start.iter().enumerate() {
            self.text(format!("before_you_start[{n}]"), id);
        }
        for (n, id) in d.what_happens_next.iter().enumerate() {
            self.text(format!("what_happens_next[{n}]"), id);
        }
        let mut seen = HashSet::new();
        let mut used_exits = HashSet::new();
        for (n, q) in d.questions.iter().enumerate() {
            self.question(d, n, q, &mut seen, &mut used_exits);
        }
        for (n, exit) in d.exits.iter().enumerate() {
            if !used_exits.contains(&exit.id) {
                self.add(format!("exits[{n}]"), Broken::UnusedExit { exit: exit.id.clone() });
            }
            self.text(format!("exits[{n}].title"), &exit.title);
            for (m, id) in exit.body.iter().enumerate() {
                self.text(format!("exits[{n}].body[{m}]"), id);
            }
        }
    }

    fn question(&mut self, d: &Definition, n: usize, q: &Question, seen: &mut HashSet<String>, used_exits: &mut HashSet<String>) {
        let here = format!("questions[{n}]");
        if !is_slug(&q.id) || RESERVED.contains(&q.id.as_str()) {
            self.add(format!("{here}.id"), Broken::QuestionId { id: q.id.clone() });
        }
        if !seen.insert(q.id.clone()) {
            self.add(format!("{here}.id"), Broken::UsedTwice { id: q.id.clone() });
        }
        self.labels(q, &here);
        if let Some(field) = &q.profile {
            if !PROFILE_FIELDS.contains(&field.as_str()) {
                self.add(format!("{here}.profile"), Broken::ProfileField { field: field.clone() });
            }
        }
        self.options(q, &here);
        if let Kind::NextDates { weekdays, count, .. } = &q.kind {
            if *count == 0 || weekdays.is_empty() || !weekdays.iter().all(|w| DAYS.contains(&w.as_str())) {
                self.add(format!("{here}.weekdays"), Broken::Weekdays);
            }
        }
        // Inner questions: the fields of an "add another" item, and follow-ups under radio options.
        let (inner, in_item): (Vec<(String, &Question)>, bool) = match &q.kind {
            Kind::Repeat { fields, item_label, summary_heading, add_another, max_items } => {
                self.text(format!("{here}.item_label"), item_label);
                self.text(format!("{here}.summary_heading"), summary_heading);
                self.text(format!("{here}.add_another"), add_another);
                if fields.is_empty() || *max_items == 0 {
                    self.add(format!("{here}.fields"), Broken::EmptyItem);
                }
                (fields.iter().enumerate().map(|(m, f)| (format!("{here}.fields[{m}]"), f)).collect(), true)
            }
            Kind::Radios { options } => (
                options.iter().enumerate().filter_map(|(m, o)| o.follow_up.as_deref().map(|f| (format!("{here}.options[{m}].follow_up"), f))).collect(),
                false,
            ),
            _ => (Vec::new(), false),
        };
        let mut item_fields = HashSet::new();
        for (place, inner) in inner {
            // A follow-up's answer sits beside the questions' answers, so its id must be unique among them.
            let unique = if in_item {
                item_fields.insert(inner.id.clone())
            } else {
                !d.questions.iter().any(|other| other.id == inner.id) && seen.insert(inner.id.clone())
            };
            if !is_slug(&inner.id) || !unique {
                self.add(format!("{place}.id"), Broken::InnerId { id: inner.id.clone() });
            }
            let simple = matches!(
                &inner.kind,
                Kind::Text { .. } | Kind::LongText { .. } | Kind::WholeNumber { .. } | Kind::Money { .. } | Kind::Email | Kind::Phone
                    | Kind::Date { .. } | Kind::Select { .. } | Kind::YesNo | Kind::Checkboxes { .. }
            ) || matches!(&inner.kind, Kind::Radios { options } if options.iter().all(|o| o.follow_up.is_none()));
            if !simple || inner.profile.is_some() || !inner.next.is_empty() {
                self.add(place.clone(), Broken::NotSimple);
            }
            self.labels(inner, &place);
            self.options(inner, &place);
        }
        for (m, route) in q.next.iter().enumerate() {
            let place = format!("{here}.next[{m}]");
            match Target::parse(&route.go) {
                Target::CheckAnswers => {}
                Target::Exit(exit) => {
                    if d.exit(&exit).is_none() {
                        self.add(format!("{place}.go"), Broken::NoExit { exit: exit.clone() });
                    }
                    used_exits.insert(exit);
                }
                Target::Question(target) => match d.position(&target) {
                    None => self.add(format!("{place}.go"), Broken::NoQuestion { id: target }),
                    // Forward only: every route then ends, and no answer depends on a later one.
                    Some(p) if p <= n => self.add(format!("{place}.go"), Broken::NotAfter { target, from: q.id.clone() }),
                    Some(_) => {}
                },
            }
            if let Some(condition) = &route.when {
                self.condition(d, n, condition, &format!("{place}.when"));
            }
        }
    }

    fn labels(&mut self, q: &Question, here: &str) {
        self.text(format!("{here}.label"), &q.label);
        if let Some(hint) = &q.hint {
            self.text(format!("{here}.hint"), hint);
        }
        if let Some(label) = &q.summary_label {
            self.text(format!("{here}.summary_label"), label);
        }
    }

    /// A choice's options: values unique, every label and hint a message.
    fn options(&mut self, q: &Question, here: &str) {
        let (options, exclusive) = match &q.kind {
            Kind::Radios { options } | Kind::Select { options } => (options, None),
            Kind::Checkboxes { options, exclusive } => (options, exclusive.as_ref()),
            _ => return,
        };
        if options.is_empty() {
            self.add(format!("{here}.options"), Broken::NoOptions);
        }
        let mut values = HashSet::new();
        for (m, option) in options.iter().chain(exclusive).enumerate() {
            if !values.insert(option.value.as_str()) {
                self.add(format!("{here}.options[{m}].value"), Broken::UsedTwice { id: option.value.clone() });
            }
            self.text(format!("{here}.options[{m}].label"), &option.label);
            if let Some(hint) = &option.hint {
                self.text(format!("{here}.options[{m}].hint"), hint);
            }
            if option.follow_up.is_some() && !matches!(q.kind, Kind::Radios { .. }) {
                self.add(format!("{here}.options[{m}].follow_up"), Broken::FollowUpOnlyOnRadios);
            }
        }
    }

    /// A condition may only look at this question or earlier ones.
    fn condition(&mut self, d: &Definition, position: usize, condition: &Condition, place: &str) {
        match condition {
            Condition::All { all: list } | Condition::Any { any: list } => {
                for (n, c) in list.iter().enumerate() {
                    self.condition(d, position, c, &format!("{place}[{n}]"));
                }
            }
            Condition::Test(test) => match d.position(&test.question) {
                Some(p) if p <= position => {}
                Some(_) => self.add(format!("{place}.question"), Broken::LaterAnswer { question: test.question.clone() }),
                None => self.add(format!("{place}.question"), Broken::NoQuestion { id: test.question.clone() }),
            },
        }
    }
}
