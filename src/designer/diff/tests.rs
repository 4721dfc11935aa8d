use super::*;
use crate::{
    designer::draft::kind,
    services::model::{Condition, Kind, Op, Route, Test},
};

/// A small service: where (radios), when (date), what (long text), and an exit.
fn service() -> Draft {
    let mut d = Draft::new_service("litter", "Report litter", "streets");
    d.set_text("en", "litter-summary", "Tell us where");
    d.set_text("en", "litter-declaration", "It is true");
    let place = d.add_question(kind("radios").unwrap(), "Where is it?");
    d.set_options(&place, "In a park\nOn a street\nSomewhere else");
    d.add_question(kind("date").unwrap(), "When did you see it?");
    d.add_question(kind("long_text").unwrap(), "What is it?");
    d.add_exit("Not for us", "Ask the park's owner.");
    d.set_text("cy", "litter-title", "Rhoi gwybod am sbwriel");
    d
}

fn diff(old: &Draft, new: &Draft) -> Diff {
    Diff::between(old, new, "https://council.example")
}

fn question<'a>(diff: &'a Diff, id: &str) -> &'a QuestionDiff {
    diff.questions.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("{id} not in {:?}", diff.questions))
}

#[test]
fn a_version_compared_with_itself_has_no_changes() {
    let d = service();
    assert!(diff(&d, &d).is_empty(), "{:?}", diff(&d, &d));
}

#[test]
fn an_added_question_is_named_with_its_words_and_enters_the_schema_and_the_export() {
    let old = service();
    let mut new = old.clone();
    new.add_question(kind("email").unwrap(), "Your email address");
    let d = diff(&old, &new);
    let added = question(&d, "your-email-address");
    assert_eq!((added.change, added.label.as_str()), (Presence::Added, "Your email address"));
    assert!(d.questions.iter().all(|q| q.id == "your-email-address"), "nothing else changed or moved: {:?}", d.questions);
    assert!(d.schema.iter().any(|c| c.path == "/properties/your-email-address" && matches!(c.kind, SchemaKind::Added(_))), "{:?}", d.schema);
    assert_eq!(d.csv.keys_added, ["your-email-address"]);
    assert!(d.csv.columns_added.is_empty() && d.csv.keys_removed.is_empty());
    assert!(d.texts.iter().any(|t| t.lang == "en" && t.id == "litter-your-email-address-label" && t.old.is_none() && t.new.as_deref() == Some("Your email address")));
}

#[test]
fn a_removed_question_is_named_with_its_old_words_and_leaves_the_schema() {
    let old = service();
    let mut new = old.clone();
    new.remove_question("what-is-it");
    let d = diff(&old, &new);
    let gone = question(&d, "what-is-it");
    assert_eq!((gone.change, gone.label.as_str()), (Presence::Removed, "What is it?"));
    assert!(d.schema.iter().any(|c| c.path == "/properties/what-is-it" && matches!(c.kind, SchemaKind::Removed(_))));
    assert_eq!(d.csv.keys_removed, ["what-is-it"]);
}

#[test]
fn a_question_moved_down_is_the_only_one_that_moved() {
    let old = service();
    let mut new = old.clone();
    new.move_question("where-is-it", 1);
    let d = diff(&old, &new);
    let moved: Vec<(&str, Option<(usize, usize)>)> = d.questions.iter().map(|q| (q.id.as_str(), q.moved)).collect();
    // Swapping two neighbours: one of them moved past the other, as the common order sees it.
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert!(moved[0].1.is_some());
}

#[test]
fn a_question_added_at_the_top_moves_no_other() {
    let old = service();
    let mut new = old.clone();
    new.add_question(kind("yes_no").unwrap(), "Is it dangerous?");
    let last = new.definition.questions.pop().unwrap();
    new.definition.questions.insert(0, last);
    let d = diff(&old, &new);
    assert_eq!(d.questions.len(), 1, "{:?}", d.questions);
}

#[test]
fn a_question_s_settings_say_what_they_were_and_what_they_are() {
    let old = service();
    let mut new = old.clone();
    let q = &mut new.definition.questions[1];
    q.required = false;
    q.kind = Kind::Date { rule: crate::services::model::DateRule::Past };
    q.profile = Some("date_of_birth".into());
    let hint = new.new_id("when-hint");
    new.set_text("en", &hint, "For example 3 11 2026");
    new.definition.questions[1].hint = Some(hint);
    let d = diff(&old, &new);
    let changed = question(&d, "when-did-you-see-it");
    assert_eq!(changed.change, Presence::Changed);
    let setting = |name: &str| changed.settings.iter().find(|s| s.name == name).cloned().unwrap_or_else(|| panic!("{name}: {:?}", changed.settings));
    assert_eq!(setting("designer-diff-required"), Setting { name: "designer-diff-required", old: Value::Message("designer-yes"), new: Value::Message("designer-no") });
    assert_eq!(setting("designer-diff-date-rule").new, Value::Message("designer-date-past"));
    assert_eq!(setting("designer-diff-profile").new, Value::Message("designer-profile-date-of-birth"));
    assert_eq!(setting("designer-diff-hint"), Setting { name: "designer-diff-hint", old: Value::None, new: Value::Text("For example 3 11 2026".into()) });
    assert!(!changed.settings.iter().any(|s| s.name == "designer-diff-kind"), "still a date");
}

#[test]
fn a_changed_type_of_answer_shows_the_settings_only_one_type_has() {
    let old = service();
    let mut new = old.clone();
    new.definition.questions[2].kind = Kind::WholeNumber { min: Some(1), max: None };
    let d = diff(&old, &new);
    let changed = question(&d, "what-is-it");
    let names: Vec<&str> = changed.settings.iter().map(|s| s.name).collect();
    assert_eq!(names, ["designer-diff-kind", "designer-diff-max-length", "designer-diff-min"]);
    assert_eq!(changed.settings[0].new, Value::Message("designer-kind-whole-number"));
    assert_eq!(changed.settings[1].new, Value::None);
    assert!(d.schema.iter().any(|c| c.path == "/properties/what-is-it/type" && c.kind == SchemaKind::Changed("\"string\"".into(), "\"integer\"".into())), "{:?}", d.schema);
}

#[test]
fn options_added_removed_relabelled_and_reordered_are_each_named() {
    let old = service();
    let mut new = old.clone();
    // "On a street" reworded, "Somewhere else" gone, "In a garden" new, and the park now last.
    new.set_text("en", "litter-where-is-it-on-a-street", "On a road");
    new.set_text("en", "litter-where-is-it-in-a-garden", "In a garden");
    if let Kind::Radios { options } = &mut new.definition.questions[0].kind {
        let park = options.remove(0);
        options.pop();
        options.push(crate::services::model::Choice { value: "in-a-garden".into(), label: "litter-where-is-it-in-a-garden".into(), hint: None, divider_before: false, follow_up: None });
        options.push(park);
    }
    let d = diff(&old, &new);
    let options = &question(&d, "where-is-it").options;
    let find = |value: &str| options.iter().find(|o| o.value == value).unwrap_or_else(|| panic!("{value}: {options:?}"));
    let street = find("on-a-street");
    assert_eq!(street.settings, vec![Setting { name: "designer-diff-option-label", old: Value::Text("On a street".into()), new: Value::Text("On a road".into()) }]);
    assert_eq!(find("in-a-garden").change, Presence::Added);
    assert_eq!((find("somewhere-else").change, find("somewhere-else").label.as_str()), (Presence::Removed, "Somewhere else"));
    assert_eq!(find("in-a-park").moved, Some((1, 3)));
    assert!(street.moved.is_none());
    let values = d.schema.iter().find(|c| c.path == "/properties/where-is-it/enum").unwrap();
    assert_eq!(values.kind, SchemaKind::Values { added: vec!["in-a-garden".into()], removed: vec!["somewhere-else".into()] });
}

#[test]
fn routes_added_removed_changed_and_moved_are_told_apart() {
    let old = {
        let mut d = service();
        let park = Condition::Test(Test { question: "where-is-it".into(), op: Op::Equals("in-a-park".into()) });
        let other = Condition::Test(Test { question: "where-is-it".into(), op: Op::Equals("somewhere-else".into()) });
        d.definition.questions[0].next = vec![
            Route { when: Some(park), go: "exit:not-for-us".into() },
            Route { when: Some(other), go: "what-is-it".into() },
        ];
        d
    };
    let mut new = old.clone();
    let street = Condition::Test(Test { question: "where-is-it".into(), op: Op::Equals("on-a-street".into()) });
    new.definition.questions[0].next[0].when = Some(street.clone());
    let d = diff(&old, &new);
    let routes = &question(&d, "where-is-it").routes;
    assert_eq!(routes.len(), 1, "{routes:?}");
    assert_eq!(routes[0].change, RouteChange::Changed);
    assert_eq!(routes[0].new.as_ref().unwrap().1.when, Some(street));

    let mut swapped = old.clone();
    swapped.definition.questions[0].next.reverse();
    let d = diff(&old, &swapped);
    let changes: Vec<RouteChange> = question(&d, "where-is-it").routes.iter().map(|r| r.change).collect();
    assert_eq!(changes, [RouteChange::Moved]);

    let mut fewer = old.clone();
    fewer.definition.questions[0].next.remove(1);
    fewer.definition.questions[1].next.push(Route { when: None, go: "check-answers".into() });
    let d = diff(&old, &fewer);
    assert_eq!(question(&d, "where-is-it").routes.iter().map(|r| r.change).collect::<Vec<_>>(), [RouteChange::Removed]);
    let added = &question(&d, "when-did-you-see-it").routes;
    assert_eq!((added[0].change, added[0].new.as_ref().map(|(n, _)| *n)), (RouteChange::Added, Some(1)));
}

#[test]
fn service_details_and_exit_pages_that_changed_are_listed() {
    let old = service();
    let mut new = old.clone();
    new.definition.target_working_days = 5;
    new.definition.sign_in = crate::services::model::SignIn::GuestsAllowed;
    new.definition.retention = None;
    new.set_text("en", "litter-summary", "Tell us where the litter is");
    new.set_exit("not-for-us", "Not for us", "Ask the owner of the park.");
    new.add_exit("Too late", "");
    let d = diff(&old, &new);
    let names: Vec<&str> = d.details.iter().map(|s| s.name).collect();
    assert_eq!(names, ["designer-diff-summary", "designer-diff-sign-in", "designer-diff-target-days", "designer-diff-retention"]);
    assert_eq!(d.details[2], Setting { name: "designer-diff-target-days", old: Value::Text("10".into()), new: Value::Text("5".into()) });
    assert_eq!(d.details[3].old, Value::Text("P6Y".into()));
    let exits: Vec<(&str, Presence)> = d.exits.iter().map(|e| (e.id.as_str(), e.change)).collect();
    assert_eq!(exits, [("not-for-us", Presence::Changed), ("too-late", Presence::Added)]);
    assert_eq!(d.exits[0].settings[0].name, "designer-diff-exit-body");
}

#[test]
fn a_welsh_text_changed_added_and_removed_is_listed_under_welsh_after_english() {
    let old = service();
    let mut new = old.clone();
    new.set_text("cy", "litter-title", "Rhoi gwybod am ysbwriel");
    new.set_text("cy", "litter-summary", "Dywedwch wrthym ble");
    new.set_text("en", "litter-declaration", "It is all true");
    let d = diff(&old, &new);
    let texts: Vec<(&str, &str, Option<&str>, Option<&str>)> = d.texts.iter().map(|t| (t.lang.as_str(), t.id.as_str(), t.old.as_deref(), t.new.as_deref())).collect();
    assert_eq!(texts, [
        ("en", "litter-declaration", Some("It is true"), Some("It is all true")),
        ("cy", "litter-title", Some("Rhoi gwybod am sbwriel"), Some("Rhoi gwybod am ysbwriel")),
        ("cy", "litter-summary", None, Some("Dywedwch wrthym ble")),
    ]);
    let mut fewer = new.clone();
    fewer.set_text("cy", "litter-summary", "");
    assert_eq!(diff(&new, &fewer).texts, vec![TextDiff { lang: "cy".into(), id: "litter-summary".into(), old: Some("Dywedwch wrthym ble".into()), new: None }]);
}

#[test]
fn an_add_another_question_s_fields_are_compared_like_questions() {
    let mut old = service();
    let stem = "items".to_owned();
    let repeat = old.repeat_kind(&stem);
    let id = old.add_question(repeat, "Your items");
    old.add_field(&id, kind("text").unwrap(), "Description").unwrap();
    let mut new = old.clone();
    new.add_field(&id, kind("whole_number").unwrap(), "How many").unwrap();
    if let Kind::Repeat { max_items, .. } = &mut new.definition.questions[3].kind {
        *max_items = 9;
    }
    let d = diff(&old, &new);
    let changed = question(&d, &id);
    assert_eq!(changed.fields.iter().map(|f| (f.id.as_str(), f.change)).collect::<Vec<_>>(), [("how-many", Presence::Added)]);
    assert_eq!(changed.settings, vec![Setting { name: "designer-diff-max-items", old: Value::Text("5".into()), new: Value::Text("9".into()) }]);
    assert_eq!(d.csv.keys_added, [format!("{id}[].how-many")]);
}

#[test]
fn json_values_compare_key_by_key_with_pointers_escaped() {
    let mut out = Vec::new();
    let a = serde_json::json!({ "a/b": { "x": 1, "gone": true }, "list": [1, 2] });
    let b = serde_json::json!({ "a/b": { "x": 2 }, "list": [2, 1], "new": "yes" });
    json::compare_json("", &a, &b, &mut out);
    let paths: Vec<&str> = out.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["/a~1b/x", "/a~1b/gone", "/list", "/new"]);
    assert_eq!(out[2].kind, SchemaKind::Changed("[\"1\",\"2\"]".into(), "[\"2\",\"1\"]".into()));
}

#[test]
fn the_export_s_header_is_the_fixed_columns_of_every_export() {
    let d = service();
    assert_eq!(csv_columns(&d.definition).first().map(String::as_str), Some("reference"));
    assert_eq!(answer_keys(&d.definition), ["where-is-it", "when-did-you-see-it", "what-is-it"]);
}
