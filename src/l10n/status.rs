//! How far each translation is: per language, how many English messages are translated,
//! missing, or still identical to English.
//!
//! The unit is the *entry*: every English message and term counts once, its attributes being
//! part of it (a partly translated message is compared as a whole). An entry is
//! * **missing** when the language does not define it (or only inside a syntax error);
//! * **untranslated** when its text (value and attributes) is identical to English, unless a
//!   comment directly above it says `l10n: same-as-english`, or it has no letters to translate
//!   (`date-with-weekday = { $weekday } { $date }`);
//! * **translated** otherwise.

use super::catalog::{completeness, load_locales, read_list, Locale, SOURCE_LOCALE};
use crate::i18n::languages::Completeness;
use super::report::plural;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// The marker a translator puts in the comment above a message that is meant to equal English.
pub const SAME_AS_ENGLISH: &str = "l10n: same-as-english";

/// The state of one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    /// What `locales/languages.toml` declares: `complete` or `in-progress`; `null` when it does
    /// not list the language (so it is not served). Without the file, every language is in progress.
    pub status: Option<Completeness>,
    /// English messages and terms.
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    /// Identical to English without the `l10n: same-as-english` marker.
    pub untranslated: usize,
    /// Defined in this language but not in English.
    pub obsolete: usize,
    /// `translated / total`, 0 to 100, one decimal.
    pub percent: f64,
    /// The ids still identical to English, for the translator's to-do list.
    pub untranslated_ids: Vec<String>,
    pub missing_ids: Vec<String>,
}

/// Every language but English, by code.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Status {
    /// English messages and terms: each language's `total`.
    pub total: usize,
    pub locales: Vec<LocaleStatus>,
}

/// Counts, per language, what is translated. A folder that cannot be read gives an empty status.
pub fn status(root: &Path) -> Status {
    let Ok(locales) = load_locales(root) else { return Status::default() };
    let Some(english) = locales.iter().find(|l| l.code == SOURCE_LOCALE) else { return Status::default() };
    let total = english.entries().count();
    // A broken list is the check's to report; here it counts as no list.
    let list = read_list(root).ok().flatten();
    let locales = locales
        .iter()
        .filter(|l| l.code != SOURCE_LOCALE)
        .map(|l| locale_status(l, english, completeness(list.as_deref(), &l.code)))
        .collect();
    Status { total, locales }
}

fn locale_status(locale: &Locale, english: &Locale, status: Option<Completeness>) -> LocaleStatus {
    let mut s = LocaleStatus {
        locale: locale.code.clone(),
        status,
        total: 0,
        translated: 0,
        missing: 0,
        untranslated: 0,
        obsolete: 0,
        percent: 0.0,
        untranslated_ids: Vec::new(),
        missing_ids: Vec::new(),
    };
    for (_, source) in english.entries() {
        s.total += 1;
        match locale.find(&source.id) {
            None => {
                s.missing += 1;
                s.missing_ids.push(source.id.clone());
            }
            Some((_, entry)) => {
                let marked = entry.comment.iter().any(|line| line.contains(SAME_AS_ENGLISH));
                if entry.normalised == source.normalised && !marked && source.has_letters() {
                    s.untranslated += 1;
                    s.untranslated_ids.push(source.id.clone());
                } else {
                    s.translated += 1;
                }
            }
        }
    }
    s.obsolete = locale.entries().filter(|(_, e)| english.find(&e.id).is_none()).count();
    s.percent = if s.total == 0 { 100.0 } else { (s.translated as f64 * 1000.0 / s.total as f64).round() / 10.0 };
    s
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<8} {:>10} {:>12} {:>8} {:>8} {:>9}  status", "locale", "translated", "untranslated", "missing", "obsolete", "complete")?;
        for l in &self.locales {
            let status = l.status.map_or_else(|| "not listed".to_owned(), |s| s.to_string());
            writeln!(
                f,
                "{:<8} {:>10} {:>12} {:>8} {:>8} {:>8.1}%  {status}",
                l.locale,
                format!("{}/{}", l.translated, l.total),
                l.untranslated,
                l.missing,
                l.obsolete,
                l.percent
            )?;
        }
        writeln!(f, "English has {} (messages and terms, each counted once with its attributes).", plural(self.total, "entry"))
    }
}
