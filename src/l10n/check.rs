//! The checks: the list of languages (`locales/languages.toml`) against the folders, each
//! language on its own (syntax, duplicates, references, plurals), each translation against
//! English (missing and obsolete messages, attributes, variables; a message missing from a
//! language declared complete is an error), and the code against English (ids it uses that
//! English lacks, English messages nothing uses).

use super::catalog::{
    completeness, load_locales, read_list, Entry, FtlFile, Locale, PatternInfo, Pos, Select, VariantKey, SOURCE_LOCALE,
};
use crate::i18n::languages::{Completeness, Direction, Listed, LANGUAGES_FILE};
use super::code::{scan, CodeUsage};
use super::plural::{cardinal_categories, category_names, CATEGORY_NAMES};
use super::report::{Code, Finding, Report, Severity};
use fluent_syntax::parser::ErrorKind;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// Without `languages.toml`, the message Portico needs in every language to name it in the
/// language switcher.
const LANGUAGE_NAME: &str = "language-name";

/// Checks every `.ftl` file under `root/locales` and the code under `root/src`.
pub fn check(root: &Path) -> Report {
    let mut out = Findings::default();
    let locales = match load_locales(root) {
        Ok(locales) => locales,
        Err(e) => {
            out.push(Severity::Error, Code::UnreadableFile, SOURCE_LOCALE, "locales", Pos { line: 1, column: 1 }, None,
                format!("the locales folder could not be read: {e}"));
            return out.into_report(Vec::new(), 0);
        }
    };
    let codes = locales.iter().map(|l| l.code.clone()).collect();
    let files = locales.iter().map(|l| l.files.len()).sum();
    let Some(english) = locales.iter().find(|l| l.code == SOURCE_LOCALE) else {
        out.push(Severity::Error, Code::UnreadableFile, SOURCE_LOCALE, "locales", Pos { line: 1, column: 1 }, None,
            format!("there is no locales/{SOURCE_LOCALE} folder; English is the source language"));
        return out.into_report(codes, files);
    };
    let list_path = format!("locales/{LANGUAGES_FILE}");
    let list = match read_list(root) {
        Ok(list) => list,
        Err(error) => {
            out.push(Severity::Error, Code::LanguageList, SOURCE_LOCALE, &list_path, Pos { line: error.line, column: error.column },
                None, format!("{}. Portico will not start until this is fixed", error.message));
            None
        }
    };
    if let Some(list) = &list {
        check_list(list, &locales, &list_path, &mut out);
    }
    for locale in &locales {
        check_files(locale, &mut out);
        check_duplicates(locale, &mut out);
        check_references(locale, english, &mut out);
        check_plurals(locale, english, &mut out);
        if locale.code != SOURCE_LOCALE {
            let complete = completeness(list.as_deref(), &locale.code) == Some(Completeness::Complete);
            check_against_english(locale, english, complete, list.is_none(), &mut out);
        }
    }
    check_code(english, &scan(root), &mut out);
    out.into_report(codes, files)
}

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, severity: Severity, code: Code, locale: &str, file: &str, pos: Pos, id: Option<&str>, explanation: String) {
        self.0.push(Finding {
            severity,
            code,
            locale: locale.to_owned(),
            file: file.to_owned(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            id: id.map(str::to_owned),
            explanation,
        });
    }

    fn into_report(self, locales: Vec<String>, files_checked: usize) -> Report {
        Report { locales, files_checked, findings: self.0, ..Report::default() }.finish()
    }
}

/// `message 'x'` or `term '-x'`, for explanations.
fn what(id: &str) -> String {
    if id.starts_with('-') {
        format!("term '{id}'")
    } else {
        format!("message '{id}'")
    }
}

/// `'x'` or `'x.attr'`.
fn pattern_name(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(a) => format!("'{id}.{a}'"),
        None => format!("'{id}'"),
    }
}

fn check_files(locale: &Locale, out: &mut Findings) {
    for file in &locale.files {
        if let Some(error) = &file.read_error {
            out.push(Severity::Error, Code::UnreadableFile, &locale.code, &file.path, Pos { line: 1, column: 1 }, None,
                format!("this file could not be read ({error}); it must be UTF-8 text"));
        }
        for error in &file.syntax_errors {
            let (code, explanation) = match error.kind {
                ErrorKind::MissingDefaultVariant => (
                    Code::NoDefaultVariant,
                    "this select expression has no default variant: mark one variant with `*`, like `*[other]`. \
                     The whole message is ignored until it has one, and Portico will not start"
                        .to_owned(),
                ),
                // Windows editors like to add one; the parser then only says it expected a letter.
                _ if file.bom && error.pos == (Pos { line: 1, column: 1 }) => (
                    Code::Syntax,
                    "the file starts with a byte order mark (BOM), which Fluent does not accept: save it as UTF-8 without BOM. \
                     Until then its first entry is ignored, and Portico will not start"
                        .to_owned(),
                ),
                ref kind => (
                    Code::Syntax,
                    format!("{kind}. The whole entry from here on is ignored until this is fixed, and Portico will not start"),
                ),
            };
            out.push(Severity::Error, code, &locale.code, &file.path, error.pos, None, explanation);
        }
    }
}

fn check_duplicates(locale: &Locale, out: &mut Findings) {
    let mut seen: HashMap<&str, (&FtlFile, &Entry)> = HashMap::new();
    for (file, entry) in locale.entries() {
        if let Some((first_file, first)) = seen.get(entry.id.as_str()) {
            out.push(Severity::Error, Code::DuplicateId, &locale.code, &file.path, entry.pos, Some(&entry.id),
                format!("{} is already defined at {}:{}; an id may be defined only once in a language (in any of its files), \
                         and Portico will not start until one of them is removed",
                    what(&entry.id), first_file.path, first.pos.line));
        } else {
            seen.insert(&entry.id, (file, entry));
        }
        let mut names = BTreeSet::new();
        for attribute in &entry.attributes {
            if !names.insert(&attribute.name) {
                out.push(Severity::Warning, Code::DuplicateAttribute, &locale.code, &file.path, attribute.pos, Some(&entry.id),
                    format!("attribute '.{}' of {} is given twice; only the first one is used", attribute.name, what(&entry.id)));
            }
        }
    }
}

fn check_references(locale: &Locale, english: &Locale, out: &mut Findings) {
    for (file, entry) in locale.entries() {
        for (_, pattern) in entry.patterns() {
            for reference in &pattern.references {
                let target = locale.find(&reference.id).or_else(|| english.find(&reference.id));
                let known = target.is_some() || locale.knows(&reference.id) || english.knows(&reference.id);
                let explanation = if !known {
                    format!("{} refers to {}, which exists neither in this language nor in English; check the spelling",
                        what(&entry.id), what(&reference.id))
                } else {
                    let Some(attribute) = &reference.attribute else { continue };
                    let has = |l: &Locale| l.find(&reference.id).is_some_and(|(_, e)| e.attribute(attribute).is_some());
                    // A target inside Junk may well have the attribute: say nothing then.
                    if target.is_none() || has(locale) || has(english) {
                        continue;
                    }
                    format!("{} refers to '{}.{attribute}', but {} has no attribute '.{attribute}'",
                        what(&entry.id), reference.id, what(&reference.id))
                };
                out.push(Severity::Error, Code::UnknownReference, &locale.code, &file.path, reference.pos, Some(&entry.id), explanation);
            }
        }
    }
}

/// A select is about plurals when a key is a CLDR category other than `other`.
fn has_plural_keys(select: &Select) -> bool {
    select.keys.iter().any(|k| matches!(k, VariantKey::Name(n) if n != "other" && CATEGORY_NAMES.contains(&n.as_str())))
}

fn check_plurals(locale: &Locale, english: &Locale, out: &mut Findings) {
    let mut categories = None;
    for (file, entry) in locale.entries() {
        for (attribute, pattern) in entry.patterns() {
            for select in &pattern.selects {
                let Some(variable) = &select.variable else { continue };
                let english_select = english
                    .find(&entry.id)
                    .and_then(|(_, e)| e.pattern(attribute))
                    .and_then(|p| p.selects.iter().find(|s| s.variable.as_ref() == Some(variable)));
                if !has_plural_keys(select) && !english_select.is_some_and(has_plural_keys) {
                    continue;
                }
                // Only computed for languages that have a plural select at all.
                let Some(categories) = categories.get_or_insert_with(|| cardinal_categories(&locale.code)) else {
                    continue;
                };
                let missing: Vec<&str> = category_names(categories)
                    .into_iter()
                    .filter(|name| !covers(select, name, &categories[name]))
                    .collect();
                if missing.is_empty() {
                    continue;
                }
                let keys: Vec<String> = missing.iter().map(|m| format!("[{m}]")).collect();
                out.push(Severity::Error, Code::MissingPluralCategory, &locale.code, &file.path, select.pos, Some(&entry.id),
                    format!("the plural select on ${variable} in {} has no variant for {}; numbers in '{}' fall into the categories {} \
                             (a number key like [0] counts only when it covers every number of its category)",
                        pattern_name(&entry.id, attribute), keys.join(", "), locale.code, category_names(categories).join(", ")));
            }
        }
    }
}

/// Whether `select` has a variant for `category`: by name, or by number keys for all its samples
/// (Arabic `zero` is only 0, so `[0]` covers it).
fn covers(select: &Select, category: &str, samples: &[String]) -> bool {
    let numbers: Vec<f64> =
        select.keys.iter().filter_map(|k| if let VariantKey::Number(n) = k { n.parse().ok() } else { None }).collect();
    select.keys.iter().any(|k| matches!(k, VariantKey::Name(n) if n == category))
        || (!numbers.is_empty()
            && samples.iter().all(|s| s.parse::<f64>().is_ok_and(|v| numbers.iter().any(|n| (n - v).abs() < 1e-9))))
}

/// Every listed language has its folder; every folder is listed; directions agree with CLDR.
fn check_list(list: &[Listed], locales: &[Locale], list_path: &str, out: &mut Findings) {
    for language in list {
        let pos = Pos { line: language.line, column: 1 };
        if !locales.iter().any(|l| l.code == language.code) {
            out.push(Severity::Error, Code::LanguageList, &language.code, list_path, pos, None,
                format!("'{}' is listed, but there is no locales/{}/ folder of its translations; Portico will not start \
                         until the folder exists or the language is removed from the list", language.code, language.code));
        }
        let script = Direction::of(&language.id);
        if language.direction != script {
            let word = |d: Direction| if d == Direction::Rtl { "rtl" } else { "ltr" };
            out.push(Severity::Warning, Code::LanguageDirection, &language.code, list_path, pos, None,
                format!("'{}' is listed as written {}, but CLDR gives its script as {}: check `direction`",
                    language.code, word(language.direction), word(script)));
        }
    }
    for locale in locales.iter().filter(|l| !list.iter().any(|listed| listed.code == l.code)) {
        out.push(Severity::Warning, Code::UnlistedLanguage, &locale.code, &format!("locales/{}", locale.code), Pos { line: 1, column: 1 }, None,
            format!("locales/{}/ is not listed in {list_path}, so Portico does not serve it: add it there with \
                     status = \"in-progress\" when it should be offered", locale.code));
    }
}

/// `complete`: the list declares the language complete, so a missing message is an error.
/// `name_required`: there is no list, so the language's `language-name` names it.
fn check_against_english(locale: &Locale, english: &Locale, complete: bool, name_required: bool, out: &mut Findings) {
    let code = locale.code.as_str();
    for (file, entry) in english.entries() {
        if locale.knows(&entry.id) {
            continue;
        }
        let target = format!("locales/{code}/{}", file.within_locale);
        let (severity, why) = if complete {
            (Severity::Error, format!("; '{code}' is declared complete in locales/{LANGUAGES_FILE}, so every message must be \
                                       translated (or its status set back to \"in-progress\")"))
        } else if name_required && entry.id == LANGUAGE_NAME {
            // Without its name a language stops Portico from starting, so that one is an error.
            (Severity::Error, "; Portico will not start without it".to_owned())
        } else {
            (Severity::Warning, "; until then English is shown".to_owned())
        };
        out.push(severity, Code::MissingMessage, code, &file.path, entry.pos, Some(&entry.id),
            format!("{} is not translated into '{code}': add it to {target}{why}", what(&entry.id)));
    }
    for (file, entry) in locale.entries() {
        let Some((_, source)) = english.find(&entry.id) else {
            if !english.knows(&entry.id) {
                out.push(Severity::Warning, Code::ObsoleteMessage, code, &file.path, entry.pos, Some(&entry.id),
                    format!("{} is not in English (any more): remove it, or check the id's spelling", what(&entry.id)));
            }
            continue;
        };
        compare_entry(code, file, entry, source, out);
    }
}

fn compare_entry(code: &str, file: &FtlFile, entry: &Entry, source: &Entry, out: &mut Findings) {
    let id = Some(entry.id.as_str());
    match (&source.value, &entry.value) {
        (Some(_), None) => out.push(Severity::Warning, Code::MissingValue, code, &file.path, entry.pos, id,
            format!("English {} has a value (text after `=`) and this translation has only attributes", what(&entry.id))),
        (None, Some(_)) => out.push(Severity::Warning, Code::ObsoleteValue, code, &file.path, entry.pos, id,
            format!("English {} has only attributes; this translation's value (text after `=`) is never shown", what(&entry.id))),
        _ => {}
    }
    for attribute in &source.attributes {
        if entry.attribute(&attribute.name).is_none() {
            out.push(Severity::Warning, Code::MissingAttribute, code, &file.path, entry.pos, id,
                format!("English {} has the attribute '.{}' and this translation does not: add `.{} = …` under it",
                    what(&entry.id), attribute.name, attribute.name));
        }
    }
    for attribute in &entry.attributes {
        if source.attribute(&attribute.name).is_none() {
            out.push(Severity::Warning, Code::ObsoleteAttribute, code, &file.path, attribute.pos, id,
                format!("English {} has no attribute '.{}': remove it, or check its spelling", what(&entry.id), attribute.name));
        }
    }
    for (attribute, pattern) in entry.patterns() {
        let Some(source_pattern) = source.pattern(attribute) else { continue };
        let place = attribute.and_then(|a| entry.attribute(a)).map_or(entry.pos, |a| a.pos);
        compare_variables(code, file, entry, attribute, pattern, source_pattern, place, out);
    }
}

#[allow(clippy::too_many_arguments)]
fn compare_variables(
    code: &str,
    file: &FtlFile,
    entry: &Entry,
    attribute: Option<&str>,
    pattern: &PatternInfo,
    source: &PatternInfo,
    place: Pos,
    out: &mut Findings,
) {
    let english: Vec<&str> = unique(source.variables.iter().map(|(v, _)| v.as_str()));
    let mut reported = BTreeSet::new();
    for (variable, pos) in &pattern.variables {
        if !source.uses_variable(variable) && reported.insert(variable) {
            let known = if english.is_empty() {
                "English gives it no variables".to_owned()
            } else {
                let names: Vec<String> = english.iter().map(|v| format!("${v}")).collect();
                format!("English only has {}", names.join(", "))
            };
            out.push(Severity::Error, Code::UnknownVariable, code, &file.path, *pos, Some(&entry.id),
                format!("${variable} is not a variable of {}: {known}. Portico never sets it, so the reader would see {{${variable}}}",
                    pattern_name(&entry.id, attribute)));
        }
    }
    for variable in english {
        if !pattern.uses_variable(variable) {
            out.push(Severity::Warning, Code::MissingVariable, code, &file.path, place, Some(&entry.id),
                format!("English {} uses ${variable}, and this translation does not use it in any variant; \
                         check that the reader does not miss it", pattern_name(&entry.id, attribute)));
        }
    }
}

fn unique<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

fn check_code(english: &Locale, usage: &CodeUsage, out: &mut Findings) {
    let en = SOURCE_LOCALE;
    for (file, error) in &usage.unreadable {
        out.push(Severity::Warning, Code::UnreadableFile, en, file, Pos { line: 1, column: 1 }, None,
            format!("this file could not be read ({error}), so the message ids it uses are not known"));
    }
    // Only messages (not terms) can be asked for by the code.
    let messages: BTreeMap<&str, (&FtlFile, &Entry)> =
        english.entries().filter(|(_, e)| !e.is_term()).map(|(f, e)| (e.id.as_str(), (f, e))).collect();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for literal in &usage.literals {
        if let Some((id, _)) = messages.get_key_value(literal.value.as_str()) {
            used.insert(id);
        } else if literal.claimed && !english.knows(&literal.value) {
            out.push(Severity::Error, Code::UnknownIdInCode, en, &literal.file, literal.pos, Some(&literal.value),
                format!("the code asks for message '{}', which English does not have: add it to a file in locales/{en}/ \
                         or fix the id (the reader would see the bare id)", literal.value));
        }
    }
    for pattern in &usage.uses {
        let matched: Vec<&str> = messages.keys().copied().filter(|id| pattern.matches(id)).collect();
        if matched.is_empty() {
            out.push(Severity::Warning, Code::StaleUsesComment, en, &pattern.file, pattern.pos, None,
                format!("`l10n: uses {}` matches no English message: fix or remove the pattern", pattern.pattern));
        }
        used.extend(matched);
    }
    // A message another English message refers to is used through it.
    for (_, entry) in english.entries() {
        for (_, pattern) in entry.patterns() {
            used.extend(pattern.references.iter().filter_map(|r| messages.get_key_value(r.id.as_str()).map(|(id, _)| *id)));
        }
    }
    for dynamic in &usage.dynamic {
        let built = messages.keys().filter(|id| id.starts_with(&dynamic.prefix)).count();
        let covered = usage.uses.iter().any(|u| u.pattern.strip_suffix('*').is_some_and(|p| dynamic.prefix.starts_with(p)));
        if built > 0 && !covered {
            out.push(Severity::Warning, Code::DynamicIdInCode, en, &dynamic.file, dynamic.pos, None,
                format!("this may build message ids starting with '{}' ({built} English messages do): if so, add the comment \
                         `// l10n: uses {}*` so that they count as used", dynamic.prefix, dynamic.prefix));
        }
    }
    for (id, (file, entry)) in &messages {
        if used.contains(id) {
            continue;
        }
        // Name the likely builder, so the fix is obvious.
        let explanation = match usage.dynamic.iter().find(|d| id.starts_with(&d.prefix)) {
            Some(d) => format!("nothing in src/ names message '{id}'; {}:{} builds ids starting with '{}': \
                                add `// l10n: uses {}*` there if this is one of them", d.file, d.pos.line, d.prefix, d.prefix),
            None => format!("nothing in src/ uses message '{id}': remove it, or if the code builds its id at run time, \
                             add `// l10n: uses {id}` (or a `prefix-*` pattern) next to that code"),
        };
        out.push(Severity::Warning, Code::UnusedMessage, en, &file.path, entry.pos, Some(id), explanation);
    }
}
