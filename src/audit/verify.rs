//! `portico audit verify`: recomputes every link of every chain and checks every checkpoint, and
//! reports each problem with the row it was found at (the first one first).

use super::{
    chain::{self, Link, Table},
    checkpoint::{self, Checkpoint},
    encoding::{self, GENESIS},
};
use crate::db::Db;
use std::collections::{BTreeMap, HashMap};

/// A row that does not match, or a checkpoint that does not.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// Where: `request_events row 42 (request:7 #3)`, `checkpoint 5`, `chain request:7`.
    pub at: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

/// What verifying found.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Report {
    pub links: usize,
    pub chains: usize,
    pub checkpoints: usize,
    /// Rows whose content retention erased, as the chain allows: `request_events row 42`.
    pub erased: Vec<String>,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

fn place(link: &Link) -> String {
    match link.seq {
        Some(seq) => format!("{} row {} ({} #{seq})", link.table.name(), link.id, link.chain),
        None => format!("{} row {} ({})", link.table.name(), link.id, link.chain),
    }
}

/// Checks one chain's links, in order; returns the chain's `(seq, hash)` pairs as stored.
pub fn check_chain(links: &[Link], report: &mut Report) -> Vec<(i64, String)> {
    let mut expected_seq = 1;
    let mut prev = GENESIS.to_owned();
    let mut last_id = i64::MIN;
    let mut stored = Vec::new();
    // Retention records the erasure of a request's content in the request's own chain.
    let erasure_recorded = links.iter().filter(|l| l.kind == crate::retention::ERASED_KIND).filter_map(|l| l.seq).max();
    for link in links {
        let problem = |what: String| Problem { at: place(link), what };
        let (Some(seq), Some(prev_hash), Some(hash), Some(digest)) = (link.seq, &link.prev_hash, &link.hash, &link.payload_digest) else {
            report.problems.push(problem("not chained: a row added behind the application's back".into()));
            continue;
        };
        report.links += 1;
        stored.push((seq, hash.clone()));
        if seq != expected_seq {
            let what = if seq > expected_seq {
                format!("expected #{expected_seq} of its chain, found #{seq}: a row before it is missing")
            } else {
                format!("#{seq} appears again or out of order (expected #{expected_seq})")
            };
            report.problems.push(problem(what));
        } else if *prev_hash != prev {
            report.problems.push(problem("its previous hash is not the hash of the row before it (rows removed, reordered or changed)".into()));
        }
        if link.id < last_id {
            report.problems.push(problem("its id is lower than the row before it in the chain: rows were reordered".into()));
        }
        last_id = link.id;
        match link.erased_at {
            Some(_) if erasure_recorded.is_some_and(|at| at > seq) => report.erased.push(format!("{} row {}", link.table.name(), link.id)),
            Some(_) => report.problems.push(problem("marked erased, but its chain records no erasure by retention after it".into())),
            None if encoding::payload_digest(&link.payload) != *digest => {
                report.problems.push(problem("its content does not match its digest: the row was changed".into()))
            }
            None => {}
        }
        if encoding::link_hash(link.table.name(), &link.chain, seq, prev_hash, digest, &link.frame) != *hash {
            report.problems.push(problem("its hash does not match its fields: the row was changed".into()));
        }
        prev = hash.clone();
        expected_seq = seq + 1;
    }
    stored
}

/// Verifies every chain against its rows and its head, and every checkpoint against its
/// signature (with `key`'s public half) and the chains.
pub async fn verify(db: &Db, key: &checkpoint::SigningKey) -> Result<Report, sqlx::Error> {
    let mut report = Report::default();
    let mut chains: HashMap<String, Vec<(i64, String)>> = HashMap::new();
    for table in Table::ALL {
        let links = chain::links(db, table).await?;
        let mut by_chain: BTreeMap<&str, Vec<Link>> = BTreeMap::new();
        for link in &links {
            by_chain.entry(link.chain.as_str()).or_default().push(link.clone());
        }
        for (name, links) in by_chain {
            let stored = check_chain(&links, &mut report);
            chains.insert(name.to_owned(), stored);
        }
    }
    report.chains = chains.len();

    for (name, seq, hash) in chain::heads(db).await? {
        let at = format!("chain {name}");
        match chains.get(&name).and_then(|rows| rows.last()) {
            None if seq > 0 => report.problems.push(Problem { at, what: format!("its head is #{seq} but none of its rows is there: the chain was deleted") }),
            Some((last, last_hash)) if (*last, last_hash) != (seq, &hash) => {
                report.problems.push(Problem { at, what: format!("its head is #{seq} but its last row is #{last}: rows were deleted from its end") })
            }
            _ => {}
        }
    }

    let checkpoints = checkpoint::all(db).await?;
    report.checkpoints = checkpoints.len();
    for c in &checkpoints {
        check_checkpoint(c, key, &chains, &mut report);
    }
    // A chain deleted altogether is found by its head above and by every checkpoint that
    // recorded it.
    Ok(report)
}

fn check_checkpoint(c: &Checkpoint, key: &checkpoint::SigningKey, chains: &HashMap<String, Vec<(i64, String)>>, report: &mut Report) {
    let at = format!("checkpoint {}", c.id);
    if c.public_key != key.public_hex() {
        report.problems.push(Problem { at: at.clone(), what: "signed with a key other than the configured one".into() });
    }
    if !key.verifies(&c.message(), &c.signature) {
        report.problems.push(Problem { at: at.clone(), what: "its signature does not match its heads: the checkpoint was changed".into() });
    }
    for (name, seq, hash) in &c.heads {
        let found = chains.get(name).and_then(|rows| rows.iter().find(|(s, _)| s == seq));
        match found {
            None => report.problems.push(Problem { at: at.clone(), what: format!("it records {name} #{seq}, which is missing: rows were deleted") }),
            Some((_, h)) if h != hash => {
                report.problems.push(Problem { at: at.clone(), what: format!("it records another hash for {name} #{seq}: the chain was rewritten") })
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{config::DatabaseUrl, db::Db};

    #[tokio::test]
    async fn rows_written_before_the_chain_existed_join_it_once_and_a_row_slipped_in_later_does_not() {
        let dir = std::env::temp_dir().join(format!("portico-legacy-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = Db::connect(&DatabaseUrl::Sqlite(format!("sqlite:{}", dir.join("p.db").display()))).await.unwrap();
        let Db::Sqlite(pool) = &db else { unreachable!() };
        // The database as it was before the audit chain, with a request and two events.
        let all = sqlx::migrate!("migrations/sqlite");
        let before = sqlx::migrate::Migrator {
            migrations: all.migrations.iter().filter(|m| m.version < 20261203020000).cloned().collect::<Vec<_>>().into(),
            ..sqlx::migrate::Migrator::DEFAULT
        };
        before.run(pool).await.unwrap();
        let now = "2026-12-01T00:00:00.123456789Z";
        for statement in [
            format!("INSERT INTO requests (id, reference, service, version, answers, profile_snapshot, language, status, team, due_date, submission_key, submitted_at, updated_at) \
                     VALUES (1, 'ABCD2345', 'bulky-waste', 1, '{{}}', '{{}}', 'en', 'submitted', 'waste', '2026-12-10', 'k', '{now}', '{now}')"),
            format!("INSERT INTO request_events (request_id, actor, kind, data, citizen_sees, at) VALUES (1, 'system', 'submitted', '{{}}', 1, '{now}')"),
            format!("INSERT INTO request_events (request_id, actor, kind, data, citizen_sees, at) VALUES (1, 'citizen', 'message', '{{\"body\":\"hi\"}}', 1, '{now}')"),
        ] {
            sqlx::query(&statement).execute(pool).await.unwrap();
        }
        db.migrate().await.unwrap();
        let key = crate::audit::checkpoint::SigningKey::development();
        let report = super::verify(&db, &key).await.unwrap();
        assert!(report.ok(), "{:?}", report.problems);
        assert_eq!(report.links, 2);
        // Migrating again (another instance starting) changes nothing.
        db.migrate().await.unwrap();
        let seqs: Vec<i64> = sqlx::query_scalar("SELECT seq FROM request_events ORDER BY id").fetch_all(pool).await.unwrap();
        assert_eq!(seqs, [1, 2]);
        // A row inserted without the application is never adopted by a later start.
        sqlx::query(&format!("INSERT INTO request_events (request_id, actor, kind, data, citizen_sees, at) VALUES (1, 'staff', 'viewed', '{{}}', 1, '{now}')"))
            .execute(pool)
            .await
            .unwrap();
        db.migrate().await.unwrap();
        let report = super::verify(&db, &key).await.unwrap();
        assert!(report.problems.iter().any(|p| p.what.contains("not chained")), "{:?}", report.problems);
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
