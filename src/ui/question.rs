//! A service's questions on the page, and their answers read back: the inputs of one question by
//! its type (the GOV.UK pattern for each), an answer as lines (check your answers, the receipt,
//! the back office), and the rules the browser checks a question page with.
//!
//! One home for every place that shows a question: the journey, "add another" items, the
//! citizen's "answer our questions" page, and a designer's preview. Presentation only: it reads
//! the service engine's types and knows nothing of requests, sessions or routes.

use crate::{
    i18n::{use_i18n, I18n},
    profile::fields::{Address, Date},
    services::{
        answers::{self, Answer, Answers, Raw},
        model::{Choice, Kind, Question},
    },
    t,
    ui::{
        form::{described_by, group_class, DateInput, ErrorMessage, FieldErrors, InputProps, Label, Legend, RadioItem, Radios, TextInput},
        islands::ClientRules,
        shell::escape_text,
    },
};
use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// The inputs of one question, by type, following the GOV.UK pattern for each. The question's
/// label is the page heading (`<h1>` inside the label or legend).
/// `nested`: a field among others (an "add another" item, a follow-up), so not the heading.
#[component]
pub fn QuestionInput(question: Question, raw: Raw, errors: FieldErrors, #[prop(optional)] nested: bool) -> AnyView {
    let i = use_i18n();
    let id = question.id.clone();
    let value = |name: &str| raw.get(name).and_then(|v| v.first()).cloned().unwrap_or_default();
    let label = i.t(&question.label);
    let hint = question.hint.as_ref().map(|h| i.t(h));
    let error = errors.get(&id).map(str::to_owned);
    match &question.kind {
        Kind::Text { autocomplete, width, .. } => {
            let autocomplete = autocomplete_token(autocomplete.as_deref());
            let class = match width {
                Some(2) => "input--width-2",
                Some(4) => "input--width-4",
                Some(10) => "input--width-10",
                Some(20) => "input--width-20",
                _ => "",
            };
            let mut props = InputProps::new(id.clone(), label).value(value(&id)).error(&errors).autocomplete(autocomplete).class(class);
            if !nested {
                props = props.heading();
            }
            if let Some(h) = hint {
                props = props.hint(h);
            }
            view! { <TextInput props/> }.into_any()
        }
        Kind::WholeNumber { .. } | Kind::Money { .. } | Kind::Email | Kind::Phone => {
            let (kind, autocomplete, mode, class) = match &question.kind {
                Kind::WholeNumber { .. } => ("text", "off", Some("numeric"), "input--width-10"),
                Kind::Money { .. } => ("text", "off", Some("decimal"), "input--width-10"),
                Kind::Email => ("email", "email", None, "input--width-30"),
                _ => ("tel", "tel", None, "input--width-20"),
            };
            let mut props = InputProps::new(id.clone(), label).value(value(&id)).error(&errors).kind(kind).autocomplete(autocomplete).class(class);
            if !nested {
                props = props.heading();
            }
            if let Some(mode) = mode {
                props = props.inputmode(mode);
            }
            if matches!(question.kind, Kind::Email) {
                props = props.spellcheck(false);
            }
            if let Some(h) = hint {
                props = props.hint(h);
            }
            view! { <TextInput props/> }.into_any()
        }
        Kind::LongText { max_length } => {
            let hint_text = hint.unwrap_or_default();
            let limit = t!(i, "journey-character-limit", limit = *max_length);
            let describedby = described_by(&id, true, error.is_some());
            let group = group_class(error.is_some());
            let class = if error.is_some() { "textarea textarea--error" } else { "textarea" };
            let text = escape_text(&value(&id));
            view! {
                <div class=group>
                    <Label id=id.clone() text=label heading=!nested size="s"/>
                    <div id=format!("{id}-hint") class="hint">{hint_text} " " {limit}</div>
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    // The value is set as markup: <textarea> holds only text, and the renderer's
                    // marker comments would otherwise show inside it.
                    <textarea class=class id=id.clone() name=id.clone() rows="6" aria-describedby=describedby
                        aria-invalid=errors.get(&id).map(|_| "true") data-maxlength=max_length.to_string() inner_html=text></textarea>
                    // Filled in by the character count enhancement; announced politely as the person types.
                    <div id=format!("{id}-count") class="hint character-count__message" aria-live="polite"></div>
                </div>
            }
            .into_any()
        }
        Kind::Date { .. } => {
            let ids = answers::field_ids(&question);
            view! {
                <DateInput prefix=id.clone() legend=label hint=hint.unwrap_or_else(|| t!(i, "journey-date-hint")) errors=errors.clone()
                    day=value(&ids[0]) month=value(&ids[1]) year=value(&ids[2]) autocomplete_prefix=None legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Radios { options } | Kind::Select { options } if matches!(question.kind, Kind::Radios { .. }) || options.len() <= 12 => {
            let items = options
                .iter()
                .map(|o| {
                    let mut item = radio_item(&i, o);
                    if let Some(follow_up) = o.follow_up.as_deref() {
                        let (follow_up, raw, errors) = (follow_up.clone(), raw.clone(), errors.clone());
                        item.conditional = Some(ViewFn::from(move || {
                            view! { <QuestionInput question=follow_up.clone() raw=raw.clone() errors=errors.clone() nested=true/> }
                        }));
                    }
                    item
                })
                .collect();
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Select { options } => {
            let selected = value(&id);
            let opts = options
                .iter()
                .map(|o| view! { <option value=o.value.clone() selected=o.value == selected>{i.t(&o.label)}</option> })
                .collect_view();
            let describedby = described_by(&id, hint.is_some(), error.is_some());
            let group = group_class(error.is_some());
            view! {
                <div class=group>
                    <Label id=id.clone() text=label heading=!nested size="s"/>
                    {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    <select class="select" id=id.clone() name=id.clone() aria-describedby=describedby>
                        <option value="">{t!(i, "journey-select-prompt")}</option>
                        {opts}
                    </select>
                </div>
            }
            .into_any()
        }
        Kind::YesNo => {
            let items = vec![
                RadioItem { value: "yes".into(), label: t!(i, "answer-yes"), hint: None, lang: None, ..Default::default() },
                RadioItem { value: "no".into(), label: t!(i, "answer-no"), hint: None, lang: None, ..Default::default() },
            ];
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::Checkboxes { options, exclusive } => {
            let ticked = raw.get(&id).cloned().unwrap_or_default();
            let describedby = described_by(&id, hint.is_some(), error.is_some());
            let mut all: Vec<(Choice, bool)> = options.iter().map(|o| (o.clone(), false)).collect();
            if let Some(e) = exclusive {
                all.push((e.clone(), true));
            }
            let items = all
                .into_iter()
                .enumerate()
                .map(|(n, (option, is_exclusive))| {
                    let input_id = if n == 0 { id.clone() } else { format!("{id}-{}", n + 1) };
                    let checked = ticked.contains(&option.value);
                    view! {
                        {is_exclusive.then(|| view! { <div class="checkboxes__divider">{t!(i, "journey-or")}</div> })}
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id=input_id.clone() name=id.clone() type="checkbox" value=option.value.clone()
                                checked=checked data-behaviour=is_exclusive.then_some("exclusive")/>
                            <label class="label checkboxes__label" for=input_id>{i.t(&option.label)}</label>
                        </div>
                    }
                })
                .collect_view();
            let group = group_class(error.is_some());
            view! {
                <div class=group>
                    <fieldset class="fieldset" aria-describedby=describedby>
                        <Legend text=label heading=!nested size="s"/>
                        {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
                        {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                        <div class="checkboxes">{items}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Kind::Address => {
            let ids = answers::field_ids(&question);
            let field = |n: usize, label_id: &str, autocomplete: &'static str, class: &'static str| {
                let mut value = value(&ids[n]);
                if n == 4 && value.is_empty() {
                    value = Address::UK.into();
                }
                view! { <TextInput props=InputProps::new(ids[n].clone(), i.t(label_id)).value(value).error(&errors).autocomplete(autocomplete).class(class)/> }
            };
            view! {
                <fieldset class="fieldset">
                    <Legend text=label heading=!nested size="s"/>
                    {hint.map(|h| view! { <div class="hint">{h}</div> })}
                    {field(0, "field-address-line1", "address-line1", "")}
                    {field(1, "field-address-line2", "address-line2", "")}
                    {field(2, "field-address-town", "address-level2", "input--width-20")}
                    {field(3, "field-address-postcode", "postal-code", "input--width-10")}
                    {field(4, "field-address-country", "country-name", "input--width-20")}
                </fieldset>
            }
            .into_any()
        }
        Kind::NextDates { weekdays, count, lead_days } => {
            let items = answers::next_dates(weekdays, *count, *lead_days, Date::today())
                .into_iter()
                .map(|d| RadioItem { value: d.iso(), label: long_date(&i, d), hint: None, lang: None, ..Default::default() })
                .collect();
            view! {
                <Radios name=id.clone() legend=label hint=hint.unwrap_or_default() error=error items selected=value(&id) legend_is_heading=!nested/>
            }
            .into_any()
        }
        Kind::File { max_bytes } => {
            let current = serde_json::from_str::<answers::Upload>(&value(&id)).ok();
            let limit = t!(i, "file-hint-limit", megabytes = (*max_bytes / (1024 * 1024)) as i64);
            let describedby = described_by(&id, true, error.is_some());
            let group = group_class(error.is_some());
            let class = if error.is_some() { "file-upload file-upload--error" } else { "file-upload" };
            view! {
                <div class=group>
                    <Label id=id.clone() text=label heading=!nested size="s"/>
                    <div id=format!("{id}-hint") class="hint">{hint.unwrap_or_default()} " " {limit}</div>
                    {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                    {current.map(|u| view! {
                        <p class="body">{t!(i, "file-current", name = u.name.clone(), size = format_size(&i, u.size))}</p>
                    })}
                    <input class=class id=id.clone() name=id.clone() type="file" aria-describedby=describedby
                        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
                </div>
            }
            .into_any()
        }
        Kind::Repeat { .. } => view! { <p class="body">{t!(i, "journey-items-elsewhere")}</p> }.into_any(),
        Kind::Radios { .. } => unreachable!("radios are handled above"),
    }
}

/// The HTML autocomplete tokens a definition may ask for (WCAG 1.3.5); anything else is "off".
fn autocomplete_token(token: Option<&str>) -> &'static str {
    const TOKENS: [&str; 14] = [
        "name", "given-name", "family-name", "email", "tel", "street-address", "address-line1", "address-line2",
        "address-level2", "postal-code", "country-name", "bday", "organization", "off",
    ];
    token.and_then(|t| TOKENS.iter().find(|k| **k == t).copied()).unwrap_or("off")
}

/// A file size for people: "2.4 MB", "310 KB", in the page's language.
fn format_size(i: &I18n, bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        t!(i, "file-size-mb", size = i.decimal(bytes as f64 / (1024.0 * 1024.0), 1))
    } else {
        t!(i, "file-size-kb", size = bytes.div_ceil(1024).to_string())
    }
}

/// "Tuesday 24 November 2026" in the page's language.
fn long_date(i: &I18n, date: Date) -> String {
    // l10n: uses weekday-*
    let weekday = i.t(&format!("weekday-{}", date.weekday_from_monday() + 1));
    t!(i, "date-with-weekday", weekday = weekday, date = i.date(date.year, date.month, date.day))
}

fn radio_item(i: &I18n, option: &Choice) -> RadioItem {
    RadioItem {
        value: option.value.clone(),
        label: i.t(&option.label),
        hint: option.hint.as_ref().map(|h| i.t(h)),
        divider: option.divider_before.then(|| i.t("journey-or")),
        ..Default::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Answers read back

/// An answer as the check-your-answers list and the receipt show it.
pub fn display(i: &I18n, question: &Question, answer: &Answer) -> Vec<String> {
    let label_of = |options: &[Choice], value: &str| {
        options.iter().find(|o| o.value == value).map_or_else(|| value.to_owned(), |o| i.t(&o.label))
    };
    match (&question.kind, answer) {
        (Kind::Date { .. }, Answer::Text(iso)) => vec![Date::from_iso(iso).map_or_else(|| iso.clone(), |d| i.date(d.year, d.month, d.day))],
        (Kind::NextDates { .. }, Answer::Text(iso)) => vec![Date::from_iso(iso).map_or_else(|| iso.clone(), |d| long_date(i, d))],
        (Kind::Radios { options } | Kind::Select { options }, Answer::Text(v)) => vec![label_of(options, v)],
        (Kind::YesNo, Answer::Text(v)) => vec![i.t(if v == "yes" { "answer-yes" } else { "answer-no" })],
        (Kind::Checkboxes { options, exclusive }, Answer::List(values)) => {
            let all: Vec<Choice> = options.iter().cloned().chain(exclusive.clone()).collect();
            values.iter().map(|v| label_of(&all, v)).collect()
        }
        (Kind::Money { .. }, Answer::Number(pence)) => vec![t!(i, "journey-money", amount = answers::format_pence(*pence).replace('.', &i.t("number-decimal-separator")))],
        (_, Answer::Number(n)) => vec![n.to_string()],
        (_, Answer::Text(text)) => vec![text.clone()],
        (_, Answer::List(values)) => values.clone(),
        (_, Answer::Address(a)) => a.lines(),
        (Kind::Repeat { .. }, Answer::Group(items)) => item_lines(i, question, items),
        (_, Answer::Group(_)) => Vec::new(),
        (_, Answer::File(u)) => vec![t!(i, "file-summary", name = u.name.clone(), size = format_size(i, u.size))],
    }
}

/// A question's answer as lines, with the follow-up revealed under the chosen option.
pub fn answer_lines(i: &I18n, question: &Question, answers: &Answers) -> Option<Vec<String>> {
    let answer = answers.get(&question.id)?;
    let mut lines = display(i, question, answer);
    if let Some(follow_up) = answers::chosen_follow_up(question, Some(answer)) {
        if let Some(more) = answers.get(&follow_up.id) {
            lines.extend(display(i, follow_up, more));
        }
    }
    Some(lines)
}

/// "Item 2", from the definition's `item_label`.
pub fn item_name(i: &I18n, question: &Question, number: usize) -> String {
    let Kind::Repeat { item_label, .. } = &question.kind else { return String::new() };
    let mut args = FluentArgs::new();
    args.set("number", number);
    i.t_args(item_label, &args)
}

/// One line per item for check your answers: "Item 1: Garden bench – Large".
pub fn item_lines(i: &I18n, question: &Question, items: &[Answers]) -> Vec<String> {
    let Kind::Repeat { fields, .. } = &question.kind else { return Vec::new() };
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let values: Vec<String> = fields.iter().filter_map(|f| item.get(&f.id).map(|a| display(i, f, a).join(", "))).collect();
            t!(i, "journey-item-line", item = item_name(i, question, n + 1), values = values.join(" – "))
        })
        .collect()
}

/// What the browser needs to check a question page with the shared rules, in the page's
/// language. `item`: an "add another" item page; `title`: the page's title.
pub fn client_rules(i: &I18n, question: &Question, item: bool, title: &str) -> ClientRules {
    ClientRules {
        question: question.clone(),
        item,
        messages: answers::RULE_MESSAGES.iter().map(|id| (id.to_string(), i.t(id))).collect(),
        today: Date::today().iso(),
        error_prefix: i.t("form-error-prefix"),
        summary_title: i.t("form-error-summary-title"),
        error_title: t!(i, "page-title-error", page = title.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;
    use std::{path::Path, sync::Arc};

    fn i18n(code: &str) -> I18n {
        let catalog = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap();
        let language = catalog.language(code).unwrap().clone();
        I18n::new(Arc::new(catalog), language)
    }

    /// Without Fluent's bidi isolation marks around placeables.
    fn plain(text: String) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn question(id: &str, kind: Kind) -> Question {
        Question { id: id.into(), label: "journey-continue".into(), hint: None, summary_label: None, required: true, kind, next: vec![], profile: None }
    }

    fn render(i: &I18n, view: impl FnOnce() -> AnyView) -> String {
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(i.clone());
            view().to_html()
        });
        owner.unset();
        html
    }

    #[test]
    fn a_file_size_is_written_in_the_units_of_the_page_language() {
        let en = i18n("en");
        assert_eq!(plain(format_size(&en, 2_516_582)), "2.4 MB");
        assert_eq!(plain(format_size(&en, 310 * 1024 - 5)), "310 KB", "kilobytes round up");
        assert_eq!(plain(format_size(&i18n("pl"), 310 * 1024)), "310 kB");
        assert_eq!(plain(format_size(&i18n("uk"), 2_516_582)), "2,4 МБ", "with the decimal comma");
    }

    #[test]
    fn only_the_autocomplete_tokens_of_the_standard_reach_the_page() {
        assert_eq!(autocomplete_token(Some("given-name")), "given-name");
        assert_eq!(autocomplete_token(Some("cc-number")), "off");
        assert_eq!(autocomplete_token(None), "off");
    }

    #[test]
    fn a_follow_up_answer_is_read_back_under_its_option() {
        let en = i18n("en");
        let follow_up = question("where", Kind::Text { autocomplete: None, max_length: 50, width: None });
        let options = ["front", "back"]
            .map(|v| Choice { value: v.into(), label: "answer-yes".into(), hint: None, divider_before: false, follow_up: (v == "back").then(|| Box::new(follow_up.clone())) })
            .to_vec();
        let radios = question("location", Kind::Radios { options });
        let mut given = Answers::new();
        given.insert("location".into(), Answer::Text("back".into()));
        given.insert("where".into(), Answer::Text("By the gate".into()));
        assert_eq!(answer_lines(&en, &radios, &given), Some(vec!["Yes".to_owned(), "By the gate".to_owned()]));
        given.insert("location".into(), Answer::Text("front".into()));
        assert_eq!(answer_lines(&en, &radios, &given), Some(vec!["Yes".to_owned()]), "only the chosen option's follow-up");
        assert_eq!(answer_lines(&en, &question("other", Kind::YesNo), &given), None);
    }

    #[test]
    fn a_question_is_the_page_heading_unless_it_sits_among_others() {
        let en = i18n("en");
        let select = question("zone", Kind::Select { options: (1..=13).map(|n| Choice { value: n.to_string(), label: "answer-no".into(), hint: None, divider_before: false, follow_up: None }).collect() });
        let alone = render(&en, || view! { <QuestionInput question=select.clone() raw=Raw::new() errors=FieldErrors::new()/> }.into_any());
        assert!(alone.contains(r#"<h1 class="label-wrapper"><label for="zone" class="label label--l">Continue</label></h1>"#), "{alone}");
        let nested = render(&en, || view! { <QuestionInput question=select.clone() raw=Raw::new() errors=FieldErrors::new() nested=true/> }.into_any());
        assert!(nested.contains(r#"<label for="zone" class="label label--s">Continue</label>"#), "{nested}");
        let boxes = question("items", Kind::Checkboxes { options: Vec::new(), exclusive: None });
        let nested = render(&en, || view! { <QuestionInput question=boxes.clone() raw=Raw::new() errors=FieldErrors::new() nested=true/> }.into_any());
        assert!(nested.contains(r#"<legend class="fieldset__legend fieldset__legend--s">Continue</legend>"#), "{nested}");
    }
}
