//! Account records and the rules around them: email addresses, single-use tokens for links
//! sent by email, and sign-in throttling. Plain functions over the database, called by the
//! thin handlers in `pages`.

use crate::tokens::{random_token, token_hash};
use crate::{
    db::{Db, Tx},
    with_db, with_tx,
};
use chrono::{DateTime, Duration, Utc};

/// The stored password hash of an account with no password (made by an identity provider): no
/// password matches it. Such a citizen proves it is them by signing in again with a provider.
pub const NO_PASSWORD: &str = "!";

/// Failed sign-ins allowed per account and per client address within [`THROTTLE_MINUTES`].
pub const THROTTLE_LIMIT: i64 = 5;
pub const THROTTLE_MINUTES: i64 = 15;

/// An email address as Portico keeps it: trimmed, lower-case, plausibly deliverable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailProblem {
    Missing,
    Invalid,
}

impl EmailProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Missing => "email-error-missing",
            Self::Invalid => "email-error-invalid",
        }
    }
}

impl EmailAddress {
    pub fn parse(text: &str) -> Result<Self, EmailProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmailProblem::Missing);
        }
        let (local, domain) = text.rsplit_once('@').ok_or(EmailProblem::Invalid)?;
        let valid = !local.is_empty()
            && local.len() <= 64
            && text.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"'))
            && !local.contains('@');
        if !valid {
            return Err(EmailProblem::Invalid);
        }
        Ok(Self(text.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Citizen {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub language: String,
}

const CITIZEN_COLUMNS: &str = "id, email, password_hash, email_verified_at, language";

pub async fn citizen_by_email(db: &Db, email: &EmailAddress) -> Result<Option<Citizen>, sqlx::Error> {
    let sql = format!("SELECT {CITIZEN_COLUMNS} FROM citizens WHERE email = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(email.as_str()).fetch_optional(pool).await)
}

pub async fn citizen_by_id(db: &Db, id: i64) -> Result<Option<Citizen>, sqlx::Error> {
    let sql = format!("SELECT {CITIZEN_COLUMNS} FROM citizens WHERE id = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// Creates an unverified citizen account and returns its id.
pub async fn insert_citizen(
    tx: &mut Tx,
    email: &EmailAddress,
    password_hash: &str,
    language: &str,
) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO citizens (email, password_hash, language, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id"
    )
    .bind(email.as_str())
    .bind(password_hash)
    .bind(language)
    .bind(now)
    .fetch_one(conn)
    .await)
}

pub async fn mark_verified(db: &Db, citizen_id: i64) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_db!(db, |pool| sqlx::query(
        "UPDATE citizens SET email_verified_at = COALESCE(email_verified_at, $1), updated_at = $1 WHERE id = $2"
    )
    .bind(now)
    .bind(citizen_id)
    .execute(pool)
    .await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_citizen_password(tx: &mut Tx, citizen_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |conn| sqlx::query("UPDATE citizens SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(now)
        .bind(citizen_id)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_citizen_email(tx: &mut Tx, citizen_id: i64, email: &str) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE citizens SET email = $1, email_verified_at = $2, updated_at = $2 WHERE id = $3"
    )
    .bind(email)
    .bind(now)
    .bind(citizen_id)
    .execute(conn)
    .await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn set_citizen_language(db: &Db, citizen_id: i64, language: &str) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_db!(db, |pool| sqlx::query("UPDATE citizens SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(language)
        .bind(now)
        .bind(citizen_id)
        .execute(pool)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// What a link sent by email allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
    StaffPassword,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::ResetPassword => "reset_password",
            Self::ChangeEmail => "change_email",
            Self::StaffPassword => "staff_password",
        }
    }

    /// How long a link works.
    pub fn lifetime(self) -> Duration {
        match self {
            Self::VerifyEmail | Self::ChangeEmail => Duration::hours(24),
            Self::ResetPassword => Duration::hours(1),
            Self::StaffPassword => Duration::hours(72),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    Citizen,
    Staff,
}

impl AccountKind {
    /// As stored with tokens; also the scope of sign-in throttling, so that failures at one
    /// sign-in page never throttle the other.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Citizen => "citizen",
            Self::Staff => "staff",
        }
    }
}

/// Issues a single-use token and returns it; only its hash is stored.
pub async fn issue_token(
    tx: &mut Tx,
    purpose: Purpose,
    kind: AccountKind,
    account_id: i64,
    new_email: Option<&str>,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    let now = Utc::now();
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO account_tokens (token_hash, purpose, account_kind, account_id, new_email, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(token_hash(&token))
    .bind(purpose.as_str())
    .bind(kind.as_str())
    .bind(account_id)
    .bind(new_email)
    .bind(now + purpose.lifetime())
    .bind(now)
    .execute(conn)
    .await.map(|r| r.rows_affected()))?;
    Ok(token)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UsedToken {
    pub account_id: i64,
    pub new_email: Option<String>,
}

/// Uses a token: it works once, before it expires, for its purpose only.
pub async fn use_token(tx: &mut Tx, token: &str, purpose: Purpose, kind: AccountKind) -> Result<Option<UsedToken>, sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |conn| sqlx::query_as(
        "UPDATE account_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND account_kind = $4 AND used_at IS NULL AND expires_at > $1 \
         RETURNING account_id, new_email"
    )
    .bind(now)
    .bind(token_hash(token))
    .bind(purpose.as_str())
    .bind(kind.as_str())
    .fetch_optional(conn)
    .await)
}

/// Whether a token would work, without using it (to show the form it leads to).
pub async fn token_is_valid(db: &Db, token: &str, purpose: Purpose, kind: AccountKind) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let found: Option<i64> = with_db!(db, |pool| sqlx::query_scalar(
        "SELECT account_id FROM account_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND account_kind = $3 AND used_at IS NULL AND expires_at > $4"
    )
    .bind(token_hash(token))
    .bind(purpose.as_str())
    .bind(kind.as_str())
    .bind(now)
    .fetch_optional(pool)
    .await)?;
    Ok(found.is_some())
}

/// The keys a sign-in attempt is throttled by: the account and the client address.
pub fn throttle_keys(scope: &str, email: &str, client: &str) -> [String; 2] {
    [format!("{scope}:account:{}", email.trim().to_lowercase()), format!("{scope}:client:{client}")]
}

/// Whether any key has had too many recent failures.
pub async fn is_throttled(db: &Db, keys: &[String]) -> Result<bool, sqlx::Error> {
    let since = Utc::now() - Duration::minutes(THROTTLE_MINUTES);
    for key in keys {
        let count: i64 = with_db!(db, |pool| sqlx::query_scalar(
            "SELECT COUNT(*) FROM sign_in_failures WHERE throttle_key = $1 AND failed_at > $2"
        )
        .bind(key)
        .bind(since)
        .fetch_one(pool)
        .await)?;
        if count >= THROTTLE_LIMIT {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn record_failure(db: &Db, keys: &[String]) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    for key in keys {
        with_db!(db, |pool| sqlx::query("INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES ($1, $2)")
            .bind(key)
            .bind(now)
            .execute(pool)
            .await.map(|r| r.rows_affected()))?;
    }
    // Old rows serve no purpose; keep the table small.
    let old = now - Duration::hours(24);
    with_db!(db, |pool| sqlx::query("DELETE FROM sign_in_failures WHERE failed_at < $1").bind(old).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A successful sign-in forgives the account's failures (not the client's).
pub async fn clear_failures(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1").bind(key).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_trimmed_and_lower_cased() {
        assert_eq!(EmailAddress::parse("  Ann.Jones@Example.ORG ").unwrap().as_str(), "ann.jones@example.org");
    }

    #[test]
    fn implausible_email_addresses_are_refused() {
        assert_eq!(EmailAddress::parse(" ").unwrap_err(), EmailProblem::Missing);
        for bad in ["ann", "ann@", "@example.org", "ann@example", "ann jones@example.org", "ann@example..org", "a<b>@x.org"] {
            assert_eq!(EmailAddress::parse(bad).unwrap_err(), EmailProblem::Invalid, "{bad}");
        }
    }

    #[test]
    fn throttle_keys_cover_the_account_and_the_client() {
        let keys = throttle_keys("citizen", " Ann@Example.org", "10.0.0.1");
        assert_eq!(keys, ["citizen:account:ann@example.org".to_owned(), "citizen:client:10.0.0.1".to_owned()]);
    }
}
