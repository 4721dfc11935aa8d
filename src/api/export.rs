//! Bulk export for a data warehouse: every request to one service sent since a date, as JSON
//! Lines or CSV, streamed in batches read by id (keyset), so a million requests never sit in
//! memory. The same code serves `portico export requests` (every team's requests: the operator
//! runs it on the server) and `GET /api/v1/export/requests` (only the key's teams' requests).
//! Each row holds what the API's request document holds of the citizen (answers and profile
//! snapshot) and nothing more: no timeline, no internal notes, no staff names.

use super::model::ExportRow;
use crate::{casework::store::{record_export, Actor}, db::Db, requests::store::{RequestRow, REQUEST_COLUMNS}, with_db};
use chrono::{NaiveDate, Utc};
use futures_util::stream::{self, Stream};

/// How the rows are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line (`application/x-ndjson`).
    Jsonl,
    /// A header row, then a row per request; the answers and snapshot as JSON cells.
    Csv,
}

impl Format {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "jsonl" => Some(Self::Jsonl),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Jsonl => "application/x-ndjson",
            Self::Csv => "text/csv; charset=utf-8",
        }
    }
}

/// What to export.
#[derive(Clone, Debug)]
pub struct Selection {
    pub service: String,
    /// Sent on or after this day (UTC).
    pub since: NaiveDate,
    /// Only these teams' requests; `None` for every team's (the command line).
    pub teams: Option<Vec<String>>,
}

const BATCH: i64 = 500;

/// The next batch of requests after id `after`, oldest first.
pub async fn batch(db: &Db, selection: &Selection, after: i64) -> Result<Vec<RequestRow>, sqlx::Error> {
    let start = selection.since.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or_else(Utc::now);
    let mut sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE service = $1 AND submitted_at >= $2 AND id > $3");
    let teams = selection.teams.clone().unwrap_or_default();
    if selection.teams.is_some() {
        if teams.is_empty() {
            return Ok(Vec::new());
        }
        let marks: Vec<String> = (0..teams.len()).map(|n| format!("${}", n + 4)).collect();
        sql.push_str(&format!(" AND team IN ({})", marks.join(", ")));
    }
    sql.push_str(&format!(" ORDER BY id LIMIT {BATCH}"));
    with_db!(db, |pool| {
        let mut query = sqlx::query_as::<_, RequestRow>(&sql).bind(&selection.service).bind(start).bind(after);
        for team in &teams {
            query = query.bind(team);
        }
        query.fetch_all(pool).await
    })
}

/// The rows of one batch, written in `format` (`header` first for CSV's first batch).
pub fn write(rows: &[ExportRow], format: Format, header: bool) -> Result<Vec<u8>, std::io::Error> {
    match format {
        Format::Jsonl => {
            let mut out = Vec::new();
            for row in rows {
                serde_json::to_writer(&mut out, row)?;
                out.push(b'\n');
            }
            Ok(out)
        }
        Format::Csv => {
            let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
            let neutral = |c: &str| crate::casework::export::neutralise(c).into_owned();
            if header {
                writer.write_record(ExportRow::COLUMNS.iter().map(|c| neutral(c))).map_err(std::io::Error::other)?;
            }
            for row in rows {
                writer.write_record(row.cells().iter().map(|c| neutral(c))).map_err(std::io::Error::other)?;
            }
            writer.into_inner().map_err(|e| std::io::Error::other(e.to_string()))
        }
    }
}

/// The whole export as a stream of chunks, one per batch. A database error ends the stream with
/// that error (the receiver sees a cut-off body, never a half-written row presented as whole).
/// With a `viewer` (an API key), each batch is recorded on its requests' timelines before it is
/// sent; the operator's command line export has none.
pub fn stream(db: Db, selection: Selection, format: Format, public_url: String, viewer: Option<Actor>) -> impl Stream<Item = Result<Vec<u8>, std::io::Error>> {
    stream::unfold(Some((0_i64, true)), move |state| {
        let (db, selection, public_url, viewer) = (db.clone(), selection.clone(), public_url.clone(), viewer.clone());
        async move {
            let (after, first) = state?;
            let rows = match batch(&db, &selection, after).await {
                Ok(rows) => rows,
                Err(error) => {
                    tracing::error!(%error, "export failed");
                    return Some((Err(std::io::Error::other("export failed")), None));
                }
            };
            if let Some(viewer) = &viewer {
                if let Err(error) = record_export(&db, viewer, &rows).await {
                    tracing::error!(%error, "export not recorded, so not sent");
                    return Some((Err(std::io::Error::other("export failed")), None));
                }
            }
            let last = rows.last().map(|r| r.id);
            let done = (rows.len() as i64) < BATCH;
            let rows: Vec<ExportRow> = rows.into_iter().map(|r| ExportRow::from_row(r, &public_url)).collect();
            if rows.is_empty() && !(first && format == Format::Csv) {
                return None;
            }
            let chunk = write(&rows, format, first);
            let next = if done { None } else { Some((last.unwrap_or(after), false)) };
            Some((chunk, next))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requests::status::Status;

    fn row(answer: &str) -> ExportRow {
        ExportRow {
            schema: "https://p.example/services/s/versions/1/schema.json".into(),
            reference: "ABCD2345".into(),
            service: "s".into(),
            definition_version: 1,
            status: Status::Submitted,
            team: "t".into(),
            due_date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            submitted_at: Utc::now(),
            updated_at: Utc::now(),
            answers: serde_json::json!({ "name": answer }),
            profile_snapshot: serde_json::json!({}),
        }
    }

    #[test]
    fn json_lines_are_one_object_each() {
        let out = String::from_utf8(write(&[row("a"), row("b")], Format::Jsonl, true).unwrap()).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(first["$schema"], "https://p.example/services/s/versions/1/schema.json");
        assert_eq!(first["answers"]["name"], "a");
    }

    #[test]
    fn csv_has_its_header_once_and_no_formula_runs() {
        let first = String::from_utf8(write(&[row("x")], Format::Csv, true).unwrap()).unwrap();
        assert!(first.starts_with("reference,service,definition_version,"));
        let later = String::from_utf8(write(&[row("y")], Format::Csv, false).unwrap()).unwrap();
        assert!(later.starts_with("ABCD2345,"));
        let mut hostile = row("x");
        hostile.reference = "=HYPERLINK(1)".into();
        let out = String::from_utf8(write(&[hostile], Format::Csv, false).unwrap()).unwrap();
        assert!(out.starts_with("'=HYPERLINK(1)"));
    }

    #[test]
    fn formats_parse_from_their_names_only() {
        assert_eq!(Format::parse("jsonl"), Some(Format::Jsonl));
        assert_eq!(Format::parse("csv"), Some(Format::Csv));
        assert_eq!(Format::parse("xml"), None);
    }
}
