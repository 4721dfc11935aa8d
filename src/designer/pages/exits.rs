//! Exit pages: where a route ends the journey ("You cannot apply because …", with next steps).
//! The list, with Change and Remove, and one page to add or edit an exit's title and paragraphs.

use super::{
    super::{designer, draft::Draft, open_draft, save},
    field, name, Caption, Textarea,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::texts,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, TextInput},
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
    let rows: Vec<(String, String)> = draft.definition.exits.iter().map(|e| (e.id.clone(), draft.text(SOURCE_LANGUAGE, &e.title))).collect();
    Ok(ctx.render(StatusCode::OK, &t!(ctx.i18n, "designer-exits-title", service = service.clone()), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        let items = rows
            .into_iter()
            .map(|(exit, title)| {
                let hidden = title.clone();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{title}</dt>
                        <dd class="summary-list__actions">
                            <ul class="summary-list__actions-list">
                                <li class="summary-list__actions-list-item">
                                    <a class="link" href=format!("{base}/exits/{exit}")>{t!(i, "designer-change")} <span class="visually-hidden">" " {hidden.clone()}</span></a>
                                </li>
                                <li class="summary-list__actions-list-item">
                                    <button type="submit" class="link-button link" name="action" value=format!("remove:{exit}")>{t!(i, "designer-remove")} <span class="visually-hidden">" " {hidden}</span></button>
                                </li>
                            </ul>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-exits-heading")}</h1>
            <p class="body">{t!(i, "designer-exits-intro")}</p>
            <form method="post" action=format!("{base}/exits")>
                <CsrfField token=csrf/>
                <dl class="summary-list">{items}</dl>
            </form>
            <a class="button" href=format!("{base}/exits/new") role="button" draggable="false">{t!(i, "designer-add-exit")}</a>
        }
    }))
}

pub(in crate::designer) async fn remove(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let exit = field(&fields, "action").strip_prefix("remove:").map(str::to_owned).ok_or(AppError::NotFound)?;
    draft.remove_exit(&exit);
    save(&ctx, &user, number, &draft, "removed exit").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/exits")).into_response())
}

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, exit)): Path<(String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let fields = if exit == "new" {
        Vec::new()
    } else {
        let e = draft.definition.exit(&exit).ok_or(AppError::NotFound)?;
        vec![("title".to_owned(), draft.text(SOURCE_LANGUAGE, &e.title)), ("body".to_owned(), draft.paragraphs(&e.body))]
    };
    render(&ctx, &draft, &exit, fields, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, exit: &str, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let exit = exit.to_owned();
    let title = if exit == "new" {
        t!(ctx.i18n, "designer-exit-new-title", service = service.clone())
    } else {
        t!(ctx.i18n, "designer-exit-title", service = service.clone(), title = field(&fields, "title"))
    };
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}/exits")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{if exit == "new" { t!(i, "designer-add-exit") } else { t!(i, "designer-exit-heading") }}</h1>
                <form method="post" action=format!("/staff/designer/{id}/exits/{exit}") novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("title", t!(i, "designer-field-exit-title")).hint(t!(i, "designer-field-exit-title-hint")).value(field(&fields, "title")).error(&errors)/>
                    <Textarea id="body" label=t!(i, "designer-field-exit-body") hint=t!(i, "designer-paragraphs-hint") value=field(&fields, "body") errors=errors.clone()/>
                    <Button label=t!(i, "designer-save")/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, exit)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    if exit != "new" && draft.definition.exit(&exit).is_none() {
        return Err(AppError::NotFound);
    }
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let (title, body) = (field(&fields, "title"), field(&fields, "body"));
    let mut errors = FieldErrors::new();
    if title.is_empty() {
        errors.add("title", "designer-error-exit-title");
    }
    for (name, text) in [("title", &title), ("body", &body)] {
        if text.split("\n\n").any(|p| texts::check_value(p).is_err()) {
            errors.add(name, "designer-error-text");
        }
    }
    if !errors.is_empty() {
        return render(&ctx, &draft, &exit, fields, errors).await;
    }
    if exit == "new" {
        draft.add_exit(&title, &body);
    } else {
        draft.set_exit(&exit, &title, &body);
    }
    save(&ctx, &user, number, &draft, "exit").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/exits")).into_response())
}
