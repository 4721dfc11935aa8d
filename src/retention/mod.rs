//! Retention: each service says how long its requests are kept after they close
//! (`retention = "P6Y"` in its definition, [`period`]); a scheduled job ([`job`]) then
//! anonymises them, deletes drafts left longer than a configured limit, and records what it did
//! in the audit chain (`crate::audit`), where the erased rows stay verifiable.

pub mod period;

#[cfg(feature = "ssr")]
pub mod job;

/// The kind of the request event that records an erasure: verifying accepts an erased row only
/// when its chain records one after it.
pub const ERASED_KIND: &str = "retention_erased";
