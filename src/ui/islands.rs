//! Islands: the only parts of a page that run in the browser. Each one enhances server HTML that
//! already works without JavaScript, and takes its (translated) text as props, because
//! translations live on the server.

use leptos::prelude::*;

/// A "Print this page" button. Without JavaScript there is nothing to press (browsers have their own
/// print command), so it stays `hidden` until the island has hydrated.
#[island]
pub fn PrintButton(label: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    // Effects run only in the browser, so the server renders the button hidden.
    Effect::new(move |_| set_ready.set(true));
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="button button--secondary print-button" hidden=move || !ready.get() on:click=print>
            {label}
        </button>
    }
}

/// Show/hide for a password field. The field works without it; with JavaScript a button appears
/// that switches the field between hidden and visible text, and a polite live region says which.
#[island]
pub fn PasswordToggle(
    target: String,
    show: String,
    hide: String,
    shown_announcement: String,
    hidden_announcement: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (visible, set_visible) = signal(false);
    // Nothing is announced until the person presses the button.
    let (touched, set_touched) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let toggle = {
        let target = target.clone();
        move |_| {
            let now_visible = !visible.get_untracked();
            set_visible.set(now_visible);
            set_touched.set(true);
            #[cfg(feature = "hydrate")]
            if let Some(input) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&target)) {
                let _ = input.set_attribute("type", if now_visible { "text" } else { "password" });
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = &target;
        }
    };
    let label = move || if visible.get() { hide.clone() } else { show.clone() };
    let announcement = move || {
        if !touched.get() {
            String::new()
        } else if visible.get() {
            shown_announcement.clone()
        } else {
            hidden_announcement.clone()
        }
    };
    view! {
        <button
            type="button"
            class="button button--secondary password-input__toggle"
            aria-controls=target.clone()
            hidden=move || !ready.get()
            on:click=toggle
        >
            {label}
        </button>
        <span class="visually-hidden" aria-live="polite">{announcement}</span>
    }
}

/// The session timeout warning (WCAG 2.2.1 Timing adjustable). Two minutes before the idle
/// timeout a modal dialog says so and offers to stay signed in, which renews the session in the
/// background (so nothing typed on the page is lost). If nothing happens, the page moves to
/// "you have been signed out" when the session ends. Without JavaScript the shell states the
/// rule in words instead.
#[island]
pub fn SessionTimeout(
    idle_seconds: u32,
    warning_seconds: u32,
    csrf: String,
    title: String,
    body: String,
    stay: String,
    sign_out: String,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let generation = StoredValue::new(0u32);

    let schedule = move || {
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        let warn_after = std::time::Duration::from_secs(u64::from(idle_seconds.saturating_sub(warning_seconds)));
        let end_after = std::time::Duration::from_secs(u64::from(idle_seconds));
        set_timeout(
            move || {
                if generation.get_value() == current {
                    if let Some(dialog) = dialog.get_untracked() {
                        // showModal keeps focus inside the dialog and makes the page behind inert.
                        let _ = dialog.show_modal();
                    }
                }
            },
            warn_after,
        );
        set_timeout(
            move || {
                if generation.get_value() == current {
                    #[cfg(feature = "hydrate")]
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().assign("/signed-out?reason=timeout");
                    }
                }
            },
            end_after,
        );
    };
    Effect::new(move |_| schedule());

    let stay_signed_in = {
        let csrf = csrf.clone();
        move |_| {
            let csrf = csrf.clone();
            leptos::task::spawn_local(async move {
                if keep_alive(&csrf).await {
                    if let Some(dialog) = dialog.get_untracked() {
                        dialog.close();
                    }
                    schedule();
                }
            });
        }
    };

    view! {
        <dialog node_ref=dialog class="timeout-dialog" aria-labelledby="timeout-title" aria-describedby="timeout-body">
            <h2 class="heading-m" id="timeout-title">{title}</h2>
            <p class="body" id="timeout-body">{body}</p>
            <div class="button-group">
                <button type="button" class="button" on:click=stay_signed_in>{stay}</button>
                <form method="post" action="/sign-out">
                    <input type="hidden" name="csrf_token" value=csrf/>
                    <button type="submit" class="button button--secondary">{sign_out}</button>
                </form>
            </div>
        </dialog>
    }
}

/// Renews the session through its server function; `false` when it was refused or failed.
#[allow(unused_variables)]
async fn keep_alive(csrf: &str) -> bool {
    #[cfg(feature = "hydrate")]
    return crate::rpc::session::keep_alive(csrf.to_owned()).await.is_ok();
    #[cfg(not(feature = "hydrate"))]
    false
}

/// Small enhancements for every form on the page, as GOV.UK Frontend has them. Each only adds to
/// what already works without JavaScript:
/// - a character count under long answers (`data-maxlength`), updated in a polite live region;
/// - a double-submit guard: a second submission within a second of the first is ignored;
/// - "None of these" checkboxes (`data-behaviour="exclusive"`) untick the others, and the
///   others untick it. The server checks the same rule;
/// - conditional reveal: a follow-up under a radio option is hidden until the option is chosen.
///
/// The count's wording names no number in a way that needs plural forms ("Characters left: 12"),
/// because the browser build carries no Fluent.
#[island]
pub fn FormEnhancements(remaining: String, over: String) -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        enhance::install(remaining.clone(), over.clone());
        #[cfg(not(feature = "hydrate"))]
        let _ = (&remaining, &over);
    });
}

#[cfg(feature = "hydrate")]
mod enhance {
    use leptos::{ev, leptos_dom::helpers::window_event_listener};
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlInputElement, HtmlTextAreaElement};

    fn document() -> Option<web_sys::Document> {
        web_sys::window().and_then(|w| w.document())
    }

    fn count(area: &HtmlTextAreaElement, remaining: &str, over: &str) {
        let Some(max) = area.get_attribute("data-maxlength").and_then(|m| m.parse::<i64>().ok()) else { return };
        let Some(message) = document().and_then(|d| d.get_element_by_id(&format!("{}-count", area.id()))) else { return };
        let used = area.value().chars().count() as i64;
        let (text, class) = if used <= max {
            (format!("{remaining} {}", max - used), "hint character-count__message")
        } else {
            (format!("{over} {}", used - max), "error-message character-count__message character-count__message--over")
        };
        message.set_text_content(Some(&text));
        message.set_class_name(class);
    }

    /// GOV.UK conditional reveal: what is under a radio option shows only while it is chosen.
    /// Without JavaScript it all shows, and the server ignores what belongs to other options.
    fn sync_conditionals(name: &str) {
        let Some(doc) = document() else { return };
        let selector = format!("input[type=radio][name=\"{}\"][data-aria-controls]", name.replace('"', ""));
        let Ok(radios) = doc.query_selector_all(&selector) else { return };
        for n in 0..radios.length() {
            let Some(radio) = radios.item(n).and_then(|r| r.dyn_into::<HtmlInputElement>().ok()) else { continue };
            let Some(controls) = radio.get_attribute("data-aria-controls") else { continue };
            let Some(target) = doc.get_element_by_id(&controls) else { continue };
            // Only aria-controls: radios do not take aria-expanded (GOV.UK Frontend dropped it too).
            let _ = radio.set_attribute("aria-controls", &controls);
            if radio.checked() {
                let _ = target.remove_attribute("hidden");
            } else {
                let _ = target.set_attribute("hidden", "");
            }
        }
    }

    pub fn install(remaining: String, over: String) {
        if let Some(Ok(radios)) = document().map(|d| d.query_selector_all("input[type=radio][data-aria-controls]")) {
            for n in 0..radios.length() {
                if let Some(radio) = radios.item(n).and_then(|r| r.dyn_into::<HtmlInputElement>().ok()) {
                    sync_conditionals(&radio.name());
                }
            }
        }
        let _ = window_event_listener(ev::change, move |e| {
            if let Some(radio) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).filter(|r| r.type_() == "radio") {
                sync_conditionals(&radio.name());
            }
        });

        // Counts shown at once, then kept up to date as the person types.
        if let Ok(areas) = document().map_or(Err(wasm_bindgen::JsValue::NULL), |d| d.query_selector_all("textarea[data-maxlength]")) {
            for n in 0..areas.length() {
                if let Some(area) = areas.item(n).and_then(|a| a.dyn_into::<HtmlTextAreaElement>().ok()) {
                    count(&area, &remaining, &over);
                }
            }
        }
        let _ = window_event_listener(ev::input, move |e| {
            if let Some(area) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                count(&area, &remaining, &over);
            }
        });

        let last = Rc::new(Cell::new(f64::NEG_INFINITY));
        let _ = window_event_listener(ev::submit, move |e| {
            let now = web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
            if now - last.get() < 1000.0 {
                e.prevent_default();
            } else {
                last.set(now);
            }
        });

        let _ = window_event_listener(ev::change, move |e| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            if input.type_() != "checkbox" || !input.checked() {
                return;
            }
            let exclusive = input.get_attribute("data-behaviour").as_deref() == Some("exclusive");
            let selector = format!("input[type=checkbox][name=\"{}\"]", input.name().replace('"', ""));
            let Some(boxes) = document().and_then(|d| d.query_selector_all(&selector).ok()) else { return };
            for n in 0..boxes.length() {
                let Some(other) = boxes.item(n).and_then(|b| b.dyn_into::<HtmlInputElement>().ok()) else { continue };
                let other_exclusive = other.get_attribute("data-behaviour").as_deref() == Some("exclusive");
                if other != input && (exclusive || other_exclusive) {
                    other.set_checked(false);
                }
            }
        });
    }
}

/// What the browser needs to check a question page with the same rules as the server: the
/// question, the translations of every message the rules can return, and the page's wording.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ClientRules {
    pub question: crate::services::model::Question,
    /// An "add another" item page: the item's fields are checked.
    pub item: bool,
    pub messages: Vec<(String, String)>,
    /// Today, as `YYYY-MM-DD`, in the council's time zone (the server's).
    pub today: String,
    /// "Error:", read before each inline message.
    pub error_prefix: String,
    pub summary_title: String,
    /// The page title with its "Error: " prefix.
    pub error_title: String,
}

/// Client-side validation: on submit, the form's values are checked with the shared rules
/// (`services::answers`, compiled to WASM). Problems stop the submission and are shown as the
/// server would show them: an error summary (focused) linking to each field, an inline message in
/// the field's `aria-describedby`, `aria-invalid`, and a title starting with "Error:". The server
/// checks again either way; a language switch or a file upload is never held back.
#[island]
pub fn ClientValidation(rules: ClientRules) -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        validation::install(rules.clone());
        #[cfg(not(feature = "hydrate"))]
        let _ = &rules;
    });
}

#[cfg(feature = "hydrate")]
mod validation {
    use super::ClientRules;
    use crate::services::answers::{self, Raw};
    use leptos::{ev, leptos_dom::helpers::window_event_listener};
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

    const FORM_ID: &str = "journey-form";

    fn document() -> Option<Document> {
        web_sys::window().and_then(|w| w.document())
    }

    /// The form's values as the server would receive them.
    fn raw(form: &HtmlFormElement) -> Raw {
        let mut raw = Raw::new();
        let elements = form.elements();
        for n in 0..elements.length() {
            let Some(element) = elements.item(n) else { continue };
            let (name, value) = if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                let kind = input.type_();
                if matches!(kind.as_str(), "submit" | "button" | "file") || (matches!(kind.as_str(), "checkbox" | "radio") && !input.checked()) {
                    continue;
                }
                (input.name(), input.value())
            } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                (area.name(), area.value())
            } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
                (select.name(), select.value())
            } else {
                continue;
            };
            if !name.is_empty() && name != "csrf_token" && name != "action" {
                raw.entry(name).or_default().push(value);
            }
        }
        raw
    }

    fn problems(rules: &ClientRules, raw: &Raw) -> Vec<(String, &'static str)> {
        let Some(today) = crate::profile::fields::Date::from_iso(&rules.today) else { return Vec::new() };
        let question = &rules.question;
        if rules.item {
            return answers::parse_item(question, raw, today).err().unwrap_or_default();
        }
        match answers::parse(question, raw, today) {
            Err(problems) => problems,
            Ok(answer) => answers::parse_follow_up(question, answer.as_ref(), raw, today).err().unwrap_or_default(),
        }
    }

    /// Takes away the errors shown before (by the server or by an earlier check).
    fn clear(doc: &Document, form: &Element) {
        let remove_all = |root: &Element, selector: &str| {
            if let Ok(found) = root.query_selector_all(selector) {
                for n in 0..found.length() {
                    if let Some(node) = found.item(n).and_then(|n| n.dyn_into::<Element>().ok()) {
                        node.remove();
                    }
                }
            }
        };
        if let Some(body) = doc.body() {
            remove_all(&body, ".error-summary");
        }
        remove_all(form, ".error-message:not(.character-count__message)");
        if let Ok(found) = form.query_selector_all(".form-group--error, [aria-invalid], .input--error, .textarea--error, .select--error") {
            for n in 0..found.length() {
                if let Some(el) = found.item(n).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let classes = el.class_list();
                    let _ = classes.remove_3("form-group--error", "input--error", "textarea--error");
                    let _ = classes.remove_1("select--error");
                    let _ = el.remove_attribute("aria-invalid");
                }
            }
        }
    }

    fn message<'a>(rules: &'a ClientRules, id: &str) -> &'a str {
        rules.messages.iter().find(|(k, _)| k == id).map_or("", |(_, v)| v.as_str())
    }

    fn show(doc: &Document, form: &Element, rules: &ClientRules, problems: &[(String, &'static str)]) -> Option<()> {
        let summary = doc.create_element("div").ok()?;
        summary.set_class_name("error-summary");
        let _ = summary.set_attribute("tabindex", "-1");
        let alert = doc.create_element("div").ok()?;
        let _ = alert.set_attribute("role", "alert");
        let title = doc.create_element("h2").ok()?;
        title.set_class_name("error-summary__title");
        title.set_text_content(Some(&rules.summary_title));
        let body = doc.create_element("div").ok()?;
        body.set_class_name("error-summary__body");
        let list = doc.create_element("ul").ok()?;
        list.set_class_name("list error-summary__list");
        for (field, id) in problems {
            let text = message(rules, id);
            let item = doc.create_element("li").ok()?;
            let link = doc.create_element("a").ok()?;
            let _ = link.set_attribute("href", &format!("#{field}"));
            link.set_text_content(Some(text));
            let _ = item.append_child(&link);
            let _ = list.append_child(&item);

            // The inline message, where the server would put it: above the input, or above the
            // group of radios, checkboxes or date parts it belongs to.
            let Some(input) = doc.get_element_by_id(field) else { continue };
            let group = input.closest(".form-group").ok().flatten();
            let anchor = input
                .closest(".radios, .checkboxes, .date-input")
                .ok()
                .flatten()
                .filter(|a| group.as_ref().is_some_and(|g| g.contains(Some(&**a))))
                .unwrap_or_else(|| input.clone());
            if let Some(group) = &group {
                let _ = group.class_list().add_1("form-group--error");
            }
            let error_id = format!("{field}-error");
            if doc.get_element_by_id(&error_id).is_none() {
                let p = doc.create_element("p").ok()?;
                p.set_id(&error_id);
                p.set_class_name("error-message");
                let prefix = doc.create_element("span").ok()?;
                prefix.set_class_name("visually-hidden");
                prefix.set_text_content(Some(&format!("{} ", rules.error_prefix)));
                let _ = p.append_child(&prefix);
                let _ = p.append_child(&doc.create_text_node(text));
                if let Some(parent) = anchor.parent_node() {
                    let _ = parent.insert_before(&p, Some(&*anchor));
                }
            }
            let _ = input.set_attribute("aria-invalid", "true");
            let described = input.get_attribute("aria-describedby").unwrap_or_default();
            if !described.split_whitespace().any(|d| d == error_id) {
                let _ = input.set_attribute("aria-describedby", format!("{described} {error_id}").trim());
            }
            for (class, kind) in [("input", "input--error"), ("textarea", "textarea--error"), ("select", "select--error")] {
                if input.class_list().contains(class) {
                    let _ = input.class_list().add_1(kind);
                }
            }
        }
        let _ = body.append_child(&list);
        let _ = alert.append_child(&title);
        let _ = alert.append_child(&body);
        let _ = summary.append_child(&alert);
        // Above the page's caption and heading, as the server places it.
        let column = form.parent_element()?;
        let before = column.query_selector(".caption-l").ok().flatten().or_else(|| Some(form.clone()));
        let _ = column.insert_before(&summary, before.as_ref().map(|b| &**b));
        doc.set_title(&rules.error_title);
        if let Some(summary) = summary.dyn_ref::<web_sys::HtmlElement>() {
            let _ = summary.focus();
        }
        Some(())
    }

    pub fn install(rules: ClientRules) {
        let _ = window_event_listener(ev::submit, move |e| {
            let Some(form) = e.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
            if form.id() != FORM_ID {
                return;
            }
            // A language switch keeps what was typed without checking it.
            let submitter = e.submitter();
            let value = submitter.and_then(|s| s.get_attribute("value")).unwrap_or_default();
            if value.starts_with("lang:") {
                return;
            }
            let Some(doc) = document() else { return };
            let problems = problems(&rules, &raw(&form));
            clear(&doc, &form);
            if !problems.is_empty() {
                e.prevent_default();
                e.stop_immediate_propagation();
                let _ = show(&doc, &form, &rules, &problems);
            }
        });
    }
}
