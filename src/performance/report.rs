//! The published report: every service's figures for the last twelve months, and the same as
//! CSV and JSON, each saying its licence and how small counts are suppressed.

use super::measures::{Counts, Figure, Figures, Month};
use std::collections::HashMap;

/// How many months the report covers, the current one included.
pub const MONTHS: usize = 12;

/// The open licence the figures are published under.
pub const LICENCE_NAME: &str = "Open Government Licence v3.0";
pub const LICENCE_URL: &str =
    "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/// One service's figures, newest month first.
#[derive(Clone, Debug)]
pub struct ServiceReport {
    pub id: String,
    pub name: String,
    pub months: Vec<(Month, Figures)>,
}

/// The report for `services` (id and name, in the order shown) over the [`MONTHS`] months up
/// to `current`, from `counts`. A month without any count is all suppressed, like any small one.
pub fn build(
    services: &[(String, String)],
    current: Month,
    counts: &HashMap<(String, Month), Counts>,
) -> Vec<ServiceReport> {
    let months = current.last(MONTHS);
    services
        .iter()
        .map(|(id, name)| ServiceReport {
            id: id.clone(),
            name: name.clone(),
            months: months
                .iter()
                .map(|m| {
                    (
                        *m,
                        Figures::from_counts(
                            counts.get(&(id.clone(), *m)).unwrap_or(&Counts::default()),
                        ),
                    )
                })
                .collect(),
        })
        .collect()
}

/// The columns of the downloads, in order: (machine name, how to read the figure).
pub const COLUMNS: [&str; 10] = [
    "journeys_started",
    "requests_sent",
    "completion_rate",
    "feedback_responses",
    "user_satisfaction",
    "cost_per_transaction_gbp",
    "digital_take_up",
    "requests_decided",
    "median_days_to_decision",
    "decided_within_target",
];

/// A row's figures in the order of [`COLUMNS`], with each one's kind.
pub fn cells(figures: &Figures) -> [(Figure, Kind); 10] {
    [
        (figures.started, Kind::Count),
        (figures.completed, Kind::Count),
        (figures.completion_rate, Kind::Share),
        (figures.responses, Kind::Count),
        (figures.satisfaction, Kind::Share),
        (figures.cost_per_transaction, Kind::Pence),
        (figures.digital_take_up, Kind::Share),
        (figures.decided, Kind::Count),
        (figures.median_days_to_decision, Kind::Days),
        (figures.decided_within_target, Kind::Share),
    ]
}

/// What a figure measures, for writing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    /// Between 0 and 1.
    Share,
    Pence,
    Days,
}

/// A figure as the downloads write it: plain numbers (shares between 0 and 1, money in pounds),
/// `suppressed`, or empty when not entered.
pub fn machine(figure: Figure, kind: Kind) -> String {
    match figure {
        Figure::Value(v) => match kind {
            Kind::Count => format!("{v:.0}"),
            Kind::Share => format!("{v:.3}"),
            Kind::Pence => format!("{:.2}", v / 100.0),
            Kind::Days => format!("{v:.1}"),
        },
        Figure::Suppressed => "suppressed".to_owned(),
        Figure::NotEntered => String::new(),
    }
}

/// The report as CSV: a first line with the licence and the suppression rule (`note`, in the
/// reader's language, after a `#` as many tools read comments), then one row per service and month.
pub fn csv(report: &[ServiceReport], note: &str) -> Result<String, csv::Error> {
    let mut header = vec![
        "service_id".to_owned(),
        "service_name".to_owned(),
        "month".to_owned(),
    ];
    header.extend(COLUMNS.iter().map(|c| (*c).to_owned()));
    let rows = report.iter().flat_map(|service| {
        service.months.iter().map(move |(month, figures)| {
            let mut row = vec![service.id.clone(), service.name.clone(), month.key()];
            row.extend(cells(figures).into_iter().map(|(f, k)| machine(f, k)));
            row
        })
    });
    let body = crate::casework::export::csv(&header, rows)?;
    let note: String = note.chars().filter(|c| !c.is_control()).collect();
    Ok(format!("# {note} {LICENCE_NAME}: {LICENCE_URL}\r\n{body}"))
}

/// The report as JSON: each figure `{"value": n}`, `{"suppressed": true}` or `null` (not entered).
pub fn json(report: &[ServiceReport], suppression: &str, generated: &str) -> serde_json::Value {
    let figure = |f: Figure, kind: Kind| match f {
        Figure::Value(_) => {
            let text = machine(f, kind);
            serde_json::json!({ "value": text.parse::<f64>().map(serde_json::Value::from).unwrap_or(serde_json::Value::Null) })
        }
        Figure::Suppressed => serde_json::json!({ "suppressed": true }),
        Figure::NotEntered => serde_json::Value::Null,
    };
    let services: Vec<serde_json::Value> = report
        .iter()
        .map(|service| {
            let months: Vec<serde_json::Value> = service
                .months
                .iter()
                .map(|(month, figures)| {
                    let mut row = serde_json::Map::new();
                    row.insert("month".into(), month.key().into());
                    for (name, (f, kind)) in COLUMNS.iter().zip(cells(figures)) {
                        row.insert((*name).into(), figure(f, kind));
                    }
                    serde_json::Value::Object(row)
                })
                .collect();
            serde_json::json!({ "id": service.id, "name": service.name, "months": months })
        })
        .collect();
    serde_json::json!({
        "licence": { "name": LICENCE_NAME, "url": LICENCE_URL },
        "suppression": { "minimum_count": super::measures::MIN_COUNT, "explanation": suppression },
        "generated_at": generated,
        "services": services,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Vec<ServiceReport> {
        let mut counts = HashMap::new();
        let november = Month {
            year: 2026,
            month: 11,
        };
        counts.insert(
            ("waste".to_owned(), november),
            Counts {
                started: 20,
                completed: 10,
                cost_pence: Some(10_000),
                ..Counts::default()
            },
        );
        build(
            &[("waste".into(), "Bulky waste, collected".into())],
            Month {
                year: 2026,
                month: 12,
            },
            &counts,
        )
    }

    #[test]
    fn the_report_covers_twelve_months_newest_first() {
        let report = report();
        assert_eq!(report[0].months.len(), MONTHS);
        assert_eq!(report[0].months[0].0.key(), "2026-12");
        assert_eq!(report[0].months[11].0.key(), "2026-01");
    }

    #[test]
    fn the_csv_states_its_licence_and_writes_suppressed_cells_as_such() {
        let csv = csv(&report(), "Licence:").unwrap();
        let mut lines = csv.lines();
        assert_eq!(
            lines.next().unwrap(),
            format!("# Licence: {LICENCE_NAME}: {LICENCE_URL}")
        );
        assert!(lines
            .next()
            .unwrap()
            .starts_with("service_id,service_name,month,journeys_started,"));
        let december = lines.next().unwrap();
        assert!(
            december.starts_with("waste,\"Bulky waste, collected\",2026-12,suppressed,suppressed,"),
            "{december}"
        );
        let november = lines.next().unwrap();
        // 10 of 20 completed: 0.5; £100 over 10 transactions: £10.00; no offline volume entered.
        assert_eq!(november, "waste,\"Bulky waste, collected\",2026-11,20,10,0.500,suppressed,suppressed,10.00,,suppressed,suppressed,suppressed");
    }

    #[test]
    fn the_json_names_its_licence_and_marks_each_suppressed_figure() {
        let json = json(&report(), "fewer than 5", "2026-12-02T00:00:00Z");
        assert_eq!(json["licence"]["name"], LICENCE_NAME);
        let november = &json["services"][0]["months"][1];
        assert_eq!(november["month"], "2026-11");
        assert_eq!(november["completion_rate"]["value"], 0.5);
        assert_eq!(november["user_satisfaction"]["suppressed"], true);
        assert_eq!(november["digital_take_up"], serde_json::Value::Null);
        assert_eq!(november["cost_per_transaction_gbp"]["value"], 10.0);
    }
}
