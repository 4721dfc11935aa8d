//! Staff records: the `staff` table (who works here, with which role), looked up for sign-in,
//! given a password from a link, and added by an operator (`portico staff add`). The pages
//! that use them are in `staff.rs`; the shared sign-in checks in `credentials.rs`.

use super::{
    accounts::{self, AccountKind, EmailAddress, Purpose},
    password::{self, NewPassword},
};
use crate::{
    db::{Db, Tx},
    email::{self, Email},
    session::Role,
    with_db, with_tx,
};
use chrono::Utc;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub password_hash: Option<String>,
    pub language: String,
    pub disabled_at: Option<chrono::DateTime<Utc>>,
}

const STAFF_COLUMNS: &str = "id, email, name, role, password_hash, language, disabled_at";

pub async fn staff_by_email(db: &Db, email: &EmailAddress) -> Result<Option<Staff>, sqlx::Error> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE email = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(email.as_str()).fetch_optional(pool).await)
}

pub async fn staff_by_id(db: &Db, id: i64) -> Result<Option<Staff>, sqlx::Error> {
    let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1");
    with_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub async fn set_staff_password(tx: &mut Tx, staff_id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    with_tx!(tx, |conn| sqlx::query("UPDATE staff SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(Utc::now())
        .bind(staff_id)
        .execute(conn)
        .await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Why `portico staff add` could not add someone.
#[derive(Debug, thiserror::Error)]
pub enum AddStaffError {
    #[error("--email: not an email address")]
    Email,
    #[error("--name: must not be empty")]
    Name,
    #[error("--role: must be caseworker or admin")]
    Role,
    #[error("password: {0}")]
    Password(&'static str),
    #[error("a member of staff with this email address already exists")]
    Exists,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("password hashing failed")]
    Hash,
}

/// What `portico staff add` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Added {
    WithPassword { id: i64 },
    /// A link to set a password went to the outbox.
    WithLink { id: i64 },
}

/// Adds a member of staff. With a password it is set now; without one, a set-password link is
/// sent by email (through the outbox), valid for 72 hours.
pub async fn add_staff(
    db: &Db,
    public_url: &str,
    catalog: &std::sync::Arc<crate::i18n::Catalog>,
    email: &str,
    name: &str,
    role: &str,
    password: Option<&str>,
) -> Result<Added, AddStaffError> {
    let email = EmailAddress::parse(email).map_err(|_| AddStaffError::Email)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AddStaffError::Name);
    }
    let role = Role::parse(role).ok_or(AddStaffError::Role)?;
    let hash = match password {
        Some(text) => {
            let password = NewPassword::parse(text, email.as_str()).map_err(|p| AddStaffError::Password(match p {
                password::PasswordProblem::Missing => "empty",
                password::PasswordProblem::TooShort => "shorter than 10 characters",
                password::PasswordProblem::TooLong => "longer than 256 characters",
                password::PasswordProblem::Common => "too common",
                password::PasswordProblem::SameAsEmail => "the same as the email address",
            }))?;
            Some(password::hash(&password).await.map_err(|_| AddStaffError::Hash)?)
        }
        None => None,
    };
    if staff_by_email(db, &email).await?.is_some() {
        return Err(AddStaffError::Exists);
    }
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO staff (email, name, role, password_hash, language, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'en', $5, $5) RETURNING id"
    )
    .bind(email.as_str())
    .bind(name)
    .bind(role.as_str())
    .bind(&hash)
    .bind(now)
    .fetch_one(conn)
    .await)?;
    if hash.is_some() {
        tx.commit().await?;
        return Ok(Added::WithPassword { id });
    }
    let token = accounts::issue_token(&mut tx, Purpose::StaffPassword, AccountKind::Staff, id, None).await?;
    let i18n = crate::i18n::I18n::for_code(catalog.clone(), "en");
    let body = format!(
        "{}\n\n{public_url}/staff/set-password?token={token}\n\n{}\n\n-- \n{}",
        i18n.t("email-staff-invite-body"),
        i18n.t("email-staff-invite-expiry"),
        i18n.t("email-signature")
    );
    let mail = Email { kind: "staff-set-password", to: email.as_str().to_owned(), subject: i18n.t("email-staff-invite-subject"), body };
    email::enqueue(&mut tx, &mail).await?;
    tx.commit().await?;
    Ok(Added::WithLink { id })
}
