//! Casework's data: who a member of staff is and which teams they work in, the queue (filters,
//! counts, keyset pages), and every action on a request. Each action checks access and the
//! workflow, changes the request and appends its event in one transaction, and queues the
//! citizen's email where they should be told.

use crate::{
    db::Db,
    requests::{
        calendar,
        events::{self, Kind, Who},
        status::{self, Status},
        store::{clock, lock, By, Notify, RequestRow, WorkflowError},
    },
    with_db, with_tx,
};
use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A signed-in member of staff, with what they may see.
#[derive(Clone, Debug)]
pub struct StaffUser {
    pub id: i64,
    pub name: String,
    pub admin: bool,
    pub teams: Vec<String>,
}

impl StaffUser {
    /// Admins see every team's requests; caseworkers their own teams'.
    pub fn can_see(&self, team: &str) -> bool {
        self.admin || self.teams.iter().any(|t| t == team)
    }

    /// The team recorded on a view or action: the request's, when the person is in it.
    pub fn team_for<'a>(&self, team: &'a str) -> Option<&'a str> {
        (self.teams.iter().any(|t| t == team) || self.admin).then_some(team)
    }
}

/// An API key acting on its teams' requests (`api::keys` authenticates it).
#[derive(Clone, Debug)]
pub struct KeyActor {
    pub id: i64,
    pub name: String,
    pub teams: Vec<String>,
}

/// Who acts in the back office: a member of staff at their screen, or another system through an
/// API key. Both go through the same functions below, so the workflow's rules hold for both; a
/// key acts like a member of its teams, and the timeline names the key.
#[derive(Clone, Debug)]
pub enum Actor {
    Staff(StaffUser),
    Key(KeyActor),
}

impl Actor {
    pub fn can_see(&self, team: &str) -> bool {
        match self {
            Self::Staff(user) => user.can_see(team),
            Self::Key(key) => key.teams.iter().any(|t| t == team),
        }
    }

    /// As the timeline records it on a request of `team`.
    pub fn who<'a>(&self, team: &'a str) -> Who<'a> {
        match self {
            Self::Staff(user) => Who::Staff { id: user.id, team: user.team_for(team) },
            Self::Key(key) => Who::Key { id: key.id, team: self.can_see(team).then_some(team) },
        }
    }

    fn by(&self) -> By {
        match self {
            Self::Staff(user) => By::Staff(user.id),
            Self::Key(key) => By::Key(key.id),
        }
    }
}

/// Whose requests a list shows: every team's (`None`), or these teams'; and who "me" is.
pub trait Viewer {
    fn teams(&self) -> Option<&[String]>;
    fn staff_id(&self) -> Option<i64>;
}

impl Viewer for StaffUser {
    fn teams(&self) -> Option<&[String]> {
        (!self.admin).then_some(self.teams.as_slice())
    }

    fn staff_id(&self) -> Option<i64> {
        Some(self.id)
    }
}

impl Viewer for Actor {
    fn teams(&self) -> Option<&[String]> {
        match self {
            Self::Staff(user) => user.teams(),
            Self::Key(key) => Some(key.teams.as_slice()),
        }
    }

    fn staff_id(&self) -> Option<i64> {
        match self {
            Self::Staff(user) => Some(user.id),
            Self::Key(_) => None,
        }
    }
}

/// Why an action was refused.
pub type ActionError = WorkflowError;

/// The member of staff `id`, unless they are disabled.
pub async fn staff_user(db: &Db, id: i64) -> Result<Option<StaffUser>, sqlx::Error> {
    let row: Option<(String, String)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT name, role FROM staff WHERE id = $1 AND disabled_at IS NULL"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?;
    let Some((name, role)) = row else { return Ok(None) };
    let teams: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT team_id FROM team_members WHERE staff_id = $1 ORDER BY team_id")
        .bind(id)
        .fetch_all(pool)
        .await)?;
    Ok(Some(StaffUser { id, name, admin: role == "admin", teams }))
}

/// A request, if `user` may see it.
pub async fn request_for(db: &Db, user: &StaffUser, reference: &str) -> Result<Option<RequestRow>, sqlx::Error> {
    let request = crate::requests::store::by_reference(db, &reference.to_uppercase()).await?;
    Ok(request.filter(|r| user.can_see(&r.team)))
}

/// A request, if `actor` may see it.
pub async fn request_visible_to(db: &Db, actor: &Actor, reference: &str) -> Result<Option<RequestRow>, sqlx::Error> {
    let request = crate::requests::store::by_reference(db, &reference.to_uppercase()).await?;
    Ok(request.filter(|r| actor.can_see(&r.team)))
}

// ---------------------------------------------------------------------------------------------
// The queue

/// The queue's filters, as the form sends them (every field optional).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Filter {
    pub service: String,
    pub status: String,
    /// `me`, `unassigned`, or empty for anyone.
    pub assignee: String,
    /// `soon` (within 3 working days) or `overdue`.
    pub due: String,
    /// Submitted on or after / on or before, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    /// A reference, or part of the applicant's name.
    pub q: String,
    /// `newest` (default), `oldest`, or `due`.
    pub sort: String,
    /// The keyset cursor: the last row of the previous page.
    pub after: String,
}

impl Filter {
    /// The query string of these filters (without the cursor), for links and the export.
    pub fn query(&self) -> String {
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("service", &self.service),
            ("status", &self.status),
            ("assignee", &self.assignee),
            ("due", &self.due),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
            ("sort", &self.sort),
        ] {
            if !v.is_empty() {
                pairs.append_pair(k, v);
            }
        }
        pairs.finish()
    }

    pub fn date(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
    }
}

/// A value bound to the queue's SQL.
#[derive(Clone, Debug)]
enum Param {
    Text(String),
    Int(i64),
    Date(NaiveDate),
    Time(chrono::DateTime<Utc>),
}

/// Builds the WHERE clause shared by the page, the counts and the export.
struct Sql {
    clauses: Vec<String>,
    params: Vec<Param>,
}

impl Sql {
    fn push(&mut self, clause: impl Fn(usize) -> String, param: Param) {
        self.params.push(param);
        self.clauses.push(clause(self.params.len()));
    }

    fn where_clause(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// Open requests due within this many working days are "due soon".
pub const DUE_SOON_DAYS: u32 = 3;

fn filter_sql<V: Viewer + ?Sized>(user: &V, filter: &Filter, with_status: bool, today: NaiveDate) -> Sql {
    let mut sql = Sql { clauses: Vec::new(), params: Vec::new() };
    if let Some(teams) = user.teams() {
        if teams.is_empty() {
            sql.clauses.push("1 = 0".into());
        } else {
            let start = sql.params.len();
            sql.params.extend(teams.iter().cloned().map(Param::Text));
            let marks: Vec<String> = (start + 1..=sql.params.len()).map(|n| format!("${n}")).collect();
            sql.clauses.push(format!("team IN ({})", marks.join(", ")));
        }
    }
    if !filter.service.is_empty() {
        sql.push(|n| format!("service = ${n}"), Param::Text(filter.service.clone()));
    }
    if with_status && Status::parse(&filter.status).is_some() {
        sql.push(|n| format!("status = ${n}"), Param::Text(filter.status.clone()));
    }
    match filter.assignee.as_str() {
        "me" => match user.staff_id() {
            Some(id) => sql.push(|n| format!("assignee_id = ${n}"), Param::Int(id)),
            // An API key is nobody's colleague: nothing is assigned to it.
            None => sql.clauses.push("1 = 0".into()),
        },
        "unassigned" => sql.clauses.push("assignee_id IS NULL".into()),
        _ => {}
    }
    // The clock runs only while the council has the request (not while waiting for the citizen).
    let running = "status IN ('submitted', 'in_review')";
    match filter.due.as_str() {
        "overdue" => {
            sql.push(|n| format!("{running} AND due_date < ${n}"), Param::Date(today));
        }
        "soon" => {
            sql.push(|n| format!("{running} AND due_date >= ${n}"), Param::Date(today));
            sql.push(|n| format!("due_date <= ${n}"), Param::Date(calendar::add_working_days(today, DUE_SOON_DAYS)));
        }
        _ => {}
    }
    if let Some(from) = Filter::date(&filter.from) {
        let start = from.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
        if let Some(start) = start {
            sql.push(|n| format!("submitted_at >= ${n}"), Param::Time(start));
        }
    }
    if let Some(to) = Filter::date(&filter.to).and_then(|d| d.succ_opt()) {
        if let Some(end) = to.and_hms_opt(0, 0, 0).map(|d| d.and_utc()) {
            sql.push(|n| format!("submitted_at < ${n}"), Param::Time(end));
        }
    }
    let q = filter.q.trim();
    if !q.is_empty() {
        sql.params.push(Param::Text(q.to_uppercase()));
        let reference = sql.params.len();
        sql.params.push(Param::Text(format!("%{}%", q.to_lowercase().replace(['%', '_'], ""))));
        let name = sql.params.len();
        sql.clauses.push(format!("(reference = ${reference} OR applicant_name LIKE ${name})"));
    }
    sql
}

macro_rules! bind_params {
    ($query:expr, $params:expr) => {{
        let mut query = $query;
        for param in $params {
            query = match param {
                Param::Text(t) => query.bind(t.clone()),
                Param::Int(i) => query.bind(*i),
                Param::Date(d) => query.bind(*d),
                Param::Time(t) => query.bind(*t),
            };
        }
        query
    }};
}

/// One page of the queue.
#[derive(Clone, Debug)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow, Serialize)]
pub struct QueueRow {
    pub id: i64,
    pub reference: String,
    pub service: String,
    /// The version of the service's definition the request was made with.
    pub version: i64,
    pub status: String,
    pub team: String,
    pub assignee_id: Option<i64>,
    pub assignee_name: Option<String>,
    pub applicant_name: String,
    pub due_date: NaiveDate,
    pub submitted_at: chrono::DateTime<Utc>,
}

impl QueueRow {
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Submitted)
    }

    pub fn overdue(&self, today: NaiveDate) -> bool {
        matches!(self.status(), Status::Submitted | Status::InReview) && self.due_date < today
    }

    pub fn due_soon(&self, today: NaiveDate) -> bool {
        matches!(self.status(), Status::Submitted | Status::InReview)
            && self.due_date >= today
            && self.due_date <= calendar::add_working_days(today, DUE_SOON_DAYS)
    }
}

pub const PAGE_SIZE: i64 = 25;

/// A page of the queue, newest first unless sorted otherwise, after `filter.after` (keyset: the
/// first page costs the same with a million requests as with ten).
pub async fn queue<V: Viewer + ?Sized>(db: &Db, user: &V, filter: &Filter, limit: i64, today: NaiveDate) -> Result<QueuePage, sqlx::Error> {
    let mut sql = filter_sql(user, filter, true, today);
    let by_due = filter.sort == "due";
    let ascending = filter.sort == "oldest";
    if let Some((first, id)) = filter.after.split_once('_') {
        if let Ok(id) = id.parse::<i64>() {
            if by_due {
                if let Some(date) = Filter::date(first) {
                    sql.params.push(Param::Date(date));
                    let d = sql.params.len();
                    sql.params.push(Param::Int(id));
                    let i = sql.params.len();
                    sql.clauses.push(format!("(r.due_date > ${d} OR (r.due_date = ${d} AND r.id > ${i}))"));
                }
            } else {
                let op = if ascending { ">" } else { "<" };
                sql.push(|n| format!("r.id {op} ${n}"), Param::Int(id));
            }
        }
    }
    let order = if by_due {
        "r.due_date ASC, r.id ASC"
    } else if ascending {
        "r.id ASC"
    } else {
        "r.id DESC"
    };
    let text = format!(
        "SELECT r.id, r.reference, r.service, r.version, r.status, r.team, r.assignee_id, s.name AS assignee_name, r.applicant_name, \
         r.due_date, r.submitted_at FROM requests r LEFT JOIN staff s ON s.id = r.assignee_id {} ORDER BY {order} LIMIT {}",
        sql.where_clause(),
        limit + 1
    );
    let mut rows: Vec<QueueRow> = with_db!(db, |pool| bind_params!(sqlx::query_as(&text), &sql.params).fetch_all(pool).await)?;
    let next = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|r| if by_due { format!("{}_{}", r.due_date, r.id) } else { format!("x_{}", r.id) })
    } else {
        None
    };
    Ok(QueuePage { rows, next })
}

/// Every row the filters select, for the export (no paging, newest first).
pub async fn export_rows<V: Viewer + ?Sized>(db: &Db, user: &V, filter: &Filter, today: NaiveDate) -> Result<Vec<QueueRow>, sqlx::Error> {
    let unpaged = Filter { after: String::new(), ..filter.clone() };
    Ok(queue(db, user, &unpaged, 100_000, today).await?.rows)
}

/// Whether the counts under `filter` can be read from `request_tallies`: it keeps team, service,
/// status and due date, so every filter but the assignee, the submission dates and the search.
/// Those still count the requests they match.
fn tallied(filter: &Filter) -> bool {
    !matches!(filter.assignee.as_str(), "me" | "unassigned") && Filter::date(&filter.from).is_none() && Filter::date(&filter.to).is_none() && filter.q.trim().is_empty()
}

/// How many requests each status has under the other filters.
pub async fn counts<V: Viewer + ?Sized>(db: &Db, user: &V, filter: &Filter, today: NaiveDate) -> Result<Vec<(Status, i64)>, sqlx::Error> {
    let sql = filter_sql(user, filter, false, today);
    let text = if tallied(filter) {
        format!("SELECT status, CAST(SUM(n) AS BIGINT) FROM request_tallies {} GROUP BY status", sql.where_clause())
    } else {
        format!("SELECT status, COUNT(*) FROM requests {} GROUP BY status", sql.where_clause())
    };
    let rows: Vec<(String, i64)> = with_db!(db, |pool| bind_params!(sqlx::query_as(&text), &sql.params).fetch_all(pool).await)?;
    Ok(Status::ALL
        .into_iter()
        .map(|s| (s, rows.iter().find(|(name, _)| name == s.as_str()).map_or(0, |(_, n)| *n)))
        .collect())
}

/// The dashboard: requests per service and status, and the open ones due soon and overdue.
#[derive(Clone, Debug, Default)]
pub struct Dashboard {
    pub by_service: Vec<(String, Status, i64)>,
    pub due_soon: i64,
    pub overdue: i64,
}

pub async fn dashboard<V: Viewer + ?Sized>(db: &Db, user: &V, today: NaiveDate) -> Result<Dashboard, sqlx::Error> {
    let sql = filter_sql(user, &Filter::default(), false, today);
    let text = format!(
        "SELECT service, status, CAST(SUM(n) AS BIGINT) FROM request_tallies {} GROUP BY service, status ORDER BY service",
        sql.where_clause()
    );
    let rows: Vec<(String, String, i64)> = with_db!(db, |pool| bind_params!(sqlx::query_as(&text), &sql.params).fetch_all(pool).await)?;
    let count = |due: &str| {
        let filter = Filter { due: due.into(), ..Filter::default() };
        let sql = filter_sql(user, &filter, false, today);
        (format!("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM request_tallies {}", sql.where_clause()), sql.params)
    };
    let (soon_sql, soon_params) = count("soon");
    let due_soon: i64 = with_db!(db, |pool| bind_params!(sqlx::query_scalar(&soon_sql), &soon_params).fetch_one(pool).await)?;
    let (over_sql, over_params) = count("overdue");
    let overdue: i64 = with_db!(db, |pool| bind_params!(sqlx::query_scalar(&over_sql), &over_params).fetch_one(pool).await)?;
    Ok(Dashboard {
        by_service: rows.into_iter().filter_map(|(service, s, n)| Status::parse(&s).map(|s| (service, s, n))).collect(),
        due_soon,
        overdue,
    })
}

// ---------------------------------------------------------------------------------------------
// Actions

/// Whether `actor` may act on `request` as it is now: it must be theirs to see, and, when they
/// name the revision they read (`expected`), still at that revision.
fn check(actor: &Actor, request: &RequestRow, expected: Option<i64>) -> Result<(), ActionError> {
    if !actor.can_see(&request.team) {
        return Err(ActionError::NotFound);
    }
    if expected.is_some_and(|revision| revision != request.revision) {
        return Err(ActionError::Stale);
    }
    Ok(())
}

/// The request, locked for the rest of `tx`, if `actor` may act on it (see [`check`]).
async fn visible(tx: &mut crate::db::Tx, actor: &Actor, request_id: i64, expected: Option<i64>) -> Result<RequestRow, ActionError> {
    let request = lock(tx, request_id).await?;
    check(actor, &request, expected)?;
    Ok(request)
}

/// Records that `user` opened the request (every time: the citizen sees which team looked).
pub async fn record_view(db: &Db, user: &StaffUser, request: &RequestRow) -> Result<(), sqlx::Error> {
    record_view_by(db, &Actor::Staff(user.clone()), request).await
}

/// Records that `actor` read the request (a member of staff opened it, or a key fetched it).
pub async fn record_view_by(db: &Db, actor: &Actor, request: &RequestRow) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    events::append(&mut tx, request.id, actor.who(&request.team), Kind::Viewed, serde_json::json!({})).await?;
    tx.commit().await
}

/// Records that `actor` exported these requests: a view on each one's timeline, in one
/// transaction, before any of them is sent (so no request leaves unrecorded).
pub async fn record_export(db: &Db, actor: &Actor, requests: &[RequestRow]) -> Result<(), sqlx::Error> {
    if requests.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for request in requests {
        events::append(&mut tx, request.id, actor.who(&request.team), Kind::Viewed, serde_json::json!({ "export": true })).await?;
    }
    tx.commit().await
}

/// Records that `actor` downloaded one of the request's files (an internal event).
pub async fn record_download(db: &Db, actor: &Actor, request: &RequestRow, file: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    events::append(&mut tx, request.id, actor.who(&request.team), Kind::Downloaded, serde_json::json!({ "file": file })).await?;
    tx.commit().await
}

/// Assigns the request to `assignee` (a member of staff who can see it), or unassigns it.
pub async fn assign(db: &Db, user: &StaffUser, request_id: i64, assignee: Option<i64>) -> Result<(), ActionError> {
    let mut tx = db.begin().await?;
    let request = visible(&mut tx, &Actor::Staff(user.clone()), request_id, None).await?;
    let name = match assignee {
        Some(id) => {
            let colleague = staff_user(db, id).await?.filter(|c| c.can_see(&request.team)).ok_or(ActionError::Missing("assignee"))?;
            Some(colleague.name)
        }
        None => None,
    };
    if request.assignee_id == assignee {
        return Ok(());
    }
    with_tx!(&mut tx, |conn| sqlx::query("UPDATE requests SET assignee_id = $1, updated_at = $2 WHERE id = $3")
        .bind(assignee)
        .bind(Utc::now())
        .bind(request_id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    let who = Who::Staff { id: user.id, team: user.team_for(&request.team) };
    match (assignee, name) {
        (Some(id), Some(name)) => events::append(&mut tx, request_id, who, Kind::Assigned, serde_json::json!({ "to": id, "name": name })).await?,
        _ => events::append(&mut tx, request_id, who, Kind::Unassigned, serde_json::json!({})).await?,
    }
    tx.commit().await?;
    Ok(())
}

/// Moves the request along the workflow, as `actor` (see `requests::store::change_status`),
/// from revision `expected` when given.
pub async fn change_status(
    db: &Db,
    actor: &Actor,
    request_id: i64,
    expected: Option<i64>,
    to: Status,
    reason: &str,
    notify: Notify<'_>,
) -> Result<(), ActionError> {
    let guard = |r: &RequestRow| check(actor, r, expected);
    crate::requests::store::change_status(db, actor.by(), &guard, request_id, to, reason, notify).await
}

/// An internal note: never shown to the citizen.
pub async fn add_note(db: &Db, actor: &Actor, request_id: i64, expected: Option<i64>, body: &str) -> Result<(), ActionError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(ActionError::Missing("note"));
    }
    let mut tx = db.begin().await?;
    let request = visible(&mut tx, actor, request_id, expected).await?;
    events::append(&mut tx, request_id, actor.who(&request.team), Kind::Note, serde_json::json!({ "body": body })).await?;
    tx.commit().await?;
    Ok(())
}

/// A message to the citizen, shown on their request and emailed to them.
pub async fn message_citizen(db: &Db, actor: &Actor, request_id: i64, expected: Option<i64>, body: &str, notify: Notify<'_>) -> Result<(), ActionError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(ActionError::Missing("message"));
    }
    let mut tx = db.begin().await?;
    let request = visible(&mut tx, actor, request_id, expected).await?;
    let data = serde_json::json!({ "body": body, "from": "staff" });
    events::append(&mut tx, request_id, actor.who(&request.team), Kind::Message, data).await?;
    if let Some(email) = notify(&request) {
        crate::email::enqueue(&mut tx, &email).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Asks the citizen for more information: reopens `questions` with a message, and waits for them
/// (the deadline pauses).
pub async fn request_information(
    db: &Db,
    actor: &Actor,
    request_id: i64,
    expected: Option<i64>,
    questions: &[String],
    message: &str,
    notify: Notify<'_>,
) -> Result<(), ActionError> {
    let message = message.trim();
    if questions.is_empty() {
        return Err(ActionError::Missing("questions"));
    }
    if message.is_empty() {
        return Err(ActionError::Missing("message"));
    }
    let mut tx = db.begin().await?;
    let request = visible(&mut tx, actor, request_id, expected).await?;
    let from = request.status();
    // From "submitted" the request goes through review first, as the workflow has it.
    let via_review = from == Status::Submitted;
    if !(status::allowed(from, Status::WaitingForCitizen, status::Actor::Staff) || via_review) {
        return Err(ActionError::NotAllowed);
    }
    if request.citizen_id.is_none() {
        // A guest or a deleted account has nowhere to answer.
        return Err(ActionError::NotAllowed);
    }
    let today = Utc::now().date_naive();
    let (due, waiting_since) = clock(&request, Status::WaitingForCitizen, today);
    let reopened = serde_json::to_string(questions).unwrap_or_else(|_| "[]".into());
    with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE requests SET status = 'waiting_for_citizen', due_date = $1, waiting_since = $2, reopened = $3, updated_at = $4 WHERE id = $5"
    )
    .bind(due)
    .bind(waiting_since)
    .bind(&reopened)
    .bind(Utc::now())
    .bind(request_id)
    .execute(conn)
    .await
    .map(|r| r.rows_affected()))?;
    let who = actor.who(&request.team);
    if via_review {
        let data = serde_json::json!({ "from": "submitted", "to": "in_review", "reason": "" });
        events::append(&mut tx, request_id, who, Kind::Status, data).await?;
    }
    let data = serde_json::json!({ "from": if via_review { "in_review" } else { from.as_str() }, "to": "waiting_for_citizen", "reason": "" });
    events::append(&mut tx, request_id, who, Kind::Status, data).await?;
    events::append(&mut tx, request_id, who, Kind::InfoRequested, serde_json::json!({ "questions": questions, "message": message })).await?;
    let updated = RequestRow { status: "waiting_for_citizen".into(), reopened: Some(reopened), ..request };
    if let Some(email) = notify(&updated) {
        crate::email::enqueue(&mut tx, &email).await?;
    }
    crate::webhooks::enqueue(&mut tx, &[crate::webhooks::Event::of(crate::webhooks::EventType::StatusChanged, &updated).from_status(from.as_str())]).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(teams: &[&str]) -> Actor {
        Actor::Key(KeyActor { id: 7, name: "Case system".into(), teams: teams.iter().map(|t| t.to_string()).collect() })
    }

    #[test]
    fn a_key_acts_for_its_teams_only_and_the_timeline_names_it() {
        let waste = key(&["waste"]);
        assert!(waste.can_see("waste") && !waste.can_see("parking"));
        assert_eq!(waste.who("waste"), Who::Key { id: 7, team: Some("waste") });
        assert_eq!(waste.by(), By::Key(7));
        // A key is nobody's colleague: "assigned to me" is nothing, and every team is its own list.
        assert_eq!(waste.staff_id(), None);
        assert_eq!(Viewer::teams(&waste), Some(&["waste".to_owned()][..]));
    }

    #[test]
    fn staff_act_as_before_admins_for_every_team() {
        let admin = Actor::Staff(StaffUser { id: 1, name: "Ad".into(), admin: true, teams: vec![] });
        assert!(admin.can_see("parking"));
        assert_eq!(Viewer::teams(&admin), None);
        let worker = Actor::Staff(StaffUser { id: 2, name: "Cw".into(), admin: false, teams: vec!["waste".into()] });
        assert_eq!(worker.who("waste"), Who::Staff { id: 2, team: Some("waste") });
        assert!(!worker.can_see("parking"));
        assert_eq!(worker.by(), By::Staff(2));
    }

    #[test]
    fn an_action_on_a_changed_request_is_stale_and_on_another_teams_is_not_found() {
        let row = |team: &str, revision: i64| RequestRow {
            id: 1,
            reference: "ABCD2345".into(),
            service: "s".into(),
            version: 1,
            citizen_id: None,
            answers: "{}".into(),
            profile_snapshot: "{}".into(),
            language: "en".into(),
            status: "submitted".into(),
            team: team.into(),
            assignee_id: None,
            due_date: Utc::now().date_naive(),
            waiting_since: None,
            reopened: None,
            applicant_name: String::new(),
            submitted_at: Utc::now(),
            updated_at: Utc::now(),
            revision,
        };
        let waste = key(&["waste"]);
        assert!(check(&waste, &row("waste", 3), Some(3)).is_ok());
        assert!(check(&waste, &row("waste", 3), None).is_ok());
        assert!(matches!(check(&waste, &row("waste", 4), Some(3)), Err(ActionError::Stale)));
        assert!(matches!(check(&waste, &row("parking", 3), Some(3)), Err(ActionError::NotFound)));
    }
}
