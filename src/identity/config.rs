//! Identity providers as configuration: the TOML file `PORTICO_IDENTITY_PROVIDERS` names.
//!
//! Each `[[provider]]` is one OpenID provider, for citizens or for staff, with its issuer, client
//! id and client authentication (`client_secret`, the secret read from the environment variable
//! the file names, or `private_key_jwt` with Portico's own key, published at
//! `/identity/jwks.json`), scopes, extra authorization parameters (One Login's `vtr`), the claim
//! that carries a level of assurance with the provider's value for each of Portico's levels,
//! the minimum level, its own callback path, the longest a session it starts may last, and
//! (staff) which of its groups give which role. The format is documented in OPERATIONS.md.
//!
//! Everything is checked at start-up: a mistake stops Portico with one line naming the provider
//! and the setting.

use super::level::Level;
use crate::roles::Role;
use serde::Deserialize;
use std::{collections::BTreeMap, fmt, path::{Path, PathBuf}};

/// Who signs in through a provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Citizens,
    Staff,
}

/// How Portico proves itself to the provider's token endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    /// `client_secret_basic`; the secret itself, read from the environment.
    Secret(SecretText),
    /// `private_key_jwt`: a client assertion signed with Portico's key (RS256).
    PrivateKeyJwt,
}

/// A secret whose `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretText(pub String);

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText(…)")
    }
}

/// One provider, checked.
#[derive(Clone, Debug)]
pub struct ProviderConfig {
    /// Short name in addresses (`/sign-in/with/{id}`): lowercase letters, digits and hyphens.
    pub id: String,
    pub audience: Audience,
    /// The provider's own name (a brand, shown as it is: "GOV.UK One Login").
    pub name: String,
    /// Exactly as the provider's discovery document states it.
    pub issuer: String,
    pub client_id: String,
    pub client_auth: ClientAuth,
    pub scopes: Vec<String>,
    /// Added to every authorization request.
    pub authorization_params: BTreeMap<String, String>,
    /// The ID token claim that states the level of assurance (`acr`, One Login's `vot`); none
    /// means every sign-in through this provider counts as `assumed_level`.
    pub level_claim: Option<String>,
    /// The claim's value for each of Portico's levels.
    pub levels: BTreeMap<Level, String>,
    /// Replaces authorization parameters when a service asks for a level (step-up).
    pub level_params: BTreeMap<Level, BTreeMap<String, String>>,
    /// A sign-in below this is refused.
    pub minimum_level: Level,
    /// The level of a provider without a level claim.
    pub assumed_level: Level,
    /// The path the provider returns to, registered with it.
    pub callback_path: String,
    /// The longest a Portico session begun here may last (the provider's stated maximum).
    pub max_session_minutes: Option<i64>,
    /// ID token signature algorithms accepted (`RS256`, `ES256`, …).
    pub signing_algs: Vec<String>,
    /// Also read the userinfo endpoint after the ID token (One Login gives the email address and
    /// phone number there, not in the ID token); its `sub` must be the ID token's.
    pub userinfo: bool,
    /// Staff: the claim listing the person's groups, and which group gives which role.
    pub groups_claim: String,
    pub group_roles: BTreeMap<String, Role>,
}

/// Portico's own key for `private_key_jwt`: an RSA private key (PKCS#1 PEM) and its key id.
#[derive(Clone)]
pub struct SigningKeyConfig {
    pub pem: String,
    pub kid: String,
}

impl fmt::Debug for SigningKeyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKeyConfig {{ kid: {:?}, pem: … }}", self.kid)
    }
}

/// Every provider, and Portico's key when one of them needs it.
#[derive(Clone, Debug, Default)]
pub struct ProvidersConfig {
    pub providers: Vec<ProviderConfig>,
    pub signing_key: Option<SigningKeyConfig>,
}

/// A problem with the file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvidersError(pub String);

impl fmt::Display for ProvidersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProvidersError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    signing_key: Option<KeyFormat>,
    #[serde(default)]
    provider: Vec<ProviderFormat>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFormat {
    file: PathBuf,
    kid: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderFormat {
    id: String,
    #[serde(rename = "for")]
    audience: Audience,
    name: String,
    issuer: String,
    client_id: String,
    client_auth: String,
    client_secret_env: Option<String>,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    authorization_params: BTreeMap<String, String>,
    level_claim: Option<String>,
    #[serde(default)]
    levels: BTreeMap<String, String>,
    #[serde(default)]
    level_params: BTreeMap<String, BTreeMap<String, String>>,
    minimum_level: Option<String>,
    assumed_level: Option<String>,
    callback_path: Option<String>,
    max_session_minutes: Option<i64>,
    #[serde(default)]
    signing_algs: Vec<String>,
    groups_claim: Option<String>,
    #[serde(default)]
    group_roles: BTreeMap<String, String>,
    #[serde(default)]
    userinfo: bool,
}

/// Parameters Portico sets itself: a provider's file may not override them.
const RESERVED_PARAMS: [&str; 9] =
    ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method", "response_mode"];

/// The signature algorithms openidconnect checks (HMAC is left out: a client secret is not a
/// signing key here).
const KNOWN_ALGS: [&str; 10] = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

impl ProvidersConfig {
    /// Reads and checks the file at `path`; `env` looks up the secrets it names.
    pub fn load(path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Self, ProvidersError> {
        let text = std::fs::read_to_string(path).map_err(|e| ProvidersError(format!("{}: {e}", path.display())))?;
        let base = path.parent().unwrap_or(Path::new("."));
        Self::parse(&text, base, env).map_err(|ProvidersError(p)| ProvidersError(format!("{}: {p}", path.display())))
    }

    /// Checks the file's text; a key file named relative to it is read from `base`.
    pub fn parse(text: &str, base: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<Self, ProvidersError> {
        let file: FileFormat = toml::from_str(text).map_err(|e| ProvidersError(e.message().to_owned()))?;
        let signing_key = match file.signing_key {
            None => None,
            Some(key) => {
                let path = if key.file.is_absolute() { key.file.clone() } else { base.join(&key.file) };
                let pem = std::fs::read_to_string(&path).map_err(|e| ProvidersError(format!("signing_key.file {}: {e}", path.display())))?;
                openidconnect::core::CoreRsaPrivateSigningKey::from_pem(&pem, None)
                    .map_err(|e| ProvidersError(format!("signing_key.file {}: not an RSA private key in PKCS#1 PEM ({e})", path.display())))?;
                if key.kid.trim().is_empty() {
                    return Err(ProvidersError("signing_key.kid: must not be empty".into()));
                }
                Some(SigningKeyConfig { pem, kid: key.kid })
            }
        };
        let mut providers = Vec::new();
        for raw in file.provider {
            let id = raw.id.clone();
            let provider = check(raw, env).map_err(|p| ProvidersError(format!("provider {id}: {p}")))?;
            if provider.client_auth == ClientAuth::PrivateKeyJwt && signing_key.is_none() {
                return Err(ProvidersError(format!("provider {id}: client_auth = \"private_key_jwt\" needs a [signing_key]")));
            }
            if providers.iter().any(|p: &ProviderConfig| p.id == provider.id) {
                return Err(ProvidersError(format!("provider {id}: a second provider with this id")));
            }
            if providers.iter().any(|p: &ProviderConfig| p.callback_path == provider.callback_path) {
                return Err(ProvidersError(format!("provider {id}: callback_path {} is another provider's", provider.callback_path)));
            }
            providers.push(provider);
        }
        Ok(Self { providers, signing_key })
    }

    pub fn get(&self, id: &str) -> Option<&ProviderConfig> {
        self.providers.iter().find(|p| p.id == id)
    }
}

fn level(text: &str, setting: &str) -> Result<Level, String> {
    Level::parse(text).ok_or_else(|| format!("{setting}: '{text}' is not a level (low, medium or high)"))
}

fn check(raw: ProviderFormat, env: &dyn Fn(&str) -> Option<String>) -> Result<ProviderConfig, String> {
    if raw.id.is_empty() || raw.id.len() > 40 || !raw.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err("id: use 1 to 40 lowercase letters, digits and hyphens".into());
    }
    if raw.name.trim().is_empty() {
        return Err("name: must not be empty".into());
    }
    let issuer = openidconnect::url::Url::parse(&raw.issuer).map_err(|e| format!("issuer: not a URL ({e})"))?;
    if issuer.scheme() != "https" && !matches!(issuer.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")) {
        return Err("issuer: must be https (plain http only for a provider on this machine)".into());
    }
    if raw.client_id.trim().is_empty() {
        return Err("client_id: must not be empty".into());
    }
    let client_auth = match (raw.client_auth.as_str(), &raw.client_secret_env) {
        ("private_key_jwt", None) => ClientAuth::PrivateKeyJwt,
        ("private_key_jwt", Some(_)) => return Err("client_secret_env: not used with private_key_jwt".into()),
        ("client_secret", Some(var)) => match env(var).filter(|s| !s.trim().is_empty()) {
            Some(secret) => ClientAuth::Secret(SecretText(secret)),
            None => return Err(format!("client_secret_env: the environment variable {var} is not set")),
        },
        ("client_secret", None) => return Err("client_secret_env: name the environment variable that holds the secret".into()),
        (other, _) => return Err(format!("client_auth: '{other}' is not private_key_jwt or client_secret")),
    };
    let mut scopes = raw.scopes;
    if !scopes.iter().any(|s| s == "openid") {
        scopes.insert(0, "openid".into());
    }
    for (name, params) in std::iter::once(("authorization_params", &raw.authorization_params)).chain(raw.level_params.values().map(|p| ("level_params", p))) {
        if let Some(reserved) = params.keys().find(|k| RESERVED_PARAMS.contains(&k.as_str())) {
            return Err(format!("{name}: {reserved} is set by Portico itself"));
        }
    }
    let mut levels = BTreeMap::new();
    for (key, value) in &raw.levels {
        levels.insert(level(key, "levels")?, value.clone());
    }
    let mut level_params = BTreeMap::new();
    for (key, params) in raw.level_params {
        level_params.insert(level(&key, "level_params")?, params);
    }
    let minimum_level = raw.minimum_level.as_deref().map(|l| level(l, "minimum_level")).transpose()?.unwrap_or(Level::Low);
    let assumed_level = raw.assumed_level.as_deref().map(|l| level(l, "assumed_level")).transpose()?.unwrap_or(Level::Low);
    if raw.level_claim.is_some() && levels.is_empty() {
        return Err("levels: a level_claim needs the provider's value for each level".into());
    }
    if raw.level_claim.is_none() && assumed_level < minimum_level {
        return Err("assumed_level: below minimum_level, nobody could sign in".into());
    }
    let callback_path = raw.callback_path.unwrap_or_else(|| format!("/identity/{}/callback", raw.id));
    if !callback_path.starts_with('/') || callback_path.starts_with("//") || callback_path.contains(['?', '#', '{', '}', ' ']) {
        return Err(format!("callback_path: '{callback_path}' must be a plain path starting with /"));
    }
    if let Some(minutes) = raw.max_session_minutes {
        if !(1..=7 * 24 * 60).contains(&minutes) {
            return Err("max_session_minutes: between 1 and 10080".into());
        }
    }
    let signing_algs = if raw.signing_algs.is_empty() { vec!["RS256".to_owned()] } else { raw.signing_algs };
    if let Some(alg) = signing_algs.iter().find(|a| !KNOWN_ALGS.contains(&a.as_str())) {
        return Err(format!("signing_algs: '{alg}' is not one of {}", KNOWN_ALGS.join(", ")));
    }
    let mut group_roles = BTreeMap::new();
    for (group, role) in raw.group_roles {
        let role = Role::parse(&role).ok_or_else(|| format!("group_roles: '{role}' is not a role"))?;
        group_roles.insert(group, role);
    }
    if raw.audience == Audience::Citizens && !group_roles.is_empty() {
        return Err("group_roles: only for a provider for staff".into());
    }
    Ok(ProviderConfig {
        id: raw.id,
        audience: raw.audience,
        name: raw.name,
        issuer: raw.issuer,
        client_id: raw.client_id,
        client_auth,
        scopes,
        authorization_params: raw.authorization_params,
        level_claim: raw.level_claim,
        levels,
        level_params,
        minimum_level,
        assumed_level,
        callback_path,
        max_session_minutes: raw.max_session_minutes,
        signing_algs,
        groups_claim: raw.groups_claim.unwrap_or_else(|| "groups".into()),
        userinfo: raw.userinfo,
        group_roles,
    })
}

impl ProviderConfig {
    /// The level a sign-in reached, from the level claim's value; `None` when the value is not
    /// one this provider's configuration knows.
    pub fn level_of(&self, claimed: Option<&str>) -> Option<Level> {
        match &self.level_claim {
            None => Some(self.assumed_level),
            Some(_) => {
                let claimed = claimed?;
                self.levels.iter().filter(|(_, value)| value.as_str() == claimed).map(|(level, _)| *level).max()
            }
        }
    }

    /// The authorization parameters for a sign-in that must reach `level`: the provider's own,
    /// with that level's parameters over them.
    pub fn params_for(&self, level: Level) -> BTreeMap<String, String> {
        let mut params = self.authorization_params.clone();
        if let Some(extra) = self.level_params.get(&level) {
            params.extend(extra.clone());
        }
        params
    }

    /// The role a member of staff's groups give: the highest of them (admin above the rest).
    pub fn role_for_groups(&self, groups: &[String]) -> Option<Role> {
        let roles: Vec<Role> = groups.iter().filter_map(|g| self.group_roles.get(g).copied()).collect();
        if roles.contains(&Role::Admin) {
            return Some(Role::Admin);
        }
        roles.into_iter().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_LOGIN: &str = r#"
[[provider]]
id = "one-login"
for = "citizens"
name = "GOV.UK One Login"
issuer = "https://oidc.integration.account.gov.uk/"
client_id = "abc"
client_auth = "client_secret"
client_secret_env = "SECRET"
scopes = ["email"]
authorization_params = { vtr = '["Cl.Cm"]' }
level_claim = "vot"
levels = { low = "Cl", medium = "Cl.Cm", high = "Cl.Cm.P2" }
level_params = { high = { vtr = '["Cl.Cm.P2"]' } }
minimum_level = "medium"
max_session_minutes = 60
signing_algs = ["ES256"]
"#;

    fn env(name: &str) -> Option<String> {
        (name == "SECRET").then(|| "s3cret".to_owned())
    }

    fn parse(text: &str) -> Result<ProvidersConfig, ProvidersError> {
        ProvidersConfig::parse(text, Path::new("."), &env)
    }

    #[test]
    fn a_one_login_like_provider_reads_with_its_levels_and_step_up_parameters() {
        let config = parse(ONE_LOGIN).unwrap();
        let p = config.get("one-login").unwrap();
        assert_eq!(p.scopes, ["openid", "email"]);
        assert_eq!(p.callback_path, "/identity/one-login/callback");
        assert_eq!(p.client_auth, ClientAuth::Secret(SecretText("s3cret".into())));
        assert!(!format!("{p:?}").contains("s3cret"), "the secret never shows in Debug");
        assert_eq!(p.level_of(Some("Cl.Cm")), Some(Level::Medium));
        assert_eq!(p.level_of(Some("Cl.Cm.P2")), Some(Level::High));
        assert_eq!(p.level_of(Some("P9")), None);
        assert_eq!(p.level_of(None), None);
        assert_eq!(p.params_for(Level::Medium)["vtr"], r#"["Cl.Cm"]"#);
        assert_eq!(p.params_for(Level::High)["vtr"], r#"["Cl.Cm.P2"]"#);
    }

    #[test]
    fn a_missing_secret_a_reserved_parameter_or_an_unknown_level_is_named() {
        let unset = ONE_LOGIN.replace("\"SECRET\"", "\"NOT_SET\"");
        assert!(parse(&unset).unwrap_err().0.contains("NOT_SET is not set"));
        let reserved = ONE_LOGIN.replace("{ vtr = '[\"Cl.Cm\"]' }", "{ nonce = 'x' }");
        assert!(parse(&reserved).unwrap_err().0.contains("nonce is set by Portico"), "{:?}", parse(&reserved));
        let level = ONE_LOGIN.replace("minimum_level = \"medium\"", "minimum_level = \"max\"");
        assert_eq!(parse(&level).unwrap_err().0, "provider one-login: minimum_level: 'max' is not a level (low, medium or high)");
        let http = ONE_LOGIN.replace("https://oidc", "http://oidc");
        assert!(parse(&http).unwrap_err().0.contains("must be https"));
        let typo = ONE_LOGIN.replace("scopes", "scope");
        assert!(parse(&typo).is_err(), "unknown settings are refused");
    }

    #[test]
    fn private_key_jwt_needs_portico_s_key() {
        let text = ONE_LOGIN.replace("client_auth = \"client_secret\"\nclient_secret_env = \"SECRET\"", "client_auth = \"private_key_jwt\"");
        assert!(parse(&text).unwrap_err().0.contains("needs a [signing_key]"));
    }

    #[test]
    fn staff_groups_give_the_highest_role_they_map_to() {
        let text = r#"
[[provider]]
id = "entra"
for = "staff"
name = "Council staff"
issuer = "http://127.0.0.1:9/tenant/v2.0"
client_id = "c"
client_auth = "client_secret"
client_secret_env = "SECRET"
callback_path = "/staff/sign-in/entra/callback"
[provider.group_roles]
"g-case" = "caseworker"
"g-admin" = "admin"
"#;
        let config = parse(text).unwrap();
        let p = config.get("entra").unwrap();
        assert_eq!(p.role_for_groups(&["x".into()]), None);
        assert_eq!(p.role_for_groups(&["g-case".into()]), Some(Role::Caseworker));
        assert_eq!(p.role_for_groups(&["g-case".into(), "g-admin".into()]), Some(Role::Admin));
        assert_eq!(p.level_of(None), Some(Level::Low), "no level claim: the assumed level");
        let citizens = text.replace("for = \"staff\"", "for = \"citizens\"");
        assert!(parse(&citizens).unwrap_err().0.contains("only for a provider for staff"));
        let twice = format!("{text}{}", text.replace("callback_path = \"/staff/sign-in/entra/callback\"", ""));
        assert!(parse(&twice).unwrap_err().0.contains("a second provider"));
    }
}
