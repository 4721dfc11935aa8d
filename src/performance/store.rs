//! Reads the counts behind the figures. Only what outlives the retention job is read: each
//! request's service, submitted and decided times and due date, the tally of journeys started,
//! the feedback ratings and the figures councils enter; never answers or drafts.

use super::measures::{Counts, Decision, Month};
use crate::{db::Db, with_db};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;

/// The counts of every service in every month from `since` on, by (service, month).
pub async fn counts(
    db: &Db,
    since: Month,
) -> Result<HashMap<(String, Month), Counts>, sqlx::Error> {
    let from = since.key();
    let from_time: DateTime<Utc> = since
        .first_day()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc();
    let mut all: HashMap<(String, Month), Counts> = HashMap::new();
    let at = |service: String, month: &str| Month::parse(month).map(|m| (service, m));

    let starts: Vec<(String, String, i64)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT service, month, CAST(n AS BIGINT) FROM journey_starts WHERE month >= $1"
    )
    .bind(&from)
    .fetch_all(pool)
    .await)?;
    for (service, month, n) in starts {
        if let Some(key) = at(service, &month) {
            all.entry(key).or_default().started += n;
        }
    }

    let month_of = |column: &str| match db {
        Db::Sqlite(_) => format!("substr({column}, 1, 7)"),
        Db::Postgres(_) => format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')"),
    };
    let sent_sql = format!(
        "SELECT service, {m} AS month, COUNT(*) FROM requests WHERE submitted_at >= $1 GROUP BY service, {m}",
        m = month_of("submitted_at")
    );
    let sent: Vec<(String, String, i64)> = with_db!(db, |pool| sqlx::query_as(&sent_sql)
        .bind(from_time)
        .fetch_all(pool)
        .await)?;
    for (service, month, n) in sent {
        if let Some(key) = at(service, &month) {
            all.entry(key).or_default().completed += n;
        }
    }

    let decided: Vec<(String, DateTime<Utc>, DateTime<Utc>, NaiveDate)> = with_db!(db, |pool| {
        sqlx::query_as(
        "SELECT service, submitted_at, decided_at, due_date FROM requests WHERE decided_at IS NOT NULL AND decided_at >= $1"
    )
    .bind(from_time)
    .fetch_all(pool)
    .await
    })?;
    for (service, sent, decided, due) in decided {
        let decided_on = decided.date_naive();
        all.entry((service, Month::of(decided_on)))
            .or_default()
            .decisions
            .push(Decision::new(sent.date_naive(), decided_on, due));
    }

    for (service, month, responses, satisfied) in
        crate::feedback::store::satisfaction_by_month(db).await?
    {
        if let Some(key) = at(service, &month).filter(|(_, m)| *m >= since) {
            let counts = all.entry(key).or_default();
            counts.responses += responses;
            counts.satisfied += satisfied;
        }
    }

    for entered in entered(db).await? {
        if let Some(month) = Month::parse(&entered.month).filter(|m| *m >= since) {
            let counts = all.entry((entered.service, month)).or_default();
            counts.cost_pence = entered.cost_pence;
            counts.offline = entered.offline;
        }
    }
    Ok(all)
}

/// What a council entered for one service and month.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Entered {
    pub service: String,
    pub month: String,
    pub cost_pence: Option<i64>,
    pub offline: Option<i64>,
}

/// Every entered figure, the newest month first.
pub async fn entered(db: &Db) -> Result<Vec<Entered>, sqlx::Error> {
    with_db!(db, |pool| {
        sqlx::query_as(
        "SELECT service, month, CAST(cost_pence AS BIGINT) AS cost_pence, CAST(offline AS BIGINT) AS offline FROM performance_figures ORDER BY month DESC, service"
    )
    .fetch_all(pool)
    .await
    })
}

/// Enters (or replaces) the figures of one service and month, by member of staff `by`.
pub async fn enter(db: &Db, figures: &Entered, by: i64) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| {
        sqlx::query(
        "INSERT INTO performance_figures (service, month, cost_pence, offline, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (service, month) DO UPDATE SET cost_pence = excluded.cost_pence, offline = excluded.offline, \
         updated_by = excluded.updated_by, updated_at = excluded.updated_at"
    )
    .bind(&figures.service)
    .bind(&figures.month)
    .bind(figures.cost_pence)
    .bind(figures.offline)
    .bind(by)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ())
    })
}
