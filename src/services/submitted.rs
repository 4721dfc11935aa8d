//! A question form as submitted, for the journey and for the citizen's "answer our questions"
//! page alike: the answers' raw values apart from the CSRF token and the button pressed, and a
//! file question's value (a new file stored, or the one uploaded before kept).

use super::{
    answers::{Answer, Raw},
    model::Question,
};
use crate::web::{
    multipart::{read_form, store_upload, FilePart},
    AppError, Ctx,
};
use axum::extract::Request;

/// What a question form sent.
pub struct Submitted {
    /// Every field but the token and the button, as the rules read them.
    pub raw: Raw,
    pub csrf_token: String,
    /// The button: `continue`, `save` (for later), or `lang:{code}` (a language switch).
    pub action: String,
    pub files: Vec<FilePart>,
}

impl Submitted {
    /// Reads the form, URL-encoded or multipart.
    pub async fn read(request: Request) -> Result<Self, AppError> {
        let (fields, files) = read_form(request).await?;
        Ok(Self::from_fields(fields, files))
    }

    fn from_fields(fields: Vec<(String, String)>, files: Vec<FilePart>) -> Self {
        let mut form = Self { raw: Raw::new(), csrf_token: String::new(), action: "continue".into(), files };
        for (name, value) in fields {
            match name.as_str() {
                "csrf_token" => form.csrf_token = value,
                "action" => form.action = value,
                _ => form.raw.entry(name).or_default().push(value),
            }
        }
        form
    }

    /// Puts file question `question`'s value into `raw` (the stored file, as JSON) for the rules
    /// to check: a new file replaces the earlier one, and no file chosen keeps it. A new file is
    /// stored only when `store` is true (the rest of the form is sound); a problem with it, such
    /// as its type or size, is returned as a message id.
    pub async fn attach_file(&mut self, ctx: &Ctx, question: &Question, max_bytes: u64, earlier: Option<&Answer>, store: bool) -> Result<Option<&'static str>, AppError> {
        self.raw.remove(&question.id);
        let value = match (self.files.iter().find(|f| f.name == question.id), earlier) {
            (Some(part), _) if store => match store_upload(ctx, part, max_bytes).await? {
                Ok(stored) => stored,
                Err(problem) => return Ok(Some(problem)),
            },
            (None, Some(Answer::File(earlier))) => earlier.clone(),
            _ => return Ok(None),
        };
        self.raw.insert(question.id.clone(), vec![serde_json::to_string(&value).map_err(AppError::internal)?]);
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_and_the_button_are_not_answers() {
        let fields = [("csrf_token", "t0k"), ("items", "sofa"), ("action", "save"), ("items", "fridge")];
        let form = Submitted::from_fields(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), Vec::new());
        assert_eq!(form.csrf_token, "t0k");
        assert_eq!(form.action, "save");
        assert_eq!(form.raw.len(), 1);
        assert_eq!(form.raw["items"], ["sofa", "fridge"]);
        assert_eq!(Submitted::from_fields(Vec::new(), Vec::new()).action, "continue", "the main button by default");
    }
}
