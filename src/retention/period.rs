//! How long a service keeps its requests after they close: a number of days, weeks, months or
//! years, written in a definition as `retention = "P2Y"` (ISO 8601: `P<n>Y`, `P<n>M`, `P<n>W`,
//! `P<n>D`) or as a whole number of days (`retention = 730`). The designer's settings page and the
//! definition loader both read it with [`Period::parse`].

use serde::{Deserialize, Serialize};
use std::fmt;

/// One period. Months and years are calendar ones (2 years after 29 February is 28 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

/// The longest period accepted: long enough for any records schedule, short enough that the
/// arithmetic cannot overflow.
const MAX_YEARS: u32 = 100;

impl Period {
    /// Reads `P2Y`, `P18M`, `P6W`, `P30D` or a bare number of days (`730`). Nothing else: no
    /// combined periods, no zero, nothing over 100 years.
    pub fn parse(text: &str) -> Result<Self, PeriodError> {
        let text = text.trim();
        if let Ok(days) = text.parse::<u32>() {
            return Self::Days(days).checked();
        }
        let rest = text.strip_prefix('P').or_else(|| text.strip_prefix('p')).ok_or(PeriodError::Format)?;
        let unit = rest.chars().last().ok_or(PeriodError::Format)?;
        let number: u32 = rest[..rest.len() - unit.len_utf8()].parse().map_err(|_| PeriodError::Format)?;
        let period = match unit.to_ascii_uppercase() {
            'D' => Self::Days(number),
            'W' => Self::Weeks(number),
            'M' => Self::Months(number),
            'Y' => Self::Years(number),
            _ => return Err(PeriodError::Format),
        };
        period.checked()
    }

    fn checked(self) -> Result<Self, PeriodError> {
        let (n, limit) = match self {
            Self::Days(n) => (n, MAX_YEARS * 366),
            Self::Weeks(n) => (n, MAX_YEARS * 53),
            Self::Months(n) => (n, MAX_YEARS * 12),
            Self::Years(n) => (n, MAX_YEARS),
        };
        match n {
            0 => Err(PeriodError::Zero),
            n if n > limit => Err(PeriodError::TooLong),
            _ => Ok(self),
        }
    }

    /// The number and its unit (`days`, `weeks`, `months`, `years`), for the Fluent message that
    /// says it in each language.
    pub fn parts(self) -> (u32, &'static str) {
        match self {
            Self::Days(n) => (n, "days"),
            Self::Weeks(n) => (n, "weeks"),
            Self::Months(n) => (n, "months"),
            Self::Years(n) => (n, "years"),
        }
    }

    /// The moment this long after `from` (calendar months and years; the end of a short month
    /// when the day does not exist in it).
    #[cfg(feature = "ssr")]
    pub fn after(self, from: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        use chrono::{Duration, Months};
        match self {
            Self::Days(n) => from + Duration::days(i64::from(n)),
            Self::Weeks(n) => from + Duration::weeks(i64::from(n)),
            Self::Months(n) => from.checked_add_months(Months::new(n)).unwrap_or(from),
            Self::Years(n) => from.checked_add_months(Months::new(n * 12)).unwrap_or(from),
        }
    }
}

impl fmt::Display for Period {
    /// The ISO 8601 form, as a definition stores it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Days(n) => write!(f, "P{n}D"),
            Self::Weeks(n) => write!(f, "P{n}W"),
            Self::Months(n) => write!(f, "P{n}M"),
            Self::Years(n) => write!(f, "P{n}Y"),
        }
    }
}

/// Why a period was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodError {
    Format,
    Zero,
    TooLong,
}

impl PeriodError {
    /// The Fluent message for the designer's form.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Format => "designer-error-retention-format",
            Self::Zero => "designer-error-retention-zero",
            Self::TooLong => "designer-error-retention-long",
        }
    }
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Format => "must be a number of days or an ISO 8601 period such as P2Y, P18M, P6W or P30D",
            Self::Zero => "must be longer than nothing",
            Self::TooLong => "must be at most 100 years",
        })
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Days(u32),
            Text(String),
        }
        let period = match Written::deserialize(deserializer)? {
            Written::Days(days) => Period::Days(days).checked(),
            Written::Text(text) => Period::parse(&text),
        };
        period.map_err(|e| serde::de::Error::custom(format!("retention {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_periods_and_bare_days_are_read() {
        assert_eq!(Period::parse("P2Y"), Ok(Period::Years(2)));
        assert_eq!(Period::parse("p18m"), Ok(Period::Months(18)));
        assert_eq!(Period::parse("P6W"), Ok(Period::Weeks(6)));
        assert_eq!(Period::parse(" P30D "), Ok(Period::Days(30)));
        assert_eq!(Period::parse("730"), Ok(Period::Days(730)));
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        assert_eq!(Period::parse("2 years"), Err(PeriodError::Format));
        assert_eq!(Period::parse("P1Y6M"), Err(PeriodError::Format));
        assert_eq!(Period::parse("P"), Err(PeriodError::Format));
        assert_eq!(Period::parse("P0Y"), Err(PeriodError::Zero));
        assert_eq!(Period::parse("0"), Err(PeriodError::Zero));
        assert_eq!(Period::parse("P101Y"), Err(PeriodError::TooLong));
    }

    #[test]
    fn a_period_is_written_back_as_it_is_read() {
        for text in ["P2Y", "P18M", "P6W", "P30D"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn years_are_calendar_years() {
        let leap = chrono::DateTime::parse_from_rfc3339("2028-02-29T12:00:00Z").unwrap().with_timezone(&chrono::Utc);
        assert_eq!(Period::Years(1).after(leap).to_rfc3339(), "2029-02-28T12:00:00+00:00");
        assert_eq!(Period::Days(2).after(leap).to_rfc3339(), "2028-03-02T12:00:00+00:00");
    }
}
