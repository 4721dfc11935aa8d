//! The service designer: council staff build a service in the browser, without a developer and
//! without JavaScript. Designers (and admins) create a service for one of their teams, edit its
//! draft one page at a time in GOV.UK patterns (a task list, summary lists with Change links),
//! see every problem the engine's own rules find, and publish; every instance serves the new
//! version within seconds, and nobody in the middle of a journey is moved onto it.
//!
//! Every handler first loads the signed-in member of staff (`designer`: a designer or an admin,
//! still enabled), then checks the service's team, then calls a plain function of `draft` and
//! stores the result with `services::versions`. Every change is recorded in `service_events`.

pub mod advice;
pub mod approval;
pub mod diff;
pub mod draft;
pub mod forward;
pub mod journeys;
pub mod map;
mod pages;
pub mod paths;
pub mod routing;
pub mod store;

use crate::{
    auth::{require_staff, Identity, Role},
    casework::store::{staff_user, StaffUser},
    services::versions,
    web::{AppError, AppState, Ctx},
};
use axum::{
    routing::{get, post},
    Router,
};
use draft::Draft;

/// Every designer address and its methods, so a test can knock on each without signing in.
/// The third field says whether translators may use it too (designers and admins may use all).
pub const ROUTES: [(&str, &str, bool); 31] = [
    ("GET", "/staff/designer", true),
    ("GET POST", "/staff/designer/new", false),
    ("GET", "/staff/designer/{service}", false),
    ("POST", "/staff/designer/{service}/draft", false),
    ("GET POST", "/staff/designer/{service}/details", false),
    ("GET POST", "/staff/designer/{service}/questions", false),
    ("GET POST", "/staff/designer/{service}/questions/new", false),
    ("GET POST", "/staff/designer/{service}/questions/{question}", false),
    ("GET POST", "/staff/designer/{service}/publish", false),
    ("POST", "/staff/designer/{service}/archive", false),
    ("GET POST", "/staff/designer/{service}/questions/{question}/routes", false),
    ("GET POST", "/staff/designer/{service}/questions/{question}/routes/new", false),
    ("GET POST", "/staff/designer/{service}/exits", false),
    ("GET POST", "/staff/designer/{service}/exits/{exit}", false),
    ("GET POST", "/staff/designer/{service}/versions/{version}", false),
    ("GET", "/staff/designer/{service}/translations", true),
    ("GET POST", "/staff/designer/{service}/translations/{language}", true),
    ("GET", "/staff/designer/{service}/preview", true),
    ("GET POST", "/staff/designer/{service}/copy", false),
    ("GET POST", "/staff/designer/{service}/questions/{question}/options/{option}", false),
    ("GET POST", "/staff/designer/{service}/questions/{question}/fields/{field}", false),
    ("POST", "/staff/designer/{service}/undo", false),
    ("GET", "/staff/designer/{service}/map", false),
    ("GET", "/staff/designer/{service}/paths", false),
    ("GET", "/staff/designer/{service}/diff", false),
    ("GET POST", "/staff/designer/{service}/approval", false),
    ("GET", "/staff/designer/teams", false),
    ("GET POST", "/staff/designer/teams/{team}", false),
    ("GET", "/staff/designer/{service}/journeys", false),
    ("GET POST", "/staff/designer/{service}/journeys/new", false),
    ("GET POST", "/staff/designer/{service}/journeys/{journey}", false),
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route(ROUTES[0].1, get(pages::list::list))
        .route(ROUTES[1].1, get(pages::list::new_form).post(pages::list::create))
        .route(ROUTES[2].1, get(pages::overview::overview))
        .route(ROUTES[3].1, post(pages::overview::start_draft))
        .route(ROUTES[4].1, get(pages::details::form).post(pages::details::submit))
        .route(ROUTES[5].1, get(pages::questions::list).post(pages::questions::reorder))
        .route(ROUTES[6].1, get(pages::questions::new_form).post(pages::questions::add))
        .route(ROUTES[7].1, get(pages::question::form).post(pages::question::submit))
        .route(ROUTES[8].1, get(pages::publish::form).post(pages::publish::publish))
        .route(ROUTES[9].1, post(pages::publish::archive))
        .route(ROUTES[10].1, get(pages::routes::list).post(pages::routes::change))
        .route(ROUTES[11].1, get(pages::routes::new_form).post(pages::routes::add))
        .route(ROUTES[12].1, get(pages::exits::list).post(pages::exits::remove))
        .route(ROUTES[13].1, get(pages::exits::form).post(pages::exits::submit))
        .route(ROUTES[14].1, get(pages::overview::version).post(pages::overview::restore))
        .route(ROUTES[15].1, get(pages::translations::list))
        .route(ROUTES[16].1, get(pages::translations::form).post(pages::translations::submit))
        .route(ROUTES[17].1, get(pages::preview::start))
        .route(ROUTES[18].1, get(pages::list::copy_form).post(pages::list::copy))
        .route(ROUTES[19].1, get(pages::option::form).post(pages::option::submit))
        .route(ROUTES[20].1, get(pages::item_field::form).post(pages::item_field::submit))
        .route(ROUTES[21].1, post(pages::edits::undo))
        .route(ROUTES[22].1, get(pages::map::page))
        .route(ROUTES[23].1, get(pages::paths::page))
        .route(ROUTES[24].1, get(pages::diff::page))
        .route(ROUTES[25].1, get(pages::approval::form).post(pages::approval::decide))
        .route(ROUTES[26].1, get(pages::teams::list))
        .route(ROUTES[27].1, get(pages::teams::form).post(pages::teams::submit))
        .route(ROUTES[28].1, get(pages::journeys::list))
        .route(ROUTES[29].1, get(pages::journeys_form::new_form).post(pages::journeys_form::submit_new))
        .route(ROUTES[30].1, get(pages::journeys_form::form).post(pages::journeys_form::submit))
}

/// The signed-in designer (or admin), still enabled.
pub(crate) async fn designer(ctx: &Ctx) -> Result<StaffUser, AppError> {
    let (id, _) = require_staff(ctx, Role::Designer)?;
    staff_user(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::Forbidden)
}

/// The signed-in member of staff who may translate (a translator, a designer or an admin), still enabled.
pub(crate) async fn editor(ctx: &Ctx) -> Result<(StaffUser, Role), AppError> {
    let (id, role) = match ctx.identity {
        Some(Identity::Staff { id, role }) if matches!(role, Role::Designer | Role::Translator | Role::Admin) => (id, role),
        Some(_) => return Err(AppError::Forbidden),
        None => return Err(AppError::SignInNeeded { sign_in: "/staff/sign-in", back_to: ctx.url.path.clone() }),
    };
    let user = staff_user(&ctx.state.db, id).await.map_err(AppError::internal)?.ok_or(AppError::Forbidden)?;
    Ok((user, role))
}

/// The draft of `service` (and its version number), when `user` may edit it: the service's team
/// must be one of theirs. "Page not found" otherwise, so nobody learns of another team's work.
/// Notes the draft's revision for the page's forms, and who else edited it lately for its banner.
pub(crate) async fn open_draft(ctx: &Ctx, user: &StaffUser, service: &str) -> Result<(Draft, u32), AppError> {
    let (stored, revision) = versions::draft_at(&ctx.state.db, service).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let draft = Draft::from_files(&stored.files).map_err(AppError::internal)?;
    if !user.can_see(&draft.definition.team) {
        return Err(AppError::NotFound);
    }
    note_basis(ctx, user, service, revision).await?;
    Ok((draft, stored.version))
}

/// How long another person's save keeps them in a draft's "also editing" banner.
pub const RECENT_MINUTES: i64 = 10;

/// Notes, for the page being made, the draft revision it shows and who else saved it lately.
/// A post that carried a revision keeps that one (see [`form_ok`]): a form shown again with its
/// errors is still based on what the person first saw.
pub(crate) async fn note_basis(ctx: &Ctx, user: &StaffUser, service: &str, revision: i64) -> Result<(), AppError> {
    let since = chrono::Utc::now() - chrono::Duration::minutes(RECENT_MINUTES);
    let others = store::recent_editors(&ctx.state.db, service, since, user.id).await.map_err(AppError::internal)?;
    let mut basis = ctx.draft.lock().map_err(AppError::internal)?;
    basis.revision.get_or_insert(revision);
    basis.others = others;
    Ok(())
}

/// Checks a designer form's CSRF token, and notes the draft revision it was made against and
/// what was typed, for [`save`].
pub(crate) async fn form_ok(ctx: &Ctx, fields: &[(String, String)]) -> Result<bool, AppError> {
    let token = fields.iter().rev().find(|(k, _)| k == "csrf_token").map(|(_, v)| v.as_str()).unwrap_or_default();
    if !ctx.csrf_ok(token).await? {
        return Ok(false);
    }
    let mut basis = ctx.draft.lock().map_err(AppError::internal)?;
    if let Some(revision) = fields.iter().rev().find(|(k, _)| k == "revision").and_then(|(_, v)| v.trim().parse().ok()) {
        basis.revision = Some(revision);
    }
    basis.typed = Some(fields.iter().filter(|(k, _)| k != "csrf_token" && k != "revision").cloned().collect());
    Ok(true)
}

/// Stores the edited draft and records who changed what. A save made against an older revision
/// than the draft's (someone else saved since the page was opened) is refused with the conflict
/// page: what they changed, what this person typed, and a button that applies it on top.
/// A post without a revision (a form from before revisions, or the command line) is not checked.
pub(crate) async fn save(ctx: &Ctx, user: &StaffUser, number: u32, draft: &Draft, what: &str) -> Result<(), AppError> {
    let id = &draft.definition.id;
    let (expected, typed) = {
        let basis = ctx.draft.lock().map_err(AppError::internal)?;
        (basis.typed.as_ref().and(basis.revision), basis.typed.clone().unwrap_or_default())
    };
    match versions::store_draft_at(&ctx.state.db, id, number, &draft.to_files(), Some(user.id), expected).await.map_err(AppError::internal)? {
        versions::Saved::At(_) => {}
        versions::Saved::Stale(current) => {
            return Err(AppError::Page(Box::new(pages::edits::conflict(ctx, id, number, expected.unwrap_or_default(), current, typed).await?)));
        }
    }
    store::record(&ctx.state.db, id, Some(number), Some(user.id), "edited", serde_json::json!({ "what": what })).await.map_err(AppError::internal)
}
