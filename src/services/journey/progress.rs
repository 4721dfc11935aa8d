//! A draft and who it belongs to: the answers so far and the key that makes submission
//! idempotent, in the database for signed-in citizens and in the session for guests. The session
//! also keeps, once, what was typed on a page before a language switch, and the references a
//! guest has sent (so that only they see their confirmation).

use crate::{
    auth::{require_citizen, Identity},
    requests::store as requests,
    services::{
        answers::{Answers, Raw},
        model::{Definition, SignIn},
    },
    web::{AppError, Ctx},
};
use serde::{Deserialize, Serialize};

/// The answers so far and the key that makes submission idempotent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(super) struct Progress {
    pub(super) answers: Answers,
    pub(super) submission_key: String,
    /// The version of the service the draft began on; none before the first answer.
    #[serde(default)]
    pub(super) version: Option<u32>,
}

/// Who is applying: a signed-in citizen, or a guest where the service allows one.
pub(super) fn applicant(ctx: &Ctx, definition: &Definition) -> Result<Option<i64>, AppError> {
    // A preview keeps its answers in the member of staff's session, as a guest's are kept.
    if ctx.preview.is_some() {
        return Ok(None);
    }
    match ctx.identity {
        Some(Identity::Citizen { id }) => Ok(Some(id)),
        _ if definition.sign_in == SignIn::GuestsAllowed && ctx.identity.is_none() => Ok(None),
        _ => require_citizen(ctx).map(Some),
    }
}

fn session_key(ctx: &Ctx, definition: &Definition) -> String {
    match ctx.preview {
        Some(_) => format!("preview-answers:{}", definition.id),
        None => format!("draft:{}", definition.id),
    }
}

/// Forgets a preview's answers, so that the next preview starts afresh.
pub async fn forget_preview(session: &tower_sessions::Session, service: &str) -> Result<(), tower_sessions::session::Error> {
    session.remove_value(&format!("preview-answers:{service}")).await.map(|_| ())
}

pub(super) async fn load(ctx: &Ctx, definition: &Definition, citizen: Option<i64>) -> Result<Progress, AppError> {
    match citizen {
        Some(id) => Ok(requests::draft(&ctx.state.db, id, &definition.id)
            .await
            .map_err(AppError::internal)?
            .map(|d| Progress { answers: d.answers, submission_key: d.submission_key, version: u32::try_from(d.version).ok() })
            .unwrap_or_default()),
        None => Ok(ctx.session()?.get::<Progress>(&session_key(ctx, definition)).await.map_err(AppError::internal)?.unwrap_or_default()),
    }
}

pub(super) async fn store(ctx: &Ctx, definition: &Definition, citizen: Option<i64>, progress: &mut Progress) -> Result<(), AppError> {
    match citizen {
        Some(id) => {
            requests::save_draft(&ctx.state.db, id, &definition.id, i64::from(definition.version), &progress.answers)
                .await
                .map_err(AppError::internal)?;
            Ok(())
        }
        None => {
            progress.version = Some(definition.version);
            if progress.submission_key.is_empty() {
                progress.submission_key = crate::tokens::random_token();
            }
            // So that publishing can count guests part-way through (a preview is nobody's draft).
            if ctx.preview.is_none() {
                requests::note_guest_draft(&ctx.state.db, &progress.submission_key, &definition.id, i64::from(definition.version))
                    .await
                    .map_err(AppError::internal)?;
            }
            ctx.session()?.insert(&session_key(ctx, definition), &*progress).await.map_err(AppError::internal)
        }
    }
}

/// Keeps what was typed on `page` for its next showing (after a language switch).
pub(super) async fn keep_typed(ctx: &Ctx, page: &str, raw: &Raw) -> Result<(), AppError> {
    ctx.session()?.insert(&format!("typed:{page}"), raw).await.map_err(AppError::internal)
}

/// What was typed on `page` before a language switch, once.
pub(super) async fn take_typed(ctx: &Ctx, page: &str) -> Result<Option<Raw>, AppError> {
    ctx.session()?.remove::<Raw>(&format!("typed:{page}")).await.map_err(AppError::internal)
}

/// A guest's request is sent: the draft goes, and the reference is remembered as theirs.
pub(super) async fn finish_guest_draft(ctx: &Ctx, definition: &Definition, key: &str, reference: &str) -> Result<(), AppError> {
    let session = ctx.session()?;
    session.remove_value(&session_key(ctx, definition)).await.map_err(AppError::internal)?;
    requests::forget_guest_draft(&ctx.state.db, key).await.map_err(AppError::internal)?;
    let mut mine = sent_by_guest(ctx).await?;
    mine.push(reference.to_owned());
    session.insert("submitted", mine).await.map_err(AppError::internal)
}

/// The references this guest's session has sent.
pub(super) async fn sent_by_guest(ctx: &Ctx) -> Result<Vec<String>, AppError> {
    Ok(ctx.session()?.get("submitted").await.map_err(AppError::internal)?.unwrap_or_default())
}
