//! API keys: made and revoked by admins (`pages`), shown once, kept only as the SHA-256 of the
//! secret (the secret is 256 random bits, so no salt or slow hash is needed), scoped to teams
//! and to reading or reading and writing, with an expiry, a last-used time and a number of calls
//! per minute. [`authenticate`] checks a presented secret and counts the call in the same write
//! that notes its use, so the limit holds across every instance sharing the database.

use crate::{casework::store::KeyActor, db::Db, tokens, with_db, with_tx};
use chrono::{DateTime, Duration, Utc};

/// Every secret starts with this, so a leaked one is easy to recognise (and to scan for).
pub const SECRET_PREFIX: &str = "portico_";

/// Calls per minute of a new key.
pub const DEFAULT_PER_MINUTE: i64 = 600;

/// What a key may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Read,
    ReadWrite,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::ReadWrite => "read_write",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Read, Self::ReadWrite].into_iter().find(|s| s.as_str() == text)
    }
}

/// A key as the admin page lists it (never its secret).
#[derive(Clone, Debug)]
pub struct KeyInfo {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub scope: Scope,
    pub teams: Vec<String>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl KeyInfo {
    pub fn usable(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && self.expires_at > now
    }
}

/// The caller of an API route: the key, what it may do, and for whom it acts.
#[derive(Clone, Debug)]
pub struct Caller {
    pub key: KeyActor,
    pub scope: Scope,
}

/// Why a key could not be made.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("a key needs a name of up to 100 characters")]
    Name,
    #[error("a key needs at least one team that exists")]
    Teams,
    #[error("a key needs an expiry between 1 and 730 days")]
    Expiry,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// A new secret: the prefix and 256 random bits.
pub fn new_secret() -> String {
    format!("{SECRET_PREFIX}{}", tokens::random_token())
}

/// The part of a secret shown in lists: its prefix and first characters.
pub fn shown_part(secret: &str) -> String {
    secret.chars().take(SECRET_PREFIX.len() + 6).collect()
}

/// Makes a key; returns its id and its secret, which is never stored or shown again.
pub async fn create(db: &Db, name: &str, teams: &[String], scope: Scope, days: i64, by: Option<i64>) -> Result<(i64, String), KeyError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(KeyError::Name);
    }
    if !(1..=730).contains(&days) {
        return Err(KeyError::Expiry);
    }
    let known: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT id FROM teams").fetch_all(pool).await)?;
    let mut teams: Vec<String> = teams.iter().filter(|t| known.contains(t)).cloned().collect();
    teams.sort();
    teams.dedup();
    if teams.is_empty() {
        return Err(KeyError::Teams);
    }
    let secret = new_secret();
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO api_keys (name, prefix, secret_hash, scope, expires_at, per_minute, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id"
    )
    .bind(name)
    .bind(shown_part(&secret))
    .bind(tokens::token_hash(&secret))
    .bind(scope.as_str())
    .bind(now + Duration::days(days))
    .bind(DEFAULT_PER_MINUTE)
    .bind(by)
    .bind(now)
    .fetch_one(conn)
    .await)?;
    for team in &teams {
        with_tx!(&mut tx, |conn| sqlx::query("INSERT INTO api_key_teams (key_id, team_id) VALUES ($1, $2)")
            .bind(id)
            .bind(team)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
    }
    let data = serde_json::json!({ "name": name, "teams": teams, "scope": scope.as_str(), "days": days });
    crate::audit::chain::admin_event(&mut tx, by, "api_key_created", &format!("api_key:{id}"), data).await?;
    tx.commit().await?;
    Ok((id, secret))
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: i64,
    name: String,
    prefix: String,
    scope: String,
    expires_at: DateTime<Utc>,
    revoked_at: Option<DateTime<Utc>>,
    last_used_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

async fn teams_of(db: &Db, key: i64) -> Result<Vec<String>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_scalar("SELECT team_id FROM api_key_teams WHERE key_id = $1 ORDER BY team_id").bind(key).fetch_all(pool).await)
}

/// Every key, newest first.
pub async fn list(db: &Db) -> Result<Vec<KeyInfo>, sqlx::Error> {
    let rows: Vec<KeyRow> = with_db!(db, |pool| sqlx::query_as(
        "SELECT id, name, prefix, scope, expires_at, revoked_at, last_used_at, created_at FROM api_keys ORDER BY id DESC"
    )
    .fetch_all(pool)
    .await)?;
    let mut keys = Vec::with_capacity(rows.len());
    for row in rows {
        let teams = teams_of(db, row.id).await?;
        keys.push(KeyInfo {
            id: row.id,
            name: row.name,
            prefix: row.prefix,
            scope: Scope::parse(&row.scope).unwrap_or(Scope::Read),
            teams,
            expires_at: row.expires_at,
            revoked_at: row.revoked_at,
            last_used_at: row.last_used_at,
            created_at: row.created_at,
        });
    }
    Ok(keys)
}

/// Sets how many calls per minute key `id` may make (at least 1); `by` (none: the command line)
/// is recorded in the audit chain.
pub async fn set_per_minute(db: &Db, id: i64, per_minute: i64, by: Option<i64>) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| sqlx::query("UPDATE api_keys SET per_minute = $1, updated_at = $2 WHERE id = $3")
        .bind(per_minute.max(1))
        .bind(Utc::now())
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    crate::audit::chain::admin_event(&mut tx, by, "api_key_limited", &format!("api_key:{id}"), serde_json::json!({ "per_minute": per_minute.max(1) })).await?;
    tx.commit().await
}

/// Revokes key `id` at once (for every instance: each call reads the key). False if there is no
/// such key or it was revoked already.
pub async fn revoke(db: &Db, id: i64, by: Option<i64>) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| sqlx::query("UPDATE api_keys SET revoked_at = $1, updated_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(conn)
        .await
        .map(|r| r.rows_affected()))?;
    if changed > 0 {
        crate::audit::chain::admin_event(&mut tx, by, "api_key_revoked", &format!("api_key:{id}"), serde_json::json!({})).await?;
    }
    tx.commit().await?;
    Ok(changed > 0)
}

/// What a presented secret turned out to be.
#[derive(Debug)]
pub enum Checked {
    Valid(Caller),
    /// Unknown, expired or revoked: the caller is told no more than that.
    Invalid,
    /// A valid key over its calls per minute: try again after this many seconds.
    Limited(u64),
}

/// The calls of one key in one minute: the window starts with its first call.
const WINDOW_SECONDS: i64 = 60;

/// Checks `secret` and counts the call (which also notes the key's last use).
pub async fn authenticate(db: &Db, secret: &str, now: DateTime<Utc>) -> Result<Checked, sqlx::Error> {
    if !secret.starts_with(SECRET_PREFIX) || secret.len() > 200 {
        return Ok(Checked::Invalid);
    }
    let row: Option<(i64, String, String, DateTime<Utc>, Option<DateTime<Utc>>, i64)> = with_db!(db, |pool| sqlx::query_as(
        "SELECT id, name, scope, expires_at, revoked_at, per_minute FROM api_keys WHERE secret_hash = $1"
    )
    .bind(tokens::token_hash(secret))
    .fetch_optional(pool)
    .await)?;
    let Some((id, name, scope, expires_at, revoked_at, per_minute)) = row else { return Ok(Checked::Invalid) };
    if revoked_at.is_some() || expires_at <= now {
        return Ok(Checked::Invalid);
    }
    // One write counts the call and notes the use; every expression sees the row as it was.
    let window_over = now - Duration::seconds(WINDOW_SECONDS);
    let (calls, started): (i64, DateTime<Utc>) = with_db!(db, |pool| sqlx::query_as(
        "UPDATE api_keys SET last_used_at = $1, \
         window_calls = CASE WHEN window_start IS NULL OR window_start <= $2 THEN 1 ELSE window_calls + 1 END, \
         window_start = CASE WHEN window_start IS NULL OR window_start <= $2 THEN $1 ELSE window_start END \
         WHERE id = $3 RETURNING window_calls, window_start"
    )
    .bind(now)
    .bind(window_over)
    .bind(id)
    .fetch_one(pool)
    .await)?;
    if calls > per_minute {
        return Ok(Checked::Limited(retry_after(started, now)));
    }
    let teams = teams_of(db, id).await?;
    Ok(Checked::Valid(Caller { key: KeyActor { id, name, teams }, scope: Scope::parse(&scope).unwrap_or(Scope::Read) }))
}

/// Whole seconds until the window that began at `started` is over (at least one).
fn retry_after(started: DateTime<Utc>, now: DateTime<Utc>) -> u64 {
    let left = (started + Duration::seconds(WINDOW_SECONDS) - now).num_milliseconds();
    (left.max(0) as u64).div_ceil(1000).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_long_recognisable_and_shown_only_in_part() {
        let secret = new_secret();
        assert!(secret.starts_with(SECRET_PREFIX));
        assert!(secret.len() >= SECRET_PREFIX.len() + 43);
        assert_ne!(secret, new_secret());
        let shown = shown_part(&secret);
        assert!(secret.starts_with(&shown) && shown.len() < 20);
    }

    #[test]
    fn scopes_round_trip_through_their_stored_names() {
        for scope in [Scope::Read, Scope::ReadWrite] {
            assert_eq!(Scope::parse(scope.as_str()), Some(scope));
        }
        assert_eq!(Scope::parse("admin"), None);
    }

    #[test]
    fn retry_after_rounds_up_and_is_never_zero() {
        let now = Utc::now();
        assert_eq!(retry_after(now - Duration::milliseconds(59_500), now), 1);
        assert_eq!(retry_after(now - Duration::seconds(10), now), 50);
        assert_eq!(retry_after(now - Duration::seconds(100), now), 1);
    }
}
