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

/// Renews the session: a same-origin POST with the CSRF token, as any form would send.
#[allow(unused_variables)]
async fn keep_alive(csrf: &str) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else { return false };
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_credentials(web_sys::RequestCredentials::SameOrigin);
        let body = format!("csrf_token={}", js_sys_encode(csrf));
        init.set_body(&wasm_bindgen::JsValue::from_str(&body));
        let Ok(headers) = web_sys::Headers::new() else { return false };
        let _ = headers.set("content-type", "application/x-www-form-urlencoded");
        init.set_headers(&headers);
        let Ok(request) = web_sys::Request::new_with_str_and_init("/session/keep-alive", &init) else { return false };
        let Ok(response) = wasm_bindgen_futures::JsFuture::from(window.fetch_with_request(&request)).await else {
            return false;
        };
        return response.dyn_into::<web_sys::Response>().map(|r| r.ok()).unwrap_or(false);
    }
    #[cfg(not(feature = "hydrate"))]
    false
}

/// Tokens are URL-safe base64, so they need no escaping; anything else is refused.
#[cfg(feature = "hydrate")]
fn js_sys_encode(token: &str) -> String {
    token.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

/// Small enhancements for every form on the page, as GOV.UK Frontend has them. Each only adds to
/// what already works without JavaScript:
/// - a character count under long answers (`data-maxlength`), updated in a polite live region;
/// - a double-submit guard: a second submission within a second of the first is ignored;
/// - "None of these" checkboxes (`data-behaviour="exclusive"`) untick the others, and the
///   others untick it. The server checks the same rule.
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

    pub fn install(remaining: String, over: String) {
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
