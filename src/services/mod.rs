//! The service engine: definitions as data, the rules that check answers, and the route
//! through a journey. `model`, `answers` and `flow` are plain Rust with no server dependencies,
//! so the same rules run in the browser; loading stored versions and serving them runs on the server.

pub mod answers;
pub mod flow;
pub mod forward;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod journey;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
pub mod load;
pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod versions;
#[cfg(feature = "ssr")]
pub mod revisions;
#[cfg(feature = "ssr")]
pub mod schema;
#[cfg(feature = "ssr")]
pub mod submitted;
#[cfg(feature = "ssr")]
pub mod texts;
