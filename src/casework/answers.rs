//! A request's answers as a caseworker reads them: in the order the journey asked them, each
//! with its question's words in the version the request was made with, and whether a request
//! for more information may reopen it. The staff page and the API both read them from here, so
//! both offer (and the API accepts) the same questions to reopen.

use crate::{
    i18n::I18n,
    profile::fields::Date,
    requests::store::RequestRow,
    services::{
        answers::{Answer, Upload},
        flow,
        live::Services,
        model::Kind,
    },
    ui::question::answer_lines,
};

/// One answered question.
#[derive(Clone, Debug)]
pub struct Answered {
    pub question: String,
    /// The question as check your answers words it.
    pub label: String,
    /// The answer as people read it, a line each.
    pub lines: Vec<String>,
    /// For a file question: the stored file.
    pub file: Option<Upload>,
    /// Every answered question can be reopened, except "add another" lists.
    pub reopenable: bool,
}

/// The answers of `request`, labelled in `i18n`'s language.
pub fn answered(services: &Services, i18n: &I18n, request: &RequestRow) -> Vec<Answered> {
    let Some(definition) = services.made_with(&request.service, request.version) else { return Vec::new() };
    let i = definition.i18n(i18n);
    let answers = request.answers();
    flow::walk(&definition, &answers, Date::today())
        .questions
        .iter()
        .filter_map(|id| definition.question(id))
        .filter_map(|q| {
            let lines = answer_lines(&i, q, &answers)?;
            let file = match answers.get(&q.id) {
                Some(Answer::File(u)) => Some(u.clone()),
                _ => None,
            };
            Some(Answered {
                question: q.id.clone(),
                label: i.t(q.summary_label.as_ref().unwrap_or(&q.label)),
                lines,
                file,
                reopenable: !matches!(q.kind, Kind::Repeat { .. }),
            })
        })
        .collect()
}
