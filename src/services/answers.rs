//! Answers and the rules that check them: one implementation, used by the server (which has
//! the last word) and, compiled to WASM, by the browser. A problem is a field id and a Fluent
//! message id; the question may name its own messages, otherwise a message for its type is used.

use super::model::{DateRule, Kind, Question};
use crate::profile::fields::{Address, Date, Phone};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer, as stored in drafts and requests (JSON).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Answer {
    /// Text, choices, email, phone, yes/no, and dates as `YYYY-MM-DD`.
    Text(String),
    /// Whole numbers, and money in pence.
    Number(i64),
    /// Ticked checkboxes.
    List(Vec<String>),
    Address(Address),
    File(Upload),
    /// The items of an "add another" question, each with its fields' answers.
    Group(Vec<Answers>),
}

/// A file the person uploaded: stored outside the web root under a random id.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Upload {
    /// The random name of the stored file (also what makes it unguessable).
    pub file: String,
    /// The name the person's device gave it, for showing back to them.
    pub name: String,
    pub size: u64,
    pub content_type: String,
}

/// Checks an uploaded file by its content, not its name: PDF, JPEG or PNG, not empty, not too big.
/// Returns the content type, or the Fluent message id of the problem.
pub fn check_upload(bytes: &[u8], max_bytes: u64) -> Result<&'static str, &'static str> {
    if bytes.is_empty() {
        return Err("file-error-empty");
    }
    if bytes.len() as u64 > max_bytes {
        return Err("file-error-too-big");
    }
    if bytes.starts_with(b"%PDF-") {
        Ok("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Ok("image/png")
    } else {
        Err("file-error-type")
    }
}

pub type Answers = BTreeMap<String, Answer>;

/// Every message the rules below can return, so that a page can hand their translations to the
/// browser, where the same rules run without Fluent. (A test keeps this list complete.)
pub const RULE_MESSAGES: &[&str] = &[
    "address-error-line1-missing", "address-error-postcode-invalid", "address-error-postcode-missing", "address-error-too-long",
    "address-error-town-missing", "answer-error-exclusive", "answer-error-money-range", "answer-error-not-money",
    "answer-error-not-number", "answer-error-number-range", "answer-error-required-checkboxes", "answer-error-required-choice",
    "answer-error-required-date-choice", "answer-error-required-money", "answer-error-required-number", "answer-error-required-text",
    "answer-error-required-yes-no", "answer-error-too-long", "date-error-future", "date-error-missing", "date-error-missing-day",
    "date-error-missing-month", "date-error-missing-year", "date-error-past", "date-error-real", "dob-error-year-digits",
    "email-error-invalid", "email-error-missing", "phone-error-invalid", "phone-error-missing", "file-error-missing",
];

/// What a person typed for one question: each input name with its values (checkboxes send several).
pub type Raw = BTreeMap<String, Vec<String>>;

pub type Problem = (String, &'static str);

fn first<'a>(raw: &'a Raw, name: &str) -> &'a str {
    raw.get(name).and_then(|v| v.first()).map(|s| s.as_str()).unwrap_or("")
}

/// The input names of a question, in order (the first is where error links point).
pub fn field_ids(question: &Question) -> Vec<String> {
    let id = &question.id;
    match &question.kind {
        Kind::Date { .. } => vec![format!("{id}-day"), format!("{id}-month"), format!("{id}-year")],
        Kind::Address => ["line1", "line2", "town", "postcode", "country"].iter().map(|p| format!("{id}-{p}")).collect(),
        Kind::Repeat { fields, .. } => fields.iter().flat_map(|f| field_ids(&item_question(question, f))).collect(),
        _ => vec![id.clone()],
    }
}

/// One field of an "add another" item as a question of its own, named `{group}-{field}` so that
/// its inputs and errors are unique on the page.
pub fn item_question(group: &Question, field: &Question) -> Question {
    Question { id: format!("{}-{}", group.id, field.id), ..field.clone() }
}

/// Checks one "add another" item: every field, all problems at once.
pub fn parse_item(group: &Question, raw: &Raw, today: Date) -> Result<Answers, Vec<Problem>> {
    let Kind::Repeat { fields, .. } = &group.kind else { return Ok(Answers::new()) };
    let mut item = Answers::new();
    let mut problems = Vec::new();
    for field in fields {
        match parse(&item_question(group, field), raw, today) {
            Ok(Some(answer)) => {
                item.insert(field.id.clone(), answer);
            }
            Ok(None) => {}
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(item)
    } else {
        Err(problems)
    }
}

/// A stored item, back in its inputs.
pub fn item_to_raw(group: &Question, item: &Answers) -> Raw {
    let Kind::Repeat { fields, .. } = &group.kind else { return Raw::new() };
    fields
        .iter()
        .filter_map(|f| item.get(&f.id).map(|a| to_raw(&item_question(group, f), a)))
        .flatten()
        .collect()
}

/// The follow-up question revealed under the chosen radio option, if it has one.
pub fn chosen_follow_up<'a>(question: &'a Question, answer: Option<&Answer>) -> Option<&'a Question> {
    let (Kind::Radios { options }, Some(Answer::Text(value))) = (&question.kind, answer) else { return None };
    options.iter().find(|o| &o.value == value).and_then(|o| o.follow_up.as_deref())
}

/// Checks the follow-up of the chosen option (only that one: the others are hidden or ignored).
pub fn parse_follow_up(question: &Question, answer: Option<&Answer>, raw: &Raw, today: Date) -> Result<Option<(String, Answer)>, Vec<Problem>> {
    let Some(follow_up) = chosen_follow_up(question, answer) else { return Ok(None) };
    Ok(parse(follow_up, raw, today)?.map(|a| (follow_up.id.clone(), a)))
}

/// Checks what was typed for `question`. `Ok(None)` is a skipped optional question.
pub fn parse(question: &Question, raw: &Raw, today: Date) -> Result<Option<Answer>, Vec<Problem>> {
    let id = question.id.as_str();
    let one = |message: &'static str| Err(vec![(id.to_owned(), message)]);
    let value = first(raw, id).trim();
    match &question.kind {
        Kind::Text { max_length, .. } | Kind::LongText { max_length } => {
            if value.is_empty() {
                return if question.required { one("answer-error-required-text") } else { Ok(None) };
            }
            if value.chars().count() > *max_length {
                return one("answer-error-too-long");
            }
            Ok(Some(Answer::Text(value.to_owned())))
        }
        Kind::WholeNumber { min, max } => {
            if value.is_empty() {
                return if question.required { one("answer-error-required-number") } else { Ok(None) };
            }
            let Ok(n) = value.replace(',', "").parse::<i64>() else { return one("answer-error-not-number") };
            if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                return one("answer-error-number-range");
            }
            Ok(Some(Answer::Number(n)))
        }
        Kind::Money { min_pence, max_pence } => {
            if value.is_empty() {
                return if question.required { one("answer-error-required-money") } else { Ok(None) };
            }
            let Some(pence) = parse_money(value) else { return one("answer-error-not-money") };
            if min_pence.is_some_and(|m| pence < m) || max_pence.is_some_and(|m| pence > m) {
                return one("answer-error-money-range");
            }
            Ok(Some(Answer::Number(pence)))
        }
        Kind::Email => {
            if value.is_empty() {
                return if question.required { one("email-error-missing") } else { Ok(None) };
            }
            let plausible = value.split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.ends_with('.'))
                && !value.contains(char::is_whitespace);
            if !plausible {
                return one("email-error-invalid");
            }
            Ok(Some(Answer::Text(value.to_lowercase())))
        }
        Kind::Phone => {
            if value.is_empty() {
                return if question.required { one("phone-error-missing") } else { Ok(None) };
            }
            Phone::parse(value).map(|p| Some(Answer::Text(p.0))).map_err(|_| vec![(id.to_owned(), "phone-error-invalid")])
        }
        Kind::Date { rule } => {
            let ids = field_ids(question);
            let (d, m, y) = (first(raw, &ids[0]), first(raw, &ids[1]), first(raw, &ids[2]));
            if d.trim().is_empty() && m.trim().is_empty() && y.trim().is_empty() && !question.required {
                return Ok(None);
            }
            parse_date(id, d, m, y, *rule, today).map(|date| Some(Answer::Text(date.iso())))
        }
        Kind::Radios { options } | Kind::Select { options } => {
            if value.is_empty() {
                return if question.required { one("answer-error-required-choice") } else { Ok(None) };
            }
            if !options.iter().any(|o| o.value == value) {
                return one("answer-error-required-choice");
            }
            Ok(Some(Answer::Text(value.to_owned())))
        }
        Kind::YesNo => match value {
            "yes" | "no" => Ok(Some(Answer::Text(value.to_owned()))),
            "" if !question.required => Ok(None),
            _ => one("answer-error-required-yes-no"),
        },
        Kind::Checkboxes { options, exclusive } => {
            let ticked: Vec<String> = raw.get(id).cloned().unwrap_or_default().into_iter().filter(|v| !v.is_empty()).collect();
            if ticked.is_empty() {
                return if question.required { one("answer-error-required-checkboxes") } else { Ok(None) };
            }
            let exclusive_value = exclusive.as_ref().map(|e| e.value.as_str());
            let known = |v: &String| options.iter().any(|o| &o.value == v) || Some(v.as_str()) == exclusive_value;
            if !ticked.iter().all(known) {
                return one("answer-error-required-checkboxes");
            }
            if exclusive_value.is_some_and(|e| ticked.iter().any(|t| t == e)) && ticked.len() > 1 {
                return one("answer-error-exclusive");
            }
            Ok(Some(Answer::List(ticked)))
        }
        // The upload itself is checked and stored by the page handler (`check_upload`); what
        // reaches here is the stored file's description, kept as JSON.
        Kind::File { .. } => match serde_json::from_str::<Upload>(value) {
            Ok(upload) => Ok(Some(Answer::File(upload))),
            Err(_) if value.is_empty() && !question.required => Ok(None),
            Err(_) => one("file-error-missing"),
        },
        Kind::NextDates { weekdays, count, lead_days } => {
            if value.is_empty() {
                return if question.required { one("answer-error-required-date-choice") } else { Ok(None) };
            }
            let offered = next_dates(weekdays, *count, *lead_days, today);
            match Date::from_iso(value).filter(|d| offered.contains(d)) {
                Some(date) => Ok(Some(Answer::Text(date.iso()))),
                None => one("answer-error-required-date-choice"),
            }
        }
        // Items are checked one page at a time (`parse_item`); the list itself has no inputs.
        Kind::Repeat { .. } => Ok(None),
        Kind::Address => {
            let ids = field_ids(question);
            let get = |n: usize| first(raw, &ids[n]);
            Address::parse(get(0), get(1), get(2), get(3), get(4))
                .map(|a| Some(Answer::Address(a)))
                .map_err(|problems| {
                    problems
                        .into_iter()
                        .map(|(field, message)| (field.replacen("address", id, 1), message))
                        .collect()
                })
        }
    }
}

/// The dates offered by a `next_dates` question on `today`.
pub fn next_dates(weekdays: &[String], count: u8, lead_days: u8, today: Date) -> Vec<Date> {
    let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let wanted: Vec<u32> = weekdays.iter().filter_map(|w| names.iter().position(|n| n == w).map(|p| p as u32)).collect();
    let mut dates = Vec::new();
    let mut date = today;
    let mut offset = 0u32;
    // A year is more than enough to find `count` dates on any weekday.
    while dates.len() < usize::from(count) && offset < 366 {
        date = date.next_day();
        offset += 1;
        if offset > u32::from(lead_days) && wanted.contains(&date.weekday_from_monday()) {
            dates.push(date);
        }
    }
    dates
}

/// "£1,234.50", "1234.5", "12" → pence. At most two decimal places.
pub fn parse_money(text: &str) -> Option<i64> {
    let text = text.trim().trim_start_matches('£');
    // "12,50" is how Polish, Ukrainian and many other languages write 12.50: a single comma
    // followed by one or two digits is a decimal comma; otherwise commas group thousands.
    let decimal_comma = !text.contains('.') && text.matches(',').count() == 1 && text.rsplit(',').next().is_some_and(|d| (1..=2).contains(&d.trim().len()));
    let text = if decimal_comma { text.replace(',', ".") } else { text.to_owned() };
    let cleaned: String = text.chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || fraction.len() > 2 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let pounds: i64 = whole.parse().ok()?;
    let pence: i64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<2}").parse().ok()? };
    pounds.checked_mul(100)?.checked_add(pence)
}

/// Pence as "£12.50" (the amount; the currency sign comes from the caller's language).
pub fn format_pence(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

fn parse_date(id: &str, d: &str, m: &str, y: &str, rule: DateRule, today: Date) -> Result<Date, Vec<Problem>> {
    let field = |part: &str| format!("{id}-{part}");
    let (d, m, y) = (d.trim(), m.trim(), y.trim());
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Err(vec![(field("day"), "date-error-missing")]);
    }
    for (value, part, message) in [(d, "day", "date-error-missing-day"), (m, "month", "date-error-missing-month"), (y, "year", "date-error-missing-year")] {
        if value.is_empty() {
            return Err(vec![(field(part), message)]);
        }
    }
    let (Ok(day), Ok(month), Ok(year)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) else {
        let part = if d.parse::<u32>().is_err() { "day" } else if m.parse::<u32>().is_err() { "month" } else { "year" };
        return Err(vec![(field(part), "date-error-real")]);
    };
    // Four digits, not a sign and three: "+999" would be stored as 0999 and "-999" as a date that
    // no longer reads back.
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return Err(vec![(field("year"), "dob-error-year-digits")]);
    }
    if !Date::is_real(year, month, day) {
        let part = if !(1..=12).contains(&month) { "month" } else { "day" };
        return Err(vec![(field(part), "date-error-real")]);
    }
    let date = Date { year, month, day };
    match rule {
        DateRule::Past if date >= today => Err(vec![(field("day"), "date-error-past")]),
        DateRule::Future if date <= today => Err(vec![(field("day"), "date-error-future")]),
        _ => Ok(date),
    }
}

/// What a re-shown page puts back in its inputs: the stored answer, as raw input values.
pub fn to_raw(question: &Question, answer: &Answer) -> Raw {
    let ids = field_ids(question);
    let mut raw = Raw::new();
    match (answer, &question.kind) {
        (Answer::Text(iso), Kind::Date { .. }) => {
            if let Some(date) = Date::from_iso(iso) {
                raw.insert(ids[0].clone(), vec![date.day.to_string()]);
                raw.insert(ids[1].clone(), vec![date.month.to_string()]);
                // Four digits, as the rules ask: the year 999 is shown as 0999.
                raw.insert(ids[2].clone(), vec![format!("{:04}", date.year)]);
            }
        }
        (Answer::Number(pence), Kind::Money { .. }) => {
            raw.insert(ids[0].clone(), vec![format_pence(*pence)]);
        }
        (Answer::Text(text), _) => {
            raw.insert(ids[0].clone(), vec![text.clone()]);
        }
        (Answer::Number(n), _) => {
            raw.insert(ids[0].clone(), vec![n.to_string()]);
        }
        (Answer::List(values), _) => {
            raw.insert(ids[0].clone(), values.clone());
        }
        (Answer::Address(a), _) => {
            for (id, value) in ids.iter().zip([&a.line1, &a.line2, &a.town, &a.postcode, &a.country]) {
                raw.insert(id.clone(), vec![value.clone()]);
            }
        }
        (Answer::File(upload), _) => {
            raw.insert(ids[0].clone(), vec![serde_json::to_string(upload).unwrap_or_default()]);
        }
        // Each item goes back into its own page (`item_to_raw`).
        (Answer::Group(_), _) => {}
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::model::{Choice, Kind};

    const TODAY: Date = Date { year: 2026, month: 11, day: 21 };

    fn question(kind: Kind) -> Question {
        Question { id: "q".into(), label: "l".into(), hint: None, summary_label: None, required: true, kind, next: vec![], profile: None }
    }

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        let mut raw = Raw::new();
        for (k, v) in pairs {
            raw.entry(k.to_string()).or_default().push(v.to_string());
        }
        raw
    }

    fn choices(values: &[&str]) -> Vec<Choice> {
        values.iter().map(|v| Choice { value: v.to_string(), label: v.to_string(), hint: None, divider_before: false, follow_up: None }).collect()
    }

    #[test]
    fn required_text_needs_an_answer_and_respects_its_limit() {
        let q = question(Kind::Text { autocomplete: None, max_length: 5, width: None });
        assert_eq!(parse(&q, &raw(&[("q", "  ")]), TODAY).unwrap_err()[0].1, "answer-error-required-text");
        assert_eq!(parse(&q, &raw(&[("q", "toolong")]), TODAY).unwrap_err()[0].1, "answer-error-too-long");
        assert_eq!(parse(&q, &raw(&[("q", " ok ")]), TODAY).unwrap(), Some(Answer::Text("ok".into())));
    }

    #[test]
    fn an_optional_question_may_be_skipped() {
        let mut q = question(Kind::Text { autocomplete: None, max_length: 5, width: None });
        q.required = false;
        assert_eq!(parse(&q, &raw(&[]), TODAY).unwrap(), None);
    }

    #[test]
    fn a_year_written_with_a_sign_is_refused_not_stored_as_a_date_that_does_not_read_back() {
        // Found while writing the answers fuzz target's round trip: "+999" was taken as the year
        // 0999 and shown again as "999", and "-999" was stored as "-999-02-01", which no condition
        // or re-shown page could read.
        let q = question(Kind::Date { rule: DateRule::Any });
        for year in ["+999", "-999", "+202"] {
            let problems = parse(&q, &raw(&[("q-day", "1"), ("q-month", "2"), ("q-year", year)]), TODAY).unwrap_err();
            assert_eq!(problems, vec![("q-year".to_owned(), "dob-error-year-digits")], "{year}");
        }
        let early = parse(&q, &raw(&[("q-day", "1"), ("q-month", "2"), ("q-year", "0999")]), TODAY).unwrap().unwrap();
        assert_eq!(early, Answer::Text("0999-02-01".into()));
        assert_eq!(to_raw(&q, &early)["q-year"], ["0999"], "shown again as it reads");
    }

    #[test]
    fn money_is_read_in_pounds_and_kept_in_pence() {
        assert_eq!(parse_money("£1,234.5"), Some(123_450));
        assert_eq!(parse_money("12"), Some(1200));
        assert_eq!(parse_money("0.05"), Some(5));
        assert_eq!(parse_money("12,50"), Some(1250), "a decimal comma");
        assert_eq!(parse_money("1,234"), Some(123_400), "a thousands comma");
        for bad in ["", "12.345", "abc", "-5", "1.2.3", "£"] {
            assert_eq!(parse_money(bad), None, "{bad}");
        }
        assert_eq!(format_pence(123_450), "1234.50");
    }

    #[test]
    fn numbers_respect_their_range() {
        let q = question(Kind::WholeNumber { min: Some(1), max: Some(10) });
        assert_eq!(parse(&q, &raw(&[("q", "11")]), TODAY).unwrap_err()[0].1, "answer-error-number-range");
        assert_eq!(parse(&q, &raw(&[("q", "two")]), TODAY).unwrap_err()[0].1, "answer-error-not-number");
        assert_eq!(parse(&q, &raw(&[("q", "3")]), TODAY).unwrap(), Some(Answer::Number(3)));
    }

    #[test]
    fn a_date_error_names_the_wrong_part_and_rules_apply() {
        let q = question(Kind::Date { rule: DateRule::Future });
        let e = parse(&q, &raw(&[("q-day", "1"), ("q-month", ""), ("q-year", "2027")]), TODAY).unwrap_err();
        assert_eq!(e[0], ("q-month".to_owned(), "date-error-missing-month"));
        let e = parse(&q, &raw(&[("q-day", "1"), ("q-month", "1"), ("q-year", "2020")]), TODAY).unwrap_err();
        assert_eq!(e[0].1, "date-error-future");
        let ok = parse(&q, &raw(&[("q-day", "1"), ("q-month", "1"), ("q-year", "2027")]), TODAY).unwrap();
        assert_eq!(ok, Some(Answer::Text("2027-01-01".into())));
    }

    #[test]
    fn only_listed_choices_are_accepted() {
        let q = question(Kind::Radios { options: choices(&["a", "b"]) });
        assert_eq!(parse(&q, &raw(&[("q", "c")]), TODAY).unwrap_err()[0].1, "answer-error-required-choice");
        assert_eq!(parse(&q, &raw(&[("q", "b")]), TODAY).unwrap(), Some(Answer::Text("b".into())));
    }

    #[test]
    fn none_of_these_cannot_be_combined_with_other_boxes() {
        let none = Choice { value: "none".into(), label: "none".into(), hint: None, divider_before: true, follow_up: None };
        let q = question(Kind::Checkboxes { options: choices(&["a", "b"]), exclusive: Some(none) });
        assert_eq!(parse(&q, &raw(&[("q", "a"), ("q", "none")]), TODAY).unwrap_err()[0].1, "answer-error-exclusive");
        assert_eq!(parse(&q, &raw(&[("q", "none")]), TODAY).unwrap(), Some(Answer::List(vec!["none".into()])));
        assert_eq!(parse(&q, &raw(&[("q", "a"), ("q", "b")]), TODAY).unwrap(), Some(Answer::List(vec!["a".into(), "b".into()])));
    }

    #[test]
    fn address_errors_point_at_this_questions_inputs() {
        let q = question(Kind::Address);
        let e = parse(&q, &raw(&[("q-line1", ""), ("q-town", "Cardiff"), ("q-postcode", "CF10 1EP")]), TODAY).unwrap_err();
        assert_eq!(e[0].0, "q-line1");
    }

    #[test]
    fn next_dates_offer_the_chosen_weekdays_after_the_lead_time() {
        // 21 November 2026 is a Saturday.
        let dates = next_dates(&["tuesday".into(), "friday".into()], 3, 2, TODAY);
        assert_eq!(dates.iter().map(|d| d.iso()).collect::<Vec<_>>(), ["2026-11-24", "2026-11-27", "2026-12-01"]);
        let q = question(Kind::NextDates { weekdays: vec!["tuesday".into()], count: 2, lead_days: 0 });
        assert_eq!(parse(&q, &raw(&[("q", "2026-11-25")]), TODAY).unwrap_err()[0].1, "answer-error-required-date-choice");
        assert_eq!(parse(&q, &raw(&[("q", "2026-11-24")]), TODAY).unwrap(), Some(Answer::Text("2026-11-24".into())));
    }

    #[test]
    fn uploads_are_recognised_by_their_content_not_their_name() {
        assert_eq!(check_upload(b"%PDF-1.7 ...", 100), Ok("application/pdf"));
        assert_eq!(check_upload(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0], 100), Ok("image/jpeg"));
        assert_eq!(check_upload(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0], 100), Ok("image/png"));
        assert_eq!(check_upload(b"MZ\x90 an executable", 100), Err("file-error-type"));
        assert_eq!(check_upload(b"", 100), Err("file-error-empty"));
        assert_eq!(check_upload(&[b'%'; 101], 100), Err("file-error-too-big"));
    }

    fn group() -> Question {
        let description = Question { id: "description".into(), ..question(Kind::Text { autocomplete: None, max_length: 50, width: None }) };
        let size = Question { id: "size".into(), ..question(Kind::Radios { options: choices(&["small", "large"]) }) };
        question(Kind::Repeat { fields: vec![description, size], item_label: "i".into(), summary_heading: "s".into(), add_another: "a".into(), max_items: 3 })
    }

    #[test]
    fn an_item_is_checked_field_by_field_and_reports_every_problem() {
        let g = group();
        let e = parse_item(&g, &raw(&[("q-description", ""), ("q-size", "huge")]), TODAY).unwrap_err();
        assert_eq!(e, vec![("q-description".to_owned(), "answer-error-required-text"), ("q-size".to_owned(), "answer-error-required-choice")]);
        let item = parse_item(&g, &raw(&[("q-description", "Bench"), ("q-size", "large")]), TODAY).unwrap();
        assert_eq!(item["description"], Answer::Text("Bench".into()));
        let back = item_to_raw(&g, &item);
        assert_eq!(back["q-size"], vec!["large"]);
        assert_eq!(field_ids(&g), vec!["q-description", "q-size"]);
    }

    #[test]
    fn a_group_answer_survives_a_round_trip_through_json() {
        let mut item = Answers::new();
        item.insert("description".into(), Answer::Text("Bench".into()));
        item.insert("count".into(), Answer::Number(2));
        let answer = Answer::Group(vec![item]);
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), answer);
    }

    #[test]
    fn only_the_chosen_options_follow_up_is_checked() {
        let detail = Question { id: "detail".into(), ..question(Kind::Text { autocomplete: None, max_length: 20, width: None }) };
        let mut options = choices(&["a", "other"]);
        options[1].follow_up = Some(Box::new(detail));
        let q = question(Kind::Radios { options });
        let a = Answer::Text("a".into());
        let other = Answer::Text("other".into());
        assert_eq!(parse_follow_up(&q, Some(&a), &raw(&[]), TODAY), Ok(None));
        assert_eq!(parse_follow_up(&q, Some(&other), &raw(&[("detail", "")]), TODAY).unwrap_err()[0].1, "answer-error-required-text");
        assert_eq!(parse_follow_up(&q, Some(&other), &raw(&[("detail", "Shed")]), TODAY), Ok(Some(("detail".into(), Answer::Text("Shed".into())))));
    }

    #[test]
    fn every_message_the_answer_rules_can_return_is_listed_for_the_browser() {
        // The answer rules and the address and phone rules they use; dates of birth and names
        // belong to the profile pages, which the browser does not check.
        let sources = [include_str!("answers.rs"), &include_str!("../profile/fields.rs")[..]];
        for source in sources {
            for piece in source.split('"').skip(1).step_by(2) {
                let rule = ["address-error-", "answer-error-", "date-error-", "email-error-", "phone-error-", "file-error-missing"];
                if rule.iter().any(|p| piece.starts_with(p)) && !piece.contains(' ') {
                    assert!(RULE_MESSAGES.contains(&piece), "{piece} is missing from RULE_MESSAGES");
                }
            }
        }
    }

    #[test]
    fn a_stored_answer_goes_back_into_its_inputs() {
        let q = question(Kind::Date { rule: DateRule::Any });
        let raw = to_raw(&q, &Answer::Text("2025-03-09".into()));
        assert_eq!(raw["q-day"], vec!["9"]);
        assert_eq!(raw["q-year"], vec!["2025"]);
    }
}
