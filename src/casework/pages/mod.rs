//! The caseworkers' pages: dashboard, queue (filters, counts, keyset pages, bulk assignment,
//! CSV export), and the request page with its timeline and actions. Every handler first loads
//! the signed-in member of staff (`staff`: a disabled account is refused at once), then
//! checks the request's team, then calls a `store` function. One file per page.

mod dashboard;
mod queue;
mod request;

pub use request::describe;

use super::store::{self, StaffUser};
use crate::{
    auth::{require_staff, Role},
    i18n::I18n,
    requests::status::Status,
    web::{AppError, AppState, Ctx},
};
use axum::{
    routing::{get, post},
    Router,
};
use chrono::{Datelike, NaiveDate, Utc};
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(dashboard::dashboard))
        .route("/staff/requests", get(queue::queue))
        .route("/staff/requests/export.csv", get(queue::export_csv))
        .route("/staff/requests/assign", post(queue::bulk_assign))
        .route("/staff/requests/{reference}", get(request::request_page))
        .route("/staff/requests/{reference}/files/{file}", get(request::download))
        .route("/staff/requests/{reference}/{action}", get(request::back_to_request).post(request::act))
}

pub(super) fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The signed-in member of staff, still enabled. Every staff page starts here.
pub async fn staff(ctx: &Ctx) -> Result<StaffUser, AppError> {
    let (id, _) = require_staff(ctx, Role::Caseworker)?;
    // A member of staff disabled since signing in loses access at their next request.
    store::staff_user(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::Forbidden)
}

pub(super) fn service_title(ctx: &Ctx, service: &str) -> String {
    ctx.services().get(service).map_or_else(|| service.to_owned(), |d| d.title(&ctx.i18n))
}

pub(super) fn date(i: &I18n, d: NaiveDate) -> String {
    i.date(d.year(), d.month(), d.day())
}

pub(super) fn status_tag(i: &I18n, status: Status) -> impl IntoView {
    let colour = match status {
        Status::Submitted => "tag tag--blue",
        Status::InReview => "tag tag--purple",
        Status::WaitingForCitizen => "tag tag--yellow",
        Status::Approved => "tag tag--green",
        Status::Rejected => "tag tag--red",
        Status::Withdrawn | Status::Closed => "tag tag--grey",
    };
    view! { <strong class=colour>{i.t(status.message_id())}</strong> }
}

