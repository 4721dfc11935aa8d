//! Passwords, after NIST SP 800-63B: at least 10 characters, up to 256, no composition rules, and
//! never one from a list of passwords that attackers try first. Stored as argon2id hashes
//! (19 MiB, 2 passes, 1 lane: the OWASP minimum), computed off the async runtime.

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use std::{collections::HashSet, fmt, sync::OnceLock};

pub const MIN_LENGTH: usize = 10;
/// Generous, so that passphrases and password managers' output always fit; bounded so that a
/// huge body cannot make hashing expensive.
pub const MAX_LENGTH: usize = 256;

/// Why a new password cannot be used. Each maps to a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    Missing,
    TooShort,
    TooLong,
    Common,
    SameAsEmail,
}

impl PasswordProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Missing => "password-error-missing",
            Self::TooShort => "password-error-too-short",
            Self::TooLong => "password-error-too-long",
            Self::Common => "password-error-common",
            Self::SameAsEmail => "password-error-same-as-email",
        }
    }
}

/// A password that passed the rules. Its `Debug` never shows the text.
#[derive(Clone)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// Checks a chosen password. Spaces count like any other character and nothing is trimmed:
    /// what the person typed is their password.
    pub fn parse(text: &str, email: &str) -> Result<Self, PasswordProblem> {
        let length = text.chars().count();
        if length == 0 {
            return Err(PasswordProblem::Missing);
        }
        if length < MIN_LENGTH {
            return Err(PasswordProblem::TooShort);
        }
        if length > MAX_LENGTH {
            return Err(PasswordProblem::TooLong);
        }
        if is_common(text) {
            return Err(PasswordProblem::Common);
        }
        if !email.is_empty() && text.trim().eq_ignore_ascii_case(email.trim()) {
            return Err(PasswordProblem::SameAsEmail);
        }
        Ok(Self(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn is_common(text: &str) -> bool {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let list = LIST.get_or_init(|| {
        include_str!("common_passwords.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
    });
    list.contains(text.to_lowercase().as_str())
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on a blocking thread: argon2 takes tens of milliseconds on purpose.
pub async fn hash(password: &NewPassword) -> Result<String, HashError> {
    let password = password.0.clone();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|_| HashError)
    })
    .await
    .map_err(|_| HashError)?
}

/// Checks `password` against `stored`. With no stored hash (unknown account) a dummy hash is
/// checked instead, so that an unknown email takes as long as a wrong password.
pub async fn verify(password: &str, stored: Option<&str>) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| {
        argon2()
            .hash_password(b"portico-dummy-password", &SaltString::generate(&mut OsRng))
            .expect("hashing a constant")
            .to_string()
    });
    let known = stored.is_some();
    let stored = stored.unwrap_or(dummy).to_owned();
    if password.chars().count() > MAX_LENGTH {
        return false;
    }
    let password = password.to_owned();
    let matches = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false);
    known && matches
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed")]
pub struct HashError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_needs_ten_characters_and_may_be_a_long_passphrase() {
        assert_eq!(NewPassword::parse("", "").unwrap_err(), PasswordProblem::Missing);
        assert_eq!(NewPassword::parse("short pw", "").unwrap_err(), PasswordProblem::TooShort);
        assert!(NewPassword::parse("correct horse battery staple", "").is_ok());
        assert!(NewPassword::parse(&"x".repeat(64).replace('x', "ab"), "").is_ok());
        assert_eq!(NewPassword::parse(&"y".repeat(257), "").unwrap_err(), PasswordProblem::TooLong);
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(NewPassword::parse("Password123", "").unwrap_err(), PasswordProblem::Common);
        assert_eq!(NewPassword::parse("qwertyuiop", "").unwrap_err(), PasswordProblem::Common);
    }

    #[test]
    fn the_email_address_is_not_a_password() {
        assert_eq!(
            NewPassword::parse("ann@example.org", "Ann@Example.org").unwrap_err(),
            PasswordProblem::SameAsEmail
        );
    }

    #[test]
    fn no_composition_rules_apply() {
        assert!(NewPassword::parse("alllowercaseletters", "").is_ok());
        assert!(NewPassword::parse("ДобрийДеньСвіт", "").is_ok());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_with_at_least_the_owasp_minimum_and_verify() {
        let password = NewPassword::parse("a long enough secret", "").unwrap();
        let hash = hash(&password).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify("a long enough secret", Some(&hash)).await);
        assert!(!verify("a long enough secreT", Some(&hash)).await);
        assert!(!verify("a long enough secret", None).await);
    }
}
