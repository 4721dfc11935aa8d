//! What `check` found: findings with a place, a machine code and an explanation for the
//! translator, as JSON (`serde`) or as text grouped by language and file.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// What kind of problem a finding is; serialised and shown in kebab-case (`missing-message`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file could not be read (permissions, not UTF-8) or `locales/en` is missing.
    UnreadableFile,
    /// The parser rejected part of a file (a Junk entry).
    Syntax,
    /// A select expression has no `*[default]` variant.
    NoDefaultVariant,
    MissingMessage,
    ObsoleteMessage,
    /// English has a value and the translation only attributes, or the other way round.
    MissingValue,
    ObsoleteValue,
    MissingAttribute,
    ObsoleteAttribute,
    DuplicateAttribute,
    UnknownVariable,
    MissingVariable,
    MissingPluralCategory,
    DuplicateId,
    UnknownReference,
    UnknownIdInCode,
    UnusedMessage,
    /// `format!("status-{…}")` builds message ids, and no `// l10n: uses status-*` says so.
    DynamicIdInCode,
    /// A `// l10n: uses` pattern that matches no English message.
    StaleUsesComment,
    /// `locales/languages.toml` cannot be read, or lists a language that has no folder.
    LanguageList,
    /// A language folder that `locales/languages.toml` does not list: not served.
    UnlistedLanguage,
    /// A listed direction that is not the one CLDR gives the language's script.
    LanguageDirection,
}

impl Code {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::UnreadableFile => "unreadable-file",
            Self::Syntax => "syntax",
            Self::NoDefaultVariant => "no-default-variant",
            Self::MissingMessage => "missing-message",
            Self::ObsoleteMessage => "obsolete-message",
            Self::MissingValue => "missing-value",
            Self::ObsoleteValue => "obsolete-value",
            Self::MissingAttribute => "missing-attribute",
            Self::ObsoleteAttribute => "obsolete-attribute",
            Self::DuplicateAttribute => "duplicate-attribute",
            Self::UnknownVariable => "unknown-variable",
            Self::MissingVariable => "missing-variable",
            Self::MissingPluralCategory => "missing-plural-category",
            Self::DuplicateId => "duplicate-id",
            Self::UnknownReference => "unknown-reference",
            Self::UnknownIdInCode => "unknown-id-in-code",
            Self::UnusedMessage => "unused-message",
            Self::DynamicIdInCode => "dynamic-id-in-code",
            Self::StaleUsesComment => "stale-uses-comment",
            Self::LanguageList => "language-list",
            Self::UnlistedLanguage => "unlisted-language",
            Self::LanguageDirection => "language-direction",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, at one place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: Code,
    /// The language the finding is about; code findings are about English (`en`).
    pub locale: String,
    /// Relative to the repository root, with `/`.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// The message or term concerned (terms with their `-`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// For the translator, in English.
    pub explanation: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}[{}]: {}", self.file, self.line, self.column, self.severity, self.code, self.explanation)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    /// How many findings of each code.
    pub by_code: BTreeMap<String, usize>,
}

/// Everything `check` found, sorted by language (English first), file, line and column.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The languages checked, English first.
    pub locales: Vec<String>,
    /// How many `.ftl` files were read.
    pub files_checked: usize,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Findings with this code.
    pub fn with_code(&self, code: Code) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.code == code)
    }

    /// Sorts the findings and counts them.
    pub(super) fn finish(mut self) -> Self {
        let locales = self.locales.clone();
        let rank = |code: &str| locales.iter().position(|l| l == code).unwrap_or(usize::MAX);
        self.findings.sort_by(|a, b| {
            (rank(&a.locale), &a.locale, &a.file, a.line, a.column, a.code)
                .cmp(&(rank(&b.locale), &b.locale, &b.file, b.line, b.column, b.code))
        });
        self.findings.dedup();
        let mut summary = Summary::default();
        for finding in &self.findings {
            match finding.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
            *summary.by_code.entry(finding.code.to_string()).or_default() += 1;
        }
        self.summary = summary;
        self
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut locale: Option<&str> = None;
        let mut file: Option<&str> = None;
        for finding in &self.findings {
            if locale != Some(finding.locale.as_str()) {
                let (errors, warnings) = self.findings.iter().filter(|x| x.locale == finding.locale).fold(
                    (0, 0),
                    |(e, w), x| match x.severity {
                        Severity::Error => (e + 1, w),
                        Severity::Warning => (e, w + 1),
                    },
                );
                if locale.is_some() {
                    writeln!(f)?;
                }
                writeln!(f, "== {} ({}, {}) ==", finding.locale, plural(errors, "error"), plural(warnings, "warning"))?;
                locale = Some(&finding.locale);
                file = None;
            }
            if file != Some(finding.file.as_str()) {
                if file.is_some() {
                    writeln!(f)?;
                }
                file = Some(&finding.file);
            }
            writeln!(f, "{finding}")?;
        }
        if !self.findings.is_empty() {
            writeln!(f)?;
        }
        write!(
            f,
            "l10n: {} checked in {}: {}, {}",
            plural(self.files_checked, "file"),
            plural(self.locales.len(), "language"),
            plural(self.summary.errors, "error"),
            plural(self.summary.warnings, "warning"),
        )?;
        if !self.summary.by_code.is_empty() {
            let codes: Vec<String> = self.summary.by_code.iter().map(|(c, n)| format!("{c}: {n}")).collect();
            write!(f, " ({})", codes.join(", "))?;
        }
        writeln!(f)
    }
}

pub(super) fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("1 {word}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}
