//! The OpenAPI 3.1 document, generated from the code: `utoipa` reads each handler's
//! `#[utoipa::path]` and each document type's `ToSchema`, and [`document`] adds what every
//! operation shares (the bearer key, the problem responses, `If-Match` and `Idempotency-Key` on
//! writes) and each live service's submission schema, the same JSON Schema that
//! `/services/{id}/versions/{n}/schema.json` publishes and that every request is checked against.
//! Served at `/api/v1/openapi.json` (no key needed: it describes the API, not anyone's data) and
//! rendered as the staff area's reference page (`pages`).

use super::{model, problem::Problem, requests};
use crate::services::{live::Services, schema};
use serde_json::{json, Map, Value};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Portico API",
        version = "1",
        description = "Read and update the requests of your teams from another system (a case-management system, a CRM, a data warehouse). \
            Every call needs an API key, made by an administrator in Portico's staff area, sent as `Authorization: Bearer <key>`; \
            a key sees only its teams' requests, and a read key cannot write. Errors are RFC 9457 problem details. \
            Every write needs `If-Match` with the request's ETag, and a POST may carry an `Idempotency-Key` so that a retry is answered once.",
        license(name = "MIT OR Apache-2.0"),
    ),
    paths(
        requests::list,
        requests::get,
        requests::attachment,
        requests::change_status,
        requests::add_note,
        requests::message,
        requests::request_information,
        requests::export_requests,
    ),
    components(schemas(
        model::RequestList,
        model::RequestSummary,
        model::RequestDocument,
        model::LabelledAnswer,
        model::TimelineEvent,
        model::EventActor,
        model::Attachment,
        model::StatusChange,
        model::Text,
        model::InformationRequest,
        model::ExportRow,
        Problem,
    )),
    tags(
        (name = "requests", description = "The requests of the key's teams: list, read, and act on them as a member of staff would."),
        (name = "export", description = "Bulk export for a data warehouse."),
    ),
)]
pub struct ApiDoc;

/// The problem responses every operation may give, and those of writes.
const EVERY: [(&str, &str); 5] = [
    ("400", "A query parameter, header or body does not parse (problem `bad-request`)."),
    ("401", "No valid API key (problem `unauthorized`)."),
    ("404", "No such request or file among the key's teams' (problem `not-found`)."),
    ("429", "The key's calls per minute are used up (problem `rate-limited`); see Retry-After."),
    ("500", "Something went wrong on our side (problem `internal`)."),
];
const WRITES: [(&str, &str); 6] = [
    ("403", "The key may only read (problem `read-only-key`)."),
    ("409", "The workflow does not allow this change, or a call with this Idempotency-Key is still being answered."),
    ("412", "If-Match does not match the request's ETag: it changed since you read it (problem `precondition-failed`)."),
    ("413", "The body is larger than 64 KiB (problem `too-large`)."),
    ("422", "Something the action needs is missing or wrong, or the Idempotency-Key was used with another call."),
    ("428", "If-Match is missing (problem `precondition-required`)."),
];

fn problem_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } },
    })
}

/// The name of a submission schema among the document's components.
pub fn submission_schema_name(service: &str, version: u32) -> String {
    format!("submission.{service}.v{version}")
}

/// The served document: utoipa's, completed (see the module's comment); `languages` are the
/// codes the answers' labels can be asked in.
pub fn document(services: &Services, languages: &[String], public_url: &str) -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_else(|_| json!({}));
    doc["openapi"] = json!("3.1.0");
    doc["servers"] = json!([{ "url": public_url, "description": "This Portico" }]);
    doc["security"] = json!([{ "api_key": [] }]);
    doc["components"]["securitySchemes"] = json!({
        "api_key": { "type": "http", "scheme": "bearer", "description": "An API key from the staff area (Administration, API keys): `portico_…`." }
    });
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for (method, operation) in item.iter_mut() {
                complete(path, method, operation);
                for parameter in operation["parameters"].as_array_mut().into_iter().flatten().filter(|p| p["name"] == "lang") {
                    parameter["schema"] = json!({ "type": "string", "enum": languages });
                }
            }
        }
    }
    // Each live service's submission schema, as published at its own address.
    let schemas = doc["components"]["schemas"].as_object_mut().map(std::mem::take).unwrap_or_default();
    let mut schemas: Map<String, Value> = schemas;
    for service in services.all() {
        let mut submission = schema::schema(&service.definition, public_url);
        let url = submission.get("$id").cloned().unwrap_or(Value::Null);
        if let Some(object) = submission.as_object_mut() {
            // A component is a schema inside this document: its dialect is the document's, and
            // its published address is given as documentation rather than a base URI.
            object.remove("$schema");
            object.remove("$id");
            object.insert("externalDocs".into(), json!({ "url": url, "description": "This definition version's JSON Schema, as published" }));
        }
        schemas.insert(submission_schema_name(&service.id, service.version), submission);
    }
    doc["components"]["schemas"] = Value::Object(schemas);
    doc
}

/// Adds what every operation shares.
fn complete(path: &str, method: &str, operation: &mut Value) {
    let write = method == "post";
    let responses = &mut operation["responses"];
    for (code, description) in EVERY.iter().chain(if write { WRITES.iter() } else { [].iter() }) {
        if responses.get(*code).is_none() {
            responses[*code] = problem_response(description);
        }
    }
    responses["401"]["headers"] = json!({ "WWW-Authenticate": { "description": "`Bearer realm=\"portico\"`", "schema": { "type": "string" } } });
    responses["429"]["headers"] = json!({ "Retry-After": { "description": "Seconds until the key may call again.", "schema": { "type": "integer", "minimum": 1 } } });
    if write {
        let parameters = operation["parameters"].as_array_mut().map(std::mem::take).unwrap_or_default();
        let mut parameters = parameters;
        parameters.push(json!({
            "name": "If-Match", "in": "header", "required": true,
            "description": "The ETag of the request as you last read it (`\"v{revision}\"`), or `*`. A write to a request that changed since is refused with 412.",
            "schema": { "type": "string", "pattern": "^(\\*|\"v[0-9]{1,18}\"(, *\"v[0-9]{1,18}\")*)$", "examples": ["\"v3\""] }
        }));
        parameters.push(json!({
            "name": "Idempotency-Key", "in": "header", "required": false,
            "description": "Any unique text up to 255 characters (a UUID, say). A retry with the same key, address and body gets the first call's answer (kept 24 hours), marked `Idempotent-Replayed: true`.",
            "schema": { "type": "string", "minLength": 1, "maxLength": 255 }
        }));
        operation["parameters"] = Value::Array(parameters);
        operation["requestBody"]["required"] = json!(true);
    }
    // Links, so that a client (and Schemathesis's stateful phase) can go from a list to a request
    // and from a request to what may be done to it, with its ETag.
    if path == "/api/v1/requests" && method == "get" {
        operation["responses"]["200"]["links"] = json!({
            "request": { "operationId": "get", "parameters": { "reference": "$response.body#/items/0/reference" } }
        });
    }
    if path == "/api/v1/requests/{reference}" && method == "get" {
        let write = |operation: &str| json!({ "operationId": operation, "parameters": { "reference": "$response.body#/reference", "header.If-Match": "$response.header.ETag" } });
        operation["responses"]["200"]["links"] = json!({
            "change_status": write("change_status"),
            "add_note": write("add_note"),
            "message": write("message"),
            "request_information": write("request_information"),
        });
    }
    if path.ends_with("/attachments/{attachment}") {
        let binary = |kind: &str| (kind.to_owned(), json!({ "schema": { "type": "string", "contentMediaType": kind } }));
        operation["responses"]["200"]["content"] = Value::Object(["application/pdf", "image/jpeg", "image/png"].into_iter().map(binary).collect());
    }
    if path.ends_with("/export/requests") {
        operation["responses"]["200"]["content"] = json!({
            "application/x-ndjson": { "schema": { "type": "string", "description": "One JSON object per line, each an `ExportRow`." } },
            "text/csv": { "schema": { "type": "string", "description": "A header row, then a row per request: the `ExportRow` fields." } },
        });
    }
}

/// Every operation of the document: (method in capitals, path).
pub fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in item.as_object().into_iter().flat_map(|i| i.keys()) {
                found.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_documented_with_its_problems_and_writes_need_if_match() {
        let doc = document(&Services::default(), &["en".into(), "cy".into()], "https://portico.example");
        assert_eq!(doc["openapi"], "3.1.0");
        let operations = operations(&doc);
        assert_eq!(operations.len(), 8, "{operations:?}");
        for (method, path) in &operations {
            let op = &doc["paths"][path][method.to_lowercase()];
            for code in ["400", "401", "404", "429", "500"] {
                assert!(op["responses"].get(code).is_some(), "{method} {path} lacks {code}");
            }
            let if_match = op["parameters"].as_array().into_iter().flatten().any(|p| p["name"] == "If-Match" && p["required"] == true);
            assert_eq!(if_match, method == "POST", "{method} {path}");
        }
        assert!(doc["components"]["schemas"]["RequestDocument"]["properties"].get("$schema").is_some());
    }
}
