//! The canonical encoding the chain hashes and the checkpoints sign, kept in one place so that
//! anyone can re-implement it from docs/audit.md.
//!
//! A record is a list of fields, each text or absent. A present field is written as its length in
//! bytes (UTF-8, in decimal), a colon and the bytes, so no value can run into the next; an
//! absent one (SQL NULL) as a single `_`. Timestamps are RFC 3339 in UTC with exactly six
//! decimals (`2026-12-03T02:00:00.000000Z`), the precision both databases keep; numbers are
//! decimal; booleans `true` or `false`. Hashes are lower-case hexadecimal SHA-256.

use chrono::{DateTime, SubsecRound, Utc};
use sha2::{Digest, Sha256};

/// The first field of every link's record: the version of this encoding.
pub const LINK_TAG: &str = "portico-audit-v1";
/// The first field of every checkpoint's signed record.
pub const CHECKPOINT_TAG: &str = "portico-checkpoint-v1";
/// The `prev_hash` of a chain's first link.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Encodes `fields` as described in the module docs.
pub fn encode(fields: &[Option<&str>]) -> Vec<u8> {
    let mut out = Vec::new();
    for field in fields {
        match field {
            Some(text) => {
                out.extend_from_slice(text.len().to_string().as_bytes());
                out.push(b':');
                out.extend_from_slice(text.as_bytes());
            }
            None => out.push(b'_'),
        }
    }
    out
}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The digest of a link's personal content (its payload fields): what the chain covers in its
/// place, so that erasing the content leaves the chain whole.
pub fn payload_digest(payload: &[Option<String>]) -> String {
    let fields: Vec<Option<&str>> = payload.iter().map(Option::as_deref).collect();
    sha256_hex(&encode(&fields))
}

/// A link's hash: its table and chain, its place, the hash before it, the digest of its
/// payload and then its own fields (the frame), in that order.
pub fn link_hash(table: &str, chain: &str, seq: i64, prev_hash: &str, payload_digest: &str, frame: &[Option<String>]) -> String {
    let seq = seq.to_string();
    let mut fields = vec![Some(LINK_TAG), Some(table), Some(chain), Some(seq.as_str()), Some(prev_hash), Some(payload_digest)];
    fields.extend(frame.iter().map(Option::as_deref));
    sha256_hex(&encode(&fields))
}

/// A timestamp as the encoding writes it.
pub fn time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// Now, to the precision both databases store (so a timestamp hashes the same after a round trip).
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// A field from a number, a text or nothing.
pub fn num(n: Option<i64>) -> Option<String> {
    n.map(|n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_length_prefixed_and_null_is_an_underscore() {
        assert_eq!(encode(&[Some("ab"), None, Some(""), Some("é")]), b"2:ab_0:2:\xc3\xa9".to_vec());
    }

    #[test]
    fn moving_a_character_from_one_field_to_the_next_changes_the_encoding() {
        assert_ne!(encode(&[Some("ab"), Some("c")]), encode(&[Some("a"), Some("bc")]));
    }

    #[test]
    fn the_hash_of_a_known_record_is_stable() {
        // The worked example in docs/audit.md: a change here breaks every stored chain.
        let frame = vec![
            Some("7".to_owned()),
            Some("citizen".to_owned()),
            None,
            None,
            None,
            Some("submitted".to_owned()),
            Some("true".to_owned()),
            Some("2026-12-03T02:00:00.000000Z".to_owned()),
        ];
        let digest = payload_digest(&[Some("{}".to_owned())]);
        assert_eq!(digest, sha256_hex(b"2:{}"));
        let hash = link_hash("request_events", "request:7", 1, GENESIS, &digest, &frame);
        assert_eq!(hash.len(), 64);
        assert_eq!(hash, link_hash("request_events", "request:7", 1, GENESIS, &digest, &frame));
        assert_ne!(hash, link_hash("request_events", "request:7", 2, GENESIS, &digest, &frame));
    }

    #[test]
    fn timestamps_have_six_decimals_in_utc() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T02:00:00.123456789+01:00").unwrap().with_timezone(&Utc);
        assert_eq!(time(at), "2026-12-03T01:00:00.123456Z");
    }
}
