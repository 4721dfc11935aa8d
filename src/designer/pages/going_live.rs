//! What going live takes, shared by the publish page and the approval page (both sit above it):
//! how complete each language is, and the publishing itself.

use super::super::{draft::Draft, store};
use crate::{
    casework::store::StaffUser,
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{texts, versions},
    t,
    web::{AppError, Ctx},
};
use leptos::prelude::*;

/// Each language other than English, with how many of the English texts it has.
pub(super) fn completeness(ctx: &Ctx, draft: &Draft) -> Vec<(String, String, usize, usize)> {
    let english = draft.texts.get(SOURCE_LANGUAGE).map(|e| texts::ids(e)).unwrap_or_default();
    ctx.i18n
        .languages()
        .iter()
        .filter(|l| l.code != SOURCE_LANGUAGE)
        .map(|l| {
            let done = english.iter().filter(|id| !draft.text(&l.code, id).is_empty()).count();
            (l.code.clone(), l.name.clone(), done, english.len())
        })
        .collect()
}

/// The languages' completeness (from [`completeness`]) as a table, on the publish and approval pages.
#[component]
pub(super) fn LanguagesTable(languages: Vec<(String, String, usize, usize)>) -> impl IntoView {
    let i = use_i18n();
    let rows = languages
        .into_iter()
        .map(|(code, name, done, all)| {
            let share = if all == 0 { 100 } else { done * 100 / all };
            view! {
                <tr class="table__row">
                    <th scope="row" class="table__header" lang=code>{name}</th>
                    <td class="table__cell">{t!(i, "designer-language-done", done = done, all = all, percent = share)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="table__caption">{t!(i, "designer-languages")}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Makes the draft the live version, hands its requests to its team, records it, moves the
/// citizens' drafts that fit, and serves it here at once.
pub(super) async fn publish_draft(ctx: &Ctx, user: &StaffUser, draft: &Draft) -> Result<(), AppError> {
    let id = &draft.definition.id;
    let number = versions::publish(&ctx.state.db, id, Some(user.id)).await.map_err(AppError::internal)?;
    store::hand_to_team(&ctx.state.db, id, &draft.definition.team).await.map_err(AppError::internal)?;
    store::record(&ctx.state.db, id, Some(number), Some(user.id), "published", serde_json::json!({})).await.map_err(AppError::internal)?;
    crate::designer::forward::move_drafts(&ctx.state.db, id, number, Some(user.id)).await.map_err(AppError::internal)?;
    // This instance serves it at once; the others within seconds.
    ctx.state.services.refresh(&ctx.state.db).await.map_err(AppError::internal)?;
    Ok(())
}

