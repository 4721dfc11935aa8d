//! A request's status and the only transitions allowed between them, in one place. Casework and
//! the citizen's pages ask `allowed` before every change and the store checks again inside the
//! transaction, so no code path can move a request where the workflow does not go.
//!
//! ```text
//! submitted → in review ⇄ waiting for the citizen
//!             in review → approved | rejected → closed
//! submitted | in review | waiting → withdrawn (by the citizen) → closed
//! ```

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Submitted,
    InReview,
    WaitingForCitizen,
    Approved,
    Rejected,
    Withdrawn,
    Closed,
}

/// Who asks for a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Staff,
    Citizen,
}

impl Status {
    pub const ALL: [Status; 7] =
        [Self::Submitted, Self::InReview, Self::WaitingForCitizen, Self::Approved, Self::Rejected, Self::Withdrawn, Self::Closed];

    /// As stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::InReview => "in_review",
            Self::WaitingForCitizen => "waiting_for_citizen",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The Fluent message naming this status.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Submitted => "status-submitted",
            Self::InReview => "status-in-review",
            Self::WaitingForCitizen => "status-waiting-for-citizen",
            Self::Approved => "status-approved",
            Self::Rejected => "status-rejected",
            Self::Withdrawn => "status-withdrawn",
            Self::Closed => "status-closed",
        }
    }

    /// Still being worked on: the deadline matters.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Submitted | Self::InReview | Self::WaitingForCitizen)
    }

    /// A decision, which the citizen is told with its reason.
    pub fn is_decision(self) -> bool {
        matches!(self, Self::Approved | Self::Rejected)
    }

    /// Where `actor` may move a request from here.
    pub fn next(self, actor: Actor) -> &'static [Status] {
        use Status::*;
        match (actor, self) {
            (Actor::Staff, Submitted) => &[InReview],
            (Actor::Staff, InReview) => &[WaitingForCitizen, Approved, Rejected],
            (Actor::Staff, WaitingForCitizen) => &[InReview],
            (Actor::Staff, Approved | Rejected | Withdrawn) => &[Closed],
            (Actor::Citizen, Submitted | InReview) => &[Withdrawn],
            // Answering a request for more information puts it back in review.
            (Actor::Citizen, WaitingForCitizen) => &[InReview, Withdrawn],
            _ => &[],
        }
    }
}

/// Whether `actor` may move a request from `from` to `to`.
pub fn allowed(from: Status, to: Status, actor: Actor) -> bool {
    from.next(actor).contains(&to)
}

/// Decisions need a reason, which the citizen sees.
pub fn needs_reason(to: Status) -> bool {
    to.is_decision()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn every_status_round_trips_through_its_stored_name() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("lost"), None);
    }

    #[test]
    fn the_workflow_allows_exactly_the_documented_transitions() {
        let staff = [
            (Submitted, InReview),
            (InReview, WaitingForCitizen),
            (InReview, Approved),
            (InReview, Rejected),
            (WaitingForCitizen, InReview),
            (Approved, Closed),
            (Rejected, Closed),
            (Withdrawn, Closed),
        ];
        let citizen = [(Submitted, Withdrawn), (InReview, Withdrawn), (WaitingForCitizen, Withdrawn), (WaitingForCitizen, InReview)];
        for from in Status::ALL {
            for to in Status::ALL {
                assert_eq!(allowed(from, to, Actor::Staff), staff.contains(&(from, to)), "staff {from:?} → {to:?}");
                assert_eq!(allowed(from, to, Actor::Citizen), citizen.contains(&(from, to)), "citizen {from:?} → {to:?}");
            }
        }
    }

    #[test]
    fn only_decisions_need_a_reason_and_closed_is_the_end() {
        assert!(needs_reason(Approved) && needs_reason(Rejected));
        assert!(!needs_reason(InReview) && !needs_reason(Closed));
        assert!(Closed.next(Actor::Staff).is_empty() && Closed.next(Actor::Citizen).is_empty());
    }
}
