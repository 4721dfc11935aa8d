//! The measures, worked out from counts: pure functions, so that known data gives known figures
//! (the tests below). Small counts are suppressed here, once, for the page, the CSV and the JSON
//! alike: a figure worked out from fewer than [`MIN_COUNT`] journeys, requests or responses is
//! never shown, nor a share that would single out a group of 1 to 4 people (say, the 2 of 40
//! who were not satisfied).

use chrono::{Datelike, NaiveDate};

/// The smallest count a published figure may rest on.
pub const MIN_COUNT: i64 = 5;

/// A month, as `YYYY-MM` in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Reads `YYYY-MM` (as the database groups by).
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = text.split_once('-')?;
        let (year, month) = (year.parse().ok()?, month.parse().ok()?);
        ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(Self { year, month })
    }

    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn previous(self) -> Self {
        if self.month == 1 {
            Self {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// The `n` months that end with this one, newest first.
    pub fn last(self, n: usize) -> Vec<Self> {
        std::iter::successors(Some(self), |m| Some(m.previous()))
            .take(n)
            .collect()
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }
}

/// One published figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Value(f64),
    /// Worked out from too few to publish.
    Suppressed,
    /// Not known: the council entered no cost or offline volume for the month.
    NotEntered,
}

/// A count, suppressed when below [`MIN_COUNT`].
pub fn count(n: i64) -> Figure {
    if n < MIN_COUNT {
        Figure::Suppressed
    } else {
        Figure::Value(n as f64)
    }
}

/// `part` of `whole`, between 0 and 1. Suppressed when the whole is below [`MIN_COUNT`], or when
/// the part or the rest is a group of 1 to 4 (the share would tell how many). A part larger than
/// the whole (journeys begun the month before and sent this month) counts as all of it.
pub fn share(part: i64, whole: i64) -> Figure {
    let part = part.min(whole);
    let small = |n: i64| (1..MIN_COUNT).contains(&n);
    if whole < MIN_COUNT || small(part) || small(whole - part) {
        Figure::Suppressed
    } else {
        Figure::Value(part as f64 / whole as f64)
    }
}

/// A decision on one request: how many calendar days it took, and whether it came by the due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub days: i64,
    pub on_time: bool,
}

impl Decision {
    /// From the days the request was sent and decided, and its due date (the target, moved on
    /// while the request waited for the citizen).
    pub fn new(sent: NaiveDate, decided: NaiveDate, due: NaiveDate) -> Self {
        Self {
            days: (decided - sent).num_days().max(0),
            on_time: decided <= due,
        }
    }
}

/// The middle value (the mean of the middle two for an even count); `None` for none.
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    } else {
        values[mid] as f64
    })
}

/// What is known of one service in one month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Journeys begun (a first answer saved).
    pub started: i64,
    /// Requests sent online.
    pub completed: i64,
    /// Feedback responses, and how many of them were satisfied or very satisfied.
    pub responses: i64,
    pub satisfied: i64,
    /// Entered by the council: what the service cost in the month (pence), and how many
    /// transactions were made offline.
    pub cost_pence: Option<i64>,
    pub offline: Option<i64>,
    /// Requests decided in the month.
    pub decisions: Vec<Decision>,
}

/// The published figures of one service in one month.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub started: Figure,
    pub completed: Figure,
    /// Requests sent as a share of journeys started.
    pub completion_rate: Figure,
    pub responses: Figure,
    /// Satisfied or very satisfied, as a share of responses.
    pub satisfaction: Figure,
    /// In pence: the cost over every transaction, online and offline.
    pub cost_per_transaction: Figure,
    /// Online transactions as a share of all of them.
    pub digital_take_up: Figure,
    pub decided: Figure,
    pub median_days_to_decision: Figure,
    pub decided_within_target: Figure,
}

impl Figures {
    pub fn from_counts(counts: &Counts) -> Self {
        let transactions = counts.completed + counts.offline.unwrap_or(0);
        let cost_per_transaction = match counts.cost_pence {
            None => Figure::NotEntered,
            Some(_) if transactions < MIN_COUNT || counts.completed < MIN_COUNT => {
                Figure::Suppressed
            }
            Some(cost) => Figure::Value(cost as f64 / transactions as f64),
        };
        let digital_take_up = match counts.offline {
            None => Figure::NotEntered,
            Some(offline) => share(counts.completed, counts.completed + offline),
        };
        let decided = counts.decisions.len() as i64;
        let mut days: Vec<i64> = counts.decisions.iter().map(|d| d.days).collect();
        let median_days_to_decision = match median(&mut days) {
            Some(median) if decided >= MIN_COUNT => Figure::Value(median),
            _ => Figure::Suppressed,
        };
        let on_time = counts.decisions.iter().filter(|d| d.on_time).count() as i64;
        Self {
            started: count(counts.started),
            completed: count(counts.completed),
            completion_rate: if counts.started < MIN_COUNT || counts.completed < MIN_COUNT {
                Figure::Suppressed
            } else {
                share(counts.completed, counts.started)
            },
            responses: count(counts.responses),
            satisfaction: share(counts.satisfied, counts.responses),
            cost_per_transaction,
            digital_take_up,
            decided: count(decided),
            median_days_to_decision,
            decided_within_target: share(on_time, decided),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn counts_below_five_are_suppressed_and_five_is_shown() {
        assert_eq!(count(0), Figure::Suppressed);
        assert_eq!(count(4), Figure::Suppressed);
        assert_eq!(count(5), Figure::Value(5.0));
    }

    #[test]
    fn a_share_is_hidden_when_it_rests_on_few_or_singles_out_a_few() {
        assert_eq!(share(6, 12), Figure::Value(0.5));
        assert_eq!(
            share(10, 10),
            Figure::Value(1.0),
            "none left over is no small group"
        );
        assert_eq!(share(0, 10), Figure::Value(0.0));
        assert_eq!(
            share(3, 4),
            Figure::Suppressed,
            "a whole of fewer than five"
        );
        assert_eq!(share(2, 40), Figure::Suppressed, "two people");
        assert_eq!(share(38, 40), Figure::Suppressed, "the two left over");
        assert_eq!(
            share(12, 10),
            Figure::Value(1.0),
            "more sent than begun this month counts as all"
        );
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn a_decision_on_its_due_date_is_on_time_and_one_day_later_is_not() {
        assert_eq!(
            Decision::new(day(2), day(12), day(12)),
            Decision {
                days: 10,
                on_time: true
            }
        );
        assert_eq!(
            Decision::new(day(2), day(13), day(12)),
            Decision {
                days: 11,
                on_time: false
            }
        );
    }

    #[test]
    fn known_counts_give_known_figures() {
        let decisions = [
            (1, 3, 5),
            (1, 4, 5),
            (2, 9, 6),
            (3, 5, 7),
            (3, 6, 7),
            (4, 10, 8),
        ]
        .map(|(sent, decided, due)| Decision::new(day(sent), day(decided), day(due)))
        .to_vec();
        let counts = Counts {
            started: 40,
            completed: 30,
            responses: 20,
            satisfied: 15,
            cost_pence: Some(45_000),
            offline: Some(10),
            decisions,
        };
        let figures = Figures::from_counts(&counts);
        assert_eq!(figures.completion_rate, Figure::Value(0.75));
        assert_eq!(figures.satisfaction, Figure::Value(0.75));
        // £450 over 30 online and 10 offline transactions: £11.25 each.
        assert_eq!(figures.cost_per_transaction, Figure::Value(1125.0));
        assert_eq!(figures.digital_take_up, Figure::Value(0.75));
        assert_eq!(figures.decided, Figure::Value(6.0));
        // Days: 2, 3, 7, 2, 3, 6 → sorted 2 2 3 3 6 7 → median 3.
        assert_eq!(figures.median_days_to_decision, Figure::Value(3.0));
        // Late: the third (day 9, due 6) and the sixth (day 10, due 8): 4 of 6 on time, 2 late: suppressed.
        assert_eq!(figures.decided_within_target, Figure::Suppressed);
    }

    #[test]
    fn a_month_with_few_people_shows_nothing_that_could_point_at_them() {
        let counts = Counts {
            started: 3,
            completed: 2,
            responses: 1,
            satisfied: 1,
            cost_pence: Some(1000),
            offline: Some(0),
            decisions: vec![Decision {
                days: 3,
                on_time: true,
            }],
        };
        let figures = Figures::from_counts(&counts);
        for figure in [
            figures.started,
            figures.completed,
            figures.completion_rate,
            figures.responses,
            figures.satisfaction,
            figures.cost_per_transaction,
            figures.digital_take_up,
            figures.decided,
            figures.median_days_to_decision,
            figures.decided_within_target,
        ] {
            assert_eq!(figure, Figure::Suppressed);
        }
    }

    #[test]
    fn cost_and_take_up_are_not_entered_until_the_council_enters_them() {
        let figures = Figures::from_counts(&Counts {
            started: 10,
            completed: 10,
            ..Counts::default()
        });
        assert_eq!(figures.cost_per_transaction, Figure::NotEntered);
        assert_eq!(figures.digital_take_up, Figure::NotEntered);
    }

    #[test]
    fn months_read_and_count_back_across_a_new_year() {
        let december = Month::parse("2026-01").unwrap().previous();
        assert_eq!(december.key(), "2025-12");
        assert_eq!(
            Month {
                year: 2026,
                month: 2
            }
            .last(3)
            .iter()
            .map(|m| m.key())
            .collect::<Vec<_>>(),
            ["2026-02", "2026-01", "2025-12"]
        );
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("nonsense"), None);
    }
}
