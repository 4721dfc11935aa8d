//! Renders a page: the view a handler builds, inside the shell, as one HTML document.
//!
//! Handlers load their data first and then render synchronously, so a page is complete before
//! its first byte leaves (no streaming placeholders that only JavaScript could fill in), and its
//! status code is known. Islands render here too, with their props serialised for hydration;
//! [`super::markup`] adds the scripts only to pages that have one.

use super::{security::page_csp, Ctx};
use crate::ui::shell::{PageMeta, Shell, SignedIn};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use hydration_context::SsrSharedContext;
use leptos::{nonce::use_nonce, prelude::*};
use std::sync::Arc;

impl Ctx {
    /// Renders `body` as a complete page with `status` and `title`.
    pub fn render<V, F>(&self, status: StatusCode, title: &str, body: F) -> Response
    where
        F: FnOnce() -> V,
        V: IntoView + 'static,
    {
        self.render_page(status, PageMeta { title: title.to_owned(), has_errors: false }, body)
    }

    /// Renders a form page titled `title`. With errors, the title starts with "Error:" and the
    /// status is 422, so that tools and tests can tell; browsers show the page either way.
    pub fn render_form<V, F>(&self, title: String, has_errors: bool, body: F) -> Response
    where
        F: FnOnce() -> V,
        V: IntoView + 'static,
    {
        let status = if has_errors { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        self.render_page(status, PageMeta { title, has_errors }, body)
    }

    pub fn render_page<V, F>(&self, status: StatusCode, meta: PageMeta, body: F) -> Response
    where
        F: FnOnce() -> V,
        V: IntoView + 'static,
    {
        let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
        let (html, nonce) = owner.with(|| {
            leptos::nonce::provide_nonce();
            provide_context(self.i18n.clone());
            provide_context(self.url.clone());
            provide_context(SignedIn { identity: self.identity, csrf: self.csrf.clone() });
            if let Some(service) = &self.preview {
                provide_context(crate::ui::shell::Preview(service.clone()));
            }
            // A designer page: its forms carry the draft's revision (see `designer::save`).
            let basis = self.draft.lock().map(|b| b.clone()).unwrap_or_default();
            if let Some(revision) = basis.revision {
                provide_context(crate::ui::form::DraftRevision(revision));
            }
            provide_context(basis);
            let nonce = use_nonce().map(|n| n.to_string()).unwrap_or_default();
            // The content first, so the shell knows whether it holds a form to enhance.
            let content = body().to_html();
            let enhance = content.contains("<form");
            let html = view! { <Shell meta content enhance/> }.to_html();
            (super::markup::finish(html, &self.state.leptos, &nonce), nonce)
        });
        owner.unset();

        if let Some(dir) = &self.state.config.keep_pages {
            super::markup::keep(dir, &self.url, self.i18n.language().code.as_str(), status, &html);
        }
        let mut response = (status, html).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        if let Ok(csp) = HeaderValue::from_str(&page_csp(&nonce, &self.state.identity.form_origins())) {
            headers.insert(header::CONTENT_SECURITY_POLICY, csp);
        }
        // Pages may show personal details: never keep them in a shared computer's cache.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        response
    }
}
