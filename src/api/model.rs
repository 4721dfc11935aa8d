//! The API's JSON documents, with stable field names (snake_case; new fields may be added, none
//! renamed or removed within `/api/v1`), and how a stored request becomes one. Each type derives
//! its schema for the OpenAPI document, so the document and the answers cannot disagree.

use crate::{
    casework::store::QueueRow,
    i18n::I18n,
    requests::{
        events::EventRow,
        status::{Actor, Status},
        store::RequestRow,
    },
    services::live::Services,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The address of the JSON Schema of `service`'s answers at definition version `version`.
pub fn schema_url(public_url: &str, service: &str, version: i64) -> String {
    format!("{public_url}/services/{service}/versions/{version}/schema.json")
}

/// One request in a list.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestSummary {
    /// The request's reference: 8 characters, the citizen's too.
    pub reference: String,
    /// The service's id.
    pub service: String,
    /// The version of the service's definition the request was made with.
    pub definition_version: i64,
    pub status: Status,
    /// The team that handles it.
    pub team: String,
    /// The member of staff it is assigned to, if anyone.
    pub assignee: Option<String>,
    pub due_date: NaiveDate,
    /// Open, with its clock running, and past its due date.
    pub overdue: bool,
    pub submitted_at: DateTime<Utc>,
    /// This request's address in the API.
    pub href: String,
}

impl RequestSummary {
    pub fn from_row(row: QueueRow, today: NaiveDate) -> Self {
        let overdue = row.overdue(today);
        Self {
            href: format!("/api/v1/requests/{}", row.reference),
            status: row.status(),
            reference: row.reference,
            service: row.service,
            definition_version: row.version,
            team: row.team,
            assignee: row.assignee_name,
            due_date: row.due_date,
            overdue,
            submitted_at: row.submitted_at,
        }
    }
}

/// A page of requests, in a stable order.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestList {
    pub items: Vec<RequestSummary>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// An answer as the citizen gave it, with its question's words.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LabelledAnswer {
    /// The question's id: the property of `answers` that holds the answer.
    pub question: String,
    /// The question, as check your answers words it, in the document's `language`.
    pub label: String,
    /// The answer as people read it, a line each.
    pub lines: Vec<String>,
    /// For a file: its id among `attachments`.
    pub attachment: Option<String>,
    /// May be named in a request for more information.
    pub reopenable: bool,
}

/// Who did something on the timeline.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EventActor {
    /// `citizen`, `staff`, `system` or `api_key`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The member of staff's or the API key's name.
    pub name: Option<String>,
}

/// One entry of the timeline, which is also the audit trail.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TimelineEvent {
    pub id: i64,
    /// `submitted`, `viewed`, `assigned`, `unassigned`, `status`, `note`, `message`,
    /// `info_requested`, `info_answered` or `downloaded`.
    pub kind: String,
    pub at: DateTime<Utc>,
    pub actor: EventActor,
    /// The team the member of staff or key acted for.
    pub team: Option<String>,
    /// Never shown to the citizen (notes, assignments, downloads).
    pub internal: bool,
    /// What happened: `from`, `to` and `reason` of a status; `body` of a note or message; …
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

impl TimelineEvent {
    pub fn from_row(e: EventRow) -> Self {
        let name = e.staff_name.clone().or_else(|| e.api_key_name.clone());
        let data = e.data();
        Self { id: e.id, kind: e.kind, at: e.at, actor: EventActor { kind: e.actor, name }, team: e.team, internal: !e.citizen_sees, data }
    }
}

/// A file of the request (an answer, or attached to a message).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Attachment {
    pub id: String,
    /// The name the person's device gave it.
    pub name: String,
    pub size: u64,
    pub content_type: String,
    /// Where to download it.
    pub href: String,
}

/// One request, whole.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestDocument {
    /// The JSON Schema (2020-12) that `answers` follows: the service's definition version.
    #[serde(rename = "$schema")]
    pub schema: String,
    pub reference: String,
    pub service: String,
    /// The version of the service's definition the request was made with.
    pub definition_version: i64,
    pub status: Status,
    /// Where a status change may take it now (asking for more information aside).
    pub allowed_statuses: Vec<Status>,
    /// Whether more information can be asked for now.
    pub can_request_information: bool,
    pub team: String,
    pub assignee: Option<String>,
    pub due_date: NaiveDate,
    /// The deadline is paused while the request waits for the citizen.
    pub clock_paused: bool,
    pub overdue: bool,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on with every change; the ETag is `"v{revision}"`.
    pub revision: i64,
    /// The language of `labelled_answers`.
    pub language: String,
    /// The answers as stored, following `$schema` (the live versions' schemas are also in this
    /// document, as the components `submission.{service}.v{n}`).
    #[schema(value_type = Object)]
    pub answers: serde_json::Value,
    /// The answers in the order they were asked, with their questions' words.
    pub labelled_answers: Vec<LabelledAnswer>,
    /// What the citizen's profile held when they sent the request.
    #[schema(value_type = Object)]
    pub profile_snapshot: serde_json::Value,
    /// The questions reopened by an open request for more information.
    pub reopened_questions: Vec<String>,
    pub attachments: Vec<Attachment>,
    pub timeline: Vec<TimelineEvent>,
}

/// The parts a document is made of.
pub struct Parts<'a> {
    pub request: RequestRow,
    pub assignee: Option<String>,
    pub timeline: Vec<EventRow>,
    pub uploads: Vec<crate::services::answers::Upload>,
    pub services: &'a Services,
    pub i18n: &'a I18n,
    pub public_url: &'a str,
    pub today: NaiveDate,
}

/// The answers of `request`, labelled in `i18n`'s language (see `casework::answers`).
pub fn labelled(services: &Services, i18n: &I18n, request: &RequestRow) -> Vec<LabelledAnswer> {
    crate::casework::answers::answered(services, i18n, request)
        .into_iter()
        .map(|a| LabelledAnswer { question: a.question, label: a.label, lines: a.lines, attachment: a.file.map(|u| u.file), reopenable: a.reopenable })
        .collect()
}

impl RequestDocument {
    pub fn build(parts: Parts<'_>) -> Self {
        let Parts { request, assignee, timeline, uploads, services, i18n, public_url, today } = parts;
        let status = request.status();
        let labelled_answers = labelled(services, i18n, &request);
        let json = |text: &str| serde_json::from_str(text).unwrap_or_else(|_| serde_json::json!({}));
        let paused = request.waiting_since.is_some();
        let attachments = uploads
            .into_iter()
            .map(|u| Attachment { href: format!("/api/v1/requests/{}/attachments/{}", request.reference, u.file), id: u.file, name: u.name, size: u.size, content_type: u.content_type })
            .collect();
        Self {
            schema: schema_url(public_url, &request.service, request.version),
            allowed_statuses: status.next(Actor::Staff).iter().copied().filter(|s| *s != Status::WaitingForCitizen).collect(),
            can_request_information: matches!(status, Status::Submitted | Status::InReview) && request.citizen_id.is_some(),
            overdue: status.is_open() && !paused && request.due_date < today,
            clock_paused: paused,
            answers: json(&request.answers),
            profile_snapshot: json(&request.profile_snapshot),
            reopened_questions: request.reopened(),
            language: i18n.language().code.clone(),
            labelled_answers,
            attachments,
            timeline: timeline.into_iter().map(TimelineEvent::from_row).collect(),
            status,
            assignee,
            definition_version: request.version,
            reference: request.reference,
            service: request.service,
            team: request.team,
            due_date: request.due_date,
            submitted_at: request.submitted_at,
            updated_at: request.updated_at,
            revision: request.revision,
        }
    }
}

/// `POST /requests/{reference}/status`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// Where to move the request: one of its `allowed_statuses`.
    pub status: Status,
    /// Needed for a decision (`approved`, `rejected`); the citizen reads it.
    #[serde(default)]
    pub reason: Option<String>,
}

/// `POST /requests/{reference}/notes` and `…/messages`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// A note is for staff only; a message goes to the citizen (and is emailed to them).
    #[schema(min_length = 1, max_length = 10000)]
    pub body: String,
}

/// `POST /requests/{reference}/information-requests`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InformationRequest {
    /// The questions to reopen: ids of `labelled_answers` that are `reopenable`.
    #[schema(min_items = 1)]
    pub questions: Vec<String>,
    /// What the citizen is asked, in words they will read.
    #[schema(min_length = 1, max_length = 10000)]
    pub message: String,
}

/// One request in a bulk export (a line of JSON Lines).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ExportRow {
    /// The JSON Schema that `answers` follows.
    #[serde(rename = "$schema")]
    pub schema: String,
    pub reference: String,
    pub service: String,
    pub definition_version: i64,
    pub status: Status,
    pub team: String,
    pub due_date: NaiveDate,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[schema(value_type = Object)]
    pub answers: serde_json::Value,
    #[schema(value_type = Object)]
    pub profile_snapshot: serde_json::Value,
}

impl ExportRow {
    pub fn from_row(request: RequestRow, public_url: &str) -> Self {
        let json = |text: &str| serde_json::from_str(text).unwrap_or_else(|_| serde_json::json!({}));
        Self {
            schema: schema_url(public_url, &request.service, request.version),
            status: request.status(),
            answers: json(&request.answers),
            profile_snapshot: json(&request.profile_snapshot),
            definition_version: request.version,
            reference: request.reference,
            service: request.service,
            team: request.team,
            due_date: request.due_date,
            submitted_at: request.submitted_at,
            updated_at: request.updated_at,
        }
    }

    /// The CSV columns, in order.
    pub const COLUMNS: [&'static str; 10] =
        ["reference", "service", "definition_version", "status", "team", "due_date", "submitted_at", "updated_at", "answers", "profile_snapshot"];

    /// The CSV cells, in the order of [`Self::COLUMNS`] (the answers and snapshot as JSON).
    pub fn cells(&self) -> [String; 10] {
        [
            self.reference.clone(),
            self.service.clone(),
            self.definition_version.to_string(),
            self.status.as_str().to_owned(),
            self.team.clone(),
            self.due_date.to_string(),
            self.submitted_at.to_rfc3339(),
            self.updated_at.to_rfc3339(),
            self.answers.to_string(),
            self.profile_snapshot.to_string(),
        ]
    }
}
