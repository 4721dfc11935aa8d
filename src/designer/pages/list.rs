//! The designer's home: every service of the designer's teams, where each stands, and a new one.

use super::{super::{designer, draft::{slug, Draft}, editor, store}, field};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{rules::is_slug, versions},
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{extract::Path, form::Form, AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;

pub(in crate::designer) async fn list(ctx: Ctx) -> PageResult {
    // Translators start here too: their link goes to the service's translations.
    let (user, role) = editor(&ctx).await?;
    let translator = role == crate::auth::Role::Translator;
    let services = ctx.services();
    let mut rows = Vec::new();
    for listed in store::list(&ctx.state.db).await.map_err(AppError::internal)? {
        // The name and team of the draft when there is one, else of the live version.
        let draft = versions::draft(&ctx.state.db, &listed.id).await.map_err(AppError::internal)?.and_then(|v| Draft::from_files(&v.files).ok());
        let (name, team) = match (&draft, services.get(&listed.id)) {
            (Some(d), _) => (super::name(d), d.definition.team.clone()),
            (None, Some(live)) => (live.title(&ctx.i18n), live.team.clone()),
            (None, None) => (listed.id.clone(), String::new()),
        };
        if user.can_see(&team) {
            rows.push((listed, name));
        }
    }
    // Requests for approval this person may decide (pages/approval.rs).
    let waiting = if translator { Vec::new() } else { super::approval::waiting_for(&ctx, &user).await? };
    let admin = user.admin;
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("designer-title"), move || {
        let i = use_i18n();
        let items = rows
            .into_iter()
            .map(|(listed, name)| {
                let mut tags = Vec::new();
                if let Some(n) = listed.live {
                    tags.push(("tag tag--green", t!(i, "designer-tag-live", version = n)));
                }
                if let Some(n) = listed.draft {
                    tags.push(("tag tag--blue", t!(i, "designer-tag-draft", version = n)));
                }
                if listed.archived {
                    tags.push(("tag tag--grey", t!(i, "designer-tag-archived")));
                }
                let tags = tags.into_iter().map(|(class, text)| view! { <strong class=class>{text}</strong> " " }).collect_view();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key"><a class="link" href=if translator { format!("/staff/designer/{}/translations", listed.id) } else { format!("/staff/designer/{}", listed.id) }>{name}</a></dt>
                        <dd class="summary-list__value">{tags}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h1 class="heading-l">{t!(i, "designer-heading")}</h1>
            <p class="body">{t!(i, "designer-intro")}</p>
            {(!translator).then(|| view! { <a class="button" href="/staff/designer/new" role="button" draggable="false">{t!(i, "designer-new-button")}</a> })}
            <super::approval::WaitingList waiting=waiting/>
            <dl class="summary-list">{items}</dl>
            {admin.then(|| view! { <p class="body"><a class="link" href="/staff/designer/teams">{t!(i, "designer-teams-link")}</a></p> })}
        }
    }))
}

pub(in crate::designer) async fn new_form(ctx: Ctx) -> PageResult {
    let user = designer(&ctx).await?;
    render_new(&ctx, &user, None, Vec::new(), FieldErrors::new()).await
}

/// The form that makes a service: a new one, or a copy of `from` (its latest version).
async fn render_new(ctx: &Ctx, user: &crate::casework::store::StaffUser, from: Option<(String, String)>, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let teams: Vec<(String, String)> = store::teams(&ctx.state.db).await.map_err(AppError::internal)?.into_iter().filter(|(id, _)| user.can_see(id)).collect();
    let csrf = ctx.csrf_token().await?;
    let title = match &from {
        Some((_, name)) => t!(ctx.i18n, "designer-copy-title", service = name.clone()),
        None => ctx.i18n.t("designer-new-title"),
    };
    let action = from.as_ref().map_or_else(|| "/staff/designer/new".to_owned(), |(id, _)| format!("/staff/designer/{id}/copy"));
    let back = from.as_ref().map_or_else(|| "/staff/designer".to_owned(), |(id, _)| format!("/staff/designer/{id}"));
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let items = teams.iter().map(|(id, name)| RadioItem { value: id.clone(), label: name.clone(), ..Default::default() }).collect();
        let chosen = Some(field(&fields, "team")).filter(|t| !t.is_empty()).or_else(|| (teams.len() == 1).then(|| teams[0].0.clone())).unwrap_or_default();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=back>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{match &from {
                    Some((_, name)) => t!(i, "designer-copy-heading", service = name.clone()),
                    None => t!(i, "designer-new-heading"),
                }}</h1>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("name", t!(i, "designer-field-name")).hint(t!(i, "designer-field-name-hint")).value(field(&fields, "name")).error(&errors)/>
                    <TextInput props=InputProps::new("id", t!(i, "designer-field-id")).hint(t!(i, "designer-field-id-hint")).value(field(&fields, "id")).error(&errors)
                        .spellcheck(false).class("input--width-20")/>
                    <Radios name="team" legend=t!(i, "designer-field-team") error=errors.get("team").map(str::to_owned) items selected=chosen/>
                    <Button label=t!(i, "designer-new-create")/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn create(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    make(&ctx, &user, None, fields).await
}

/// The latest version of `id` (its draft, else its live version), when `user` may see its team.
async fn latest(ctx: &Ctx, user: &crate::casework::store::StaffUser, id: &str) -> Result<Draft, AppError> {
    let stored = match versions::draft(&ctx.state.db, id).await.map_err(AppError::internal)? {
        Some(draft) => Some(draft),
        None => versions::get(&ctx.state.db, id, None).await.map_err(AppError::internal)?,
    }
    .ok_or(AppError::NotFound)?;
    let draft = Draft::from_files(&stored.files).map_err(AppError::internal)?;
    if !user.can_see(&draft.definition.team) {
        return Err(AppError::NotFound);
    }
    Ok(draft)
}

pub(in crate::designer) async fn copy_form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let from = latest(&ctx, &user, &id).await?;
    let fields = vec![("team".to_owned(), from.definition.team.clone())];
    render_new(&ctx, &user, Some((id, super::name(&from))), fields, FieldErrors::new()).await
}

pub(in crate::designer) async fn copy(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let from = latest(&ctx, &user, &id).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    make(&ctx, &user, Some((id, from)), fields).await
}

/// Makes a service from the form: new, or a copy of another's questions, texts and routes.
async fn make(ctx: &Ctx, user: &crate::casework::store::StaffUser, from: Option<(String, Draft)>, fields: Vec<(String, String)>) -> PageResult {
    let name = field(&fields, "name");
    let id = Some(field(&fields, "id")).filter(|i| !i.is_empty()).unwrap_or_else(|| slug(&name, "service"));
    let team = field(&fields, "team");
    let mut errors = FieldErrors::new();
    if name.is_empty() {
        errors.add("name", "designer-error-name");
    }
    // `new` and `teams` are the designer's own pages at /staff/designer/{id}: no service can be there.
    let taken = ["new", "teams"].contains(&id.as_str()) || store::list(&ctx.state.db).await.map_err(AppError::internal)?.iter().any(|s| s.id == id);
    if !is_slug(&id) {
        errors.add("id", "designer-error-id");
    } else if taken {
        errors.add("id", "designer-error-id-taken");
    }
    let teams = store::teams(&ctx.state.db).await.map_err(AppError::internal)?;
    if !teams.iter().any(|(t, _)| *t == team) || !user.can_see(&team) {
        errors.add("team", "designer-error-team");
    }
    if !errors.is_empty() {
        let from = from.map(|(id, d)| (id, super::name(&d)));
        return render_new(ctx, user, from, fields, errors).await;
    }
    let (draft, copied) = match from {
        Some((source, mut copy)) => {
            copy.definition.id = id.clone();
            copy.definition.version = 1;
            copy.definition.team = team.clone();
            let title = copy.definition.title.clone();
            copy.set_text(SOURCE_LANGUAGE, &title, &name);
            (copy, Some(source))
        }
        None => (Draft::new_service(&id, &name, &team), None),
    };
    versions::store_draft(&ctx.state.db, &id, 1, &draft.to_files(), Some(user.id)).await.map_err(AppError::internal)?;
    let data = serde_json::json!({ "name": draft.text(SOURCE_LANGUAGE, &draft.definition.title), "copied_from": copied });
    store::record(&ctx.state.db, &id, Some(1), Some(user.id), if copied.is_some() { "copied" } else { "created" }, data).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}
