//! [`Ctx`]: what every page handler needs to answer a request (its translations, the current URL
//! for the language switcher, the application state, who is signed in), taken from the request
//! in one extractor.

use crate::{
    i18n::{I18n, Language},
    session::{self, Identity},
    ui::shell::PageUrl,
    web::{AppError, AppState},
};
use axum::{extract::FromRequestParts, http::request::Parts};
use tower_sessions::Session;

/// Everything a page handler needs from the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub i18n: I18n,
    pub url: PageUrl,
    pub state: AppState,
    pub session: Option<Session>,
    /// Who is signed in, if anyone.
    pub identity: Option<Identity>,
    /// The session's CSRF token, present when someone is signed in (the sign-out button needs it).
    pub csrf: Option<String>,
    /// The service whose draft a member of staff is previewing on this page: the journey runs on
    /// the draft, keeps the answers in their session, sends nothing, and says so in a banner.
    pub preview: Option<String>,
    /// What a designer page of a service is based on (filled in by `designer::open_draft`):
    /// every form on the page carries the draft's revision, so that a stale save is refused.
    pub draft: std::sync::Arc<std::sync::Mutex<DraftBasis>>,
}

/// The revision of a service's draft that a designer page shows, and who else edited it lately.
#[derive(Clone, Debug, Default)]
pub struct DraftBasis {
    pub revision: Option<i64>,
    /// What the person posted, on a post: a refused save shows it back.
    pub typed: Option<Vec<(String, String)>>,
    /// The names of the other staff who saved the draft in the last minutes.
    pub others: Vec<String>,
}

impl Ctx {
    /// Builds the context from request parts. The language was negotiated by the language
    /// middleware; the session, if any, by the session layer.
    pub async fn load(parts: &Parts, state: &AppState) -> Result<Self, AppError> {
        let catalog = state.catalog.get();
        let language = parts
            .extensions
            .get::<Language>()
            .cloned()
            .unwrap_or_else(|| catalog.source_language().clone());
        let session = parts.extensions.get::<Session>().cloned();
        let (identity, csrf) = match &session {
            Some(s) => match session::identity(s).await.map_err(AppError::internal)? {
                Some(identity) => (Some(identity), Some(session::csrf_token(s).await.map_err(AppError::internal)?)),
                None => (None, None),
            },
            None => (None, None),
        };
        Ok(Self {
            i18n: I18n::new(catalog, language),
            url: PageUrl::from_uri(&parts.uri),
            state: state.clone(),
            session,
            identity,
            csrf,
            preview: None,
            draft: Default::default(),
        })
    }

    /// The services as they are now (see `services::live`).
    pub fn services(&self) -> std::sync::Arc<crate::services::live::Services> {
        self.state.services.get()
    }

    /// The same context in the words of version `version` of `service` (the version a request or
    /// draft was made with; the live one when that one is not served).
    pub fn in_words_of(&self, service: &str, version: i64) -> Self {
        let mut ctx = self.clone();
        if let Some(service) = self.services().made_with(service, version) {
            ctx.i18n = service.i18n(&self.i18n);
        }
        ctx
    }

    /// The session; the session layer puts one on every request.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().ok_or_else(|| AppError::internal("no session layer"))
    }

    /// The CSRF token for a form on this page, creating the session when there is none yet.
    pub async fn csrf_token(&self) -> Result<String, AppError> {
        if let Some(token) = &self.csrf {
            return Ok(token.clone());
        }
        session::csrf_token(self.session()?).await.map_err(AppError::internal)
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Self::load(parts, state).await
    }
}
