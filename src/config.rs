//! Configuration read from the environment at start-up.
//!
//! Every setting is documented in the README's configuration table. A bad value stops start-up with
//! one line that names the variable and says what is wrong, so an operator never has to read a
//! backtrace to fix a typo.

use std::{fmt, net::SocketAddr, path::{Path, PathBuf}};

/// Where the data lives. Unset `DATABASE_URL` means a SQLite file next to the binary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(String),
    Postgres(String),
}

impl DatabaseUrl {
    pub const DEFAULT: &'static str = "sqlite:portico.db";

    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.starts_with("sqlite:") {
            Ok(Self::Sqlite(value.to_owned()))
        } else if value.starts_with("postgres:") || value.starts_with("postgresql:") {
            Ok(Self::Postgres(value.to_owned()))
        } else {
            Err("must start with sqlite: or postgres:".to_owned())
        }
    }

    /// A description safe to log: the scheme only, because the URL may hold a password.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }
}

/// Where translations or service definitions are read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The copy built into the binary (`crate::shipped`): what this version ships with.
    Embedded,
    /// A folder, read at start-up (and, for translations in development, whenever it changes).
    Folder(PathBuf),
}

impl Source {
    /// The source when its variable is unset: the built-in copy, except in development when the
    /// repository's own folder is in the working folder. There a translator's edit shows on the
    /// next page load, and a developer's new service without a rebuild; a release binary started
    /// anywhere else never picks up a stray folder by accident.
    pub fn default_for(development: bool, folder: &Path) -> Self {
        if development && folder.is_dir() {
            Self::Folder(folder.to_path_buf())
        } else {
            Self::Embedded
        }
    }

    /// The folder, if the source is one.
    pub fn folder(&self) -> Option<&Path> {
        match self {
            Self::Embedded => None,
            Self::Folder(path) => Some(path),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Embedded => f.write_str("built in"),
            Self::Folder(path) => write!(f, "folder {}", path.display()),
        }
    }
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines with key=value fields, for a terminal.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub site_addr: SocketAddr,
    pub site_root: PathBuf,
    pub database_url: DatabaseUrl,
    pub secure_cookies: bool,
    pub log_filter: String,
    pub log_format: LogFormat,
    /// The translations: `locales/languages.toml` and a folder of `.ftl` files per language.
    pub locales: Source,
    pub contact_email: String,
    pub contact_phone: String,
    /// The address people reach Portico at, for links in emails.
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub outbox_dir: PathBuf,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy that sets it).
    pub trust_proxy: bool,
    /// Development: translations reload when their files change, and the pseudo-locales
    /// (`en-XA`, `ar-XB`) are served. Never on in production.
    pub development: bool,
    /// The service definitions (`*.toml`).
    pub services: Source,
    /// Where uploaded files are kept: never inside the site root.
    pub uploads_dir: PathBuf,
    /// A command that checks an uploaded file for viruses: the file's path is added as its last
    /// argument; exit status 0 means clean.
    pub scan_command: Option<String>,
    /// For the tests' HTML check: every page rendered is also written here, one file per address,
    /// language and status (`PORTICO_KEEP_PAGES_DIR`). Unset in production.
    pub keep_pages: Option<PathBuf>,
    /// The bearer token that opens `/metrics`; unset, there is no `/metrics`.
    pub metrics_token: Option<MetricsToken>,
    /// Webhooks may be sent to loopback and private addresses (`PORTICO_WEBHOOKS_ALLOW_PRIVATE`):
    /// for a receiver on the council's own network, and for tests. Off, only public addresses.
    pub webhooks_allow_private: bool,
    /// The identity providers (`PORTICO_IDENTITY_PROVIDERS`, a TOML file); none when unset.
    pub identity_providers: crate::identity::config::ProvidersConfig,
    /// The Ed25519 key audit checkpoints are signed with (`PORTICO_AUDIT_SIGNING_KEY`, a 32-byte
    /// seed in hex); unset, the published development key (docs/audit.md).
    pub audit_key: crate::audit::key::SigningKey,
    /// Minutes between audit checkpoints (`PORTICO_AUDIT_CHECKPOINT_MINUTES`).
    pub audit_checkpoint_minutes: u64,
    /// Days after its last change that a draft is deleted (`PORTICO_DRAFT_RETENTION_DAYS`).
    pub draft_retention_days: u32,
}

/// The secret a Prometheus server presents to read `/metrics`. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct MetricsToken(String);

impl MetricsToken {
    /// Long enough that guessing it over the network is hopeless.
    pub const MIN_LENGTH: usize = 24;

    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.len() < Self::MIN_LENGTH || value.contains(char::is_whitespace) || !value.is_ascii() {
            return Err(format!(
                "must be at least {} characters of ASCII without spaces (e.g. the output of openssl rand -hex 32)",
                Self::MIN_LENGTH
            ));
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for MetricsToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MetricsToken(…)")
    }
}

/// A setting that cannot be used. Displays as the one line printed at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.var, self.problem)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so that tests can pass their own environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        // An empty variable is treated as unset: `FOO= portico` is a common way to clear one.
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let fail = |var: &'static str, problem: String| ConfigError { var, problem };

        let site_addr = match get("LEPTOS_SITE_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(v) => v.trim().parse().map_err(|_| {
                fail("LEPTOS_SITE_ADDR", format!("'{v}' is not an address and port such as 127.0.0.1:3000"))
            })?,
        };
        let site_root = PathBuf::from(get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()));
        let database_url = match get("DATABASE_URL") {
            None => DatabaseUrl::Sqlite(DatabaseUrl::DEFAULT.to_owned()),
            Some(v) => DatabaseUrl::parse(&v).map_err(|p| fail("DATABASE_URL", p))?,
        };
        let secure_cookies = match get("PORTICO_SECURE_COOKIES") {
            None => true,
            Some(v) => parse_bool(&v).ok_or_else(|| {
                fail("PORTICO_SECURE_COOKIES", format!("expected true or false, got '{v}'"))
            })?,
        };
        let log_filter = get("PORTICO_LOG").unwrap_or_else(|| "info".into());
        validate_log_filter(&log_filter).map_err(|p| fail("PORTICO_LOG", p))?;
        let log_format = match get("PORTICO_LOG_FORMAT").as_deref().map(str::trim) {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(fail("PORTICO_LOG_FORMAT", format!("expected text or json, got '{other}'")))
            }
        };
        let development = match get("PORTICO_DEV") {
            None => false,
            Some(v) => parse_bool(&v).ok_or_else(|| fail("PORTICO_DEV", format!("expected true or false, got '{v}'")))?,
        };
        // A folder that is named must exist: falling back to the built-in copy would hide a typo.
        let source = |var: &'static str, default: &str, what: &str| match get(var) {
            None => Ok(Source::default_for(development, Path::new(default))),
            Some(v) if Path::new(&v).is_dir() => Ok(Source::Folder(PathBuf::from(v))),
            Some(v) => Err(fail(var, format!("'{v}' is not a folder of {what}"))),
        };
        let locales = source("PORTICO_LOCALES_DIR", "locales", "translations")?;
        let contact_email = get("PORTICO_CONTACT_EMAIL").unwrap_or_else(|| "help@portico.example".into());
        if !contact_email.contains('@') || contact_email.contains(char::is_whitespace) {
            return Err(fail("PORTICO_CONTACT_EMAIL", format!("'{contact_email}' is not an email address")));
        }
        let contact_phone = get("PORTICO_CONTACT_PHONE").unwrap_or_else(|| "0300 123 4567".into());

        let public_url = get("PORTICO_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(fail("PORTICO_PUBLIC_URL", format!("'{public_url}' must start with http:// or https://")));
        }
        let public_url = public_url.trim_end_matches('/').to_owned();
        let smtp_url = get("PORTICO_SMTP_URL");
        if let Some(url) = &smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return Err(fail("PORTICO_SMTP_URL", "must start with smtp:// or smtps://".to_owned()));
            }
        }
        let mail_from = get("PORTICO_MAIL_FROM").unwrap_or_else(|| "Portico <no-reply@portico.example>".into());
        let outbox_dir = PathBuf::from(get("PORTICO_OUTBOX_DIR").unwrap_or_else(|| "outbox".into()));
        let trust_proxy = match get("PORTICO_TRUST_PROXY") {
            None => false,
            Some(v) => parse_bool(&v)
                .ok_or_else(|| fail("PORTICO_TRUST_PROXY", format!("expected true or false, got '{v}'")))?,
        };

        let services = source("PORTICO_SERVICES_DIR", "src/services/definitions", "service definitions")?;

        let uploads_dir = PathBuf::from(get("PORTICO_UPLOADS_DIR").unwrap_or_else(|| "uploads".into()));
        let scan_command = get("PORTICO_SCAN_COMMAND");
        let keep_pages = get("PORTICO_KEEP_PAGES_DIR").map(PathBuf::from);
        let metrics_token = get("PORTICO_METRICS_TOKEN")
            .map(|v| MetricsToken::parse(&v).map_err(|p| fail("PORTICO_METRICS_TOKEN", p)))
            .transpose()?;
        let webhooks_allow_private = match get("PORTICO_WEBHOOKS_ALLOW_PRIVATE") {
            None => false,
            Some(v) => parse_bool(&v)
                .ok_or_else(|| fail("PORTICO_WEBHOOKS_ALLOW_PRIVATE", format!("expected true or false, got '{v}'")))?,
        };

        let identity_providers = match get("PORTICO_IDENTITY_PROVIDERS") {
            None => Default::default(),
            Some(path) => crate::identity::config::ProvidersConfig::load(Path::new(path.trim()), &|name| get(name))
                .map_err(|e| fail("PORTICO_IDENTITY_PROVIDERS", e.0))?,
        };

        let audit_key = match get("PORTICO_AUDIT_SIGNING_KEY") {
            None => crate::audit::key::SigningKey::development(),
            Some(v) => crate::audit::key::SigningKey::parse(&v).map_err(|p| fail("PORTICO_AUDIT_SIGNING_KEY", p))?,
        };
        let audit_checkpoint_minutes = match get("PORTICO_AUDIT_CHECKPOINT_MINUTES") {
            None => 60,
            Some(v) => v.trim().parse::<u64>().ok().filter(|m| (1..=10_080).contains(m)).ok_or_else(|| {
                fail("PORTICO_AUDIT_CHECKPOINT_MINUTES", format!("expected a number of minutes from 1 to 10080, got '{v}'"))
            })?,
        };
        let draft_retention_days = match get("PORTICO_DRAFT_RETENTION_DAYS") {
            None => 90,
            Some(v) => v.trim().parse::<u32>().ok().filter(|d| (1..=3660).contains(d)).ok_or_else(|| {
                fail("PORTICO_DRAFT_RETENTION_DAYS", format!("expected a number of days from 1 to 3660, got '{v}'"))
            })?,
        };

        Ok(Self {
            audit_key,
            audit_checkpoint_minutes,
            draft_retention_days,
            identity_providers,
            metrics_token,
            webhooks_allow_private,
            uploads_dir,
            scan_command,
            keep_pages,
            services,
            public_url,
            smtp_url,
            mail_from,
            outbox_dir,
            trust_proxy,
            development,
            site_addr,
            site_root,
            database_url,
            secure_cookies,
            log_filter,
            log_format,
            locales,
            contact_email,
            contact_phone,
        })
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

fn validate_log_filter(filter: &str) -> Result<(), String> {
    tracing_subscriber::EnvFilter::try_new(filter)
        .map(|_| ())
        .map_err(|e| format!("'{filter}' is not a log filter such as info or portico=debug,info ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let with_locales = move |name: &str| match name {
            "PORTICO_LOCALES_DIR" => vars.get(name).cloned().or_else(|| Some(locales())),
            "PORTICO_SERVICES_DIR" => vars.get(name).cloned().or_else(|| Some(concat!(env!("CARGO_MANIFEST_DIR"), "/src/services/definitions").to_owned())),
            _ => vars.get(name).cloned(),
        };
        Config::from_lookup(with_locales)
    }

    fn locales() -> String {
        concat!(env!("CARGO_MANIFEST_DIR"), "/locales").to_owned()
    }

    #[test]
    fn an_empty_environment_gives_sqlite_on_port_3000_with_secure_cookies() {
        let c = config(&[]).unwrap();
        assert_eq!(c.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, DatabaseUrl::Sqlite("sqlite:portico.db".into()));
        assert!(c.secure_cookies);
        assert_eq!(c.log_format, LogFormat::Text);
    }

    #[test]
    fn a_postgres_url_selects_postgres() {
        let c = config(&[("DATABASE_URL", "postgres://localhost/test")]).unwrap();
        assert_eq!(c.database_url.kind(), "postgres");
    }

    #[test]
    fn a_database_url_of_another_kind_is_refused_naming_the_variable() {
        let e = config(&[("DATABASE_URL", "mysql://localhost/x")]).unwrap_err();
        assert_eq!(e.to_string(), "DATABASE_URL: must start with sqlite: or postgres:");
    }

    #[test]
    fn a_bad_address_is_refused_naming_the_variable() {
        let e = config(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
        assert_eq!(e.var, "LEPTOS_SITE_ADDR");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn the_secure_cookie_switch_accepts_only_true_or_false_words() {
        assert!(!config(&[("PORTICO_SECURE_COOKIES", "false")]).unwrap().secure_cookies);
        assert!(config(&[("PORTICO_SECURE_COOKIES", "ON")]).unwrap().secure_cookies);
        let e = config(&[("PORTICO_SECURE_COOKIES", "maybe")]).unwrap_err();
        assert_eq!(e.to_string(), "PORTICO_SECURE_COOKIES: expected true or false, got 'maybe'");
    }

    #[test]
    fn webhooks_go_to_public_addresses_only_unless_the_operator_allows_private_ones() {
        assert!(!config(&[]).unwrap().webhooks_allow_private);
        assert!(config(&[("PORTICO_WEBHOOKS_ALLOW_PRIVATE", "true")]).unwrap().webhooks_allow_private);
        let e = config(&[("PORTICO_WEBHOOKS_ALLOW_PRIVATE", "sometimes")]).unwrap_err();
        assert_eq!(e.to_string(), "PORTICO_WEBHOOKS_ALLOW_PRIVATE: expected true or false, got 'sometimes'");
    }

    #[test]
    fn a_bad_log_level_or_format_is_refused() {
        assert_eq!(config(&[("PORTICO_LOG", "info,=[")]).unwrap_err().var, "PORTICO_LOG");
        assert_eq!(config(&[("PORTICO_LOG_FORMAT", "xml")]).unwrap_err().var, "PORTICO_LOG_FORMAT");
        assert_eq!(config(&[("PORTICO_LOG_FORMAT", "json")]).unwrap().log_format, LogFormat::Json);
    }

    #[test]
    fn a_metrics_token_is_optional_and_refused_when_short_and_never_shown_in_debug_output() {
        assert_eq!(config(&[]).unwrap().metrics_token, None);
        let long = "0123456789abcdef0123456789abcdef";
        let c = config(&[("PORTICO_METRICS_TOKEN", long)]).unwrap();
        assert_eq!(c.metrics_token.as_ref().map(MetricsToken::as_str), Some(long));
        assert!(!format!("{c:?}").contains(long));
        assert_eq!(config(&[("PORTICO_METRICS_TOKEN", "short")]).unwrap_err().var, "PORTICO_METRICS_TOKEN");
        assert_eq!(config(&[("PORTICO_METRICS_TOKEN", "0123456789abcdef 0123456789abcdef")]).unwrap_err().var, "PORTICO_METRICS_TOKEN");
    }

    #[test]
    fn an_identity_providers_file_that_is_missing_or_wrong_stops_start_up_naming_the_variable() {
        let e = config(&[("PORTICO_IDENTITY_PROVIDERS", "/nonexistent/providers.toml")]).unwrap_err();
        assert_eq!(e.var, "PORTICO_IDENTITY_PROVIDERS");
        let file = std::env::temp_dir().join(format!("providers-{}.toml", std::process::id()));
        std::fs::write(&file, "[[provider]]\nid = \"Bad Id\"\n").unwrap();
        let e = config(&[("PORTICO_IDENTITY_PROVIDERS", file.to_str().unwrap())]).unwrap_err();
        assert_eq!(e.var, "PORTICO_IDENTITY_PROVIDERS");
        assert!(!e.to_string().contains('\n'), "{e}");
        assert!(config(&[]).unwrap().identity_providers.providers.is_empty(), "none by default");
    }

    #[test]
    fn a_missing_locales_folder_is_refused() {
        let e = config(&[("PORTICO_LOCALES_DIR", "/nonexistent/locales")]).unwrap_err();
        assert_eq!(e.var, "PORTICO_LOCALES_DIR");
    }

    #[test]
    fn a_missing_services_folder_is_refused_naming_the_variable() {
        let e = config(&[("PORTICO_SERVICES_DIR", "/nonexistent/definitions")]).unwrap_err();
        assert_eq!(e.to_string(), "PORTICO_SERVICES_DIR: '/nonexistent/definitions' is not a folder of service definitions");
    }

    #[test]
    fn a_folder_that_is_set_replaces_the_built_in_copy() {
        let c = config(&[]).unwrap();
        assert_eq!(c.locales, Source::Folder(locales().into()));
        assert!(matches!(c.services, Source::Folder(_)));
    }

    #[test]
    fn without_folders_set_the_built_in_translations_and_services_are_used() {
        // Outside development the working folder is never looked at, even where it has locales/.
        let c = Config::from_lookup(|_| None).unwrap();
        assert_eq!((c.locales, c.services), (Source::Embedded, Source::Embedded));
    }

    #[test]
    fn in_development_the_repository_folder_is_used_when_it_is_there() {
        let here = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"));
        let nowhere = Path::new("/nonexistent/locales");
        assert_eq!(Source::default_for(true, here), Source::Folder(here.into()));
        assert_eq!(Source::default_for(true, nowhere), Source::Embedded);
        assert_eq!(Source::default_for(false, here), Source::Embedded);
    }

    #[test]
    fn an_audit_key_that_is_not_a_hex_seed_stops_start_up_and_none_gives_the_development_key() {
        assert_eq!(config(&[("PORTICO_AUDIT_SIGNING_KEY", "secret")]).unwrap_err().var, "PORTICO_AUDIT_SIGNING_KEY");
        assert!(config(&[]).unwrap().audit_key.development);
        let c = config(&[("PORTICO_AUDIT_SIGNING_KEY", &"ab".repeat(32))]).unwrap();
        assert!(!c.audit_key.development);
        assert_eq!(config(&[("PORTICO_DRAFT_RETENTION_DAYS", "0")]).unwrap_err().var, "PORTICO_DRAFT_RETENTION_DAYS");
        assert_eq!(config(&[]).unwrap().draft_retention_days, 90);
    }
}
