//! Translators' tools for the Fluent files in `locales/<lang>/**/*.ftl` (English, `en`, is the
//! source):
//!
//! * [`check`] reads `locales/languages.toml` (the languages served, and which are complete:
//!   the same list the portal reads, see `i18n::languages`), every language and the code, and
//!   reports, with file, line and column: a list that does not match the folders, syntax
//!   errors, messages, attributes and variables that are missing or do not belong, plural
//!   selects that lack one of the language's CLDR categories, duplicate ids, references to
//!   unknown messages or terms, ids the code asks for that English lacks, and English messages
//!   nothing uses. See [`Code`] for the list; what makes Portico fail to start, shows the reader
//!   something broken, or leaves a message missing from a language declared complete is an
//!   error, the rest a warning.
//! * [`status`] says, per language, whether it is declared complete or in progress, and counts
//!   what is translated, missing, or still identical to English (`# l10n: same-as-english`
//!   above a message says that is intended).
//! * [`pseudo_accented`] and [`pseudo_rtl`] make the pseudo-locales [`PSEUDO_ACCENTED`]
//!   (`en-XA`) and [`PSEUDO_RTL`] (`ar-XB`) out of English text for the preview.
//!
//! How the code's use of message ids is found, and the `// l10n: uses prefix-*` comment for ids
//! built at run time, is described in `code.rs`.

mod catalog;
mod check;
mod code;
mod plural;
mod pseudo;
mod report;
mod status;

pub use catalog::{ftl_files, parse_file, PatternInfo, VariantKey, SOURCE_LOCALE};
pub use check::check;
pub use code::is_message_key;
pub use plural::{cardinal_categories, category_names};
pub use pseudo::{pseudo, pseudo_accented, pseudo_rtl, PSEUDO_ACCENTED, PSEUDO_RTL};
pub use report::{Code, Finding, Report, Severity, Summary};
pub use status::{status, LocaleStatus, Status, SAME_AS_ENGLISH};

#[cfg(test)]
mod tests;
