//! The retention job: what it erases, what it keeps, and its schedule.
//!
//! An expired request (closed — decided, withdrawn or closed — longer ago than its service's
//! period) loses its answers, profile snapshot, applicant name and link to the citizen, every
//! file on disk it names, and the content of its events (messages, notes, reasons); it keeps its
//! service, team, status, reference, due date and timestamps, and its events' kinds and times,
//! from which the public performance figures are computed. Status events keep which status they
//! moved from and to. Drafts and guest-draft notes untouched for longer than
//! `PORTICO_DRAFT_RETENTION_DAYS` are deleted with their files. Everything takes a `now`, so a
//! test moves the clock instead of waiting.

use crate::{
    db::Db,
    requests::events::{self, Kind, Who},
    services::live::Services,
    with_db, with_tx,
};
use chrono::{DateTime, Duration, Utc};
use std::path::{Path, PathBuf};

/// What the job is told.
#[derive(Clone, Debug)]
pub struct Settings {
    pub uploads_dir: PathBuf,
    /// Drafts untouched for longer than this are deleted.
    pub draft_days: u32,
}

impl Settings {
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self { uploads_dir: config.uploads_dir.clone(), draft_days: config.draft_retention_days }
    }
}

/// What a run did (or, dry, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// The references of the requests anonymised.
    pub requests: Vec<String>,
    pub drafts: u64,
    pub guest_drafts: u64,
    pub files: u64,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty() && self.drafts == 0 && self.guest_drafts == 0 && self.files == 0
    }
}

#[derive(sqlx::FromRow)]
struct Candidate {
    id: i64,
    reference: String,
    service: String,
    answers: String,
    updated_at: DateTime<Utc>,
    closed_at: Option<DateTime<Utc>>,
}

/// The requests whose period has run out by `now`, each with the period and when it closed.
async fn expired(db: &Db, services: &Services, now: DateTime<Utc>) -> Result<Vec<(Candidate, super::period::Period, DateTime<Utc>)>, sqlx::Error> {
    let rows: Vec<Candidate> = with_db!(db, |pool| sqlx::query_as(
        "SELECT r.id, r.reference, r.service, r.answers, r.updated_at, \
         (SELECT MAX(e.at) FROM request_events e WHERE e.request_id = r.id AND e.kind = 'status') AS closed_at \
         FROM requests r WHERE r.status IN ('approved', 'rejected', 'withdrawn', 'closed') AND r.erased_at IS NULL ORDER BY r.id"
    )
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let period = services.get(&r.service)?.definition.retention?;
            // A closed request moved there with its last status event.
            let closed = r.closed_at.unwrap_or(r.updated_at);
            (period.after(closed) <= now).then_some((r, period, closed))
        })
        .collect())
}

/// Every stored file a JSON value names (uploads are objects with `file` and `content_type`,
/// at any depth: answers, repeated groups, message attachments).
fn files_in(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(serde_json::Value::String(file)), true) = (map.get("file"), map.contains_key("content_type")) {
                found.push(file.clone());
            }
            map.values().for_each(|v| files_in(v, found));
        }
        serde_json::Value::Array(list) => list.iter().for_each(|v| files_in(v, found)),
        _ => {}
    }
}

fn files_of(text: &str, found: &mut Vec<String>) {
    if let Ok(value) = serde_json::from_str(text) {
        files_in(&value, found);
    }
}

/// Removes stored files by name; a name that is not a stored token never reaches the disk.
async fn remove_files(dir: &Path, files: &[String]) -> u64 {
    let mut removed = 0;
    for file in files.iter().filter(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
        if tokio::fs::remove_file(dir.join(file)).await.is_ok() {
            removed += 1;
        }
    }
    removed
}

/// What is left of a status event's data: the statuses it moved between (the reason goes).
fn erased_data(kind: &str, data: &str) -> String {
    if kind != "status" {
        return "{}".to_owned();
    }
    let value: serde_json::Value = serde_json::from_str(data).unwrap_or_default();
    serde_json::json!({ "from": value.get("from"), "to": value.get("to") }).to_string()
}

/// Anonymises request `id` (if no other instance did first) and records it in its chain;
/// returns the files it named.
async fn erase_request(
    db: &Db,
    candidate: &Candidate,
    period: super::period::Period,
    closed: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<Vec<String>>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE requests SET answers = '{}', profile_snapshot = '{}', applicant_name = '', citizen_id = NULL, reopened = NULL, erased_at = $1 \
         WHERE id = $2 AND erased_at IS NULL"
    )
    .bind(now)
    .bind(candidate.id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    if changed == 0 {
        return Ok(None);
    }
    let mut files = Vec::new();
    files_of(&candidate.answers, &mut files);
    let rows: Vec<(i64, String, String)> =
        with_tx!(&mut tx, |conn| sqlx::query_as("SELECT id, kind, data FROM request_events WHERE request_id = $1 AND erased_at IS NULL AND hash IS NOT NULL")
            .bind(candidate.id)
            .fetch_all(conn)
            .await)?;
    for (event, kind, data) in rows {
        files_of(&data, &mut files);
        with_tx!(&mut tx, |conn| sqlx::query("UPDATE request_events SET data = $1, erased_at = $2 WHERE id = $3")
            .bind(erased_data(&kind, &data))
            .bind(now)
            .bind(event)
            .execute(conn)
            .await
            .map(|_| ()))?;
    }
    let record = serde_json::json!({ "period": period.to_string(), "closed_at": closed, "files": files.len() });
    events::append_at(&mut tx, candidate.id, Who::System, Kind::RetentionErased, record, now).await?;
    tx.commit().await?;
    Ok(Some(files))
}

/// Runs the job as at `now`; `dry` only counts. Safe on several instances at once: each request
/// is erased once (the first to mark it), and deleting a draft twice deletes nothing.
pub async fn run(db: &Db, services: &Services, settings: &Settings, now: DateTime<Utc>, dry: bool) -> Result<Report, sqlx::Error> {
    let now = chrono::SubsecRound::trunc_subsecs(now, 6);
    let mut report = Report::default();
    let mut files = Vec::new();
    for (candidate, period, closed) in expired(db, services, now).await? {
        if dry {
            files_of(&candidate.answers, &mut files);
            report.requests.push(candidate.reference);
            continue;
        }
        if let Some(named) = erase_request(db, &candidate, period, closed, now).await? {
            files.extend(named);
            report.requests.push(candidate.reference);
        }
    }

    let cutoff = now - Duration::days(i64::from(settings.draft_days));
    let drafts: Vec<(i64, String)> =
        with_db!(db, |pool| sqlx::query_as("SELECT id, answers FROM drafts WHERE updated_at < $1").bind(cutoff).fetch_all(pool).await)?;
    for (id, answers) in &drafts {
        let mut named = Vec::new();
        files_of(answers, &mut named);
        if dry {
            report.drafts += 1;
            files.extend(named);
            continue;
        }
        let deleted = with_db!(db, |pool| sqlx::query("DELETE FROM drafts WHERE id = $1 AND updated_at < $2")
            .bind(id)
            .bind(cutoff)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
        if deleted > 0 {
            report.drafts += 1;
            files.extend(named);
        }
    }
    report.guest_drafts = if dry {
        with_db!(db, |pool| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM guest_drafts WHERE updated_at < $1").bind(cutoff).fetch_one(pool).await)? as u64
    } else {
        with_db!(db, |pool| sqlx::query("DELETE FROM guest_drafts WHERE updated_at < $1").bind(cutoff).execute(pool).await.map(|r| r.rows_affected()))?
    };

    if dry {
        report.files = files.len() as u64;
        return Ok(report);
    }
    // After the commits: a rolled-back erasure keeps its files.
    report.files = remove_files(&settings.uploads_dir, &files).await;
    if !report.is_empty() {
        let mut tx = db.begin().await?;
        let data = serde_json::json!({
            "requests": report.requests.len(),
            "drafts": report.drafts,
            "guest_drafts": report.guest_drafts,
            "files": report.files,
            "as_at": crate::audit::encoding::time(now),
        });
        crate::audit::chain::admin_event(&mut tx, None, "retention_run", "retention", data).await?;
        tx.commit().await?;
    }
    Ok(report)
}

/// Runs the job every hour for as long as the server runs, with the services live at the time.
pub fn spawn(db: Db, services: std::sync::Arc<crate::services::live::LiveServices>, settings: Settings) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            interval.tick().await;
            match run(&db, &services.get(), &settings, Utc::now(), false).await {
                Ok(report) if !report.is_empty() => {
                    tracing::info!(
                        requests = report.requests.len(),
                        drafts = report.drafts,
                        guest_drafts = report.guest_drafts,
                        files = report.files,
                        "retention ran"
                    )
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "the retention job failed"),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_found_at_any_depth_and_nothing_else_is() {
        let answers = serde_json::json!({
            "photo": { "file": "abc", "name": "me.jpg", "size": 3, "content_type": "image/jpeg" },
            "items": [{ "receipt": { "file": "def", "name": "r.pdf", "size": 1, "content_type": "application/pdf" } }],
            "name": { "file": "not-an-upload" }
        });
        let mut found = Vec::new();
        files_in(&answers, &mut found);
        found.sort();
        assert_eq!(found, ["abc", "def"]);
    }

    #[test]
    fn a_status_event_keeps_only_its_statuses() {
        assert_eq!(erased_data("status", r#"{"from":"in_review","to":"approved","reason":"Dear Ms Jones"}"#), r#"{"from":"in_review","to":"approved"}"#);
        assert_eq!(erased_data("message", r#"{"body":"hello"}"#), "{}");
    }
}
