//! Webhooks after the Standard Webhooks specification (<https://www.standardwebhooks.com>): admins
//! register endpoints per team and per event type; when a request is submitted, changes status,
//! gets a message from the citizen or the information asked for, every endpoint of the request's
//! team that chose that event gets a signed JSON delivery.
//!
//! - `events`: the event types and their payload (no personal data).
//! - `signature`: secrets (`whsec_…`) and the `webhook-signature` header.
//! - `target`: which addresses may be sent to (http and https, public addresses only unless the
//!   operator allows private ones) and the resolver that enforces it at connection time.
//! - `store`: endpoints, queueing deliveries in the caller's transaction (the transactional
//!   outbox, beside the email one), the delivery log and "send again".
//! - `worker`: delivery with retries, exponential backoff with jitter, and disabling an endpoint
//!   that keeps failing (its team's admins are emailed).
//! - `pages`: the admins' pages under `/staff/admin/webhooks`.
//!
//! The receiver's side is described in `docs/webhooks.md`.

pub mod events;
pub mod pages;
pub mod signature;
pub mod store;
pub mod target;
pub mod worker;

pub use events::{Event, EventType};
pub use pages::router;
pub use store::enqueue;
