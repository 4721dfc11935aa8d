//! The earlier revisions of a service's draft: every save (`versions::store_draft_at`) keeps the
//! files it replaces (the last `versions::KEPT_REVISIONS`), so that "Undo the last change" can put
//! them back and a refused save can show what changed since the revision it was made against.

use super::files::Files;
use crate::{db::Db, with_db, with_tx};

/// The files the draft of `service` (version `version`) had at revision `revision`, while kept.
pub async fn files_at(db: &Db, service: &str, version: u32, revision: i64) -> Result<Option<Files>, sqlx::Error> {
    let row: Option<(String, String)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT definition, texts FROM draft_revisions WHERE service = $1 AND version = $2 AND revision = $3"
    )
    .bind(service)
    .bind(i64::from(version))
    .bind(revision)
    .fetch_optional(pool)
    .await)?;
    Ok(row.and_then(|(definition, texts)| Some(Files { definition, texts: serde_json::from_str(&texts).ok()? })))
}

/// How many earlier revisions of the draft of `service` can be put back.
pub async fn undoable(db: &Db, service: &str, version: u32) -> Result<i64, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM draft_revisions WHERE service = $1 AND version = $2")
        .bind(service)
        .bind(i64::from(version))
        .fetch_one(pool)
        .await)
}

/// What undoing the last change of a draft did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undone {
    /// The files of revision `from` are back, as the draft's new revision `at`.
    Restored { from: i64, at: i64 },
    /// The draft moved on since revision the undo was asked against: nothing changed.
    Stale,
    /// There is no earlier revision kept.
    Nothing,
}

/// Puts back the files the draft of `service` had before its last save, when the draft is still
/// at revision `expected`. The put-back files become a new revision (so a page opened before the
/// undo is stale too), and the kept revision is used up: undoing again goes one further back. An
/// undo is not itself undone (there is no redo); it is recorded in the service's history.
pub async fn undo(db: &Db, service: &str, expected: i64) -> Result<Undone, sqlx::Error> {
    let mut tx = db.begin().await?;
    let undone = with_tx!(&mut tx, |conn| async {
        let current: Option<(i64, i64)> = sqlx::query_as("SELECT version, revision FROM service_versions WHERE service = $1 AND state = 'draft'")
            .bind(service)
            .fetch_optional(&mut *conn)
            .await?;
        let Some((number, revision)) = current else { return Ok::<_, sqlx::Error>(Undone::Nothing) };
        if revision != expected {
            return Ok(Undone::Stale);
        }
        let kept: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT revision, definition, texts FROM draft_revisions WHERE service = $1 AND version = $2 ORDER BY revision DESC LIMIT 1",
        )
        .bind(service)
        .bind(number)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((from, definition, texts)) = kept else { return Ok(Undone::Nothing) };
        let updated = sqlx::query(
            "UPDATE service_versions SET definition = $1, texts = $2, revision = revision + 1 WHERE service = $3 AND state = 'draft' AND revision = $4",
        )
        .bind(&definition)
        .bind(&texts)
        .bind(service)
        .bind(revision)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Undone::Stale);
        }
        sqlx::query("DELETE FROM draft_revisions WHERE service = $1 AND version = $2 AND revision = $3")
            .bind(service)
            .bind(number)
            .bind(from)
            .execute(&mut *conn)
            .await?;
        Ok(Undone::Restored { from, at: revision + 1 })
    }
    .await)?;
    if let Undone::Restored { .. } = undone {
        tx.commit().await?;
    }
    Ok(undone)
}
