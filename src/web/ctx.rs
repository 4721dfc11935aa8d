//! [`Ctx`]: what every page handler needs to answer a request (its translations, the current URL
//! for the language switcher, the application state), taken from the request in one extractor.

use crate::{
    app::AppState,
    auth::session::{self, Identity},
    i18n::{I18n, Language, LANGUAGE_PARAM},
    web::AppError,
};
use axum::{extract::FromRequestParts, http::request::Parts};
use tower_sessions::Session;

/// The page being requested, kept so that the language switcher can link to the same page.
#[derive(Clone, Debug, Default)]
pub struct PageUrl {
    pub path: String,
    /// The query's pairs, without the language parameter.
    pub query: Vec<(String, String)>,
}

impl PageUrl {
    pub fn from_uri(uri: &axum::http::Uri) -> Self {
        let query = uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .filter(|(k, _)| k != LANGUAGE_PARAM)
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Self { path: uri.path().to_owned(), query }
    }

    /// This page in another language: the same path and query, with `lang` set.
    pub fn with_language(&self, code: &str) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.extend_pairs(self.query.iter());
        query.append_pair(LANGUAGE_PARAM, code);
        format!("{}?{}", self.path, query.finish())
    }
}

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
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_link_keeps_the_query_and_replaces_an_earlier_choice() {
        let url = PageUrl::from_uri(&"/search?q=bins%20%26%20bags&lang=ar".parse().unwrap());
        assert_eq!(url.with_language("cy"), "/search?q=bins+%26+bags&lang=cy");
        assert_eq!(PageUrl::from_uri(&"/".parse().unwrap()).with_language("en"), "/?lang=en");
    }
}
