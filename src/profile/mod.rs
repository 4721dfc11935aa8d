//! The citizen profile ("tell us once"): names, date of birth, address, email, phone, preferred
//! language and how to be contacted, each with where it came from and when it was last
//! confirmed; the history of changes; downloading all of one's data; deleting the account.
//!
//! `fields` is plain Rust shared with the browser build; the rest runs on the server.

pub mod fields;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use pages::router;
