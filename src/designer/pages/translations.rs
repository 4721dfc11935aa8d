//! Translating a draft side by side: every text of the service in English next to its translation
//! in one language. A translation whose English has changed since it was made or confirmed is
//! marked "needs review" until someone confirms it or changes it. Every save runs the checks of
//! `portico l10n check` on each text (syntax, variables, plural categories). Translators may use
//! these pages (and the preview) and nothing else of the designer.

use super::{
    super::{draft::Draft, editor, open_draft, save},
    field, name, Caption,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{
        model::Kind,
        texts::{self, Untranslatable},
        versions::{self, Reviewed},
    },
    t,
    ui::form::{Button, CsrfField, ErrorMessage, ErrorSummary, FieldErrors},
    web::{AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

/// Every message of the draft in the order a citizen meets it, then any others the English has.
fn messages(draft: &Draft) -> Vec<String> {
    let d = &draft.definition;
    let mut ids = vec![d.title.clone(), d.summary.clone()];
    ids.extend(d.before_you_start.iter().cloned());
    for q in &d.questions {
        ids.push(q.label.clone());
        ids.extend(q.hint.clone());
        ids.extend(q.summary_label.clone());
        let inner: Vec<&crate::services::model::Question> = match &q.kind {
            Kind::Repeat { fields, .. } => fields.iter().collect(),
            _ => Vec::new(),
        };
        if let Kind::Repeat { item_label, summary_heading, add_another, .. } = &q.kind {
            ids.extend([item_label.clone(), summary_heading.clone(), add_another.clone()]);
        }
        for question in std::iter::once(q).chain(inner) {
            if let Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } = &question.kind {
                for option in options {
                    ids.push(option.label.clone());
                    ids.extend(option.hint.clone());
                    if let Some(f) = &option.follow_up {
                        ids.push(f.label.clone());
                        ids.extend(f.hint.clone());
                    }
                }
            }
            if question.id != q.id {
                ids.push(question.label.clone());
                ids.extend(question.hint.clone());
            }
        }
        if let Kind::Checkboxes { exclusive: Some(e), .. } = &q.kind {
            ids.push(e.label.clone());
        }
    }
    for exit in &d.exits {
        ids.push(exit.title.clone());
        ids.extend(exit.body.iter().cloned());
    }
    ids.push(d.declaration.clone());
    ids.extend(d.what_happens_next.iter().cloned());
    let english = draft.texts.get(SOURCE_LANGUAGE).map(|e| texts::ids(e)).unwrap_or_default();
    for id in english {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| !draft.text(SOURCE_LANGUAGE, id).is_empty() && seen.insert(id.clone()));
    ids
}

/// Whether the translation of `id` into `lang` was made against English that has changed since.
fn needs_review(draft: &Draft, reviewed: &Reviewed, lang: &str, id: &str) -> bool {
    let against = reviewed.get(lang).and_then(|r| r.get(id));
    !draft.text(lang, id).is_empty() && against.is_some_and(|english| *english != draft.text(SOURCE_LANGUAGE, id))
}

/// A language other than English, served by this Portico.
fn language(ctx: &Ctx, code: &str) -> Result<crate::i18n::Language, AppError> {
    ctx.i18n.languages().iter().find(|l| l.code == code && l.code != SOURCE_LANGUAGE).cloned().ok_or(AppError::NotFound)
}

pub(in crate::designer) async fn list(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let (user, _) = editor(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    let reviewed = versions::reviewed(&ctx.state.db, &id, number).await.map_err(AppError::internal)?;
    let ids = messages(&draft);
    let rows: Vec<(String, String, usize, usize)> = ctx
        .i18n
        .languages()
        .iter()
        .filter(|l| l.code != SOURCE_LANGUAGE)
        .map(|l| {
            let done = ids.iter().filter(|m| !draft.text(&l.code, m).is_empty()).count();
            let review = ids.iter().filter(|m| needs_review(&draft, &reviewed, &l.code, m)).count();
            (l.code.clone(), l.name.clone(), done, review)
        })
        .collect();
    let all = ids.len();
    let service = name(&draft);
    Ok(ctx.render(StatusCode::OK, &t!(ctx.i18n, "designer-translations-title", service = service.clone()), move || {
        let i = use_i18n();
        let items = rows
            .into_iter()
            .map(|(code, name, done, review)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key"><a class="link" href=format!("/staff/designer/{id}/translations/{code}") lang=code.clone()>{name}</a></dt>
                    <dd class="summary-list__value">
                        {t!(i, "designer-language-done", done = done, all = all, percent = if all == 0 { 100 } else { done * 100 / all })}
                        {(review > 0).then(|| view! { " " <strong class="tag tag--yellow">{t!(i, "designer-needs-review-count", count = review)}</strong> })}
                    </dd>
                </div>
            })
            .collect_view();
        view! {
            <a class="back-link" href=format!("/staff/designer/{id}")>{t!(i, "back-link")}</a>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-translations-heading")}</h1>
            <p class="body">{t!(i, "designer-translations-intro")}</p>
            <dl class="summary-list">{items}</dl>
        }
    }))
}

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, code)): Path<(String, String)>) -> PageResult {
    let (user, _) = editor(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    // `cy.ftl`: the language's file, for a translator outside Portico (`en.ftl`: the source).
    if let Some(file) = code.strip_suffix(".ftl") {
        if file != SOURCE_LANGUAGE {
            language(&ctx, file)?;
        }
        let text = draft.texts.get(file).cloned().unwrap_or_default();
        let disposition = format!("attachment; filename=\"{id}.{file}.ftl\"");
        return Ok((
            [(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()), (axum::http::header::CONTENT_DISPOSITION, disposition)],
            text,
        )
            .into_response());
    }
    language(&ctx, &code)?;
    let fields: Vec<(String, String)> = messages(&draft).into_iter().map(|m| (format!("t:{m}"), draft.text(&code, &m))).collect();
    render(&ctx, &draft, number, &code, fields, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, number: u32, code: &str, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let lang = language(ctx, code)?;
    let reviewed = versions::reviewed(&ctx.state.db, &draft.definition.id, number).await.map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let rows: Vec<(String, String, bool)> =
        messages(draft).into_iter().map(|m| (m.clone(), draft.text(SOURCE_LANGUAGE, &m), needs_review(draft, &reviewed, code, &m))).collect();
    let title = t!(ctx.i18n, "designer-translate-title", service = service.clone(), language = lang.name.clone());
    let file_error = errors.get("file").map(str::to_owned);
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let items = rows
            .into_iter()
            .map(|(message, english, review)| {
                let field_id = format!("t-{message}");
                let name = format!("t:{message}");
                let error = errors.get(&field_id).map(str::to_owned);
                let value = field(&fields, &name);
                let class = if error.is_some() { "textarea textarea--error" } else { "textarea" };
                let describedby = format!("{field_id}-english{}", if error.is_some() { format!(" {field_id}-error") } else { String::new() });
                let rows_needed = (english.len() / 60 + 1).clamp(1, 8).to_string();
                let group = crate::ui::form::group_class(error.is_some());
                let text = crate::ui::shell::escape_text(&value);
                view! {
                    <div class=group>
                        <label class="label label--s" for=field_id.clone()>
                            {t!(i, "designer-translate-label", language = lang.name.clone())}
                            {review.then(|| view! { " " <strong class="tag tag--yellow">{t!(i, "designer-needs-review")}</strong> })}
                        </label>
                        <div class="hint translation__english" id=format!("{field_id}-english") lang="en" dir="ltr">{english}</div>
                        {error.map(|e| view! { <ErrorMessage id=format!("{field_id}-error") message_id=e/> })}
                        <textarea class=class id=field_id.clone() name=name lang=lang.code.clone() dir=lang.dir() rows=rows_needed
                            aria-describedby=describedby inner_html=text></textarea>
                        {review.then(|| view! {
                            <div class="checkboxes checkboxes--small">
                                <div class="checkboxes__item">
                                    <input class="checkboxes__input" id=format!("confirm-{message}") name=format!("confirm:{message}") type="checkbox" value="yes"/>
                                    <label class="label checkboxes__label" for=format!("confirm-{message}")>{t!(i, "designer-confirm-translation")}</label>
                                </div>
                            </div>
                        })}
                    </div>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href=format!("/staff/designer/{id}/translations")>{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-translate-heading", language = lang.name.clone())}</h1>
            <p class="body">
                <a class="link" href=format!("/staff/designer/{id}/translations/en.ftl") download="">{t!(i, "designer-download-english")}</a>
                " · "
                <a class="link" href=format!("/staff/designer/{id}/translations/{}.ftl", lang.code) download="">{t!(i, "designer-download-language", language = lang.name.clone())}</a>
            </p>
            <form method="post" action=format!("/staff/designer/{id}/translations/{}", lang.code) enctype="multipart/form-data" novalidate>
                <CsrfField token=csrf.clone()/>
                <div class=crate::ui::form::group_class(file_error.is_some())>
                    <label class="label" for="file">{t!(i, "designer-upload-label", language = lang.name.clone())}</label>
                    <div class="hint" id="file-hint">{t!(i, "designer-upload-hint")}</div>
                    {file_error.clone().map(|e| view! { <ErrorMessage id="file-error".to_owned() message_id=e/> })}
                    <input class="file-upload" id="file" name="file" type="file" accept=".ftl,text/plain"
                        aria-describedby=if file_error.is_some() { "file-hint file-error" } else { "file-hint" }/>
                </div>
                <Button label=t!(i, "designer-upload-button") secondary=true/>
            </form>
            <form method="post" action=format!("/staff/designer/{id}/translations/{}", lang.code) novalidate>
                <CsrfField token=csrf/>
                {items}
                <Button label=t!(i, "designer-save")/>
            </form>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, code)): Path<(String, String)>, request: axum::extract::Request) -> PageResult {
    let (user, _) = editor(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    language(&ctx, &code)?;
    let (mut fields, files) = crate::web::multipart::read_form(request).await?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    let ids = messages(&draft);
    // A file from a translator outside Portico: its messages become the fields, checked the same way.
    if let Some(file) = files.iter().find(|f| f.name == "file") {
        match std::str::from_utf8(file.bytes()) {
            Ok(text) if fluent_syntax::parser::parse(text).is_ok() => {
                let known = texts::ids(text).iter().all(|m| ids.contains(m));
                if !known {
                    errors.add("file", "designer-error-file-ids");
                }
                fields.retain(|(k, _)| !k.starts_with("t:"));
                for message in &ids {
                    fields.push((format!("t:{message}"), texts::value(text, message).unwrap_or_default()));
                }
            }
            _ => errors.add("file", "designer-error-file"),
        }
        if !errors.is_empty() {
            let current: Vec<(String, String)> = ids.iter().map(|m| (format!("t:{m}"), draft.text(&code, m))).collect();
            return render(&ctx, &draft, number, &code, current, errors).await;
        }
    }
    for message in &ids {
        let english = draft.text(SOURCE_LANGUAGE, message);
        match texts::check_translation(&english, &field(&fields, &format!("t:{message}")), &code) {
            Ok(()) => {}
            Err(Untranslatable::Syntax) => errors.add(&format!("t-{message}"), "designer-error-text"),
            Err(Untranslatable::Variables) => errors.add(&format!("t-{message}"), "designer-error-variables"),
            Err(Untranslatable::Plural) => errors.add(&format!("t-{message}"), "designer-error-plural"),
        }
    }
    if !errors.is_empty() {
        return render(&ctx, &draft, number, &code, fields, errors).await;
    }
    let mut reviewed = versions::reviewed(&ctx.state.db, &id, number).await.map_err(AppError::internal)?;
    let marks = reviewed.entry(code.clone()).or_default();
    for message in &ids {
        let new = field(&fields, &format!("t:{message}"));
        let changed = new != draft.text(&code, message);
        let confirmed = field(&fields, &format!("confirm:{message}")) == "yes";
        if changed {
            draft.set_text(&code, message, &new);
        }
        // Made or confirmed now: against today's English.
        if !new.is_empty() && (changed || confirmed || !marks.contains_key(message)) {
            marks.insert(message.clone(), draft.text(SOURCE_LANGUAGE, message));
        }
    }
    save(&ctx, &user, number, &draft, &format!("translation {code}")).await?;
    versions::set_reviewed(&ctx.state.db, &id, number, &reviewed).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/translations")).into_response())
}
