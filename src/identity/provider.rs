//! One OpenID provider at run time: its discovery document and keys, fetched when first needed
//! and cached, the keys fetched again once when a token names a key id they lack (the provider
//! rotated its keys), and the last good copy kept while the provider cannot be reached. Outgoing
//! calls go through one client that names Portico in its User-Agent, gives up after
//! [`TIMEOUT`] and never follows a redirect (a redirect from a provider's back end is not its
//! answer). The `openidconnect` crate builds the requests and checks the ID token.

use super::config::{ClientAuth, ProviderConfig};
use super::level::Level;
use openidconnect::{
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreClaimName, CoreClaimType, CoreClientAuthMethod, CoreErrorResponseType,
        CoreGenderClaim, CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
        CoreJwsSigningAlgorithm, CoreResponseMode, CoreResponseType, CoreRevocableToken, CoreRevocationErrorResponse,
        CoreRsaPrivateSigningKey, CoreSubjectIdentifierType, CoreTokenIntrospectionResponse, CoreTokenType,
    },
    AdditionalClaims, AdditionalProviderMetadata, AuthenticationFlow, AuthorizationCode, Client, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndSessionUrl, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken,
    IdTokenFields, IdTokenVerifier, IssuerUrl, JsonWebKeyId, JsonWebKeySet, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    PrivateSigningKey, ProviderMetadata, RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse,
};
use serde::{Deserialize, Serialize};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

/// How long an outgoing call may take.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How long a discovery document is used before it is fetched again.
const DISCOVERY_FRESH: Duration = Duration::from_secs(3600);
/// At most one key refetch this often, however many tokens name an unknown key id.
const KEYS_REFETCH_GAP: Duration = Duration::from_secs(5);
/// How far an ID token's issue time may be from Portico's clock.
const IAT_SKEW_SECONDS: i64 = 300;

/// The discovery metadata Portico uses beyond the core: where to end the provider's session,
/// and whether the provider names itself on the callback (`iss`, RFC 9207).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ExtraMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_session_endpoint: Option<EndSessionUrl>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_response_iss_parameter_supported: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_supported: Option<bool>,
}
impl AdditionalProviderMetadata for ExtraMetadata {}

/// Claims beyond the standard ones: the level claim, groups, `sid`, whatever the provider adds.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ExtraClaims {
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}
impl AdditionalClaims for ExtraClaims {}

pub type Metadata = ProviderMetadata<
    ExtraMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;
pub type Keys = JsonWebKeySet<CoreJsonWebKey>;
pub type Token = IdToken<ExtraClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type Fields = IdTokenFields<ExtraClaims, EmptyExtraTokenFields, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type TokenResponse = StandardTokenResponse<Fields, CoreTokenType>;
type OidcClient = Client<
    ExtraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The one client for every call to a provider.
pub fn http_client(public_url: &str) -> Result<openidconnect::reqwest::Client, String> {
    openidconnect::reqwest::Client::builder()
        .user_agent(format!("Portico/{} (+{public_url})", env!("CARGO_PKG_VERSION")))
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        // Following a redirect would let whoever answers first send us elsewhere (SSRF).
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())
}

/// Why a call to the provider did not give what was needed.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// Not reachable, or not answering as a provider, and no earlier copy to fall back on.
    #[error("provider unavailable: {0}")]
    Down(String),
    /// The token endpoint refused the code (used, expired, wrong client).
    #[error("token request refused: {0}")]
    Refused(String),
    /// The ID token failed a check.
    #[error("ID token refused: {0}")]
    Token(String),
}

struct Cached {
    metadata: Metadata,
    fetched: Instant,
    keys_fetched: Instant,
}

/// Portico's own key, for `private_key_jwt`.
pub struct SigningKey {
    pub key: CoreRsaPrivateSigningKey,
    pub kid: String,
}

impl SigningKey {
    pub fn from_config(config: &super::config::SigningKeyConfig) -> Result<Self, String> {
        let key = CoreRsaPrivateSigningKey::from_pem(&config.pem, Some(JsonWebKeyId::new(config.kid.clone())))?;
        Ok(Self { key, kid: config.kid.clone() })
    }

    /// The public half, as a JWK, for Portico's JWKS.
    pub fn public_jwk(&self) -> CoreJsonWebKey {
        self.key.as_verification_key()
    }

    /// A signed JWT (RS256) with `claims`.
    pub fn sign(&self, claims: &serde_json::Value) -> Result<String, String> {
        use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
        let header = serde_json::json!({ "alg": "RS256", "typ": "JWT", "kid": self.kid });
        let input = format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
        let signature = self.key.sign(&CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256, input.as_bytes()).map_err(|e| e.to_string())?;
        Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
    }
}

/// What a started sign-in must remember until the person comes back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// The claims of an ID token that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub issuer: String,
    pub subject: String,
    pub level: Level,
    pub email: Option<String>,
    pub email_verified: bool,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub birthdate: Option<String>,
    pub phone: Option<String>,
    pub groups: Vec<String>,
    /// The provider's session id (back-channel logout names it).
    pub sid: Option<String>,
    /// When the person last actually signed in at the provider (Unix seconds), if it said.
    pub auth_time: Option<i64>,
    /// The ID token itself, for `id_token_hint` at sign-out.
    pub raw: String,
}

pub struct Provider {
    pub config: ProviderConfig,
    http: openidconnect::reqwest::Client,
    redirect: RedirectUrl,
    cache: tokio::sync::RwLock<Option<Cached>>,
    /// One fetch at a time.
    fetching: tokio::sync::Mutex<()>,
    signing_key: Option<Arc<SigningKey>>,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("id", &self.config.id).finish()
    }
}

impl Provider {
    pub fn new(config: ProviderConfig, public_url: &str, http: openidconnect::reqwest::Client, signing_key: Option<Arc<SigningKey>>) -> Result<Self, String> {
        let redirect = RedirectUrl::new(format!("{public_url}{}", config.callback_path)).map_err(|e| e.to_string())?;
        Ok(Self { config, http, redirect, cache: Default::default(), fetching: Default::default(), signing_key })
    }

    pub fn redirect_uri(&self) -> &str {
        self.redirect.as_str()
    }

    async fn discover(&self) -> Result<Metadata, String> {
        let issuer = IssuerUrl::new(self.config.issuer.clone()).map_err(|e| e.to_string())?;
        Metadata::discover_async(issuer, &self.http).await.map_err(|e| error_chain(&e))
    }

    /// The discovery document and keys: the cached copy while fresh; otherwise fetched, and on
    /// failure the last good copy (a provider briefly down does not stop sign-in).
    pub async fn metadata(&self) -> Result<Metadata, ProviderError> {
        if let Some(cached) = self.cache.read().await.as_ref() {
            if cached.fetched.elapsed() < DISCOVERY_FRESH {
                return Ok(cached.metadata.clone());
            }
        }
        let _one = self.fetching.lock().await;
        if let Some(cached) = self.cache.read().await.as_ref() {
            if cached.fetched.elapsed() < DISCOVERY_FRESH {
                return Ok(cached.metadata.clone());
            }
        }
        match self.discover().await {
            Ok(metadata) => {
                let now = Instant::now();
                *self.cache.write().await = Some(Cached { metadata: metadata.clone(), fetched: now, keys_fetched: now });
                Ok(metadata)
            }
            Err(problem) => {
                tracing::warn!(provider = %self.config.id, %problem, "identity provider discovery failed");
                match self.cache.write().await.as_mut() {
                    Some(cached) => {
                        // Try again in a minute, not on every request meanwhile.
                        cached.fetched = Instant::now() - DISCOVERY_FRESH + Duration::from_secs(60);
                        Ok(cached.metadata.clone())
                    }
                    None => Err(ProviderError::Down(problem)),
                }
            }
        }
    }

    /// Fetches the keys again (a token named a key id they lack). Keeps the old keys when the
    /// fetch fails; at most once per [`KEYS_REFETCH_GAP`]. Whether the keys changed.
    async fn refetch_keys(&self) -> bool {
        let _one = self.fetching.lock().await;
        let Some(uri) = self.cache.read().await.as_ref().filter(|c| c.keys_fetched.elapsed() >= KEYS_REFETCH_GAP).map(|c| c.metadata.jwks_uri().clone()) else {
            return false;
        };
        match Keys::fetch_async(&uri, &self.http).await {
            Ok(keys) => {
                if let Some(cached) = self.cache.write().await.as_mut() {
                    cached.metadata = cached.metadata.clone().set_jwks(keys);
                    cached.keys_fetched = Instant::now();
                }
                true
            }
            Err(e) => {
                tracing::warn!(provider = %self.config.id, problem = %error_chain(&e), "identity provider keys could not be fetched");
                if let Some(cached) = self.cache.write().await.as_mut() {
                    cached.keys_fetched = Instant::now();
                }
                false
            }
        }
    }

    fn client(&self, metadata: &Metadata) -> OidcClient {
        let client = OidcClient::from_provider_metadata(metadata.clone(), ClientId::new(self.config.client_id.clone()), None)
            .set_redirect_uri(self.redirect.clone());
        match &self.config.client_auth {
            ClientAuth::Secret(secret) => client.set_client_secret(ClientSecret::new(secret.0.clone())),
            ClientAuth::PrivateKeyJwt => client,
        }
    }

    /// The address to send the person to, with a fresh state, nonce (22 characters of 128
    /// random bits) and PKCE S256 challenge, asking for at least `level`. With `fresh`, the
    /// provider is asked to make the person sign in again whatever session it holds
    /// (`prompt=login`, `max_age=0`), to prove it is them now; its `auth_time` says whether it did.
    pub async fn start(&self, level: Level, ui_locale: &str, fresh: bool) -> Result<Started, ProviderError> {
        let metadata = self.metadata().await?;
        let client = self.client(&metadata);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(AuthenticationFlow::<CoreResponseType>::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .set_pkce_challenge(challenge)
            .add_scopes(self.config.scopes.iter().filter(|s| *s != "openid").map(|s| Scope::new(s.clone())));
        request = request.add_ui_locale(openidconnect::LanguageTag::new(ui_locale.to_owned()));
        if fresh {
            request = request.add_prompt(CoreAuthPrompt::Login).set_max_age(Duration::ZERO);
        }
        for (name, value) in self.config.params_for(level) {
            request = request.add_extra_param(name, value);
        }
        let (url, state, nonce) = request.url();
        Ok(Started { url: url.to_string(), state: state.secret().clone(), nonce: nonce.secret().clone(), pkce_verifier: verifier.secret().clone() })
    }

    /// A `private_key_jwt` client assertion for the token endpoint (RFC 7523).
    fn client_assertion(&self, token_endpoint: &str) -> Result<String, ProviderError> {
        let key = self.signing_key.as_ref().ok_or_else(|| ProviderError::Refused("no signing key".into()))?;
        let now = chrono::Utc::now().timestamp();
        let claims = serde_json::json!({
            "iss": self.config.client_id,
            "sub": self.config.client_id,
            "aud": token_endpoint,
            "jti": crate::tokens::random_token(),
            "iat": now,
            "exp": now + 300,
        });
        key.sign(&claims).map_err(ProviderError::Refused)
    }

    /// Exchanges the code for tokens and checks the ID token: signature (with the keys fetched
    /// again once if it names an unknown key), issuer, audience, expiry, issue time, nonce. The
    /// level of assurance is read, not judged: the caller compares it with what was asked.
    pub async fn finish(&self, code: &str, pkce_verifier: &str, nonce: &str) -> Result<Verified, ProviderError> {
        let metadata = self.metadata().await?;
        let client = self.client(&metadata);
        let mut request = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| ProviderError::Down(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()));
        if self.config.client_auth == ClientAuth::PrivateKeyJwt {
            let endpoint = metadata.token_endpoint().map(|u| u.to_string()).unwrap_or_default();
            request = request
                .add_extra_param("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .add_extra_param("client_assertion", self.client_assertion(&endpoint)?);
        }
        let response = request.request_async(&self.http).await.map_err(|e| match e {
            openidconnect::RequestTokenError::ServerResponse(refused) => ProviderError::Refused(refused.error().to_string()),
            openidconnect::RequestTokenError::Request(e) => ProviderError::Down(error_chain(&e)),
            other => ProviderError::Token(error_chain(&other)),
        })?;
        let token = openidconnect::TokenResponse::id_token(&response).ok_or_else(|| ProviderError::Token("no ID token".into()))?.clone();
        let mut verified = self.verify(&token, nonce).await?;
        if self.config.userinfo {
            let access = openidconnect::OAuth2TokenResponse::access_token(&response).clone();
            self.add_user_info(&client, access, &mut verified).await?;
        }
        Ok(verified)
    }

    /// Fills in what the ID token did not say from the userinfo endpoint, whose answer must be
    /// about the same subject.
    async fn add_user_info(&self, client: &OidcClient, access: openidconnect::AccessToken, verified: &mut Verified) -> Result<(), ProviderError> {
        let request = client
            .user_info(access, Some(openidconnect::SubjectIdentifier::new(verified.subject.clone())))
            .map_err(|e| ProviderError::Down(e.to_string()))?;
        let info: openidconnect::UserInfoClaims<ExtraClaims, CoreGenderClaim> = request.request_async(&self.http).await.map_err(|e| match e {
            openidconnect::UserInfoError::Request(e) => ProviderError::Down(error_chain(&e)),
            other => ProviderError::Token(error_chain(&other)),
        })?;
        if verified.email.is_none() {
            verified.email = info.email().map(|e| e.as_str().to_owned());
            verified.email_verified = info.email_verified() == Some(true);
        }
        if verified.phone.is_none() {
            verified.phone = info.phone_number().filter(|_| info.phone_number_verified() == Some(true)).map(|p| p.as_str().to_owned());
        }
        if verified.given_name.is_none() && verified.family_name.is_none() {
            verified.given_name = info.given_name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned());
            verified.family_name = info.family_name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned());
        }
        if verified.birthdate.is_none() {
            verified.birthdate = info.birthdate().map(|d| d.as_str().to_owned());
        }
        Ok(())
    }

    /// Checks an ID token as [`Provider::finish`] does (tests forge tokens and call this).
    pub async fn verify(&self, token: &Token, nonce: &str) -> Result<Verified, ProviderError> {
        let first = self.verify_with(&self.metadata().await?, token, nonce);
        let claims = match first {
            Err(openidconnect::ClaimsVerificationError::SignatureVerification(openidconnect::SignatureVerificationError::NoMatchingKey))
                if self.refetch_keys().await =>
            {
                self.verify_with(&self.metadata().await?, token, nonce)
            }
            other => other,
        }
        .map_err(|e| ProviderError::Token(e.to_string()))?;
        let extra = &claims.additional_claims().other;
        let claimed_level = self.config.level_claim.as_deref().and_then(|name| match name {
            "acr" => claims.auth_context_ref().map(|a| a.as_str().to_owned()),
            other => extra.get(other).and_then(|v| v.as_str()).map(str::to_owned),
        });
        let level = self.config.level_of(claimed_level.as_deref()).ok_or_else(|| ProviderError::Token("no known level of assurance".into()))?;
        let groups = extra
            .get(&self.config.groups_claim)
            .and_then(|v| v.as_array())
            .map(|a| a.iter().filter_map(|g| g.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        Ok(Verified {
            issuer: claims.issuer().as_str().to_owned(),
            subject: claims.subject().as_str().to_owned(),
            level,
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified() == Some(true),
            given_name: claims.given_name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned()),
            family_name: claims.family_name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned()),
            birthdate: claims.birthdate().map(|d| d.as_str().to_owned()),
            phone: claims.phone_number().filter(|_| claims.phone_number_verified() == Some(true)).map(|p| p.as_str().to_owned()),
            groups,
            sid: extra.get("sid").and_then(|v| v.as_str()).map(str::to_owned),
            auth_time: claims.auth_time().map(|t| t.timestamp()),
            raw: token.to_string(),
        })
    }

    fn verify_with(
        &self,
        metadata: &Metadata,
        token: &Token,
        nonce: &str,
    ) -> Result<openidconnect::IdTokenClaims<ExtraClaims, CoreGenderClaim>, openidconnect::ClaimsVerificationError> {
        let algs: Vec<CoreJwsSigningAlgorithm> =
            self.config.signing_algs.iter().filter_map(|a| serde_json::from_value(serde_json::Value::String(a.clone())).ok()).collect();
        let verifier = IdTokenVerifier::new_public_client(
            ClientId::new(self.config.client_id.clone()),
            IssuerUrl::new(self.config.issuer.clone()).map_err(|e| openidconnect::ClaimsVerificationError::Other(e.to_string()))?,
            metadata.jwks().clone(),
        )
        .set_allowed_algs(algs)
        .set_issue_time_verifier_fn(|iat| {
            let skew = (chrono::Utc::now() - iat).num_seconds();
            if skew.abs() > IAT_SKEW_SECONDS {
                Err(format!("issued {skew} s from now"))
            } else {
                Ok(())
            }
        });
        token.clone().into_claims(&verifier, &Nonce::new(nonce.to_owned()))
    }

    /// Where to send the person at sign-out, to end the provider's session too: its
    /// end-session endpoint with the ID token as a hint and the page to come back to.
    pub async fn end_session_url(&self, id_token: &str, back_to: &str) -> Option<String> {
        let metadata = self.metadata().await.ok()?;
        let endpoint = metadata.additional_metadata().end_session_endpoint.clone()?;
        let mut url = endpoint.url().clone();
        url.query_pairs_mut()
            .append_pair("id_token_hint", id_token)
            .append_pair("post_logout_redirect_uri", back_to)
            .append_pair("client_id", &self.config.client_id);
        Some(url.to_string())
    }

    /// The provider's keys as cached (for checking a logout token), fetched again once if
    /// `kid` is not among them.
    pub async fn keys_for(&self, kid: Option<&str>) -> Result<Keys, ProviderError> {
        let keys = self.metadata().await?.jwks().clone();
        let known = |keys: &Keys| kid.is_none_or(|kid| keys.keys().iter().any(|k| openidconnect::JsonWebKey::key_id(k).is_some_and(|id| id.as_str() == kid)));
        if known(&keys) || !self.refetch_keys().await {
            return Ok(keys);
        }
        Ok(self.metadata().await?.jwks().clone())
    }

    /// Whether the provider names itself on the callback (so a callback without `iss` is refused).
    pub async fn sends_iss(&self) -> bool {
        self.metadata().await.ok().and_then(|m| m.additional_metadata().authorization_response_iss_parameter_supported) == Some(true)
    }
}

/// An error and its causes on one line (reqwest hides the useful part in its source).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
