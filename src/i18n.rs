//! Languages: which ones Portico speaks, which one a request gets, and how messages are looked up.
//!
//! The languages are those `locales/languages.toml` lists (see [`languages`]); each one's folder
//! under `locales/` holds its `.ftl` files (in any sub-folder), which form one Fluent bundle. English (`en`) is the source: a message missing in another language falls back to
//! English and logs a warning. Fluent's bidi isolation stays on, so a Latin reference number
//! inside Arabic text keeps its order.
//!
//! A request's language is, in order: the one the person picked (the switcher's `?lang=` link,
//! remembered in the `portico_lang` cookie), then `Accept-Language`, then English.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use std::{
    collections::HashMap,
    fmt,
    path::{Path, PathBuf},
    sync::Arc,
};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

mod files;
pub mod languages;
mod texts;

pub use texts::Texts;

use crate::config::Source;
use files::{newest_change, LocaleFiles};
use languages::{Direction, LANGUAGES_FILE};

/// The source language: every message exists here first.
pub const SOURCE_LANGUAGE: &str = "en";
/// The cookie that remembers the language a person picked.
pub const LANGUAGE_COOKIE: &str = "portico_lang";
/// The message that names a language in a folder without `languages.toml`.
const LANGUAGE_NAME: &str = "language-name";
/// The query parameter the language switcher's links carry.
pub const LANGUAGE_PARAM: &str = "lang";

type Bundle = FluentBundle<FluentResource>;

/// One language Portico can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// A BCP 47 tag, as the folder under `locales/` is named: `en`, `cy`, `ar`.
    pub code: String,
    /// The language's name for itself, from `languages.toml` (or its `language-name` message).
    pub name: String,
    pub rtl: bool,
    /// A development pseudo-locale: reachable with `?lang=`, never offered or negotiated.
    pub pseudo: bool,
}

impl Language {
    /// The value of the HTML `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// Why the translations could not be loaded. Shown to the operator or translator, never to citizens.
#[derive(Debug)]
pub enum CatalogError {
    Io { path: PathBuf, source: std::io::Error },
    Syntax { path: PathBuf, line: usize, column: usize, message: String },
    Duplicate { path: PathBuf, id: String },
    MissingSource { dir: PathBuf },
    MissingName { code: String },
    /// `languages.toml` cannot be used.
    List { path: PathBuf, error: languages::ListError },
    /// `languages.toml` lists a language that has no folder.
    MissingFolder { dir: PathBuf, code: String },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Self::Syntax { path, line, column, message } => {
                write!(f, "{}:{line}:{column}: {message}", path.display())
            }
            Self::Duplicate { path, id } => {
                write!(f, "{}: message '{id}' is defined more than once in this language", path.display())
            }
            Self::MissingSource { dir } => {
                write!(f, "{}: there is no '{SOURCE_LANGUAGE}' folder; English is the source language", dir.display())
            }
            Self::MissingName { code } => {
                write!(f, "locales/{code}: the language has no 'language-name' message")
            }
            Self::List { path, error } => write!(f, "{}:{}:{}: {}", path.display(), error.line, error.column, error.message),
            Self::MissingFolder { dir, code } => {
                write!(f, "{}: {LANGUAGES_FILE} lists '{code}', but there is no folder '{code}' of its translations", dir.display())
            }
        }
    }
}

impl std::error::Error for CatalogError {}

/// All languages and their messages, loaded once at start-up.
pub struct Catalog {
    languages: Vec<Language>,
    pseudo: Vec<Language>,
    bundles: HashMap<String, Bundle>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.languages).finish_non_exhaustive()
    }
}

impl Catalog {
    /// Loads every language folder under `dir`.
    pub fn load(dir: &Path) -> Result<Self, CatalogError> {
        Self::load_with(dir, false)
    }

    /// Loads every language folder under `dir`, and with `pseudo` the two development
    /// pseudo-locales made from English (see `l10n::pseudo`).
    pub fn load_with(dir: &Path, pseudo: bool) -> Result<Self, CatalogError> {
        Self::from_files(LocaleFiles::read_folder(dir)?, pseudo)
    }

    /// Loads the translations built into the binary (see `crate::shipped`).
    pub fn built_in(pseudo: bool) -> Result<Self, CatalogError> {
        Self::from_files(LocaleFiles::built_in()?, pseudo)
    }

    /// Loads the translations from where the configuration says.
    pub fn load_source(source: &Source, pseudo: bool) -> Result<Self, CatalogError> {
        match source {
            Source::Embedded => Self::built_in(pseudo),
            Source::Folder(dir) => Self::load_with(dir, pseudo),
        }
    }

    fn from_files(files: LocaleFiles, pseudo: bool) -> Result<Self, CatalogError> {
        let LocaleFiles { dir, list, folders: mut codes } = files;
        if !codes.iter().any(|(code, ..)| code == SOURCE_LANGUAGE) {
            return Err(CatalogError::MissingSource { dir });
        }
        let listed = match list {
            None => None,
            Some((path, text)) => Some(languages::parse(&text).map_err(|error| CatalogError::List { path, error })?),
        };
        if let Some(listed) = &listed {
            if let Some(missing) = listed.iter().find(|l| !codes.iter().any(|(code, ..)| *code == l.code)) {
                return Err(CatalogError::MissingFolder { dir, code: missing.code.clone() });
            }
            // A folder the list does not name is not served: `portico l10n check` warns about it.
            codes.retain(|(code, ..)| listed.iter().any(|l| l.code == *code));
        }
        // English first, then the others in a stable order, as the switcher lists them.
        codes.sort_by(|a, b| (a.0 != SOURCE_LANGUAGE, &a.0).cmp(&(b.0 != SOURCE_LANGUAGE, &b.0)));

        let mut languages = Vec::new();
        let mut bundles = HashMap::new();
        let mut english = Vec::new();
        for (code, id, mut sources) in codes {
            // A service's texts (`{code}/services/*.ftl`) belong to its stored versions, not here.
            sources.retain(|(path, _)| !is_service_text(path, &code));
            let entry = listed.iter().flatten().find(|l| l.code == code);
            let rtl = entry.map_or_else(|| Direction::of(&id), |l| l.direction) == Direction::Rtl;
            if code == SOURCE_LANGUAGE {
                english = sources.clone();
            }
            let (bundle, found) = bundle_of(id, sources)?;
            // Listed, the name is the list's; without a list, the language's `language-name`.
            let name = entry.map(|l| l.name.clone()).or(found).ok_or_else(|| CatalogError::MissingName { code: code.clone() })?;
            languages.push(Language { code: code.clone(), name, rtl, pseudo: false });
            bundles.insert(code, bundle);
        }
        let mut pseudo_languages = Vec::new();
        #[cfg(feature = "ssr")]
        if pseudo {
            for (code, rtl) in [(crate::l10n::PSEUDO_ACCENTED, false), (crate::l10n::PSEUDO_RTL, true)] {
                let Ok(id) = code.parse::<LanguageIdentifier>() else { continue };
                let mut sources: Vec<_> = english
                    .iter()
                    .filter_map(|(path, text)| crate::l10n::pseudo(code, text).map(|t| (path.clone(), t)))
                    .collect();
                // Named like English, in the pseudo-locale's letters: `[Ḗƞɠŀīīşħ]`.
                if !bundles[SOURCE_LANGUAGE].has_message(LANGUAGE_NAME) {
                    let name = format!("{LANGUAGE_NAME} = {}\n", languages[0].name);
                    sources.extend(crate::l10n::pseudo(code, &name).map(|t| (PathBuf::from(LANGUAGES_FILE), t)));
                }
                let (bundle, name) = bundle_of(id, sources)?;
                let name = name.ok_or_else(|| CatalogError::MissingName { code: code.to_owned() })?;
                pseudo_languages.push(Language { code: code.to_owned(), name, rtl, pseudo: true });
                bundles.insert(code.to_owned(), bundle);
            }
        }
        let _ = (pseudo, english);
        Ok(Self { languages, pseudo: pseudo_languages, bundles })
    }

    /// Every language, English first.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// A language by its code, pseudo-locales included.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().chain(&self.pseudo).find(|l| l.code.eq_ignore_ascii_case(code))
    }

    pub fn source_language(&self) -> &Language {
        self.language(SOURCE_LANGUAGE).expect("load() refuses a catalog without English")
    }

    /// Picks the language for a request: the person's own choice, then their browser's, then English.
    pub fn negotiate(&self, picked: Option<&str>, accept_language: Option<&str>) -> &Language {
        picked
            .and_then(|code| self.language(code))
            .or_else(|| self.from_browser(&accepted_languages(accept_language?)))
            .unwrap_or_else(|| self.source_language())
    }

    /// The best of our real languages for the browser's list (most wanted first), by
    /// fluent-langneg's lookup: `cy-GB` finds `cy`, `pt` would find `pt-BR`. Pseudo-locales
    /// are never negotiated.
    fn from_browser(&self, requested: &[LanguageIdentifier]) -> Option<&Language> {
        let real: Vec<(&Language, LanguageIdentifier)> =
            self.languages.iter().filter_map(|l| Some((l, l.code.parse().ok()?))).collect();
        let available: Vec<&LanguageIdentifier> = real.iter().map(|(_, id)| id).collect();
        let best = negotiate_languages(requested, &available, None, NegotiationStrategy::Lookup);
        let best = best.first()?;
        real.iter().find(|(_, id)| id == **best).map(|(l, _)| *l)
    }

    /// Whether language `code` has message `id` (with a value).
    pub fn has_message(&self, code: &str, id: &str) -> bool {
        self.bundles.get(code).and_then(|b| b.get_message(id)).is_some_and(|m| m.value().is_some())
    }

    /// Formats message `id` in language `code`, falling back to English, then to the id itself.
    pub fn format(&self, code: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_with(None, code, id, args)
    }

    /// Formats message `id` from a service version's `texts` first, then from the catalog, in
    /// language `code`, then the same in English (a version may be published with a language
    /// incomplete: its missing texts are English), then the id itself.
    pub fn format_with(&self, texts: Option<&Texts>, code: &str, id: &str, args: Option<&FluentArgs>) -> String {
        let find = |code: &str| texts.and_then(|t| t.try_format(code, id, args)).or_else(|| self.try_format(code, id, args));
        if let Some(text) = find(code) {
            return text;
        }
        if code != SOURCE_LANGUAGE {
            // A service may be published with a language incomplete on purpose: its English then
            // stands in quietly. A gap in the catalog is a translator's to fill, and is logged.
            if texts.is_some_and(|t| t.has_message(SOURCE_LANGUAGE, id)) {
                tracing::debug!(language = code, message = id, "service text not translated; using English");
            } else {
                tracing::warn!(language = code, message = id, "message missing in this language; using English");
            }
            if let Some(text) = find(SOURCE_LANGUAGE) {
                return text;
            }
        }
        tracing::error!(message = id, "message missing in English, the source language");
        id.to_owned()
    }

    fn try_format(&self, code: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(code)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            tracing::warn!(language = code, message = id, errors = ?errors, "message formatted with errors");
        }
        Some(text)
    }
}

/// The folder of a language that holds the shipped services' texts: `locales/{code}/services/`.
pub const SERVICE_TEXTS: &str = "services";

/// Whether `path` is a service's texts in language folder `code`.
fn is_service_text(path: &Path, code: &str) -> bool {
    let folder = path.parent();
    folder.and_then(Path::file_name).is_some_and(|n| n == SERVICE_TEXTS)
        && folder.and_then(Path::parent).and_then(Path::file_name).is_some_and(|n| n == code)
}

/// One language's bundle from its files, and its `language-name` when it has one.
pub(crate) fn bundle_of(id: LanguageIdentifier, sources: Vec<(PathBuf, String)>) -> Result<(Bundle, Option<String>), CatalogError> {
    let mut bundle = Bundle::new_concurrent(vec![id]);
    for (file, source) in sources {
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                let error = &errors[0];
                let (line, column) = line_and_column(resource.source(), error.pos.start);
                return Err(CatalogError::Syntax { path: file, line, column, message: error.kind.to_string() });
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            let id = errors
                .iter()
                .find_map(|e| match e {
                    fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            return Err(CatalogError::Duplicate { path: file, id });
        }
    }
    let name = bundle.get_message(LANGUAGE_NAME).and_then(|m| m.value()).map(|pattern| {
        let mut errors = vec![];
        bundle.format_pattern(pattern, None, &mut errors).into_owned()
    });
    Ok((bundle, name))
}

/// The catalog the server uses. In development it reloads when a translation file changes, so
/// translators see their edits on the next page load; a broken edit keeps the last good catalog
/// and logs where the mistake is.
pub struct LiveCatalog {
    /// The folder to watch: none for the built-in translations, which cannot change.
    dir: Option<PathBuf>,
    state: std::sync::RwLock<(Arc<Catalog>, std::time::SystemTime, std::time::Instant)>,
}

impl LiveCatalog {
    /// The catalog loaded from `source`, watched for changes in development when it is a folder.
    pub fn new(catalog: Catalog, source: &Source, development: bool) -> Self {
        let dir = source.folder().filter(|_| development).map(Path::to_path_buf);
        let stamp = dir.as_deref().map_or(std::time::SystemTime::UNIX_EPOCH, newest_change);
        tracing::info!(%source, live_reload = dir.is_some(), "translations loaded");
        Self { dir, state: std::sync::RwLock::new((Arc::new(catalog), stamp, std::time::Instant::now())) }
    }

    /// A catalog that never reloads (tests, tools).
    pub fn fixed(catalog: Catalog) -> Self {
        Self::new(catalog, &Source::Embedded, false)
    }

    /// The current catalog.
    pub fn get(&self) -> Arc<Catalog> {
        let Ok(state) = self.state.read() else { return self.fallback() };
        // At most one look at the files per half second, however busy the server is.
        let Some(dir) = &self.dir else { return state.0.clone() };
        if state.2.elapsed() < std::time::Duration::from_millis(500) {
            return state.0.clone();
        }
        drop(state);
        let Ok(mut state) = self.state.write() else { return self.fallback() };
        state.2 = std::time::Instant::now();
        let stamp = newest_change(dir);
        if stamp > state.1 {
            state.1 = stamp;
            match Catalog::load_with(dir, true) {
                Ok(catalog) => {
                    tracing::info!("translations changed on disk: reloaded");
                    state.0 = Arc::new(catalog);
                }
                Err(error) => tracing::warn!(%error, "translations changed on disk but do not load; keeping the previous ones"),
            }
        }
        state.0.clone()
    }

    fn fallback(&self) -> Arc<Catalog> {
        // Only after a panic while holding the lock; the poisoned value is still a whole catalog.
        match self.state.read() {
            Ok(s) => s.0.clone(),
            Err(poisoned) => poisoned.into_inner().0.clone(),
        }
    }
}

impl fmt::Debug for LiveCatalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LiveCatalog").field("dir", &self.dir).finish_non_exhaustive()
    }
}

fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The languages of an `Accept-Language` header, most wanted first. fluent-langneg parses the
/// tags but keeps the header's order and ignores weights, so the weights are read here first:
/// `q=0` means "not this one", and a bad weight or `*` leaves the item out.
pub fn accepted_languages(header: &str) -> Vec<LanguageIdentifier> {
    let mut items: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|item| {
            let (tag, params) = item.split_once(';').unwrap_or((item, ""));
            let q = params
                .split(';')
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && tag.trim() != "*").then_some((tag, q))
        })
        .take(16)
        .collect();
    // A stable sort keeps the header's order among equal weights.
    items.sort_by(|a, b| b.1.total_cmp(&a.1));
    let tags: Vec<&str> = items.into_iter().map(|(tag, _)| tag).collect();
    fluent_langneg::parse_accepted_languages(&tags.join(","))
}

/// The translations for one request: the catalog and the language the request negotiated.
#[derive(Clone, Debug)]
pub struct I18n {
    catalog: Arc<Catalog>,
    language: Language,
    /// The texts of the service version the page is about, looked up before the catalog.
    texts: Option<Arc<Texts>>,
}

impl I18n {
    pub fn new(catalog: Arc<Catalog>, language: Language) -> Self {
        Self { catalog, language, texts: None }
    }

    /// The translations for language `code`, or English when there is no such language.
    pub fn for_code(catalog: Arc<Catalog>, code: &str) -> Self {
        let language = catalog.language(code).unwrap_or_else(|| catalog.source_language()).clone();
        Self { catalog, language, texts: None }
    }

    /// The same translations, with a service version's texts looked up first.
    pub fn with_texts(&self, texts: Arc<Texts>) -> Self {
        Self { catalog: self.catalog.clone(), language: self.language.clone(), texts: Some(texts) }
    }

    pub fn language(&self) -> &Language {
        &self.language
    }

    pub fn languages(&self) -> &[Language] {
        self.catalog.languages()
    }

    /// The message `id` in this request's language.
    pub fn t(&self, id: &str) -> String {
        self.catalog.format_with(self.texts.as_deref(), &self.language.code, id, None)
    }

    /// The message `id` with its variables.
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.catalog.format_with(self.texts.as_deref(), &self.language.code, id, Some(args))
    }

    /// A number with `places` decimals, written with this language's decimal separator.
    pub fn decimal(&self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        text.replace('.', &self.t("number-decimal-separator"))
    }

    /// A date written out the way this language writes dates ("21 November 2026").
    pub fn date(&self, year: i32, month: u32, day: u32) -> String {
        // l10n: uses month-*
        let month_name = self.t(&format!("month-{month}"));
        let mut args = FluentArgs::new();
        args.set("day", day);
        args.set("month", month_name);
        args.set("year", year.to_string());
        self.t_args("date-long", &args)
    }
}

/// Formats a message with named variables: `t!(i18n, "page-title", page = name)`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {
        $i18n.t($id)
    };
    ($i18n:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $i18n.t_args($id, &args)
    }};
}

/// The translations of the page being rendered, provided as context by the page renderer.
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))).unwrap()
    }

    #[test]
    fn english_comes_first_and_arabic_is_right_to_left() {
        let c = catalog();
        assert_eq!(c.languages()[0].code, "en");
        assert_eq!(c.language("ar").unwrap().dir(), "rtl");
        assert_eq!(c.language("cy").unwrap().dir(), "ltr");
        assert_eq!(c.language("cy").unwrap().name, "Cymraeg");
    }

    #[test]
    fn a_picked_language_wins_over_the_browser_and_english_is_the_last_resort() {
        let c = catalog();
        assert_eq!(c.negotiate(Some("ar"), Some("cy")).code, "ar");
        assert_eq!(c.negotiate(None, Some("fr-FR, cy-GB;q=0.8, en;q=0.5")).code, "cy");
        assert_eq!(c.negotiate(Some("xx"), Some("de")).code, "en");
        assert_eq!(c.negotiate(None, None).code, "en");
    }

    #[test]
    fn accept_language_weights_order_the_tags_and_zero_means_not_wanted() {
        let tags = |header| accepted_languages(header).iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(tags("en;q=0.2, ar, cy;q=0.9, fr;q=0"), vec!["ar", "cy", "en"]);
        assert!(tags("*;q=0.1, ;;, en;q=abc, not a tag").is_empty());
    }

    #[test]
    fn a_message_missing_in_a_language_falls_back_to_english() {
        let c = catalog();
        assert_eq!(c.format("cy", "no-such-message", None), "no-such-message");
        assert_eq!(c.format("xx", "shell-skip-link", None), "Skip to main content");
    }

    #[test]
    fn variables_keep_bidi_isolation() {
        let c = catalog();
        let mut args = FluentArgs::new();
        args.set("page", "Cookies");
        assert_eq!(c.format("en", "page-title", Some(&args)), "\u{2068}Cookies\u{2069} – Portico");
    }

    #[test]
    fn the_built_in_translations_are_the_shipped_folder() {
        let built_in = Catalog::built_in(false).unwrap();
        assert_eq!(built_in.languages(), catalog().languages());
        assert_eq!(built_in.format("cy", "shell-skip-link", None), catalog().format("cy", "shell-skip-link", None));
    }

    #[test]
    fn built_in_translations_are_never_watched_and_a_folder_only_in_development() {
        let folder = Source::Folder(concat!(env!("CARGO_MANIFEST_DIR"), "/locales").into());
        assert!(LiveCatalog::new(catalog(), &Source::Embedded, true).dir.is_none());
        assert!(LiveCatalog::new(catalog(), &folder, false).dir.is_none());
        assert!(LiveCatalog::new(catalog(), &folder, true).dir.is_some());
    }

    #[test]
    fn the_switcher_offers_the_listed_languages_english_first_then_by_code() {
        let codes: Vec<String> = catalog().languages().iter().map(|l| l.code.clone()).collect();
        assert_eq!(codes, ["en", "ar", "cy", "pl", "uk"]);
        let pseudo = Catalog::built_in(true).unwrap();
        assert_eq!(pseudo.language("en-XA").unwrap().name, "[ḖḖƞɠŀīīşħ]");
    }

    #[test]
    fn only_listed_languages_are_served_and_a_listed_one_needs_its_folder() {
        let dir = std::env::temp_dir().join(format!("portico-i18n-list-{}", std::process::id()));
        for code in ["en", "cy", "pl"] {
            std::fs::create_dir_all(dir.join(code)).unwrap();
            std::fs::write(dir.join(code).join("a.ftl"), "hello = Hi\n").unwrap();
        }
        let entry = |code: &str, name: &str| {
            format!("[[language]]\ncode = \"{code}\"\nname = \"{name}\"\ndirection = \"ltr\"\nstatus = \"complete\"\n")
        };
        let list = entry("en", "English") + &entry("cy", "Cymraeg");
        std::fs::write(dir.join(LANGUAGES_FILE), &list).unwrap();
        let served = Catalog::load(&dir).map(|c| c.languages().iter().map(|l| (l.code.clone(), l.name.clone())).collect::<Vec<_>>());
        std::fs::write(dir.join(LANGUAGES_FILE), list + &entry("so", "Soomaali")).unwrap();
        let without_folder = Catalog::load(&dir).map(|_| ()).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();

        assert_eq!(served.unwrap(), [("en".to_owned(), "English".to_owned()), ("cy".to_owned(), "Cymraeg".to_owned())]);
        assert!(without_folder.contains("lists 'so'"), "{without_folder}");
    }

    #[test]
    fn a_syntax_error_names_the_file_line_and_column() {
        let dir = std::env::temp_dir().join(format!("portico-i18n-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("en")).unwrap();
        std::fs::write(dir.join("en/a.ftl"), "language-name = English\nbroken {\n").unwrap();
        let error = Catalog::load(&dir).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(error.contains("a.ftl:2:"), "{error}");
    }
}
