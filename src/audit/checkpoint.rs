//! Signed checkpoints: from time to time the head of every chain (its last place and hash) is
//! written down and signed with the portal's Ed25519 key (`PORTICO_AUDIT_SIGNING_KEY`). Deleting a
//! chain's last rows, or a whole chain, and rewriting its heads to match, is then still found:
//! the checkpoint names a row that is no longer there, and no one without the key can sign a new
//! one.

use super::{chain, encoding};
use crate::{db::Db, with_db};
use chrono::{DateTime, Utc};

pub use super::key::SigningKey;

/// One checkpoint: when, every chain's head, and the signature over them.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Checkpoint {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// `(chain, seq, hash)`, sorted by chain.
    pub heads: Vec<(String, i64, String)>,
    pub public_key: String,
    pub signature: String,
}

impl Checkpoint {
    /// What the signature covers: the encoding of `portico-checkpoint-v1`, the time, then each
    /// head's chain, place and hash (docs/audit.md).
    pub fn message(&self) -> Vec<u8> {
        let at = encoding::time(self.at);
        let seqs: Vec<String> = self.heads.iter().map(|(_, seq, _)| seq.to_string()).collect();
        let mut fields = vec![Some(encoding::CHECKPOINT_TAG), Some(at.as_str())];
        for ((chain, _, hash), seq) in self.heads.iter().zip(&seqs) {
            fields.extend([Some(chain.as_str()), Some(seq.as_str()), Some(hash.as_str())]);
        }
        encoding::encode(&fields)
    }
}

#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    at: DateTime<Utc>,
    heads: String,
    public_key: String,
    signature: String,
}

impl Stored {
    fn checkpoint(self) -> Checkpoint {
        // A heads column that is not the list it should be is a changed checkpoint: it keeps no
        // heads, and its signature no longer matches.
        let heads = serde_json::from_str(&self.heads).unwrap_or_default();
        Checkpoint { id: self.id, at: self.at, heads, public_key: self.public_key, signature: self.signature }
    }
}

/// Every checkpoint, oldest first.
pub async fn all(db: &Db) -> Result<Vec<Checkpoint>, sqlx::Error> {
    let rows: Vec<Stored> =
        with_db!(db, |pool| sqlx::query_as("SELECT id, at, heads, public_key, signature FROM audit_checkpoints ORDER BY id").fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Stored::checkpoint).collect())
}

/// The latest checkpoint, if any.
pub async fn latest(db: &Db) -> Result<Option<Checkpoint>, sqlx::Error> {
    let row: Option<Stored> =
        with_db!(db, |pool| sqlx::query_as("SELECT id, at, heads, public_key, signature FROM audit_checkpoints ORDER BY id DESC LIMIT 1")
            .fetch_optional(pool)
            .await)?;
    Ok(row.map(Stored::checkpoint))
}

/// Signs and stores a checkpoint of every head now, unless nothing moved since the last one
/// (then that one is returned).
pub async fn take(db: &Db, key: &SigningKey) -> Result<Checkpoint, sqlx::Error> {
    let heads = chain::heads(db).await?;
    if let Some(last) = latest(db).await?.filter(|c| c.heads == heads && c.public_key == key.public_hex()) {
        return Ok(last);
    }
    let mut checkpoint = Checkpoint { id: 0, at: encoding::now(), heads, public_key: key.public_hex(), signature: String::new() };
    checkpoint.signature = key.sign(&checkpoint.message());
    let heads_json = serde_json::to_string(&checkpoint.heads).unwrap_or_default();
    checkpoint.id =
        with_db!(db, |pool| sqlx::query_scalar("INSERT INTO audit_checkpoints (at, heads, public_key, signature) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(checkpoint.at)
            .bind(&heads_json)
            .bind(&checkpoint.public_key)
            .bind(&checkpoint.signature)
            .fetch_one(pool)
            .await)?;
    Ok(checkpoint)
}

/// Takes a checkpoint every `minutes`, for as long as the server runs. Several instances each
/// take theirs; one that finds nothing moved writes nothing.
pub fn spawn(db: Db, key: SigningKey, minutes: u64) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(minutes.max(1) * 60));
        interval.tick().await;
        loop {
            interval.tick().await;
            if let Err(error) = take(&db, &key).await {
                tracing::warn!(%error, "could not take an audit checkpoint");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_signed_by_a_key_verifies_with_it_and_not_once_changed() {
        let key = SigningKey::parse(&"11".repeat(32)).unwrap();
        let mut c = Checkpoint {
            id: 1,
            at: encoding::now(),
            heads: vec![("request:1".into(), 3, "ab".repeat(32))],
            public_key: key.public_hex(),
            signature: String::new(),
        };
        c.signature = key.sign(&c.message());
        assert!(key.verifies(&c.message(), &c.signature));
        assert!(!SigningKey::development().verifies(&c.message(), &c.signature));
        c.heads[0].1 = 2;
        assert!(!key.verifies(&c.message(), &c.signature));
    }

    #[test]
    fn a_seed_that_is_not_32_bytes_of_hex_is_refused() {
        assert!(SigningKey::parse("abc").is_err());
        assert!(SigningKey::parse(&"zz".repeat(32)).is_err());
        assert!(SigningKey::parse(&"00".repeat(31)).is_err());
    }
}
