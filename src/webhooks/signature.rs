//! Standard Webhooks signatures (<https://www.standardwebhooks.com>, "Signature scheme"): the
//! secret is `whsec_` and the base64 of at least 24 random bytes; each delivery carries
//! `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64>`, the
//! HMAC-SHA256, keyed with the secret's bytes, of `<id>.<timestamp>.<body>`.
//!
//! Portico's own tests of this module only check the shape; whether a receiver accepts it is
//! tested with the specification's reference library (`tests/api/webhooks.rs`).

use base64::{engine::general_purpose::STANDARD, Engine};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// An endpoint's signing secret, `whsec_<base64>`. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    const PREFIX: &'static str = "whsec_";

    /// A new secret of 32 random bytes (the specification asks for 24 to 64).
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(format!("{}{}", Self::PREFIX, STANDARD.encode(bytes)))
    }

    /// A stored secret; `None` when it is not `whsec_` and base64 of 24 to 64 bytes.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = STANDARD.decode(text.strip_prefix(Self::PREFIX)?).ok()?;
        (24..=64).contains(&bytes.len()).then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn key(&self) -> Vec<u8> {
        // `parse` and `generate` only ever make valid ones.
        STANDARD.decode(&self.0[Self::PREFIX.len()..]).unwrap_or_default()
    }

    /// The `webhook-signature` header's value for message `id` sent at `timestamp` with `body`.
    pub fn sign(&self, id: &str, timestamp: i64, body: &str) -> String {
        // HMAC takes a key of any length: `new_from_slice` cannot fail for it.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key()) else { return String::new() };
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body.as_bytes());
        format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A new message id, `msg_<random>`: the same for every attempt at one delivery.
pub fn message_id() -> String {
    format!("msg_{}", crate::tokens::random_token())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_secret_is_whsec_and_32_bytes_and_reads_back() {
        let secret = Secret::generate();
        assert!(secret.as_str().starts_with("whsec_"));
        assert_eq!(secret.key().len(), 32);
        assert_eq!(Secret::parse(secret.as_str()), Some(secret.clone()));
        assert_ne!(Secret::generate(), secret, "random");
        assert_eq!(format!("{secret:?}"), "Secret(…)");
    }

    #[test]
    fn secrets_of_the_wrong_shape_are_refused() {
        for text in ["", "whsec_", "whsec_!!!", "abc_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_c2hvcnQ="] {
            assert_eq!(Secret::parse(text), None, "{text}");
        }
    }

    #[test]
    fn the_signature_is_v1_and_depends_on_id_time_body_and_secret() {
        let secret = Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let signature = secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 2432232314}"#);
        // The example in the specification's test vectors (standard-webhooks, libraries/).
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assert_ne!(secret.sign("msg_other", 1614265330, r#"{"test": 2432232314}"#), signature);
        assert_ne!(secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331, r#"{"test": 2432232314}"#), signature);
        assert_ne!(secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 1}"#), signature);
        assert_ne!(Secret::generate().sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 2432232314}"#), signature);
    }
}
