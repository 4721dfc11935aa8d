//! Endpoints and deliveries in the database: registering an endpoint (its secret made once),
//! queueing an event for every endpoint of the request's team that asked for it (inside the
//! caller's transaction), the delivery log, and "send again".

use super::{
    events::{Event, EventType},
    signature::{self, Secret},
    target::Target,
};
use crate::{
    db::{Db, Tx},
    ui::form::FieldErrors,
    with_db, with_tx,
};
use chrono::{DateTime, Utc};

/// Attempts in one round before a delivery is given up (about a day and a half with the backoff
/// of `worker::backoff`).
pub const ATTEMPTS_PER_ROUND: i64 = 12;

/// A registered endpoint (its secret stays in the database: it is shown once, when made).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Endpoint {
    pub id: i64,
    pub team_id: String,
    pub url: String,
    pub events: String,
    pub failures: i64,
    pub disabled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl Endpoint {
    pub fn event_types(&self) -> Vec<EventType> {
        self.events.split_whitespace().filter_map(EventType::parse).collect()
    }

    pub fn receives(&self, kind: EventType) -> bool {
        self.events.split_whitespace().any(|e| e == kind.as_str())
    }
}

const ENDPOINT_COLUMNS: &str = "id, team_id, url, events, failures, disabled_at, created_at";

/// An endpoint as the form describes it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEndpoint {
    pub team: String,
    pub target: Target,
    pub events: Vec<EventType>,
}

impl NewEndpoint {
    /// Reads the form's `team`, `url` and `events` (any number of them); errors keyed by field.
    pub fn parse(fields: &[(String, String)], teams: &[String], allow_private: bool) -> Result<Self, FieldErrors> {
        let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
        let mut errors = FieldErrors::new();
        let team = get("team");
        if !teams.contains(&team) {
            errors.add("team", "webhooks-error-team");
        }
        let target = Target::parse(&get("url"), allow_private).map_err(|e| errors.add("url", e.message_id())).ok();
        let mut events: Vec<EventType> = Vec::new();
        for kind in fields.iter().filter(|(k, _)| k == "events").filter_map(|(_, v)| EventType::parse(v)) {
            if !events.contains(&kind) {
                events.push(kind);
            }
        }
        if events.is_empty() {
            // The first checkbox's id, so the error summary's link lands on it.
            errors.add("events", "webhooks-error-events");
        }
        match target {
            Some(target) if errors.is_empty() => Ok(Self { team, target, events }),
            _ => Err(errors),
        }
    }
}

/// Stores the endpoint with a new secret, and returns its id and the secret (to show once).
pub async fn add_endpoint(db: &Db, new: &NewEndpoint, created_by: i64) -> Result<(i64, Secret), sqlx::Error> {
    let secret = Secret::generate();
    let events: Vec<&str> = new.events.iter().map(|e| e.as_str()).collect();
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO webhook_endpoints (team_id, url, events, secret, failures, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 0, $5, $6, $6) RETURNING id"
    )
    .bind(&new.team)
    .bind(new.target.as_str())
    .bind(events.join(" "))
    .bind(secret.as_str())
    .bind(created_by)
    .bind(now)
    .fetch_one(conn)
    .await)?;
    let data = serde_json::json!({ "team": new.team, "url": new.target.as_str(), "events": events });
    crate::audit::chain::admin_event(&mut tx, Some(created_by), "webhook_added", &format!("webhook:{id}"), data).await?;
    tx.commit().await?;
    Ok((id, secret))
}

/// Every endpoint, by team and then oldest first.
pub async fn endpoints(db: &Db) -> Result<Vec<Endpoint>, sqlx::Error> {
    let sql = format!("SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints ORDER BY team_id, id");
    with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

pub async fn endpoint(db: &Db, id: i64) -> Result<Option<Endpoint>, sqlx::Error> {
    let sql = format!("SELECT {ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// The secret deliveries to endpoint `id` are signed with.
pub async fn secret_of(db: &Db, id: i64) -> Result<Option<Secret>, sqlx::Error> {
    let text: Option<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT secret FROM webhook_endpoints WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await)?;
    Ok(text.as_deref().and_then(Secret::parse))
}

/// Turns endpoint `id` back on (its failures forgotten, its waiting deliveries sent) or off.
pub async fn set_enabled(db: &Db, id: i64, enabled: bool, by: i64) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let sql = if enabled {
        "UPDATE webhook_endpoints SET disabled_at = NULL, failures = 0, updated_at = $1 WHERE id = $2"
    } else {
        "UPDATE webhook_endpoints SET disabled_at = COALESCE(disabled_at, $1), updated_at = $1 WHERE id = $2"
    };
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| sqlx::query(sql).bind(now).bind(id).execute(conn).await.map(|_| ()))?;
    let kind = if enabled { "webhook_enabled" } else { "webhook_disabled" };
    crate::audit::chain::admin_event(&mut tx, Some(by), kind, &format!("webhook:{id}"), serde_json::json!({})).await?;
    tx.commit().await
}

/// Removes endpoint `id` and its delivery log.
pub async fn delete_endpoint(db: &Db, id: i64, by: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM webhook_deliveries WHERE endpoint_id = $1").bind(id).execute(conn).await.map(|_| ()))?;
    with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM webhook_endpoints WHERE id = $1").bind(id).execute(conn).await.map(|_| ()))?;
    crate::audit::chain::admin_event(&mut tx, Some(by), "webhook_deleted", &format!("webhook:{id}"), serde_json::json!({})).await?;
    tx.commit().await
}

/// Queues `events` for every endpoint of their team that receives their type, as part of `tx`:
/// a change that is rolled back sends nothing, and one that commits is delivered even if the
/// process stops at once. A disabled endpoint gets the delivery too; it waits until the
/// endpoint is turned back on.
pub async fn enqueue(tx: &mut Tx, events: &[Event]) -> Result<(), sqlx::Error> {
    let Some(first) = events.first() else { return Ok(()) };
    let team = &first.team;
    let candidates: Vec<(i64, String)> = with_tx!(tx, |conn| sqlx::query_as("SELECT id, events FROM webhook_endpoints WHERE team_id = $1")
        .bind(team)
        .fetch_all(conn)
        .await)?;
    if candidates.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    for event in events {
        // Every event of one call is about one request, so of one team; anything else is skipped
        // rather than sent to the wrong team.
        if &event.team != team {
            continue;
        }
        let payload = event.payload();
        for (endpoint, _) in candidates.iter().filter(|(_, e)| e.split_whitespace().any(|e| e == event.kind.as_str())) {
            with_tx!(tx, |conn| sqlx::query(
                "INSERT INTO webhook_deliveries (endpoint_id, message_id, event_type, payload, attempts, tries_left, next_attempt_at, created_at) \
                 VALUES ($1, $2, $3, $4, 0, $5, $6, $6)"
            )
            .bind(endpoint)
            .bind(signature::message_id())
            .bind(event.kind.as_str())
            .bind(&payload)
            .bind(ATTEMPTS_PER_ROUND)
            .bind(now)
            .execute(conn)
            .await
            .map(|_| ()))?;
        }
    }
    Ok(())
}

/// Where a delivery stands, for the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryState {
    Pending,
    Retrying,
    Delivered,
    Failed,
}

impl DeliveryState {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Pending => "webhooks-state-pending",
            Self::Retrying => "webhooks-state-retrying",
            Self::Delivered => "webhooks-state-delivered",
            Self::Failed => "webhooks-state-failed",
        }
    }
}

/// One line of the delivery log.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub endpoint_id: i64,
    pub message_id: String,
    pub event_type: String,
    pub payload: String,
    pub attempts: i64,
    pub tries_left: i64,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl Delivery {
    pub fn state(&self) -> DeliveryState {
        if self.next_attempt_at.is_some() {
            // The last attempt failed (a success clears the error).
            if self.last_error.is_some() {
                DeliveryState::Retrying
            } else {
                DeliveryState::Pending
            }
        } else if self.delivered_at.is_some() {
            DeliveryState::Delivered
        } else {
            DeliveryState::Failed
        }
    }
}

pub(super) const DELIVERY_COLUMNS: &str = "id, endpoint_id, message_id, event_type, payload, attempts, tries_left, next_attempt_at, delivered_at, \
    failed_at, last_attempt_at, last_status, last_error, created_at";

/// The log's page size.
pub const LOG_PAGE: i64 = 50;

/// The endpoint's deliveries, newest first, before delivery `before` when given (keyset pages).
pub async fn deliveries(db: &Db, endpoint_id: i64, before: Option<i64>) -> Result<Vec<Delivery>, sqlx::Error> {
    let sql = format!("SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = $1 AND id < $2 ORDER BY id DESC LIMIT {LOG_PAGE}");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(endpoint_id).bind(before.unwrap_or(i64::MAX)).fetch_all(pool).await)
}

/// "Send again": delivery `delivery_id` of endpoint `endpoint_id` (whatever became of it) starts
/// a new round of attempts now, with the same `webhook-id`. False when there is no such delivery
/// of that endpoint.
pub async fn send_again(db: &Db, endpoint_id: i64, delivery_id: i64) -> Result<bool, sqlx::Error> {
    let changed = with_db!(db, |pool| sqlx::query(
        "UPDATE webhook_deliveries SET next_attempt_at = $1, tries_left = $2, failed_at = NULL, delivered_at = NULL, claimed_at = NULL \
         WHERE id = $3 AND endpoint_id = $4"
    )
    .bind(Utc::now())
    .bind(ATTEMPTS_PER_ROUND)
    .bind(delivery_id)
    .bind(endpoint_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// What waits to be delivered, for monitoring (`/metrics`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Backlog {
    /// To be tried (now or later), endpoints turned off included.
    pub pending: i64,
    /// Of those, the ones whose last attempt failed.
    pub retrying: i64,
    /// Given up after a whole round of attempts, until someone sends them again.
    pub failed: i64,
}

/// Counts by the indexes on `next_attempt_at` and `failed_at`, so a scrape reads only the rows
/// that are not delivered.
pub async fn backlog(db: &Db) -> Result<Backlog, sqlx::Error> {
    let query = "SELECT \
           (SELECT COUNT(*) FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL) AS pending, \
           (SELECT COUNT(*) FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL AND last_error IS NOT NULL) AS retrying, \
           (SELECT COUNT(*) FROM webhook_deliveries WHERE failed_at IS NOT NULL AND next_attempt_at IS NULL) AS failed";
    with_db!(db, |pool| sqlx::query_as(query).fetch_one(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_complete_form_makes_an_endpoint_with_each_event_once() {
        let teams = vec!["waste".to_owned(), "parking".to_owned()];
        let form = fields(&[
            ("team", "waste"),
            ("url", "https://crm.example.org/hooks"),
            ("events", "request.submitted"),
            ("events", "request.status_changed"),
            ("events", "request.submitted"),
            ("events", "request.nonsense"),
        ]);
        let new = NewEndpoint::parse(&form, &teams, false).unwrap();
        assert_eq!(new.team, "waste");
        assert_eq!(new.target.as_str(), "https://crm.example.org/hooks");
        assert_eq!(new.events, vec![EventType::Submitted, EventType::StatusChanged]);
    }

    #[test]
    fn every_missing_or_wrong_field_is_named() {
        let teams = vec!["waste".to_owned()];
        let errors = NewEndpoint::parse(&fields(&[("team", "parking"), ("url", "ftp://x.example/")]), &teams, false).unwrap_err();
        assert_eq!(errors.get("team"), Some("webhooks-error-team"));
        assert_eq!(errors.get("url"), Some("webhooks-error-url-scheme"));
        assert_eq!(errors.get("events"), Some("webhooks-error-events"));
        let errors = NewEndpoint::parse(&fields(&[("team", "waste"), ("url", "http://127.0.0.1:9/"), ("events", "request.submitted")]), &teams, false).unwrap_err();
        assert_eq!(errors.iter().collect::<Vec<_>>(), vec![("url", "webhooks-error-url-private")]);
        assert!(NewEndpoint::parse(&fields(&[("team", "waste"), ("url", "http://127.0.0.1:9/"), ("events", "request.submitted")]), &teams, true).is_ok());
    }

    #[test]
    fn an_endpoint_receives_only_the_events_it_chose() {
        let endpoint = Endpoint {
            id: 1,
            team_id: "waste".into(),
            url: "https://x.example/".into(),
            events: "request.submitted request.information_supplied".into(),
            failures: 0,
            disabled_at: None,
            created_at: Utc::now(),
        };
        assert!(endpoint.receives(EventType::Submitted));
        assert!(endpoint.receives(EventType::InformationSupplied));
        assert!(!endpoint.receives(EventType::StatusChanged));
        assert_eq!(endpoint.event_types(), vec![EventType::Submitted, EventType::InformationSupplied]);
    }
}
