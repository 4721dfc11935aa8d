//! Data for development and load tests: `portico seed --requests N --confirm` fills the database
//! with N realistic requests, spread over the services, the statuses, the teams and the last 90
//! days, each with its timeline. It never runs without `--confirm`, and it marks what it made
//! (staff emails end in `@seed.portico.invalid`) so nobody mistakes it for real data.

use crate::{
    db::Db,
    profile::fields::{Address, Date},
    requests::{calendar, events::{self, Kind as EventKind, Who}, reference::new_reference, status::Status},
    services::{
        answers::{self, Answer, Answers, Upload},
        flow::{self, Target},
        live::Services,
        model::{DateRule, Definition, Kind, Question},
    },
    with_tx,
};
use chrono::{Datelike, Duration, Utc};
use rand::{seq::SliceRandom, Rng};

const GIVEN: [&str; 16] = ["Amira", "Bronwen", "Chen", "Dafydd", "Ewa", "Farah", "Gareth", "Hanna", "Ioan", "Jamal", "Katarzyna", "Leila", "Mohammed", "Nia", "Oksana", "Rhys"];
const FAMILY: [&str; 16] = ["Ahmed", "Bevan", "Chowdhury", "Davies", "Evans", "Fernandes", "Griffiths", "Hughes", "Jones", "Kowalski", "Lewis", "Morgan", "Nowak", "Owen", "Price", "Shevchenko"];
const STREETS: [&str; 8] = ["High Street", "Church Road", "Station Road", "Park Avenue", "Castle Street", "Mill Lane", "Heol y Parc", "Victoria Road"];

/// How the seeded requests are spread over the statuses (weights).
const STATUSES: [(Status, u32); 7] = [
    (Status::Submitted, 30),
    (Status::InReview, 25),
    (Status::WaitingForCitizen, 10),
    (Status::Approved, 15),
    (Status::Rejected, 5),
    (Status::Withdrawn, 5),
    (Status::Closed, 10),
];

/// A plausible answer to `question` (the same rules would accept it).
fn answer(question: &Question, today: Date, rng: &mut impl Rng, n: usize) -> Option<Answer> {
    let pick = |options: &[crate::services::model::Choice], rng: &mut dyn rand::RngCore| options.choose(rng).map(|o| o.value.clone());
    Some(match &question.kind {
        Kind::Text { max_length, .. } => Answer::Text(format!("{} {}", FAMILY[n % 16], n).chars().take(*max_length).collect()),
        Kind::LongText { max_length } => Answer::Text("Seeded for a load test: this answer stands in for a few sentences.".chars().take(*max_length).collect()),
        Kind::WholeNumber { min, max } => Answer::Number(rng.gen_range(min.unwrap_or(0)..=max.unwrap_or(10).max(min.unwrap_or(0)))),
        Kind::Money { min_pence, max_pence } => Answer::Number(rng.gen_range(min_pence.unwrap_or(100)..=max_pence.unwrap_or(100_000).max(min_pence.unwrap_or(100)))),
        Kind::Email => Answer::Text(format!("applicant{n}@example.org")),
        Kind::Phone => Answer::Text(format!("07700 900{:03}", n % 1000)),
        Kind::Date { rule } => {
            let date = match rule {
                DateRule::Past => Date { year: today.year - rng.gen_range(20..80), month: rng.gen_range(1..=12), day: rng.gen_range(1..=28) },
                DateRule::Future => Date { year: today.year + 1, month: rng.gen_range(1..=12), day: rng.gen_range(1..=28) },
                DateRule::Any => today,
            };
            Answer::Text(date.iso())
        }
        Kind::Radios { options } | Kind::Select { options } => Answer::Text(pick(options, rng)?),
        Kind::Checkboxes { options, .. } => Answer::List(vec![pick(options, rng)?]),
        Kind::YesNo => Answer::Text(if rng.gen_bool(0.5) { "yes" } else { "no" }.into()),
        Kind::Address => Answer::Address(Address {
            line1: format!("{} {}", rng.gen_range(1..200), STREETS[n % 8]),
            line2: String::new(),
            town: "Cardiff".into(),
            postcode: "CF10 1EP".into(),
            country: Address::UK.into(),
        }),
        // A record of a file that was never uploaded: downloading it says "not found".
        Kind::File { .. } => Answer::File(Upload { file: format!("seed{n}"), name: "document.pdf".into(), size: 123_456, content_type: "application/pdf".into() }),
        Kind::NextDates { weekdays, count, lead_days } => Answer::Text(answers::next_dates(weekdays, *count, *lead_days, today).first()?.iso()),
        Kind::Repeat { fields, .. } => {
            let item: Answers = fields.iter().filter_map(|f| answer(f, today, rng, n).map(|a| (f.id.clone(), a))).collect();
            Answer::Group(vec![item])
        }
    })
}

/// Answers that reach check your answers, or `None` when random answers keep ending at an exit.
fn complete_answers(definition: &Definition, today: Date, rng: &mut impl Rng, n: usize) -> Option<Answers> {
    'attempt: for _ in 0..20 {
        let mut answers = Answers::new();
        for _ in 0..=definition.questions.len() {
            match flow::walk(definition, &answers, today).end {
                Target::CheckAnswers => return Some(flow::prune(definition, &answers, today)),
                Target::Exit(_) => continue 'attempt,
                Target::Question(id) => {
                    let question = definition.question(&id)?;
                    let value = answer(question, today, rng, n)?;
                    if let Some(follow_up) = answers::chosen_follow_up(question, Some(&value)) {
                        answers.insert(follow_up.id.clone(), answer(follow_up, today, rng, n)?);
                    }
                    answers.insert(id, value);
                }
            }
        }
    }
    None
}

/// Adds `count` requests; returns how many were made.
pub async fn seed(db: &Db, services: &Services, count: usize) -> Result<usize, sqlx::Error> {
    super::admin::sync_teams(db, services).await?;
    let definitions: Vec<_> = services.open().collect();
    if definitions.is_empty() {
        return Ok(0);
    }
    let now = Utc::now();
    let today_naive = now.date_naive();
    let today = Date { year: today_naive.year(), month: today_naive.month(), day: today_naive.day() };
    let mut rng = rand::thread_rng();
    let mut made = 0;
    let mut n = 0;
    while made < count {
        let mut tx = db.begin().await?;
        let batch_end = (made + 1000).min(count);
        while made < batch_end {
            n += 1;
            let definition = &definitions[n % definitions.len()];
            let Some(answers) = complete_answers(definition, today, &mut rng, n) else { continue };
            let status = {
                let total: u32 = STATUSES.iter().map(|(_, w)| w).sum();
                let mut roll = rng.gen_range(0..total);
                STATUSES.iter().find(|(_, w)| if roll < *w { true } else { roll -= w; false }).map_or(Status::Submitted, |(s, _)| *s)
            };
            let submitted = now - Duration::minutes(rng.gen_range(0..90 * 24 * 60));
            let due = calendar::add_working_days(submitted.date_naive(), definition.target_working_days);
            let name = format!("{} {}", GIVEN.choose(&mut rng).unwrap_or(&"Sam"), FAMILY.choose(&mut rng).unwrap_or(&"Jones"));
            let snapshot = serde_json::json!({ "name": { "given": name.split(' ').next(), "family": name.split(' ').nth(1) } });
            let waiting = (status == Status::WaitingForCitizen).then_some(today_naive);
            let answers_text = serde_json::to_string(&answers).unwrap_or_else(|_| "{}".into());
            let id: Option<i64> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
                "INSERT INTO requests (reference, service, version, citizen_id, answers, profile_snapshot, language, status, team, \
                 due_date, waiting_since, submission_key, submitted_at, updated_at, applicant_name) \
                 VALUES ($1, $2, $3, NULL, $4, $5, 'en', $6, $7, $8, $9, $10, $11, $11, $12) \
                 ON CONFLICT (reference) DO NOTHING RETURNING id"
            )
            .bind(new_reference())
            .bind(&definition.id)
            .bind(i64::from(definition.version))
            .bind(&answers_text)
            .bind(snapshot.to_string())
            .bind(status.as_str())
            .bind(&definition.team)
            .bind(due)
            .bind(waiting)
            .bind(format!("seed-{}", crate::tokens::random_token()))
            .bind(submitted)
            .bind(name.to_lowercase())
            .fetch_optional(conn)
            .await)?;
            let Some(id) = id else { continue };
            events::append_at(&mut tx, id, Who::System, EventKind::Submitted, serde_json::json!({}), submitted).await?;
            if status != Status::Submitted {
                let data = serde_json::json!({ "from": "submitted", "to": status.as_str(), "reason": if status.is_decision() { "Seeded decision." } else { "" } });
                events::append_at(&mut tx, id, Who::System, EventKind::Status, data, submitted + Duration::hours(1)).await?;
            }
            made += 1;
        }
        tx.commit().await?;
    }
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_answers_reach_check_your_answers_and_match_the_schema() {
        let today = Date { year: 2026, month: 11, day: 21 };
        let mut rng = rand::thread_rng();
        for file in ["parking-permit", "bulky-waste", "blue-badge"] {
            let text = std::fs::read_to_string(format!("{}/src/services/definitions/{file}.toml", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let definition: Definition = toml::from_str(&text).unwrap();
            let schema = crate::services::schema::schema(&definition, "");
            for n in 0..20 {
                let answers = complete_answers(&definition, today, &mut rng, n).expect("a complete set of answers");
                assert_eq!(flow::walk(&definition, &answers, today).end, Target::CheckAnswers);
                let problems = crate::services::schema::validate(&schema, &serde_json::to_value(&answers).unwrap());
                assert!(problems.is_empty(), "{file}: {problems:?}");
            }
        }
    }
}
