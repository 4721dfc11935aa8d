//! The citizen's side of a request after sending it: its status and timeline (what the citizen
//! may see: never internal notes or who in the team did what, but which team looked at it and
//! when), messages both ways with attachments, withdrawing, and answering a request for more
//! information with the earlier answers filled in. Every route takes a reference and first
//! checks that the request is this citizen's; anyone else gets "page not found".

use super::{
    events::EventRow,
    status::{Actor, Status},
    store::{self as requests, RequestRow, WorkflowError},
};
use crate::{
    auth::require_citizen,
    i18n::{use_i18n, I18n},
    profile::fields::Date,
    services::{
        answers::{self, Answer, Raw},
        model::{Kind, Question},
        submitted::Submitted,
    },
    t,
    ui::{
        form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
        question::{display, QuestionInput},
    },
    web::{
        multipart::{read_form, store_upload},
        AppError, AppState, Ctx, PageResult,
    },
};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect},
    routing::get,
    Router,
};
use chrono::Datelike;
use leptos::prelude::*;
use crate::web::extract::Path;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/requests/{reference}", get(request_page).post(reply))
        .route("/requests/{reference}/withdraw", get(withdraw_page).post(withdraw))
        .route("/requests/{reference}/more-information", get(information_page).post(answer_information))
        .route("/requests/{reference}/files/{file}", get(download))
        // Room for a 10 MB attachment and the form around it.
        .layer(axum::extract::DefaultBodyLimit::max(12 * 1024 * 1024))
}

/// The citizen's own request, or "not found".
async fn own(ctx: &Ctx, reference: &str) -> Result<(i64, RequestRow), AppError> {
    let citizen = require_citizen(ctx)?;
    let request = requests::by_reference(&ctx.state.db, &reference.to_uppercase()).await.map_err(AppError::internal)?;
    match request {
        Some(r) if r.citizen_id == Some(citizen) => Ok((citizen, r)),
        _ => Err(AppError::NotFound),
    }
}

/// The service's title in the words of the version the request was made with.
fn service_title(ctx: &Ctx, request: &RequestRow) -> String {
    ctx.services().made_with(&request.service, request.version).map_or_else(|| request.service.clone(), |d| d.title(&ctx.i18n))
}

/// A timeline entry as the citizen reads it: heading, when, lines, attachments.
fn describe(i: &I18n, e: &EventRow, labels: &dyn Fn(&str) -> String, reference: &str) -> (String, String, Vec<String>, Vec<(String, String)>) {
    let data = e.data();
    let text = |k: &str| data.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let team = e.team.clone().unwrap_or_default();
    let when = t!(i, "casework-event-when", date = i.date(e.at.year(), e.at.month(), e.at.day()), time = e.at.format("%H:%M").to_string());
    let status_name = |k: &str| Status::parse(&text(k)).map(|s| i.t(s.message_id())).unwrap_or_default();
    let attachments: Vec<(String, String)> = data
        .get("attachments")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter_map(|a| serde_json::from_value::<answers::Upload>(a.clone()).ok())
        .map(|u| (format!("/requests/{reference}/files/{}", u.file), u.name))
        .collect();
    let (heading, lines) = match e.kind.as_str() {
        "submitted" => (i.t("request-event-submitted"), vec![]),
        "viewed" => (t!(i, "request-event-viewed", team = team), vec![]),
        "status" => {
            let reason = text("reason");
            (t!(i, "request-event-status", status = status_name("to")), if reason.is_empty() { vec![] } else { vec![reason] })
        }
        "message" if text("from") == "citizen" => (i.t("request-event-your-message"), vec![text("body")]),
        "message" => (t!(i, "request-event-message", team = team), vec![text("body")]),
        "info_requested" => {
            let asked: Vec<String> = data.get("questions").and_then(|q| q.as_array()).into_iter().flatten().filter_map(|q| q.as_str()).map(labels).collect();
            (i.t("request-event-info-requested"), [vec![text("message")], asked].concat())
        }
        "info_answered" => (i.t("request-event-info-answered"), vec![]),
        other => (other.to_owned(), vec![]),
    };
    (heading, when, lines, attachments)
}

fn label_of(ctx: &Ctx, request: &RequestRow, id: &str) -> String {
    ctx.services()
        .made_with(&request.service, request.version)
        .and_then(|d| d.question(id).map(|q| d.i18n(&ctx.i18n).t(q.summary_label.as_ref().unwrap_or(&q.label))))
        .unwrap_or_else(|| id.to_owned())
}

async fn request_page(ctx: Ctx, Path(reference): Path<String>) -> PageResult {
    let (_, request) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&request.service, request.version);
    render_request(&ctx, request, FieldErrors::new(), String::new()).await
}

async fn render_request(ctx: &Ctx, request: RequestRow, errors: FieldErrors, typed: String) -> PageResult {
    let timeline = super::events::timeline(&ctx.state.db, request.id, true).await.map_err(AppError::internal)?;
    let labels = |id: &str| label_of(ctx, &request, id);
    let events: Vec<_> = timeline.iter().map(|e| describe(&ctx.i18n, e, &labels, &request.reference)).collect();
    let csrf = ctx.csrf_token().await?;
    let status = request.status();
    let service = service_title(ctx, &request);
    let title = t!(ctx.i18n, "request-title", reference = request.reference.clone());
    let has_errors = !errors.is_empty();
    let waiting = status == Status::WaitingForCitizen && request.reopened.is_some();
    let can_withdraw = status.next(Actor::Citizen).contains(&Status::Withdrawn);
    let can_write = status != Status::Closed;
    let due = (status.is_open() && request.waiting_since.is_none()).then(|| ctx.i18n.date(request.due_date.year(), request.due_date.month(), request.due_date.day()));
    let base = format!("/requests/{}", request.reference);
    Ok(ctx.render_form(title, has_errors, move || {
        let i = use_i18n();
        let items = events
            .into_iter()
            .rev()
            .map(|(heading, when, lines, files)| {
                let lines = lines.into_iter().map(|l| view! { <p class="timeline__description">{l}</p> }).collect_view();
                let files = files
                    .into_iter()
                    .map(|(href, name)| view! { <p class="timeline__description"><a class="link" href=href download="">{t!(i, "casework-download", name = name)}</a></p> })
                    .collect_view();
                view! {
                    <li class="timeline__item">
                        <h3 class="timeline__title">{heading}</h3>
                        <p class="timeline__date">{when}</p>
                        {lines}
                        {files}
                    </li>
                }
            })
            .collect_view();
        let group = group_class(errors.get("message").is_some());
        let describedby = if errors.get("message").is_some() { "message-hint message-error" } else { "message-hint" };
        view! {
            <a class="back-link" href="/applications">{t!(i, "request-back")}</a>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption-l">{service.clone()}</span>
            <h1 class="heading-l">{t!(i, "request-heading", reference = request.reference.clone())}</h1>
            <p class="body">{t!(i, "request-status")} " " <strong class="tag tag--blue">{i.t(status.message_id())}</strong></p>
            {due.map(|d| view! { <p class="body">{t!(i, "request-due", date = d)}</p> })}
            {waiting.then(|| view! {
                <div class="notification-banner" role="region" aria-labelledby="info-title">
                    <div class="notification-banner__header"><h2 class="notification-banner__title" id="info-title">{t!(i, "request-info-banner-title")}</h2></div>
                    <div class="notification-banner__content">
                        <p class="notification-banner__heading">{t!(i, "request-info-banner")}</p>
                        <a class="button" href=format!("{base}/more-information")>{t!(i, "request-info-answer")}</a>
                    </div>
                </div>
            })}
            <h2 class="heading-m">{t!(i, "request-timeline")}</h2>
            <ol class="timeline">{items}</ol>
            {can_write.then(|| view! {
                <h2 class="heading-m">{t!(i, "request-reply-heading")}</h2>
                <form method="post" action=base.clone() enctype="multipart/form-data" novalidate>
                    <CsrfField token=csrf.clone()/>
                    <div class=group>
                        <label class="label label--s" for="message">{t!(i, "request-reply-label")}</label>
                        <div class="hint" id="message-hint">{t!(i, "request-reply-hint")}</div>
                        {errors.get("message").map(|m| view! { <p class="error-message" id="message-error"><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> })}
                        <textarea class="textarea" id="message" name="message" rows="5" aria-describedby=describedby
                            inner_html=crate::ui::shell::escape_text(&typed)></textarea>
                    </div>
                    <div class=group_class(errors.get("attachment").is_some())>
                        <label class="label label--s" for="attachment">{t!(i, "request-reply-attachment")}</label>
                        <div class="hint" id="attachment-hint">{t!(i, "file-hint-limit", megabytes = 10)}</div>
                        {errors.get("attachment").map(|m| view! { <p class="error-message" id="attachment-error"><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> })}
                        <input class="file-upload" id="attachment" name="attachment" type="file" aria-describedby="attachment-hint"
                            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
                    </div>
                    <Button label=t!(i, "request-reply-button")/>
                </form>
            })}
            {can_withdraw.then(|| view! {
                <p class="body"><a class="link" href=format!("{base}/withdraw")>{t!(i, "request-withdraw-link")}</a></p>
            })}
        }
    }))
}

/// POST to the request page: a message from the citizen, with an optional attachment.
async fn reply(ctx: Ctx, Path(reference): Path<String>, request: axum::extract::Request) -> PageResult {
    let (citizen, row) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&row.service, row.version);
    let (fields, files) = read_form(request).await?;
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let body = get("message");
    let mut errors = FieldErrors::new();
    if body.trim().is_empty() {
        errors.add("message", "request-error-message");
    }
    let mut attachments = Vec::new();
    if let Some(part) = files.iter().find(|f| f.name == "attachment") {
        if errors.is_empty() {
            match store_upload(&ctx, part, 10 * 1024 * 1024).await? {
                Ok(upload) => attachments.push(upload),
                Err(problem) => errors.add("attachment", problem),
            }
        }
    }
    if !errors.is_empty() {
        return render_request(&ctx, row, errors, body).await;
    }
    let attachments = serde_json::to_value(&attachments).map_err(AppError::internal)?;
    match requests::citizen_message(&ctx.state.db, citizen, row.id, &body, attachments).await {
        Ok(()) => {
            // A webhook may be waiting: its worker sends it now rather than at its next poll.
            ctx.state.outbox.wake();
            Ok(Redirect::to(&format!("/requests/{}", row.reference)).into_response())
        }
        Err(WorkflowError::Db(e)) => Err(AppError::internal(e)),
        Err(_) => Err(AppError::NotFound),
    }
}

async fn withdraw_page(ctx: Ctx, Path(reference): Path<String>) -> PageResult {
    let (_, request) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&request.service, request.version);
    if !request.status().next(Actor::Citizen).contains(&Status::Withdrawn) {
        return Ok(Redirect::to(&format!("/requests/{}", request.reference)).into_response());
    }
    let csrf = ctx.csrf_token().await?;
    let title = t!(ctx.i18n, "request-withdraw-title", reference = request.reference.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        view! {
            <a class="back-link" href=format!("/requests/{}", request.reference)>{t!(i, "back-link")}</a>
            <h1 class="heading-l">{t!(i, "request-withdraw-heading", reference = request.reference.clone())}</h1>
            <p class="body">{t!(i, "request-withdraw-body")}</p>
            <form method="post" action=format!("/requests/{}/withdraw", request.reference)>
                <CsrfField token=csrf/>
                <div class="form-group">
                    <label class="label label--s" for="reason">{t!(i, "request-withdraw-reason")}</label>
                    <textarea class="textarea" id="reason" name="reason" rows="3"></textarea>
                </div>
                <Button label=t!(i, "request-withdraw-button") warning=true/>
            </form>
        }
    }))
}

async fn withdraw(ctx: Ctx, Path(reference): Path<String>, crate::web::form::Form(fields): crate::web::form::Form<Vec<(String, String)>>) -> PageResult {
    let (citizen, request) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&request.service, request.version);
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let guard = move |r: &RequestRow| if r.citizen_id == Some(citizen) { Ok(()) } else { Err(WorkflowError::NotFound) };
    let result = requests::change_status(&ctx.state.db, requests::By::Citizen, &guard, request.id, Status::Withdrawn, &get("reason"), &|_| None).await;
    match result {
        Ok(()) | Err(WorkflowError::NotAllowed) => {
            ctx.state.outbox.wake();
            Ok(Redirect::to(&format!("/requests/{}", request.reference)).into_response())
        }
        Err(WorkflowError::Db(e)) => Err(AppError::internal(e)),
        Err(_) => Err(AppError::NotFound),
    }
}

/// The questions a caseworker reopened, as questions of this request's service.
fn reopened(ctx: &Ctx, request: &RequestRow) -> Vec<Question> {
    let Some(definition) = ctx.services().made_with(&request.service, request.version) else { return Vec::new() };
    request.reopened().iter().filter_map(|id| definition.question(id).cloned()).filter(|q| !matches!(q.kind, Kind::Repeat { .. })).collect()
}

async fn information_page(ctx: Ctx, Path(reference): Path<String>) -> PageResult {
    let (_, request) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&request.service, request.version);
    let questions = reopened(&ctx, &request);
    if request.status() != Status::WaitingForCitizen || questions.is_empty() {
        return Ok(Redirect::to(&format!("/requests/{}", request.reference)).into_response());
    }
    let stored = request.answers();
    let mut raw = Raw::new();
    for q in &questions {
        if let Some(a) = stored.get(&q.id) {
            raw.extend(answers::to_raw(q, a));
        }
    }
    render_information(&ctx, request, questions, raw, FieldErrors::new()).await
}

async fn render_information(ctx: &Ctx, request: RequestRow, questions: Vec<Question>, raw: Raw, errors: FieldErrors) -> PageResult {
    let timeline = super::events::timeline(&ctx.state.db, request.id, true).await.map_err(AppError::internal)?;
    let message = timeline.iter().rev().find(|e| e.kind == "info_requested").and_then(|e| e.data().get("message").and_then(|m| m.as_str()).map(str::to_owned)).unwrap_or_default();
    let csrf = ctx.csrf_token().await?;
    let title = ctx.i18n.t("request-info-title");
    let has_errors = !errors.is_empty();
    let multipart = questions.iter().any(|q| matches!(q.kind, Kind::File { .. })).then_some("multipart/form-data");
    Ok(ctx.render_form(title, has_errors, move || {
        let i = use_i18n();
        let inputs = questions
            .into_iter()
            .map(|q| view! { <QuestionInput question=q raw=raw.clone() errors=errors.clone() nested=true/> })
            .collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/requests/{}", request.reference)>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <span class="caption-l" dir="ltr">{request.reference.clone()}</span>
                <h1 class="heading-l">{t!(i, "request-info-heading")}</h1>
                <div class="inset-text"><p class="body">{message}</p></div>
                <form method="post" action=format!("/requests/{}/more-information", request.reference) enctype=multipart novalidate>
                    <CsrfField token=csrf/>
                    {inputs}
                    <Button label=t!(i, "request-info-send")/>
                </form>
            </div></div>
        }
    }))
}

async fn answer_information(ctx: Ctx, Path(reference): Path<String>, request: axum::extract::Request) -> PageResult {
    let (citizen, row) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&row.service, row.version);
    let questions = reopened(&ctx, &row);
    if row.status() != Status::WaitingForCitizen || questions.is_empty() {
        return Ok(Redirect::to(&format!("/requests/{}", row.reference)).into_response());
    }
    let mut form = Submitted::read(request).await?;
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add(&answers::field_ids(&questions[0])[0], "form-error-expired");
    }
    let old = row.answers();
    let mut new = old.clone();
    let mut changes = Vec::new();
    for q in &questions {
        if let Kind::File { max_bytes } = q.kind {
            if let Some(problem) = form.attach_file(&ctx, q, max_bytes, old.get(&q.id), errors.is_empty()).await? {
                errors.add(&q.id, problem);
            }
        }
        match answers::parse(q, &form.raw, Date::today()) {
            Ok(Some(answer)) => {
                if old.get(&q.id) != Some(&answer) {
                    let show = |a: Option<&Answer>| a.map(|a| display(&ctx.i18n, q, a).join(", ")).unwrap_or_default();
                    changes.push(serde_json::json!({ "question": q.id, "old": show(old.get(&q.id)), "new": show(Some(&answer)) }));
                }
                new.insert(q.id.clone(), answer);
            }
            Ok(None) => {
                new.remove(&q.id);
            }
            Err(problems) => {
                for (field, message) in problems {
                    errors.add(&field, message);
                }
            }
        }
    }
    if !errors.is_empty() {
        return render_information(&ctx, row, questions, form.raw, errors).await;
    }
    match requests::answer_information(&ctx.state.db, citizen, row.id, &new, serde_json::Value::Array(changes)).await {
        Ok(()) => {
            ctx.state.outbox.wake();
            Ok(Redirect::to(&format!("/requests/{}", row.reference)).into_response())
        }
        Err(WorkflowError::Db(e)) => Err(AppError::internal(e)),
        Err(_) => Ok(Redirect::to(&format!("/requests/{}", row.reference)).into_response()),
    }
}

async fn download(ctx: Ctx, Path((reference, file)): Path<(String, String)>) -> PageResult {
    let (_, request) = own(&ctx, &reference).await?;
    // In the words of the version the request was made with.
    let ctx = ctx.in_words_of(&request.service, request.version);
    send_upload(&ctx, &request, &file).await
}

/// Sends a file of `request` (an answer, or a message's attachment) as a download: only a file
/// the request names, from the uploads folder, with `nosniff` and its checked content type.
pub async fn send_upload(ctx: &Ctx, request: &RequestRow, file: &str) -> PageResult {
    let (upload, bytes) = requests::read_upload(&ctx.state.db, &ctx.state.config.uploads_dir, request, file).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    Ok(file_download(&upload, bytes))
}

/// A stored file as a download: its checked content type, a safe file name, `nosniff`, no caching.
pub fn file_download(upload: &answers::Upload, bytes: Vec<u8>) -> axum::response::Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(kind) = HeaderValue::from_str(&upload.content_type) {
        headers.insert(header::CONTENT_TYPE, kind);
    }
    let safe_name: String = upload.name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ')).collect();
    if let Ok(disposition) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", if safe_name.is_empty() { "file" } else { &safe_name })) {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
