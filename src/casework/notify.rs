//! The emails that tell a citizen something happened to their request: a new status (with the
//! reason for a decision), a message, a request for more information. Each goes to the account's
//! address in the account's language; a guest's request goes to the email address they gave, in
//! the language they applied in. A signed-in citizen reads messages in their account, so their
//! email only says there is one; a guest has no account, so theirs carries the message.

use crate::{
    email::Email,
    i18n::I18n,
    requests::store::RequestRow,
    services::answers::Answer,
    t,
    web::AppState,
};

/// Where and in which language to write to the applicant.
#[derive(Clone)]
pub struct Recipient {
    pub email: String,
    pub i18n: I18n,
    /// Has an account, where the details can be read.
    pub account: bool,
    pub link: String,
    pub service: String,
}

pub async fn recipient(state: &AppState, request: &RequestRow) -> Result<Option<Recipient>, sqlx::Error> {
    let catalog = state.catalog.get();
    // The version the request was made with: its questions and its words.
    let definition = state.services.get().made_with(&request.service, request.version);
    let in_words = |i18n: I18n| match &definition {
        Some(d) => d.i18n(&i18n),
        None => i18n,
    };
    let service_title_id = definition.as_ref().map(|d| d.title.clone()).unwrap_or_default();
    let link = format!("{}/requests/{}", state.config.public_url, request.reference);
    if let Some(citizen) = request.citizen_id {
        let account = crate::auth::accounts::citizen_by_id(&state.db, citizen).await?;
        return Ok(account.map(|a| {
            let i18n = in_words(I18n::for_code(catalog.clone(), &a.language));
            let service = i18n.t(&service_title_id);
            Recipient { email: a.email, i18n, account: true, link, service }
        }));
    }
    // A guest: the answer to the question bound to the profile's email, if the service asks it.
    let answers = request.answers();
    let email = definition.as_ref().and_then(|d| {
        d.questions.iter().filter(|q| q.profile.as_deref() == Some("email")).find_map(|q| match answers.get(&q.id) {
            Some(Answer::Text(e)) => Some(e.clone()),
            _ => None,
        })
    });
    Ok(email.map(|email| {
        let i18n = in_words(I18n::for_code(catalog, &request.language));
        let service = i18n.t(&service_title_id);
        Recipient { email, i18n, account: false, link: String::new(), service }
    }))
}

fn letter(r: &Recipient, kind: &'static str, subject: String, lines: Vec<String>) -> Email {
    let i = &r.i18n;
    let mut body = lines.join("\n\n");
    if r.account {
        body.push_str(&format!("\n\n{}\n{}", i.t("email-request-link"), r.link));
    }
    body.push_str(&format!("\n\n-- \n{}", i.t("email-signature")));
    Email { kind, to: r.email.clone(), subject, body }
}

/// "The status of your request is now …", with the reason for a decision.
pub fn status(r: Option<&Recipient>, reason: &str) -> impl Fn(&RequestRow) -> Option<Email> + Send + Sync {
    let (r, reason) = (r.cloned(), reason.trim().to_owned());
    move |request| {
        let r = r.as_ref()?;
        let i = &r.i18n;
        let status = i.t(request.status().message_id());
        let mut lines = vec![t!(i, "email-status-body", service = r.service.clone(), reference = request.reference.clone(), status = status)];
        if !reason.is_empty() {
            lines.push(format!("{}\n{reason}", i.t("email-status-reason")));
        }
        Some(letter(r, "status", t!(i, "email-status-subject", reference = request.reference.clone()), lines))
    }
}

/// "You have a new message about your request."
pub fn message(r: Option<&Recipient>, text: &str) -> impl Fn(&RequestRow) -> Option<Email> + Send + Sync {
    let (r, text) = (r.cloned(), text.trim().to_owned());
    move |request| {
        let r = r.as_ref()?;
        let i = &r.i18n;
        let mut lines = vec![t!(i, "email-message-body", service = r.service.clone(), reference = request.reference.clone())];
        if !r.account {
            lines.push(text.clone());
        }
        Some(letter(r, "message", t!(i, "email-message-subject", reference = request.reference.clone()), lines))
    }
}

/// "We need more information about your request."
pub fn information(r: Option<&Recipient>) -> impl Fn(&RequestRow) -> Option<Email> + Send + Sync {
    let r = r.cloned();
    move |request| {
        let r = r.as_ref()?;
        let i = &r.i18n;
        let lines = vec![t!(i, "email-info-body", service = r.service.clone(), reference = request.reference.clone())];
        Some(letter(r, "more-information", t!(i, "email-info-subject", reference = request.reference.clone()), lines))
    }
}
