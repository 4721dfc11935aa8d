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
