//! Translators' tools for the Fluent files in `locales/<lang>/**/*.ftl` (English, `en`, is the
//! source):
//!
//! * [`check`] reads every language and the code and reports, with file, line and column:
//!   syntax errors, messages, attributes and variables that are missing or do not belong,
//!   plural selects that lack one of the language's CLDR categories, duplicate ids, references
//!   to unknown messages or terms, ids the code asks for that English lacks, and English
//!   messages nothing uses. See [`Code`] for the list; what makes Portico fail to start or
//!   shows the reader something broken is an error, the rest a warning.
//! * [`status`] counts, per language, what is translated, missing, or still identical to
//!   English (`# l10n: same-as-english` above a message says that is intended).
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

pub use catalog::SOURCE_LOCALE;
pub use check::check;
pub use code::is_message_key;
pub use plural::{cardinal_categories, category_names};
pub use pseudo::{pseudo, pseudo_accented, pseudo_rtl, PSEUDO_ACCENTED, PSEUDO_RTL};
pub use report::{Code, Finding, Report, Severity, Summary};
pub use status::{status, LocaleStatus, Status, SAME_AS_ENGLISH};

#[cfg(test)]
mod tests;
