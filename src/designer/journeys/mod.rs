//! Test journeys: example answers a designer saves on a service, with the outcome they expect (the
//! pages seen, and check your answers or a named exit). They belong to the service, not to one
//! version, so the journeys written for the live version are run against the next draft: a change
//! that sends an old journey somewhere else shows up before it is published, and blocks it.
//!
//! `run` is pure: it walks the definition with the engine's own routing (`services::flow::walk`)
//! after checking every example answer with the engine's own rules (`services::answers::parse`),
//! so a journey passes exactly when a citizen giving those answers would see those pages.
//! `results` runs every journey of a service against a definition; the publish page, the
//! service's page and the approval page show its outcome with `pages::journeys::JourneyResults`.

pub mod form;
mod run;
pub mod store;

pub use run::{find, run, Outcome, Unfit, Why};

use crate::{
    db::Db,
    profile::fields::Date,
    services::{answers::Answers, flow::Target, model::Definition},
};

/// A saved test journey.
#[derive(Clone, Debug, PartialEq)]
pub struct TestJourney {
    pub id: i64,
    pub name: String,
    /// The example answers, by question id, as the engine keeps them.
    pub answers: Answers,
    /// The ids of the question pages the journey is expected to show, in order.
    pub pages: Vec<String>,
    /// Where it is expected to end: check your answers, or an exit page.
    pub end: Target,
    /// The version the journey was written against (the draft's number when it was saved).
    pub written_for: u32,
}

/// Every test journey of `service`, each with what happens when it is run against `definition`
/// (today's date for the date rules and conditions).
pub async fn results(db: &Db, service: &str, definition: &Definition) -> Result<Vec<(TestJourney, Outcome)>, sqlx::Error> {
    let today = Date::today();
    Ok(store::list(db, service).await?.into_iter().map(|j| {
        let outcome = run(definition, &j, today);
        (j, outcome)
    }).collect())
}

/// Whether any journey fails (publishing is refused then).
pub fn any_failing(results: &[(TestJourney, Outcome)]) -> bool {
    results.iter().any(|(_, o)| !o.passed())
}
