//! Sessions: tower-sessions with its store in Portico's own database, so that several instances
//! behind a load balancer share them through PostgreSQL.
//!
//! The cookie `portico_session` is HttpOnly, SameSite=Lax and Secure when configured. A session
//! ends after 30 minutes without a request (the store's expiry, renewed on every request) and, for
//! a signed-in person, 12 hours after signing in whatever they do. The id changes at sign-in and
//! sign-out, so a session fixed by an attacker before sign-in is worthless after it.
//!
//! It sits below every domain module (the request context and the page shell read it), so it
//! knows who is signed in but nothing of accounts or passwords: those are `auth`'s.

use crate::db::Db;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use tower_sessions::{
    cookie::{time::Duration, SameSite},
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
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl Store {
    pub fn new(db: &Db) -> Self {
        match db {
            Db::Sqlite(pool) => Self::Sqlite(SqliteStore::new(pool.clone())),
            Db::Postgres(pool) => Self::Postgres(PostgresStore::new(pool.clone())),
        }
    }

    /// Creates the store's table when missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(s) => s.migrate().await,
            Self::Postgres(s) => s.migrate().await,
        }
    }

    /// Deletes expired sessions every few minutes, for as long as the process runs.
    pub fn spawn_cleanup(&self) {
        use tower_sessions::ExpiredDeletion;
        let store = self.clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(std::time::Duration::from_secs(300));
            loop {
                interval.tick().await;
                let result = match &store {
                    Store::Sqlite(s) => s.delete_expired().await,
                    Store::Postgres(s) => s.delete_expired().await,
                };
                if let Err(error) = result {
                    tracing::warn!(%error, "could not delete expired sessions");
                }
            }
        });
    }

    pub fn layer(&self, secure: bool) -> SessionManagerLayer<Store> {
        SessionManagerLayer::new(self.clone())
            .with_name(COOKIE)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(secure)
            .with_path("/")
            .with_expiry(Expiry::OnInactivity(Duration::minutes(IDLE_MINUTES)))
            // Every page request renews the idle timeout in the store, not only requests that
            // change the session; otherwise a person reading pages would be signed out.
            .with_always_save(true)
    }
}

#[async_trait]
impl SessionStore for Store {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.create(record).await,
            Self::Postgres(s) => s.create(record).await,
        }
    }
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.save(record).await,
            Self::Postgres(s) => s.save(record).await,
        }
    }
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Sqlite(s) => s.load(id).await,
            Self::Postgres(s) => s.load(id).await,
        }
    }
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.delete(id).await,
            Self::Postgres(s) => s.delete(id).await,
        }
    }
}

/// A member of staff's role. Admins can do everything every other role can.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Works on the requests of their teams.
    Caseworker,
    /// Builds, previews and publishes the services of their teams.
    Designer,
    /// Translates and previews services; nothing else.
    Translator,
    Admin,
}

impl Role {
    /// Every role, as the staff pages list them.
    pub const ALL: [Role; 4] = [Role::Caseworker, Role::Designer, Role::Translator, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Caseworker => "caseworker",
            Self::Designer => "designer",
            Self::Translator => "translator",
            Self::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Where this role's work starts after signing in.
    pub fn home(self) -> &'static str {
        match self {
            Self::Caseworker | Self::Admin => "/staff",
            Self::Designer | Self::Translator => "/staff/designer",
        }
    }
}

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
}

#[derive(Debug, thiserror::Error)]
#[error("session store: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// Who is signed in to this session, if anyone. A sign-in older than 12 hours ends here.
pub async fn identity(session: &Session) -> Result<Option<Identity>, SessionError> {
    let Some(auth) = session.get::<Auth>(AUTH_KEY).await? else {
        return Ok(None);
    };
    if outlived(auth.signed_in_at, now()) {
        session.flush().await?;
        return Ok(None);
    }
    Ok(Some(auth.identity))
}

/// Signs `identity` in: a new session id, and a new CSRF token with it.
pub async fn sign_in(session: &Session, identity: Identity) -> Result<(), SessionError> {
    session.cycle_id().await?;
    session.remove_value(CSRF_KEY).await?;
    session.insert(AUTH_KEY, Auth { identity, signed_in_at: now() }).await?;
    Ok(())
}

/// Signs out: the session and its cookie are gone; a new one starts only when needed.
pub async fn sign_out(session: &Session) -> Result<(), SessionError> {
    session.flush().await?;
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

    #[test]
    fn identities_round_trip_through_the_session_format() {
        let staff = Identity::Staff { id: 7, role: Role::Admin };
        let json = serde_json::to_string(&staff).unwrap();
        assert_eq!(json, r#"{"kind":"staff","id":7,"role":"admin"}"#);
        assert_eq!(serde_json::from_str::<Identity>(&json).unwrap(), staff);
    }
}
