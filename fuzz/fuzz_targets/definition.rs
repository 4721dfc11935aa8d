//! The service definition loader: any text, as an import or a designer draft might bring it,
//! through the loader (`load::parse`) and the rules (`rules::check`, `rules::whole_service`).
//! Nothing may panic; a definition the rules pass must also make a request schema, walk from its
//! first question, and survive the designer's write-and-read-back (`toml::to_string`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use portico::{
    profile::fields::Date,
    services::{
        answers::Answers,
        flow, load,
        model::Definition,
        rules,
        schema::{schema, Compiled},
    },
};
use std::path::Path;

const TODAY: Date = Date { year: 2026, month: 2, day: 28 };

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The loader's own error path (it names the line and column of a syntax error).
    let _ = load::parse(Path::new("fuzz.toml"), text, None);
    let Ok(definition) = toml::from_str::<Definition>(text) else { return };
    // With a text list, as stored versions are checked: some ids known, some not.
    let known = |id: &str| id.len() % 3 != 0;
    let _ = rules::check(&definition, Some(&known));
    if !rules::check(&definition, None).is_empty() {
        return;
    }
    let _ = rules::whole_service(&definition);
    let _ = Compiled::new(&schema(&definition, "https://portico.example"));
    let _ = flow::walk(&definition, &Answers::new(), TODAY);
    // The designer stores what it edits by writing the definition anew.
    let written = toml::to_string(&definition).expect("a definition the rules pass can be written");
    let read: Definition = toml::from_str(&written).expect("a written definition reads back");
    assert_eq!(read, definition, "a written definition reads back the same");
});
