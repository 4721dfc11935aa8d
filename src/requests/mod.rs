//! Requests: a citizen's draft while they apply, and the request once submitted, with its
//! reference, due date and status. Submitting is idempotent: the draft's submission key is
//! unique among requests, so a double click, a retry or "back and submit again" finds the
//! request already made instead of making another.

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod events;
pub mod reference;
#[cfg(feature = "ssr")]
pub mod pages;
pub mod status;
#[cfg(feature = "ssr")]
pub mod store;
