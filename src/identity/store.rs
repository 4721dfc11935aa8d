//! Identities in the database: `(issuer, subject)` → an account, the audit of every link and
//! unlink, the Portico sessions each identity's sign-in holds (for back-channel logout), and the
//! logout tokens already used.

use crate::{db::{Db, Tx}, with_db, with_tx};
use chrono::{DateTime, Utc};

/// One linked identity.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Linked {
    pub id: i64,
    pub issuer: String,
    pub subject: String,
    pub provider: String,
    pub account_kind: String,
    pub account_id: i64,
    pub created_at: DateTime<Utc>,
    pub last_signed_in_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "id, issuer, subject, provider, account_kind, account_id, created_at, last_signed_in_at";

/// Who made a change, for the audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The person themselves, signed in as this account.
    Account,
    /// A member of staff (an admin).
    Staff(i64),
    /// The provider's configuration (a group-to-role mapping).
    Configuration,
    /// An operator at the command line (`portico staff link-identity`).
    Operator,
}

impl Actor {
    fn parts(self) -> (&'static str, Option<i64>) {
        match self {
            Self::Account => ("account", None),
            Self::Staff(id) => ("staff", Some(id)),
            Self::Configuration => ("configuration", None),
            Self::Operator => ("operator", None),
        }
    }
}

pub async fn find(db: &Db, issuer: &str, subject: &str) -> Result<Option<Linked>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM identities WHERE issuer = $1 AND subject = $2");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(issuer).bind(subject).fetch_optional(pool).await)
}

/// The identity with this id.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Linked>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM identities WHERE id = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// A staff account's linked identity, with the account's name and address (the admins' page).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StaffLink {
    pub id: i64,
    pub provider: String,
    pub subject: String,
    pub staff_id: i64,
    pub staff_name: String,
    pub staff_email: String,
    pub created_at: DateTime<Utc>,
    pub last_signed_in_at: Option<DateTime<Utc>>,
}

/// Every staff account's linked identities, by the staff's names.
pub async fn staff_links(db: &Db) -> Result<Vec<StaffLink>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as(
        "SELECT i.id, i.provider, i.subject, s.id AS staff_id, s.name AS staff_name, s.email AS staff_email, i.created_at, i.last_signed_in_at \
         FROM identities i JOIN staff s ON s.id = i.account_id WHERE i.account_kind = 'staff' ORDER BY s.name, i.id"
    )
    .fetch_all(pool)
    .await)
}

/// The identities linked to account `(kind, id)`, oldest first.
pub async fn of_account(db: &Db, (kind, id): (&str, i64)) -> Result<Vec<Linked>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM identities WHERE account_kind = $1 AND account_id = $2 ORDER BY id");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(kind).bind(id).fetch_all(pool).await)
}

async fn audit(tx: &mut Tx, kind: &str, linked: (&str, &str, &str), (account_kind, account_id): (&str, i64), actor: Actor) -> Result<(), sqlx::Error> {
    use crate::audit::chain::{self, IdentityEvent, Table};
    let (issuer, subject, provider) = linked;
    let (actor_kind, actor_id) = actor.parts();
    let row = IdentityEvent {
        id: 0,
        kind: kind.to_owned(),
        issuer: issuer.to_owned(),
        subject: subject.to_owned(),
        provider: provider.to_owned(),
        account_kind: account_kind.to_owned(),
        account_id,
        actor_kind: actor_kind.to_owned(),
        actor_id,
        at: crate::audit::encoding::now(),
        seq: None,
        prev_hash: None,
        hash: None,
        payload_digest: None,
    };
    // The next link of the `identity` audit chain (crate::audit), in the same transaction.
    let sealed = chain::seal(tx, Table::IdentityEvents, chain::IDENTITY_CHAIN, &row.frame(), &row.payload()).await?;
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO identity_events (kind, issuer, subject, provider, account_kind, account_id, actor_kind, actor_id, at, seq, prev_hash, hash, payload_digest) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    )
    .bind(&row.kind)
    .bind(&row.issuer)
    .bind(&row.subject)
    .bind(&row.provider)
    .bind(&row.account_kind)
    .bind(row.account_id)
    .bind(&row.actor_kind)
    .bind(row.actor_id)
    .bind(row.at)
    .bind(sealed.seq)
    .bind(&sealed.prev_hash)
    .bind(&sealed.hash)
    .bind(&sealed.payload_digest)
    .execute(conn)
    .await
    .map(|_| ()))
}

/// What linking came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkOutcome {
    Linked,
    /// Already this account's.
    AlreadyYours,
    /// Another account's: nothing changed.
    Elsewhere,
}

/// Links `(issuer, subject)` to the account, in `tx`, and audits it.
pub async fn link(tx: &mut Tx, issuer: &str, subject: &str, provider: &str, account: (&str, i64), actor: Actor) -> Result<LinkOutcome, sqlx::Error> {
    let now = Utc::now();
    let inserted: Option<i64> = with_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO identities (issuer, subject, provider, account_kind, account_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (issuer, subject) DO NOTHING RETURNING id"
    )
    .bind(issuer)
    .bind(subject)
    .bind(provider)
    .bind(account.0)
    .bind(account.1)
    .bind(now)
    .fetch_optional(conn)
    .await)?;
    if inserted.is_none() {
        let owner: Option<(String, i64)> = with_tx!(tx, |conn| sqlx::query_as(
            "SELECT account_kind, account_id FROM identities WHERE issuer = $1 AND subject = $2"
        )
        .bind(issuer)
        .bind(subject)
        .fetch_optional(conn)
        .await)?;
        return Ok(match owner {
            Some((kind, id)) if kind == account.0 && id == account.1 => LinkOutcome::AlreadyYours,
            _ => LinkOutcome::Elsewhere,
        });
    }
    audit(tx, "linked", (issuer, subject, provider), account, actor).await?;
    Ok(LinkOutcome::Linked)
}

/// Removes identity `id` if it is the account's, and audits it. Whether it was.
pub async fn unlink(db: &Db, id: i64, account: (&str, i64), actor: Actor) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let sql = format!("SELECT {COLUMNS} FROM identities WHERE id = $1 AND account_kind = $2 AND account_id = $3");
    let found: Option<Linked> = with_tx!(&mut tx, |conn| sqlx::query_as(&sql).bind(id).bind(account.0).bind(account.1).fetch_optional(conn).await)?;
    let Some(found) = found else {
        return Ok(false);
    };
    with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM identities WHERE id = $1").bind(id).execute(conn).await.map(|_| ()))?;
    audit(&mut tx, "unlinked", (&found.issuer, &found.subject, &found.provider), account, actor).await?;
    tx.commit().await?;
    Ok(true)
}

/// Notes that the account was just created on a first sign-in with this identity.
pub async fn audit_created(tx: &mut Tx, issuer: &str, subject: &str, provider: &str, account: (&str, i64)) -> Result<(), sqlx::Error> {
    audit(tx, "account_created", (issuer, subject, provider), account, Actor::Account).await
}

/// The audit of account `(kind, id)`: (kind, provider, at), oldest first.
pub async fn events_of(db: &Db, (kind, id): (&str, i64)) -> Result<Vec<(String, String, DateTime<Utc>)>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as(
        "SELECT kind, provider, at FROM identity_events WHERE account_kind = $1 AND account_id = $2 ORDER BY id"
    )
    .bind(kind)
    .bind(id)
    .fetch_all(pool)
    .await)
}

pub async fn touch(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query("UPDATE identities SET last_signed_in_at = $1, updated_at = $1 WHERE id = $2")
        .bind(Utc::now())
        .bind(id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Notes that session `session_id` is signed in with `(issuer, subject)`, with the provider's
/// session id when it gave one.
pub async fn note_session(db: &Db, session_id: &str, issuer: &str, subject: &str, sid: Option<&str>) -> Result<(), sqlx::Error> {
    with_db!(db, |pool| sqlx::query(
        "INSERT INTO identity_sessions (session_id, issuer, subject, sid, signed_in_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (session_id) DO UPDATE SET issuer = excluded.issuer, subject = excluded.subject, sid = excluded.sid, signed_in_at = excluded.signed_in_at"
    )
    .bind(session_id)
    .bind(issuer)
    .bind(subject)
    .bind(sid)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Takes out the sessions a logout names: every session of `subject`, or of the provider's
/// session `sid`. Returns their ids.
pub async fn take_sessions(db: &Db, issuer: &str, subject: Option<&str>, sid: Option<&str>) -> Result<Vec<String>, sqlx::Error> {
    let ids: Vec<String> = with_db!(db, |pool| sqlx::query_scalar(
        "SELECT session_id FROM identity_sessions WHERE issuer = $1 AND (subject = $2 OR sid = $3)"
    )
    .bind(issuer)
    .bind(subject)
    .bind(sid)
    .fetch_all(pool)
    .await)?;
    for id in &ids {
        with_db!(db, |pool| sqlx::query("DELETE FROM identity_sessions WHERE session_id = $1").bind(id).execute(pool).await.map(|_| ()))?;
    }
    Ok(ids)
}

/// Deletes what outlived its use: the notes of sessions the store no longer holds (expired,
/// signed out, ended) and logout tokens past their expiry (a replay of one is refused by its
/// `exp` anyway). Sign-ins under way need nothing: they live in the session itself. How many.
pub async fn delete_stale(db: &Db) -> Result<u64, sqlx::Error> {
    let sql = format!("DELETE FROM identity_sessions WHERE session_id NOT IN ({})", crate::session::live_session_ids(db));
    let sessions = with_db!(db, |pool| sqlx::query(&sql).execute(pool).await.map(|r| r.rows_affected()))?;
    let tokens = with_db!(db, |pool| sqlx::query("DELETE FROM identity_logout_tokens WHERE expires_at < $1")
        .bind(Utc::now())
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(sessions + tokens)
}

/// Records a logout token's `jti`; false when it was used before (a replay).
pub async fn first_use_of_logout_token(db: &Db, issuer: &str, jti: &str, expires_at: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    with_db!(db, |pool| sqlx::query("DELETE FROM identity_logout_tokens WHERE expires_at < $1").bind(now).execute(pool).await.map(|_| ()))?;
    let inserted: Option<String> = with_db!(db, |pool| sqlx::query_scalar(
        "INSERT INTO identity_logout_tokens (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT (issuer, jti) DO NOTHING RETURNING jti"
    )
    .bind(issuer)
    .bind(jti)
    .bind(expires_at)
    .fetch_optional(pool)
    .await)?;
    Ok(inserted.is_some())
}
