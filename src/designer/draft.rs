//! A draft as the designer edits it: the definition as data and its texts as Fluent files, with
//! the edits a page makes (details, questions, their order) as plain functions, and its problems
//! found by the engine's own rules (`services::rules`), so what the designer accepts the loader
//! loads.
//!
//! Texts are messages: a field of the definition holds a message id, and the words are that
//! message's value in each language. New messages get ids made from the service's id
//! (`litter-title`, `litter-q-where-label`), so renaming a label or an option never changes an id
//! that a route refers to.

use crate::{
    i18n::SOURCE_LANGUAGE,
    services::{
        model::{Choice, DateRule, Definition, Kind, Question, SignIn},
        rules::{self, Problem},
        texts,
        versions::Files,
    },
};
use std::collections::BTreeMap;

/// A draft being edited.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub definition: Definition,
    /// Fluent text by language code.
    pub texts: BTreeMap<String, String>,
}

/// Why stored files cannot be edited here.
#[derive(Debug, thiserror::Error)]
#[error("the stored definition does not read: {0}")]
pub struct Unreadable(#[from] toml::de::Error);

impl Draft {
    pub fn from_files(files: &Files) -> Result<Self, Unreadable> {
        Ok(Self { definition: toml::from_str(&files.definition)?, texts: files.texts.clone() })
    }

    /// The files to store. The definition is written anew (comments of an imported file do not
    /// survive an edit in the designer; its texts' comments do).
    pub fn to_files(&self) -> Files {
        let definition = toml::to_string(&self.definition).unwrap_or_default();
        Files { definition, texts: self.texts.clone() }
    }

    /// A new service: its id, English title and team; everything else still to write.
    pub fn new_service(id: &str, title: &str, team: &str) -> Self {
        let mut draft = Self {
            definition: Definition {
                id: id.to_owned(),
                version: 1,
                title: format!("{id}-title"),
                summary: format!("{id}-summary"),
                before_you_start: Vec::new(),
                sign_in: SignIn::Required,
                minimum_level: None,
                team: team.to_owned(),
                target_working_days: 10,
                retention: Some(crate::retention::period::Period::Years(6)),
                declaration: format!("{id}-declaration"),
                what_happens_next: Vec::new(),
                questions: Vec::new(),
                exits: Vec::new(),
            },
            texts: BTreeMap::new(),
        };
        draft.set_text(SOURCE_LANGUAGE, &format!("{id}-title"), title);
        draft
    }

    /// The draft as the next version of a published one.
    pub fn next_version(files: &Files, version: u32) -> Result<Self, Unreadable> {
        let mut draft = Self::from_files(files)?;
        draft.definition.version = version;
        Ok(draft)
    }

    /// The words of message `id` in language `lang` (empty when there are none).
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.texts.get(lang).and_then(|ftl| texts::value(ftl, id)).unwrap_or_default()
    }

    /// Sets the words of message `id` in `lang`; empty words remove the message.
    pub fn set_text(&mut self, lang: &str, id: &str, value: &str) {
        let ftl = self.texts.entry(lang.to_owned()).or_default();
        *ftl = if value.trim().is_empty() { texts::remove(ftl, id) } else { texts::set(ftl, id, value) };
    }

    /// A message id not used yet: `{service}-{stem}`, or with a number after it.
    pub fn new_id(&self, stem: &str) -> String {
        let used = |id: &str| self.texts.values().any(|ftl| texts::value(ftl, id).is_some()) || self.refers_to(id);
        let base = format!("{}-{stem}", self.definition.id);
        if !used(&base) {
            return base;
        }
        (2..).map(|n| format!("{base}-{n}")).find(|id| !used(id)).unwrap_or(base)
    }

    fn refers_to(&self, id: &str) -> bool {
        toml::to_string(&self.definition).is_ok_and(|text| text.contains(&format!("\"{id}\"")))
    }

    /// Paragraphs (separated by blank lines) as a list of messages: existing ids kept in order,
    /// new ones made, surplus ones removed in every language.
    pub fn set_paragraphs(&mut self, ids: &[String], stem: &str, text: &str) -> Vec<String> {
        let paragraphs: Vec<String> =
            text.replace("\r\n", "\n").split("\n\n").map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect();
        let mut kept = Vec::new();
        for (n, paragraph) in paragraphs.iter().enumerate() {
            let id = match ids.get(n) {
                Some(id) => id.clone(),
                None => self.new_id(stem),
            };
            self.set_text(SOURCE_LANGUAGE, &id, paragraph);
            kept.push(id);
        }
        for gone in ids.iter().skip(paragraphs.len()) {
            let languages: Vec<String> = self.texts.keys().cloned().collect();
            for lang in languages {
                self.set_text(&lang, gone, "");
            }
        }
        kept
    }

    /// The paragraphs of a list of messages, in English, as the form shows them.
    pub fn paragraphs(&self, ids: &[String]) -> String {
        ids.iter().map(|id| self.text(SOURCE_LANGUAGE, id)).collect::<Vec<_>>().join("\n\n")
    }

    /// Every broken rule, found by the loader's own checks against the English texts, then the
    /// checks of the service as a whole.
    pub fn problems(&self) -> Vec<Problem> {
        let english = self.texts.get(SOURCE_LANGUAGE).cloned().unwrap_or_default();
        let known = move |id: &str| texts::value(&english, id).is_some_and(|v| !v.trim().is_empty());
        let mut problems = rules::check(&self.definition, Some(&known));
        // The whole-service checks need routes that each hold on their own.
        if problems.iter().all(|p| !p.place.contains(".next[")) {
            problems.extend(rules::whole_service(&self.definition));
        }
        problems
    }

    /// Adds a question of `kind` with its English label; returns its id. The id comes from the
    /// label and never changes after, whatever the label becomes.
    pub fn add_question(&mut self, kind: Kind, label: &str) -> String {
        let id = self.question_id(label);
        let label_id = self.new_id(&format!("{id}-label"));
        self.set_text(SOURCE_LANGUAGE, &label_id, label);
        self.definition.questions.push(Question {
            id: id.clone(),
            label: label_id,
            hint: None,
            summary_label: None,
            required: true,
            kind,
            next: Vec::new(),
            profile: None,
        });
        id
    }

    /// A question id made from `label`: lower-case words joined by hyphens, unique in the draft.
    fn question_id(&self, label: &str) -> String {
        let base = slug(label, "question");
        // `new` is the address of the page that adds a question.
        let taken = |id: &str| self.definition.questions.iter().any(|q| q.id == id) || rules::is_reserved(id) || id == "new";
        if !taken(&base) {
            return base;
        }
        (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
    }

    /// Moves question `id` one place up (`-1`) or down (`1`). Routes are left as they are: a route
    /// that now points backwards is a problem the checks name.
    pub fn move_question(&mut self, id: &str, by: isize) {
        let Some(at) = self.definition.position(id) else { return };
        let to = at as isize + by;
        if to >= 0 && (to as usize) < self.definition.questions.len() {
            self.definition.questions.swap(at, to as usize);
        }
    }

    /// Removes question `id` and its texts. Routes that led to it stay, and the checks name them.
    pub fn remove_question(&mut self, id: &str) {
        let Some(at) = self.definition.position(id) else { return };
        let question = self.definition.questions.remove(at);
        let mut ids = vec![question.label.clone()];
        ids.extend(question.hint.clone());
        ids.extend(question.summary_label.clone());
        if let Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } = &question.kind {
            for option in options {
                ids.push(option.label.clone());
                ids.extend(option.hint.clone());
            }
        }
        let languages: Vec<String> = self.texts.keys().cloned().collect();
        for lang in languages {
            for id in &ids {
                self.set_text(&lang, id, "");
            }
        }
    }

    /// Sets the options of a choice question from one English label per line; an option whose
    /// label is unchanged (or at the same place) keeps its value, so routes on it still hold.
    pub fn set_options(&mut self, question: &str, lines: &str) {
        let Some(at) = self.definition.position(question) else { return };
        let labels: Vec<String> = lines.replace("\r\n", "\n").lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect();
        let old: Vec<Choice> = match &self.definition.questions[at].kind {
            Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options.clone(),
            _ => return,
        };
        let mut options = Vec::new();
        for (n, label) in labels.iter().enumerate() {
            let same_words = old.iter().find(|o| self.text(SOURCE_LANGUAGE, &o.label) == *label);
            let choice = match same_words.or_else(|| old.get(n)) {
                Some(existing) if !options.iter().any(|o: &Choice| o.value == existing.value) => existing.clone(),
                _ => {
                    let value = unique(&slug(label, "option"), |v| options.iter().any(|o: &Choice| o.value == v) || old.iter().any(|o| o.value == v));
                    Choice { label: self.new_id(&format!("{question}-{value}")), value, hint: None, divider_before: false, follow_up: None }
                }
            };
            self.set_text(SOURCE_LANGUAGE, &choice.label, label);
            options.push(choice);
        }
        for gone in old.iter().filter(|o| !options.iter().any(|n| n.value == o.value)) {
            let languages: Vec<String> = self.texts.keys().cloned().collect();
            for lang in languages {
                self.set_text(&lang, &gone.label, "");
            }
        }
        match &mut self.definition.questions[at].kind {
            Kind::Radios { options: o } | Kind::Select { options: o } | Kind::Checkboxes { options: o, .. } => *o = options,
            _ => {}
        }
    }

    /// The English labels of a choice question's options, one per line.
    pub fn option_lines(&self, question: &Question) -> String {
        match &question.kind {
            Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => {
                options.iter().map(|o| self.text(SOURCE_LANGUAGE, &o.label)).collect::<Vec<_>>().join("\n")
            }
            _ => String::new(),
        }
    }
}

/// The question types a designer can add, by the name the definition uses.
pub const KINDS: [&str; 15] = [
    "text", "long_text", "whole_number", "money", "email", "phone", "date", "radios", "checkboxes", "select", "yes_no", "address", "file", "next_dates",
    "repeat",
];

/// A new question of type `name`, with the engine's defaults.
pub fn kind(name: &str) -> Option<Kind> {
    Some(match name {
        "text" => Kind::Text { autocomplete: None, max_length: 100, width: None },
        "long_text" => Kind::LongText { max_length: 1200 },
        "whole_number" => Kind::WholeNumber { min: None, max: None },
        "money" => Kind::Money { min_pence: None, max_pence: None },
        "email" => Kind::Email,
        "phone" => Kind::Phone,
        "date" => Kind::Date { rule: DateRule::Any },
        "radios" => Kind::Radios { options: Vec::new() },
        "checkboxes" => Kind::Checkboxes { options: Vec::new(), exclusive: None },
        "select" => Kind::Select { options: Vec::new() },
        "yes_no" => Kind::YesNo,
        "address" => Kind::Address,
        "file" => Kind::File { max_bytes: 10 * 1024 * 1024 },
        "next_dates" => Kind::NextDates { weekdays: vec!["monday".into(), "tuesday".into(), "wednesday".into(), "thursday".into(), "friday".into()], count: 10, lead_days: 2 },
        _ => return None,
    })
}

/// The definition's name for a question's type.
pub fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text { .. } => "text",
        Kind::LongText { .. } => "long_text",
        Kind::WholeNumber { .. } => "whole_number",
        Kind::Money { .. } => "money",
        Kind::Email => "email",
        Kind::Phone => "phone",
        Kind::Date { .. } => "date",
        Kind::Radios { .. } => "radios",
        Kind::Checkboxes { .. } => "checkboxes",
        Kind::Select { .. } => "select",
        Kind::YesNo => "yes_no",
        Kind::Address => "address",
        Kind::File { .. } => "file",
        Kind::NextDates { .. } => "next_dates",
        Kind::Repeat { .. } => "repeat",
    }
}

/// Words as an id: lower-case ASCII letters and digits, hyphens between, at most 40 characters.
pub fn slug(words: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in words.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_matches('-').to_owned();
    if out.is_empty() || !out.starts_with(|c: char| c.is_ascii_lowercase()) {
        format!("{fallback}{}", if out.is_empty() { String::new() } else { format!("-{out}") })
    } else {
        out
    }
}

fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|v| !taken(v)).unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::{rules::Broken, versions};

    #[test]
    fn every_shipped_definition_written_by_the_designer_reads_back_the_same() {
        let shipped = versions::shipped_from(&crate::config::Source::Embedded, &crate::config::Source::Embedded).unwrap();
        for (id, files) in shipped {
            let draft = Draft::from_files(&files).unwrap();
            let again = Draft::from_files(&draft.to_files()).unwrap();
            assert_eq!(again.definition, draft.definition, "{id}");
            assert!(draft.problems().is_empty(), "{id}: {:?}", draft.problems());
        }
    }

    #[test]
    fn a_new_service_lists_what_it_still_needs_and_a_question_makes_it_whole() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let problems: Vec<Broken> = draft.problems().into_iter().map(|p| p.kind).collect();
        assert!(problems.contains(&Broken::NoQuestions), "{problems:?}");
        assert!(problems.contains(&Broken::NoText { id: "litter-summary".into() }));
        assert!(!problems.contains(&Broken::NoText { id: "litter-title".into() }), "the title is written");
        draft.set_text("en", "litter-summary", "Tell us where");
        draft.set_text("en", "litter-declaration", "It is true");
        let id = draft.add_question(kind("radios").unwrap(), "Where is the litter?");
        assert_eq!(id, "where-is-the-litter");
        assert!(draft.problems().iter().any(|p| p.kind == Broken::NoOptions));
        draft.set_options(&id, "In a park\nOn a street\n");
        assert!(draft.problems().is_empty(), "{:?}", draft.problems());
        assert_eq!(draft.text("en", "litter-where-is-the-litter-label"), "Where is the litter?");
        assert_eq!(Draft::from_files(&draft.to_files()).unwrap(), draft);
    }

    #[test]
    fn relabelling_an_option_keeps_its_value_so_routes_on_it_still_hold() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let id = draft.add_question(kind("radios").unwrap(), "Where?");
        draft.set_options(&id, "In a park\nOn a street");
        let values = |d: &Draft| match &d.definition.questions[0].kind {
            Kind::Radios { options } => options.iter().map(|o| o.value.clone()).collect::<Vec<_>>(),
            _ => vec![],
        };
        assert_eq!(values(&draft), ["in-a-park", "on-a-street"]);
        draft.set_options(&id, "In a park or garden\nOn a street\nSomewhere else");
        assert_eq!(values(&draft), ["in-a-park", "on-a-street", "somewhere-else"]);
        assert_eq!(draft.option_lines(&draft.definition.questions[0].clone()), "In a park or garden\nOn a street\nSomewhere else");
    }

    #[test]
    fn paragraphs_keep_their_ids_and_surplus_ones_go_in_every_language() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let ids = draft.set_paragraphs(&[], "before", "One.\r\n\r\nTwo.");
        assert_eq!(ids, ["litter-before", "litter-before-2"]);
        draft.set_text("cy", "litter-before-2", "Dau.");
        let ids = draft.set_paragraphs(&ids, "before", "One again.");
        assert_eq!(ids, ["litter-before"]);
        assert_eq!(draft.paragraphs(&ids), "One again.");
        assert_eq!(draft.text("cy", "litter-before-2"), "");
    }

    #[test]
    fn the_whole_service_checks_find_a_question_and_an_exit_nobody_reaches_and_a_condition_on_a_skipped_answer() {
        use crate::services::model::{Condition, Op, Route, Test};
        let mut d = Draft::new_service("litter", "Report litter", "streets");
        d.set_text("en", "litter-summary", "s");
        d.set_text("en", "litter-declaration", "d");
        let first = d.add_question(kind("yes_no").unwrap(), "First?");
        let skipped = d.add_question(kind("yes_no").unwrap(), "Skipped?");
        let last = d.add_question(kind("yes_no").unwrap(), "Last?");
        let exit = d.add_exit("Out", "");
        assert!(d.problems().iter().any(|p| p.kind == Broken::UnusedExit { exit: exit.clone() }));
        let no = Condition::Test(Test { question: skipped.clone(), op: Op::Equals("no".into()) });
        d.definition.questions[1].next.push(Route { when: Some(no), go: format!("exit:{exit}") });
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        // The first question now always jumps to the last, and the last reads the skipped answer.
        d.definition.questions[0].next.push(Route { when: None, go: last.clone() });
        let reads = Condition::Test(Test { question: skipped.clone(), op: Op::Equals("yes".into()) });
        d.definition.questions[2].next.push(Route { when: Some(reads), go: "check-answers".into() });
        let kinds: Vec<Broken> = d.problems().into_iter().map(|p| p.kind).collect();
        assert!(kinds.contains(&Broken::Unreachable { id: skipped.clone() }), "{kinds:?}");
        assert!(kinds.contains(&Broken::UnreachableExit { exit }), "{kinds:?}");
        assert!(kinds.contains(&Broken::MaybeUnasked { question: skipped }), "{kinds:?}");
        assert!(!kinds.iter().any(|k| matches!(k, Broken::Unreachable { id } if *id == first)));
    }

    #[test]
    fn a_route_to_a_deleted_question_is_a_problem() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let first = draft.add_question(kind("yes_no").unwrap(), "First?");
        let second = draft.add_question(kind("text").unwrap(), "Second?");
        draft.definition.questions[0].next.push(crate::services::model::Route { when: None, go: second.clone() });
        draft.remove_question(&second);
        let problems = draft.problems();
        assert!(problems.iter().any(|p| p.place == "questions[0].next[0].go" && p.kind == Broken::NoQuestion { id: second.clone() }), "{problems:?}");
        draft.move_question(&first, -1);
        assert_eq!(draft.definition.questions[0].id, first);
        assert_eq!(slug("Über 18?", "q"), "ber-18");
        assert_eq!(slug("18 or over", "question"), "question-18-or-over");
    }
}
