//! A request's audit trail with its proof, as JSON anyone can check without Portico: every link
//! of the request's chain (the fields hashed, the content where it is not erased, the hashes),
//! the signed checkpoint that covers the last of them, and the public key. docs/audit.md says
//! how to check it.

use super::{
    chain::{self, Table},
    checkpoint::{self, SigningKey},
    encoding,
};
use crate::db::Db;
use serde_json::{json, Value};

/// The names of the fields a request link's frame holds, in their order.
const FRAME: [&str; 8] = ["request_id", "actor", "staff_id", "api_key_id", "team", "kind", "citizen_sees", "at"];

/// The export of request `request_id` (reference `reference`): the links up to the checkpoint
/// taken (or found) now, so every link given is covered by the signature given.
pub async fn request_trail(db: &Db, key: &SigningKey, request_id: i64, reference: &str) -> Result<Value, sqlx::Error> {
    let chain_name = chain::request_chain(request_id);
    let checkpoint = checkpoint::take(db, key).await?;
    let covered = checkpoint.heads.iter().find(|(c, _, _)| *c == chain_name).map_or(0, |(_, seq, _)| *seq);
    let links: Vec<Value> = chain::request_links(db, request_id)
        .await?
        .into_iter()
        .filter(|e| e.seq.is_some_and(|s| s <= covered))
        .map(|e| {
            let frame = e.frame();
            let erased = e.erased_at.is_some();
            json!({
                "id": e.id,
                "seq": e.seq,
                "kind": e.kind,
                "at": encoding::time(e.at),
                "frame_fields": FRAME,
                "frame": frame,
                // The content, so its digest can be recomputed; erased by retention, it is gone.
                "payload": if erased { Value::Null } else { json!(e.payload()) },
                "erased_at": e.erased_at.map(encoding::time),
                "payload_digest": e.payload_digest,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            })
        })
        .collect();
    Ok(json!({
        "format": "portico-audit-export-v1",
        "how_to_check": "docs/audit.md#checking-an-export",
        "request": { "reference": reference, "chain": chain_name, "table": Table::RequestEvents.name() },
        "links": links,
        "checkpoint": {
            "id": checkpoint.id,
            "at": encoding::time(checkpoint.at),
            "heads": checkpoint.heads,
            "signature": checkpoint.signature,
        },
        "public_key": key.public_hex(),
        "development_key": key.development,
    }))
}
