//! Answer parsing and validation (`services::answers`): form values a person could type, sent to
//! one question of a shipped service (or of `services/every-kind.toml`), and the money and upload
//! checks on their own.
//!
//! Input: a service byte, a question byte, a "today" byte, then `&`-separated pairs; each pair's
//! first byte picks one of the question's input names (so the fuzzer need not guess them) or, past
//! the end of the list, uses the pair's own `name=` part; the rest is the value, percent-decoded.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use portico::services::answers::{self, Raw};

fuzz_target!(|data: &[u8]| {
    let [service, question, day, rest @ ..] = data else { return };
    let services = common::services();
    let definition = &services[usize::from(*service) % services.len()];
    let question = &definition.questions[usize::from(*question) % definition.questions.len()];
    let today = common::today(*day);
    let names = common::input_names(question);

    let mut raw = Raw::new();
    for pair in rest.split(|b| *b == b'&') {
        let Some((pick, pair)) = pair.split_first() else { continue };
        let decoded: Vec<(String, String)> = form_urlencoded::parse(pair).into_owned().collect();
        let (name, value) = match names.get(usize::from(*pick)) {
            Some(name) => (name.clone(), decoded.into_iter().map(|(k, v)| if v.is_empty() { k } else { format!("{k}={v}") }).collect()),
            None => decoded.into_iter().next().unwrap_or_default(),
        };
        raw.entry(name).or_default().push(value);
    }
    common::check(question, &raw, today);

    // The same values through the money reader and the upload check.
    for value in raw.values().flatten() {
        if let Some(pence) = answers::parse_money(value) {
            assert!(pence >= 0, "money is never negative: {value:?}");
            assert_eq!(answers::parse_money(&answers::format_pence(pence)), Some(pence), "pence written and read back: {value:?}");
        }
    }
    let max = u64::from(*service) * 4;
    if let Ok(content_type) = answers::check_upload(rest, max) {
        assert!(!rest.is_empty() && rest.len() as u64 <= max, "{content_type} accepted outside the limits");
    }
});
