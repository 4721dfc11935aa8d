//! The tamper-evident audit trail (design: docs/audit.md).
//!
//! Every request event, every designer action on a service, every identity link and every
//! staff-admin action on API keys and webhooks is a link in a SHA-256 hash chain ([`chain`]):
//! each row carries the hash of the row before it in its chain, over a canonical encoding
//! ([`encoding`]) that covers a digest of the row's personal content rather than the content, so
//! retention can erase the content and the chain still verifies. Signed checkpoints
//! ([`checkpoint`], Ed25519) record every chain's head from time to time; [`verify`] checks
//! both and names the first row that does not match (`portico audit verify`); [`export`] gives a
//! request's trail with its proof, downloaded from the staff request page ([`pages`]).

pub mod chain;
pub mod checkpoint;
pub mod encoding;
pub mod key;
pub mod export;
pub mod pages;
pub mod verify;

pub use pages::router;
