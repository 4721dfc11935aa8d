//! The HTTP layer shared by every module, below all of them: the application state, the request
//! context pages are built from, the page renderer (form pages too), form and upload helpers,
//! address and query readers whose failure is a page, the language cookie, security headers and
//! error pages. Domain modules own their routes; this module only gives them the means to answer,
//! and imports none of their pages or handlers (uploads are checked with the service engine's
//! plain rules, `services::answers`).

pub mod assets;
pub mod ctx;
pub mod errors;
pub mod extract;
pub mod form;
pub mod language;
pub mod markup;
pub mod multipart;
pub mod render;
pub mod security;
pub mod state;

pub use crate::ui::shell::{PageMeta, PageUrl};
pub use ctx::Ctx;
pub use errors::{AppError, ErrorPage, PageResult};
pub use state::AppState;
