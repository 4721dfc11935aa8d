//! The admins' form for what only the council knows: a service's cost in a month and how many
//! transactions were made offline. Checked here (pure, unit-tested); stored by `store::enter`.

use super::{measures::Month, store::Entered};
use crate::ui::form::FieldErrors;
use serde::Deserialize;

/// The form as posted, every field as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Typed {
    pub csrf_token: String,
    pub service: String,
    pub month: String,
    pub year: String,
    /// In pounds, as people write money: `1250`, `1,250.50`, `£1250.5`.
    pub cost: String,
    pub offline: String,
}

/// Pounds as typed, in pence; `None` when it is not an amount.
pub fn pence(text: &str) -> Option<i64> {
    let text: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let (pounds, decimals) = text.split_once('.').unwrap_or((&text, ""));
    if pounds.is_empty()
        || !pounds.bytes().all(|b| b.is_ascii_digit())
        || decimals.len() > 2
        || !decimals.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let pence: i64 = format!("{decimals:0<2}").parse().ok()?;
    pounds
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(pence)
}

/// A whole number as typed (thousands separators allowed); `None` when it is not one.
pub fn whole(text: &str) -> Option<i64> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Checks the form; `known` says whether a service id is one we serve. An empty cost or volume
/// is stored as "not entered", so a figure entered by mistake can be taken back.
pub fn check(typed: &Typed, known: impl Fn(&str) -> bool) -> Result<Entered, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !known(typed.service.trim()) {
        errors.add("service", "performance-error-service");
    }
    let month = typed
        .month
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=12).contains(m));
    if month.is_none() {
        errors.add("month", "performance-error-month");
    }
    let year = typed
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.add("year", "performance-error-year");
    }
    let cost = match typed.cost.trim() {
        "" => None,
        text => {
            let pence = pence(text);
            if pence.is_none() {
                errors.add("cost", "performance-error-cost");
            }
            pence
        }
    };
    let offline = match typed.offline.trim() {
        "" => None,
        text => {
            let n = whole(text);
            if n.is_none() {
                errors.add("offline", "performance-error-offline");
            }
            n
        }
    };
    match (month, year) {
        (Some(month), Some(year)) if errors.is_empty() => Ok(Entered {
            service: typed.service.trim().to_owned(),
            month: Month { year, month }.key(),
            cost_pence: cost,
            offline,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_as_people_write_it() {
        assert_eq!(pence("1250"), Some(125_000));
        assert_eq!(pence("£1,250.5"), Some(125_050));
        assert_eq!(pence("0.07"), Some(7));
        for bad in ["", "£", "12.345", "-5", "1e3", "twelve", ".5"] {
            assert_eq!(pence(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_volume_is_a_whole_number() {
        assert_eq!(whole("1,200"), Some(1200));
        assert_eq!(whole("-3"), None);
        assert_eq!(whole("2.5"), None);
    }

    #[test]
    fn a_good_entry_is_keyed_by_service_and_month() {
        let typed = Typed {
            service: "bulky-waste".into(),
            month: "3".into(),
            year: "2026".into(),
            cost: "900".into(),
            offline: "".into(),
            ..Typed::default()
        };
        let entered = check(&typed, |s| s == "bulky-waste").unwrap();
        assert_eq!(
            entered,
            Entered {
                service: "bulky-waste".into(),
                month: "2026-03".into(),
                cost_pence: Some(90_000),
                offline: None
            }
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let typed = Typed {
            service: "nope".into(),
            month: "13".into(),
            year: "26".into(),
            cost: "lots".into(),
            offline: "some".into(),
            ..Typed::default()
        };
        let errors = check(&typed, |_| false).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["service", "month", "year", "cost", "offline"]);
    }
}
