//! The service's details: its name, summary, what to know before starting, who may apply, the
//! team that handles it and its target, the declaration, and what happens next. One form; what
//! was typed comes back with the errors when something cannot be used.

use super::{
    super::{designer, open_draft, save, store},
    field, name, Caption, Textarea,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{model::SignIn, texts},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

/// The form's text fields, each the English words of one message (or list of paragraphs).
const TEXTS: [&str; 5] = ["summary", "before_you_start", "declaration", "what_happens_next", "title"];

pub(in crate::designer) async fn form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let d = &draft.definition;
    let fields = vec![
        ("title".to_owned(), draft.text(SOURCE_LANGUAGE, &d.title)),
        ("summary".to_owned(), draft.text(SOURCE_LANGUAGE, &d.summary)),
        ("before_you_start".to_owned(), draft.paragraphs(&d.before_you_start)),
        ("sign_in".to_owned(), sign_in_value(d.sign_in).to_owned()),
        ("team".to_owned(), d.team.clone()),
        ("target_working_days".to_owned(), d.target_working_days.to_string()),
        ("retention".to_owned(), d.retention.map(|p| p.to_string()).unwrap_or_default()),
        ("declaration".to_owned(), draft.text(SOURCE_LANGUAGE, &d.declaration)),
        ("what_happens_next".to_owned(), draft.paragraphs(&d.what_happens_next)),
    ];
    render(&ctx, &user, &draft, fields, FieldErrors::new()).await
}

fn sign_in_value(sign_in: SignIn) -> &'static str {
    match sign_in {
        SignIn::Required => "required",
        SignIn::GuestsAllowed => "guests_allowed",
    }
}

async fn render(ctx: &Ctx, user: &crate::casework::store::StaffUser, draft: &super::super::draft::Draft, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let teams: Vec<(String, String)> =
        store::teams(&ctx.state.db).await.map_err(AppError::internal)?.into_iter().filter(|(t, _)| user.can_see(t) || *t == draft.definition.team).collect();
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    Ok(ctx.render_form(t!(ctx.i18n, "designer-details-title", service = service.clone()), !errors.is_empty(), move || {
        let i = use_i18n();
        let get = |k: &str| field(&fields, k);
        let sign_in = vec![
            RadioItem { value: "required".into(), label: t!(i, "designer-sign-in-required"), ..Default::default() },
            RadioItem { value: "guests_allowed".into(), label: t!(i, "designer-sign-in-guests"), ..Default::default() },
        ];
        let teams = teams.iter().map(|(t, n)| RadioItem { value: t.clone(), label: n.clone(), ..Default::default() }).collect();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-details-heading")}</h1>
                <form method="post" action=format!("/staff/designer/{id}/details") novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("title", t!(i, "designer-field-name")).hint(t!(i, "designer-field-name-hint")).value(get("title")).error(&errors)/>
                    <Textarea id="summary" label=t!(i, "designer-field-summary") value=get("summary") errors=errors.clone() rows=3/>
                    <Textarea id="before_you_start" label=t!(i, "designer-field-before") hint=t!(i, "designer-paragraphs-hint") value=get("before_you_start") errors=errors.clone()/>
                    <Radios name="sign_in" legend=t!(i, "designer-field-sign-in") error=errors.get("sign_in").map(str::to_owned) items=sign_in selected=get("sign_in")/>
                    <Radios name="team" legend=t!(i, "designer-field-team") error=errors.get("team").map(str::to_owned) items=teams selected=get("team")/>
                    <TextInput props=InputProps::new("target_working_days", t!(i, "designer-field-days")).hint(t!(i, "designer-field-days-hint"))
                        .value(get("target_working_days")).error(&errors).inputmode("numeric").class("input--width-4")/>
                    <TextInput props=InputProps::new("retention", t!(i, "designer-field-retention")).hint(t!(i, "designer-field-retention-hint"))
                        .value(get("retention")).error(&errors).class("input--width-10")/>
                    <Textarea id="declaration" label=t!(i, "designer-field-declaration") value=get("declaration") errors=errors.clone() rows=3/>
                    <Textarea id="what_happens_next" label=t!(i, "designer-field-next") hint=t!(i, "designer-paragraphs-hint") value=get("what_happens_next") errors=errors.clone()/>
                    <Button label=t!(i, "designer-save")/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    for name in TEXTS {
        for paragraph in field(&fields, name).split("\n\n") {
            if texts::check_value(paragraph).is_err() {
                errors.add(name, "designer-error-text");
            }
        }
    }
    let days = field(&fields, "target_working_days").parse::<u32>().ok().filter(|d| (1..=365).contains(d));
    if days.is_none() {
        errors.add("target_working_days", "designer-error-days");
    }
    // The same reading as the definition loader's (crate::retention::period); empty: no period.
    let retention = match field(&fields, "retention").trim() {
        "" => Ok(None),
        text => crate::retention::period::Period::parse(text).map(Some),
    };
    if let Err(problem) = retention {
        errors.add("retention", problem.message_id());
    }
    let sign_in = match field(&fields, "sign_in").as_str() {
        "required" => Some(SignIn::Required),
        "guests_allowed" => Some(SignIn::GuestsAllowed),
        _ => None,
    };
    if sign_in.is_none() {
        errors.add("sign_in", "designer-error-sign-in");
    }
    let team = field(&fields, "team");
    let teams = store::teams(&ctx.state.db).await.map_err(AppError::internal)?;
    if !teams.iter().any(|(t, _)| *t == team) || !user.can_see(&team) {
        errors.add("team", "designer-error-team");
    }
    if !errors.is_empty() {
        return render(&ctx, &user, &draft, fields, errors).await;
    }
    let d = draft.definition.clone();
    draft.set_text(SOURCE_LANGUAGE, &d.title, &field(&fields, "title"));
    draft.set_text(SOURCE_LANGUAGE, &d.summary, &field(&fields, "summary"));
    draft.set_text(SOURCE_LANGUAGE, &d.declaration, &field(&fields, "declaration"));
    draft.definition.before_you_start = draft.set_paragraphs(&d.before_you_start, "before", &field(&fields, "before_you_start"));
    draft.definition.what_happens_next = draft.set_paragraphs(&d.what_happens_next, "next", &field(&fields, "what_happens_next"));
    draft.definition.target_working_days = days.unwrap_or(d.target_working_days);
    draft.definition.sign_in = sign_in.unwrap_or(d.sign_in);
    draft.definition.retention = retention.unwrap_or(d.retention);
    draft.definition.team = team;
    save(&ctx, &user, number, &draft, "details").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}
