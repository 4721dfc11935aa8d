//! One field of an "add another" question's items (`new`: the page that adds one): its words,
//! hint, whether it must be answered and, for a choice, its options. Fields are simple questions.

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

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, question, item_field)): Path<(String, String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    if !matches!(draft.definition.question(&question).map(|q| &q.kind), Some(Kind::Repeat { .. })) {
        return Err(AppError::NotFound);
    }
    let fields = match draft.fields(&question).into_iter().find(|f| f.id == item_field) {
        Some(f) => {
            let mut fields = vec![
                ("label".to_owned(), draft.text(SOURCE_LANGUAGE, &f.label)),
                ("hint".to_owned(), f.hint.as_ref().map(|h| draft.text(SOURCE_LANGUAGE, h)).unwrap_or_default()),
                ("required".to_owned(), if f.required { "yes" } else { "no" }.to_owned()),
                ("options".to_owned(), draft.option_lines(&f)),
            ];
            fields.extend(super::settings::values(&f.kind));
            fields
        }
        None if item_field == "new" => Vec::new(),
        None => return Err(AppError::NotFound),
    };
    render(&ctx, &draft, &question, &item_field, fields, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, question: &str, item_field: &str, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let existing = draft.fields(question).into_iter().find(|f| f.id == item_field);
    let choice = existing.as_ref().is_some_and(|f| matches!(f.kind, Kind::Radios { .. } | Kind::Select { .. } | Kind::Checkboxes { .. }));
    let adding = existing.is_none();
    let (question, item_field) = (question.to_owned(), item_field.to_owned());
    let title = t!(ctx.i18n, "designer-field-title", service = service.clone());
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let get = |k: &str| field(&fields, k);
        let action = format!("/staff/designer/{id}/questions/{question}/fields/{item_field}");
        let body = if adding {
            let kinds: Vec<RadioItem> = routing::FIELD_KINDS
                .iter()
                // l10n: uses designer-kind-*
                .map(|k| RadioItem { value: (*k).to_owned(), label: i.t(&format!("designer-kind-{}", k.replace('_', "-"))), ..Default::default() })
                .collect();
            view! {
                <TextInput props=InputProps::new("label", t!(i, "designer-field-question")).value(get("label")).error(&errors)/>
                <Radios name="kind" legend=t!(i, "designer-field-kind") error=errors.get("kind").map(str::to_owned) items=kinds selected=get("kind")/>
            }
            .into_any()
        } else {
            let yes_no = vec![
                RadioItem { value: "yes".into(), label: t!(i, "designer-required-yes"), ..Default::default() },
                RadioItem { value: "no".into(), label: t!(i, "designer-required-no"), ..Default::default() },
            ];
            view! {
                <TextInput props=InputProps::new("label", t!(i, "designer-field-question")).value(get("label")).error(&errors)/>
                <Textarea id="hint" label=t!(i, "designer-field-hint") value=get("hint") errors=errors.clone() rows=2/>
                <Radios name="required" legend=t!(i, "designer-field-required") error=None items=yes_no selected=get("required")/>
                {choice.then(|| view! { <Textarea id="options" label=t!(i, "designer-field-options") hint=t!(i, "designer-field-options-hint") value=get("options") errors=errors.clone() rows=5/> })}
                {existing.as_ref().and_then(|f| super::settings::view(&f.kind, &fields, &errors))}
            }
            .into_any()
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}/questions/{question}")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{if adding { t!(i, "designer-add-field") } else { t!(i, "designer-field-heading") }}</h1>
                <form method="post" action=action.clone() novalidate>
                    <CsrfField token=csrf.clone()/>
                    {body}
                    <Button label=t!(i, "designer-save")/>
                </form>
                {(!adding).then(|| view! {
                    <form method="post" action=action>
                        <CsrfField token=csrf/>
                        <Button label=t!(i, "designer-remove-field") warning=true name="action" value="remove"/>
                    </form>
                })}
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, question, item_field)): Path<(String, String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if !matches!(draft.definition.question(&question).map(|q| &q.kind), Some(Kind::Repeat { .. })) {
        return Err(AppError::NotFound);
    }
    let exists = draft.fields(&question).iter().any(|f| f.id == item_field);
    if !exists && item_field != "new" {
        return Err(AppError::NotFound);
    }
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let back = format!("/staff/designer/{id}/questions/{question}");
    if exists && field(&fields, "action") == "remove" {
        draft.remove_field(&question, &item_field);
        save(&ctx, &user, number, &draft, "removed field").await?;
        return Ok(Redirect::to(&back).into_response());
    }
    let mut errors = FieldErrors::new();
    let label = field(&fields, "label");
    if label.is_empty() {
        errors.add("label", "designer-error-question");
    }
    for name in ["label", "hint", "options"] {
        if field(&fields, name).lines().any(|l| texts::check_value(l).is_err()) {
            errors.add(name, "designer-error-text");
        }
    }
    let settings = draft.fields(&question).into_iter().find(|f| f.id == item_field).map(|f| super::settings::read(&f.kind, &fields, &mut errors));
    let kind = if exists { None } else { draft::kind(&field(&fields, "kind")).filter(|_| routing::FIELD_KINDS.contains(&field(&fields, "kind").as_str())) };
    if !exists && kind.is_none() {
        errors.add("kind", "designer-error-kind");
    }
    if !errors.is_empty() {
        return render(&ctx, &draft, &question, &item_field, fields, errors).await;
    }
    match kind {
        Some(kind) => {
            let added = draft.add_field(&question, kind, &label).ok_or(AppError::NotFound)?;
            save(&ctx, &user, number, &draft, "added field").await?;
            return Ok(Redirect::to(&format!("{back}/fields/{added}")).into_response());
        }
        None => {
            draft.set_field(&question, &item_field, &label, &field(&fields, "hint"), field(&fields, "required") != "no", &field(&fields, "options"));
            // Only the simple types have settings here; a choice keeps the options just set.
            if let Some(kind) = settings.filter(|k| !super::settings::values(k).is_empty()) {
                draft.set_field_kind(&question, &item_field, kind);
            }
        }
    }
    save(&ctx, &user, number, &draft, "field").await?;
    Ok(Redirect::to(&back).into_response())
}
