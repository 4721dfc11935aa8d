//! No lost edits: the page a refused save gets (someone else saved the draft since the person
//! opened their page), the banner that says who else edited the draft lately, and "Undo the last
//! change".
//!
//! Every designer form carries the revision of the draft it was made from (`CsrfField` adds it on
//! a designer page, see `designer::open_draft`), and `designer::save` stores the draft only when
//! it is still at that revision. Otherwise the person sees what changed since (the lines of the
//! draft's files taken out and put in, as the other person left them) and what they typed, kept in
//! a form that posts it again against the current revision: "apply my change on top".

use super::{super::{designer, open_draft, store}, Caption};
use crate::{
    services::{revisions, versions::{self, Files}},
    t,
    ui::form::{Button, CsrfField},
    web::{ctx::DraftBasis, form::Form, AppError, Ctx, PageMeta, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use crate::web::extract::Path;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Every line of a version's files: its definition, then each language's texts.
fn lines(files: &Files) -> Vec<String> {
    let texts = files.texts.values().flat_map(|t| t.lines());
    files.definition.lines().chain(texts).map(str::trim_end).filter(|l| !l.trim().is_empty()).map(str::to_owned).collect()
}

/// The lines taken out of `before` and the lines put into `after`, each in its file's order.
pub(in crate::designer) fn changed_lines(before: &Files, after: &Files) -> (Vec<String>, Vec<String>) {
    let (old, new) = (lines(before), lines(after));
    let (old_set, new_set): (BTreeSet<&String>, BTreeSet<&String>) = (old.iter().collect(), new.iter().collect());
    let out = old.iter().filter(|l| !new_set.contains(l)).cloned().collect();
    let put_in = new.iter().filter(|l| !old_set.contains(l)).cloned().collect();
    (out, put_in)
}

/// The conflict page (status 409) for a save of the draft of `service` made against revision
/// `based_on` when it is at `current`. `typed` is what the person posted; empty for an undo.
pub(in crate::designer) async fn conflict(ctx: &Ctx, service: &str, number: u32, based_on: i64, current: i64, typed: Vec<(String, String)>) -> Result<Response, AppError> {
    let db = &ctx.state.db;
    let now = versions::draft(db, service).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let before = revisions::files_at(db, service, number, based_on).await.map_err(AppError::internal)?;
    let changes = before.map(|b| changed_lines(&b, &now.files));
    let by = store::last_editor(db, service).await.map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    // The form below posts against the revision the draft is at now.
    ctx.draft.lock().map_err(AppError::internal)?.revision = Some(current);
    let draft = crate::designer::draft::Draft::from_files(&now.files).map_err(AppError::internal)?;
    let service_name = super::name(&draft);
    let action = ctx.url.path.clone();
    let is_undo = action.ends_with("/undo");
    let back = if is_undo { format!("/staff/designer/{service}") } else { action.clone() };
    let title = t!(ctx.i18n, "designer-conflict-title", service = service_name.clone());
    let typed: Vec<(String, String)> = typed.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
    Ok(ctx.render_page(StatusCode::CONFLICT, PageMeta { title, has_errors: true }, move || {
        let i = crate::i18n::use_i18n();
        let who = match by {
            Some(name) => t!(i, "designer-conflict-by", name = name),
            None => t!(i, "designer-conflict-by-someone"),
        };
        let list = |items: Vec<String>| {
            view! { <ul class="list list--bullet">{items.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul> }
        };
        let theirs = match changes {
            Some((out, put_in)) => view! {
                {(!out.is_empty()).then(|| view! { <h3 class="heading-s">{t!(i, "designer-conflict-out")}</h3> {list(out)} })}
                {(!put_in.is_empty()).then(|| view! { <h3 class="heading-s">{t!(i, "designer-conflict-in")}</h3> {list(put_in)} })}
            }
            .into_any(),
            None => view! { <p class="body">{t!(i, "designer-conflict-no-detail")}</p> }.into_any(),
        };
        let yours = (!typed.is_empty()).then(|| {
            let rows = typed.iter().map(|(k, v)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key"><code>{k.clone()}</code></dt>
                    <dd class="summary-list__value">{v.clone()}</dd>
                </div>
            }).collect_view();
            let hidden = typed.iter().map(|(k, v)| view! { <input type="hidden" name=k.clone() value=v.clone()/> }).collect_view();
            view! {
                <h2 class="heading-m">{t!(i, "designer-conflict-yours")}</h2>
                <dl class="summary-list">{rows}</dl>
                <p class="body">{t!(i, "designer-conflict-apply-text")}</p>
                <form method="post" action=action.clone() novalidate>
                    <CsrfField token=csrf.clone()/>
                    {hidden}
                    <Button label=t!(i, "designer-conflict-apply")/>
                </form>
            }
        });
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="error-summary" tabindex="-1">
                    <h2 class="error-summary__title">{t!(i, "designer-conflict-summary")}</h2>
                    <div class="error-summary__body"><p class="body">{who}</p></div>
                </div>
                <Caption text=service_name/>
                <h1 class="heading-l">{t!(i, "designer-conflict-heading")}</h1>
                {is_undo.then(|| view! { <p class="body">{t!(i, "designer-conflict-undo")}</p> })}
                <h2 class="heading-m">{t!(i, "designer-conflict-theirs")}</h2>
                {theirs}
                {yours}
                <p class="body"><a class="link" href=back>{t!(i, "designer-conflict-back")}</a></p>
            </div></div>
        }
    }))
}

/// The banner on a designer page of a service: who else saved its draft in the last minutes.
#[component]
pub(in crate::designer) fn EditorsBanner() -> impl IntoView {
    let i = crate::i18n::use_i18n();
    let others = use_context::<DraftBasis>().map(|b| b.others).unwrap_or_default();
    (!others.is_empty()).then(|| {
        let names = others.join(", ");
        // A region with a heading, so that screen reader users can find it from the headings list.
        view! {
            <div class="notification-banner" role="region" aria-labelledby="editors-banner-title">
                <div class="notification-banner__header">
                    <h2 class="notification-banner__title" id="editors-banner-title">{t!(i, "designer-editing-title")}</h2>
                </div>
                <div class="notification-banner__content">
                    <p class="body">{t!(i, "designer-editing-banner", names = names, minutes = crate::designer::RECENT_MINUTES)}</p>
                </div>
            </div>
        }
    })
}

/// "Undo the last change" on a service's page, while an earlier state of its draft is kept.
#[component]
pub(in crate::designer) fn UndoForm(service: String, csrf: String, kept: i64) -> impl IntoView {
    let i = crate::i18n::use_i18n();
    (kept > 0).then(|| view! {
        <h2 class="heading-m">{t!(i, "designer-undo-heading")}</h2>
        <p class="body">{t!(i, "designer-undo-text", count = kept)}</p>
        <form method="post" action=format!("/staff/designer/{service}/undo")>
            <CsrfField token=csrf/>
            <Button label=t!(i, "designer-undo-button") secondary=true/>
        </form>
    })
}

/// Undoes the last change of a draft, when the page it was asked from shows the draft as it is.
pub(in crate::designer) async fn undo(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (_, number) = open_draft(&ctx, &user, &id).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    // An undo must say which revision it undoes: without one it is taken as stale.
    let expected: i64 = super::field(&fields, "revision").parse().unwrap_or(-1);
    match revisions::undo(&ctx.state.db, &id, expected).await.map_err(AppError::internal)? {
        revisions::Undone::Restored { from, at } => {
            store::record(&ctx.state.db, &id, Some(number), Some(user.id), "undone", serde_json::json!({ "back_to": from, "revision": at }))
                .await
                .map_err(AppError::internal)?;
        }
        revisions::Undone::Stale => {
            let current = versions::draft_at(&ctx.state.db, &id).await.map_err(AppError::internal)?.map(|(_, r)| r).unwrap_or_default();
            return Ok(conflict(&ctx, &id, number, expected, current, Vec::new()).await?);
        }
        revisions::Undone::Nothing => {}
    }
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(definition: &str, en: &str) -> Files {
        Files { definition: definition.into(), texts: [("en".to_owned(), en.to_owned())].into() }
    }

    #[test]
    fn the_changed_lines_are_those_taken_out_and_those_put_in() {
        let before = files("id = \"s\"\nversion = 2\n", "s-title = Litter\ns-q = Where?\n");
        let after = files("id = \"s\"\nversion = 2\n", "s-title = Litter\ns-q = Where is it?\n");
        assert_eq!(changed_lines(&before, &after), (vec!["s-q = Where?".to_owned()], vec!["s-q = Where is it?".to_owned()]));
        assert_eq!(changed_lines(&before, &before), (vec![], vec![]));
    }
}
