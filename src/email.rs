//! Email: everything Portico sends goes into the `outbox` table, in the same transaction as the
//! change that caused it, and a worker delivers it with retries. Nothing acknowledged is lost if
//! the process stops between the two.
//!
//! Delivery is SMTP when `PORTICO_SMTP_URL` is set. Otherwise each message is written as a text
//! file to the development outbox folder (`PORTICO_OUTBOX_DIR`, default `outbox/`) and to the log
//! at info level, so that every flow works locally and in tests without a mail server.

use crate::{
    db::{Db, Tx},
    with_db, with_tx,
};
use chrono::{DateTime, Duration, Utc};
use std::{path::PathBuf, sync::Arc};
use tokio::sync::Notify;

/// A message ready to send: already in the recipient's language.
#[derive(Clone, Debug)]
pub struct Email {
    /// What the message is for, e.g. `verify-email`; for operators and tests, never shown.
    pub kind: &'static str,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Adds `email` to the outbox as part of `tx`.
pub async fn enqueue(tx: &mut Tx, email: &Email) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO outbox (kind, recipient, subject, body, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, 0, $5, $5)",
        )
        .bind(email.kind)
        .bind(&email.to)
        .bind(&email.subject)
        .bind(&email.body)
        .bind(now)
        .execute(conn)
        .await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// How messages leave.
#[derive(Clone)]
pub enum Transport {
    Smtp { mailer: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>, from: lettre::message::Mailbox },
    Folder(PathBuf),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp { .. } => f.write_str("Transport::Smtp"),
            Self::Folder(dir) => write!(f, "Transport::Folder({})", dir.display()),
        }
    }
}

impl Transport {
    pub fn from_config(config: &crate::config::Config) -> Result<Self, String> {
        match &config.smtp_url {
            Some(url) => {
                let mailer = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("PORTICO_SMTP_URL: {e}"))?
                    .build();
                let from = config
                    .mail_from
                    .parse()
                    .map_err(|_| format!("PORTICO_MAIL_FROM: '{}' is not a mailbox", config.mail_from))?;
                Ok(Self::Smtp { mailer, from })
            }
            None => Ok(Self::Folder(config.outbox_dir.clone())),
        }
    }
}

#[derive(sqlx::FromRow)]
struct Pending {
    id: i64,
    kind: String,
    recipient: String,
    subject: String,
    body: String,
    attempts: i64,
    created_at: DateTime<Utc>,
}

impl Pending {
    /// The same on every attempt: delivery is at least once (a crash between sending and marking
    /// sent means a second send after the claim goes stale), so receivers can drop the repeat.
    fn message_id(&self, domain: &str) -> String {
        format!("<outbox.{}.{}@{domain}>", self.id, self.created_at.timestamp_micros())
    }
}

/// Wakes the workers as soon as something is queued (they also poll, for other instances'
/// messages): the email worker here and the webhook worker (`webhooks::worker`).
#[derive(Clone, Debug, Default)]
pub struct Outbox {
    notify: Arc<Notify>,
    webhooks: Arc<Notify>,
}

impl Outbox {
    pub fn wake(&self) {
        self.notify.notify_one();
        self.webhooks.notify_one();
    }

    /// What wakes the webhook worker.
    pub fn webhooks_signal(&self) -> Arc<Notify> {
        self.webhooks.clone()
    }

    /// Starts the delivery worker.
    pub fn spawn_worker(&self, db: Db, transport: Transport) {
        let notify = self.notify.clone();
        tokio::spawn(async move {
            loop {
                match deliver_due(&db, &transport).await {
                    Ok(0) => {}
                    Ok(_) => continue,
                    Err(error) => tracing::warn!(%error, "outbox: could not read pending messages"),
                }
                tokio::select! {
                    _ = notify.notified() => {},
                    _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {},
                }
            }
        });
    }
}

/// Claims and sends the messages that are due. Claiming sets `claimed_at`, so that two instances
/// never send the same message; a claim older than five minutes is considered abandoned.
pub async fn deliver_due(db: &Db, transport: &Transport) -> Result<usize, sqlx::Error> {
    let now = Utc::now();
    let stale: DateTime<Utc> = now - Duration::minutes(5);
    let claim = "UPDATE outbox SET claimed_at = $1, attempts = attempts + 1 \
         WHERE sent_at IS NULL AND next_attempt_at <= $1 AND attempts < 10 \
           AND (claimed_at IS NULL OR claimed_at < $2) \
           AND id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 AND attempts < 10 \
                      AND (claimed_at IS NULL OR claimed_at < $2) ORDER BY id LIMIT 20) \
         RETURNING id, kind, recipient, subject, body, attempts, created_at";
    let batch: Vec<Pending> =
        with_db!(db, |pool| sqlx::query_as(claim).bind(now).bind(stale).fetch_all(pool).await)?;
    let count = batch.len();
    for message in batch {
        match send(transport, &message).await {
            Ok(()) => {
                with_db!(db, |pool| sqlx::query("UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2")
                    .bind(Utc::now())
                    .bind(message.id)
                    .execute(pool)
                    .await.map(|r| r.rows_affected()))?;
            }
            Err(error) => {
                // Back off: 1, 4, 9, 16 … minutes.
                let retry = Utc::now() + Duration::minutes(message.attempts * message.attempts);
                tracing::warn!(id = message.id, kind = %message.kind, %error, "outbox: delivery failed; will retry");
                with_db!(db, |pool| sqlx::query(
                    "UPDATE outbox SET claimed_at = NULL, next_attempt_at = $1, last_error = $2 WHERE id = $3"
                )
                .bind(retry)
                .bind(&error)
                .bind(message.id)
                .execute(pool)
                .await.map(|r| r.rows_affected()))?;
            }
        }
    }
    Ok(count)
}

/// What the outbox holds that is not sent yet, for monitoring (`/metrics`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Backlog {
    /// Not sent, and still to be tried (or being tried now).
    pub pending: i64,
    /// Of those, the ones whose last attempt failed.
    pub retrying: i64,
    /// Given up on: every attempt made, none of them delivered.
    pub failed: i64,
    /// When the oldest pending message was queued.
    pub oldest_pending: Option<DateTime<Utc>>,
}

/// Counts the outbox's unsent messages in one pass over them (the `outbox_pending` index starts
/// at `sent_at`), so a scrape stays cheap however many messages were ever sent.
pub async fn backlog(db: &Db) -> Result<Backlog, sqlx::Error> {
    // Matches `deliver_due`: a message is given up on after its tenth attempt has failed.
    let query = "SELECT \
           COALESCE(SUM(CASE WHEN attempts < 10 OR claimed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS pending, \
           COALESCE(SUM(CASE WHEN (attempts < 10 OR claimed_at IS NOT NULL) AND last_error IS NOT NULL THEN 1 ELSE 0 END), 0) AS retrying, \
           COALESCE(SUM(CASE WHEN attempts >= 10 AND claimed_at IS NULL THEN 1 ELSE 0 END), 0) AS failed, \
           MIN(CASE WHEN attempts < 10 OR claimed_at IS NOT NULL THEN created_at END) AS oldest_pending \
         FROM outbox WHERE sent_at IS NULL";
    with_db!(db, |pool| sqlx::query_as(query).fetch_one(pool).await)
}

async fn send(transport: &Transport, message: &Pending) -> Result<(), String> {
    match transport {
        Transport::Smtp { mailer, from } => {
            use lettre::AsyncTransport;
            let email = smtp_message(from, &message.recipient, &message.subject, &message.body, &message.message_id(from.email.domain()))?;
            mailer.send(email).await.map(|_| ()).map_err(|e| e.to_string())
        }
        Transport::Folder(dir) => {
            tokio::fs::create_dir_all(dir).await.map_err(|e| e.to_string())?;
            let path = dir.join(format!("{:06}-{}.txt", message.id, message.kind));
            let text = folder_text(&message.recipient, &message.subject, &message.body, &message.message_id("outbox.portico.invalid"))?;
            tokio::fs::write(&path, text).await.map_err(|e| e.to_string())?;
            // Development only: the body holds the links a developer needs; the address stays out of the log.
            tracing::info!(id = message.id, kind = %message.kind, file = %path.display(), subject = %message.subject, body = %message.body, "development outbox: message written");
            Ok(())
        }
    }
}

/// A subject on one line: a line break in it (from a service's title, say) could otherwise start a
/// header of its own. Breaks become spaces.
fn one_line(subject: &str) -> String {
    subject.split(['\r', '\n']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The message as SMTP sends it: plain text only (no HTML part, so nothing in it needs escaping),
/// the recipient parsed as a mailbox (a line break is not one), the subject on one line.
fn smtp_message(from: &lettre::message::Mailbox, to: &str, subject: &str, body: &str, message_id: &str) -> Result<lettre::Message, String> {
    let to: lettre::message::Mailbox = to.parse().map_err(|_| "recipient is not a mailbox".to_owned())?;
    lettre::Message::builder()
        .from(from.clone())
        .to(to)
        .subject(one_line(subject))
        .message_id(Some(message_id.to_owned()))
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(body.to_owned())
        .map_err(|e| e.to_string())
}

/// The development outbox's file: the same checks as SMTP, so a message that could not be sent
/// is not written either.
fn folder_text(to: &str, subject: &str, body: &str, message_id: &str) -> Result<String, String> {
    if to.contains(['\r', '\n']) {
        return Err("recipient is not a mailbox".to_owned());
    }
    Ok(format!("To: {to}\nSubject: {}\nMessage-ID: {message_id}\n\n{body}\n", one_line(subject)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INJECTED: &str = "Your request\r\nBcc: evil@example.org\nX-Injected: yes";

    /// The header lines of a message (everything before the first empty line).
    fn headers(message: &str) -> Vec<String> {
        message.split("\r\n\r\n").next().unwrap_or_default().split("\r\n").map(str::to_owned).collect()
    }

    #[test]
    fn a_line_break_in_a_subject_cannot_add_a_header() {
        let from: lettre::message::Mailbox = "Portico <no-reply@portico.example>".parse().unwrap();
        let message = smtp_message(&from, "ann@example.org", INJECTED, "Hello", "<1@x>").unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        let headers = headers(&text);
        assert!(!headers.iter().any(|h| h.starts_with("Bcc:") || h.starts_with("X-Injected:")), "{text}");
        assert!(headers.iter().any(|h| h.starts_with("Content-Type: text/plain")), "plain text only: {text}");

        let file = folder_text("ann@example.org", INJECTED, "Hello", "<1@x>").unwrap();
        assert!(!file.lines().any(|l| l.starts_with("Bcc:") || l.starts_with("X-Injected:")), "{file}");
        assert!(file.starts_with("To: ann@example.org\nSubject: Your request Bcc: evil@example.org X-Injected: yes\nMessage-ID: <1@x>\n\n"), "{file}");
    }

    #[test]
    fn a_recipient_with_a_line_break_is_not_sent_to() {
        let from: lettre::message::Mailbox = "Portico <no-reply@portico.example>".parse().unwrap();
        for to in ["ann@example.org\r\nBcc: evil@example.org", "ann@example.org\nBcc: evil@example.org"] {
            assert!(smtp_message(&from, to, "Hi", "Hello", "<1@x>").is_err(), "{to:?}");
            assert!(folder_text(to, "Hi", "Hello", "<1@x>").is_err(), "{to:?}");
        }
    }
}
