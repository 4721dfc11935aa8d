//! The questions of a draft in their order, with Change, Move up, Move down and Remove (each a
//! real button, so it works without JavaScript), and the page that adds one: its type and label.

use super::{
    super::{designer, draft, open_draft, save},
    field, name, reorder_buttons, Caption,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::texts,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

pub(in crate::designer) async fn list(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let csrf = ctx.csrf_token().await?;
    let service = name(&draft);
    let rows: Vec<(String, String, String)> = draft
        .definition
        .questions
        .iter()
        // l10n: uses designer-kind-*
        .map(|q| (q.id.clone(), draft.text(SOURCE_LANGUAGE, &q.label), ctx.i18n.t(&format!("designer-kind-{}", draft::kind_name(&q.kind).replace('_', "-")))))
        .collect();
    let count = rows.len();
    Ok(ctx.render(StatusCode::OK, &t!(ctx.i18n, "designer-questions-title", service = service.clone()), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        let items = rows
            .into_iter()
            .enumerate()
            .map(|(n, (qid, label, kind))| {
                let label = if label.is_empty() { t!(i, "designer-no-label") } else { label };
                let hidden = t!(i, "designer-question-number", number = n + 1);
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{format!("{}. ", n + 1)} {label}</dt>
                        <dd class="summary-list__value">{kind}</dd>
                        <dd class="summary-list__actions">
                            <ul class="summary-list__actions-list">
                                <li class="summary-list__actions-list-item">
                                    <a class="link" href=format!("{base}/questions/{qid}")>{t!(i, "designer-change")} <span class="visually-hidden">" " {hidden.clone()}</span></a>
                                </li>
                                {reorder_buttons(&qid, n, count, &hidden)}
                            </ul>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-questions-heading")}</h1>
            {(count == 0).then(|| view! { <p class="body">{t!(i, "designer-no-questions")}</p> })}
            <form method="post" action=format!("{base}/questions")>
                <CsrfField token=csrf/>
                <dl class="summary-list">{items}</dl>
            </form>
            <a class="button" href=format!("{base}/questions/new") role="button" draggable="false">{t!(i, "designer-add-question")}</a>
        }
    }))
}

/// Move up, move down or remove one question.
pub(in crate::designer) async fn reorder(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let action = field(&fields, "action");
    let what = match action.split_once(':') {
        Some(("up", q)) => {
            draft.move_question(q, -1);
            "moved"
        }
        Some(("down", q)) => {
            draft.move_question(q, 1);
            "moved"
        }
        Some(("remove", q)) => {
            draft.remove_question(q);
            "removed question"
        }
        _ => return Err(AppError::NotFound),
    };
    save(&ctx, &user, number, &draft, what).await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions")).into_response())
}

pub(in crate::designer) async fn new_form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    render_new(&ctx, &draft, Vec::new(), FieldErrors::new()).await
}

async fn render_new(ctx: &Ctx, draft: &draft::Draft, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    Ok(ctx.render_form(t!(ctx.i18n, "designer-add-question-title", service = service.clone()), !errors.is_empty(), move || {
        let i = use_i18n();
        let kinds = draft::KINDS
            .iter()
            .map(|k| {
                let key = k.replace('_', "-");
                // l10n: uses designer-kind-*
                RadioItem { value: (*k).to_owned(), label: i.t(&format!("designer-kind-{key}")), hint: Some(i.t(&format!("designer-kind-{key}-hint"))), ..Default::default() }
            })
            .collect();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}/questions")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-add-question-heading")}</h1>
                <form method="post" action=format!("/staff/designer/{id}/questions/new") novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("label", t!(i, "designer-field-question")).hint(t!(i, "designer-field-question-hint")).value(field(&fields, "label")).error(&errors)/>
                    <Radios name="kind" legend=t!(i, "designer-field-kind") error=errors.get("kind").map(str::to_owned) items=kinds selected=field(&fields, "kind")/>
                    <Button label=t!(i, "designer-add-question")/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn add(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let label = field(&fields, "label");
    let mut errors = FieldErrors::new();
    if label.is_empty() {
        errors.add("label", "designer-error-question");
    } else if texts::check_value(&label).is_err() {
        errors.add("label", "designer-error-text");
    }
    // "Add another" needs words of its own (each item's name, the summary's heading), made here.
    let kind = match field(&fields, "kind").as_str() {
        "repeat" if errors.is_empty() => Some(draft.repeat_kind(&draft::slug(&label, "items"))),
        other => draft::kind(other),
    };
    if kind.is_none() {
        errors.add("kind", "designer-error-kind");
    }
    let Some(kind) = kind.filter(|_| errors.is_empty()) else {
        return render_new(&ctx, &draft, fields, errors).await;
    };
    let question = draft.add_question(kind, &label);
    save(&ctx, &user, number, &draft, "added question").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions/{question}")).into_response())
}
