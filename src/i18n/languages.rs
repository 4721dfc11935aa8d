//! `locales/languages.toml`: the one list of the languages Portico serves, with each one's name
//! for itself, its direction and whether its translation is complete. The portal (switcher,
//! negotiation, `dir`) and the translators' tools (`portico l10n check|status`) both read it
//! through [`parse`], so they can never disagree about what is offered or what must be whole.
//!
//! A language folder that is not listed is not served (the check warns about it). A folder of
//! translations without the file at all, such as an older `PORTICO_LOCALES_DIR`, is read the way
//! Portico read folders before the list existed: every language folder is served, in progress,
//! named by its `language-name` message, its direction taken from its code.

use serde::{Deserialize, Serialize};
use std::fmt;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The file's name inside the locales folder.
pub const LANGUAGES_FILE: &str = "languages.toml";

/// How far a language's translation is, as its translators declare it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Completeness {
    /// Every English message is translated: a missing one fails `portico l10n check`.
    Complete,
    /// Still being translated: missing messages are shown in English and are only warnings.
    InProgress,
}

impl fmt::Display for Completeness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Complete => "complete",
            Self::InProgress => "in-progress",
        })
    }
}

/// The direction a language is written in: the page's `dir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction CLDR gives the language's script, for tags without an entry in the list.
    pub fn of(id: &LanguageIdentifier) -> Self {
        match id.character_direction() {
            CharacterDirection::RTL => Self::Rtl,
            _ => Self::Ltr,
        }
    }
}

/// One language of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// A BCP 47 tag, as its folder under `locales/` is named.
    pub code: String,
    pub id: LanguageIdentifier,
    /// The language's name for itself, shown in the switcher.
    pub name: String,
    pub direction: Direction,
    pub completeness: Completeness,
    /// Where its `code` is in the file, 1-based, for the check's findings.
    pub line: usize,
}

/// Why the list cannot be used, at a place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{LANGUAGES_FILE}:{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ListError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    code: toml::Spanned<String>,
    name: String,
    direction: Direction,
    status: Completeness,
}

/// Reads the list. The source language must be in it, and complete: every message starts there.
pub fn parse(text: &str) -> Result<Vec<Listed>, ListError> {
    let at = |offset: usize| {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    };
    let fail = |offset: usize, message: String| {
        let (line, column) = at(offset);
        ListError { line, column, message }
    };
    let file: File = toml::from_str(text).map_err(|e| fail(e.span().map_or(0, |s| s.start), e.message().to_owned()))?;
    let mut languages: Vec<Listed> = Vec::new();
    for entry in file.language {
        let offset = entry.code.span().start;
        let code = entry.code.into_inner();
        let id = code
            .parse::<LanguageIdentifier>()
            .map_err(|_| fail(offset, format!("'{code}' is not a language code (BCP 47) such as cy or pt-BR")))?;
        if languages.iter().any(|l| l.code.eq_ignore_ascii_case(&code)) {
            return Err(fail(offset, format!("'{code}' is listed twice")));
        }
        if entry.name.trim().is_empty() {
            return Err(fail(offset, format!("'{code}' needs a name: the language's name for itself")));
        }
        languages.push(Listed {
            code,
            id,
            name: entry.name,
            direction: entry.direction,
            completeness: entry.status,
            line: at(offset).0,
        });
    }
    match languages.iter().find(|l| l.code == super::SOURCE_LANGUAGE) {
        None => Err(fail(0, format!("'{}' (English, the source language) must be listed", super::SOURCE_LANGUAGE))),
        Some(en) if en.completeness != Completeness::Complete => {
            Err(fail(0, format!("'{}' is the source language: its status is complete", super::SOURCE_LANGUAGE)))
        }
        Some(_) => Ok(languages),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../locales/languages.toml");

    #[test]
    fn the_shipped_list_declares_the_five_languages_complete() {
        let list = parse(SHIPPED).unwrap();
        let codes: Vec<(&str, &str, Direction, Completeness)> =
            list.iter().map(|l| (l.code.as_str(), l.name.as_str(), l.direction, l.completeness)).collect();
        assert_eq!(
            codes,
            [
                ("en", "English", Direction::Ltr, Completeness::Complete),
                ("ar", "العربية", Direction::Rtl, Completeness::Complete),
                ("cy", "Cymraeg", Direction::Ltr, Completeness::Complete),
                ("pl", "Polski", Direction::Ltr, Completeness::Complete),
                ("uk", "Українська", Direction::Ltr, Completeness::Complete),
            ]
        );
    }

    #[test]
    fn a_listed_direction_agrees_with_the_script_of_each_shipped_language() {
        for language in parse(SHIPPED).unwrap() {
            assert_eq!(language.direction, Direction::of(&language.id), "{}", language.code);
        }
    }

    #[test]
    fn an_unknown_status_is_refused_at_its_place() {
        let text = "[[language]]\ncode = \"en\"\nname = \"English\"\ndirection = \"ltr\"\nstatus = \"done\"\n";
        let error = parse(text).unwrap_err();
        assert_eq!(error.line, 5, "{error}");
        assert!(error.message.contains("complete"), "{error}");
    }

    #[test]
    fn a_language_listed_twice_or_a_list_without_complete_english_is_refused() {
        let entry = |code: &str, status: &str| {
            format!("[[language]]\ncode = \"{code}\"\nname = \"N\"\ndirection = \"ltr\"\nstatus = \"{status}\"\n")
        };
        let twice = format!("{}{}{}", entry("en", "complete"), entry("cy", "complete"), entry("cy", "in-progress"));
        assert_eq!(parse(&twice).unwrap_err().line, 12);
        assert!(parse(&entry("cy", "complete")).unwrap_err().message.contains("must be listed"));
        assert!(parse(&entry("en", "in-progress")).unwrap_err().message.contains("source language"));
        assert!(parse(&entry("not a tag", "complete")).unwrap_err().message.contains("not a language code"));
    }
}
