//! Forms that may carry files: reading a body that is URL-encoded or multipart, and keeping an
//! uploaded file, checked by its content and scanned, outside the web root.

use super::{form::Form, AppError, Ctx};
use crate::services::answers::{check_upload, Upload};
use axum::{
    body::Bytes,
    extract::{FromRequest, Multipart, Request},
    http::header,
};

/// A file sent with a form: the input's name, the file name the device gave, and its bytes.
pub struct FilePart {
    pub name: String,
    file_name: String,
    bytes: Bytes,
}

impl FilePart {
    /// The file's bytes, as sent.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Reads a question page's form: URL-encoded, or multipart when it carries a file.
pub async fn read_form(request: Request) -> Result<(Vec<(String, String)>, Vec<FilePart>), AppError> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(request, &()).await?;
        return Ok((fields, Vec::new()));
    }
    let mut form = Multipart::from_request(request, &()).await.map_err(|_| AppError::Expired)?;
    let mut fields = Vec::new();
    let mut files = Vec::new();
    // A body past the limit without its length declared is found while reading it.
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE { AppError::TooLarge } else { AppError::Expired }
    };
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(unreadable)?;
                if !file_name.is_empty() || !bytes.is_empty() {
                    files.push(FilePart { name, file_name, bytes });
                }
            }
            None => fields.push((name, field.text().await.map_err(unreadable)?)),
        }
    }
    Ok((fields, files))
}

/// Checks an uploaded file, runs the virus-scan hook, and stores it outside the web root.
pub async fn store_upload(ctx: &Ctx, part: &FilePart, max_bytes: u64) -> Result<Result<Upload, &'static str>, AppError> {
    let content_type = match check_upload(&part.bytes, max_bytes) {
        Ok(t) => t,
        Err(problem) => return Ok(Err(problem)),
    };
    let dir = &ctx.state.config.uploads_dir;
    tokio::fs::create_dir_all(dir).await.map_err(AppError::internal)?;
    let file = crate::tokens::random_token();
    let path = dir.join(&file);
    tokio::fs::write(&path, &part.bytes).await.map_err(AppError::internal)?;
    if let Some(command) = &ctx.state.config.scan_command {
        let mut words = command.split_whitespace();
        let program = words.next().unwrap_or_default().to_owned();
        let status = tokio::process::Command::new(program).args(words).arg(&path).status().await;
        if !status.is_ok_and(|s| s.success()) {
            let _ = tokio::fs::remove_file(&path).await;
            tracing::warn!("an upload failed the virus scan and was deleted");
            return Ok(Err("file-error-scan"));
        }
    }
    // Only the last part of the name the device sent, without any folders.
    let name: String = part.file_name.rsplit(['/', '\\']).next().unwrap_or_default().chars().filter(|c| !c.is_control()).take(120).collect();
    Ok(Ok(Upload { file, name, size: part.bytes.len() as u64, content_type: content_type.to_owned() }))
}
