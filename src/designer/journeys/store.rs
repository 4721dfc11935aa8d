//! The SQL of test journeys (`service_journeys`): a service's journeys, one by id, and saving and
//! deleting one. Answers and pages are kept as JSON text, the end as a route's `go`.

use super::TestJourney;
use crate::{
    db::Db,
    services::flow::{Target, CHECK_ANSWERS},
    with_db,
};
use chrono::Utc;

/// Why a journey could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the service already has a test journey with that name")]
    NameTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

type Row = (i64, String, String, String, String, i64);

const COLUMNS: &str = "id, name, answers, pages, end_at, written_for";

fn go(end: &Target) -> String {
    match end {
        Target::CheckAnswers => CHECK_ANSWERS.to_owned(),
        Target::Exit(id) => format!("exit:{id}"),
        Target::Question(id) => id.clone(),
    }
}

fn read((id, name, answers, pages, end, written_for): Row) -> TestJourney {
    // Written only by `save`; a row that does not read (edited by hand) runs as a journey with no
    // answers, which fails and shows where the service goes instead.
    TestJourney {
        id,
        name,
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        pages: serde_json::from_str(&pages).unwrap_or_default(),
        end: Target::parse(&end),
        written_for: u32::try_from(written_for).unwrap_or(0),
    }
}

/// Every test journey of `service`, by name.
pub async fn list(db: &Db, service: &str) -> Result<Vec<TestJourney>, sqlx::Error> {
    let rows: Vec<Row> = with_db!(db, |pool| sqlx::query_as(&format!("SELECT {COLUMNS} FROM service_journeys WHERE service = $1 ORDER BY name, id"))
        .bind(service)
        .fetch_all(pool)
        .await)?;
    Ok(rows.into_iter().map(read).collect())
}

/// Journey `id` of `service`.
pub async fn get(db: &Db, service: &str, id: i64) -> Result<Option<TestJourney>, sqlx::Error> {
    let row: Option<Row> = with_db!(db, |pool| sqlx::query_as(&format!("SELECT {COLUMNS} FROM service_journeys WHERE service = $1 AND id = $2"))
        .bind(service)
        .bind(id)
        .fetch_optional(pool)
        .await)?;
    Ok(row.map(read))
}

/// Saves `journey` on `service`: a new one when its id is 0, else over the stored one. Returns its id.
pub async fn save(db: &Db, service: &str, journey: &TestJourney, staff: i64) -> Result<i64, SaveError> {
    let answers = serde_json::to_string(&journey.answers).unwrap_or_else(|_| "{}".into());
    let pages = serde_json::to_string(&journey.pages).unwrap_or_else(|_| "[]".into());
    let end = go(&journey.end);
    let now = Utc::now();
    let result: Result<i64, sqlx::Error> = if journey.id == 0 {
        with_db!(db, |pool| sqlx::query_scalar(
            "INSERT INTO service_journeys (service, name, answers, pages, end_at, written_for, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id"
        )
        .bind(service)
        .bind(&journey.name)
        .bind(&answers)
        .bind(&pages)
        .bind(&end)
        .bind(i64::from(journey.written_for))
        .bind(staff)
        .bind(now)
        .fetch_one(pool)
        .await)
    } else {
        with_db!(db, |pool| sqlx::query(
            "UPDATE service_journeys SET name = $3, answers = $4, pages = $5, end_at = $6, written_for = $7, updated_at = $8 \
             WHERE service = $1 AND id = $2"
        )
        .bind(service)
        .bind(journey.id)
        .bind(&journey.name)
        .bind(&answers)
        .bind(&pages)
        .bind(&end)
        .bind(i64::from(journey.written_for))
        .bind(now)
        .execute(pool)
        .await
        .map(|_| journey.id))
    };
    match result {
        Err(sqlx::Error::Database(e)) if e.constraint() == Some("service_journeys_name_unique") || e.message().contains("service_journeys.name") => {
            Err(SaveError::NameTaken)
        }
        other => Ok(other?),
    }
}

/// Deletes journey `id` of `service`.
pub async fn delete(db: &Db, service: &str, id: i64) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query("DELETE FROM service_journeys WHERE service = $1 AND id = $2").bind(service).bind(id).execute(pool).await.map(|_| ()))
}
