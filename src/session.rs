//! Sessions: tower-sessions with its store in Portico's own database, so that several instances
//! behind a load balancer share them through PostgreSQL.
//!
//! The cookie `portico_session` is HttpOnly, SameSite=Lax and Secure when configured. A session
//! ends 30 to 35 minutes after its last request (the store's expiry, renewed without a write on every
//! request: see [`Store`]) and, for
//! a signed-in person, 12 hours after signing in whatever they do. The id changes at sign-in and
//! sign-out, so a session fixed by an attacker before sign-in is worthless after it.
//!
//! It sits below every domain module (the request context and the page shell read it), so it
//! knows who is signed in but nothing of accounts or passwords: those are `auth`'s.

use crate::db::Db;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use tower_sessions::{
    cookie::{time::{Duration, OffsetDateTime}, SameSite},
    session::{Id, Record},
    session_store, Expiry, Session, SessionManagerLayer, SessionStore,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub const COOKIE: &str = "portico_session";
pub const IDLE_MINUTES: i64 = 30;
pub const ABSOLUTE_HOURS: i64 = 12;
/// The warning comes this long before the idle timeout (WCAG 2.2.1 asks for at least 20 seconds).
pub const WARNING_SECONDS: i64 = 120;

const AUTH_KEY: &str = "auth";
const CSRF_KEY: &str = "csrf";

/// The session store of whichever database is in use.
#[derive(Clone, Debug)]
enum Inner {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

/// The session store: the database's, renewing each session's idle expiry without a write on
/// every request. A request that changes nothing saves only when the stored expiry has less than
/// the full idle time left; each write sets it [`RENEW_MINUTES`] beyond, so a session lives at least
/// [`IDLE_MINUTES`] (and at most that plus [`RENEW_MINUTES`]) after its last request. What this
/// instance last read or wrote of each session is remembered, by a hash of its data, so a change
/// made on another instance is always seen (every request still reads the store).
#[derive(Clone, Debug)]
pub struct Store {
    inner: Inner,
    known: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<Id, (u64, OffsetDateTime)>>>,
}

/// How far beyond the idle time a write sets a session's expiry, so that requests in between need
/// not write.
pub const RENEW_MINUTES: i64 = 5;

/// Sessions remembered per instance before the memory is cleared (it is only an optimisation).
const KNOWN_MAX: usize = 100_000;

/// A hash of a session's data, the same whatever order its keys come in.
fn fingerprint(record: &Record) -> u64 {
    use std::hash::{Hash, Hasher};
    let ordered: std::collections::BTreeMap<&String, String> = record.data.iter().map(|(k, v)| (k, v.to_string())).collect();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    ordered.hash(&mut hasher);
    hasher.finish()
}

impl Store {
    pub fn new(db: &Db) -> Self {
        let inner = match db {
            Db::Sqlite(pool) => Inner::Sqlite(SqliteStore::new(pool.clone())),
            Db::Postgres(pool) => Inner::Postgres(PostgresStore::new(pool.clone())),
        };
        Self { inner, known: Default::default() }
    }

    /// Creates the store's table when missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match &self.inner {
            Inner::Sqlite(s) => s.migrate().await,
            Inner::Postgres(s) => s.migrate().await,
        }
    }

    /// Cleans up every few minutes, for as long as the process runs ([`Store::clean_up`]).
    pub fn spawn_cleanup(&self, db: Db, extra: Vec<Cleanup>) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(std::time::Duration::from_secs(300));
            loop {
                interval.tick().await;
                if let Err(error) = store.clean_up(&db, &extra).await {
                    tracing::warn!(%error, "could not clean up expired sessions");
                }
            }
        });
    }

    /// Deletes expired sessions, then what was kept about them: this module's own notes of who
    /// holds each ([`note_sign_in`]) and the `extra` clean-ups of the modules above (identity's
    /// sessions, used logout tokens). Returns how many rows went besides the sessions.
    pub async fn clean_up(&self, db: &Db, extra: &[Cleanup]) -> Result<u64, String> {
        use tower_sessions::ExpiredDeletion;
        match &self.inner {
            Inner::Sqlite(s) => s.delete_expired().await,
            Inner::Postgres(s) => s.delete_expired().await,
        }
        .map_err(|e| e.to_string())?;
        let sql = format!("DELETE FROM signed_in_sessions WHERE session_id NOT IN ({})", live_session_ids(db));
        let mut gone = crate::with_db!(db, |pool| sqlx::query(&sql).execute(pool).await.map(|r| r.rows_affected())).map_err(|e| e.to_string())?;
        for cleanup in extra {
            gone += cleanup(db.clone()).await.map_err(|e| e.to_string())?;
        }
        Ok(gone)
    }

    fn remember(&self, record: &Record) {
        if let Ok(mut known) = self.known.lock() {
            if known.len() >= KNOWN_MAX {
                known.clear();
            }
            known.insert(record.id, (fingerprint(record), record.expiry_date));
        }
    }

    /// Whether saving `record` would change nothing that matters: the same data as stored, and a
    /// stored expiry at least the idle time away.
    fn unchanged(&self, record: &Record) -> bool {
        let Ok(known) = self.known.lock() else { return false };
        known.get(&record.id).is_some_and(|(hash, stored_expiry)| {
            *hash == fingerprint(record) && *stored_expiry >= OffsetDateTime::now_utc() + Duration::minutes(IDLE_MINUTES)
        })
    }

    /// The record as written: its expiry [`RENEW_MINUTES`] beyond the idle time.
    fn extended(record: &Record) -> Record {
        let mut written = record.clone();
        written.expiry_date = record.expiry_date + Duration::minutes(RENEW_MINUTES);
        written
    }

    pub fn layer(&self, secure: bool) -> SessionManagerLayer<Store> {
        SessionManagerLayer::new(self.clone())
            .with_name(COOKIE)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(secure)
            .with_path("/")
            .with_expiry(Expiry::OnInactivity(Duration::minutes(IDLE_MINUTES)))
            // Every page request renews the idle timeout, not only requests that change the
            // session (otherwise a person reading pages would be signed out); the store writes
            // only when the renewal matters (see `Store`).
            .with_always_save(true)
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let mut written = Self::extended(record);
        match &self.inner {
            Inner::Sqlite(s) => s.create(&mut written).await?,
            Inner::Postgres(s) => s.create(&mut written).await?,
        }
        // The store may have picked another id on a collision.
        record.id = written.id;
        self.remember(&written);
        Ok(())
    }
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        if self.unchanged(record) {
            return Ok(());
        }
        let written = Self::extended(record);
        match &self.inner {
            Inner::Sqlite(s) => s.save(&written).await?,
            Inner::Postgres(s) => s.save(&written).await?,
        }
        self.remember(&written);
        Ok(())
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let record = match &self.inner {
            Inner::Sqlite(s) => s.load(id).await?,
            Inner::Postgres(s) => s.load(id).await?,
        };
        match &record {
            Some(record) => self.remember(record),
            None => {
                if let Ok(mut known) = self.known.lock() {
                    known.remove(id);
                }
            }
        }
        Ok(record)
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        if let Ok(mut known) = self.known.lock() {
            known.remove(id);
        }
        match &self.inner {
            Inner::Sqlite(s) => s.delete(id).await,
            Inner::Postgres(s) => s.delete(id).await,
        }
    }
}

/// A clean-up a module above adds to the periodic one ([`Store::clean_up`]): deletes its rows
/// that outlived their sessions, given the database; how many.
pub type Cleanup = std::sync::Arc<dyn Fn(Db) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<u64, sqlx::Error>> + Send>> + Send + Sync>;

/// A query for the ids of the sessions in the store, expired or not (the store's own table in
/// either database), for `NOT IN (…)`: rows kept about a session it no longer holds can go.
pub fn live_session_ids(db: &Db) -> &'static str {
    match db {
        Db::Sqlite(_) => "SELECT id FROM tower_sessions",
        Db::Postgres(_) => "SELECT id FROM \"tower_sessions\".\"session\"",
    }
}

/// How many sessions have not expired, across every instance (they share the store), for
/// monitoring. Reads the store's own table, comparing expiry as the store itself does.
pub async fn live_count(db: &Db) -> Result<i64, sqlx::Error> {
    let now = OffsetDateTime::now_utc();
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions WHERE expiry_date > $1").bind(now).fetch_one(pool).await,
        Db::Postgres(pool) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM \"tower_sessions\".\"session\" WHERE expiry_date > $1").bind(now).fetch_one(pool).await
        }
    }
}

pub use crate::roles::Role;

/// Who is signed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Identity {
    Citizen { id: i64 },
    Staff { id: i64, role: Role },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Auth {
    identity: Identity,
    /// Unix seconds, for the absolute lifetime.
    signed_in_at: i64,
    /// What an identity provider added to this sign-in (absent in sessions signed in before).
    #[serde(default)]
    terms: SignInTerms,
}

/// What signing in through an identity provider adds to a session (see `crate::identity`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInTerms {
    /// Unix seconds after which the sign-in ends whatever the activity: the provider's stated
    /// maximum, when it is sooner than Portico's own.
    #[serde(default)]
    pub ends_at: Option<i64>,
    /// Where signing out sends the person afterwards (the provider's end-session address), so
    /// that the provider's session ends too.
    #[serde(default)]
    pub sign_out_to: Option<String>,
    /// The level of assurance the sign-in reached (`low`, `medium`, `high`), for services that
    /// require one.
    #[serde(default)]
    pub level: Option<String>,
    /// The provider signed in with, by its configured id.
    #[serde(default)]
    pub provider: Option<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("session store: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// Who is signed in to this session, if anyone. A sign-in older than 12 hours ends here.
pub async fn identity(session: &Session) -> Result<Option<Identity>, SessionError> {
    let Some(auth) = session.get::<Auth>(AUTH_KEY).await? else {
        return Ok(None);
    };
    if outlived(auth.signed_in_at, now()) || auth.terms.ends_at.is_some_and(|end| now() > end) {
        session.flush().await?;
        return Ok(None);
    }
    Ok(Some(auth.identity))
}

/// Signs `identity` in: a new session id, and a new CSRF token with it.
pub async fn sign_in(session: &Session, identity: Identity) -> Result<(), SessionError> {
    sign_in_with(session, identity, SignInTerms::default()).await
}

/// Signs `identity` in on a provider's `terms`. What the session held before (a guest's draft)
/// stays.
pub async fn sign_in_with(session: &Session, identity: Identity, terms: SignInTerms) -> Result<(), SessionError> {
    session.cycle_id().await?;
    session.remove_value(CSRF_KEY).await?;
    session.insert(AUTH_KEY, Auth { identity, signed_in_at: now(), terms }).await?;
    Ok(())
}

/// The terms the current sign-in was made on (none for a password sign-in, or nobody).
pub async fn terms(session: &Session) -> Result<Option<SignInTerms>, SessionError> {
    Ok(session.get::<Auth>(AUTH_KEY).await?.map(|auth| auth.terms))
}

/// The account an identity is, as `signed_in_sessions` keeps it.
pub fn account_of(identity: Identity) -> (&'static str, i64) {
    match identity {
        Identity::Citizen { id } => ("citizen", id),
        Identity::Staff { id, .. } => ("staff", id),
    }
}

/// Notes that `session` (just signed in) is held by `identity`'s account, so that a password
/// change can end it. Saves the session first: its new id exists only once it is stored.
pub async fn note_sign_in(db: &Db, session: &Session, identity: Identity) -> Result<(), String> {
    session.save().await.map_err(|e| e.to_string())?;
    let Some(id) = session.id() else { return Ok(()) };
    let (kind, account) = account_of(identity);
    crate::with_db!(db, |pool| sqlx::query(
        "INSERT INTO signed_in_sessions (session_id, account_kind, account_id, signed_in_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (session_id) DO UPDATE SET account_kind = excluded.account_kind, account_id = excluded.account_id, signed_in_at = excluded.signed_in_at"
    )
    .bind(id.to_string())
    .bind(kind)
    .bind(account)
    .bind(chrono::Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))
    .map_err(|e| e.to_string())
}

/// Ends every session of account `(kind, id)` (`citizen` or `staff`, see [`account_of`]) but
/// `keep` (the one that changed the password). Returns how many were ended.
pub async fn end_other_sessions(db: &Db, store: &Store, (kind, account): (&str, i64), keep: Option<&Session>) -> Result<usize, String> {
    let ids: Vec<String> = crate::with_db!(db, |pool| sqlx::query_scalar("SELECT session_id FROM signed_in_sessions WHERE account_kind = $1 AND account_id = $2")
        .bind(kind)
        .bind(account)
        .fetch_all(pool)
        .await)
    .map_err(|e| e.to_string())?;
    let keep = keep.and_then(Session::id).map(|id| id.to_string());
    let mut ended = 0;
    for text in ids.iter().filter(|id| Some(*id) != keep.as_ref()) {
        if let Ok(id) = text.parse::<Id>() {
            store.delete(&id).await.map_err(|e| e.to_string())?;
            ended += 1;
        }
        crate::with_db!(db, |pool| sqlx::query("DELETE FROM signed_in_sessions WHERE session_id = $1").bind(text).execute(pool).await.map(|_| ()))
            .map_err(|e| e.to_string())?;
    }
    Ok(ended)
}

/// Signs out: the session and its cookie are gone; a new one starts only when needed. Returns
/// where the sign-in's provider asks to be sent afterwards, if it was through one.
pub async fn sign_out(session: &Session) -> Result<Option<String>, SessionError> {
    let to = session.get::<Auth>(AUTH_KEY).await.ok().flatten().and_then(|auth| auth.terms.sign_out_to);
    session.flush().await?;
    Ok(to)
}

/// How long a fresh proof that it is the person (a sign-in again at their provider, for an
/// account with no password) opens one sensitive change.
pub const PROOF_SECONDS: i64 = 10 * 60;
const PROOF_KEY: &str = "proof";

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Proof {
    identity: Identity,
    /// Unix seconds.
    at: i64,
}

/// Notes that `identity` has just proved it is them (see [`PROOF_SECONDS`]).
pub async fn note_proof(session: &Session, identity: Identity) -> Result<(), SessionError> {
    session.insert(PROOF_KEY, Proof { identity, at: now() }).await?;
    Ok(())
}

/// Whether `identity` proved it is them in this session less than [`PROOF_SECONDS`] ago.
pub async fn has_proof(session: &Session, identity: Identity) -> Result<bool, SessionError> {
    let proof = session.get::<Proof>(PROOF_KEY).await?;
    Ok(proof.is_some_and(|p| p.identity == identity && (0..=PROOF_SECONDS).contains(&(now() - p.at))))
}

/// Uses the proof up: it opens one change.
pub async fn take_proof(session: &Session) -> Result<(), SessionError> {
    // Removing an absent key would still mark the session changed (a write).
    if session.get::<Proof>(PROOF_KEY).await?.is_some() {
        session.remove_value(PROOF_KEY).await?;
    }
    Ok(())
}

/// This session's CSRF token, created on first use.
pub async fn csrf_token(session: &Session) -> Result<String, SessionError> {
    if let Some(token) = session.get::<String>(CSRF_KEY).await? {
        return Ok(token);
    }
    let token = crate::tokens::random_token();
    session.insert(CSRF_KEY, &token).await?;
    Ok(token)
}

/// Whether `submitted` is this session's CSRF token. Compared in constant time.
pub async fn csrf_matches(session: &Session, submitted: &str) -> Result<bool, SessionError> {
    let Some(expected) = session.get::<String>(CSRF_KEY).await? else {
        return Ok(false);
    };
    Ok(crate::tokens::constant_time_eq(expected.as_bytes(), submitted.as_bytes()))
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Whether a sign-in at `signed_in_at` has passed the absolute lifetime at `now` (Unix seconds).
fn outlived(signed_in_at: i64, now: i64) -> bool {
    now - signed_in_at > ABSOLUTE_HOURS * 3600
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_in_lasts_at_most_twelve_hours_whatever_the_activity() {
        let start = 1_800_000_000;
        assert!(!outlived(start, start + 11 * 3600));
        assert!(!outlived(start, start + 12 * 3600));
        assert!(outlived(start, start + 12 * 3600 + 1));
    }

    /// A store on a fresh database, and another on the same one (a second instance).
    async fn two_stores() -> (crate::db::ScratchDb, Store, Store) {
        let scratch = crate::db::ScratchDb::new().await;
        let store = Store::new(&scratch.db);
        store.migrate().await.unwrap();
        let other = Store::new(&scratch.db);
        (scratch, store, other)
    }

    fn record(minutes: i64, value: &str) -> Record {
        let mut data = std::collections::HashMap::new();
        data.insert("k".into(), serde_json::json!(value));
        Record { id: Id::default(), data, expiry_date: OffsetDateTime::now_utc() + Duration::minutes(minutes) }
    }

    #[tokio::test]
    async fn a_request_that_changes_nothing_writes_nothing_until_the_idle_renewal_matters() {
        let (_db, store, other) = two_stores().await;
        let mut first = record(IDLE_MINUTES, "a");
        store.create(&mut first).await.unwrap();
        let stored = other.load(&first.id).await.unwrap().unwrap().expiry_date;
        assert!(stored >= OffsetDateTime::now_utc() + Duration::minutes(IDLE_MINUTES + RENEW_MINUTES - 1), "written beyond the idle time");
        // The next request a moment later: same data, so no write (the stored expiry stays).
        let mut again = first.clone();
        again.expiry_date = OffsetDateTime::now_utc() + Duration::minutes(IDLE_MINUTES);
        store.save(&again).await.unwrap();
        assert_eq!(other.load(&first.id).await.unwrap().unwrap().expiry_date, stored);
        // Changed data is always written.
        let mut changed = again.clone();
        changed.data.insert("k".into(), serde_json::json!("b"));
        store.save(&changed).await.unwrap();
        assert_eq!(other.load(&first.id).await.unwrap().unwrap().data["k"], "b");
        // A stored expiry closer than the idle time is renewed even with nothing changed.
        let mut late = record(IDLE_MINUTES - RENEW_MINUTES - 1, "c");
        store.create(&mut late).await.unwrap();
        let mut request = late.clone();
        request.expiry_date = OffsetDateTime::now_utc() + Duration::minutes(IDLE_MINUTES);
        store.save(&request).await.unwrap();
        let renewed = other.load(&late.id).await.unwrap().unwrap().expiry_date;
        assert!(renewed >= OffsetDateTime::now_utc() + Duration::minutes(IDLE_MINUTES), "idle expiry still renewed");
    }

    #[tokio::test]
    async fn a_change_made_on_another_instance_is_not_overwritten_by_a_request_that_changed_nothing() {
        let (_db, store, other) = two_stores().await;
        let mut first = record(IDLE_MINUTES, "a");
        store.create(&mut first).await.unwrap();
        let seen = store.load(&first.id).await.unwrap().unwrap();
        // The other instance signs the person in meanwhile.
        let mut signed_in = other.load(&first.id).await.unwrap().unwrap();
        signed_in.data.insert("k".into(), serde_json::json!("signed in"));
        other.save(&signed_in).await.unwrap();
        // This instance ends a request that only read the old data: nothing is written over it.
        store.save(&seen).await.unwrap();
        assert_eq!(other.load(&first.id).await.unwrap().unwrap().data["k"], "signed in");
    }

    #[test]
    fn a_session_stored_before_sign_in_terms_existed_still_reads() {
        let old: Auth = serde_json::from_str(r#"{"identity":{"kind":"citizen","id":3},"signed_in_at":5}"#).unwrap();
        assert_eq!(old.terms, SignInTerms::default());
    }

    #[test]
    fn identities_round_trip_through_the_session_format() {
        let staff = Identity::Staff { id: 7, role: Role::Admin };
        let json = serde_json::to_string(&staff).unwrap();
        assert_eq!(json, r#"{"kind":"staff","id":7,"role":"admin"}"#);
        assert_eq!(serde_json::from_str::<Identity>(&json).unwrap(), staff);
    }
}
