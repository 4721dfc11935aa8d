//! Delivery: a worker claims the deliveries that are due, signs and posts each, and records the
//! outcome. A failure is tried again after an exponential backoff with jitter, capped; a delivery
//! whose round of attempts is used up is given up ("failed", until someone sends it again). An
//! endpoint that keeps failing is disabled, and its team's admins are emailed through the outbox
//! in the same transaction.
//!
//! Several instances can run the worker at once: a claim (`claimed_at`) is taken by one of them,
//! and a claim older than five minutes (its instance stopped mid-delivery) is taken again. So
//! delivery is at least once; the `webhook-id` lets receivers drop a repeat.

use super::{
    signature::Secret,
    store::{self},
    target::{PublicOnly, Target},
};
use crate::{
    db::{Db, Tx},
    email::{Email, Outbox},
    i18n::{I18n, LiveCatalog},
    t, with_db, with_tx,
};
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use std::sync::Arc;

/// The first retry waits about this long; each next one twice as long…
pub const FIRST_RETRY_SECONDS: i64 = 30;
/// …up to this.
pub const MAX_RETRY_SECONDS: i64 = 6 * 60 * 60;
/// Failed attempts in a row (over all its deliveries) that disable an endpoint. A delivery given
/// up after its whole round of attempts disables it too.
pub const DISABLE_AFTER_FAILURES: i64 = 20;
/// How long a receiver has to answer.
pub const TIMEOUT_SECONDS: u64 = 10;

/// How long to wait after failed attempt number `attempt` (1 for the first): `FIRST_RETRY_SECONDS
/// · 2^(attempt-1)`, capped at `MAX_RETRY_SECONDS`, of which the second half is random ("equal
/// jitter", `jitter` in 0..=1), so that endpoints that failed together are not retried together.
pub fn backoff(attempt: i64, jitter: f64) -> Duration {
    let exponent = attempt.clamp(1, 30) - 1;
    let full = FIRST_RETRY_SECONDS.saturating_mul(1_i64 << exponent).min(MAX_RETRY_SECONDS);
    let jitter = jitter.clamp(0.0, 1.0);
    Duration::milliseconds(full * 500 + (full as f64 * 500.0 * jitter) as i64)
}

/// What the worker needs: the HTTP client, and the words for the admins' email.
#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    allow_private: bool,
    catalog: Arc<LiveCatalog>,
    public_url: String,
}

impl Sender {
    pub fn new(allow_private: bool, catalog: Arc<LiveCatalog>, public_url: &str) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(TIMEOUT_SECONDS))
            .connect_timeout(std::time::Duration::from_secs(5))
            // A redirect could lead to an address that was never checked: a 3xx is a failure.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(Arc::new(PublicOnly { allow_private }))
            .user_agent(concat!("Portico-Webhooks/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("webhooks: cannot build the HTTP client: {e}"))?;
        Ok(Self { client, allow_private, catalog, public_url: public_url.trim_end_matches('/').to_owned() })
    }

    pub fn from_state(state: &crate::web::AppState) -> Result<Self, String> {
        Self::new(state.config.webhooks_allow_private, state.catalog.clone(), &state.config.public_url)
    }
}

/// Starts the delivery worker: it runs when woken (`Outbox::wake`) and every five seconds.
pub fn spawn_worker(db: Db, sender: Sender, outbox: Outbox) {
    tokio::spawn(async move {
        let notify = outbox.webhooks_signal();
        loop {
            match deliver_due(&db, &sender, &outbox, Utc::now()).await {
                Ok(0) => {}
                Ok(_) => continue,
                Err(error) => tracing::warn!(%error, "webhooks: could not read pending deliveries"),
            }
            tokio::select! {
                _ = notify.notified() => {},
                _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {},
            }
        }
    });
}

#[derive(sqlx::FromRow)]
struct Claimed {
    id: i64,
    endpoint_id: i64,
    message_id: String,
    payload: String,
    attempts: i64,
    tries_left: i64,
}

/// What one attempt came to.
#[derive(Debug)]
struct Outcome {
    status: Option<i64>,
    error: Option<String>,
}

/// Claims the deliveries due at `now` and sends them; returns how many it tried.
pub async fn deliver_due(db: &Db, sender: &Sender, outbox: &Outbox, now: DateTime<Utc>) -> Result<usize, sqlx::Error> {
    let stale = now - Duration::minutes(5);
    let claim = "UPDATE webhook_deliveries SET claimed_at = $1, attempts = attempts + 1, tries_left = tries_left - 1, last_attempt_at = $1 \
         WHERE (claimed_at IS NULL OR claimed_at < $2) AND next_attempt_at IS NOT NULL AND next_attempt_at <= $1 \
           AND id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
                      WHERE d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= $1 AND e.disabled_at IS NULL \
                        AND (d.claimed_at IS NULL OR d.claimed_at < $2) ORDER BY d.next_attempt_at, d.id LIMIT 20) \
         RETURNING id, endpoint_id, message_id, payload, attempts, tries_left";
    let mut batch: Vec<Claimed> = with_db!(db, |pool| sqlx::query_as(claim).bind(now).bind(stale).fetch_all(pool).await)?;
    // RETURNING keeps no order on PostgreSQL: send in the order the events were queued.
    batch.sort_by_key(|d| d.id);
    let count = batch.len();
    // Each endpoint's deliveries in order, the endpoints side by side: one slow receiver (up to
    // `TIMEOUT_SECONDS` an attempt) holds up only itself.
    let mut by_endpoint: Vec<Vec<Claimed>> = Vec::new();
    for delivery in batch {
        match by_endpoint.iter_mut().find(|group| group[0].endpoint_id == delivery.endpoint_id) {
            Some(group) => group.push(delivery),
            None => by_endpoint.push(vec![delivery]),
        }
    }
    let mut running = tokio::task::JoinSet::new();
    for group in by_endpoint {
        let (db, sender) = (db.clone(), sender.clone());
        running.spawn(async move {
            let mut told = false;
            for delivery in group {
                let outcome = attempt(&db, &sender, &delivery).await?;
                told |= record(&db, &sender, &delivery, &outcome, now).await?;
            }
            Ok::<bool, sqlx::Error>(told)
        });
    }
    let mut told = false;
    let mut failed = None;
    while let Some(done) = running.join_next().await {
        match done {
            Ok(Ok(t)) => told |= t,
            Ok(Err(error)) => failed = Some(error),
            Err(panic) => failed = Some(sqlx::Error::Protocol(format!("webhook delivery task: {panic}"))),
        }
    }
    if told {
        outbox.wake();
    }
    match failed {
        Some(error) => Err(error),
        None => Ok(count),
    }
}

/// Signs and posts one delivery.
async fn attempt(db: &Db, sender: &Sender, delivery: &Claimed) -> Result<Outcome, sqlx::Error> {
    let Some(endpoint) = store::endpoint(db, delivery.endpoint_id).await? else {
        return Ok(Outcome { status: None, error: Some("the endpoint is gone".into()) });
    };
    let Some(secret) = store::secret_of(db, endpoint.id).await? else {
        return Ok(Outcome { status: None, error: Some("the endpoint's secret cannot be read".into()) });
    };
    // Checked again: the operator's setting may have changed since the address was saved.
    let target = match Target::parse(&endpoint.url, sender.allow_private) {
        Ok(target) => target,
        Err(_) => return Ok(Outcome { status: None, error: Some("the address is not allowed".into()) }),
    };
    Ok(post(&sender.client, &target, &secret, &delivery.message_id, &delivery.payload).await)
}

async fn post(client: &reqwest::Client, target: &Target, secret: &Secret, id: &str, body: &str) -> Outcome {
    // The signing time is the real one (receivers refuse stale timestamps), whatever the
    // scheduler's clock says.
    let timestamp = Utc::now().timestamp();
    let response = client
        .post(target.url().clone())
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", secret.sign(id, timestamp, body))
        .body(body.to_owned())
        .send()
        .await;
    match response {
        Ok(response) if response.status().is_success() => Outcome { status: Some(response.status().as_u16().into()), error: None },
        Ok(response) => {
            let status = response.status();
            Outcome { status: Some(status.as_u16().into()), error: Some(format!("the receiver answered {status}")) }
        }
        Err(error) => Outcome { status: None, error: Some(describe(&error)) },
    }
}

/// A failure in a few words for the log (reqwest's own text names the address, which the page
/// shows anyway, and its causes).
fn describe(error: &reqwest::Error) -> String {
    let what = if error.is_timeout() {
        "no answer in time"
    } else if error.is_connect() {
        "cannot connect"
    } else {
        "the request failed"
    };
    let mut cause = String::new();
    let mut source = std::error::Error::source(error);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    let text = if cause.is_empty() { what.to_owned() } else { format!("{what}: {cause}") };
    text.chars().take(300).collect()
}

/// Records the outcome; true when an endpoint was disabled just now (so an email is waiting).
async fn record(db: &Db, sender: &Sender, delivery: &Claimed, outcome: &Outcome, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    if outcome.error.is_none() {
        with_tx!(&mut tx, |conn| sqlx::query(
            "UPDATE webhook_deliveries SET claimed_at = NULL, next_attempt_at = NULL, delivered_at = $1, failed_at = NULL, last_status = $2, last_error = NULL WHERE id = $3"
        )
        .bind(now)
        .bind(outcome.status)
        .bind(delivery.id)
        .execute(conn)
        .await
        .map(|_| ()))?;
        with_tx!(&mut tx, |conn| sqlx::query("UPDATE webhook_endpoints SET failures = 0 WHERE id = $1")
            .bind(delivery.endpoint_id)
            .execute(conn)
            .await
            .map(|_| ()))?;
        tx.commit().await?;
        return Ok(false);
    }
    let given_up = delivery.tries_left <= 0;
    let next = (!given_up).then(|| now + backoff(delivery.attempts, rand::thread_rng().gen_range(0.0..=1.0)));
    tracing::warn!(delivery = delivery.id, endpoint = delivery.endpoint_id, status = outcome.status, given_up, "webhooks: delivery failed");
    with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE webhook_deliveries SET claimed_at = NULL, next_attempt_at = $1, failed_at = $2, last_status = $3, last_error = $4 WHERE id = $5"
    )
    .bind(next)
    .bind(given_up.then_some(now))
    .bind(outcome.status)
    .bind(&outcome.error)
    .bind(delivery.id)
    .execute(conn)
    .await
    .map(|_| ()))?;
    let (failures, disabled, team, url): (i64, Option<DateTime<Utc>>, String, String) = with_tx!(&mut tx, |conn| sqlx::query_as(
        "UPDATE webhook_endpoints SET failures = failures + 1 WHERE id = $1 RETURNING failures, disabled_at, team_id, url"
    )
    .bind(delivery.endpoint_id)
    .fetch_one(conn)
    .await)?;
    let disable = disabled.is_none() && (given_up || failures >= DISABLE_AFTER_FAILURES);
    if disable {
        with_tx!(&mut tx, |conn| sqlx::query("UPDATE webhook_endpoints SET disabled_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(delivery.endpoint_id)
            .execute(conn)
            .await
            .map(|_| ()))?;
        tracing::warn!(endpoint = delivery.endpoint_id, failures, "webhooks: endpoint disabled after failing");
        tell_admins(&mut tx, sender, delivery.endpoint_id, &team, &url).await?;
    }
    tx.commit().await?;
    Ok(disable)
}

/// Emails the team's admins (every admin, when the team has none) that the endpoint is disabled.
async fn tell_admins(tx: &mut Tx, sender: &Sender, endpoint: i64, team: &str, url: &str) -> Result<(), sqlx::Error> {
    let in_team: Vec<(String, String)> = with_tx!(tx, |conn| sqlx::query_as(
        "SELECT email, language FROM staff WHERE role = 'admin' AND disabled_at IS NULL \
         AND id IN (SELECT staff_id FROM team_members WHERE team_id = $1) ORDER BY id"
    )
    .bind(team)
    .fetch_all(conn)
    .await)?;
    let admins: Vec<(String, String)> = if in_team.is_empty() {
        with_tx!(tx, |conn| sqlx::query_as("SELECT email, language FROM staff WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id")
            .fetch_all(conn)
            .await)?
    } else {
        in_team
    };
    let catalog = sender.catalog.get();
    let link = format!("{}/staff/admin/webhooks/{endpoint}", sender.public_url);
    for (email, language) in admins {
        let i = I18n::for_code(catalog.clone(), &language);
        let body = format!(
            "{}\n\n{}\n{link}\n\n-- \n{}",
            t!(i, "webhooks-email-disabled-body", url = url.to_owned(), team = team.to_owned()),
            i.t("webhooks-email-disabled-link"),
            i.t("email-signature"),
        );
        let message = Email { kind: "webhook-disabled", to: email, subject: t!(i, "webhooks-email-disabled-subject", team = team.to_owned()), body };
        crate::email::enqueue(tx, &message).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_thirty_seconds_and_stops_at_six_hours() {
        let at_most = |n| backoff(n, 1.0).num_seconds();
        let at_least = |n| backoff(n, 0.0).num_seconds();
        assert_eq!([at_most(1), at_most(2), at_most(3), at_most(4)], [30, 60, 120, 240]);
        assert_eq!([at_least(1), at_least(2), at_least(3)], [15, 30, 60]);
        assert_eq!(at_most(12), MAX_RETRY_SECONDS);
        assert_eq!(at_most(1000), MAX_RETRY_SECONDS, "no overflow however many attempts");
        assert_eq!(at_most(0), 30);
        assert_eq!(at_most(-5), 30);
    }

    #[test]
    fn jitter_spreads_retries_within_the_second_half() {
        for n in 1..15 {
            let full = backoff(n, 1.0);
            let half = backoff(n, 0.0);
            let middle = backoff(n, 0.5);
            assert!(half * 2 == full || (full - half * 2).num_milliseconds().abs() <= 1, "{n}");
            assert!(half < middle && middle < full, "{n}");
            assert_eq!(backoff(n, 7.0), full, "jitter is clamped");
        }
    }
}
