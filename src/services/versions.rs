//! Service definitions as versioned data in the database (SQLite or PostgreSQL alike), so that
//! every instance can read the same services: the ground the service designer builds on.
//!
//! A service has at most one draft, at most one live version, and earlier versions that never
//! change again (a draft or a request begun on one still needs it). A version keeps its
//! definition (TOML) and its texts (one Fluent file per language) exactly as written, so that
//! writing a version out gives back the very bytes it was made from: a council can keep its
//! services in git and review a change as a diff.
//!
//! On a fresh database the services that ship with Portico become the first live versions
//! ([`import_shipped`]). Every instance serves what is published here (`services::live`); a
//! version is checked with the loader's rules before it is stored ([`import`]).

pub use super::files::{Files, FilesError};
use crate::{config::Source, db::Db, with_db, with_tx};
use super::files::io;
use chrono::Utc;
use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// Where a version stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Being edited; at most one per service.
    Draft,
    /// What new applications use; at most one per service.
    Live,
    /// Replaced, and never changed again.
    Earlier,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Live => "live",
            Self::Earlier => "earlier",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Draft, Self::Live, Self::Earlier].into_iter().find(|s| s.as_str() == text)
    }
}

/// One stored version of a service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub service: String,
    pub version: u32,
    pub state: State,
    pub files: Files,
}

/// The shipped services' files: each definition with its texts from `locales/{lang}/services/`.
/// `definitions` and `locales` are `(path relative to its folder, text)` pairs, so that the
/// files built into the binary and a folder on disk are read the same way.
pub fn shipped(definitions: &[(PathBuf, String)], locales: &[(PathBuf, String)]) -> Vec<(String, Files)> {
    let mut services = Vec::new();
    for (path, definition) in definitions {
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let Some(id) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        let wanted = format!("{id}.ftl");
        let texts = locales
            .iter()
            .filter_map(|(path, text)| {
                let mut parts = path.iter().filter_map(|p| p.to_str());
                match (parts.next(), parts.next(), parts.next(), parts.next()) {
                    (Some(lang), Some("services"), Some(file), None) if file == wanted => Some((lang.to_owned(), text.clone())),
                    _ => None,
                }
            })
            .collect();
        services.push((id.to_owned(), Files { definition: definition.clone(), texts }));
    }
    services.sort_by(|a, b| a.0.cmp(&b.0));
    services
}

/// The shipped services' files from where the configuration reads definitions and translations
/// (built in, or folders).
pub fn shipped_from(definitions: &Source, locales: &Source) -> Result<Vec<(String, Files)>, FilesError> {
    Ok(shipped(&read_source(definitions, &crate::shipped::SERVICES, "toml")?, &read_source(locales, &crate::shipped::LOCALES, "ftl")?))
}

/// Every file ending in `.{extension}` of a source, as `(path relative to it, text)`. A folder
/// is listed as its loader lists it: the translations' folder at any depth (`l10n::ftl_files`),
/// the definitions' folder at its top level only (as `load::load_dir`).
fn read_source(source: &Source, built_in: &'static include_dir::Dir<'static>, extension: &str) -> Result<Vec<(PathBuf, String)>, FilesError> {
    let wanted = |path: &Path| path.extension().is_some_and(|e| e == extension);
    let mut found = Vec::new();
    match source {
        Source::Embedded => {
            for file in crate::shipped::files(built_in).into_iter().filter(|f| wanted(f.path())) {
                let text = file.contents_utf8().ok_or_else(|| FilesError::NotText(file.path().to_path_buf()))?;
                found.push((file.path().to_path_buf(), text.to_owned()));
            }
        }
        Source::Folder(dir) => {
            let paths: Vec<PathBuf> = if extension == "ftl" {
                crate::l10n::ftl_files(dir).map_err(io(dir))?
            } else {
                std::fs::read_dir(dir).map_err(io(dir))?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| wanted(p)).collect()
            };
            for path in paths {
                let text = std::fs::read_to_string(&path).map_err(io(&path))?;
                found.push((path.strip_prefix(dir).unwrap_or(&path).to_path_buf(), text));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The version number a definition declares (`version = N`), read without checking the rest.
pub fn declared_version(definition: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Head {
        version: u32,
    }
    toml::from_str::<toml::Table>(definition).ok().and_then(|t| t.try_into::<Head>().ok()).map(|h| h.version)
}

#[derive(sqlx::FromRow)]
struct Row {
    service: String,
    version: i64,
    state: String,
    definition: String,
    texts: String,
}

impl Row {
    fn into_version(self) -> Option<Version> {
        Some(Version {
            service: self.service,
            version: u32::try_from(self.version).ok()?,
            state: State::parse(&self.state)?,
            files: Files { definition: self.definition, texts: serde_json::from_str(&self.texts).ok()? },
        })
    }
}

/// Every stored version, by service and version number.
pub async fn all(db: &Db) -> Result<Vec<Version>, sqlx::Error> {
    let rows: Vec<Row> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, state, definition, texts FROM service_versions ORDER BY service, version"
    )
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().filter_map(Row::into_version).collect())
}

/// One version of a service; `None` for the live one when no number is given.
pub async fn get(db: &Db, service: &str, version: Option<u32>) -> Result<Option<Version>, sqlx::Error> {
    let row: Option<Row> = match version {
        Some(number) => with_db!(db, |pool| sqlx::query_as(
            "SELECT service, version, state, definition, texts FROM service_versions WHERE service = $1 AND version = $2"
        )
        .bind(service)
        .bind(i64::from(number))
        .fetch_optional(pool)
        .await)?,
        None => with_db!(db, |pool| sqlx::query_as(
            "SELECT service, version, state, definition, texts FROM service_versions WHERE service = $1 AND state = 'live'"
        )
        .bind(service)
        .fetch_optional(pool)
        .await)?,
    };
    Ok(row.and_then(Row::into_version))
}

/// Every published version (live and earlier), and the ids of the archived services.
pub async fn published(db: &Db) -> Result<(Vec<Version>, BTreeSet<String>), sqlx::Error> {
    let rows: Vec<Row> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, state, definition, texts FROM service_versions WHERE state <> 'draft' ORDER BY service, version"
    )
    .fetch_all(pool)
    .await)?;
    let archived: Vec<String> =
        with_db!(db, |pool| sqlx::query_scalar("SELECT id FROM services WHERE archived_at IS NOT NULL").fetch_all(pool).await)?;
    Ok((rows.into_iter().filter_map(Row::into_version).collect(), archived.into_iter().collect()))
}

/// The draft of a service, when it has one.
pub async fn draft(db: &Db, service: &str) -> Result<Option<Version>, sqlx::Error> {
    let row: Option<Row> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, state, definition, texts FROM service_versions WHERE service = $1 AND state = 'draft'"
    )
    .bind(service)
    .fetch_optional(pool)
    .await)?;
    Ok(row.and_then(Row::into_version))
}

/// Why a version could not be stored or published.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Invalid(#[from] super::load::DefinitionError),
    #[error("the definition says version {declared}; the next version of '{service}' is {expected}")]
    WrongVersion { service: String, declared: u32, expected: u32 },
    #[error("'{0}' has no draft to publish")]
    NoDraft(String),
    #[error("there is no service '{0}'")]
    NoService(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// What storing a version did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// A new service, with this first draft.
    NewService(u32),
    /// A new draft of a service that had none.
    NewDraft(u32),
    /// The service's draft, replaced.
    ReplacedDraft(u32),
}

impl Stored {
    pub fn version(self) -> u32 {
        match self {
            Self::NewService(n) | Self::NewDraft(n) | Self::ReplacedDraft(n) => n,
        }
    }
}

/// Stores `files` as the draft of service `id`, after the loader's checks (the definition must
/// name `id` and the version it becomes: the draft's own number, or the next one when there is no
/// draft). A service not stored yet is created. `by` is the member of staff, if any.
pub async fn import(db: &Db, id: &str, files: &Files, by: Option<i64>) -> Result<Stored, StoreError> {
    let declared = declared_version(&files.definition).unwrap_or(0);
    // Checks first: the same code serving uses to load a version.
    super::load::version(id, declared, files, false)?;
    let numbers: Vec<(i64, String)> = with_db!(db, |pool| sqlx::query_as("SELECT version, state FROM service_versions WHERE service = $1")
        .bind(id)
        .fetch_all(pool)
        .await)?;
    let exists: Option<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT id FROM services WHERE id = $1").bind(id).fetch_optional(pool).await)?;
    let draft = numbers.iter().find(|(_, state)| state == "draft").map(|(n, _)| *n);
    let expected = match draft {
        Some(n) => n,
        None => numbers.iter().map(|(n, _)| *n).max().unwrap_or(0) + 1,
    };
    if i64::from(declared) != expected {
        return Err(StoreError::WrongVersion { service: id.to_owned(), declared, expected: u32::try_from(expected).unwrap_or(0) });
    }
    // Checked: stored as any draft is (the service created when missing).
    store_draft(db, id, declared, files, by).await?;
    Ok(match (exists, draft) {
        (None, _) => Stored::NewService(declared),
        (Some(_), Some(_)) => Stored::ReplacedDraft(declared),
        (Some(_), None) => Stored::NewDraft(declared),
    })
}

/// Stores `files` as the draft of `service` as they are, problems and all: the designer saves
/// every step, and its checks (the loader's) stand between a draft and publishing. Creates the
/// service, or its draft numbered `version`, when missing. Every save moves the draft's revision
/// on and keeps the files it replaces (see [`store_draft_at`]).
pub async fn store_draft(db: &Db, service: &str, version: u32, files: &Files, by: Option<i64>) -> Result<(), sqlx::Error> {
    store_draft_at(db, service, version, files, by, None).await.map(|_| ())
}

/// What a save of a draft did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Stored; the draft is now at this revision.
    At(i64),
    /// Refused: the draft moved on to this revision since the one the save was made against.
    Stale(i64),
}

/// How many earlier files of a draft are kept for undo.
pub const KEPT_REVISIONS: i64 = 20;

/// Stores `files` as the draft of `service`, when the draft is still at revision `expected`
/// (any revision when none is given): a save made against an older revision is refused, so two
/// people editing one draft never overwrite each other silently.
pub async fn store_draft_at(db: &Db, service: &str, version: u32, files: &Files, by: Option<i64>, expected: Option<i64>) -> Result<Saved, sqlx::Error> {
    let texts = serde_json::to_string(&files.texts).unwrap_or_else(|_| "{}".into());
    let now = Utc::now();
    let mut tx = db.begin().await?;
    // An async block, so that `return` leaves the block (the transaction), not the function.
    let saved = with_tx!(&mut tx, |conn| async {
        sqlx::query("INSERT INTO services (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING").bind(service).bind(now).execute(&mut *conn).await?;
        let current: Option<(i64, i64, String, String)> =
            sqlx::query_as("SELECT version, revision, definition, texts FROM service_versions WHERE service = $1 AND state = 'draft'")
                .bind(service)
                .fetch_optional(&mut *conn)
                .await?;
        let Some((number, revision, old_definition, old_texts)) = current else {
            sqlx::query(
                "INSERT INTO service_versions (service, version, state, definition, texts, created_at, created_by) \
                 VALUES ($1, $2, 'draft', $3, $4, $5, $6)",
            )
            .bind(service)
            .bind(i64::from(version))
            .bind(&files.definition)
            .bind(&texts)
            .bind(now)
            .bind(by)
            .execute(&mut *conn)
            .await?;
            return Ok::<_, sqlx::Error>(Saved::At(0));
        };
        if expected.is_some_and(|e| e != revision) {
            return Ok(Saved::Stale(revision));
        }
        // Guarded by the revision read: of two saves at once, the second changes nothing.
        let updated = sqlx::query(
            "UPDATE service_versions SET definition = $1, texts = $2, revision = revision + 1 WHERE service = $3 AND state = 'draft' AND revision = $4",
        )
        .bind(&files.definition)
        .bind(&texts)
        .bind(service)
        .bind(revision)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Saved::Stale(revision + 1));
        }
        sqlx::query("INSERT INTO draft_revisions (service, version, revision, definition, texts, saved_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(service)
            .bind(number)
            .bind(revision)
            .bind(&old_definition)
            .bind(&old_texts)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM draft_revisions WHERE service = $1 AND version = $2 AND revision <= $3")
            .bind(service)
            .bind(number)
            .bind(revision - KEPT_REVISIONS)
            .execute(&mut *conn)
            .await?;
        Ok(Saved::At(revision + 1))
    }
    .await)?;
    // A refused save changes nothing: the transaction is dropped, not committed.
    if let Saved::At(_) = saved {
        tx.commit().await?;
    }
    Ok(saved)
}

/// The draft of a service and its revision, when it has one.
pub async fn draft_at(db: &Db, service: &str) -> Result<Option<(Version, i64)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct WithRevision {
        #[sqlx(flatten)]
        row: Row,
        revision: i64,
    }
    let found: Option<WithRevision> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, state, definition, texts, revision FROM service_versions WHERE service = $1 AND state = 'draft'"
    )
    .bind(service)
    .fetch_optional(pool)
    .await)?;
    Ok(found.and_then(|f| Some((f.row.into_version()?, f.revision))))
}

/// The number the next version of `service` gets: one more than any stored.
pub async fn next_number(db: &Db, service: &str) -> Result<u32, sqlx::Error> {
    let highest: Option<i64> =
        with_db!(db, |pool| sqlx::query_scalar("SELECT MAX(version) FROM service_versions WHERE service = $1").bind(service).fetch_one(pool).await)?;
    Ok(u32::try_from(highest.unwrap_or(0) + 1).unwrap_or(1))
}

/// Archives a service: no new applications; requests and drafts already made keep their version.
pub async fn archive(db: &Db, service: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE services SET archived_at = $1 WHERE id = $2").bind(Utc::now()).bind(service).execute(&mut *conn).await?;
        sqlx::query("UPDATE service_changes SET generation = generation + 1 WHERE id = 1").execute(&mut *conn).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    tx.commit().await
}

/// For each language, the English each translation of version `version` was made or confirmed
/// against: message id → English text.
pub type Reviewed = BTreeMap<String, BTreeMap<String, String>>;

pub async fn reviewed(db: &Db, service: &str, version: u32) -> Result<Reviewed, sqlx::Error> {
    let text: Option<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT reviewed FROM service_versions WHERE service = $1 AND version = $2")
        .bind(service)
        .bind(i64::from(version))
        .fetch_optional(pool)
        .await)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

pub async fn set_reviewed(db: &Db, service: &str, version: u32, reviewed: &Reviewed) -> Result<(), sqlx::Error> {
    let text = serde_json::to_string(reviewed).unwrap_or_else(|_| "{}".into());
    with_db!(db, |pool| sqlx::query("UPDATE service_versions SET reviewed = $1 WHERE service = $2 AND version = $3")
        .bind(text)
        .bind(service)
        .bind(i64::from(version))
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Publishes the draft of `service`: it becomes the live version, the live one becomes an
/// earlier one, and every instance reloads. Returns the published version's number.
pub async fn publish(db: &Db, service: &str, by: Option<i64>) -> Result<u32, StoreError> {
    let Some(draft) = draft(db, service).await? else {
        let exists: Option<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT id FROM services WHERE id = $1").bind(service).fetch_optional(pool).await)?;
        return Err(if exists.is_some() { StoreError::NoDraft(service.to_owned()) } else { StoreError::NoService(service.to_owned()) });
    };
    // A draft is checked when it is stored; checking again costs little and guards against a
    // change in the rules since.
    super::load::version(service, draft.version, &draft.files, false)?;
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE service_versions SET state = 'earlier' WHERE service = $1 AND state = 'live'").bind(service).execute(&mut *conn).await?;
        sqlx::query("UPDATE service_versions SET state = 'live', published_at = $1, published_by = $2 WHERE service = $3 AND version = $4 AND state = 'draft'")
            .bind(Utc::now())
            .bind(by)
            .bind(service)
            .bind(i64::from(draft.version))
            .execute(&mut *conn)
            .await?;
        sqlx::query("UPDATE service_changes SET generation = generation + 1 WHERE id = 1").execute(&mut *conn).await?;
        Ok::<_, sqlx::Error>(())
    })?;
    tx.commit().await?;
    Ok(draft.version)
}

/// Stores the shipped services as their first live versions, when no service is stored yet
/// (a fresh database). Returns how many were stored.
/// Each one is checked first, as [`import`] checks: a broken one stops start-up, naming its file.
pub async fn import_shipped(db: &Db, services: &[(String, Files)]) -> Result<usize, StoreError> {
    let stored: i64 = with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM services").fetch_one(pool).await)?;
    if stored > 0 {
        return Ok(0);
    }
    let mut count = 0;
    for (id, files) in services {
        let version = declared_version(&files.definition).unwrap_or(0);
        super::load::version(id, version, files, false)?;
        let texts = serde_json::to_string(&files.texts).unwrap_or_else(|_| "{}".into());
        let now = Utc::now();
        // Several instances may start at once on one database: the first one stores, the others skip.
        let inserted = with_db!(db, |pool| sqlx::query("INSERT INTO services (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
        if inserted == 0 {
            continue;
        }
        with_db!(db, |pool| sqlx::query(
            "INSERT INTO service_versions (service, version, state, definition, texts, created_at, published_at) \
             VALUES ($1, $2, 'live', $3, $4, $5, $5)"
        )
        .bind(id)
        .bind(i64::from(version))
        .bind(&files.definition)
        .bind(&texts)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        count += 1;
    }
    if count > 0 {
        with_db!(db, |pool| sqlx::query("UPDATE service_changes SET generation = generation + 1 WHERE id = 1").execute(pool).await.map(|r| r.rows_affected()))?;
    }
    Ok(count)
}

/// A counter that every change to a stored service moves on: an instance that remembers it can
/// tell cheaply whether it must read the services again.
pub async fn generation(db: &Db) -> Result<i64, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar("SELECT generation FROM service_changes WHERE id = 1").fetch_one(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Files {
        Files {
            definition: "id = \"litter\"\nversion = 3\n".into(),
            texts: [("cy".to_owned(), "litter-title = Sbwriel\n".to_owned()), ("en".to_owned(), "litter-title = Litter\n".to_owned())].into(),
        }
    }

    #[test]
    fn a_version_written_to_a_folder_reads_back_byte_for_byte() {
        let dir = std::env::temp_dir().join(format!("portico-version-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let written = files().write("litter", &dir).unwrap();
        assert_eq!(written, vec![dir.join("litter.toml"), dir.join("cy/litter.ftl"), dir.join("en/litter.ftl")]);
        let (id, read) = Files::read(&dir).unwrap();
        assert_eq!((id.as_str(), read), ("litter", files()));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_folder_without_exactly_one_definition_is_refused() {
        let dir = std::env::temp_dir().join(format!("portico-version-none-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(Files::read(&dir), Err(FilesError::NoDefinition(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_shipped_texts_of_a_service_are_its_file_in_each_language() {
        let definitions = vec![(PathBuf::from("litter.toml"), "version = 1\n".to_owned()), (PathBuf::from("README.md"), String::new())];
        let locales = vec![
            (PathBuf::from("en/services/litter.ftl"), "en text".to_owned()),
            (PathBuf::from("cy/services/litter.ftl"), "cy text".to_owned()),
            (PathBuf::from("cy/services/other.ftl"), "other".to_owned()),
            (PathBuf::from("cy/litter.ftl"), "not in services/".to_owned()),
        ];
        let shipped = shipped(&definitions, &locales);
        assert_eq!(shipped.len(), 1);
        assert_eq!(shipped[0].0, "litter");
        assert_eq!(shipped[0].1.texts, [("cy".to_owned(), "cy text".to_owned()), ("en".to_owned(), "en text".to_owned())].into());
    }

    #[test]
    fn the_declared_version_is_read_from_the_definition() {
        assert_eq!(declared_version("id = \"x\"\nversion = 7\n[[questions]]\nid = \"q\"\n"), Some(7));
        assert_eq!(declared_version("id = \"x\"\n"), None);
        assert_eq!(declared_version("not toml ["), None);
        assert_eq!(State::parse("live"), Some(State::Live));
        assert_eq!(State::parse("gone"), None);
    }
}
