//! The profile in the database: one row per field with where its value came from and when it
//! was last confirmed, and an append-only history of changes.

use crate::{db::Db, with_db, with_tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// The profile's fields, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    DateOfBirth,
    Address,
    Phone,
    ContactPreference,
}

impl Field {
    pub const ALL: [Self; 5] = [Self::Name, Self::DateOfBirth, Self::Address, Self::Phone, Self::ContactPreference];

    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::DateOfBirth => "date_of_birth",
            Self::Address => "address",
            Self::Phone => "phone",
            Self::ContactPreference => "contact_preference",
        }
    }
}

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Typed on the profile pages.
    Profile,
    /// Given or confirmed while applying for the named service.
    Service(String),
    /// Verified by the named identity provider when the person signed in with it.
    Provider(String),
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct StoredField {
    pub field: String,
    /// JSON for structured values (name, address), plain text otherwise.
    pub value: String,
    pub source: String,
    pub source_service: Option<String>,
    pub confirmed_at: DateTime<Utc>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct HistoryEntry {
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub source: String,
    pub source_service: Option<String>,
    pub changed_at: DateTime<Utc>,
}

pub async fn fields(db: &Db, citizen: i64) -> Result<Vec<StoredField>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as(
        "SELECT field, value, source, source_service, confirmed_at FROM profile_fields WHERE citizen_id = $1"
    )
    .bind(citizen)
    .fetch_all(pool)
    .await)
}

pub async fn history(db: &Db, citizen: i64) -> Result<Vec<HistoryEntry>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as(
        "SELECT field, old_value, new_value, source, source_service, changed_at FROM profile_history \
         WHERE citizen_id = $1 ORDER BY changed_at, id"
    )
    .bind(citizen)
    .fetch_all(pool)
    .await)
}

/// Sets (or confirms) a field. A changed value is recorded in the history; an unchanged one only
/// moves its confirmation date and source.
pub async fn set(db: &Db, citizen: i64, field: Field, value: &str, source: &Source) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let (source_kind, service) = match source {
        Source::Profile => ("profile", None),
        Source::Service(id) => ("service", Some(id.as_str())),
        // The provider's name rides in the same column as a service's id.
        Source::Provider(name) => ("provider", Some(name.as_str())),
    };
    let mut tx = db.begin().await?;
    let old: Option<String> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "SELECT value FROM profile_fields WHERE citizen_id = $1 AND field = $2"
    )
    .bind(citizen)
    .bind(field.key())
    .fetch_optional(conn)
    .await)?;
    with_tx!(&mut tx, |conn| sqlx::query(
        "INSERT INTO profile_fields (citizen_id, field, value, source, source_service, confirmed_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) \
         ON CONFLICT (citizen_id, field) DO UPDATE SET value = excluded.value, source = excluded.source, \
         source_service = excluded.source_service, confirmed_at = excluded.confirmed_at, updated_at = excluded.updated_at"
    )
    .bind(citizen)
    .bind(field.key())
    .bind(value)
    .bind(source_kind)
    .bind(service)
    .bind(now)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    if old.as_deref() != Some(value) {
        with_tx!(&mut tx, |conn| sqlx::query(
            "INSERT INTO profile_history (citizen_id, field, old_value, new_value, source, source_service, changed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)"
        )
        .bind(citizen)
        .bind(field.key())
        .bind(old)
        .bind(value)
        .bind(source_kind)
        .bind(service)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}

/// Deletes a citizen and, through foreign keys, their profile and its history.
pub async fn delete_citizen(db: &Db, citizen: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    // Explicit deletes, so that the result does not depend on SQLite's foreign_keys pragma.
    // Submitted requests stay (the retention rule in the privacy notice) without the person:
    // no account link, and the profile snapshot replaced by a note that it was removed.
    with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE requests SET citizen_id = NULL, profile_snapshot = '{\"pseudonymised\":true}' WHERE citizen_id = $1"
    )
    .bind(citizen)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    for sql in [
        "DELETE FROM drafts WHERE citizen_id = $1",
        "DELETE FROM profile_history WHERE citizen_id = $1",
        "DELETE FROM profile_fields WHERE citizen_id = $1",
        // The ways to sign in (crate::identity): the provider's subject is personal data too.
        "DELETE FROM identities WHERE account_kind = 'citizen' AND account_id = $1",
        "DELETE FROM account_tokens WHERE account_kind = 'citizen' AND account_id = $1",
        "DELETE FROM citizens WHERE id = $1",
    ] {
        with_tx!(&mut tx, |conn| sqlx::query(sql).bind(citizen).execute(conn).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}
