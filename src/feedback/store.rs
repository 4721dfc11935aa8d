//! The `feedback` table: saving what was sent, and reading it back for staff (counts per
//! rating, a page of entries with a search, the CSV export) and for the published performance
//! figures (satisfaction per service and month).

use super::form::{Feedback, Rating};
use crate::{db::Db, with_db};
use chrono::{DateTime, Utc};

/// Staff see this many entries per page; older ones are a link away (keyset: `before`).
pub const PAGE: i64 = 50;

/// Which feedback a staff page is about: one service's, or the portal's in general.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum About {
    Service(String),
    Portal,
}

impl About {
    /// The address segment of the staff page: a service id, or `_portal` (no service id can
    /// start with `_`, so the two never meet).
    pub fn from_segment(segment: &str) -> Self {
        if segment == PORTAL_SEGMENT {
            Self::Portal
        } else {
            Self::Service(segment.to_owned())
        }
    }

    pub fn segment(&self) -> &str {
        match self {
            Self::Service(id) => id,
            Self::Portal => PORTAL_SEGMENT,
        }
    }

    fn condition(&self) -> &'static str {
        match self {
            Self::Service(_) => "service = $1",
            // $1 is still bound (to nothing useful), so both shapes take the same parameters.
            Self::Portal => "service IS NULL AND $1 = $1",
        }
    }

    fn bound(&self) -> &str {
        match self {
            Self::Service(id) => id,
            Self::Portal => "",
        }
    }
}

pub const PORTAL_SEGMENT: &str = "_portal";

/// One piece of feedback, as staff read it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub rating: i64,
    pub improve: String,
    pub reply_email: Option<String>,
    pub language: String,
    pub created_at: DateTime<Utc>,
}

impl Entry {
    pub fn rating(&self) -> Option<Rating> {
        Rating::from_value(self.rating)
    }
}

/// Saves feedback sent in `language`.
#[tracing::instrument(skip_all)]
pub async fn save(db: &Db, feedback: &Feedback, language: &str) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| {
        sqlx::query(
        "INSERT INTO feedback (service, rating, improve, search, reply_email, language, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(feedback.service.as_deref())
    .bind(feedback.rating.value())
    .bind(&feedback.improve)
    .bind(feedback.improve.to_lowercase())
    .bind(feedback.reply_email.as_deref())
    .bind(language)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ())
    })
}

/// How many of each rating every service (`None`: the portal) has had.
pub async fn counts(db: &Db) -> Result<Vec<(Option<String>, i64, i64)>, sqlx::Error> {
    with_db!(db, |pool| {
        sqlx::query_as("SELECT service, rating, COUNT(*) FROM feedback GROUP BY service, rating ORDER BY service, rating")
        .fetch_all(pool)
        .await
    })
}

/// A search term as a LIKE pattern: lower case (as the stored copy), its wildcards escaped.
fn pattern(q: &str) -> String {
    let q = q
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{q}%")
}

/// Entries about `about` whose text holds `q` (all when empty), newest first, older than
/// `before` when given, at most `limit`.
pub async fn entries(
    db: &Db,
    about: &About,
    q: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Entry>, sqlx::Error> {
    let sql = format!(
        "SELECT id, rating, improve, reply_email, language, created_at FROM feedback \
         WHERE {} AND search LIKE $2 ESCAPE '\\' AND id < $3 ORDER BY id DESC LIMIT $4",
        about.condition()
    );
    with_db!(db, |pool| sqlx::query_as(&sql)
        .bind(about.bound())
        .bind(pattern(q))
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Per service and month (`YYYY-MM`, UTC): how many responses, and how many were satisfied or
/// very satisfied. Feedback about the portal in general belongs to no service and is left out.
pub async fn satisfaction_by_month(
    db: &Db,
) -> Result<Vec<(String, String, i64, i64)>, sqlx::Error> {
    let month = match db {
        Db::Sqlite(_) => "substr(created_at, 1, 7)",
        Db::Postgres(_) => "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM')",
    };
    let sql = format!(
        "SELECT service, {month} AS month, COUNT(*), CAST(SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) AS BIGINT) \
         FROM feedback WHERE service IS NOT NULL GROUP BY service, {month}"
    );
    with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

/// The team in charge of `service`, if the service is known.
pub async fn team_of(db: &Db, service: &str) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar(
        "SELECT team_id FROM team_services WHERE service = $1"
    )
    .bind(service)
    .fetch_optional(pool)
    .await)
}

/// The services the teams `teams` are in charge of.
pub async fn services_of(db: &Db, teams: &[String]) -> Result<Vec<String>, sqlx::Error> {
    let all: Vec<(String, String)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, team_id FROM team_services ORDER BY service"
    )
    .fetch_all(pool)
    .await)?;
    Ok(all
        .into_iter()
        .filter(|(_, team)| teams.contains(team))
        .map(|(service, _)| service)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_for_wildcards_finds_them_literally() {
        assert_eq!(pattern(" 50% OFF_now "), "%50\\% off\\_now%");
        assert_eq!(pattern(""), "%%");
    }
}
