//! Drafts and requests in the database.

use super::{
    calendar,
    events::{self, Kind, Who},
    status::{self, Actor, Status},
};
use crate::{
    db::{Db, Tx},
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

/// Notes that a guest's draft (known only by its submission key) is on `version` of `service`.
pub async fn note_guest_draft(db: &Db, key: &str, service: &str, version: i64) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query(
        "INSERT INTO guest_drafts (submission_key, service, version, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (submission_key) DO UPDATE SET service = excluded.service, version = excluded.version, updated_at = excluded.updated_at"
    )
    .bind(key)
    .bind(service)
    .bind(version)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))
}

/// A guest's draft was sent (or is gone): its note goes too.
pub async fn forget_guest_draft(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query("DELETE FROM guest_drafts WHERE submission_key = $1").bind(key).execute(pool).await.map(|_| ()))
}

/// How many drafts are part-way through on `version` of `service`: signed-in citizens' drafts,
/// and guests' drafts whose session can still be alive.
pub async fn drafts_on(db: &Db, service: &str, version: i64) -> Result<i64, sqlx::Error> {
    let signed_in: i64 = with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM drafts WHERE service = $1 AND version = $2")
        .bind(service)
        .bind(version)
        .fetch_one(pool)
        .await)?;
    let alive = Utc::now() - chrono::Duration::minutes(crate::session::IDLE_MINUTES);
    let guests: i64 = with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM guest_drafts WHERE service = $1 AND version = $2 AND updated_at > $3")
        .bind(service)
        .bind(version)
        .bind(alive)
        .fetch_one(pool)
        .await)?;
    Ok(signed_in + guests)
}

/// Saves a draft (creating it with a fresh submission key the first time).
pub async fn save_draft(db: &Db, citizen: i64, service: &str, version: i64, answers: &Answers) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let json = serde_json::to_string(answers).unwrap_or_else(|_| "{}".into());
    let key = crate::tokens::random_token();
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
    /// For the caseworkers' search: the applicant's name, as they gave it.
    pub applicant_name: &'a str,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub reference: String,
    pub service: String,
    pub version: i64,
    pub citizen_id: Option<i64>,
    pub answers: String,
    pub profile_snapshot: String,
    pub language: String,
    pub status: String,
    pub team: String,
    pub assignee_id: Option<i64>,
    pub due_date: NaiveDate,
    pub waiting_since: Option<NaiveDate>,
    pub reopened: Option<String>,
    pub applicant_name: String,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on with every change (each timeline event but a view or a download): the API's ETag.
    pub revision: i64,
}

impl RequestRow {
    pub fn status(&self) -> super::status::Status {
        super::status::Status::parse(&self.status).unwrap_or(super::status::Status::Submitted)
    }

    pub fn answers(&self) -> Answers {
        serde_json::from_str(&self.answers).unwrap_or_default()
    }

    /// The questions reopened by an open request for more information.
    pub fn reopened(&self) -> Vec<String> {
        self.reopened.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default()
    }
}

pub const REQUEST_COLUMNS: &str = "id, reference, service, version, citizen_id, answers, profile_snapshot, language, status, team, \
    assignee_id, due_date, waiting_since, reopened, applicant_name, submitted_at, updated_at, revision";

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
        // The team the council has put in charge of the service, else the definition's.
        let team: Option<String> = with_tx!(&mut tx, |conn| sqlx::query_scalar("SELECT team_id FROM team_services WHERE service = $1")
            .bind(request.service)
            .fetch_optional(conn)
            .await)?;
        let team = team.unwrap_or_else(|| request.team.to_owned());
        let inserted: Result<i64, sqlx::Error> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
            "INSERT INTO requests (reference, service, version, citizen_id, answers, profile_snapshot, language, status, \
             team, due_date, submission_key, submitted_at, updated_at, applicant_name) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10, $11, $11, $12) RETURNING id"
        )
        .bind(&reference)
        .bind(request.service)
        .bind(request.version)
        .bind(request.citizen)
        .bind(&answers)
        .bind(&snapshot)
        .bind(request.language)
        .bind(&team)
        .bind(due)
        .bind(request.submission_key)
        .bind(now)
        .bind(request.applicant_name.trim().to_lowercase())
        .fetch_one(conn)
        .await);
        match inserted {
            Ok(id) => {
                if let Some(citizen) = request.citizen {
                    with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM drafts WHERE citizen_id = $1 AND service = $2")
                        .bind(citizen)
                        .bind(request.service)
                        .execute(conn)
                        .await
                        .map(|r| r.rows_affected()))?;
                }
                let who = if request.citizen.is_some() { super::events::Who::Citizen } else { super::events::Who::System };
                super::events::append(&mut tx, id, who, super::events::Kind::Submitted, serde_json::json!({})).await?;
                crate::email::enqueue(&mut tx, &receipt(&reference)).await?;
                crate::webhooks::enqueue(&mut tx, &[crate::webhooks::Event::submitted(&reference, request.service, request.version, &team)]).await?;
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

// ---------------------------------------------------------------------------------------------
// The workflow: status changes, by staff (through casework) and by the citizen.

/// Why a change to a request was refused.
#[derive(Debug, thiserror::Error)]
pub enum WorkflowError {
    #[error("no such request, or not this person's to see")]
    NotFound,
    #[error("the workflow does not allow this change")]
    NotAllowed,
    /// The request changed since the revision the action was based on (an API `If-Match`).
    #[error("the request changed since the revision given")]
    Stale,
    /// A decision without its reason, an empty note or message, no question picked.
    #[error("something the action needs is missing: {0}")]
    Missing(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub async fn lock(tx: &mut Tx, id: i64) -> Result<RequestRow, WorkflowError> {
    // Read inside the transaction: on SQLite it holds the write lock (BEGIN IMMEDIATE); on
    // PostgreSQL FOR UPDATE stops two caseworkers acting on stale state at once.
    let sqlite = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = $1");
    let postgres = format!("{sqlite} FOR UPDATE");
    let row: Option<RequestRow> = match tx {
        Tx::Sqlite(t) => sqlx::query_as(&sqlite).bind(id).fetch_optional(&mut **t).await?,
        Tx::Postgres(t) => sqlx::query_as(&postgres).bind(id).fetch_optional(&mut **t).await?,
    };
    row.ok_or(WorkflowError::NotFound)
}

/// What the citizen is told, and how: built by the caller in the citizen's language.
pub type Notify<'a> = &'a (dyn Fn(&RequestRow) -> Option<crate::email::Email> + Send + Sync);

/// Who asks for a status change: the citizen, a member of staff, or an API key (which the
/// workflow treats as staff).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Citizen,
    Staff(i64),
    Key(i64),
}

impl By {
    pub fn actor(self) -> Actor {
        match self {
            Self::Citizen => Actor::Citizen,
            Self::Staff(_) | Self::Key(_) => Actor::Staff,
        }
    }

    /// As recorded on the timeline of a request of `team`.
    pub fn who(self, team: Option<&str>) -> Who<'_> {
        match self {
            Self::Citizen => Who::Citizen,
            Self::Staff(id) => Who::Staff { id, team },
            Self::Key(id) => Who::Key { id, team },
        }
    }
}

/// May the change go ahead on this request as it is now: `Err(NotFound)` when it is not the
/// caller's, `Err(Stale)` when it changed since the revision they read.
pub type Guard<'a> = &'a (dyn Fn(&RequestRow) -> Result<(), WorkflowError> + Send + Sync);

/// Moves the request along the workflow. Decisions need a reason, which the citizen sees.
/// Waiting for the citizen pauses the deadline; leaving it adds the paused working days.
#[allow(clippy::too_many_arguments)]
pub async fn change_status(
    db: &Db,
    by: By,
    guard: Guard<'_>,
    request_id: i64,
    to: Status,
    reason: &str,
    notify: Notify<'_>,
) -> Result<(), WorkflowError> {
    let mut tx = db.begin().await?;
    let request = lock(&mut tx, request_id).await?;
    guard(&request)?;
    let actor = by.actor();
    let who = by.who(Some(request.team.as_str()));
    let from = request.status();
    if !status::allowed(from, to, actor) {
        return Err(WorkflowError::NotAllowed);
    }
    let reason = reason.trim();
    if status::needs_reason(to) && reason.is_empty() {
        return Err(WorkflowError::Missing("reason"));
    }
    let today = Utc::now().date_naive();
    let (due, waiting_since) = clock(&request, to, today);
    with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE requests SET status = $1, due_date = $2, waiting_since = $3, reopened = CASE WHEN $1 = 'waiting_for_citizen' THEN reopened ELSE NULL END, updated_at = $4, \
         decided_at = CASE WHEN $1 IN ('approved', 'rejected') THEN COALESCE(decided_at, $4) ELSE decided_at END WHERE id = $5"
    )
    .bind(to.as_str())
    .bind(due)
    .bind(waiting_since)
    .bind(Utc::now())
    .bind(request_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    let data = serde_json::json!({ "from": from.as_str(), "to": to.as_str(), "reason": reason });
    events::append(&mut tx, request_id, who, Kind::Status, data).await?;
    let updated = RequestRow { status: to.as_str().into(), due_date: due, waiting_since, ..request.clone() };
    if let Some(email) = notify(&updated) {
        crate::email::enqueue(&mut tx, &email).await?;
    }
    crate::webhooks::enqueue(&mut tx, &[crate::webhooks::Event::of(crate::webhooks::EventType::StatusChanged, &updated).from_status(from.as_str())]).await?;
    tx.commit().await?;
    Ok(())
}

/// The due date and pause after a move to `to`: entering "waiting" starts the pause; leaving it
/// moves the due date on by the working days spent waiting.
pub fn clock(request: &RequestRow, to: Status, today: NaiveDate) -> (NaiveDate, Option<NaiveDate>) {
    match (request.waiting_since, to) {
        (None, Status::WaitingForCitizen) => (request.due_date, Some(today)),
        (Some(since), Status::WaitingForCitizen) => (request.due_date, Some(since)),
        (Some(since), _) => {
            let paused = calendar::working_days_between(since, today).max(0) as u32;
            (calendar::add_working_days(request.due_date, paused), None)
        }
        (None, _) => (request.due_date, None),
    }
}


/// The citizen answers a request for more information: the reopened answers are replaced, the
/// changes (old → new, as people read them) go on the timeline, and the request is back in
/// review with the paused working days added to its due date.
pub async fn answer_information(
    db: &Db,
    citizen: i64,
    request_id: i64,
    answers: &Answers,
    changes: serde_json::Value,
) -> Result<(), WorkflowError> {
    let mut tx = db.begin().await?;
    let request = lock(&mut tx, request_id).await?;
    if request.citizen_id != Some(citizen) {
        return Err(WorkflowError::NotFound);
    }
    if !status::allowed(request.status(), Status::InReview, Actor::Citizen) || request.reopened.is_none() {
        return Err(WorkflowError::NotAllowed);
    }
    let today = Utc::now().date_naive();
    let (due, _) = clock(&request, Status::InReview, today);
    let text = serde_json::to_string(answers).unwrap_or_else(|_| "{}".into());
    with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE requests SET answers = $1, status = 'in_review', due_date = $2, waiting_since = NULL, reopened = NULL, updated_at = $3 WHERE id = $4"
    )
    .bind(&text)
    .bind(due)
    .bind(Utc::now())
    .bind(request_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    events::append(&mut tx, request_id, Who::Citizen, Kind::InfoAnswered, serde_json::json!({ "changes": changes })).await?;
    let data = serde_json::json!({ "from": "waiting_for_citizen", "to": "in_review", "reason": "" });
    events::append(&mut tx, request_id, Who::Citizen, Kind::Status, data).await?;
    crate::webhooks::enqueue(&mut tx, &crate::webhooks::Event::information_supplied(&request)).await?;
    tx.commit().await?;
    Ok(())
}

/// Every file of a request: uploaded answers, then attachments of messages, oldest first.
pub async fn uploads(db: &Db, request: &RequestRow) -> Result<Vec<crate::services::answers::Upload>, sqlx::Error> {
    use crate::services::answers::{Answer, Upload};
    let mut found: Vec<Upload> = request
        .answers()
        .into_values()
        .filter_map(|a| match a {
            Answer::File(u) => Some(u),
            _ => None,
        })
        .collect();
    for e in events::timeline(db, request.id, false).await?.iter().filter(|e| e.kind == "message") {
        if let Some(list) = e.data().get("attachments").and_then(|a| a.as_array()) {
            found.extend(list.iter().filter_map(|a| serde_json::from_value::<Upload>(a.clone()).ok()));
        }
    }
    Ok(found)
}

/// File `file` of `request` and its bytes, if the request names it and it is stored. Stored
/// names are random tokens; any other name never reaches the file system.
pub async fn read_upload(db: &Db, dir: &std::path::Path, request: &RequestRow, file: &str) -> Result<Option<(crate::services::answers::Upload, Vec<u8>)>, sqlx::Error> {
    let Some(upload) = uploads(db, request).await?.into_iter().find(|u| u.file == file) else { return Ok(None) };
    if !upload.file.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Ok(None);
    }
    Ok(tokio::fs::read(dir.join(&upload.file)).await.ok().map(|bytes| (upload, bytes)))
}

/// A message from the citizen about their request, with any attachments already stored.
pub async fn citizen_message(db: &Db, citizen: i64, request_id: i64, body: &str, attachments: serde_json::Value) -> Result<(), WorkflowError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(WorkflowError::Missing("message"));
    }
    let mut tx = db.begin().await?;
    let request = lock(&mut tx, request_id).await?;
    if request.citizen_id != Some(citizen) {
        return Err(WorkflowError::NotFound);
    }
    if request.status() == Status::Closed {
        return Err(WorkflowError::NotAllowed);
    }
    let data = serde_json::json!({ "body": body, "from": "citizen", "attachments": attachments });
    events::append(&mut tx, request_id, Who::Citizen, Kind::Message, data).await?;
    crate::webhooks::enqueue(&mut tx, &[crate::webhooks::Event::of(crate::webhooks::EventType::MessageReceived, &request)]).await?;
    tx.commit().await?;
    Ok(())
}
