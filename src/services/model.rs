//! A service definition: data, not code. One TOML file per service (see `FORMAT.md`), loaded
//! and checked at start-up. Every piece of text is a Fluent message id, so a definition reads
//! the same in every language.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// URL-safe identifier: `/services/{id}`.
    pub id: String,
    /// Bumped whenever questions change; stored with every request.
    pub version: u32,
    pub title: String,
    pub summary: String,
    /// Paragraphs on the start page.
    pub before_you_start: Vec<String>,
    pub sign_in: SignIn,
    /// The level of assurance a citizen's sign-in must have reached (through an identity
    /// provider) to apply: below it, they are sent to the provider again (step-up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_level: Option<crate::identity::level::Level>,
    /// The team that processes requests, and its target in working days.
    pub team: String,
    pub target_working_days: u32,
    /// How long requests are kept after they close (`"P6Y"`, or days); none: until deleted by
    /// hand. The retention job (`crate::retention`) anonymises them once it has passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<crate::retention::period::Period>,
    pub declaration: String,
    /// What happens next, on the confirmation page and in the receipt.
    pub what_happens_next: Vec<String>,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub exits: Vec<Exit>,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SignIn {
    /// Only signed-in citizens may apply.
    Required,
    /// Guests may apply too; their draft lives only as long as their session.
    GuestsAllowed,
}

/// One question, shown on a page of its own. (No `deny_unknown_fields` here: serde cannot
/// combine it with the flattened `kind`.)
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// How the question is shown in the check-your-answers list (defaults to the label).
    #[serde(default)]
    pub summary_label: Option<String>,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(flatten)]
    pub kind: Kind,
    /// Where to go after this question. The first route whose condition holds wins; a route
    /// without a condition always holds. No routes: the next question in the file.
    #[serde(default)]
    pub next: Vec<Route>,
    /// A profile field this question asks for ("tell us once").
    #[serde(default)]
    pub profile: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    Text {
        #[serde(default)]
        autocomplete: Option<String>,
        #[serde(default = "default_max")]
        max_length: usize,
        /// A CSS width class suffix: 2, 4, 10, 20, 30.
        #[serde(default)]
        width: Option<u8>,
    },
    LongText {
        #[serde(default = "default_long_max")]
        max_length: usize,
    },
    WholeNumber {
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
    },
    /// Pounds and pence, stored as pence.
    Money {
        #[serde(default)]
        min_pence: Option<i64>,
        #[serde(default)]
        max_pence: Option<i64>,
    },
    Email,
    Phone,
    Date {
        #[serde(default)]
        rule: DateRule,
    },
    Radios {
        options: Vec<Choice>,
    },
    Checkboxes {
        options: Vec<Choice>,
        /// An option that cannot be combined with others ("None of these").
        #[serde(default)]
        exclusive: Option<Choice>,
    },
    Select {
        options: Vec<Choice>,
    },
    YesNo,
    Address,
    /// A file: PDF, JPEG or PNG (checked from the content), up to `max_bytes` (10 MB).
    File {
        #[serde(default = "ten_megabytes")]
        max_bytes: u64,
    },
    /// A choice among the next available dates: the next `count` days that fall on one of
    /// `weekdays` (`monday` … `sunday`), at least `lead_days` after today.
    NextDates {
        weekdays: Vec<String>,
        count: u8,
        #[serde(default)]
        lead_days: u8,
    },
    /// "Add another": a list of items, each with the same `fields` on one page, then a summary
    /// with Change and Remove, and "Do you need to add another?".
    Repeat {
        fields: Vec<Question>,
        /// The row name of each item in the summary, with `$number`.
        item_label: String,
        /// The heading of the summary page, with `$count`.
        summary_heading: String,
        /// The yes/no question under the summary.
        add_another: String,
        #[serde(default = "five")]
        max_items: u8,
    },
}

fn five() -> u8 {
    5
}

fn ten_megabytes() -> u64 {
    10 * 1024 * 1024
}

fn default_max() -> usize {
    100
}
fn default_long_max() -> usize {
    1200
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DateRule {
    #[default]
    Any,
    Past,
    Future,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Radios only: draw the GOV.UK "or" divider before this option.
    #[serde(default)]
    pub divider_before: bool,
    /// Radios only: a question revealed under this option when it is chosen (GOV.UK conditional
    /// reveal). Its answer is stored under its own id, and dropped when another option is chosen.
    #[serde(default)]
    pub follow_up: Option<Box<Question>>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    #[serde(default)]
    pub when: Option<Condition>,
    /// A question id, `check-answers`, or `exit:{id}`.
    pub go: String,
}

/// A condition on earlier answers.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Condition {
    All { all: Vec<Condition> },
    Any { any: Vec<Condition> },
    Test(Test),
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Test {
    pub question: String,
    #[serde(flatten)]
    pub op: Op,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Equals(String),
    OneOf(Vec<String>),
    /// Checkboxes: the given option is among the ticked ones.
    Includes(String),
    /// Checkboxes: the given option is not among the ticked ones (or nothing was ticked).
    Excludes(String),
    LessThan(i64),
    GreaterThan(i64),
    /// A date answer at least this many whole years before today.
    YearsAgoAtLeast(i64),
    /// A date answer fewer than this many whole years before today.
    YearsAgoLessThan(i64),
    Answered(bool),
}

/// A page that ends the journey: "you cannot apply because …", with next steps.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    pub id: String,
    pub title: String,
    pub body: Vec<String>,
}

impl Definition {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn exit(&self, id: &str) -> Option<&Exit> {
        self.exits.iter().find(|e| e.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

#[cfg(test)]
impl Definition {
    /// A service with nothing in it, for tests to fill in what they are about.
    pub(crate) fn sample() -> Self {
        Self {
            id: "s".into(),
            version: 1,
            title: "t".into(),
            summary: "s".into(),
            before_you_start: vec![],
            sign_in: SignIn::Required,
            minimum_level: None,
            team: "t".into(),
            target_working_days: 5,
            retention: None,
            declaration: "d".into(),
            what_happens_next: vec![],
            questions: vec![],
            exits: vec![],
        }
    }
}
