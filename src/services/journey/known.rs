//! Tell us once: questions bound to a profile field are offered the profile's value instead of
//! being asked again, and a changed answer goes back to the profile when the person says so.

use crate::{
    auth::accounts,
    profile::{
        fields::Address,
        store::{self as profile, Field, Source},
    },
    services::{
        answers::Answer,
        model::{Definition, Question},
    },
    web::{AppError, Ctx},
};

/// The profile's value for a bound question, as an answer: what the person already told us.
pub(super) async fn known_value(ctx: &Ctx, citizen: Option<i64>, question: &Question) -> Result<Option<Answer>, AppError> {
    let (Some(citizen), Some(field)) = (citizen, question.profile.as_deref()) else { return Ok(None) };
    if field == "email" {
        let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
        return Ok(account.map(|a| Answer::Text(a.email)));
    }
    let fields = profile::fields(&ctx.state.db, citizen).await.map_err(AppError::internal)?;
    let Some(stored) = fields.into_iter().find(|f| f.field == field) else { return Ok(None) };
    Ok(match field {
        "address" => serde_json::from_str::<Address>(&stored.value).ok().map(Answer::Address),
        _ => Some(Answer::Text(stored.value)),
    })
}

/// Whether a changed answer can be offered back to the profile.
pub(super) fn offers_profile_update(question: &Question) -> bool {
    matches!(question.profile.as_deref(), Some("address" | "phone" | "date_of_birth" | "contact_preference"))
}

/// Writes an answer back to the profile (with the person's consent, or on their confirmation),
/// recording the service it came from.
pub(super) async fn save_to_profile(ctx: &Ctx, citizen: i64, definition: &Definition, question: &Question, answer: &Answer) -> Result<(), AppError> {
    let (field, value) = match (question.profile.as_deref(), answer) {
        (Some("address"), Answer::Address(a)) => (Field::Address, serde_json::to_string(a).map_err(AppError::internal)?),
        (Some("phone"), Answer::Text(t)) => (Field::Phone, t.clone()),
        (Some("date_of_birth"), Answer::Text(t)) => (Field::DateOfBirth, t.clone()),
        (Some("contact_preference"), Answer::Text(t)) => (Field::ContactPreference, t.clone()),
        // The account email changes only through its own confirmed flow.
        _ => return Ok(()),
    };
    profile::set(&ctx.state.db, citizen, field, &value, &Source::Service(definition.id.clone())).await.map_err(AppError::internal)
}
