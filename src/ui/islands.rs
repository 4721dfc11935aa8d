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
