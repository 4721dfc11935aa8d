//! The `portico` command line: its commands and flags, declared with clap's derive API.
//!
//! Only the shape of the command line lives here; `main.rs` runs each command by calling the
//! domain modules. Arguments are parsed before any setting is read, so `--help` and usage errors
//! need no environment, no `locales/` folder and no database.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit status 1: the command ran and found a problem (errors in the translations, a failed
/// migration, a member of staff who could not be added, a server that could not start).
pub const EXIT_PROBLEM: u8 = 1;
/// Exit status 2: the command could not run as asked, because of its arguments (clap's usage
/// errors exit 2 too) or its settings (an environment variable, a missing `locales/` folder).
pub const EXIT_USAGE: u8 = 2;

/// Portico: a citizen-facing portal for public services. With no command it serves.
#[derive(Debug, Parser)]
#[command(
    name = "portico",
    version,
    after_help = "Settings come from environment variables; see the README.\n\
                  Exit status: 0 success, 1 the command ran and found a problem, 2 usage or settings error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command to run: `serve` when none is given, as `portico` alone has always served.
    pub fn command_or_serve(self) -> Command {
        self.command.unwrap_or(Command::Serve)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Portico (the default); applies migrations first
    Serve,
    /// Apply database migrations, then exit
    Migrate,
    /// Manage members of staff
    #[command(subcommand)]
    Staff(StaffCommand),
    /// The translators' tools; they read files only, so they need no settings and no database
    #[command(subcommand)]
    L10n(L10nCommand),
    /// The services stored in the database, each as versions (draft, live, earlier)
    #[command(subcommand)]
    Services(ServicesCommand),
    /// Development and load tests only: add realistic requests over every service, status and team
    Seed(SeedArgs),
    /// Bulk export for a data warehouse
    #[command(subcommand)]
    Export(ExportCommand),
    /// API keys for other systems (admins also make and revoke them at /staff/admin/api-keys)
    #[command(subcommand, name = "api-keys")]
    ApiKeys(ApiKeysCommand),
    /// The tamper-evident audit trail (docs/audit.md)
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Anonymise expired requests and delete old drafts, as the hourly job does
    #[command(subcommand)]
    Retention(RetentionCommand),
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every chain and every signed checkpoint; exit 1 naming the first row that does not match
    Verify(AuditVerify),
    /// Sign a checkpoint of every chain's head now (the server also takes one every hour)
    Checkpoint,
}

#[derive(Debug, Args)]
pub struct AuditVerify {
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Run the retention job once, now
    Run(RetentionRun),
}

#[derive(Debug, Args)]
pub struct RetentionRun {
    /// Only say what would be erased and deleted; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Every request to one service sent since a day, of every team, to standard output
    ///
    /// The same rows as GET /api/v1/export/requests: the answers (with the JSON Schema they
    /// follow) and the profile snapshot, no timeline or notes. Oldest first.
    Requests(ExportRequests),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line
    Jsonl,
    /// A header row, then a row per request
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportRequests {
    /// The service's id
    #[arg(long, value_name = "ID")]
    pub service: String,
    /// Requests sent on or after this day (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: chrono::NaiveDate,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExportFormat,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date: write it as YYYY-MM-DD"))
}

#[derive(Debug, Subcommand)]
pub enum ApiKeysCommand {
    /// Make an API key and print its secret (once; only its fingerprint is kept)
    Add(ApiKeysAdd),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ApiScope {
    /// Read requests and their files only
    Read,
    /// Read, and act on requests (status, notes, messages, information requests)
    ReadWrite,
}

#[derive(Debug, Args)]
pub struct ApiKeysAdd {
    /// Which system uses it, as the admin page lists it
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// A team whose requests it may see (repeat for more than one)
    #[arg(long = "team", value_name = "TEAM", required = true)]
    pub teams: Vec<String>,
    #[arg(long, value_enum, default_value = "read")]
    pub scope: ApiScope,
    /// Days until it stops working (1 to 730)
    #[arg(long, value_name = "DAYS", default_value_t = 90)]
    pub days: i64,
    /// Calls per minute it may make (600 unless given)
    #[arg(long, value_name = "N")]
    pub per_minute: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum ServicesCommand {
    /// List every stored version: service, version number and state
    List,
    /// Write one version's files into a folder: ID.toml and LANG/ID.ftl for each language
    ///
    /// The files are the very bytes the version was stored from, so a council can keep its
    /// services in git and review each change as a diff.
    Export(ServicesExport),
    /// Read a folder laid out as export writes it, and store it as the service's draft
    ///
    /// It is checked as Portico checks every version. The definition's `version` must be the
    /// draft's number (to replace the draft) or the next number (for a new draft); a service not
    /// stored yet is created. The files are kept byte for byte: exporting the draft gives them back.
    Import(ServicesImport),
    /// Publish a service's draft: it becomes the live version for new applications, and every
    /// running instance serves it within seconds. Drafts begun on the previous version stay on it
    Publish(ServicesPublish),
}

#[derive(Debug, Args)]
pub struct ServicesImport {
    /// The folder: one ID.toml, and LANG/ID.ftl for each language
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServicesPublish {
    /// The service's id
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ServicesExport {
    /// The service's id, as in its address /services/ID
    #[arg(value_name = "ID")]
    pub id: String,
    /// Which version (the live one when not given)
    #[arg(long, value_name = "N")]
    pub version: Option<u32>,
    /// The folder to write into (created when missing)
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a member of staff
    ///
    /// When a password is piped to standard input (its first line), it is set. Otherwise a link to
    /// set one (valid 72 hours) is emailed through the outbox: SMTP, or the development outbox folder.
    Add(StaffAdd),
    /// Let a member of staff sign in through a staff identity provider
    ///
    /// Links their account to the provider's subject for them (the `sub` of their ID token; in
    /// Entra ID it is specific to Portico's app registration, not their object id); recorded in
    /// the identity audit. Group-to-role mappings in the providers file need no link.
    LinkIdentity(StaffLinkIdentity),
}

#[derive(Debug, Args)]
pub struct StaffLinkIdentity {
    /// The member of staff's email address in Portico
    #[arg(long, value_name = "EMAIL")]
    pub email: String,
    /// The provider's id in the providers file (PORTICO_IDENTITY_PROVIDERS)
    #[arg(long, value_name = "PROVIDER")]
    pub provider: String,
    /// Their subject at the provider
    #[arg(long, value_name = "SUBJECT")]
    pub subject: String,
}

#[derive(Debug, Args)]
pub struct StaffAdd {
    /// Their email address; they sign in with it
    #[arg(long, value_name = "EMAIL")]
    pub email: String,
    /// Their name, as colleagues and citizens see it
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// What they may do on the staff pages
    #[arg(long, value_enum)]
    pub role: StaffRole,
    /// A team they belong to (its id, as on /staff/admin/teams); give it once for each team
    #[arg(long = "team", value_name = "TEAM")]
    pub teams: Vec<String>,
}

/// The roles `staff add` accepts; each is the domain's [`crate::auth::Role`] of the same name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StaffRole {
    /// Sees and works on the requests of their teams
    Caseworker,
    /// Builds, previews and publishes the services of their teams
    Designer,
    /// Translates and previews services, nothing else
    Translator,
    /// Sees every request; manages staff and which team handles each service
    Admin,
}

impl From<StaffRole> for crate::auth::Role {
    fn from(role: StaffRole) -> Self {
        match role {
            StaffRole::Caseworker => Self::Caseworker,
            StaffRole::Designer => Self::Designer,
            StaffRole::Translator => Self::Translator,
            StaffRole::Admin => Self::Admin,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum L10nCommand {
    /// Check every translation file against English and the code
    ///
    /// Syntax, missing and obsolete messages, variables, plural forms, references, and the message
    /// ids used in the code. Exit status 1 when there is an error.
    Check(L10nArgs),
    /// How complete each language is: translated, missing, identical to English
    Status(L10nArgs),
}

#[derive(Debug, Args)]
pub struct L10nArgs {
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
    /// The Portico folder to read, the one holding locales/
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Also check the services stored in the database that DATABASE_URL names (each live version
    /// and draft), with the same checks and the same languages.toml
    #[arg(long)]
    pub database: bool,
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// How many requests to add
    #[arg(long, value_name = "N")]
    pub requests: usize,
    /// Confirm that this database is for development or load tests: seed refuses to run without it
    #[arg(long, required = true)]
    pub confirm: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;
    use clap::{error::ErrorKind, CommandFactory};

    fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("portico").chain(args.iter().copied())).map(Cli::command_or_serve)
    }

    #[test]
    fn the_command_line_is_well_formed() {
        // clap's own consistency checks: duplicate flags, bad defaults, conflicting names.
        Cli::command().debug_assert();
    }

    #[test]
    fn no_command_serves() {
        assert!(matches!(parse(&[]), Ok(Command::Serve)));
    }

    #[test]
    fn every_role_on_the_command_line_is_the_domain_role_of_the_same_name() {
        for role in StaffRole::value_variants() {
            let name = role.to_possible_value().expect("a visible value");
            assert_eq!(Role::parse(name.get_name()), Some(Role::from(*role)), "{name:?}");
        }
    }

    #[test]
    fn staff_add_reads_its_three_flags() {
        let command = parse(&["staff", "add", "--email", "sam@council.example", "--name", "Sam Jones", "--role", "admin"]);
        let Ok(Command::Staff(StaffCommand::Add(add))) = command else { panic!("{command:?}") };
        assert_eq!((add.email.as_str(), add.name.as_str(), add.role), ("sam@council.example", "Sam Jones", StaffRole::Admin));
    }

    #[test]
    fn an_unknown_role_is_a_usage_error() {
        let error = parse(&["staff", "add", "--email", "a@b.example", "--name", "A", "--role", "boss"]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue);
        assert_eq!(error.exit_code(), i32::from(EXIT_USAGE));
    }

    #[test]
    fn l10n_reads_the_current_folder_unless_given_a_root() {
        let Ok(Command::L10n(L10nCommand::Status(args))) = parse(&["l10n", "status"]) else { panic!() };
        assert_eq!((args.json, args.root), (false, PathBuf::from(".")));
        let Ok(Command::L10n(L10nCommand::Check(args))) = parse(&["l10n", "check", "--root", "/srv/portico", "--json"]) else {
            panic!()
        };
        assert_eq!((args.json, args.root), (true, PathBuf::from("/srv/portico")));
    }

    #[test]
    fn export_reads_its_service_date_and_format() {
        let Ok(Command::Export(ExportCommand::Requests(e))) = parse(&["export", "requests", "--service", "bulky-waste", "--since", "2026-11-01", "--format", "csv"]) else {
            panic!("not an export")
        };
        assert_eq!((e.service.as_str(), e.since.to_string().as_str(), e.format), ("bulky-waste", "2026-11-01", ExportFormat::Csv));
        assert!(parse(&["export", "requests", "--service", "x", "--since", "1 Nov"]).is_err());
        assert!(parse(&["export", "requests", "--service", "x", "--since", "2026-11-01", "--format", "xml"]).is_err());
    }

    #[test]
    fn api_keys_add_needs_a_team() {
        assert!(parse(&["api-keys", "add", "--name", "CMS"]).is_err());
        let Ok(Command::ApiKeys(ApiKeysCommand::Add(a))) = parse(&["api-keys", "add", "--name", "CMS", "--team", "waste", "--scope", "read-write"]) else {
            panic!("not api-keys add")
        };
        assert_eq!((a.teams, a.scope, a.days), (vec!["waste".to_owned()], ApiScope::ReadWrite, 90));
    }

    #[test]
    fn seed_refuses_without_confirm() {
        let error = parse(&["seed", "--requests", "10"]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::MissingRequiredArgument);
        assert!(matches!(parse(&["seed", "--requests", "10", "--confirm"]), Ok(Command::Seed(SeedArgs { requests: 10, confirm: true }))));
    }

    #[test]
    fn audit_verify_and_retention_run_parse_with_their_flags() {
        assert!(matches!(parse(&["audit", "verify", "--json"]), Ok(Command::Audit(AuditCommand::Verify(AuditVerify { json: true })))));
        assert!(matches!(parse(&["retention", "run", "--dry-run"]), Ok(Command::Retention(RetentionCommand::Run(RetentionRun { dry_run: true })))));
        assert!(matches!(parse(&["retention", "run"]), Ok(Command::Retention(RetentionCommand::Run(RetentionRun { dry_run: false })))));
    }

    #[test]
    fn seed_wants_a_number_of_requests() {
        assert_eq!(parse(&["seed", "--requests", "many", "--confirm"]).unwrap_err().kind(), ErrorKind::ValueValidation);
    }
}
