//! Errors as people see them: a translated page with the right status. Handlers return
//! [`AppError`]; its detail goes to the log, and [`pages`] turns the marker it leaves on the
//! response into the page, in the language of the request.

use super::Ctx;
use crate::{app::AppState, i18n::use_i18n, t};
use axum::{
    extract::{Request, State},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::prelude::*;

/// Which error page a response should show. Left on a response's extensions for [`pages`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    Internal,
}

impl ErrorPage {
    pub fn status(self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A bare response that [`pages`] will fill in.
    pub fn response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// The error type of the HTTP layer.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// Wraps any error as an internal one; the message is logged, never shown.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            Self::NotFound => ErrorPage::NotFound.response(),
            Self::Internal(detail) => {
                tracing::error!(error = %detail, "request failed");
                ErrorPage::Internal.response()
            }
        }
    }
}

/// The response to a panic: the server-error page, never a dropped connection.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    ErrorPage::Internal.response()
}

/// The fallback for every address no module answers.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// Replaces a marked error response with its translated page.
pub async fn pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let ctx = Ctx::from_parts(&parts, &state);
    let response = next.run(Request::from_parts(parts, body)).await;
    match response.extensions().get::<ErrorPage>().copied() {
        Some(page) => render(&ctx, page),
        None => response,
    }
}

fn render(ctx: &Ctx, page: ErrorPage) -> Response {
    let title = match page {
        ErrorPage::NotFound => ctx.i18n.t("not-found-title"),
        ErrorPage::Internal => ctx.i18n.t("server-error-title"),
    };
    ctx.render(page.status(), &title, move || match page {
        ErrorPage::NotFound => view! { <NotFound/> }.into_any(),
        ErrorPage::Internal => view! { <ServerError/> }.into_any(),
    })
}

#[component]
fn NotFound() -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 class="heading-l">{t!(i, "not-found-heading")}</h1>
        <p class="body">{t!(i, "not-found-typed")}</p>
        <p class="body">{t!(i, "not-found-pasted")}</p>
        <p class="body"><a class="link" href="/">{t!(i, "not-found-home")}</a></p>
    }
}

#[component]
fn ServerError() -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 class="heading-l">{t!(i, "server-error-heading")}</h1>
        <p class="body">{t!(i, "server-error-try-later")}</p>
        <p class="body"><a class="link" href="/contact">{t!(i, "server-error-contact")}</a></p>
    }
}
