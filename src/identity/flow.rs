//! The checks of a sign-in's round trip, as plain functions: what is remembered when the person
//! leaves for the provider ([`Pending`]), and what the callback must show before its code is
//! used ([`check_callback`]): the state that was sent (single use, 15 minutes), the provider it
//! was sent to (`iss`, the mix-up defence of RFC 9207), and no error from the provider. Each
//! failure is a [`Failure`], which says which page the person sees; none loses what they had
//! typed, because nothing here touches their session's other data or their drafts.

use super::level::Level;
use serde::{Deserialize, Serialize};

/// At most this many sign-ins may be under way in one session (several tabs).
pub const MAX_PENDING: usize = 5;
/// A sign-in not finished within this many seconds has to start again.
pub const PENDING_SECONDS: i64 = 15 * 60;

/// Why a sign-in was started.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Purpose {
    /// Signing in (or creating an account on the first visit).
    SignIn,
    /// Adding this provider to the signed-in citizen's account, who just gave their password.
    Link { citizen: i64 },
    /// Reaching a higher level for a service, as the citizen already signed in.
    StepUp { citizen: i64 },
    /// Proving it is the signed-in citizen by signing in again, now, with an identity already
    /// theirs (their account has no password to give), before `then`.
    Confirm { citizen: i64, then: Then },
}

/// What a confirmation ([`Purpose::Confirm`]) opens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Then {
    /// Adding this provider (by id) as another way to sign in.
    Link { provider: String },
    /// Changing the account's email address.
    ChangeEmail,
}

/// How far a provider's clock may be from Portico's when judging `auth_time`.
pub const AUTH_TIME_SKEW_SECONDS: i64 = 60;

/// Whether a confirmation's sign-in happened after the person was sent to the provider
/// (`started_at`), as its `auth_time` says: missing, or earlier (the provider reused a session
/// instead of asking again), or in the future, it proves nothing.
pub fn is_fresh(auth_time: Option<i64>, started_at: i64, now: i64) -> bool {
    auth_time.is_some_and(|at| at >= started_at - AUTH_TIME_SKEW_SECONDS && at <= now + AUTH_TIME_SKEW_SECONDS)
}

/// A sign-in under way: what the callback needs to check and finish it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub provider: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub purpose: Purpose,
    /// The level asked for.
    pub level: Level,
    /// Where the person started, to return to (a local path).
    pub back_to: String,
    /// Unix seconds.
    pub started_at: i64,
}

/// The callback's query string.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CallbackQuery {
    pub code: Option<String>,
    pub state: Option<String>,
    pub iss: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// Why a sign-in did not complete: each has its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The person chose not to sign in (`access_denied`).
    Cancelled,
    /// The provider needs the person to sign in there first (`login_required` and kin).
    LoginRequired,
    /// The provider answered with another error, or without a code.
    ProviderError,
    /// No sign-in under way matches (forged, replayed, expired, or from another browser).
    State,
    /// The callback says another provider answered (mix-up attack).
    WrongIssuer,
    /// The provider cannot be reached.
    ProviderDown,
    /// The ID token failed a check.
    Token,
    /// The sign-in did not reach the level needed.
    LevelTooLow,
    /// This identity is already another account's way to sign in.
    LinkedElsewhere,
    /// A member of staff with no link and no group that gives a role.
    NoStaffAccount,
    /// A confirmation whose sign-in was not made just now (`auth_time` missing or too old).
    NotFresh,
    /// A confirmation signed in as someone who is not the signed-in citizen.
    NotThisAccount,
}

impl Failure {
    /// The Fluent ids of the page's title/heading and its explanation.
    pub fn messages(self) -> (&'static str, &'static str) {
        match self {
            Self::Cancelled => ("identity-cancelled-title", "identity-cancelled-body"),
            Self::LoginRequired => ("identity-login-required-title", "identity-login-required-body"),
            Self::ProviderError => ("identity-provider-error-title", "identity-provider-error-body"),
            Self::State => ("identity-state-title", "identity-state-body"),
            Self::WrongIssuer | Self::Token => ("identity-token-title", "identity-token-body"),
            Self::ProviderDown => ("identity-down-title", "identity-down-body"),
            Self::LevelTooLow => ("identity-level-title", "identity-level-body"),
            Self::LinkedElsewhere => ("identity-linked-elsewhere-title", "identity-linked-elsewhere-body"),
            Self::NoStaffAccount => ("identity-no-staff-title", "identity-no-staff-body"),
            Self::NotFresh => ("identity-not-fresh-title", "identity-not-fresh-body"),
            Self::NotThisAccount => ("identity-not-you-title", "identity-not-you-body"),
        }
    }

    /// The status of its page: the person did nothing wrong in most cases, but a tool must see
    /// that the sign-in did not happen. Never a 500.
    pub fn status(self) -> u16 {
        match self {
            Self::Cancelled | Self::LoginRequired => 200,
            Self::ProviderDown => 503,
            Self::ProviderError => 502,
            Self::State | Self::WrongIssuer | Self::Token | Self::LevelTooLow | Self::NotFresh => 400,
            Self::LinkedElsewhere => 409,
            Self::NoStaffAccount | Self::NotThisAccount => 403,
        }
    }

    /// A short word for the log.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cancelled => "cancelled",
            Self::LoginRequired => "login_required",
            Self::ProviderError => "provider_error",
            Self::State => "state",
            Self::WrongIssuer => "wrong_issuer",
            Self::ProviderDown => "provider_down",
            Self::Token => "token",
            Self::LevelTooLow => "level_too_low",
            Self::LinkedElsewhere => "linked_elsewhere",
            Self::NoStaffAccount => "no_staff_account",
            Self::NotFresh => "not_fresh",
            Self::NotThisAccount => "not_this_account",
        }
    }
}

/// Adds a sign-in to those under way, dropping expired ones and the oldest beyond
/// [`MAX_PENDING`].
pub fn remember(mut pending: Vec<Pending>, new: Pending, now: i64) -> Vec<Pending> {
    pending.retain(|p| now - p.started_at <= PENDING_SECONDS);
    pending.push(new);
    let excess = pending.len().saturating_sub(MAX_PENDING);
    pending.drain(..excess);
    pending
}

/// Checks a callback for `provider` (whose issuer is `issuer`, and which names itself on
/// callbacks when `sends_iss`) against the sign-ins under way. The matching sign-in is taken out
/// of `pending` whatever the outcome, so a state works once. Returns it and the code.
pub fn check_callback(
    pending: &mut Vec<Pending>,
    query: &CallbackQuery,
    provider: &str,
    issuer: &str,
    sends_iss: bool,
    now: i64,
) -> Result<(Pending, String), (Failure, Option<Pending>)> {
    let found = query.state.as_deref().and_then(|state| {
        pending.iter().position(|p| p.provider == provider && crate::tokens::constant_time_eq(p.state.as_bytes(), state.as_bytes()))
    });
    let Some(index) = found else {
        return Err((Failure::State, None));
    };
    let started = pending.remove(index);
    if now - started.started_at > PENDING_SECONDS {
        return Err((Failure::State, Some(started)));
    }
    // RFC 9207: a callback that names another issuer came from another provider's answer.
    match query.iss.as_deref() {
        Some(iss) if iss != issuer => return Err((Failure::WrongIssuer, Some(started))),
        None if sends_iss => return Err((Failure::WrongIssuer, Some(started))),
        _ => {}
    }
    if let Some(error) = query.error.as_deref() {
        let failure = match error {
            "access_denied" => Failure::Cancelled,
            "login_required" | "interaction_required" | "consent_required" | "account_selection_required" => Failure::LoginRequired,
            _ => Failure::ProviderError,
        };
        return Err((failure, Some(started)));
    }
    match query.code.as_deref().filter(|c| !c.is_empty() && c.len() <= 4096) {
        Some(code) => Ok((started.clone(), code.to_owned())),
        None => Err((Failure::ProviderError, Some(started))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(state: &str, at: i64) -> Pending {
        Pending {
            provider: "one-login".into(),
            state: state.into(),
            nonce: "n".repeat(22),
            pkce_verifier: "v".into(),
            purpose: Purpose::SignIn,
            level: Level::Medium,
            back_to: "/services/bulky-waste/items".into(),
            started_at: at,
        }
    }

    fn query(state: &str) -> CallbackQuery {
        CallbackQuery { code: Some("c0de".into()), state: Some(state.into()), iss: Some("https://op.example/".into()), ..Default::default() }
    }

    const ISS: &str = "https://op.example/";

    #[test]
    fn a_callback_with_the_state_sent_gives_the_code_once() {
        let mut under_way = vec![pending("s1", 100), pending("s2", 100)];
        let (found, code) = check_callback(&mut under_way, &query("s2"), "one-login", ISS, true, 200).unwrap();
        assert_eq!((found.state.as_str(), code.as_str()), ("s2", "c0de"));
        assert_eq!(under_way.len(), 1);
        assert_eq!(check_callback(&mut under_way, &query("s2"), "one-login", ISS, true, 200).unwrap_err().0, Failure::State, "replayed");
    }

    #[test]
    fn a_state_that_was_never_sent_expired_or_went_to_another_provider_is_refused() {
        let mut under_way = vec![pending("s1", 100)];
        assert_eq!(check_callback(&mut under_way, &query("forged"), "one-login", ISS, true, 200).unwrap_err().0, Failure::State);
        assert_eq!(check_callback(&mut under_way, &query("s1"), "entra", ISS, true, 200).unwrap_err().0, Failure::State);
        assert_eq!(check_callback(&mut under_way, &query("s1"), "one-login", ISS, true, 100 + PENDING_SECONDS + 1).unwrap_err().0, Failure::State);
        let mut none = vec![pending("s1", 100)];
        let q = CallbackQuery { state: None, ..query("s1") };
        assert_eq!(check_callback(&mut none, &q, "one-login", ISS, true, 200).unwrap_err().0, Failure::State);
    }

    #[test]
    fn a_callback_naming_another_issuer_or_none_where_one_is_promised_is_a_mix_up() {
        let mut under_way = vec![pending("s1", 100), pending("s2", 100), pending("s3", 100)];
        let other = CallbackQuery { iss: Some("https://evil.example/".into()), ..query("s1") };
        assert_eq!(check_callback(&mut under_way, &other, "one-login", ISS, false, 200).unwrap_err().0, Failure::WrongIssuer);
        let missing = CallbackQuery { iss: None, ..query("s2") };
        assert_eq!(check_callback(&mut under_way, &missing, "one-login", ISS, true, 200).unwrap_err().0, Failure::WrongIssuer);
        let missing = CallbackQuery { iss: None, ..query("s3") };
        assert!(check_callback(&mut under_way, &missing, "one-login", ISS, false, 200).is_ok(), "a provider that never sends iss");
    }

    #[test]
    fn provider_errors_say_what_happened_and_keep_where_the_person_was() {
        for (error, failure) in [
            ("access_denied", Failure::Cancelled),
            ("login_required", Failure::LoginRequired),
            ("server_error", Failure::ProviderError),
        ] {
            let mut under_way = vec![pending("s1", 100)];
            let q = CallbackQuery { error: Some(error.into()), code: None, ..query("s1") };
            let (got, started) = check_callback(&mut under_way, &q, "one-login", ISS, true, 200).unwrap_err();
            assert_eq!(got, failure);
            assert_eq!(started.unwrap().back_to, "/services/bulky-waste/items");
        }
        let mut under_way = vec![pending("s1", 100)];
        let q = CallbackQuery { code: None, ..query("s1") };
        assert_eq!(check_callback(&mut under_way, &q, "one-login", ISS, true, 200).unwrap_err().0, Failure::ProviderError);
    }

    #[test]
    fn at_most_five_sign_ins_are_kept_and_expired_ones_go() {
        let mut list = vec![pending("old", 0)];
        for n in 0..7 {
            list = remember(list, pending(&n.to_string(), PENDING_SECONDS + 10), PENDING_SECONDS + 10);
        }
        assert_eq!(list.len(), MAX_PENDING);
        assert_eq!(list[0].state, "2");
        // A provider's trouble is a gateway's (502, 503), never Portico's own server error.
        assert!(Failure::ALL_FOR_TESTS.iter().all(|f| f.status() != 500));
    }

    #[test]
    fn a_confirmation_counts_only_if_the_provider_signed_the_person_in_after_they_were_sent() {
        let started = 1_000_000;
        assert!(is_fresh(Some(started + 30), started, started + 40));
        assert!(is_fresh(Some(started - 30), started, started + 40), "a clock a little behind");
        assert!(!is_fresh(None, started, started + 40), "no auth_time proves nothing");
        assert!(!is_fresh(Some(started - 3600), started, started + 40), "an old session reused, not a new sign-in");
        assert!(!is_fresh(Some(started + 3600), started, started + 40), "from the future");
    }

    impl Failure {
        const ALL_FOR_TESTS: [Failure; 12] = [
            Failure::Cancelled,
            Failure::LoginRequired,
            Failure::ProviderError,
            Failure::State,
            Failure::WrongIssuer,
            Failure::ProviderDown,
            Failure::Token,
            Failure::LevelTooLow,
            Failure::LinkedElsewhere,
            Failure::NoStaffAccount,
            Failure::NotFresh,
            Failure::NotThisAccount,
        ];
    }
}
