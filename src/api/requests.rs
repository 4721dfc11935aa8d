//! The request routes. Each handler takes the [`Caller`] first (the key was checked before the
//! handler ran), checks the scope for a write, reads its input into typed values (a value that
//! does not parse is a 400 problem, never a panic), then calls the same domain functions as the
//! staff pages (`casework::store`), with the key as the actor, and maps their error.

use super::{
    export::{self, Format, Selection},
    guard::{etag, if_match},
    keys::Caller,
    model::{InformationRequest, Parts, RequestDocument, RequestList, RequestSummary, StatusChange, Text},
    problem::ApiError,
};
use crate::{
    casework::{
        notify,
        store::{self, Actor, Filter},
    },
    i18n::I18n,
    requests::{status::Status, store::WorkflowError},
    web::AppState,
};
use axum::{
    body::{Body, Bytes},
    extract::{rejection::PathRejection, Path, RawQuery, State},
    http::{header, HeaderMap, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::{NaiveDate, Utc};
use serde::de::DeserializeOwned;

type ApiResult = Result<Response, ApiError>;

/// The address's parameters; one that does not decode is a request that does not exist.
fn path<T>(path: Result<Path<T>, PathRejection>) -> Result<T, ApiError> {
    path.map(|Path(p)| p).map_err(|_| ApiError::NotFound)
}

/// The query string as pairs.
fn pairs(query: &Option<String>) -> Vec<(String, String)> {
    query.as_deref().map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default()
}

/// A JSON body of type `T`, or a 400 problem saying what is wrong with it.
fn json<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::BadRequest(format!("the body is not the JSON this address takes: {e}")))
}

/// The language of the answers' labels: `lang`, else `Accept-Language`, else English.
fn language(state: &AppState, lang: Option<&str>, headers: &HeaderMap) -> Result<I18n, ApiError> {
    let catalog = state.catalog.get();
    let code = match lang {
        Some(code) => catalog.language(code).ok_or_else(|| ApiError::BadRequest(format!("no language '{code}' is served")))?.code.clone(),
        None => catalog.negotiate(None, headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok())).code.clone(),
    };
    Ok(I18n::for_code(catalog, &code))
}

/// The queue's filters and the page asked for, from the query string.
#[derive(Debug, PartialEq)]
pub struct ListQuery {
    pub filter: Filter,
    pub limit: i64,
}

/// `limit`'s largest value.
pub const MAX_LIMIT: i64 = 100;

/// Reads the list's query string; every value is checked, so a typo is a 400, not a silently
/// different list.
pub fn list_query(pairs: &[(String, String)]) -> Result<ListQuery, ApiError> {
    let mut filter = Filter::default();
    let mut limit = store::PAGE_SIZE;
    let bad = |name: &str, why: &str| ApiError::BadRequest(format!("{name}: {why}"));
    for (name, value) in pairs {
        match name.as_str() {
            "service" => filter.service = value.clone(),
            "status" => {
                Status::parse(value).ok_or_else(|| bad("status", "not a status"))?;
                filter.status = value.clone();
            }
            "assignee" => match value.as_str() {
                "unassigned" | "anyone" => filter.assignee = if value == "unassigned" { value.clone() } else { String::new() },
                _ => return Err(bad("assignee", "unassigned or anyone")),
            },
            "due" => match value.as_str() {
                "soon" | "overdue" => filter.due = value.clone(),
                _ => return Err(bad("due", "soon or overdue")),
            },
            "submitted_from" | "submitted_to" => {
                Filter::date(value).ok_or_else(|| bad(name, "a date, YYYY-MM-DD"))?;
                if name == "submitted_from" {
                    filter.from = value.clone();
                } else {
                    filter.to = value.clone();
                }
            }
            "q" => filter.q = value.chars().take(200).collect(),
            "sort" => match value.as_str() {
                "newest" | "oldest" | "due" => filter.sort = value.clone(),
                _ => return Err(bad("sort", "newest, oldest or due")),
            },
            "cursor" => filter.after = cursor(value).ok_or_else(|| bad("cursor", "not a cursor this API gave"))?,
            "limit" => {
                limit = value.parse::<i64>().ok().filter(|n| (1..=MAX_LIMIT).contains(n)).ok_or_else(|| bad("limit", "a whole number from 1 to 100"))?;
            }
            _ => {}
        }
    }
    // A cursor belongs to the order it was made in.
    let by_due = filter.sort == "due";
    if let Some((first, _)) = filter.after.split_once('_') {
        if (first == "x") == by_due {
            return Err(bad("cursor", "made for another sort"));
        }
    }
    Ok(ListQuery { filter, limit })
}

/// A cursor is the queue's keyset position, made opaque.
fn make_cursor(after: &str) -> String {
    URL_SAFE_NO_PAD.encode(after)
}

fn cursor(text: &str) -> Option<String> {
    let after = String::from_utf8(URL_SAFE_NO_PAD.decode(text).ok()?).ok()?;
    let (first, id) = after.split_once('_')?;
    id.parse::<i64>().ok()?;
    (first == "x" || Filter::date(first).is_some()).then_some(after)
}

/// The requests of the key's teams that match the queue's filters, a page at a time in a stable
/// order: newest first (`sort=newest`, by id), oldest first, or by due date then id.
#[utoipa::path(
    get,
    path = "/api/v1/requests",
    tag = "requests",
    params(
        ("service" = Option<String>, Query, description = "Only this service's requests (its id)."),
        ("status" = Option<Status>, Query, description = "Only requests with this status."),
        ("assignee" = Option<String>, Query, description = "`unassigned`: only requests nobody is assigned to; `anyone` (the default): all."),
        ("due" = Option<String>, Query, description = "`soon`: open and due within 3 working days; `overdue`: open and past due."),
        ("submitted_from" = Option<NaiveDate>, Query, description = "Sent on or after this day (YYYY-MM-DD)."),
        ("submitted_to" = Option<NaiveDate>, Query, description = "Sent on or before this day (YYYY-MM-DD)."),
        ("q" = Option<String>, Query, description = "A reference, or part of the applicant's name."),
        ("sort" = Option<String>, Query, description = "`newest` (the default), `oldest` or `due` (soonest first)."),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page."),
        ("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "Requests per page, 1 to 100 (25 by default)."),
    ),
    responses((status = 200, description = "A page of requests.", body = RequestList)),
)]
pub async fn list(State(state): State<AppState>, caller: Caller, RawQuery(query): RawQuery) -> ApiResult {
    let ListQuery { filter, limit } = list_query(&pairs(&query))?;
    let actor = caller.actor();
    let today = Utc::now().date_naive();
    let page = store::queue(&state.db, &actor, &filter, limit, today).await?;
    let items = page.rows.into_iter().map(|row| RequestSummary::from_row(row, today)).collect();
    Ok(Json(RequestList { items, next_cursor: page.next.as_deref().map(make_cursor) }).into_response())
}

/// The document of a request the key may see, with its ETag.
async fn document(state: &AppState, actor: &Actor, reference: &str, i18n: &I18n) -> ApiResult {
    let request = store::request_visible_to(&state.db, actor, reference).await?.ok_or(ApiError::NotFound)?;
    let timeline = crate::requests::events::timeline(&state.db, request.id, false).await?;
    let uploads = crate::requests::store::uploads(&state.db, &request).await?;
    let assignee = match request.assignee_id {
        Some(id) => store::staff_user(&state.db, id).await?.map(|s| s.name),
        None => None,
    };
    let services = state.services.get();
    let tag = etag(request.revision);
    let document = RequestDocument::build(Parts {
        request,
        assignee,
        timeline,
        uploads,
        services: &services,
        i18n,
        public_url: &state.config.public_url,
        today: Utc::now().date_naive(),
    });
    let mut response = Json(document).into_response();
    if let Ok(tag) = HeaderValue::from_str(&tag) {
        response.headers_mut().insert(header::ETAG, tag);
    }
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// One request: its answers with their questions' words in the language asked for, the profile
/// snapshot, status, due date, timeline and files. Reading it is recorded on its timeline,
/// naming the key, as a member of staff's view is.
#[utoipa::path(
    get,
    path = "/api/v1/requests/{reference}",
    tag = "requests",
    params(
        ("reference" = String, Path, description = "The request's reference."),
        ("lang" = Option<String>, Query, description = "The language of the labels: en, cy, ar, pl or uk (else Accept-Language, else English)."),
    ),
    responses((status = 200, description = "The request.", body = RequestDocument, headers(("ETag" = String, description = "The request's revision, for If-Match on writes.")))),
)]
pub async fn get(State(state): State<AppState>, caller: Caller, reference: Result<Path<String>, PathRejection>, RawQuery(query): RawQuery, headers: HeaderMap) -> ApiResult {
    let actor = caller.actor();
    let reference = path(reference)?;
    let lang = pairs(&query).into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v);
    let i18n = language(&state, lang.as_deref(), &headers)?;
    let request = store::request_visible_to(&state.db, &actor, &reference).await?.ok_or(ApiError::NotFound)?;
    store::record_view_by(&state.db, &actor, &request).await?;
    document(&state, &actor, &reference, &i18n).await
}

/// A file of the request (an answer, or attached to a message), as it was uploaded. The
/// download is recorded on the timeline (internal), naming the key.
#[utoipa::path(
    get,
    path = "/api/v1/requests/{reference}/attachments/{attachment}",
    tag = "requests",
    params(
        ("reference" = String, Path, description = "The request's reference."),
        ("attachment" = String, Path, description = "The file's `id` among the request's `attachments`."),
    ),
    responses((status = 200, description = "The file, with its content type (PDF, JPEG or PNG).")),
)]
pub async fn attachment(State(state): State<AppState>, caller: Caller, params: Result<Path<(String, String)>, PathRejection>) -> ApiResult {
    let actor = caller.actor();
    let (reference, file) = path(params)?;
    let request = store::request_visible_to(&state.db, &actor, &reference).await?.ok_or(ApiError::NotFound)?;
    let (upload, bytes) = crate::requests::store::read_upload(&state.db, &state.config.uploads_dir, &request, &file).await?.ok_or(ApiError::NotFound)?;
    store::record_download(&state.db, &actor, &request, &upload.file).await?;
    Ok(crate::requests::pages::file_download(&upload, bytes))
}

/// A refused action, as a problem.
fn refused(error: WorkflowError, field: &'static str) -> ApiError {
    match error {
        WorkflowError::NotFound => ApiError::NotFound,
        WorkflowError::Stale => ApiError::PreconditionFailed,
        WorkflowError::NotAllowed => ApiError::Conflict("the workflow does not allow this change from the request's status".into()),
        WorkflowError::Missing(what) => ApiError::Invalid { detail: format!("{what} is needed"), field: if what == "reason" { "reason" } else { field } },
        WorkflowError::Db(e) => ApiError::internal(e),
    }
}

/// What every write starts with: a key that may write, `If-Match`, the request (one of the
/// key's teams'), and the revision to act from.
async fn writing(state: &AppState, caller: &Caller, reference: Result<Path<String>, PathRejection>, headers: &HeaderMap) -> Result<(Actor, crate::requests::store::RequestRow, i64), ApiError> {
    let caller = caller.writer()?;
    let reference = path(reference)?;
    let wanted = if_match(headers)?;
    let actor = caller.actor();
    let request = store::request_visible_to(&state.db, &actor, &reference).await?.ok_or(ApiError::NotFound)?;
    let expected = wanted.expect(request.revision)?;
    Ok((actor, request, expected))
}

/// The request after a write, in the labels' default language.
async fn written(state: &AppState, actor: &Actor, reference: &str, headers: &HeaderMap) -> ApiResult {
    state.outbox.wake();
    let i18n = language(state, None, headers)?;
    document(state, actor, reference, &i18n).await
}

/// Moves the request along the workflow, by the same rules as the staff pages: decisions
/// (`approved`, `rejected`) need a reason, which the citizen reads; the citizen is emailed.
#[utoipa::path(
    post,
    path = "/api/v1/requests/{reference}/status",
    tag = "requests",
    params(("reference" = String, Path, description = "The request's reference.")),
    request_body = StatusChange,
    responses((status = 200, description = "The request as it is now.", body = RequestDocument, headers(("ETag" = String, description = "The request's new revision.")))),
)]
pub async fn change_status(State(state): State<AppState>, caller: Caller, reference: Result<Path<String>, PathRejection>, headers: HeaderMap, body: Bytes) -> ApiResult {
    let (actor, request, expected) = writing(&state, &caller, reference, &headers).await?;
    let change: StatusChange = json(&body)?;
    let reason = change.reason.unwrap_or_default();
    let recipient = notify::recipient(&state, &request).await?;
    store::change_status(&state.db, &actor, request.id, Some(expected), change.status, &reason, &notify::status(recipient.as_ref(), &reason))
        .await
        .map_err(|e| refused(e, "status"))?;
    written(&state, &actor, &request.reference, &headers).await
}

/// Adds an internal note: staff (and keys) see it, the citizen never does.
#[utoipa::path(
    post,
    path = "/api/v1/requests/{reference}/notes",
    tag = "requests",
    params(("reference" = String, Path, description = "The request's reference.")),
    request_body = Text,
    responses((status = 200, description = "The request as it is now.", body = RequestDocument, headers(("ETag" = String, description = "The request's new revision.")))),
)]
pub async fn add_note(State(state): State<AppState>, caller: Caller, reference: Result<Path<String>, PathRejection>, headers: HeaderMap, body: Bytes) -> ApiResult {
    let (actor, request, expected) = writing(&state, &caller, reference, &headers).await?;
    let note: Text = json(&body)?;
    store::add_note(&state.db, &actor, request.id, Some(expected), &note.body).await.map_err(|e| refused(e, "body"))?;
    written(&state, &actor, &request.reference, &headers).await
}

/// Sends the citizen a message: shown on their request, and emailed to them in their language.
#[utoipa::path(
    post,
    path = "/api/v1/requests/{reference}/messages",
    tag = "requests",
    params(("reference" = String, Path, description = "The request's reference.")),
    request_body = Text,
    responses((status = 200, description = "The request as it is now.", body = RequestDocument, headers(("ETag" = String, description = "The request's new revision.")))),
)]
pub async fn message(State(state): State<AppState>, caller: Caller, reference: Result<Path<String>, PathRejection>, headers: HeaderMap, body: Bytes) -> ApiResult {
    let (actor, request, expected) = writing(&state, &caller, reference, &headers).await?;
    let text: Text = json(&body)?;
    let recipient = notify::recipient(&state, &request).await?;
    store::message_citizen(&state.db, &actor, request.id, Some(expected), &text.body, &notify::message(recipient.as_ref(), &text.body))
        .await
        .map_err(|e| refused(e, "body"))?;
    written(&state, &actor, &request.reference, &headers).await
}

/// Asks the citizen for more information: reopens the questions named, with a message; the
/// request waits for the citizen and its deadline pauses until they answer.
#[utoipa::path(
    post,
    path = "/api/v1/requests/{reference}/information-requests",
    tag = "requests",
    params(("reference" = String, Path, description = "The request's reference.")),
    request_body = InformationRequest,
    responses((status = 200, description = "The request as it is now.", body = RequestDocument, headers(("ETag" = String, description = "The request's new revision.")))),
)]
pub async fn request_information(State(state): State<AppState>, caller: Caller, reference: Result<Path<String>, PathRejection>, headers: HeaderMap, body: Bytes) -> ApiResult {
    let (actor, request, expected) = writing(&state, &caller, reference, &headers).await?;
    let asked: InformationRequest = json(&body)?;
    // Only questions the request's journey asked and that can be reopened, as on the staff page.
    let reopenable: Vec<String> = super::model::labelled(&state.services.get(), &I18n::for_code(state.catalog.get(), "en"), &request)
        .into_iter()
        .filter(|a| a.reopenable)
        .map(|a| a.question)
        .collect();
    if let Some(unknown) = asked.questions.iter().find(|q| !reopenable.contains(q)) {
        return Err(ApiError::Invalid { detail: format!("'{unknown}' is not a reopenable question of this request"), field: "questions" });
    }
    let recipient = notify::recipient(&state, &request).await?;
    store::request_information(&state.db, &actor, request.id, Some(expected), &asked.questions, &asked.message, &notify::information(recipient.as_ref()))
        .await
        .map_err(|e| refused(e, "message"))?;
    written(&state, &actor, &request.reference, &headers).await
}

/// Every request of one service sent since a day, of the key's teams only, streamed as JSON
/// Lines (`format=jsonl`, the default) or CSV, oldest first: the answers and profile snapshot,
/// no timeline or notes. For a data warehouse; the same as `portico export requests`.
#[utoipa::path(
    get,
    path = "/api/v1/export/requests",
    tag = "export",
    params(
        ("service" = String, Query, description = "The service's id."),
        ("since" = NaiveDate, Query, description = "Requests sent on or after this day (YYYY-MM-DD, UTC)."),
        ("format" = Option<String>, Query, description = "`jsonl` (the default) or `csv`."),
    ),
    responses((status = 200, description = "The requests, a JSON object per line (each an ExportRow), or CSV with the ExportRow's fields as columns.")),
)]
pub async fn export_requests(State(state): State<AppState>, caller: Caller, RawQuery(query): RawQuery) -> ApiResult {
    let pairs = pairs(&query);
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let service = get("service").filter(|s| !s.is_empty()).ok_or_else(|| ApiError::BadRequest("service: needed".into()))?;
    let since = get("since").as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).ok_or_else(|| ApiError::BadRequest("since: a date, YYYY-MM-DD".into()))?;
    let format = match get("format") {
        None => Format::Jsonl,
        Some(f) => Format::parse(&f).ok_or_else(|| ApiError::BadRequest("format: jsonl or csv".into()))?,
    };
    let selection = Selection { service, since, teams: Some(caller.key.teams.clone()) };
    let stream = export::stream(state.db.clone(), selection, format, state.config.public_url.clone(), Some(caller.actor()));
    let mut response = Body::from_stream(stream).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Any other address under `/api/v1`: a problem, not a page.
pub async fn unknown() -> ApiError {
    ApiError::NotFound
}

/// A method an API address does not take.
pub async fn wrong_method() -> ApiError {
    ApiError::MethodNotAllowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Result<ListQuery, ApiError> {
        list_query(&pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>())
    }

    #[test]
    fn the_list_takes_the_queues_filters_and_refuses_what_it_cannot_read() {
        let read = q(&[("service", "bulky-waste"), ("status", "in_review"), ("due", "overdue"), ("sort", "due"), ("limit", "5")]).unwrap();
        assert_eq!(read.filter.service, "bulky-waste");
        assert_eq!(read.filter.status, "in_review");
        assert_eq!(read.limit, 5);
        for bad in [("status", "lost"), ("limit", "0"), ("limit", "101"), ("limit", "x"), ("sort", "random"), ("submitted_from", "1 May"), ("cursor", "!!"), ("assignee", "me")] {
            assert!(matches!(q(&[bad]), Err(ApiError::BadRequest(_))), "{bad:?}");
        }
    }

    #[test]
    fn a_cursor_round_trips_and_belongs_to_its_sort() {
        let newest = make_cursor("x_42");
        assert_eq!(q(&[("cursor", &newest)]).unwrap().filter.after, "x_42");
        assert!(q(&[("cursor", &newest), ("sort", "due")]).is_err());
        let due = make_cursor("2026-12-01_7");
        assert_eq!(q(&[("cursor", &due), ("sort", "due")]).unwrap().filter.after, "2026-12-01_7");
        assert!(q(&[("cursor", &make_cursor("x_notanumber"))]).is_err());
    }
}
