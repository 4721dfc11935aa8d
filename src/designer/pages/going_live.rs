//! What going live takes, shared by the publish page and the approval page (both sit above it):
//! how complete each language is, and the publishing itself.

use super::super::{draft::Draft, store};
use crate::{
    casework::store::StaffUser,
    i18n::SOURCE_LANGUAGE,
    services::{texts, versions},
    web::{AppError, Ctx},
};

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

