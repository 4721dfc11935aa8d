//! Previewing a draft: the real journey, exactly as a citizen will see it (any language, with or
//! without JavaScript), run on the draft with the answers kept in the member of staff's session.
//! Its end shows what would be sent; no request is made. Every page says it is a preview and how
//! to end it (`?end=1` here).

use super::super::{editor, open_draft};
use crate::{
    services::{journey, load},
    web::{AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use serde::Deserialize;
use crate::web::extract::{Path, Query};

#[derive(Deserialize, Default)]
#[serde(default)]
pub(in crate::designer) struct PreviewQuery {
    end: Option<String>,
}

pub(in crate::designer) async fn start(ctx: Ctx, Path(id): Path<String>, Query(q): Query<PreviewQuery>) -> PageResult {
    let (user, _) = editor(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    let session = ctx.session()?;
    journey::forget_preview(session, &id).await.map_err(AppError::internal)?;
    if q.end.is_some() {
        session.remove_value(&journey::preview_key(&id)).await.map_err(AppError::internal)?;
        return Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response());
    }
    // The journey needs a draft the loader accepts; the service's page lists what stands in the way.
    if load::version(&id, number, &draft.to_files(), false).is_err() {
        return Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response());
    }
    session.insert(&journey::preview_key(&id), true).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/services/{id}")).into_response())
}
