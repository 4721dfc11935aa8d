//! Sending a request from check your answers, once: the submission key makes a double click (or
//! back and send again) the same request. The answers are pruned to the route, checked against
//! the published schema, stored with a snapshot of the profile, and a receipt is queued.

use super::{
    page::{journey, path_to, redirect, Journey},
    progress::finish_guest_draft,
};
use crate::{
    auth::accounts,
    email::Email,
    i18n::I18n,
    profile::{fields::Date, store as profile},
    requests::store as requests,
    services::{
        answers::{Answer, Answers},
        flow::{self, Target},
        live::Service,
        model::Definition,
    },
    t, with_db,
    web::{form::Form, AppError, Ctx, PageResult},
};
use serde::Deserialize;
use crate::web::extract::Path;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct SubmitForm {
    csrf_token: String,
    submission_key: String,
}

pub(super) async fn submit(ctx: Ctx, Path(id): Path<String>, Form(form): Form<SubmitForm>) -> PageResult {
    let Journey { ctx, definition, citizen, progress } = journey(&ctx, &id).await?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    // Already submitted with this key (a double click, or back and submit again): the same request.
    if progress.submission_key != form.submission_key {
        if let Some(reference) = owned_request_for_key(&ctx, citizen, &form.submission_key).await? {
            return Ok(redirect(&confirmation_path(&definition, &reference)));
        }
        return Ok(redirect(&format!("/services/{}/check-answers", definition.id)));
    }
    let answers = flow::prune(&definition, &progress.answers, Date::today());
    let walk = flow::walk(&definition, &answers, Date::today());
    if walk.end != Target::CheckAnswers {
        return Ok(redirect(&path_to(&definition, &walk.end)));
    }
    matches_schema(&definition, &answers)?;
    if ctx.preview.is_some() {
        return super::ends::would_be_sent(&ctx, &definition, &answers).await;
    }
    let snapshot = profile_snapshot(&ctx, citizen).await?;
    let email = match citizen {
        Some(c) => accounts::citizen_by_id(&ctx.state.db, c).await.map_err(AppError::internal)?.map(|c| c.email),
        None => None,
    };
    let (reference, _new) = requests::submit(
        &ctx.state.db,
        requests::NewRequest {
            service: &definition.id,
            version: i64::from(definition.version),
            citizen,
            answers: &answers,
            profile_snapshot: &snapshot,
            language: &ctx.i18n.language().code,
            team: &definition.team,
            target_working_days: definition.target_working_days,
            submission_key: &progress.submission_key,
            applicant_name: &applicant_name(&snapshot, &answers),
        },
        receipt(&ctx.i18n, &definition, email),
    )
    .await
    .map_err(AppError::internal)?;
    if citizen.is_none() {
        finish_guest_draft(&ctx, &definition, &progress.submission_key, &reference).await?;
    }
    ctx.state.outbox.wake();
    Ok(redirect(&confirmation_path(&definition, &reference)))
}

fn confirmation_path(definition: &Definition, reference: &str) -> String {
    format!("/services/{}/confirmation/{reference}", definition.id)
}

/// The stored data must match the published schema; a mismatch is our bug, not the person's.
/// Each version's validator was compiled once, when the version was loaded.
fn matches_schema(definition: &Service, answers: &Answers) -> Result<(), AppError> {
    let instance = serde_json::to_value(answers).map_err(AppError::internal)?;
    let problems = definition.schema.check(&instance);
    if !problems.is_empty() {
        return Err(AppError::internal(format!("answers do not match the schema of {}: {}", definition.id, problems.join("; "))));
    }
    Ok(())
}

/// The receipt for a request, given its reference, in the page's language.
fn receipt(i18n: &I18n, definition: &Definition, email: Option<String>) -> impl Fn(&str) -> Email {
    let i18n = i18n.clone();
    let title = i18n.t(&definition.title);
    let next_steps: Vec<String> = definition.what_happens_next.iter().map(|m| i18n.t(m)).collect();
    move |reference: &str| Email {
        kind: "receipt",
        // Guests without an email address get no receipt; the message then goes nowhere useful.
        to: email.clone().unwrap_or_default(),
        subject: t!(i18n, "email-receipt-subject", service = title.clone()),
        body: format!(
            "{}\n\n{}\n{reference}\n\n{}\n\n-- \n{}",
            t!(i18n, "email-receipt-body", service = title.clone()),
            i18n.t("email-receipt-reference"),
            next_steps.join("\n\n"),
            i18n.t("email-signature")
        ),
    }
}

async fn owned_request_for_key(ctx: &Ctx, citizen: Option<i64>, key: &str) -> Result<Option<String>, AppError> {
    let row: Option<(String, Option<i64>)> = with_db!(&ctx.state.db, |pool| sqlx::query_as(
        "SELECT reference, citizen_id FROM requests WHERE submission_key = $1"
    )
    .bind(key)
    .fetch_optional(pool)
    .await)
    .map_err(AppError::internal)?;
    let Some((reference, owner)) = row else { return Ok(None) };
    // A guest owns what their own session sent (the references it keeps after each submission).
    let owned = match citizen {
        Some(_) => owner == citizen,
        None => owner.is_none() && super::progress::sent_by_guest(ctx).await?.contains(&reference),
    };
    Ok(owned.then_some(reference))
}

/// The applicant's name for the caseworkers' search: from the profile, or from the answers to a
/// question bound to it (applying for someone else asks for their name in its own questions).
fn applicant_name(snapshot: &serde_json::Value, answers: &Answers) -> String {
    let from_profile = snapshot.get("name").map(|n| {
        let part = |k: &str| n.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        format!("{} {}", part("given"), part("family"))
    });
    let from_answers = || {
        ["name", "full-name", "applicant-name"].iter().find_map(|k| match answers.get(*k) {
            Some(Answer::Text(t)) => Some(t.clone()),
            _ => None,
        })
    };
    from_profile.or_else(from_answers).unwrap_or_default()
}

/// The profile values as they were when the request was made.
async fn profile_snapshot(ctx: &Ctx, citizen: Option<i64>) -> Result<serde_json::Value, AppError> {
    let Some(citizen) = citizen else { return Ok(serde_json::json!({})) };
    let fields = profile::fields(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let mut snapshot = serde_json::Map::new();
    if let Some(account) = account {
        snapshot.insert("email".into(), account.email.into());
    }
    for f in fields {
        let value = serde_json::from_str::<serde_json::Value>(&f.value).ok().filter(|v| v.is_object()).unwrap_or(f.value.into());
        snapshot.insert(f.field, value);
    }
    Ok(serde_json::Value::Object(snapshot))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_applicants_name_comes_from_the_profile_or_else_from_the_answers() {
        let mut answers = Answers::new();
        answers.insert("full-name".into(), Answer::Text("Dylan Jones".into()));
        let profile = serde_json::json!({ "name": { "given": "Ann", "family": "Jones" } });
        assert_eq!(applicant_name(&profile, &answers), "Ann Jones");
        assert_eq!(applicant_name(&serde_json::json!({}), &answers), "Dylan Jones");
        assert_eq!(applicant_name(&serde_json::json!({}), &Answers::new()), "");
    }
}
