//! One option of a choice question: its words, a hint, the "or" divider before it, and a
//! follow-up question revealed when it is chosen (radios). Its value never changes here.

use super::{
    super::{designer, draft::{self, Draft}, open_draft, routing, save},
    field, name, Caption, Textarea,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{model::Kind, texts},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, question, value)): Path<(String, String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let option = draft.option(&question, &value).ok_or(AppError::NotFound)?.clone();
    let mut fields = vec![
        ("label".to_owned(), draft.text(SOURCE_LANGUAGE, &option.label)),
        ("hint".to_owned(), option.hint.as_ref().map(|h| draft.text(SOURCE_LANGUAGE, h)).unwrap_or_default()),
        ("divider".to_owned(), if option.divider_before { "yes" } else { "" }.to_owned()),
    ];
    if let Some(f) = &option.follow_up {
        fields.push(("follow_up".to_owned(), draft.text(SOURCE_LANGUAGE, &f.label)));
        fields.push(("follow_up_kind".to_owned(), draft::kind_name(&f.kind).to_owned()));
    }
    render(&ctx, &draft, &question, &value, fields, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, question: &str, value: &str, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let radios = matches!(draft.definition.question(question).map(|q| &q.kind), Some(Kind::Radios { .. }));
    let (question, value) = (question.to_owned(), value.to_owned());
    let title = t!(ctx.i18n, "designer-option-title", service = service.clone(), option = field(&fields, "label"));
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let action = format!("/staff/designer/{id}/questions/{question}/options/{value}");
        let kinds: Vec<RadioItem> = routing::FOLLOW_UP_KINDS
            .iter()
            // l10n: uses designer-kind-*
            .map(|k| RadioItem { value: (*k).to_owned(), label: i.t(&format!("designer-kind-{}", k.replace('_', "-"))), ..Default::default() })
            .collect();
        let divider_checked = field(&fields, "divider") == "yes";
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}/questions/{question}")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-option-heading")}</h1>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("label", t!(i, "designer-field-option")).value(field(&fields, "label")).error(&errors)/>
                    <Textarea id="hint" label=t!(i, "designer-field-hint") value=field(&fields, "hint") errors=errors.clone() rows=2/>
                    {radios.then(|| view! {
                        <div class="form-group">
                            <div class="checkboxes">
                                <div class="checkboxes__item">
                                    <input class="checkboxes__input" id="divider" name="divider" type="checkbox" value="yes" checked=divider_checked/>
                                    <label class="label checkboxes__label" for="divider">{t!(i, "designer-field-divider")}</label>
                                </div>
                            </div>
                        </div>
                        <h2 class="heading-m">{t!(i, "designer-follow-up-heading")}</h2>
                        <TextInput props=InputProps::new("follow_up", t!(i, "designer-field-follow-up")).hint(t!(i, "designer-field-follow-up-hint")).value(field(&fields, "follow_up")).error(&errors)/>
                        <Radios name="follow_up_kind" legend=t!(i, "designer-field-kind") error=errors.get("follow_up_kind").map(str::to_owned) items=kinds.clone() selected=field(&fields, "follow_up_kind")/>
                    })}
                    <Button label=t!(i, "designer-save")/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, question, value)): Path<(String, String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    draft.option(&question, &value).ok_or(AppError::NotFound)?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    let label = field(&fields, "label");
    if label.is_empty() {
        errors.add("label", "designer-error-option");
    }
    for name in ["label", "hint", "follow_up"] {
        if texts::check_value(&field(&fields, name)).is_err() {
            errors.add(name, "designer-error-text");
        }
    }
    let follow_up_label = field(&fields, "follow_up");
    let follow_up = if follow_up_label.is_empty() {
        None
    } else {
        let kind_name = field(&fields, "follow_up_kind");
        match draft::kind(&kind_name).filter(|_| routing::FOLLOW_UP_KINDS.contains(&kind_name.as_str())) {
            Some(kind) => Some((follow_up_label, kind)),
            None => {
                errors.add("follow_up_kind", "designer-error-kind");
                None
            }
        }
    };
    if !errors.is_empty() {
        return render(&ctx, &draft, &question, &value, fields, errors).await;
    }
    let edit = routing::OptionEdit { label, hint: field(&fields, "hint"), divider: field(&fields, "divider") == "yes", follow_up };
    draft.set_option(&question, &value, edit);
    save(&ctx, &user, number, &draft, "option").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions/{question}")).into_response())
}
