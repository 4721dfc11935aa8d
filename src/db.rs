//! The database: one pool, SQLite or PostgreSQL, chosen by `DATABASE_URL`.
//!
//! The same code runs on both. Queries use runtime `sqlx::query_as` with `$1`-style parameters,
//! which both drivers accept, and [`with_db!`] instantiates a query once per backend. Migrations
//! live in `migrations/sqlite` and `migrations/postgres` and are applied at start-up.

use crate::config::DatabaseUrl;
use sqlx::{
    postgres::{PgPool, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions},
};
use std::{str::FromStr, time::Duration};

/// The application's one connection pool.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same expression against whichever pool is in use: `with_db!(db, |pool| query.fetch_one(pool))`.
#[macro_export]
macro_rules! with_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// A transaction on whichever database is in use; see [`with_tx!`].
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Runs the same expression on a transaction's connection: `with_tx!(&mut tx, |conn| query.execute(conn))`.
#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(t) => t.commit().await,
            Self::Postgres(t) => t.commit().await,
        }
    }
}

/// Why the database could not be made ready. Detail is for the operator's log, never for a page.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to the {kind} database: {source}")]
    Connect { kind: &'static str, source: sqlx::Error },
    #[error("cannot apply migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Query(#[from] sqlx::Error),
}

impl Db {
    /// Opens a pool. A SQLite file is created when missing; WAL lets readers and a writer work at once.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, DbError> {
        let connect_error = |source| DbError::Connect { kind: url.kind(), source };
        match url {
            DatabaseUrl::Sqlite(url) => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(connect_error)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5));
                let pool = SqlitePoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect_with(options)
                    .await
                    .map_err(connect_error)?;
                Ok(Self::Sqlite(pool))
            }
            DatabaseUrl::Postgres(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(5))
                    .connect(url)
                    .await
                    .map_err(connect_error)?;
                Ok(Self::Postgres(pool))
            }
        }
    }

    /// Applies every migration not yet applied. Safe to run from several instances at once:
    /// sqlx takes an advisory lock on PostgreSQL.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Self::Sqlite(pool) => {
                // A migration may rebuild a table (SQLite's only way to change a constraint), which
                // needs foreign keys off on its connection; they are checked once it is done.
                let mut conn = pool.acquire().await.map_err(DbError::Query)?;
                sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
                let migrated = sqlx::migrate!("migrations/sqlite").run(&mut *conn).await;
                sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                migrated?;
                let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&mut *conn).await?;
                if let Some((table,)) = broken.first() {
                    return Err(DbError::Query(sqlx::Error::Protocol(format!("after migrating, rows of {table} refer to rows that do not exist"))));
                }
            }
            Self::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        // Rows written before the audit chain existed join it once (crate::audit::chain).
        crate::audit::chain::seal_legacy(self).await?;
        Ok(())
    }

    /// Answers whether the database responds to a trivial query within two seconds.
    pub async fn ping(&self) -> Result<(), DbError> {
        let query = async {
            with_db!(self, |pool| sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(pool).await)
        };
        match tokio::time::timeout(Duration::from_secs(2), query).await {
            Ok(result) => result.map(|_| ()).map_err(DbError::from),
            Err(_) => Err(DbError::Query(sqlx::Error::PoolTimedOut)),
        }
    }

    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            // Every transaction here writes. IMMEDIATE takes SQLite's write lock at the start,
            // where the busy timeout waits for it; a deferred transaction that reads first and
            // then writes fails at once ("database is locked") when another connection wrote
            // in between.
            Self::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Self::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn close(&self) {
        with_db!(self, |pool| pool.close().await)
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    /// The pool's connections right now, for monitoring: read from the pool, no query.
    pub fn pool_stats(&self) -> PoolStats {
        with_db!(self, |pool| PoolStats {
            open: pool.size(),
            idle: pool.num_idle(),
            max: pool.options().get_max_connections(),
        })
    }
}

/// How many connections the pool holds ([`Db::pool_stats`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolStats {
    /// Open, idle or in use.
    pub open: u32,
    /// Open and waiting for a query.
    pub idle: usize,
    /// The most the pool opens.
    pub max: u32,
}

/// A fresh, migrated SQLite database in its own temporary folder, for unit tests of the plain
/// functions over the database; the folder goes when this is dropped.
#[cfg(test)]
pub struct ScratchDb {
    pub db: Db,
    dir: std::path::PathBuf,
}

#[cfg(test)]
impl ScratchDb {
    pub async fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("portico-unit-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let url = DatabaseUrl::Sqlite(format!("sqlite:{}", dir.join("portico.db").display()));
        let db = Db::connect(&url).await.expect("a SQLite database");
        db.migrate().await.expect("migrations");
        Self { db, dir }
    }
}

#[cfg(test)]
impl Drop for ScratchDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rebuilding_the_staff_table_keeps_every_row_and_every_reference_to_it() {
        let dir = std::env::temp_dir().join(format!("portico-rebuild-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = Db::connect(&DatabaseUrl::Sqlite(format!("sqlite:{}", dir.join("p.db").display()))).await.unwrap();
        let Db::Sqlite(pool) = &db else { unreachable!() };
        // The database as it was before the designer's migration, with staff in a team.
        let all = sqlx::migrate!("migrations/sqlite");
        let before = sqlx::migrate::Migrator {
            migrations: all.migrations.iter().filter(|m| m.version < 20261201010000).cloned().collect::<Vec<_>>().into(),
            ..sqlx::migrate::Migrator::DEFAULT
        };
        before.run(pool).await.unwrap();
        let now = "2026-12-01T00:00:00Z";
        for statement in [
            format!("INSERT INTO staff (id, email, name, role, language, created_at, updated_at) VALUES (7, 'a@b', 'A', 'admin', 'en', '{now}', '{now}')"),
            format!("INSERT INTO teams (id, name, created_at) VALUES ('waste', 'Waste', '{now}')"),
            "INSERT INTO team_members (team_id, staff_id) VALUES ('waste', 7)".to_owned(),
        ] {
            sqlx::query(&statement).execute(pool).await.unwrap();
        }
        db.migrate().await.unwrap();
        let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM team_members").fetch_one(pool).await.unwrap();
        assert_eq!(members, 1, "the membership survived the rebuild");
        sqlx::query(&format!("UPDATE staff SET role = 'designer', updated_at = '{now}' WHERE id = 7")).execute(pool).await.unwrap();
        assert!(sqlx::query("UPDATE staff SET role = 'boss' WHERE id = 7").execute(pool).await.is_err(), "the new CHECK holds");
        // The reference still points at staff: removing the member of staff removes the membership.
        sqlx::query("DELETE FROM staff WHERE id = 7").execute(pool).await.unwrap();
        let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM team_members").fetch_one(pool).await.unwrap();
        assert_eq!(members, 0);
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
