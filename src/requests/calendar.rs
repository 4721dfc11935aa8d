//! Working days: Monday to Friday, except bank holidays (`bank-holidays.txt`, England and Wales).
//! A request's due date is its target in working days after it arrives; the clock pauses while
//! the council waits for the citizen, and the remaining working days run again from their reply.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::{collections::HashSet, sync::OnceLock};

fn holidays() -> &'static HashSet<NaiveDate> {
    static HOLIDAYS: OnceLock<HashSet<NaiveDate>> = OnceLock::new();
    HOLIDAYS.get_or_init(|| {
        include_str!("bank-holidays.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_whitespace().next())
            .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .collect()
    })
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays().contains(&date)
}

/// The date `days` working days after `from`.
pub fn add_working_days(from: NaiveDate, days: u32) -> NaiveDate {
    let mut date = from;
    let mut left = days;
    while left > 0 {
        date += Duration::days(1);
        if is_working_day(date) {
            left -= 1;
        }
    }
    date
}

/// Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let (start, end, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
    let mut count = 0;
    let mut date = start;
    while date < end {
        date += Duration::days(1);
        if is_working_day(date) {
            count += 1;
        }
    }
    count * sign
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn working_days_skip_weekends() {
        let friday = day(2026, 11, 20);
        assert_eq!(add_working_days(friday, 1), day(2026, 11, 23));
        assert_eq!(add_working_days(friday, 10), day(2026, 12, 4));
        assert_eq!(add_working_days(friday, 0), friday);
    }

    #[test]
    fn working_days_skip_christmas_and_the_substitute_boxing_day() {
        // Thursday 24 December 2026: Friday 25th and Monday 28th are bank holidays.
        assert_eq!(add_working_days(day(2026, 12, 24), 1), day(2026, 12, 29));
        assert_eq!(working_days_between(day(2026, 12, 24), day(2026, 12, 29)), 1);
        assert_eq!(working_days_between(day(2026, 12, 29), day(2026, 12, 24)), -1);
    }

    #[test]
    fn every_listed_bank_holiday_parses_and_falls_on_a_weekday() {
        let listed = include_str!("bank-holidays.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).count();
        assert_eq!(holidays().len(), listed);
        assert!(holidays().iter().all(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)));
    }
}
