//! The HTTP layer shared by every module: the request context pages are built from, the page
//! renderer, security headers and error pages. Domain modules own their routes; this module only
//! gives them the means to answer.

pub mod assets;
pub mod ctx;
pub mod errors;
pub mod form;
pub mod render;
pub mod security;

pub use ctx::{Ctx, PageUrl};
pub use errors::{AppError, ErrorPage};
