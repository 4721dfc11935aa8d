//! Signing in through identity providers over OpenID Connect: citizens through a national
//! provider (GOV.UK One Login, Login.gov, a DigiD broker), staff through their organisation's
//! (Entra ID, Keycloak), beside Portico's own accounts.
//!
//! * Providers are configuration ([`config`]): a TOML file named by `PORTICO_IDENTITY_PROVIDERS`.
//! * [`provider`] talks to one provider: discovery and keys, cached and refetched once on an
//!   unknown key id, the last good copy kept while it is down; the authorization request (state,
//!   nonce, PKCE S256, its extra parameters); the code exchange (client secret or
//!   `private_key_jwt`); every check of the ID token. It uses the `openidconnect` crate.
//! * [`flow`] is the round trip as plain functions: what is remembered in the session while the
//!   person is away, what the callback must show (state, `iss`), and each way it can fail.
//! * [`store`] keys identities by `(issuer, subject)`, never by email: a first sign-in creates a
//!   citizen account with the provider's verified claims in the profile (with their source);
//!   linking to an existing account needs its password first; every link and unlink is audited.
//! * [`logout`] checks back-channel logout tokens; [`pages`] holds the handlers, [`admin`] the
//!   admins' page that links staff accounts to their identities explicitly.
//!
//! It uses `auth` (sessions and accounts) and `profile` (claims with their source), nothing above.

pub mod level;

#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod config;
#[cfg(feature = "ssr")]
pub mod flow;
#[cfg(feature = "ssr")]
pub mod logout;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod provider;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub use runtime::*;

/// Why `portico staff link-identity` linked nobody.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
pub enum LinkStaffError {
    #[error("--provider: no provider for staff with the id '{0}' in PORTICO_IDENTITY_PROVIDERS")]
    Provider(String),
    #[error("--email: no member of staff has this address")]
    Staff,
    #[error("--subject: must not be empty, over 255 characters or hold control characters")]
    Subject,
    #[error("this identity is already another account's way to sign in")]
    Elsewhere,
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

/// An admin's explicit link: the member of staff with `email` signs in through `provider` as
/// `subject` from now on. Audited, as every link is (`portico staff link-identity`).
#[cfg(feature = "ssr")]
pub async fn link_staff(state: &crate::web::AppState, email: &str, provider: &str, subject: &str) -> Result<(), LinkStaffError> {
    let email = crate::auth::accounts::EmailAddress::parse(email).map_err(|_| LinkStaffError::Staff)?;
    let staff = crate::auth::staff_accounts::staff_by_email(&state.db, &email).await?.ok_or(LinkStaffError::Staff)?;
    link_staff_account(state, staff.id, provider, subject, store::Actor::Operator).await.map(|_| ())
}

/// Links staff account `staff` to `subject` at the staff provider `provider`, in the name of
/// `actor` (an admin on `/staff/admin/identities`, or the operator). Already this account's
/// is no change; another account's is refused.
#[cfg(feature = "ssr")]
pub async fn link_staff_account(
    state: &crate::web::AppState,
    staff: i64,
    provider: &str,
    subject: &str,
    actor: store::Actor,
) -> Result<store::LinkOutcome, LinkStaffError> {
    let config = state
        .identity
        .get(provider)
        .filter(|p| p.config.audience == config::Audience::Staff)
        .map(|p| p.config.clone())
        .ok_or_else(|| LinkStaffError::Provider(provider.to_owned()))?;
    let subject = subject.trim();
    if subject.is_empty() || subject.len() > MAX_SUBJECT || subject.chars().any(char::is_control) {
        return Err(LinkStaffError::Subject);
    }
    crate::auth::staff_accounts::staff_by_id(&state.db, staff).await?.ok_or(LinkStaffError::Staff)?;
    let mut tx = state.db.begin().await?;
    let outcome = store::link(&mut tx, &config.issuer, subject, &config.id, ("staff", staff), actor).await?;
    tx.commit().await?;
    match outcome {
        store::LinkOutcome::Elsewhere => Err(LinkStaffError::Elsewhere),
        other => Ok(other),
    }
}

/// The longest subject accepted (OpenID Connect allows 255 ASCII characters).
pub const MAX_SUBJECT: usize = 255;

#[cfg(feature = "ssr")]
mod runtime {
    use super::{
        config::{Audience, ProvidersConfig},
        provider::{Provider, SigningKey},
    };
    use std::sync::Arc;

    /// Every configured provider, ready to use, and Portico's own signing key.
    #[derive(Debug, Default)]
    pub struct Providers {
        list: Vec<Arc<Provider>>,
        signing_key: Option<Arc<SigningKey>>,
    }

    impl std::fmt::Debug for SigningKey {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "SigningKey({})", self.kid)
        }
    }

    impl Providers {
        /// Builds every provider of `config`; nothing is fetched until a provider is used.
        pub fn new(config: &ProvidersConfig, public_url: &str) -> Result<Self, String> {
            let signing_key = config.signing_key.as_ref().map(SigningKey::from_config).transpose()?.map(Arc::new);
            let http = super::provider::http_client(public_url)?;
            let list = config
                .providers
                .iter()
                .map(|p| Provider::new(p.clone(), public_url, http.clone(), signing_key.clone()).map(Arc::new))
                .collect::<Result<_, _>>()?;
            Ok(Self { list, signing_key })
        }

        pub fn get(&self, id: &str) -> Option<&Arc<Provider>> {
            self.list.iter().find(|p| p.config.id == id)
        }

        pub fn all(&self) -> &[Arc<Provider>] {
            &self.list
        }

        pub fn for_audience(&self, audience: Audience) -> impl Iterator<Item = &Arc<Provider>> {
            self.list.iter().filter(move |p| p.config.audience == audience)
        }

        /// The origins a form on our pages may lead to (a sign-out or a link goes on to the
        /// provider), for the pages' `form-action`.
        pub fn form_origins(&self) -> Vec<String> {
            let mut origins: Vec<String> = self
                .list
                .iter()
                .filter_map(|p| openidconnect::url::Url::parse(&p.config.issuer).ok())
                .map(|u| u.origin().ascii_serialization())
                .collect();
            origins.sort();
            origins.dedup();
            origins
        }

        /// Portico's public keys, for providers that check `private_key_jwt` assertions.
        pub fn jwks(&self) -> serde_json::Value {
            let keys: Vec<serde_json::Value> = self
                .signing_key
                .iter()
                .filter_map(|k| serde_json::to_value(k.public_jwk()).ok())
                .map(|mut k| {
                    k["use"] = "sig".into();
                    k["alg"] = "RS256".into();
                    k
                })
                .collect();
            serde_json::json!({ "keys": keys })
        }

        /// Links "Sign in with …" for the sign-in page of `audience`, coming back to `next`.
        pub fn sign_in_links(&self, audience: Audience, next: Option<&str>) -> Vec<(String, String)> {
            self.for_audience(audience)
                .map(|p| {
                    let href = match next {
                        Some(next) => format!("/sign-in/with/{}?next={}", p.config.id, form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()),
                        None => format!("/sign-in/with/{}", p.config.id),
                    };
                    (href, p.config.name.clone())
                })
                .collect()
        }
    }
}
