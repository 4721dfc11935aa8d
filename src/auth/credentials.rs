//! Signing in with an email address and a password, and choosing a password from a link sent by
//! email: one set of rules for citizens and staff, as plain functions over the database.
//!
//! The handlers in [`super::citizen`] and [`super::staff`] check the form's CSRF token, call
//! these, and map the typed errors to their own pages.

use super::{
    accounts::{self, AccountKind, Citizen, EmailAddress, Purpose},
    password::{self, NewPassword, PasswordProblem},
    staff_accounts::{self as staff, Staff},
};
use crate::db::Db;
use std::future::Future;

/// An account that signs in with an email address and a password.
pub trait PasswordAccount: Sized + Send {
    const KIND: AccountKind;

    fn by_email(db: &Db, email: &EmailAddress) -> impl Future<Output = Result<Option<Self>, sqlx::Error>> + Send;

    /// The stored hash; `None` while no password has been set (staff invited by link).
    fn password_hash(&self) -> Option<&str>;

    /// Whether the right password is enough (a disabled member of staff may not sign in).
    fn may_sign_in(&self) -> bool;
}

impl PasswordAccount for Citizen {
    const KIND: AccountKind = AccountKind::Citizen;

    fn by_email(db: &Db, email: &EmailAddress) -> impl Future<Output = Result<Option<Self>, sqlx::Error>> + Send {
        accounts::citizen_by_email(db, email)
    }

    fn password_hash(&self) -> Option<&str> {
        Some(&self.password_hash)
    }

    /// An unverified address does not stop the check: the sign-in page sends a fresh link to
    /// someone who knows the password.
    fn may_sign_in(&self) -> bool {
        true
    }
}

impl PasswordAccount for Staff {
    const KIND: AccountKind = AccountKind::Staff;

    fn by_email(db: &Db, email: &EmailAddress) -> impl Future<Output = Result<Option<Self>, sqlx::Error>> + Send {
        staff::staff_by_email(db, email)
    }

    fn password_hash(&self) -> Option<&str> {
        self.password_hash.as_deref()
    }

    fn may_sign_in(&self) -> bool {
        self.disabled_at.is_none()
    }
}

/// Why a sign-in was refused.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("the email address or the password is missing")]
    Missing { email: bool, password: bool },
    #[error("too many failed sign-ins for this account or this client")]
    Throttled,
    /// An unknown email, a wrong password and a disabled account all get this one answer.
    #[error("wrong email address or password")]
    Wrong,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl SignInError {
    /// What the sign-in page says, as (field, Fluent message id) pairs in page order. Nothing
    /// for [`SignInError::Db`]: that is not the person's to fix.
    pub fn field_errors(&self) -> Vec<(&'static str, &'static str)> {
        match self {
            Self::Missing { email, password } => [
                email.then_some(("email", "email-error-missing")),
                password.then_some(("password", "password-error-missing")),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Self::Throttled => vec![("email", "sign-in-error-throttled")],
            Self::Wrong => vec![("email", "sign-in-error-wrong")],
            Self::Db(_) => Vec::new(),
        }
    }
}

/// Checks an email address and password typed at a sign-in page, from client address `client`.
///
/// Failures are counted per account and per client address, for each kind of account apart;
/// too many within the window refuse even the right password. An unknown email costs the same
/// argon2 work and gets the same answer as a wrong password. Success forgives the account's
/// failures (not the client's).
#[tracing::instrument(skip_all, fields(kind = A::KIND.as_str()))]
pub async fn authenticate<A: PasswordAccount>(db: &Db, email: &str, password: &str, client: &str) -> Result<A, SignInError> {
    if email.trim().is_empty() || password.is_empty() {
        return Err(SignInError::Missing { email: email.trim().is_empty(), password: password.is_empty() });
    }
    let keys = accounts::throttle_keys(A::KIND.as_str(), email, client);
    if accounts::is_throttled(db, &keys).await? {
        return Err(SignInError::Throttled);
    }
    let account = match EmailAddress::parse(email) {
        Ok(email) => A::by_email(db, &email).await?,
        Err(_) => None,
    };
    let ok = password::verify(password, account.as_ref().and_then(|a| a.password_hash())).await;
    let Some(account) = account.filter(|a| ok && a.may_sign_in()) else {
        accounts::record_failure(db, &keys).await?;
        return Err(SignInError::Wrong);
    };
    accounts::clear_failures(db, &keys[0]).await?;
    Ok(account)
}

/// Why a password could not be set from a link.
#[derive(Debug, thiserror::Error)]
pub enum SetPasswordError {
    #[error("the new password breaks a rule")]
    Password(PasswordProblem),
    /// Used already, expired, for another purpose, or never issued.
    #[error("the link no longer works")]
    Link,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Hash(#[from] password::HashError),
}

/// Sets the password of the account a link's `token` was issued to, and returns the account's
/// id. The new password must pass the rules; the token then works once, before it expires, for
/// `purpose` and `kind` only, and is used in the transaction that stores the new hash. A citizen
/// who follows such a link has shown they read the mailbox, so their address counts as verified.
#[tracing::instrument(skip_all, fields(kind = kind.as_str()))]
pub async fn password_from_token(
    db: &Db,
    kind: AccountKind,
    purpose: Purpose,
    token: &str,
    new_password: &str,
) -> Result<i64, SetPasswordError> {
    // Not compared with the email address: whose account it is, is known only once the token
    // is used.
    let password = NewPassword::parse(new_password, "").map_err(SetPasswordError::Password)?;
    // Hashed before the transaction, so that SQLite's write lock is not held for argon2's work.
    let hash = password::hash(&password).await?;
    let mut tx = db.begin().await?;
    let used = accounts::use_token(&mut tx, token, purpose, kind).await?.ok_or(SetPasswordError::Link)?;
    match kind {
        AccountKind::Citizen => accounts::set_citizen_password(&mut tx, used.account_id, &hash).await?,
        AccountKind::Staff => staff::set_staff_password(&mut tx, used.account_id, &hash).await?,
    }
    tx.commit().await?;
    if kind == AccountKind::Citizen {
        accounts::mark_verified(db, used.account_id).await?;
    }
    Ok(used.account_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{db::ScratchDb, with_db};
    use chrono::{Duration, Utc};

    const PASSWORD: &str = "a long enough secret";
    const CLIENT: &str = "192.0.2.1";

    async fn citizen(db: &Db, email: &str, password: &str) -> i64 {
        let hash = password::hash(&NewPassword::parse(password, "").unwrap()).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        let id = accounts::insert_citizen(&mut tx, &EmailAddress::parse(email).unwrap(), &hash, "en").await.unwrap();
        tx.commit().await.unwrap();
        id
    }

    /// A caseworker, with `password` set or (with `None`) invited by link.
    async fn staff(db: &Db, email: &str, password: Option<&str>) -> i64 {
        let hash = match password {
            Some(p) => Some(password::hash(&NewPassword::parse(p, "").unwrap()).await.unwrap()),
            None => None,
        };
        with_db!(db, |pool| sqlx::query_scalar(
            "INSERT INTO staff (email, name, role, password_hash, language, created_at, updated_at) \
             VALUES ($1, 'Sam Clerk', 'caseworker', $2, 'en', $3, $3) RETURNING id"
        )
        .bind(email)
        .bind(&hash)
        .bind(Utc::now())
        .fetch_one(pool)
        .await)
        .unwrap()
    }

    async fn token(db: &Db, purpose: Purpose, kind: AccountKind, id: i64) -> String {
        let mut tx = db.begin().await.unwrap();
        let token = accounts::issue_token(&mut tx, purpose, kind, id, None).await.unwrap();
        tx.commit().await.unwrap();
        token
    }

    #[tokio::test]
    async fn the_right_password_signs_in_and_anything_else_gets_one_answer() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = citizen(db, "ann@example.org", PASSWORD).await;

        let signed_in = authenticate::<Citizen>(db, " Ann@Example.org ", PASSWORD, CLIENT).await.unwrap();
        assert_eq!(signed_in.id, id);
        let wrong = authenticate::<Citizen>(db, "ann@example.org", "not the secret", CLIENT).await.unwrap_err();
        let unknown = authenticate::<Citizen>(db, "bob@example.org", PASSWORD, CLIENT).await.unwrap_err();
        let not_an_email = authenticate::<Citizen>(db, "bob", PASSWORD, CLIENT).await.unwrap_err();
        for refused in [&wrong, &unknown, &not_an_email] {
            assert!(matches!(refused, SignInError::Wrong), "{refused:?}");
            assert_eq!(refused.field_errors(), [("email", "sign-in-error-wrong")]);
        }
    }

    #[tokio::test]
    async fn empty_fields_are_missing_without_counting_as_a_failure() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let both = authenticate::<Citizen>(db, "  ", "", CLIENT).await.unwrap_err();
        assert_eq!(both.field_errors(), [("email", "email-error-missing"), ("password", "password-error-missing")]);
        let password = authenticate::<Staff>(db, "sam@example.org", "", CLIENT).await.unwrap_err();
        assert_eq!(password.field_errors(), [("password", "password-error-missing")]);
        let failures: i64 = with_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_failures")
            .fetch_one(pool)
            .await)
        .unwrap();
        assert_eq!(failures, 0);
    }

    #[tokio::test]
    async fn five_failures_refuse_even_the_right_password_but_only_for_that_kind_of_account() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        citizen(db, "ann@example.org", PASSWORD).await;
        staff(db, "sam@example.org", Some(PASSWORD)).await;
        // Recorded directly: five wrong passwords would cost five argon2 checks.
        for _ in 0..accounts::THROTTLE_LIMIT {
            accounts::record_failure(db, &accounts::throttle_keys("citizen", "ann@example.org", CLIENT)).await.unwrap();
        }

        let refused = authenticate::<Citizen>(db, "ann@example.org", PASSWORD, CLIENT).await.unwrap_err();
        assert!(matches!(refused, SignInError::Throttled), "{refused:?}");
        assert_eq!(refused.field_errors(), [("email", "sign-in-error-throttled")]);
        // By the client address, whatever the account; by the account, whatever the address.
        let other_account = authenticate::<Citizen>(db, "bob@example.org", PASSWORD, CLIENT).await.unwrap_err();
        assert!(matches!(other_account, SignInError::Throttled), "{other_account:?}");
        let other_client = authenticate::<Citizen>(db, "ann@example.org", PASSWORD, "192.0.2.2").await.unwrap_err();
        assert!(matches!(other_client, SignInError::Throttled), "{other_client:?}");
        assert!(authenticate::<Staff>(db, "sam@example.org", PASSWORD, CLIENT).await.is_ok());
    }

    #[tokio::test]
    async fn signing_in_forgives_the_accounts_failures() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        staff(db, "sam@example.org", Some(PASSWORD)).await;
        assert!(matches!(authenticate::<Staff>(db, "sam@example.org", "not the secret", CLIENT).await, Err(SignInError::Wrong)));
        let keys = accounts::throttle_keys("staff", "sam@example.org", CLIENT);
        for _ in 2..accounts::THROTTLE_LIMIT {
            accounts::record_failure(db, &keys).await.unwrap();
        }
        authenticate::<Staff>(db, "sam@example.org", PASSWORD, CLIENT).await.unwrap();
        // One more failure would throttle, had the first four not been forgiven.
        accounts::record_failure(db, &keys[..1]).await.unwrap();
        assert!(!accounts::is_throttled(db, &keys[..1]).await.unwrap());
    }

    #[tokio::test]
    async fn disabled_staff_and_staff_without_a_password_get_the_wrong_password_answer() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = staff(db, "sam@example.org", Some(PASSWORD)).await;
        staff(db, "invited@example.org", None).await;
        with_db!(db, |pool| sqlx::query("UPDATE staff SET disabled_at = $1 WHERE id = $2")
            .bind(Utc::now())
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();

        let disabled = authenticate::<Staff>(db, "sam@example.org", PASSWORD, CLIENT).await.unwrap_err();
        assert!(matches!(disabled, SignInError::Wrong), "{disabled:?}");
        let invited = authenticate::<Staff>(db, "invited@example.org", PASSWORD, CLIENT).await.unwrap_err();
        assert!(matches!(invited, SignInError::Wrong), "{invited:?}");
    }

    #[tokio::test]
    async fn an_invitation_link_sets_a_staff_password_once() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = staff(db, "invited@example.org", None).await;
        let link = token(db, Purpose::StaffPassword, AccountKind::Staff, id).await;

        let set = password_from_token(db, AccountKind::Staff, Purpose::StaffPassword, &link, PASSWORD).await.unwrap();
        assert_eq!(set, id);
        assert_eq!(authenticate::<Staff>(db, "invited@example.org", PASSWORD, CLIENT).await.unwrap().id, id);
        let again = password_from_token(db, AccountKind::Staff, Purpose::StaffPassword, &link, "another long secret").await;
        assert!(matches!(again, Err(SetPasswordError::Link)), "{again:?}");
        assert!(authenticate::<Staff>(db, "invited@example.org", PASSWORD, CLIENT).await.is_ok());
    }

    #[tokio::test]
    async fn a_reset_link_sets_the_citizens_password_and_verifies_the_address() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = citizen(db, "ann@example.org", "the old long secret").await;
        let link = token(db, Purpose::ResetPassword, AccountKind::Citizen, id).await;

        password_from_token(db, AccountKind::Citizen, Purpose::ResetPassword, &link, PASSWORD).await.unwrap();
        let account = accounts::citizen_by_id(db, id).await.unwrap().unwrap();
        assert!(account.email_verified_at.is_some());
        assert!(password::verify(PASSWORD, Some(&account.password_hash)).await);
    }

    #[tokio::test]
    async fn a_password_that_breaks_a_rule_leaves_the_link_working() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = citizen(db, "ann@example.org", PASSWORD).await;
        let link = token(db, Purpose::ResetPassword, AccountKind::Citizen, id).await;

        for (typed, problem) in [("", PasswordProblem::Missing), ("short", PasswordProblem::TooShort), ("Password123", PasswordProblem::Common)] {
            let refused = password_from_token(db, AccountKind::Citizen, Purpose::ResetPassword, &link, typed).await;
            assert!(matches!(refused, Err(SetPasswordError::Password(p)) if p == problem), "{typed}: {refused:?}");
        }
        assert!(accounts::token_is_valid(db, &link, Purpose::ResetPassword, AccountKind::Citizen).await.unwrap());
    }

    #[tokio::test]
    async fn a_link_works_only_for_its_purpose_and_kind_of_account_and_before_it_expires() {
        let scratch = ScratchDb::new().await;
        let db = &scratch.db;
        let id = citizen(db, "ann@example.org", PASSWORD).await;
        let verify = token(db, Purpose::VerifyEmail, AccountKind::Citizen, id).await;
        let staff_link = token(db, Purpose::StaffPassword, AccountKind::Staff, id).await;
        let expired = token(db, Purpose::ResetPassword, AccountKind::Citizen, id).await;
        with_db!(db, |pool| sqlx::query("UPDATE account_tokens SET expires_at = $1 WHERE token_hash = $2")
            .bind(Utc::now() - Duration::minutes(1))
            .bind(crate::tokens::token_hash(&expired))
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();

        for link in [&verify, &staff_link, &expired, &"never-issued".to_owned()] {
            let refused = password_from_token(db, AccountKind::Citizen, Purpose::ResetPassword, link, "another long secret").await;
            assert!(matches!(refused, Err(SetPasswordError::Link)), "{refused:?}");
        }
        let account = accounts::citizen_by_id(db, id).await.unwrap().unwrap();
        assert!(password::verify(PASSWORD, Some(&account.password_hash)).await, "the password is unchanged");
        assert!(account.email_verified_at.is_none());
    }
}
