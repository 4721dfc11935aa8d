//! [`AppState`]: what every handler can reach. It sits below every domain module, so that a
//! module's pages name it without importing the application that assembles them (`app.rs`
//! builds it; nothing here knows which modules exist).

use crate::{config::Config, db::Db, email::Outbox, i18n::LiveCatalog, services::live::LiveServices, session};
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// What every handler can reach. Cheap to clone.
#[derive(Clone, Debug)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub catalog: Arc<LiveCatalog>,
    pub leptos: LeptosOptions,
    pub sessions: session::Store,
    pub outbox: Outbox,
    pub services: Arc<LiveServices>,
    /// The identity providers (`crate::identity`), built from their configuration.
    pub identity: Arc<crate::identity::Providers>,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}
