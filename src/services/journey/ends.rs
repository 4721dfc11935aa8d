//! How a journey ends: the confirmation with the reference once a request is sent (for its
//! sender only), or an exit page where the answers lead out of the service.

use super::{
    page::{about, journey, path_to, question_path, redirect, Journey},
    progress::sent_by_guest,
};
use crate::{
    auth::Identity,
    i18n::use_i18n,
    profile::fields::Date,
    requests::{reference, store as requests},
    services::flow::{self, Target},
    t,
    web::{AppError, Ctx, PageResult},
};
use axum::http::StatusCode;
use leptos::prelude::*;
use crate::web::extract::Path;

pub(super) async fn confirmation(ctx: Ctx, Path((id, reference)): Path<(String, String)>) -> PageResult {
    let reference = reference::normalise(&reference).ok_or(AppError::NotFound)?;
    let request = requests::by_reference(&ctx.state.db, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    // In the words of the version the request was made with.
    let definition = ctx.services().made_with(&request.service, request.version).ok_or(AppError::NotFound)?;
    let ctx = about(&ctx, &definition);
    // Only the person who made the request sees its confirmation.
    let mine = match ctx.identity {
        Some(Identity::Citizen { id }) => request.citizen_id == Some(id),
        _ => request.citizen_id.is_none() && sent_by_guest(&ctx).await?.contains(&reference),
    };
    if !mine || request.service != id {
        return Err(AppError::NotFound);
    }
    let signed_in = ctx.identity.is_some();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("journey-confirmation-title"), move || {
        let i = use_i18n();
        let next = definition.what_happens_next.iter().map(|m| view! { <p class="body">{i.t(m)}</p> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="panel panel--confirmation">
                    <h1 class="panel__title">{t!(i, "journey-confirmation-heading")}</h1>
                    <div class="panel__body">
                        {t!(i, "journey-your-reference")}<br/>
                        <strong class="reference" dir="ltr">{reference.clone()}</strong>
                    </div>
                </div>
                <p class="body">{t!(i, "journey-confirmation-email")}</p>
                <h2 class="heading-m">{t!(i, "journey-what-next")}</h2>
                {next}
                {signed_in.then(|| view! { <p class="body"><a class="link" href="/applications">{t!(i, "applications-link")}</a></p> })}
                <h2 class="heading-m">{t!(i, "feedback-confirmation-heading")}</h2>
                <p class="body"><a class="link" href=crate::feedback::footer_href(&format!("/services/{id}"))>{t!(i, "feedback-confirmation-link")}</a>
                    " " {t!(i, "feedback-confirmation-time")}</p>
            </div></div>
        }
    }))
}

pub(super) async fn exit_page(ctx: Ctx, Path((id, exit_id)): Path<(String, String)>) -> PageResult {
    let Journey { ctx, definition, progress, .. } = journey(&ctx, &id).await?;
    let exit = definition.exit(&exit_id).ok_or(AppError::NotFound)?.clone();
    let walk = flow::walk(&definition, &progress.answers, Date::today());
    // An exit page is shown only when the answers lead there.
    if walk.end != Target::Exit(exit.id.clone()) {
        return Ok(redirect(&path_to(&definition, &walk.end)));
    }
    let back = walk.questions.last().map(|q| question_path(&definition, q)).unwrap_or_else(|| format!("/services/{}", definition.id));
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t(&exit.title), move || {
        let i = use_i18n();
        let body = exit.body.iter().map(|m| view! { <p class="body">{i.t(m)}</p> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <h1 class="heading-l">{i.t(&exit.title)}</h1>
                {body}
            </div></div>
        }
    }))
}

/// The end of a preview: what the request would hold, as the team and other systems would get it
/// (the answers as JSON, matching the version's schema). Nothing is stored or sent.
pub(super) async fn would_be_sent(ctx: &Ctx, definition: &crate::services::live::Service, answers: &crate::services::answers::Answers) -> PageResult {
    let json = serde_json::to_string_pretty(answers).map_err(AppError::internal)?;
    super::progress::forget_preview(ctx.session()?, &definition.id).await.map_err(AppError::internal)?;
    let id = definition.id.clone();
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("preview-sent-title"), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "preview-sent-heading")}</h1>
                <p class="body">{t!(i, "preview-sent-text")}</p>
                <pre class="code-block" dir="ltr" lang="en" tabindex="0">{json}</pre>
                <p class="body"><a class="link" href=format!("/staff/designer/{id}/preview?end=1")>{t!(i, "preview-banner-end")}</a></p>
            </div></div>
        }
    }))
}
