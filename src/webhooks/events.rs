//! What happens to a request that other systems can hear about, and the JSON they receive.
//!
//! The payload has stable field names and carries what a receiver needs to find the request
//! (through the API) and route it, and no personal data: no answers, names, addresses or message
//! text. A receiver that needs more asks `/api/v1` with a key scoped to the team.

use crate::requests::store::RequestRow;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// An event type, as named in `type` and chosen per endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventType {
    /// A citizen (or guest) sent a new request.
    Submitted,
    /// The request moved along the workflow (`status`, `previous_status`).
    StatusChanged,
    /// The citizen wrote a message about their request.
    MessageReceived,
    /// The citizen answered a request for more information.
    InformationSupplied,
}

impl EventType {
    pub const ALL: [EventType; 4] = [Self::Submitted, Self::StatusChanged, Self::MessageReceived, Self::InformationSupplied];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "request.submitted",
            Self::StatusChanged => "request.status_changed",
            Self::MessageReceived => "request.message_received",
            Self::InformationSupplied => "request.information_supplied",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// Its name for people, a Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Submitted => "webhooks-event-submitted",
            Self::StatusChanged => "webhooks-event-status-changed",
            Self::MessageReceived => "webhooks-event-message-received",
            Self::InformationSupplied => "webhooks-event-information-supplied",
        }
    }
}

/// Something that happened to a request, as the caller's transaction sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventType,
    pub reference: String,
    pub service: String,
    pub service_version: i64,
    pub team: String,
    pub status: String,
    pub previous_status: Option<String>,
    pub at: DateTime<Utc>,
}

impl Event {
    /// `kind` happened to `request` (as it is after the change) just now.
    pub fn of(kind: EventType, request: &RequestRow) -> Self {
        Self {
            kind,
            reference: request.reference.clone(),
            service: request.service.clone(),
            service_version: request.version,
            team: request.team.clone(),
            status: request.status.clone(),
            previous_status: None,
            at: Utc::now(),
        }
    }

    /// A request just sent.
    pub fn submitted(reference: &str, service: &str, service_version: i64, team: &str) -> Self {
        Self {
            kind: EventType::Submitted,
            reference: reference.to_owned(),
            service: service.to_owned(),
            service_version,
            team: team.to_owned(),
            status: "submitted".to_owned(),
            previous_status: None,
            at: Utc::now(),
        }
    }

    /// The citizen answered a request for more information on `request` (as it was before), and
    /// so it is back in review: both events.
    pub fn information_supplied(request: &RequestRow) -> [Self; 2] {
        let back = RequestRow { status: "in_review".to_owned(), ..request.clone() };
        [
            Self::of(EventType::InformationSupplied, &back),
            Self::of(EventType::StatusChanged, &back).from_status(&request.status),
        ]
    }

    /// The status it had before.
    pub fn from_status(mut self, previous: &str) -> Self {
        self.previous_status = Some(previous.to_owned());
        self
    }

    /// The body sent, as JSON text.
    pub fn payload(&self) -> String {
        #[derive(Serialize)]
        struct Payload<'a> {
            r#type: &'static str,
            timestamp: String,
            data: Data<'a>,
        }
        #[derive(Serialize)]
        struct Data<'a> {
            reference: &'a str,
            service: &'a str,
            service_version: i64,
            team: &'a str,
            status: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            previous_status: Option<&'a str>,
        }
        let payload = Payload {
            r#type: self.kind.as_str(),
            timestamp: self.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            data: Data {
                reference: &self.reference,
                service: &self.service,
                service_version: self.service_version,
                team: &self.team,
                status: &self.status,
                previous_status: self.previous_status.as_deref(),
            },
        };
        serde_json::to_string(&payload).unwrap_or_else(|_| "{}".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_type_reads_back_from_its_name() {
        for kind in EventType::ALL {
            assert_eq!(EventType::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EventType::parse("request.deleted"), None);
    }

    #[test]
    fn the_payload_has_stable_names_and_no_personal_data() {
        let event = Event {
            kind: EventType::StatusChanged,
            reference: "ABCD2345".into(),
            service: "bulky-waste".into(),
            service_version: 3,
            team: "waste".into(),
            status: "in_review".into(),
            previous_status: Some("submitted".into()),
            at: DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z").unwrap().with_timezone(&Utc),
        };
        let json: serde_json::Value = serde_json::from_str(&event.payload()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "type": "request.status_changed",
                "timestamp": "2026-12-01T10:00:00.000Z",
                "data": { "reference": "ABCD2345", "service": "bulky-waste", "service_version": 3, "team": "waste", "status": "in_review", "previous_status": "submitted" }
            })
        );
        let first = Event { kind: EventType::Submitted, previous_status: None, ..event };
        assert!(!first.payload().contains("previous_status"));
    }
}
