//! Levels of assurance: how sure a provider is of who signed in. Portico has three, in order,
//! and each provider's configuration says which of its own values means which (GOV.UK One
//! Login's `Cl.Cm` is `medium`, `Cl.Cm.P2` is `high`). A service may require one (step-up).
//!
//! Plain Rust, shared with the browser build: service definitions name a level.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_read_back_as_written() {
        assert!(Level::Low < Level::Medium && Level::Medium < Level::High);
        for level in Level::ALL {
            assert_eq!(Level::parse(level.as_str()), Some(level));
        }
        assert_eq!(Level::parse("HIGH"), None);
    }
}
