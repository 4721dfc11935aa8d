//! A request's timeline: everything that happened to it, in one append-only table that is also
//! the audit trail of staff actions (the database refuses updates and deletes). Each event says
//! whether the citizen sees it: notes and assignments are internal; status changes, messages,
//! requests for information and which team viewed the request are shown to them.

use crate::{db::Tx, with_tx};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Who did something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who<'a> {
    Citizen,
    Staff { id: i64, team: Option<&'a str> },
    /// Another system, through an API key acting for its teams like a member of staff.
    Key { id: i64, team: Option<&'a str> },
    System,
}

/// What happened. The data goes into the event as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Submitted,
    Viewed,
    Assigned,
    Unassigned,
    Status,
    Note,
    Message,
    InfoRequested,
    InfoAnswered,
    /// A file of the request was downloaded through the API (internal, like a note).
    Downloaded,
    /// Retention erased the request's personal content (`crate::retention`): internal.
    RetentionErased,
}

impl Kind {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Viewed => "viewed",
            Self::Assigned => "assigned",
            Self::Unassigned => "unassigned",
            Self::Status => "status",
            Self::Note => "note",
            Self::Message => "message",
            Self::InfoRequested => "info_requested",
            Self::InfoAnswered => "info_answered",
            Self::Downloaded => "downloaded",
            Self::RetentionErased => crate::retention::ERASED_KIND,
        }
    }

    /// Whether the citizen sees events of this kind on their request.
    pub fn citizen_sees(&self) -> bool {
        !matches!(self, Self::Assigned | Self::Unassigned | Self::Note | Self::Downloaded | Self::RetentionErased)
    }
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub actor: String,
    pub staff_id: Option<i64>,
    pub staff_name: Option<String>,
    /// The API key that acted, and its name (`actor` is then `api_key`).
    pub api_key_id: Option<i64>,
    pub api_key_name: Option<String>,
    pub team: Option<String>,
    pub kind: String,
    pub data: String,
    pub citizen_sees: bool,
    pub at: DateTime<Utc>,
}

impl EventRow {
    pub fn data(&self) -> serde_json::Value {
        serde_json::from_str(&self.data).unwrap_or(serde_json::Value::Null)
    }
}

/// Appends an event to request `request_id`'s timeline, as part of `tx`: the next link of the
/// request's audit chain (`crate::audit`).
pub async fn append(tx: &mut Tx, request_id: i64, who: Who<'_>, kind: Kind, data: serde_json::Value) -> Result<(), sqlx::Error> {
    append_at(tx, request_id, who, kind, data, crate::audit::encoding::now()).await
}

/// [`append`] at a given time (the seed's invented histories; truncated to microseconds, as stored).
pub async fn append_at(tx: &mut Tx, request_id: i64, who: Who<'_>, kind: Kind, data: serde_json::Value, at: DateTime<Utc>) -> Result<(), sqlx::Error> {
    use chrono::SubsecRound;
    let (actor, staff_id, key_id, team) = match who {
        Who::Citizen => ("citizen", None, None, None),
        Who::Staff { id, team } => ("staff", Some(id), None, team.map(str::to_owned)),
        Who::Key { id, team } => ("api_key", None, Some(id), team.map(str::to_owned)),
        Who::System => ("system", None, None, None),
    };
    let row = crate::audit::chain::RequestEvent {
        id: 0,
        request_id,
        actor: actor.to_owned(),
        staff_id,
        api_key_id: key_id,
        team,
        kind: kind.as_str().to_owned(),
        data: data.to_string(),
        citizen_sees: kind.citizen_sees(),
        at: at.trunc_subsecs(6),
        seq: None,
        prev_hash: None,
        hash: None,
        payload_digest: None,
        erased_at: None,
    };
    let chain = crate::audit::chain::request_chain(request_id);
    let sealed = crate::audit::chain::seal(tx, crate::audit::chain::Table::RequestEvents, &chain, &row.frame(), &row.payload()).await?;
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO request_events (request_id, actor, staff_id, api_key_id, team, kind, data, citizen_sees, at, seq, prev_hash, hash, payload_digest) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    )
    .bind(row.request_id)
    .bind(&row.actor)
    .bind(row.staff_id)
    .bind(row.api_key_id)
    .bind(&row.team)
    .bind(&row.kind)
    .bind(&row.data)
    .bind(row.citizen_sees)
    .bind(row.at)
    .bind(sealed.seq)
    .bind(&sealed.prev_hash)
    .bind(&sealed.hash)
    .bind(&sealed.payload_digest)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The timeline of a request, oldest first; only what the citizen sees when `citizen` is set.
/// It is the request's audit chain itself: the citizen's list (who viewed it, what changed) shows
/// only chained rows, never one slipped into the table behind the application's back.
pub async fn timeline(db: &crate::db::Db, request_id: i64, citizen: bool) -> Result<Vec<EventRow>, sqlx::Error> {
    let sql = "SELECT e.id, e.actor, e.staff_id, s.name AS staff_name, e.api_key_id, k.name AS api_key_name, e.team, e.kind, e.data, \
               e.citizen_sees, e.at FROM request_events e LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN api_keys k ON k.id = e.api_key_id \
               WHERE e.request_id = $1 AND e.hash IS NOT NULL ORDER BY e.seq";
    let events: Vec<EventRow> = crate::with_db!(db, |pool| sqlx::query_as(sql).bind(request_id).fetch_all(pool).await)?;
    Ok(events.into_iter().filter(|e| !citizen || e.citizen_sees).collect())
}
