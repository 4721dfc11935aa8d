//! Drafts and requests in the database.

use crate::{
    db::Db,
    services::answers::Answers,
    with_db, with_tx,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DraftRow {
    pub service: String,
    pub version: i64,
    pub answers: String,
    pub submission_key: String,
    pub updated_at: DateTime<Utc>,
}

/// A draft being filled in.
#[derive(Clone, Debug)]
pub struct Draft {
    pub service: String,
    pub version: i64,
    pub answers: Answers,
    pub submission_key: String,
    pub updated_at: DateTime<Utc>,
}

impl DraftRow {
    fn into_draft(self) -> Draft {
        // A draft whose JSON no longer reads (it never should) starts again rather than failing.
        let answers = serde_json::from_str(&self.answers).unwrap_or_default();
        Draft { service: self.service, version: self.version, answers, submission_key: self.submission_key, updated_at: self.updated_at }
    }
}

pub async fn draft(db: &Db, citizen: i64, service: &str) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<DraftRow> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, answers, submission_key, updated_at FROM drafts WHERE citizen_id = $1 AND service = $2"
    )
    .bind(citizen)
    .bind(service)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(DraftRow::into_draft))
}

pub async fn drafts(db: &Db, citizen: i64) -> Result<Vec<Draft>, sqlx::Error> {
    let rows: Vec<DraftRow> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, answers, submission_key, updated_at FROM drafts WHERE citizen_id = $1 ORDER BY updated_at DESC"
    )
    .bind(citizen)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(DraftRow::into_draft).collect())
}

/// Saves a draft (creating it with a fresh submission key the first time).
pub async fn save_draft(db: &Db, citizen: i64, service: &str, version: i64, answers: &Answers) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let json = serde_json::to_string(answers).unwrap_or_else(|_| "{}".into());
    let key = crate::auth::tokens::random_token();
    with_db!(db, |pool| sqlx::query(
        "INSERT INTO drafts (citizen_id, service, version, answers, submission_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) \
         ON CONFLICT (citizen_id, service) DO UPDATE SET answers = excluded.answers, version = excluded.version, \
         updated_at = excluded.updated_at"
    )
    .bind(citizen)
    .bind(service)
    .bind(version)
    .bind(json)
    .bind(key)
    .bind(now)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn delete_draft(db: &Db, citizen: i64, service: &str) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query("DELETE FROM drafts WHERE citizen_id = $1 AND service = $2")
        .bind(citizen)
        .bind(service)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A request about to be stored.
pub struct NewRequest<'a> {
    pub service: &'a str,
    pub version: i64,
    pub citizen: Option<i64>,
    pub answers: &'a Answers,
    pub profile_snapshot: &'a serde_json::Value,
    pub language: &'a str,
    pub team: &'a str,
    pub target_working_days: u32,
    pub submission_key: &'a str,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct RequestRow {
    pub reference: String,
    pub service: String,
    pub version: i64,
    pub citizen_id: Option<i64>,
    pub answers: String,
    pub status: String,
    pub due_date: NaiveDate,
    pub submitted_at: DateTime<Utc>,
}

const REQUEST_COLUMNS: &str = "reference, service, version, citizen_id, answers, status, due_date, submitted_at";

/// Stores the request and, in the same transaction, deletes the draft and queues the receipt.
/// Returns the reference and whether it was new: the same submission key gives back the
/// request already made.
pub async fn submit(db: &Db, request: NewRequest<'_>, receipt: impl Fn(&str) -> crate::email::Email) -> Result<(String, bool), sqlx::Error> {
    if let Some(existing) = by_submission_key(db, request.submission_key).await? {
        return Ok((existing, false));
    }
    let now = Utc::now();
    let due = super::calendar::add_working_days(now.date_naive(), request.target_working_days);
    let answers = serde_json::to_string(request.answers).unwrap_or_else(|_| "{}".into());
    let snapshot = request.profile_snapshot.to_string();
    // A clash of random references is very unlikely; try again with a new one if it happens.
    for _ in 0..5 {
        let reference = super::reference::new_reference();
        let mut tx = db.begin().await?;
        let inserted = with_tx!(&mut tx, |conn| sqlx::query(
            "INSERT INTO requests (reference, service, version, citizen_id, answers, profile_snapshot, language, status, \
             team, due_date, submission_key, submitted_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10, $11, $11)"
        )
        .bind(&reference)
        .bind(request.service)
        .bind(request.version)
        .bind(request.citizen)
        .bind(&answers)
        .bind(&snapshot)
        .bind(request.language)
        .bind(request.team)
        .bind(due)
        .bind(request.submission_key)
        .bind(now)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()));
        match inserted {
            Ok(_) => {
                if let Some(citizen) = request.citizen {
                    with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM drafts WHERE citizen_id = $1 AND service = $2")
                        .bind(citizen)
                        .bind(request.service)
                        .execute(conn)
                        .await
                        .map(|r| r.rows_affected()))?;
                }
                crate::email::enqueue(&mut tx, &receipt(&reference)).await?;
                tx.commit().await?;
                return Ok((reference, true));
            }
            Err(sqlx::Error::Database(e)) if e.constraint() == Some("requests_submission_unique") || e.message().contains("submission_key") => {
                drop(tx);
                if let Some(existing) = by_submission_key(db, request.submission_key).await? {
                    return Ok((existing, false));
                }
            }
            Err(sqlx::Error::Database(e)) if e.constraint() == Some("requests_reference_unique") || e.message().contains("reference") => continue,
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol("could not find a free reference".into()))
}

async fn by_submission_key(db: &Db, key: &str) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar("SELECT reference FROM requests WHERE submission_key = $1")
        .bind(key)
        .fetch_optional(pool)
        .await)
}

pub async fn by_reference(db: &Db, reference: &str) -> Result<Option<RequestRow>, sqlx::Error> {
    let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE reference = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(reference).fetch_optional(pool).await)
}

pub async fn for_citizen(db: &Db, citizen: i64) -> Result<Vec<RequestRow>, sqlx::Error> {
    let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE citizen_id = $1 ORDER BY submitted_at DESC");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(citizen).fetch_all(pool).await)
}
