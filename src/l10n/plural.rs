//! CLDR cardinal plural categories of a language, found by asking `intl_pluralrules` about
//! sample numbers: the categories it ever answers are the ones a translation must cover.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The names a plural variant key may have, in CLDR order.
pub const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Decimals matter: in Polish and Ukrainian only fractions are `other`; `1000000` is French `many`.
const EXTRA_SAMPLES: [&str; 11] = ["0.0", "0.1", "0.5", "1.0", "1.1", "1.5", "2.1", "2.5", "10.5", "100.5", "1000000"];

/// For each category of `locale` (`"cy"`, `"pl-PL"`), the sample numbers that fall in it, or
/// `None` when CLDR does not know the language.
pub fn cardinal_categories(locale: &str) -> Option<BTreeMap<&'static str, Vec<String>>> {
    let id: LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(id.clone(), PluralRuleType::CARDINAL).or_else(|_| {
        // `pl-PL` has no rules of its own: its language's apply.
        let language: LanguageIdentifier = id.language.as_str().parse().map_err(|_| "bad language")?;
        PluralRules::create(language, PluralRuleType::CARDINAL)
    });
    let rules = rules.ok()?;
    let mut categories: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let samples = (0..=1000u32).map(|n| n.to_string()).chain(EXTRA_SAMPLES.iter().map(|s| s.to_string()));
    for sample in samples {
        if let Ok(category) = rules.select(sample.as_str()) {
            categories.entry(name(category)).or_default().push(sample);
        }
    }
    Some(categories)
}

/// The categories of `locale` in CLDR order (`["one", "other"]` for English).
pub fn category_names(categories: &BTreeMap<&'static str, Vec<String>>) -> Vec<&'static str> {
    CATEGORY_NAMES.iter().copied().filter(|c| categories.contains_key(c)).collect()
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(locale: &str) -> Vec<&'static str> {
        category_names(&cardinal_categories(locale).expect("known language"))
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(names("en"), ["one", "other"]);
    }

    #[test]
    fn arabic_and_welsh_have_all_six_categories() {
        assert_eq!(names("ar"), CATEGORY_NAMES);
        assert_eq!(names("cy"), CATEGORY_NAMES);
    }

    #[test]
    fn polish_and_ukrainian_need_decimals_to_show_other() {
        assert_eq!(names("pl"), ["one", "few", "many", "other"]);
        assert_eq!(names("uk"), ["one", "few", "many", "other"]);
    }

    #[test]
    fn a_region_falls_back_to_its_language_and_an_unknown_language_is_none() {
        assert_eq!(names("pl-PL"), ["one", "few", "many", "other"]);
        assert!(cardinal_categories("qqq").is_none());
    }
}
