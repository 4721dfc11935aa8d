//! The journey pages: the list of services, a service's start page, one page per question,
//! check your answers, submission, confirmation, exit pages, and "Your applications".
//!
//! Every page works without JavaScript: questions are plain forms that post to their own page,
//! which re-renders with every typed value and the errors, or saves the answer to the draft and
//! redirects (303) to the next step of the route.
//!
//! One file per page or step; what they share sits below them, in `page` (the service, the
//! route, the addresses between pages), `progress` (the draft) and `known` (tell us once).
//! Questions are drawn by `crate::ui::question`.

mod answer;
mod applications;
mod check;
mod ends;
mod items;
mod known;
mod page;
mod progress;
mod question;
mod start;
mod submit;

pub use page::preview_key;
pub use progress::forget_preview;

use crate::web::AppState;
use axum::{
    extract::DefaultBodyLimit,
    routing::{get, post},
    Router,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/services", get(start::list))
        .route("/applications", get(applications::applications))
        .route("/applications/{service}/delete", post(applications::delete_draft))
        .route("/services/{service}", get(start::start_page))
        .route("/services/{service}/start", post(start::start))
        .route("/services/{service}/check-answers", get(check::check_answers))
        .route("/services/{service}/schema.json", get(start::schema_json))
        .route("/services/{service}/versions/{version}/schema.json", get(start::version_schema_json))
        .route("/services/{service}/submit", post(submit::submit))
        .route("/services/{service}/confirmation/{reference}", get(ends::confirmation))
        .route("/services/{service}/exit/{exit}", get(ends::exit_page))
        .route("/services/{service}/{question}", get(question::question_page).post(answer::answer))
        // Room for a 10 MB upload and the form around it.
        .layer(DefaultBodyLimit::max(12 * 1024 * 1024))
}
