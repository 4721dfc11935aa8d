//! The texts of one service version: a Fluent bundle per language, made from the version's own
//! files (see `services::versions`). A page about a service looks a message up here first and then
//! in the catalog, so two versions of a service can word the same message differently, and a
//! draft begun on one version keeps its words while a newer one is live.

use super::{bundle_of, Bundle, CatalogError, SOURCE_LANGUAGE};
use fluent_bundle::FluentArgs;
use std::{collections::{BTreeMap, HashMap}, fmt, path::PathBuf};
use unic_langid::LanguageIdentifier;

/// One version's messages, by language code.
#[derive(Default)]
pub struct Texts {
    bundles: HashMap<String, Bundle>,
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut languages: Vec<&String> = self.bundles.keys().collect();
        languages.sort();
        f.debug_struct("Texts").field("languages", &languages).finish()
    }
}

impl Texts {
    /// The bundles of `files` (language code → Fluent text); `name` says where they come from in
    /// error messages (`blue-badge version 3`). With `pseudo`, the development pseudo-locales are
    /// made from the English, as the catalog makes its own.
    pub fn from_files(name: &str, files: &BTreeMap<String, String>, pseudo: bool) -> Result<Self, CatalogError> {
        let mut bundles = HashMap::new();
        for (code, text) in files {
            // A folder that is not a language tag is not a language (as in the catalog).
            let Ok(id) = code.parse::<LanguageIdentifier>() else { continue };
            let path = PathBuf::from(format!("{name} ({code})"));
            bundles.insert(code.clone(), bundle_of(id, vec![(path, text.clone())])?.0);
        }
        if let (true, Some(english)) = (pseudo, files.get(SOURCE_LANGUAGE)) {
            for code in [crate::l10n::PSEUDO_ACCENTED, crate::l10n::PSEUDO_RTL] {
                let (Ok(id), Some(text)) = (code.parse::<LanguageIdentifier>(), crate::l10n::pseudo(code, english)) else { continue };
                bundles.insert(code.to_owned(), bundle_of(id, vec![(PathBuf::from(format!("{name} ({code})")), text)])?.0);
            }
        }
        Ok(Self { bundles })
    }

    /// Whether language `code` has message `id` (with a value).
    pub fn has_message(&self, code: &str, id: &str) -> bool {
        self.bundles.get(code).and_then(|b| b.get_message(id)).is_some_and(|m| m.value().is_some())
    }

    pub(super) fn try_format(&self, code: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(code)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(language = code, message = id, errors = ?errors, "service message formatted with errors");
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_s_texts_are_found_by_language_and_a_syntax_error_names_the_version() {
        let files = BTreeMap::from([("en".to_owned(), "litter-title = Litter\n".to_owned()), ("cy".to_owned(), "litter-title = Sbwriel\n".to_owned())]);
        let texts = Texts::from_files("litter version 2", &files, true).unwrap();
        assert_eq!(texts.try_format("cy", "litter-title", None).as_deref(), Some("Sbwriel"));
        assert!(texts.has_message("en-XA", "litter-title"));
        assert!(!texts.has_message("pl", "litter-title"));
        let broken = BTreeMap::from([("en".to_owned(), "litter-title = {\n".to_owned())]);
        let error = Texts::from_files("litter version 2", &broken, false).unwrap_err().to_string();
        assert!(error.starts_with("litter version 2 (en):"), "{error}");
    }
}
