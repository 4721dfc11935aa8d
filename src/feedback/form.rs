//! The feedback form's fields and their checks. A form that passes becomes a [`Feedback`]; one
//! that does not gives field-keyed errors, and the page shows everything typed again.

use crate::{auth::accounts::EmailAddress, ui::form::FieldErrors};
use serde::Deserialize;

/// The longest "what could we do better?" answer we keep (GOV.UK's feedback form allows 1,200).
pub const IMPROVE_MAX: usize = 1200;

/// How satisfied the person was, on the Service Standard's five-point scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    Neither = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

impl Rating {
    /// In the order the form lists them: the most satisfied first, as GOV.UK does.
    pub const ALL: [Self; 5] = [
        Self::VerySatisfied,
        Self::Satisfied,
        Self::Neither,
        Self::Dissatisfied,
        Self::VeryDissatisfied,
    ];

    pub fn value(self) -> i64 {
        self as i64
    }

    pub fn from_value(value: i64) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.value() == value)
    }

    pub fn parse(text: &str) -> Option<Self> {
        text.trim().parse().ok().and_then(Self::from_value)
    }

    /// Satisfied or very satisfied: what the Service Standard's "user satisfaction" counts.
    pub fn is_satisfied(self) -> bool {
        self >= Self::Satisfied
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::VerySatisfied => "feedback-rating-5",
            Self::Satisfied => "feedback-rating-4",
            Self::Neither => "feedback-rating-3",
            Self::Dissatisfied => "feedback-rating-2",
            Self::VeryDissatisfied => "feedback-rating-1",
        }
    }
}

/// The form as posted: every field as typed, so that a page with errors can show them again.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Typed {
    pub csrf_token: String,
    pub service: String,
    pub rating: String,
    pub improve: String,
    /// `yes` when the person wants a reply (and so agrees that we use their address for it).
    pub reply: String,
    pub email: String,
}

/// Feedback that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// `None`: about the portal in general.
    pub service: Option<String>,
    pub rating: Rating,
    pub improve: String,
    /// Only when the person asked for a reply.
    pub reply_email: Option<String>,
}

/// Checks the form. `known` says whether a service id is one we serve; an unknown one (an edited
/// address, a service since removed) makes the feedback about the portal in general.
pub fn check(typed: &Typed, known: impl Fn(&str) -> bool) -> Result<Feedback, FieldErrors> {
    let mut errors = FieldErrors::new();
    let rating = Rating::parse(&typed.rating);
    if rating.is_none() {
        errors.add("rating", "feedback-error-rating");
    }
    // Control characters other than line breaks and tabs have no place in free text.
    let improve: String = typed
        .improve
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect();
    let improve = improve.replace("\r\n", "\n").trim().to_owned();
    if improve.chars().count() > IMPROVE_MAX {
        errors.add("improve", "feedback-error-improve-too-long");
    }
    let reply_email = match typed.reply.as_str() {
        "yes" => match EmailAddress::parse(&typed.email) {
            Ok(email) => Some(email.as_str().to_owned()),
            Err(problem) => {
                errors.add("email", problem.message_id());
                None
            }
        },
        // No reply wanted: an address typed before changing one's mind is not kept.
        _ => None,
    };
    let service = Some(typed.service.trim())
        .filter(|s| !s.is_empty() && known(s))
        .map(str::to_owned);
    match rating {
        Some(rating) if errors.is_empty() => Ok(Feedback {
            service,
            rating,
            improve,
            reply_email,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(rating: &str, improve: &str, reply: &str, email: &str) -> Typed {
        Typed {
            service: "bulky-waste".into(),
            rating: rating.into(),
            improve: improve.into(),
            reply: reply.into(),
            email: email.into(),
            ..Typed::default()
        }
    }

    #[test]
    fn a_rating_alone_is_enough_and_names_the_service() {
        let feedback = check(&typed("4", "", "", ""), |s| s == "bulky-waste").unwrap();
        assert_eq!(
            feedback,
            Feedback {
                service: Some("bulky-waste".into()),
                rating: Rating::Satisfied,
                improve: String::new(),
                reply_email: None
            }
        );
    }

    #[test]
    fn an_unknown_service_makes_it_feedback_about_the_portal() {
        assert_eq!(
            check(&typed("5", "", "", ""), |_| false).unwrap().service,
            None
        );
    }

    #[test]
    fn a_missing_or_made_up_rating_is_an_error() {
        for rating in ["", "0", "6", "satisfied", "4.5"] {
            assert_eq!(
                check(&typed(rating, "", "", ""), |_| true)
                    .unwrap_err()
                    .get("rating"),
                Some("feedback-error-rating"),
                "{rating}"
            );
        }
    }

    #[test]
    fn text_over_the_limit_is_refused_and_text_at_it_kept() {
        let at = "é".repeat(IMPROVE_MAX);
        assert_eq!(
            check(&typed("3", &at, "", ""), |_| true).unwrap().improve,
            at
        );
        let over = format!("{at}x");
        assert_eq!(
            check(&typed("3", &over, "", ""), |_| true)
                .unwrap_err()
                .get("improve"),
            Some("feedback-error-improve-too-long")
        );
    }

    #[test]
    fn an_address_is_kept_only_when_a_reply_was_asked_for() {
        assert_eq!(
            check(&typed("2", "", "no", "a@example.org"), |_| true)
                .unwrap()
                .reply_email,
            None
        );
        assert_eq!(
            check(&typed("2", "", "yes", " a@example.org "), |_| true)
                .unwrap()
                .reply_email
                .as_deref(),
            Some("a@example.org")
        );
        assert_eq!(
            check(&typed("2", "", "yes", ""), |_| true)
                .unwrap_err()
                .get("email"),
            Some("email-error-missing")
        );
        assert_eq!(
            check(&typed("2", "", "yes", "not an address"), |_| true)
                .unwrap_err()
                .get("email"),
            Some("email-error-invalid")
        );
    }

    #[test]
    fn control_characters_go_and_line_breaks_stay() {
        assert_eq!(
            check(&typed("1", " one\r\ntwo\u{0}\u{7} ", "", ""), |_| true)
                .unwrap()
                .improve,
            "one\ntwo"
        );
    }

    #[test]
    fn satisfied_means_the_top_two_points() {
        let satisfied: Vec<i64> = Rating::ALL
            .into_iter()
            .filter(|r| r.is_satisfied())
            .map(Rating::value)
            .collect();
        assert_eq!(satisfied, vec![5, 4]);
    }
}
