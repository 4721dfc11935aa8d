//! User-interface components shared by every module, built like GOV.UK Frontend's: a typed set
//! of props, text escaped by default, ids wired for `aria-describedby`.
//!
//! `islands` compiles for the browser too; everything else renders on the server only.

#[cfg(feature = "ssr")]
pub mod form;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod question;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod sign_in;
