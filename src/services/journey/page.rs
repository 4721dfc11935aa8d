//! What the journey's pages share: the service a request is about, the question page being
//! shown or answered, and the addresses between pages (the back link, where an answer leads).

use crate::{
    profile::fields::Date,
    services::{
        answers::Answers,
        flow::{self, Target, Walk},
        model::{Definition, Question},
    },
    web::{AppError, Ctx},
};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;

/// The service `id`, or "page not found".
pub(super) fn service(ctx: &Ctx, id: &str) -> Result<Arc<Definition>, AppError> {
    ctx.state.services.get(id).ok_or(AppError::NotFound)
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
