//! The chains: appending a link inside the writing transaction, and reading every link back for
//! verification.
//!
//! Four tables are chained, each row a link: `request_events` (one chain per request,
//! `request:<id>`), `service_events` (one per service, `service:<id>`), `identity_events` (the
//! chain `identity`) and `admin_events` (the chain `admin`). Appending takes the chain's head
//! row in `audit_heads` with an `UPDATE … RETURNING` first, which PostgreSQL locks until the
//! transaction ends (and SQLite's write lock serialises anyway), so instances sharing one database
//! append to a chain one at a time and never fork it.

use super::encoding::{self, GENESIS};
use crate::{
    db::{Db, Tx},
    with_db, with_tx,
};
use chrono::{DateTime, Utc};

/// A chained table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    RequestEvents,
    ServiceEvents,
    IdentityEvents,
    AdminEvents,
}

impl Table {
    pub const ALL: [Table; 4] = [Self::RequestEvents, Self::ServiceEvents, Self::IdentityEvents, Self::AdminEvents];

    pub fn name(self) -> &'static str {
        match self {
            Self::RequestEvents => "request_events",
            Self::ServiceEvents => "service_events",
            Self::IdentityEvents => "identity_events",
            Self::AdminEvents => "admin_events",
        }
    }
}

/// The chain of a request's events.
pub fn request_chain(request_id: i64) -> String {
    format!("request:{request_id}")
}

/// The chain of a service's events.
pub fn service_chain(service: &str) -> String {
    format!("service:{service}")
}

pub const IDENTITY_CHAIN: &str = "identity";
pub const ADMIN_CHAIN: &str = "admin";

/// What a new link carries, to be written into its row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub seq: i64,
    pub prev_hash: String,
    pub hash: String,
    pub payload_digest: String,
}

/// Takes the next place in `chain` for a row of `table` with these fields, inside `tx`: the
/// caller inserts the row with the values returned, in the same transaction.
pub async fn seal(tx: &mut Tx, table: Table, chain: &str, frame: &[Option<String>], payload: &[Option<String>]) -> Result<Sealed, sqlx::Error> {
    with_tx!(&mut *tx, |conn| sqlx::query("INSERT INTO audit_heads (chain, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain) DO NOTHING")
        .bind(chain)
        .bind(GENESIS)
        .execute(conn)
        .await
        .map(|_| ()))?;
    // Locks the head (PostgreSQL) until the transaction ends: the next append waits here.
    let (seq, prev_hash): (i64, String) =
        with_tx!(&mut *tx, |conn| sqlx::query_as("UPDATE audit_heads SET seq = seq + 1 WHERE chain = $1 RETURNING seq, hash")
            .bind(chain)
            .fetch_one(conn)
            .await)?;
    let payload_digest = encoding::payload_digest(payload);
    let hash = encoding::link_hash(table.name(), chain, seq, &prev_hash, &payload_digest, frame);
    with_tx!(&mut *tx, |conn| sqlx::query("UPDATE audit_heads SET hash = $1 WHERE chain = $2").bind(&hash).bind(chain).execute(conn).await.map(|_| ()))?;
    Ok(Sealed { seq, prev_hash, hash, payload_digest })
}

/// One link as read back: its place, what it claims, and the fields to recompute it from.
#[derive(Clone, Debug)]
pub struct Link {
    pub table: Table,
    pub id: i64,
    pub chain: String,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    pub payload_digest: Option<String>,
    pub erased_at: Option<DateTime<Utc>>,
    pub kind: String,
    pub at: DateTime<Utc>,
    pub frame: Vec<Option<String>>,
    pub payload: Vec<Option<String>>,
}

/// A row of `request_events` with the fields its link covers.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestEvent {
    pub id: i64,
    pub request_id: i64,
    pub actor: String,
    pub staff_id: Option<i64>,
    pub api_key_id: Option<i64>,
    pub team: Option<String>,
    pub kind: String,
    pub data: String,
    pub citizen_sees: bool,
    pub at: DateTime<Utc>,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    pub payload_digest: Option<String>,
    pub erased_at: Option<DateTime<Utc>>,
}

impl RequestEvent {
    pub const COLUMNS: &'static str =
        "id, request_id, actor, staff_id, api_key_id, team, kind, data, citizen_sees, at, seq, prev_hash, hash, payload_digest, erased_at";

    /// What the hash covers directly: everything but the content (`data`), in this order.
    pub fn frame(&self) -> Vec<Option<String>> {
        vec![
            Some(self.request_id.to_string()),
            Some(self.actor.clone()),
            encoding::num(self.staff_id),
            encoding::num(self.api_key_id),
            self.team.clone(),
            Some(self.kind.clone()),
            Some(self.citizen_sees.to_string()),
            Some(encoding::time(self.at)),
        ]
    }

    pub fn payload(&self) -> Vec<Option<String>> {
        vec![Some(self.data.clone())]
    }

    pub fn link(self) -> Link {
        Link {
            table: Table::RequestEvents,
            id: self.id,
            chain: request_chain(self.request_id),
            frame: self.frame(),
            payload: self.payload(),
            seq: self.seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            payload_digest: self.payload_digest,
            erased_at: self.erased_at,
            kind: self.kind,
            at: self.at,
        }
    }
}

/// A row of `service_events`.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ServiceEvent {
    pub id: i64,
    pub service: String,
    pub version: Option<i64>,
    pub staff_id: Option<i64>,
    pub kind: String,
    pub data: String,
    pub at: DateTime<Utc>,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    pub payload_digest: Option<String>,
}

impl ServiceEvent {
    pub const COLUMNS: &'static str = "id, service, version, staff_id, kind, data, at, seq, prev_hash, hash, payload_digest";

    pub fn frame(&self) -> Vec<Option<String>> {
        vec![Some(self.service.clone()), encoding::num(self.version), encoding::num(self.staff_id), Some(self.kind.clone()), Some(encoding::time(self.at))]
    }

    pub fn payload(&self) -> Vec<Option<String>> {
        vec![Some(self.data.clone())]
    }

    fn link(self) -> Link {
        Link {
            table: Table::ServiceEvents,
            id: self.id,
            chain: service_chain(&self.service),
            frame: self.frame(),
            payload: self.payload(),
            seq: self.seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            payload_digest: self.payload_digest,
            erased_at: None,
            kind: self.kind,
            at: self.at,
        }
    }
}

/// A row of `identity_events`: the issuer and subject are its payload.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct IdentityEvent {
    pub id: i64,
    pub kind: String,
    pub issuer: String,
    pub subject: String,
    pub provider: String,
    pub account_kind: String,
    pub account_id: i64,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub at: DateTime<Utc>,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    pub payload_digest: Option<String>,
}

impl IdentityEvent {
    pub const COLUMNS: &'static str =
        "id, kind, issuer, subject, provider, account_kind, account_id, actor_kind, actor_id, at, seq, prev_hash, hash, payload_digest";

    pub fn frame(&self) -> Vec<Option<String>> {
        vec![
            Some(self.kind.clone()),
            Some(self.provider.clone()),
            Some(self.account_kind.clone()),
            Some(self.account_id.to_string()),
            Some(self.actor_kind.clone()),
            encoding::num(self.actor_id),
            Some(encoding::time(self.at)),
        ]
    }

    pub fn payload(&self) -> Vec<Option<String>> {
        vec![Some(self.issuer.clone()), Some(self.subject.clone())]
    }

    fn link(self) -> Link {
        Link {
            table: Table::IdentityEvents,
            id: self.id,
            chain: IDENTITY_CHAIN.to_owned(),
            frame: self.frame(),
            payload: self.payload(),
            seq: self.seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            payload_digest: self.payload_digest,
            erased_at: None,
            kind: self.kind,
            at: self.at,
        }
    }
}

/// A row of `admin_events`.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AdminEvent {
    pub id: i64,
    pub staff_id: Option<i64>,
    pub kind: String,
    pub subject: String,
    pub data: String,
    pub at: DateTime<Utc>,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    pub payload_digest: Option<String>,
}

impl AdminEvent {
    pub const COLUMNS: &'static str = "id, staff_id, kind, subject, data, at, seq, prev_hash, hash, payload_digest";

    pub fn frame(&self) -> Vec<Option<String>> {
        vec![encoding::num(self.staff_id), Some(self.kind.clone()), Some(self.subject.clone()), Some(encoding::time(self.at))]
    }

    pub fn payload(&self) -> Vec<Option<String>> {
        vec![Some(self.data.clone())]
    }

    fn link(self) -> Link {
        Link {
            table: Table::AdminEvents,
            id: self.id,
            chain: ADMIN_CHAIN.to_owned(),
            frame: self.frame(),
            payload: self.payload(),
            seq: self.seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            payload_digest: self.payload_digest,
            erased_at: None,
            kind: self.kind,
            at: self.at,
        }
    }
}

/// Every link of `table`, by chain and place (rows never chained last).
pub async fn links(db: &Db, table: Table) -> Result<Vec<Link>, sqlx::Error> {
    let mut links: Vec<Link> = match table {
        Table::RequestEvents => {
            let sql = format!("SELECT {} FROM request_events ORDER BY request_id, seq, id", RequestEvent::COLUMNS);
            let rows: Vec<RequestEvent> = with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
            rows.into_iter().map(RequestEvent::link).collect()
        }
        Table::ServiceEvents => {
            let sql = format!("SELECT {} FROM service_events ORDER BY service, seq, id", ServiceEvent::COLUMNS);
            let rows: Vec<ServiceEvent> = with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
            rows.into_iter().map(ServiceEvent::link).collect()
        }
        Table::IdentityEvents => {
            let sql = format!("SELECT {} FROM identity_events ORDER BY seq, id", IdentityEvent::COLUMNS);
            let rows: Vec<IdentityEvent> = with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
            rows.into_iter().map(IdentityEvent::link).collect()
        }
        Table::AdminEvents => {
            let sql = format!("SELECT {} FROM admin_events ORDER BY seq, id", AdminEvent::COLUMNS);
            let rows: Vec<AdminEvent> = with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
            rows.into_iter().map(AdminEvent::link).collect()
        }
    };
    // NULL places sort differently on the two databases: put unchained rows last on both.
    links.sort_by(|a, b| (&a.chain, a.seq.is_none(), a.seq, a.id).cmp(&(&b.chain, b.seq.is_none(), b.seq, b.id)));
    Ok(links)
}

/// The links of one request, in order: its audit trail.
pub async fn request_links(db: &Db, request_id: i64) -> Result<Vec<RequestEvent>, sqlx::Error> {
    let sql = format!("SELECT {} FROM request_events WHERE request_id = $1 ORDER BY seq, id", RequestEvent::COLUMNS);
    with_db!(db, |pool| sqlx::query_as(&sql).bind(request_id).fetch_all(pool).await)
}

/// Every chain's head: `(chain, seq, hash)`, by chain.
pub async fn heads(db: &Db) -> Result<Vec<(String, i64, String)>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as("SELECT chain, seq, hash FROM audit_heads ORDER BY chain").fetch_all(pool).await)
}

/// Chains, once, the rows written before the chain existed (noted by the migration in
/// `audit_legacy`), in id order. Several instances starting at once: the first to delete the
/// note does the work; the others find nothing to do.
pub async fn seal_legacy(db: &Db) -> Result<(), sqlx::Error> {
    for table in [Table::RequestEvents, Table::ServiceEvents, Table::IdentityEvents] {
        let mut tx = db.begin().await?;
        let noted: Option<i64> = with_tx!(&mut tx, |conn| sqlx::query_scalar("DELETE FROM audit_legacy WHERE tbl = $1 RETURNING max_id")
            .bind(table.name())
            .fetch_optional(conn)
            .await)?;
        let Some(max_id) = noted else { continue };
        let sql = format!("SELECT {} FROM {} WHERE hash IS NULL AND id <= $1 ORDER BY id", columns(table), table.name());
        let rows: Vec<Link> = match table {
            Table::RequestEvents => with_tx!(&mut tx, |conn| sqlx::query_as::<_, RequestEvent>(&sql).bind(max_id).fetch_all(conn).await)?
                .into_iter()
                .map(RequestEvent::link)
                .collect(),
            Table::ServiceEvents => with_tx!(&mut tx, |conn| sqlx::query_as::<_, ServiceEvent>(&sql).bind(max_id).fetch_all(conn).await)?
                .into_iter()
                .map(ServiceEvent::link)
                .collect(),
            Table::IdentityEvents => with_tx!(&mut tx, |conn| sqlx::query_as::<_, IdentityEvent>(&sql).bind(max_id).fetch_all(conn).await)?
                .into_iter()
                .map(IdentityEvent::link)
                .collect(),
            Table::AdminEvents => Vec::new(),
        };
        let update = format!("UPDATE {} SET seq = $1, prev_hash = $2, hash = $3, payload_digest = $4 WHERE id = $5", table.name());
        for link in rows {
            let sealed = seal(&mut tx, table, &link.chain, &link.frame, &link.payload).await?;
            with_tx!(&mut tx, |conn| sqlx::query(&update)
                .bind(sealed.seq)
                .bind(&sealed.prev_hash)
                .bind(&sealed.hash)
                .bind(&sealed.payload_digest)
                .bind(link.id)
                .execute(conn)
                .await
                .map(|_| ()))?;
        }
        tx.commit().await?;
    }
    Ok(())
}

fn columns(table: Table) -> &'static str {
    match table {
        Table::RequestEvents => RequestEvent::COLUMNS,
        Table::ServiceEvents => ServiceEvent::COLUMNS,
        Table::IdentityEvents => IdentityEvent::COLUMNS,
        Table::AdminEvents => AdminEvent::COLUMNS,
    }
}

/// Appends to the `admin` chain: what a member of staff (none: the command line or a job) did to
/// `subject` (e.g. `api_key:3`), as part of `tx`.
pub async fn admin_event(tx: &mut Tx, staff_id: Option<i64>, kind: &str, subject: &str, data: serde_json::Value) -> Result<(), sqlx::Error> {
    let mut row = AdminEvent {
        id: 0,
        staff_id,
        kind: kind.to_owned(),
        subject: subject.to_owned(),
        data: data.to_string(),
        at: encoding::now(),
        seq: None,
        prev_hash: None,
        hash: None,
        payload_digest: None,
    };
    let sealed = seal(tx, Table::AdminEvents, ADMIN_CHAIN, &row.frame(), &row.payload()).await?;
    row.seq = Some(sealed.seq);
    with_tx!(tx, |conn| sqlx::query(
        "INSERT INTO admin_events (staff_id, kind, subject, data, at, seq, prev_hash, hash, payload_digest) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    )
    .bind(row.staff_id)
    .bind(&row.kind)
    .bind(&row.subject)
    .bind(&row.data)
    .bind(row.at)
    .bind(sealed.seq)
    .bind(&sealed.prev_hash)
    .bind(&sealed.hash)
    .bind(&sealed.payload_digest)
    .execute(conn)
    .await
    .map(|_| ()))
}
