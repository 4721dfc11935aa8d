//! The request page: answers, timeline and the actions' forms, and the request's files.

use crate::casework::store::{self, ActionError, StaffUser};
use crate::{
    i18n::{use_i18n, I18n},
    requests::{
        events::EventRow,
        status::{Actor, Status},
        store::RequestRow,
    },
    t,
    ui::form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use chrono::Datelike;
use leptos::prelude::*;
use super::{date, queue::colleagues, service_title, staff, status_tag, today};
use crate::web::extract::Path;

/// What the actions' forms held when one was refused: re-shown with the error.
#[derive(Default, Clone)]
struct Typed {
    errors: FieldErrors,
    values: Vec<(String, String)>,
}

impl Typed {
    fn get(&self, name: &str) -> String {
        self.values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

pub(super) async fn request_page(ctx: Ctx, Path(reference): Path<String>) -> PageResult {
    let user = staff(&ctx).await?;
    let request = store::request_for(&ctx.state.db, &user, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    store::record_view(&ctx.state.db, &user, &request).await.map_err(AppError::internal)?;
    render_request(&ctx, &user, request, Typed::default()).await
}

async fn render_request(ctx: &Ctx, user: &StaffUser, request: RequestRow, typed: Typed) -> PageResult {
    let ctx = &ctx.in_words_of(&request.service, request.version);
    let timeline = crate::requests::events::timeline(&ctx.state.db, request.id, false).await.map_err(AppError::internal)?;
    let colleagues = colleagues(ctx, user, Some(&request.team)).await?;
    let csrf = ctx.csrf_token().await?;
    // The version the request was made with: its questions, in its words.
    let definition = ctx.services().made_with(&request.service, request.version);
    let i = definition.as_ref().map_or_else(|| ctx.i18n.clone(), |d| d.i18n(&ctx.i18n));
    let answered = crate::casework::answers::answered(&ctx.services(), &ctx.i18n, &request);
    // The answers in the order the journey asked them, with files as download links.
    let rows: Vec<(String, String, Vec<String>, Option<(String, String)>)> = answered
        .iter()
        .map(|a| {
            let file = a.file.as_ref().map(|u| (format!("/staff/requests/{}/files/{}", request.reference, u.file), u.name.clone()));
            (a.question.clone(), a.label.clone(), a.lines.clone(), file)
        })
        .collect();
    let reopenable: Vec<(String, String)> = answered.iter().filter(|a| a.reopenable).map(|a| (a.question.clone(), a.label.clone())).collect();
    let snapshot: Vec<(String, String)> = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&request.profile_snapshot)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| {
            let value = match &v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Object(o) => o.values().filter_map(|x| x.as_str()).filter(|x| !x.is_empty()).collect::<Vec<_>>().join(", "),
                other => other.to_string(),
            };
            (snapshot_label(&i, &k), value)
        })
        .collect();
    let assignee = request.assignee_id.and_then(|a| colleagues.iter().find(|(id, _)| *id == a).map(|(_, n)| n.clone()));
    let service = service_title(ctx, &request.service);
    let current = request.status();
    let next: Vec<Status> = current.next(Actor::Staff).iter().copied().filter(|s| *s != Status::WaitingForCitizen).collect();
    let can_ask = matches!(current, Status::Submitted | Status::InReview) && request.citizen_id.is_some();
    let events: Vec<(String, String, Vec<String>, bool, Vec<(String, String)>)> = timeline.iter().map(|e| describe(&i, e, &reopenable)).collect();
    let title = t!(i, "casework-request-title", reference = request.reference.clone());
    let has_errors = !typed.errors.is_empty();
    let base = format!("/staff/requests/{}", request.reference);
    // The trail with its proof (crate::audit::export), checkable without Portico.
    let audit_href = format!("{base}/audit.json");
    let today = today();
    let paused = request.waiting_since.is_some();
    let overdue = current.is_open() && !paused && request.due_date < today;
    Ok(ctx.render_form(title, has_errors, move || {
        let i = use_i18n();
        let answer_rows = rows
            .into_iter()
            .map(|(_, label, lines, file)| {
                let lines = lines.into_iter().map(|l| view! { <span class="summary-list__line">{l}</span> }).collect_view();
                view! {
                    <div class="summary-list__row summary-list__row--no-actions">
                        <dt class="summary-list__key">{label.clone()}</dt>
                        <dd class="summary-list__value">
                            {lines}
                            {file.map(|(href, name)| view! {
                                <a class="link" href=href download="">{t!(i, "casework-download", name = name)}</a>
                            })}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let snapshot_rows = snapshot
            .into_iter()
            .map(|(k, v)| view! {
                <div class="summary-list__row summary-list__row--no-actions">
                    <dt class="summary-list__key">{k}</dt>
                    <dd class="summary-list__value">{v}</dd>
                </div>
            })
            .collect_view();
        let timeline_items = events
            .into_iter()
            .rev()
            .map(|(heading, when, lines, internal, files)| {
                let lines = lines.into_iter().map(|l| view! { <p class="timeline__description">{l}</p> }).collect_view();
                let files = files
                    .into_iter()
                    .map(|(file, name)| {
                        let href = format!("{base}/files/{file}");
                        view! { <p class="timeline__description"><a class="link" href=href download="">{t!(i, "casework-download", name = name)}</a></p> }
                    })
                    .collect_view();
                view! {
                    <li class="timeline__item">
                        <h3 class="timeline__title">{heading} {internal.then(|| view! { " " <strong class="tag tag--grey">{t!(i, "casework-internal")}</strong> })}</h3>
                        <p class="timeline__date">{when}</p>
                        {lines}
                        {files}
                    </li>
                }
            })
            .collect_view();
        let colleague_options = colleagues
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
            .collect_view();
        let status_items = next
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let id = if n == 0 { "to".to_owned() } else { format!("to-{}", n + 1) };
                let checked = typed.get("to") == s.as_str();
                view! {
                    <div class="radios__item">
                        <input class="radios__input" id=id.clone() name="to" type="radio" value=s.as_str() checked=checked/>
                        <label class="label radios__label" for=id>{i.t(s.message_id())}</label>
                    </div>
                }
            })
            .collect_view();
        let question_items = reopenable
            .iter()
            .enumerate()
            .map(|(n, (id, label))| {
                let input = if n == 0 { "questions".to_owned() } else { format!("questions-{}", n + 1) };
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" id=input.clone() name="questions" type="checkbox" value=id.clone()/>
                        <label class="label checkboxes__label" for=input>{label.clone()}</label>
                    </div>
                }
            })
            .collect_view();
        let err = |name: &str| typed.errors.get(name).map(|m| view! { <p class="error-message" id=format!("{name}-error")><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> });
        let group = |name: &str| group_class(typed.errors.get(name).is_some());
        let has_next = !next.is_empty();
        view! {
            <a class="back-link" href="/staff/requests">{t!(i, "casework-back-to-queue")}</a>
            <ErrorSummary errors=typed.errors.clone()/>
            <div class="identity-bar">
                <span class="caption-m">{service.clone()}</span>
                <h1 class="heading-l" dir="auto">{t!(i, "casework-request-heading", reference = request.reference.clone())}</h1>
                <dl class="identity-bar__facts">
                    <div><dt>{t!(i, "applications-col-status")}</dt><dd>{status_tag(&i, current)}</dd></div>
                    <div><dt>{t!(i, "casework-col-assignee")}</dt><dd>{assignee.clone().unwrap_or_else(|| i.t("casework-unassigned"))}</dd></div>
                    <div><dt>{t!(i, "casework-col-due")}</dt><dd>
                        {date(&i, request.due_date)}
                        {paused.then(|| view! { " " <strong class="tag tag--yellow">{t!(i, "casework-clock-paused")}</strong> })}
                        {overdue.then(|| view! { " " <strong class="tag tag--red">{t!(i, "casework-overdue-tag")}</strong> })}
                    </dd></div>
                    <div><dt>{t!(i, "casework-col-team")}</dt><dd>{request.team.clone()}</dd></div>
                    <div><dt>{t!(i, "applications-col-sent")}</dt><dd>{date(&i, request.submitted_at.date_naive())}</dd></div>
                </dl>
            </div>

            <div class="grid-row">
                <div class="grid-column-two-thirds">
                    <h2 class="heading-m">{t!(i, "casework-answers")}</h2>
                    <dl class="summary-list">{answer_rows}</dl>
                    <h2 class="heading-m">{t!(i, "casework-profile-snapshot")}</h2>
                    <p class="body-s">{t!(i, "casework-profile-snapshot-hint")}</p>
                    <dl class="summary-list">{snapshot_rows}</dl>
                    <h2 class="heading-m">{t!(i, "casework-timeline")}</h2>
                    <ol class="timeline">{timeline_items}</ol>
                    <p class="body"><a class="link" href=audit_href download="">{t!(i, "casework-audit-export")}</a></p>
                    <p class="body-s">{t!(i, "casework-audit-export-hint")}</p>
                </div>
                <div class="grid-column-one-third">
                    <h2 class="heading-m">{t!(i, "casework-actions")}</h2>

                    <form method="post" action=format!("{base}/assign") class="action">
                        <CsrfField token=csrf.clone()/>
                        <div class="form-group">
                            <label class="label label--s" for="assignee">{t!(i, "casework-assign")}</label>
                            <select class="select" id="assignee" name="assignee">
                                <option value="me">{t!(i, "casework-assign-me")}</option>
                                <option value="none">{t!(i, "casework-unassign")}</option>
                                {colleague_options}
                            </select>
                        </div>
                        <Button label=t!(i, "casework-assign-button") secondary=true/>
                    </form>

                    {has_next.then(|| view! {
                        <form method="post" action=format!("{base}/status") class="action" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <div class=group("to")>
                                <fieldset class="fieldset" aria-describedby=typed.errors.get("to").map(|_| "to-error")>
                                    <legend class="fieldset__legend fieldset__legend--s">{t!(i, "casework-change-status")}</legend>
                                    {err("to")}
                                    <div class="radios radios--small">{status_items}</div>
                                </fieldset>
                            </div>
                            <div class=group("reason")>
                                <label class="label label--s" for="reason">{t!(i, "casework-reason")}</label>
                                <div class="hint" id="reason-hint">{t!(i, "casework-reason-hint")}</div>
                                {err("reason")}
                                <textarea class="textarea" id="reason" name="reason" rows="3" aria-describedby="reason-hint"
                                    inner_html=crate::ui::shell::escape_text(&typed.get("reason"))></textarea>
                            </div>
                            <Button label=t!(i, "casework-change-status-button")/>
                        </form>
                    })}

                    {can_ask.then(|| view! {
                        <form method="post" action=format!("{base}/more-information") class="action" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <div class=group("questions")>
                                <fieldset class="fieldset" aria-describedby="questions-hint">
                                    <legend class="fieldset__legend fieldset__legend--s">{t!(i, "casework-ask")}</legend>
                                    <div class="hint" id="questions-hint">{t!(i, "casework-ask-hint")}</div>
                                    {err("questions")}
                                    <div class="checkboxes checkboxes--small">{question_items}</div>
                                </fieldset>
                            </div>
                            <div class=group("ask_message")>
                                <label class="label label--s" for="ask_message">{t!(i, "casework-ask-message")}</label>
                                {err("ask_message")}
                                <textarea class="textarea" id="ask_message" name="ask_message" rows="4"
                                    inner_html=crate::ui::shell::escape_text(&typed.get("ask_message"))></textarea>
                            </div>
                            <Button label=t!(i, "casework-ask-button")/>
                        </form>
                    })}

                    <form method="post" action=format!("{base}/message") class="action" novalidate>
                        <CsrfField token=csrf.clone()/>
                        <div class=group("message")>
                            <label class="label label--s" for="message">{t!(i, "casework-message")}</label>
                            <div class="hint" id="message-hint">{t!(i, "casework-message-hint")}</div>
                            {err("message")}
                            <textarea class="textarea" id="message" name="message" rows="4" aria-describedby="message-hint"
                                inner_html=crate::ui::shell::escape_text(&typed.get("message"))></textarea>
                        </div>
                        <Button label=t!(i, "casework-message-button") secondary=true/>
                    </form>

                    <form method="post" action=format!("{base}/note") class="action" novalidate>
                        <CsrfField token=csrf.clone()/>
                        <div class=group("note")>
                            <label class="label label--s" for="note">{t!(i, "casework-note")}</label>
                            <div class="hint" id="note-hint">{t!(i, "casework-note-hint")}</div>
                            {err("note")}
                            <textarea class="textarea" id="note" name="note" rows="3" aria-describedby="note-hint"
                                inner_html=crate::ui::shell::escape_text(&typed.get("note"))></textarea>
                        </div>
                        <Button label=t!(i, "casework-note-button") secondary=true/>
                    </form>
                </div>
            </div>
        }
    }))
}

fn snapshot_label(i: &I18n, key: &str) -> String {
    let id = match key {
        "name" => "profile-name",
        "date_of_birth" => "profile-dob",
        "address" => "profile-address",
        "phone" => "profile-phone",
        "email" => "profile-email",
        "contact_preference" => "profile-contact",
        "language" => "profile-language",
        _ => return key.to_owned(),
    };
    i.t(id)
}

/// One timeline entry: heading, when, lines, and whether it is internal (never shown to the citizen).
pub fn describe(i: &I18n, e: &EventRow, questions: &[(String, String)]) -> (String, String, Vec<String>, bool, Vec<(String, String)>) {
    let data = e.data();
    let text = |k: &str| data.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let who = match (&e.staff_name, &e.api_key_name) {
        (Some(name), _) => name.clone(),
        (None, Some(key)) => t!(i, "api-actor-key", name = key.clone()),
        (None, None) => i.t(if e.actor == "citizen" { "casework-actor-citizen" } else { "casework-actor-system" }),
    };
    let when = {
        let at = e.at;
        t!(i, "casework-event-when", date = i.date(at.year(), at.month(), at.day()), time = at.format("%H:%M").to_string())
    };
    let status_name = |k: &str| Status::parse(&text(k)).map(|s| i.t(s.message_id())).unwrap_or_default();
    let label_of = |id: &str| questions.iter().find(|(q, _)| q == id).map_or_else(|| id.to_owned(), |(_, l)| l.clone());
    let (heading, lines) = match e.kind.as_str() {
        "submitted" => (i.t("casework-event-submitted"), vec![]),
        "viewed" => (t!(i, "casework-event-viewed", who = who.clone()), vec![]),
        "assigned" => (t!(i, "casework-event-assigned", who = who.clone(), to = text("name")), vec![]),
        "unassigned" => (t!(i, "casework-event-unassigned", who = who.clone()), vec![]),
        "status" => {
            let reason = text("reason");
            (t!(i, "casework-event-status", who = who.clone(), status = status_name("to")), if reason.is_empty() { vec![] } else { vec![reason] })
        }
        "note" => (t!(i, "casework-event-note", who = who.clone()), vec![text("body")]),
        "downloaded" => (t!(i, "api-event-downloaded", who = who.clone()), vec![]),
        "retention_erased" => (i.t("casework-event-retention-erased"), vec![]),
        "message" => (t!(i, "casework-event-message", who = who.clone()), vec![text("body")]),
        "info_requested" => {
            let asked: Vec<String> = data.get("questions").and_then(|q| q.as_array()).into_iter().flatten().filter_map(|q| q.as_str()).map(label_of).collect();
            (t!(i, "casework-event-info-requested", who = who.clone()), [vec![text("message")], asked].concat())
        }
        "info_answered" => {
            let changes: Vec<String> = data
                .get("changes")
                .and_then(|c| c.as_array())
                .into_iter()
                .flatten()
                .map(|c| {
                    let part = |k: &str| c.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
                    t!(i, "casework-event-change", question = label_of(&part("question")), old = part("old"), new = part("new"))
                })
                .collect();
            (i.t("casework-event-info-answered"), changes)
        }
        other => (other.to_owned(), vec![]),
    };
    let files = attachments(e);
    (heading, when, lines, !e.citizen_sees, files)
}

/// A message's attachments: stored file ids and the names people gave them.
fn attachments(e: &EventRow) -> Vec<(String, String)> {
    e.data()
        .get("attachments")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter_map(|a| serde_json::from_value::<crate::services::answers::Upload>(a.clone()).ok())
        .map(|u| (u.file, u.name))
        .collect()
}

/// An action's address opened directly (a reload after a refused form, a bookmark): the request.
pub(super) async fn back_to_request(ctx: Ctx, Path((reference, _)): Path<(String, String)>) -> PageResult {
    staff(&ctx).await?;
    Ok(Redirect::to(&format!("/staff/requests/{}", reference.to_uppercase())).into_response())
}

/// The actions' forms.
pub(super) async fn act(ctx: Ctx, Path((reference, action)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = staff(&ctx).await?;
    let request = store::request_for(&ctx.state.db, &user, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let recipient = crate::casework::notify::recipient(&ctx.state, &request).await.map_err(AppError::internal)?;
    let recipient = recipient.as_ref();
    let db = &ctx.state.db;
    let actor = store::Actor::Staff(user.clone());
    let result = match action.as_str() {
        "assign" => {
            let assignee = match get("assignee").as_str() {
                "me" => Some(user.id),
                "none" => None,
                other => Some(other.parse::<i64>().map_err(|_| AppError::NotFound)?),
            };
            store::assign(db, &user, request.id, assignee).await.map_err(|e| (e, "assignee"))
        }
        "status" => match Status::parse(&get("to")) {
            Some(to) => store::change_status(db, &actor, request.id, None, to, &get("reason"), &crate::casework::notify::status(recipient, &get("reason"))).await.map_err(|e| match e {
                ActionError::Missing(_) => (e, "reason"),
                e => (e, "to"),
            }),
            None => Err((ActionError::Missing("status"), "to")),
        },
        "note" => store::add_note(db, &actor, request.id, None, &get("note")).await.map_err(|e| (e, "note")),
        "message" => store::message_citizen(db, &actor, request.id, None, &get("message"), &crate::casework::notify::message(recipient, &get("message")))
            .await
            .map_err(|e| (e, "message")),
        "more-information" => {
            let questions: Vec<String> = fields.iter().filter(|(k, _)| k == "questions").map(|(_, v)| v.clone()).collect();
            store::request_information(db, &actor, request.id, None, &questions, &get("ask_message"), &crate::casework::notify::information(recipient)).await.map_err(|e| match e {
                ActionError::Missing("questions") => (e, "questions"),
                e => (e, "ask_message"),
            })
        }
        _ => return Err(AppError::NotFound),
    };
    match result {
        Ok(()) => {
            // An email or webhook may be waiting: the workers send it now rather than at their next poll.
            ctx.state.outbox.wake();
            Ok(Redirect::to(&format!("/staff/requests/{}", request.reference)).into_response())
        }
        Err((ActionError::Db(e), _)) => Err(AppError::internal(e)),
        Err((ActionError::NotFound, _)) => Err(AppError::NotFound),
        Err((error, field)) => {
            let message = match (&error, field) {
                (ActionError::NotAllowed, _) => "casework-error-not-allowed",
                (_, "reason") => "casework-error-reason",
                (_, "to") => "casework-error-status",
                (_, "questions") => "casework-error-questions",
                (_, "ask_message") | (_, "message") => "casework-error-message",
                (_, "note") => "casework-error-note",
                _ => "casework-error-assignee",
            };
            let mut errors = FieldErrors::new();
            errors.add(field, message);
            let typed = Typed { errors, values: fields.clone() };
            // The request as it is now, with the form as it was typed.
            let fresh = store::request_for(db, &user, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
            render_request(&ctx, &user, fresh, typed).await
        }
    }
}

/// An uploaded file of the request (an answer or a message's attachment), as a download.
pub(super) async fn download(ctx: Ctx, Path((reference, file)): Path<(String, String)>) -> PageResult {
    let user = staff(&ctx).await?;
    let request = store::request_for(&ctx.state.db, &user, &reference).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    crate::requests::pages::send_upload(&ctx, &request, &file).await
}
