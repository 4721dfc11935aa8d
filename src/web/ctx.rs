//! [`Ctx`]: what every page handler needs to answer a request (its translations, the current URL
//! for the language switcher, the application state), taken from the request in one extractor.

use crate::{
    app::AppState,
    i18n::{I18n, Language, LANGUAGE_PARAM},
};
use axum::{extract::FromRequestParts, http::request::Parts};
use std::convert::Infallible;

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
}

impl Ctx {
    /// Builds the context from request parts; the language was negotiated by [`crate::i18n_layer`].
    pub fn from_parts(parts: &Parts, state: &AppState) -> Self {
        let catalog = state.catalog.clone();
        let language = parts
            .extensions
            .get::<Language>()
            .cloned()
            .unwrap_or_else(|| catalog.source_language().clone());
        Self { i18n: I18n::new(catalog, language), url: PageUrl::from_uri(&parts.uri), state: state.clone() }
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::from_parts(parts, state))
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
