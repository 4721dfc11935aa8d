//! The settings of the simple types of answer, shared by a question's page and the page of a
//! question asked for each item of an "add another" list: lengths, the width and autofill of a
//! short text, number and money limits, the date rule. Each is read back from the form with its
//! error, so what was typed comes back when something cannot be used.

use super::field;
use crate::{
    i18n::use_i18n,
    services::model::{DateRule, Kind},
    t,
    ui::form::{FieldErrors, InputProps, RadioItem, Radios, TextInput},
};
use leptos::prelude::*;

/// The widths a short text box may have (a GOV.UK width class), `full` for the column's width.
const WIDTHS: [&str; 6] = ["full", "2", "4", "10", "20", "30"];

/// The autofill a short text may ask the browser for (WCAG 1.3.5), `none` for nothing.
const AUTOFILL: [&str; 6] = ["none", "name", "given-name", "family-name", "organization", "postal-code"];

fn number(value: Option<i64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The form's values for the settings of `kind`.
pub(super) fn values(kind: &Kind) -> Vec<(String, String)> {
    let pair = |a: String, b: String| vec![("setting_a".to_owned(), a), ("setting_b".to_owned(), b)];
    match kind {
        Kind::Text { max_length, autocomplete, width } => {
            let mut v = pair(max_length.to_string(), String::new());
            v.push(("width".into(), width.map_or_else(|| "full".to_owned(), |w| w.to_string())));
            v.push(("autocomplete".into(), autocomplete.clone().unwrap_or_else(|| "none".into())));
            v
        }
        Kind::LongText { max_length } => pair(max_length.to_string(), String::new()),
        Kind::WholeNumber { min, max } => pair(number(*min), number(*max)),
        Kind::Money { min_pence, max_pence } => pair(number(min_pence.map(|p| p / 100)), number(max_pence.map(|p| p / 100))),
        Kind::Date { rule } => pair(format!("{rule:?}").to_lowercase(), String::new()),
        _ => Vec::new(),
    }
}

/// A whole number from the form, or none when left empty ("no limit"); an error when it is not one.
pub(super) fn whole(fields: &[(String, String)], name: &str, errors: &mut FieldErrors) -> Option<i64> {
    let text = field(fields, name);
    if text.is_empty() {
        return None;
    }
    let parsed = text.parse::<i64>().ok().filter(|n| n.abs() < 1_000_000_000);
    if parsed.is_none() {
        errors.add(name, "designer-error-number");
    }
    parsed
}

/// `kind` with the settings the form gives (other types come back as they are).
pub(super) fn read(kind: &Kind, fields: &[(String, String)], errors: &mut FieldErrors) -> Kind {
    let mut kind = kind.clone();
    match &mut kind {
        Kind::Text { max_length, .. } | Kind::LongText { max_length } => match whole(fields, "setting_a", errors) {
            Some(n) if n > 0 => *max_length = n as usize,
            _ => errors.add("setting_a", "designer-error-number"),
        },
        Kind::WholeNumber { min, max } => {
            *min = whole(fields, "setting_a", errors);
            *max = whole(fields, "setting_b", errors);
        }
        Kind::Money { min_pence, max_pence } => {
            *min_pence = whole(fields, "setting_a", errors).map(|p| p * 100);
            *max_pence = whole(fields, "setting_b", errors).map(|p| p * 100);
        }
        Kind::Date { rule } => {
            *rule = match field(fields, "setting_a").as_str() {
                "past" => DateRule::Past,
                "future" => DateRule::Future,
                _ => DateRule::Any,
            }
        }
        _ => {}
    }
    if let Kind::Text { autocomplete, width, .. } = &mut kind {
        *width = field(fields, "width").parse().ok();
        let token = field(fields, "autocomplete");
        *autocomplete = AUTOFILL.contains(&token.as_str()).then_some(token).filter(|t| t != "none");
    }
    kind
}

/// The inputs for the settings of `kind`, when it is one of the simple types.
pub(super) fn view(kind: &Kind, fields: &[(String, String)], errors: &FieldErrors) -> Option<AnyView> {
    let i = use_i18n();
    let get = |k: &str| field(fields, k);
    let input = |name: &'static str, label: String, hint: String| {
        view! { <TextInput props=InputProps::new(name, label).hint(hint).value(get(name)).error(errors).inputmode("numeric").class("input--width-10")/> }
    };
    Some(match kind {
        Kind::Text { .. } => {
            // l10n: uses designer-width-*
            let widths = WIDTHS.iter().map(|w| RadioItem { value: (*w).to_owned(), label: i.t(&format!("designer-width-{w}")), ..Default::default() }).collect();
            // l10n: uses designer-autofill-*
            let autofill = AUTOFILL.iter().map(|a| RadioItem { value: (*a).to_owned(), label: i.t(&format!("designer-autofill-{a}")), ..Default::default() }).collect();
            view! {
                {input("setting_a", t!(i, "designer-field-max-length"), t!(i, "designer-field-max-length-hint"))}
                <Radios name="width" legend=t!(i, "designer-field-width") error=None items=widths selected=get("width")/>
                <Radios name="autocomplete" legend=t!(i, "designer-field-autofill") hint=t!(i, "designer-field-autofill-hint") error=None items=autofill selected=get("autocomplete")/>
            }
            .into_any()
        }
        Kind::LongText { .. } => input("setting_a", t!(i, "designer-field-max-length"), t!(i, "designer-field-max-length-hint")).into_any(),
        Kind::WholeNumber { .. } => view! {
            {input("setting_a", t!(i, "designer-field-min"), t!(i, "designer-field-limit-hint"))}
            {input("setting_b", t!(i, "designer-field-max"), t!(i, "designer-field-limit-hint"))}
        }
        .into_any(),
        Kind::Money { .. } => view! {
            {input("setting_a", t!(i, "designer-field-min-pounds"), t!(i, "designer-field-limit-hint"))}
            {input("setting_b", t!(i, "designer-field-max-pounds"), t!(i, "designer-field-limit-hint"))}
        }
        .into_any(),
        Kind::Date { .. } => {
            let rules = ["any", "past", "future"]
                // l10n: uses designer-date-*
                .map(|r| RadioItem { value: r.into(), label: i.t(&format!("designer-date-{r}")), ..Default::default() })
                .to_vec();
            view! { <Radios name="setting_a" legend=t!(i, "designer-field-date-rule") error=errors.get("setting_a").map(str::to_owned) items=rules selected=get("setting_a")/> }.into_any()
        }
        _ => return None,
    })
}
