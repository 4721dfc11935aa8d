//! The designer's SQL: which services there are and where each stands, and the audit trail of
//! what was done to them. Versions themselves are stored by `services::versions`.

use crate::{db::Db, with_db};
use chrono::{DateTime, Utc};

/// A service as the designer's list shows it.
#[derive(Clone, Debug)]
pub struct Listed {
    pub id: String,
    pub live: Option<u32>,
    pub draft: Option<u32>,
    pub archived: bool,
}

/// Every stored service, by id, with its live and draft version numbers.
pub async fn list(db: &Db) -> Result<Vec<Listed>, sqlx::Error> {
    let services: Vec<(String, Option<DateTime<Utc>>)> =
        with_db!(db, |pool| sqlx::query_as("SELECT id, archived_at FROM services ORDER BY id").fetch_all(pool).await)?;
    let versions: Vec<(String, i64, String)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, version, state FROM service_versions WHERE state IN ('draft', 'live')"
    )
    .fetch_all(pool)
    .await)?;
    let number = |id: &str, state: &str| {
        versions.iter().find(|(s, _, st)| s == id && st == state).and_then(|(_, n, _)| u32::try_from(*n).ok())
    };
    Ok(services
        .into_iter()
        .map(|(id, archived)| Listed { live: number(&id, "live"), draft: number(&id, "draft"), archived: archived.is_some(), id })
        .collect())
}

/// One entry of a service's history.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Event {
    pub version: Option<i64>,
    pub staff_name: Option<String>,
    pub kind: String,
    pub at: DateTime<Utc>,
}

/// Records that `staff` (none: the command line) did `kind` to `service` (version `version`).
pub async fn record(db: &Db, service: &str, version: Option<u32>, staff: Option<i64>, kind: &str, data: serde_json::Value) -> Result<(), sqlx::Error> {
    use crate::audit::chain::{self, ServiceEvent, Table};
    let row = ServiceEvent {
        id: 0,
        service: service.to_owned(),
        version: version.map(i64::from),
        staff_id: staff,
        kind: kind.to_owned(),
        data: data.to_string(),
        at: crate::audit::encoding::now(),
        seq: None,
        prev_hash: None,
        hash: None,
        payload_digest: None,
    };
    // The next link of the service's audit chain, appended in the same transaction as the row.
    let mut tx = db.begin().await?;
    let sealed = chain::seal(&mut tx, Table::ServiceEvents, &chain::service_chain(service), &row.frame(), &row.payload()).await?;
    crate::with_tx!(&mut tx, |conn| sqlx::query(
        "INSERT INTO service_events (service, version, staff_id, kind, data, at, seq, prev_hash, hash, payload_digest) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    )
    .bind(&row.service)
    .bind(row.version)
    .bind(row.staff_id)
    .bind(&row.kind)
    .bind(&row.data)
    .bind(row.at)
    .bind(sealed.seq)
    .bind(&sealed.prev_hash)
    .bind(&sealed.hash)
    .bind(&sealed.payload_digest)
    .execute(conn)
    .await
    .map(|_| ()))?;
    tx.commit().await
}

/// A service's history, newest first.
pub async fn history(db: &Db, service: &str) -> Result<Vec<Event>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as(
        "SELECT e.version, s.name AS staff_name, e.kind, e.at FROM service_events e LEFT JOIN staff s ON s.id = e.staff_id \
         WHERE e.service = $1 ORDER BY e.id DESC"
    )
    .bind(service)
    .fetch_all(pool)
    .await)
}

/// Every team, by id, with its name.
pub async fn teams(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as("SELECT id, name FROM teams ORDER BY name").fetch_all(pool).await)
}

/// Makes `team` handle new requests of `service` (the designer chose it).
pub async fn hand_to_team(db: &Db, service: &str, team: &str) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query(
        "INSERT INTO team_services (service, team_id) VALUES ($1, $2) ON CONFLICT (service) DO UPDATE SET team_id = excluded.team_id"
    )
    .bind(service)
    .bind(team)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// The names of the staff other than `except` who saved the draft of `service` since `since`,
/// most recent first.
pub async fn recent_editors(db: &Db, service: &str, since: DateTime<Utc>, except: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String, i64)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT s.name, MAX(e.id) AS latest FROM service_events e JOIN staff s ON s.id = e.staff_id \
         WHERE e.service = $1 AND e.kind IN ('edited', 'undone', 'restored') AND e.at > $2 AND e.staff_id <> $3 \
         GROUP BY s.id, s.name ORDER BY latest DESC"
    )
    .bind(service)
    .bind(since)
    .bind(except)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(name, _)| name).collect())
}

/// The name of who last saved the draft of `service`, if a member of staff did.
pub async fn last_editor(db: &Db, service: &str) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar(
        "SELECT s.name FROM service_events e JOIN staff s ON s.id = e.staff_id \
         WHERE e.service = $1 AND e.kind IN ('edited', 'undone', 'restored') ORDER BY e.id DESC LIMIT 1"
    )
    .bind(service)
    .fetch_optional(pool)
    .await)
}
