//! The staff download of a request's audit trail with its proof (linked from the request's
//! page): for a member of staff who may see the request, like the page itself.

use crate::web::extract::Path;
use crate::{
    casework::{pages::staff, store},
    web::{AppError, AppState, Ctx, PageResult},
};
use axum::{http::header, response::IntoResponse, routing::get, Router};

pub fn router() -> Router<AppState> {
    Router::new().route("/staff/requests/{reference}/audit.json", get(export))
}

async fn export(ctx: Ctx, Path(reference): Path<String>) -> PageResult {
    let user = staff(&ctx).await?;
    let request = store::request_for(&ctx.state.db, &user, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let trail = super::export::request_trail(&ctx.state.db, &ctx.state.config.audit_key, request.id, &request.reference).await.map_err(AppError::internal)?;
    let body = serde_json::to_string_pretty(&trail).map_err(AppError::internal)?;
    let disposition = format!("attachment; filename=\"audit-{}.json\"", request.reference);
    Ok((
        [(header::CONTENT_TYPE, "application/json".to_owned()), (header::CONTENT_DISPOSITION, disposition), (header::CACHE_CONTROL, "no-store".to_owned())],
        body,
    )
        .into_response())
}
