//! Form components after GOV.UK Frontend: error summary, labels and legends, text input,
//! password input, button, radios, date input, and the hidden CSRF field. Errors are keyed by
//! field id; each component wires its hint and error into `aria-describedby` and marks itself
//! `aria-invalid`.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Validation errors of one form, in the order of its fields: Fluent message ids keyed by field id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records message `message_id` for `field` (only the first error of a field is kept).
    pub fn add(&mut self, field: &str, message_id: &str) {
        if self.get(field).is_none() {
            self.0.push((field.to_owned(), message_id.to_owned()));
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(f, m)| (f.as_str(), m.as_str()))
    }
}

/// The box at the top of a page with errors, linking to each field. It takes focus when the page
/// loads (`autofocus` on a focusable region) so screen readers announce it first.
#[component]
pub fn ErrorSummary(errors: FieldErrors) -> impl IntoView {
    let i = use_i18n();
    (!errors.is_empty()).then(|| {
        let items = errors
            .iter()
            .map(|(field, message)| {
                view! { <li><a href=format!("#{field}")>{i.t(message)}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" data-module="error-summary" tabindex="-1" autofocus>
                <div role="alert">
                    <h2 class="error-summary__title">{i.t("form-error-summary-title")}</h2>
                    <div class="error-summary__body">
                        <ul class="list error-summary__list">{items}</ul>
                    </div>
                </div>
            </div>
        }
    })
}

/// The hidden field that carries this session's CSRF token; on a designer page, also the
/// revision of the draft the page shows (a save made against an older one is refused).
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    let revision = use_context::<DraftRevision>().map(|r| view! { <input type="hidden" name="revision" value=r.0.to_string()/> });
    view! { <input type="hidden" name="csrf_token" value=token/> {revision} }
}

/// The revision of the service draft the page shows (put in context when rendering a designer page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftRevision(pub i64);

/// What a single-line input looks like and how browsers may help fill it.
#[derive(Clone, Debug)]
pub struct InputProps {
    /// The field's id and name.
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    pub value: String,
    /// A Fluent message id, when the field has an error.
    pub error: Option<String>,
    pub input_type: &'static str,
    /// The HTML autocomplete token (WCAG 1.3.5): `email`, `new-password`, `given-name` …
    pub autocomplete: &'static str,
    /// Extra classes, e.g. a width: `input--width-20`.
    pub class: &'static str,
    /// Label as the page heading (GOV.UK pattern for one-question pages).
    pub label_is_heading: bool,
    pub spellcheck: Option<bool>,
    pub inputmode: Option<&'static str>,
}

impl InputProps {
    pub fn new(id: impl Into<String>, label: String) -> Self {
        Self {
            id: id.into(),
            label,
            hint: None,
            value: String::new(),
            error: None,
            input_type: "text",
            autocomplete: "off",
            class: "",
            label_is_heading: false,
            spellcheck: None,
            inputmode: None,
        }
    }
    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
    pub fn error(mut self, errors: &FieldErrors) -> Self {
        self.error = errors.get(&self.id).map(str::to_owned);
        self
    }
    pub fn kind(mut self, input_type: &'static str) -> Self {
        self.input_type = input_type;
        self
    }
    pub fn autocomplete(mut self, token: &'static str) -> Self {
        self.autocomplete = token;
        self
    }
    pub fn class(mut self, class: &'static str) -> Self {
        self.class = class;
        self
    }
    pub fn heading(mut self) -> Self {
        self.label_is_heading = true;
        self
    }
    pub fn spellcheck(mut self, on: bool) -> Self {
        self.spellcheck = Some(on);
        self
    }
    pub fn inputmode(mut self, mode: &'static str) -> Self {
        self.inputmode = Some(mode);
        self
    }
}

/// `aria-describedby` for a field: its hint, then its error, when present.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [hint.then(|| format!("{id}-hint")), error.then(|| format!("{id}-error"))]
        .into_iter()
        .flatten()
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field's label. On a one-question page it is the page heading: large and inside an `<h1>`,
/// so that screen readers announce the question as the page's heading (GOV.UK's pattern).
/// Otherwise a plain label, or one of `size` (`s`: a field among others).
#[component]
pub fn Label(
    /// The id of the field it labels.
    #[prop(into)]
    id: String,
    #[prop(into)] text: String,
    #[prop(optional)] heading: bool,
    #[prop(optional)] size: Option<&'static str>,
) -> AnyView {
    if heading {
        view! { <h1 class="label-wrapper"><label class="label label--l" for=id>{text}</label></h1> }.into_any()
    } else {
        let class = size.map_or_else(|| "label".to_owned(), |size| format!("label label--{size}"));
        view! { <label class=class for=id>{text}</label> }.into_any()
    }
}

/// A fieldset's legend. On a one-question page it is the page heading, large and inside an
/// `<h1>` (as [`Label`]); otherwise a legend of `size`: `m` (the default) or `s`.
#[component]
pub fn Legend(#[prop(into)] text: String, #[prop(optional)] heading: bool, #[prop(default = "m")] size: &'static str) -> AnyView {
    if heading {
        view! { <legend class="fieldset__legend fieldset__legend--l"><h1 class="fieldset__heading">{text}</h1></legend> }.into_any()
    } else {
        view! { <legend class=format!("fieldset__legend fieldset__legend--{size}")>{text}</legend> }.into_any()
    }
}

/// The class of a field's outer `div`: marked when the field has an error (a red bar beside it).
pub fn group_class(has_error: bool) -> &'static str {
    if has_error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}

/// The inline error message. The visually hidden prefix tells screen reader users it is an error.
#[component]
pub fn ErrorMessage(id: String, message_id: String) -> impl IntoView {
    let i = use_i18n();
    view! {
        <p id=id class="error-message">
            <span class="visually-hidden">{i.t("form-error-prefix")}</span>
            {i.t(&message_id)}
        </p>
    }
}

#[component]
pub fn TextInput(props: InputProps) -> impl IntoView {
    let InputProps { id, label, hint, value, error, input_type, autocomplete, class, label_is_heading, spellcheck, inputmode } =
        props;
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let group = group_class(error.is_some());
    let input_class = format!("input {}{}", class, if error.is_some() { " input--error" } else { "" });
    view! {
        <div class=group>
            <Label id=id.clone() text=label heading=label_is_heading/>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
            <input
                class=input_class
                id=id.clone()
                name=id
                type=input_type
                value=value
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=invalid
                spellcheck=spellcheck.map(|s| if s { "true" } else { "false" })
                inputmode=inputmode
            />
        </div>
    }
}

/// A password field. Its value is never sent back to the browser. The show/hide toggle is a
/// JavaScript enhancement ([`crate::ui::islands::PasswordToggle`]); without it, this is a plain field.
#[component]
pub fn PasswordInput(
    id: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    /// A Fluent message id, when the field has an error.
    error: Option<String>,
    /// `new-password` or `current-password`, so password managers offer the right thing.
    autocomplete: &'static str,
) -> impl IntoView {
    let i = use_i18n();
    let describedby = described_by(id, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let group = group_class(error.is_some());
    let class = if error.is_some() { "input input--width-20 input--error password-input__input" } else { "input input--width-20 password-input__input" };
    view! {
        <div class=group>
            <label class="label" for=id>{label}</label>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
            <div class="password-input">
                <input
                    class=class
                    id=id
                    name=id
                    type="password"
                    autocomplete=autocomplete
                    spellcheck="false"
                    autocapitalize="none"
                    aria-describedby=describedby
                    aria-invalid=invalid
                />
                <crate::ui::islands::PasswordToggle
                    target=id.to_owned()
                    show=i.t("password-show")
                    hide=i.t("password-hide")
                    shown_announcement=i.t("password-shown")
                    hidden_announcement=i.t("password-hidden")
                />
            </div>
        </div>
    }
}

/// The main button of a form. `data-prevent-double-click` stops a second submission with JavaScript.
#[component]
pub fn Button(
    label: String,
    #[prop(optional)] secondary: bool,
    #[prop(optional)] warning: bool,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional)] value: Option<&'static str>,
) -> impl IntoView {
    let class = match (secondary, warning) {
        (_, true) => "button button--warning",
        (true, _) => "button button--secondary",
        _ => "button",
    };
    view! { <button type="submit" class=class name=name value=value data-prevent-double-click="true">{label}</button> }
}

/// One option of a radio group.
#[derive(Clone, Default)]
pub struct RadioItem {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// Marks the label with a language (the language list names each language in itself).
    pub lang: Option<String>,
    /// The GOV.UK "or" divider before this option (its text).
    pub divider: Option<String>,
    /// Content revealed under this option when it is chosen. Without JavaScript it is always
    /// shown; the enhancement hides it until the option is chosen.
    pub conditional: Option<ViewFn>,
}

/// A GOV.UK radios fieldset; the legend is the page heading on one-question pages.
#[component]
pub fn Radios(
    /// The field's name; items get ids `{name}`, `{name}-2`, … so the error summary can link to the first.
    #[prop(into)]
    name: String,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    error: Option<String>,
    items: Vec<RadioItem>,
    selected: String,
    #[prop(optional)] legend_is_heading: bool,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let describedby = described_by(&name, hint.is_some(), error.is_some());
    let group = group_class(error.is_some());
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let items = items
        .into_iter()
        .enumerate()
        .map(|(n, item)| {
            let id = if n == 0 { name.clone() } else { format!("{name}-{}", n + 1) };
            let checked = item.value == selected;
            let hint_id = format!("{id}-item-hint");
            let conditional_id = format!("conditional-{id}");
            view! {
                {item.divider.map(|d| view! { <div class="radios__divider">{d}</div> })}
                <div class="radios__item">
                    <input class="radios__input" id=id.clone() name=name.clone() type="radio" value=item.value checked=checked
                        aria-describedby=item.hint.as_ref().map(|_| hint_id.clone())
                        data-aria-controls=item.conditional.as_ref().map(|_| conditional_id.clone())/>
                    <label class="label radios__label" for=id lang=item.lang>{item.label}</label>
                    {item.hint.map(|h| view! { <div id=hint_id class="hint radios__hint">{h}</div> })}
                </div>
                {item.conditional.map(|c| view! { <div class="radios__conditional" id=conditional_id>{c.run()}</div> })}
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset class="fieldset" aria-describedby=describedby>
                <Legend text=legend heading=legend_is_heading/>
                {hint.map(|h| view! { <div id=hint_id class="hint">{h}</div> })}
                {error.map(|e| view! { <ErrorMessage id=error_id message_id=e/> })}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

/// The GOV.UK date pattern: day, month and year inputs in a fieldset. `prefix` names the inputs
/// `{prefix}-day`, `-month`, `-year`; an error marks only the part it names (or all, for the day
/// field, which stands for the whole date).
#[component]
pub fn DateInput(
    #[prop(into)]
    prefix: String,
    legend: String,
    hint: String,
    errors: FieldErrors,
    day: String,
    month: String,
    year: String,
    /// `bday` for a date of birth, so browsers can fill it in.
    autocomplete_prefix: Option<&'static str>,
    #[prop(optional)] legend_is_heading: bool,
) -> impl IntoView {
    let i = use_i18n();
    let ids = [format!("{prefix}-day"), format!("{prefix}-month"), format!("{prefix}-year")];
    let error = ids.iter().find_map(|id| errors.get(id).map(|m| (id.clone(), m.to_owned())));
    let error_field = error.as_ref().map(|(f, _)| f.clone());
    // "Enter a date" and "must be in the past" are about the whole date: every part is marked.
    let whole = error.as_ref().is_some_and(|(_, m)| m.ends_with("error-missing") || m.ends_with("error-past"));
    let describedby = described_by(&prefix, true, error.is_some());
    let group = group_class(error.is_some());
    let parts = [
        (ids[0].clone(), i.t("date-day"), day, "input--width-2", "day"),
        (ids[1].clone(), i.t("date-month"), month, "input--width-2", "month"),
        (ids[2].clone(), i.t("date-year"), year, "input--width-4", "year"),
    ]
    .into_iter()
    .map(|(id, label, value, width, part)| {
        let wrong = error_field.as_deref() == Some(id.as_str()) || (whole && error.is_some());
        let class = format!("input date-input__input {width}{}", if wrong { " input--error" } else { "" });
        let autocomplete = autocomplete_prefix.map(|p| format!("{p}-{part}")).unwrap_or_else(|| "off".into());
        view! {
            <div class="date-input__item">
                <div class="form-group">
                    <label class="label date-input__label" for=id.clone()>{label}</label>
                    <input class=class id=id.clone() name=id type="text" inputmode="numeric" value=value
                        autocomplete=autocomplete aria-invalid=wrong.then_some("true")/>
                </div>
            </div>
        }
    })
    .collect_view();
    view! {
        <div class=group>
            <fieldset class="fieldset" role="group" aria-describedby=describedby>
                <Legend text=legend heading=legend_is_heading/>
                <div id=format!("{prefix}-hint") class="hint">{hint}</div>
                {error.map(|(_, m)| view! { <ErrorMessage id=format!("{prefix}-error") message_id=m/> })}
                <div class="date-input" id=prefix>{parts}</div>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(view: impl FnOnce() -> AnyView) -> String {
        let owner = Owner::new();
        let html = owner.with(|| view().to_html());
        owner.unset();
        html
    }

    #[test]
    fn a_legend_is_the_page_heading_only_on_a_one_question_page() {
        let heading = html(|| view! { <Legend text="Where?" heading=true/> }.into_any());
        assert_eq!(heading, r#"<legend class="fieldset__legend fieldset__legend--l"><h1 class="fieldset__heading">Where?</h1></legend>"#);
        assert_eq!(html(|| view! { <Legend text="Where?"/> }.into_any()), r#"<legend class="fieldset__legend fieldset__legend--m">Where?</legend>"#);
        assert_eq!(
            html(|| view! { <Legend text="Where?" size="s"/> }.into_any()),
            r#"<legend class="fieldset__legend fieldset__legend--s">Where?</legend>"#
        );
    }

    #[test]
    fn a_label_is_the_page_heading_only_on_a_one_question_page() {
        let heading = html(|| view! { <Label id="zone" text="Zone" heading=true/> }.into_any());
        assert_eq!(heading, r#"<h1 class="label-wrapper"><label for="zone" class="label label--l">Zone</label></h1>"#);
        assert_eq!(html(|| view! { <Label id="zone" text="Zone"/> }.into_any()), r#"<label for="zone" class="label">Zone</label>"#);
        assert_eq!(html(|| view! { <Label id="zone" text="Zone" size="s"/> }.into_any()), r#"<label for="zone" class="label label--s">Zone</label>"#);
    }
}
