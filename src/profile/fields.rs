//! The profile's fields as values that are valid by construction: names, date of birth,
//! address, phone number and contact preference. Plain Rust with no server dependencies, so the
//! same rules can validate in the browser too. Each problem is a Fluent message id keyed by the
//! id of the input it belongs to.

use serde::{Deserialize, Serialize};

/// A field id and the Fluent message id of its problem.
pub type Problem = (&'static str, &'static str);

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    /// Given names as the person writes them (no assumption of "first" and "last").
    pub given: String,
    pub family: String,
}

impl Name {
    pub const MAX: usize = 100;

    pub fn parse(given: &str, family: &str) -> Result<Self, Vec<Problem>> {
        let (given, family) = (clean(given), clean(family));
        let mut problems = Vec::new();
        match given.chars().count() {
            0 => problems.push(("given", "name-error-given-missing")),
            n if n > Self::MAX => problems.push(("given", "name-error-given-too-long")),
            _ => {}
        }
        match family.chars().count() {
            0 => problems.push(("family", "name-error-family-missing")),
            n if n > Self::MAX => problems.push(("family", "name-error-family-too-long")),
            _ => {}
        }
        if problems.is_empty() {
            Ok(Self { given, family })
        } else {
            Err(problems)
        }
    }
}

/// A calendar date as day, month and year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn is_real(year: i32, month: u32, day: u32) -> bool {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&day)
    }

    pub fn next_day(self) -> Self {
        if Self::is_real(self.year, self.month, self.day + 1) {
            Self { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Self { month: self.month + 1, day: 1, ..self }
        } else {
            Self { year: self.year + 1, month: 1, day: 1 }
        }
    }

    /// 0 for Monday … 6 for Sunday (Zeller's congruence, so that this needs no date library).
    pub fn weekday_from_monday(self) -> u32 {
        let (mut y, mut m) = (self.year, self.month as i32);
        if m < 3 {
            m += 12;
            y -= 1;
        }
        let k = y.rem_euclid(100);
        let j = y.div_euclid(100);
        let h = (self.day as i32 + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j).rem_euclid(7);
        // h: 0 = Saturday … 6 = Friday.
        ((h + 5) % 7) as u32
    }

    /// Today, by the server's clock.
    #[cfg(feature = "ssr")]
    pub fn today() -> Self {
        use chrono::Datelike;
        let now = chrono::Utc::now().date_naive();
        Self { year: now.year(), month: now.month(), day: now.day() }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn from_iso(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Self::is_real(year, month, day).then_some(Self { year, month, day })
    }

    /// Parses the three inputs of a GOV.UK date pattern; an error names the part that is wrong.
    /// `today` decides what "in the past" means.
    pub fn parse_birth(day: &str, month: &str, year: &str, today: Date) -> Result<Self, Vec<Problem>> {
        let (d, m, y) = (day.trim(), month.trim(), year.trim());
        let missing = [(d, "dob-day"), (m, "dob-month"), (y, "dob-year")]
            .iter()
            .filter(|(v, _)| v.is_empty())
            .map(|(_, f)| *f)
            .collect::<Vec<_>>();
        match missing.len() {
            3 => return Err(vec![("dob-day", "dob-error-missing")]),
            0 => {}
            _ => {
                let message = match missing[0] {
                    "dob-day" => "dob-error-missing-day",
                    "dob-month" => "dob-error-missing-month",
                    _ => "dob-error-missing-year",
                };
                return Err(vec![(missing[0], message)]);
            }
        }
        let number = |s: &str| s.parse::<u32>().ok();
        let (Some(day), Some(month), Some(year)) = (number(d), month_number(m), number(y)) else {
            let field = if number(d).is_none() {
                "dob-day"
            } else if month_number(m).is_none() {
                "dob-month"
            } else {
                "dob-year"
            };
            return Err(vec![(field, "dob-error-real")]);
        };
        if y.len() != 4 {
            return Err(vec![("dob-year", "dob-error-year-digits")]);
        }
        let year = year as i32;
        if !Self::is_real(year, month, day) {
            let field = if !(1..=12).contains(&month) { "dob-month" } else { "dob-day" };
            return Err(vec![(field, "dob-error-real")]);
        }
        let date = Self { year, month, day };
        if date >= today {
            return Err(vec![("dob-day", "dob-error-past")]);
        }
        if year < today.year - 130 {
            return Err(vec![("dob-year", "dob-error-too-old")]);
        }
        Ok(date)
    }
}

/// Months may be typed as numbers; "03" and "3" are the same month.
fn month_number(text: &str) -> Option<u32> {
    text.parse::<u32>().ok()
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub line1: String,
    pub line2: String,
    pub town: String,
    pub postcode: String,
    pub country: String,
}

impl Address {
    pub const UK: &'static str = "United Kingdom";

    pub fn parse(line1: &str, line2: &str, town: &str, postcode: &str, country: &str) -> Result<Self, Vec<Problem>> {
        let address = Self {
            line1: clean(line1),
            line2: clean(line2),
            town: clean(town),
            postcode: clean(postcode).to_uppercase(),
            country: {
                let c = clean(country);
                if c.is_empty() { Self::UK.to_owned() } else { c }
            },
        };
        let mut problems = Vec::new();
        if address.line1.is_empty() {
            problems.push(("address-line1", "address-error-line1-missing"));
        }
        if address.town.is_empty() {
            problems.push(("address-town", "address-error-town-missing"));
        }
        for (value, field) in [(&address.line1, "address-line1"), (&address.line2, "address-line2"), (&address.town, "address-town")] {
            if value.chars().count() > 100 {
                problems.push((field, "address-error-too-long"));
            }
        }
        let uk = address.country.eq_ignore_ascii_case(Self::UK) || address.country.eq_ignore_ascii_case("UK");
        if uk {
            if address.postcode.is_empty() {
                problems.push(("address-postcode", "address-error-postcode-missing"));
            } else if !is_uk_postcode(&address.postcode) {
                problems.push(("address-postcode", "address-error-postcode-invalid"));
            }
        } else if address.postcode.chars().count() > 16 {
            problems.push(("address-postcode", "address-error-postcode-invalid"));
        }
        if problems.is_empty() {
            Ok(address)
        } else {
            Err(problems)
        }
    }

    /// The lines to show, without empty ones.
    pub fn lines(&self) -> Vec<String> {
        [&self.line1, &self.line2, &self.town, &self.postcode, &self.country]
            .into_iter()
            .filter(|l| !l.is_empty())
            .cloned()
            .collect()
    }
}

/// A UK postcode, spaces optional: `SW1A 1AA`, `cf10 1ep`.
pub fn is_uk_postcode(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let b = compact.as_bytes();
    // A postcode is ASCII; checking that first also keeps the split below between characters.
    if !(5..=7).contains(&b.len()) || !compact.is_ascii() {
        return false;
    }
    let (outward, inward) = compact.split_at(b.len() - 3);
    let inward = inward.as_bytes();
    let inward_ok = inward[0].is_ascii_digit() && inward[1].is_ascii_alphabetic() && inward[2].is_ascii_alphabetic();
    let o = outward.as_bytes();
    let outward_ok = o[0].is_ascii_alphabetic() && o.iter().all(|c| c.is_ascii_alphanumeric()) && o.iter().any(|c| c.is_ascii_digit());
    inward_ok && outward_ok
}

/// A phone number as typed, checked for plausibility: 7 to 15 digits (E.164), with the usual
/// separators and an optional leading `+`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone(pub String);

impl Phone {
    pub fn parse(text: &str) -> Result<Self, Vec<Problem>> {
        let text = clean(text);
        if text.is_empty() {
            return Err(vec![("phone", "phone-error-missing")]);
        }
        let allowed = text.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if !allowed || !(7..=15).contains(&digits) {
            return Err(vec![("phone", "phone-error-invalid")]);
        }
        Ok(Self(text))
    }
}

/// How the person wants to be contacted about their requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactPreference {
    Email,
    Phone,
    Post,
}

impl ContactPreference {
    pub const ALL: [Self; 3] = [Self::Email, Self::Phone, Self::Post];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Post => "post",
        }
    }

    pub fn parse(text: &str) -> Result<Self, Vec<Problem>> {
        Self::ALL.into_iter().find(|c| c.as_str() == text).ok_or_else(|| vec![("contact", "contact-error-missing")])
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Email => "contact-email",
            Self::Phone => "contact-phone",
            Self::Post => "contact-post",
        }
    }
}

/// Trims and collapses inner runs of whitespace; drops control characters. They go first: dropped
/// after, one between two spaces would leave both spaces (or, alone, a line of one space).
fn clean(text: &str) -> String {
    let shown: String = text.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    shown.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date { year: 2026, month: 11, day: 21 };

    #[test]
    fn names_are_kept_as_written_and_both_parts_are_needed() {
        let name = Name::parse("  María  José ", "O'Neill-Ó Briain").unwrap();
        assert_eq!(name.given, "María José");
        assert_eq!(Name::parse("", " ").unwrap_err(), vec![("given", "name-error-given-missing"), ("family", "name-error-family-missing")]);
    }

    #[test]
    fn a_date_of_birth_error_names_the_part_that_is_wrong() {
        assert_eq!(Date::parse_birth("", "", "", TODAY).unwrap_err()[0].1, "dob-error-missing");
        assert_eq!(Date::parse_birth("3", "", "1990", TODAY).unwrap_err()[0], ("dob-month", "dob-error-missing-month"));
        assert_eq!(Date::parse_birth("31", "4", "1990", TODAY).unwrap_err()[0], ("dob-day", "dob-error-real"));
        assert_eq!(Date::parse_birth("1", "13", "1990", TODAY).unwrap_err()[0], ("dob-month", "dob-error-real"));
        assert_eq!(Date::parse_birth("1", "1", "90", TODAY).unwrap_err()[0], ("dob-year", "dob-error-year-digits"));
        assert_eq!(Date::parse_birth("x", "1", "1990", TODAY).unwrap_err()[0], ("dob-day", "dob-error-real"));
        assert_eq!(Date::parse_birth("1", "1", "2030", TODAY).unwrap_err()[0].1, "dob-error-past");
        assert_eq!(Date::parse_birth("1", "1", "1850", TODAY).unwrap_err()[0].1, "dob-error-too-old");
    }

    #[test]
    fn weekdays_and_next_days_are_right_across_month_and_year_ends() {
        assert_eq!(TODAY.weekday_from_monday(), 5, "21 November 2026 is a Saturday");
        assert_eq!(Date { year: 2000, month: 1, day: 1 }.weekday_from_monday(), 5);
        assert_eq!(Date { year: 2026, month: 12, day: 31 }.next_day(), Date { year: 2027, month: 1, day: 1 });
        assert_eq!(Date { year: 2028, month: 2, day: 28 }.next_day(), Date { year: 2028, month: 2, day: 29 });
    }

    #[test]
    fn a_real_date_of_birth_is_accepted_including_29_february_in_a_leap_year() {
        assert_eq!(Date::parse_birth("29", "02", "2000", TODAY).unwrap().iso(), "2000-02-29");
        assert!(Date::parse_birth("29", "2", "2001", TODAY).is_err());
        assert_eq!(Date::from_iso("1990-04-03"), Some(Date { year: 1990, month: 4, day: 3 }));
    }

    #[test]
    fn uk_addresses_need_a_real_postcode_and_international_ones_may_have_none() {
        let uk = Address::parse("1 High St", "", "Cardiff", "cf10 1ep", "").unwrap();
        assert_eq!(uk.postcode, "CF10 1EP");
        assert_eq!(uk.country, "United Kingdom");
        assert_eq!(Address::parse("1 High St", "", "Cardiff", "123", "United Kingdom").unwrap_err(), vec![("address-postcode", "address-error-postcode-invalid")]);
        assert!(Address::parse("Rue 1", "", "Dublin", "", "Ireland").is_ok());
        assert_eq!(Address::parse("", "", "", "", "France").unwrap_err().len(), 2);
    }

    #[test]
    fn postcodes_of_every_uk_shape_are_recognised() {
        for ok in ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB"] {
            assert!(is_uk_postcode(ok), "{ok}");
        }
        for bad in ["", "1AA", "SW1A", "ABCDE FG", "12345"] {
            assert!(!is_uk_postcode(bad), "{bad}");
        }
    }

    #[test]
    fn a_postcode_with_a_letter_beyond_ascii_is_refused_not_a_panic() {
        // Found by the `answers` fuzz target: the check split the text inside the '\u{FFFD}'.
        for typed in ["10 1\u{FFFD}2", "AÉ12", "SW1A 1AÄ", "ÿÿÿÿÿ", "CF10 1É"] {
            assert!(!is_uk_postcode(typed), "{typed}");
        }
        let problems = Address::parse("1 High Street", "", "Cardiff", "10 1\u{FFFD}2", "").unwrap_err();
        assert_eq!(problems, vec![("address-postcode", "address-error-postcode-invalid")]);
    }

    #[test]
    fn control_characters_leave_no_double_trailing_or_lone_space() {
        // Found by the `answers` fuzz target: an address line of "\u{1} \u{2}" was kept as " ", so
        // a required line counted as given, and "0 \r\u{c} 566" was kept with two spaces, so the
        // answer read back differently when the page was shown again.
        let problems = Address::parse("\u{1} \u{2}", "", "Cardiff", "CF10 1EP", "").unwrap_err();
        assert_eq!(problems, vec![("address-line1", "address-error-line1-missing")]);
        let address = Address::parse("1\u{1} \u{1e} High\u{7}Street \u{0}", "", "Cardiff", "CF10 1EP", "").unwrap();
        assert_eq!(address.line1, "1 HighStreet");
        assert_eq!(Phone::parse("0 \r\u{c}\u{1e} 5661258 \u{1}").unwrap().0, "0 5661258");
        assert_eq!(clean("a\tb\nc"), "a b c", "tabs and new lines are spaces");
    }

    #[test]
    fn phone_numbers_allow_international_forms() {
        assert!(Phone::parse("+44 29 2000 0000").is_ok());
        assert!(Phone::parse("(029) 2000-0000").is_ok());
        assert_eq!(Phone::parse("12").unwrap_err()[0].1, "phone-error-invalid");
        assert_eq!(Phone::parse("call me").unwrap_err()[0].1, "phone-error-invalid");
        assert_eq!(Phone::parse(" ").unwrap_err()[0].1, "phone-error-missing");
    }
}
