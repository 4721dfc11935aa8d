//! Drafts move forward safely: when a version goes live, each signed-in citizen's draft on an
//! earlier version moves to it when every answer still fits (`services::forward::fits`: same
//! stable ids, still valid, the same route to the same place to continue); the others stay on the
//! version they began on, which is still served to them.
//!
//! Guests' drafts always stay: their answers live in their own session (`journey::progress`), which
//! the server reads only when the guest comes back; publishing sees only the note of which version
//! each is on (`guest_drafts`), not the answers, so it cannot tell whether they fit.
//!
//! The publish page shows the same count beforehand ([`forecast`], against the draft being
//! published); [`move_drafts`] runs right after `versions::publish` (from the designer and from
//! `portico services publish`) and its counts go into the service's history.

use super::store;
use crate::{
    db::Db,
    profile::fields::Date,
    services::{answers::Answers, forward::fits, load, model::Definition, versions},
    with_db,
};
use chrono::Utc;
use std::collections::BTreeMap;

/// How many drafts move to a new version and how many stay where they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Signed-in citizens' drafts whose answers all fit the new version.
    pub moving: i64,
    /// Signed-in citizens' drafts that stay on their version.
    pub staying: i64,
    /// Guests' drafts (they always stay; see the module's documentation).
    pub guests: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    version: i64,
    answers: String,
}

/// The signed-in citizens' drafts of `service` on any version but `new`.
async fn drafts_before(db: &Db, service: &str, new: u32) -> Result<Vec<Row>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as("SELECT id, version, answers FROM drafts WHERE service = $1 AND version <> $2 ORDER BY id")
        .bind(service)
        .bind(i64::from(new))
        .fetch_all(pool)
        .await)
}

/// Guests' drafts of `service` on any version but `new` whose session can still be alive.
async fn guests_before(db: &Db, service: &str, new: u32) -> Result<i64, sqlx::Error> {
    let alive = Utc::now() - chrono::Duration::minutes(crate::session::IDLE_MINUTES);
    with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM guest_drafts WHERE service = $1 AND version <> $2 AND updated_at > $3")
        .bind(service)
        .bind(i64::from(new))
        .bind(alive)
        .fetch_one(pool)
        .await)
}

/// The definition of a stored version; none when it is gone or no longer loads (its drafts stay).
async fn definition(db: &Db, service: &str, number: i64) -> Result<Option<Definition>, sqlx::Error> {
    let Ok(number) = u32::try_from(number) else { return Ok(None) };
    let Some(stored) = versions::get(db, service, Some(number)).await? else { return Ok(None) };
    Ok(load::version(service, number, &stored.files, false).ok().map(|s| s.definition))
}

/// Each draft with whether it fits `new`.
async fn sorted(db: &Db, service: &str, new: &Definition) -> Result<Vec<(Row, bool)>, sqlx::Error> {
    let today = Date::today();
    let mut olds: BTreeMap<i64, Option<Definition>> = BTreeMap::new();
    let mut sorted = Vec::new();
    for row in drafts_before(db, service, new.version).await? {
        if !olds.contains_key(&row.version) {
            olds.insert(row.version, definition(db, service, row.version).await?);
        }
        // A draft whose answers no longer read stays where it is.
        let answers: Option<Answers> = serde_json::from_str(&row.answers).ok();
        let fit = match (olds.get(&row.version).and_then(Option::as_ref), answers) {
            (Some(old), Some(answers)) => fits(old, new, &answers, today).is_ok(),
            _ => false,
        };
        sorted.push((row, fit));
    }
    Ok(sorted)
}

/// How many drafts would move if `new` (the draft being published) went live now.
pub async fn forecast(db: &Db, service: &str, new: &Definition) -> Result<Counts, sqlx::Error> {
    let sorted = sorted(db, service, new).await?;
    let moving = sorted.iter().filter(|(_, fit)| *fit).count() as i64;
    Ok(Counts { moving, staying: sorted.len() as i64 - moving, guests: guests_before(db, service, new.version).await? })
}

/// Moves every fitting draft of `service` onto version `new` (just published), and records the
/// counts in the service's history as `by` (none: the command line).
pub async fn move_drafts(db: &Db, service: &str, new: u32, by: Option<i64>) -> Result<Counts, sqlx::Error> {
    let Some(definition) = definition(db, service, i64::from(new)).await? else { return Ok(Counts::default()) };
    let mut counts = Counts { guests: guests_before(db, service, new).await?, ..Counts::default() };
    for (row, fit) in sorted(db, service, &definition).await? {
        if !fit {
            counts.staying += 1;
            continue;
        }
        // Only if the citizen has not saved again meanwhile: their new answers were not checked.
        let moved = with_db!(db, |pool| sqlx::query("UPDATE drafts SET version = $1 WHERE id = $2 AND version = $3 AND answers = $4")
            .bind(i64::from(new))
            .bind(row.id)
            .bind(row.version)
            .bind(&row.answers)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
        if moved == 1 {
            counts.moving += 1;
        } else {
            counts.staying += 1;
        }
    }
    // A first version, or one nobody was part-way through: nothing to record.
    if counts != Counts::default() {
        store::record(db, service, Some(new), by, "drafts-moved", serde_json::to_value(counts).unwrap_or_default()).await?;
    }
    Ok(counts)
}
