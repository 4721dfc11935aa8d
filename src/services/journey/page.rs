//! What the journey's pages share: the service a request is about, the question page being
//! shown or answered, and the addresses between pages (the back link, where an answer leads).

use super::progress::{applicant, load, Progress};
use crate::{
    services::{load, versions},
    profile::fields::Date,
    services::{
        answers::Answers,
        flow::{self, Target, Walk},
        live::Service,
        model::{Definition, Question},
    },
    web::{AppError, Ctx},
};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;

/// The live version of service `id` when it takes applications, or "page not found".
pub(super) fn service(ctx: &Ctx, id: &str) -> Result<Arc<Service>, AppError> {
    let services = ctx.services();
    services.is_open(id).then(|| services.get(id)).flatten().ok_or(AppError::NotFound)
}

/// The request's context with the texts of `service` (the version the page is about).
pub(super) fn about(ctx: &Ctx, service: &Service) -> Ctx {
    let mut ctx = ctx.clone();
    ctx.i18n = service.i18n(&ctx.i18n);
    ctx
}

/// The session key that marks a member of staff's preview of service `id`'s draft.
pub fn preview_key(id: &str) -> String {
    format!("preview:{id}")
}

/// The draft of service `id`, when the signed-in member of staff is previewing it (see
/// `designer`): loaded afresh on every page, so the preview shows the latest save. A draft that
/// the loader refuses has no preview (the designer lists its problems instead).
async fn previewed(ctx: &Ctx, id: &str) -> Result<Option<Arc<Service>>, AppError> {
    let Some(crate::auth::Identity::Staff { .. }) = ctx.identity else { return Ok(None) };
    let Some(session) = &ctx.session else { return Ok(None) };
    if session.get::<bool>(&preview_key(id)).await.map_err(AppError::internal)? != Some(true) {
        return Ok(None);
    }
    let Some(draft) = versions::draft(&ctx.state.db, id).await.map_err(AppError::internal)? else { return Ok(None) };
    Ok(load::version(id, draft.version, &draft.files, ctx.state.config.development).ok().map(Arc::new))
}

/// The version a page of service `id` shows, and the context in its words: the draft while a
/// member of staff previews it, else the live version when the service takes applications.
pub(super) async fn current(ctx: &Ctx, id: &str) -> Result<(Ctx, Arc<Service>), AppError> {
    if let Some(draft) = previewed(ctx, id).await? {
        let mut ctx = about(ctx, &draft);
        ctx.preview = Some(id.to_owned());
        return Ok((ctx, draft));
    }
    let live = service(ctx, id)?;
    Ok((about(ctx, &live), live))
}

/// A journey in progress: the version of the service its draft began on (the live one for a new
/// draft), the context in that version's words, who is applying, and the answers so far.
pub(super) struct Journey {
    pub ctx: Ctx,
    pub definition: Arc<Service>,
    pub citizen: Option<i64>,
    pub progress: Progress,
}

/// Opens the journey of service `id` for whoever is applying. A draft stays on the version it
/// began on until it is sent, so a publish never changes the questions under anybody.
pub(super) async fn journey(ctx: &Ctx, id: &str) -> Result<Journey, AppError> {
    let (ctx, live) = current(ctx, id).await?;
    let citizen = applicant(&ctx, &live)?;
    // A service that needs a higher level of assurance than this sign-in reached (not in a
    // designer's preview, which sends nothing).
    if let (Some(level), None) = (live.minimum_level, &ctx.preview) {
        crate::identity::pages::require_level(&ctx, level).await?;
    }
    let progress = load(&ctx, &live, citizen).await?;
    let definition = match progress.version {
        Some(number) if number != live.version && ctx.preview.is_none() => ctx.services().version(id, number).unwrap_or(live),
        _ => live,
    };
    let mut in_words = about(&ctx, &definition);
    in_words.preview = ctx.preview.clone();
    Ok(Journey { ctx: in_words, definition, citizen, progress })
}

/// A question page: the service, the question, the route so far, who is applying (a signed-in
/// citizen, or a guest), and whether it was opened from check your answers.
pub(super) struct QuestionPage<'a> {
    pub ctx: &'a Ctx,
    pub definition: &'a Definition,
    pub question: &'a Question,
    pub walk: &'a Walk,
    pub citizen: Option<i64>,
    pub change: bool,
}

impl QuestionPage<'_> {
    /// The question's own address.
    pub fn url(&self) -> String {
        question_path(self.definition, &self.question.id)
    }

    /// Where the form posts: the question's address, still marked as a change.
    pub fn action(&self) -> String {
        format!("{}{}", self.url(), if self.change { "?change=1" } else { "" })
    }

    /// Back to check your answers after a change, else to the question before on the route.
    pub fn back(&self) -> String {
        back_link(self.definition, self.walk, &self.question.id, self.change)
    }
}

pub(super) fn question_path(definition: &Definition, question: &str) -> String {
    format!("/services/{}/{question}", definition.id)
}

pub(super) fn path_to(definition: &Definition, target: &Target) -> String {
    match target {
        Target::Question(q) => question_path(definition, q),
        Target::CheckAnswers => format!("/services/{}/check-answers", definition.id),
        Target::Exit(e) => format!("/services/{}/exit/{e}", definition.id),
    }
}

pub(super) fn redirect(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// "Save and come back later": the list of applications, saying the draft is kept.
pub(super) fn saved(definition: &Definition) -> Response {
    redirect(&format!("/applications?saved={}", definition.id))
}

pub(super) fn back_link(definition: &Definition, walk: &Walk, question: &str, change: bool) -> String {
    let position = walk.questions.iter().position(|q| q == question).unwrap_or(0);
    if change {
        format!("/services/{}/check-answers", definition.id)
    } else if position == 0 {
        format!("/services/{}", definition.id)
    } else {
        question_path(definition, &walk.questions[position - 1])
    }
}

/// Where to go once `question` is answered. After a change from check your answers, back there
/// if the route is still complete.
pub(super) fn after_answer(definition: &Definition, question: &Question, answers: &Answers, change: bool) -> String {
    let next = flow::next(definition, question, answers, Date::today());
    let walk = flow::walk(definition, answers, Date::today());
    let target = if change && walk.end == Target::CheckAnswers { Target::CheckAnswers } else { next };
    path_to(definition, &target)
}
