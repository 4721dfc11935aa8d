//! Back-channel logout (OpenID Connect Back-Channel Logout 1.0): the provider posts a signed
//! logout token when a person signs out there, and Portico ends every session that person holds
//! through that provider. `openidconnect` does not read logout tokens, so the checks are here,
//! using its keys to verify the signature: a known key and an allowed algorithm, the issuer,
//! our client id among the audiences, issued within five minutes of now and not expired, the
//! back-channel logout event, no nonce (an ID token cannot pass as one), a `jti` (the caller
//! refuses one seen before) and a `sub` or `sid`.

use super::provider::Keys;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use openidconnect::{core::CoreJwsSigningAlgorithm, JsonWebKey};

const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
const SKEW_SECONDS: i64 = 300;
/// A token without `exp` is remembered (against replay) this long.
pub const DEFAULT_LIFETIME_SECONDS: i64 = 600;

/// What a logout token that passed every check says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logout {
    pub subject: Option<String>,
    pub sid: Option<String>,
    pub jti: String,
    /// Unix seconds: until when the `jti` must be remembered.
    pub expires_at: i64,
}

/// What the provider is expected to be.
pub struct Expected<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub algs: &'a [String],
}

/// Checks `token` against the provider's `keys`; the problem, for the log, if it fails.
pub fn check(token: &str, keys: &Keys, expected: &Expected<'_>, now: i64) -> Result<Logout, String> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err("not a signed JWT".into());
    };
    let header: serde_json::Value = decode(header).ok_or("header is not base64url JSON")?;
    let alg_name = header.get("alg").and_then(|a| a.as_str()).ok_or("no alg")?;
    if !expected.algs.iter().any(|a| a == alg_name) {
        return Err(format!("algorithm {alg_name} not allowed"));
    }
    let alg: CoreJwsSigningAlgorithm = serde_json::from_value(serde_json::Value::String(alg_name.to_owned())).map_err(|_| "unknown alg")?;
    let kid = header.get("kid").and_then(|k| k.as_str());
    let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| "signature is not base64url")?;
    let message = &token[..header_and_payload_len(token)];
    let verified = keys
        .keys()
        .iter()
        .filter(|key| kid.is_none_or(|kid| key.key_id().is_some_and(|id| id.as_str() == kid)))
        .any(|key| key.verify_signature(&alg, message.as_bytes(), &signature).is_ok());
    if !verified {
        return Err("signature not made by the provider's keys".into());
    }
    let claims: serde_json::Value = decode(payload).ok_or("payload is not base64url JSON")?;
    let text = |name: &str| claims.get(name).and_then(|v| v.as_str()).map(str::to_owned);
    if text("iss").as_deref() != Some(expected.issuer) {
        return Err("wrong issuer".into());
    }
    let audience_ok = match claims.get("aud") {
        Some(serde_json::Value::String(aud)) => aud == expected.client_id,
        Some(serde_json::Value::Array(auds)) => auds.iter().any(|a| a.as_str() == Some(expected.client_id)),
        _ => false,
    };
    if !audience_ok {
        return Err("not for this client".into());
    }
    let iat = claims.get("iat").and_then(|v| v.as_i64()).ok_or("no iat")?;
    if (now - iat).abs() > SKEW_SECONDS {
        return Err("issued too far from now".into());
    }
    let exp = claims.get("exp").and_then(|v| v.as_i64());
    if exp.is_some_and(|exp| now >= exp) {
        return Err("expired".into());
    }
    if claims.get("events").and_then(|e| e.get(EVENT)).is_none_or(|e| !e.is_object()) {
        return Err("no back-channel logout event".into());
    }
    if claims.get("nonce").is_some() {
        return Err("a nonce: an ID token, not a logout token".into());
    }
    let jti = text("jti").filter(|j| !j.is_empty() && j.len() <= 256).ok_or("no jti")?;
    let (subject, sid) = (text("sub"), text("sid"));
    if subject.is_none() && sid.is_none() {
        return Err("neither sub nor sid".into());
    }
    Ok(Logout { subject, sid, jti, expires_at: exp.unwrap_or(now + DEFAULT_LIFETIME_SECONDS).max(now) })
}

fn header_and_payload_len(token: &str) -> usize {
    token.rfind('.').unwrap_or(0)
}

fn decode(part: &str) -> Option<serde_json::Value> {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::provider::SigningKey;

    fn key(pem: &str, kid: &str) -> SigningKey {
        SigningKey::from_config(&crate::identity::config::SigningKeyConfig { pem: pem.into(), kid: kid.into() }).unwrap()
    }
    const PEM: &str = include_str!("../../tests/oidc/portico-test-key.pem");
    const OTHER: &str = include_str!("../../tests/oidc/other-test-key.pem");
    const NOW: i64 = 1_900_000_000;

    fn claims() -> serde_json::Value {
        serde_json::json!({
            "iss": "https://op.example/", "aud": "portico", "iat": NOW, "exp": NOW + 120, "jti": "j1", "sub": "s1",
            "events": { EVENT: {} }
        })
    }

    fn expected() -> (Keys, Vec<String>) {
        (Keys::new(vec![key(PEM, "k1").public_jwk()]), vec!["RS256".into()])
    }

    #[test]
    fn a_logout_token_signed_by_the_provider_names_whom_to_sign_out() {
        let (keys, algs) = expected();
        let token = key(PEM, "k1").sign(&claims()).unwrap();
        let logout = check(&token, &keys, &Expected { issuer: "https://op.example/", client_id: "portico", algs: &algs }, NOW).unwrap();
        assert_eq!((logout.subject.as_deref(), logout.jti.as_str(), logout.expires_at), (Some("s1"), "j1", NOW + 120));
    }

    #[test]
    fn every_broken_logout_token_is_refused() {
        let (keys, algs) = expected();
        let e = Expected { issuer: "https://op.example/", client_id: "portico", algs: &algs };
        let signed = |c: serde_json::Value| key(PEM, "k1").sign(&c).unwrap();
        let with = |name: &str, value: serde_json::Value| {
            let mut c = claims();
            c[name] = value;
            signed(c)
        };
        let without = |name: &str| {
            let mut c = claims();
            c.as_object_mut().unwrap().remove(name);
            signed(c)
        };
        let cases = [
            ("another key", key(OTHER, "k1").sign(&claims()).unwrap()),
            ("wrong issuer", with("iss", "https://evil.example/".into())),
            ("wrong audience", with("aud", "someone-else".into())),
            ("expired", with("exp", (NOW - 1).into())),
            ("issued long ago", with("iat", (NOW - 3600).into())),
            ("a nonce", with("nonce", "n".into())),
            ("no event", without("events")),
            ("no jti", without("jti")),
            ("garbage", "a.b.c".to_owned()),
            ("not a JWT", "nonsense".to_owned()),
        ];
        for (what, token) in cases {
            assert!(check(&token, &keys, &e, NOW).is_err(), "{what} passed");
        }
        let mut c = claims();
        c.as_object_mut().unwrap().remove("sub");
        assert!(check(&signed(c), &keys, &e, NOW).is_err(), "neither sub nor sid");
        let es = ["ES256".to_owned()];
        assert!(check(&signed(claims()), &keys, &Expected { algs: &es, ..e }, NOW).is_err(), "an algorithm not allowed");
    }
}
