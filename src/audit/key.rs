//! The Ed25519 key that signs audit checkpoints, read from configuration. It stands apart from
//! the checkpoints themselves so that the configuration can hold one without importing the
//! database code.

use ed25519_dalek::{Signer, Verifier};
use std::fmt;

/// The key checkpoints are signed with. Its `Debug` never shows the secret.
#[derive(Clone)]
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
    /// The published development key (no `PORTICO_AUDIT_SIGNING_KEY`): proves nothing.
    pub development: bool,
}

impl SigningKey {
    /// The seed of the development key: public, written here and in docs/audit.md, so that
    /// checkpoints signed with it prove nothing but a development database stays verifiable.
    const DEVELOPMENT_SEED: &'static str = "portico development audit key: not a secret";

    /// The development key: the SHA-256 of [`Self::DEVELOPMENT_SEED`] as the Ed25519 seed.
    pub fn development() -> Self {
        use sha2::Digest;
        let seed: [u8; 32] = sha2::Sha256::digest(Self::DEVELOPMENT_SEED.as_bytes()).into();
        Self { key: ed25519_dalek::SigningKey::from_bytes(&seed), development: true }
    }

    /// A key from its 32-byte seed in hexadecimal (64 characters, e.g. `openssl rand -hex 32`).
    pub fn parse(hex_seed: &str) -> Result<Self, String> {
        let bytes = hex::decode(hex_seed.trim()).map_err(|_| "must be 64 hexadecimal characters (e.g. the output of openssl rand -hex 32)".to_owned())?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| "must be 64 hexadecimal characters: a 32-byte Ed25519 seed".to_owned())?;
        Ok(Self { key: ed25519_dalek::SigningKey::from_bytes(&seed), development: false })
    }

    /// The public key, hexadecimal (32 bytes): what anyone checks a checkpoint with.
    pub fn public_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }

    pub(super) fn sign(&self, message: &[u8]) -> String {
        hex::encode(self.key.sign(message).to_bytes())
    }

    /// Whether `signature` (hexadecimal) is this key's over `message` (a checkpoint's heads).
    pub fn verifies(&self, message: &[u8], signature: &str) -> bool {
        let Ok(bytes) = hex::decode(signature) else { return false };
        let Ok(signature) = ed25519_dalek::Signature::from_slice(&bytes) else { return false };
        self.key.verifying_key().verify(message, &signature).is_ok()
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey(public {}, development: {})", self.public_hex(), self.development)
    }
}
