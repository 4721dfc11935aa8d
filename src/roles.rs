//! A member of staff's role: what they may do. It sits below everything (sessions carry it, the
//! identity providers' settings map groups to it, the domain modules check it) and needs nothing.

use serde::{Deserialize, Serialize};

/// A member of staff's role. Admins can do everything every other role can.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Works on the requests of their teams.
    Caseworker,
    /// Builds, previews and publishes the services of their teams.
    Designer,
    /// Translates and previews services; nothing else.
    Translator,
    Admin,
}

impl Role {
    /// Every role, as the staff pages list them.
    pub const ALL: [Role; 4] = [Role::Caseworker, Role::Designer, Role::Translator, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Caseworker => "caseworker",
            Self::Designer => "designer",
            Self::Translator => "translator",
            Self::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Where this role's work starts after signing in.
    pub fn home(self) -> &'static str {
        match self {
            Self::Caseworker | Self::Admin => "/staff",
            Self::Designer | Self::Translator => "/staff/designer",
        }
    }
}
