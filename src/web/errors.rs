//! Errors as people see them: a translated page with the right status. Handlers return
//! [`AppError`]; its detail goes to the log, and [`pages`] turns the marker it leaves on the
//! response into the page, in the language of the request.

use super::Ctx;
use super::AppState;
use crate::{i18n::use_i18n, t};
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
    /// An address asked for with a method it does not take (a `PUT`, a `POST` to a page): the
    /// not-found page, with 405 so that tools can tell.
    WrongMethod,
    Internal,
    /// A form came back without this session's token, or from another site.
    Expired,
    /// A request body larger than the address takes (413, before anything reads it).
    TooLarge,
    /// The database does not answer: 503, and the page says to try again soon.
    Unavailable,
}

impl ErrorPage {
    pub fn status(self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::WrongMethod => StatusCode::METHOD_NOT_ALLOWED,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Expired => StatusCode::FORBIDDEN,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// A bare response that [`pages`] will fill in.
    pub fn response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// What a page handler returns: the page or redirect, or an error shown as its page.
pub type PageResult = Result<Response, AppError>;

/// The error type of the HTTP layer.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("internal error: {0}")]
    Internal(String),
    #[error("the form expired or came from another site")]
    Expired,
    /// Not signed in (or not as the right kind of person): go and sign in, then come back.
    #[error("sign-in needed")]
    SignInNeeded { sign_in: &'static str, back_to: String },
    #[error("forbidden")]
    Forbidden,
    /// The request must first go elsewhere: a service that needs a higher level of assurance
    /// sends the citizen to step up (`crate::identity`), and back.
    #[error("must go elsewhere first")]
    SendTo(String),
    #[error("the request body is too large")]
    TooLarge,
    /// A page of its own, already rendered (a designer's save refused as stale: status 409).
    #[error("a page of its own")]
    Page(Box<Response>),
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
            Self::Expired => ErrorPage::Expired.response(),
            Self::TooLarge => ErrorPage::TooLarge.response(),
            // A person without the right role learns nothing about what is there.
            Self::Forbidden => ErrorPage::NotFound.response(),
            Self::SendTo(target) => axum::response::Redirect::to(&target).into_response(),
            Self::Page(page) => *page,
            Self::SignInNeeded { sign_in, back_to } => {
                let target = format!("{sign_in}?next={}", form_urlencoded::byte_serialize(back_to.as_bytes()).collect::<String>());
                axum::response::Redirect::to(&target).into_response()
            }
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

/// A known address asked for with a method it does not take.
pub async fn wrong_method() -> Response {
    ErrorPage::WrongMethod.response()
}

/// Replaces a marked error response with its translated page.
pub async fn pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let response = next.run(Request::from_parts(parts.clone(), body)).await;
    let Some(mut page) = response.extensions().get::<ErrorPage>().copied() else {
        return response;
    };
    // A failure while the database is away is not a bug to report but a pause to wait out.
    if page == ErrorPage::Internal && state.db.ping().await.is_err() {
        page = ErrorPage::Unavailable;
    }
    // The header shows who is signed in; if even the session cannot be read, show the page without.
    let ctx = match Ctx::load(&parts, &state).await {
        Ok(ctx) => ctx,
        Err(_) => {
            let mut parts = parts;
            parts.extensions.remove::<tower_sessions::Session>();
            match Ctx::load(&parts, &state).await {
                Ok(ctx) => ctx,
                Err(_) => return response,
            }
        }
    };
    let mut page_response = render(&ctx, page);
    // Keep cookies the failed request set (a language choice, a renewed session).
    for cookie in response.headers().get_all(axum::http::header::SET_COOKIE) {
        page_response.headers_mut().append(axum::http::header::SET_COOKIE, cookie.clone());
    }
    page_response
}

fn render(ctx: &Ctx, page: ErrorPage) -> Response {
    let title = match page {
        ErrorPage::NotFound | ErrorPage::WrongMethod => ctx.i18n.t("not-found-title"),
        ErrorPage::Internal => ctx.i18n.t("server-error-title"),
        ErrorPage::Expired => ctx.i18n.t("expired-title"),
        ErrorPage::TooLarge => ctx.i18n.t("too-large-title"),
        ErrorPage::Unavailable => ctx.i18n.t("unavailable-title"),
    };
    ctx.render(page.status(), &title, move || match page {
        ErrorPage::NotFound | ErrorPage::WrongMethod => view! { <NotFound/> }.into_any(),
        ErrorPage::Internal => view! { <ServerError/> }.into_any(),
        ErrorPage::Expired => view! { <Expired/> }.into_any(),
        ErrorPage::TooLarge => view! { <TooLarge/> }.into_any(),
        ErrorPage::Unavailable => view! { <Unavailable/> }.into_any(),
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

#[component]
fn Expired() -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 class="heading-l">{t!(i, "expired-heading")}</h1>
        <p class="body">{t!(i, "expired-body")}</p>
        <p class="body">{t!(i, "expired-back")}</p>
        <p class="body"><a class="link" href="/">{t!(i, "not-found-home")}</a></p>
    }
}

#[component]
fn TooLarge() -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 class="heading-l">{t!(i, "too-large-heading")}</h1>
        <p class="body">{t!(i, "too-large-body")}</p>
        <p class="body">{t!(i, "expired-back")}</p>
        <p class="body"><a class="link" href="/">{t!(i, "not-found-home")}</a></p>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 class="heading-l">{t!(i, "unavailable-heading")}</h1>
        <p class="body">{t!(i, "unavailable-body")}</p>
        <p class="body">{t!(i, "unavailable-saved")}</p>
    }
}
