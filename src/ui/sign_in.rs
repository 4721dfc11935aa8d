//! The "Sign in with …" buttons that the citizens' and the staff sign-in pages show above their
//! password forms, one per identity provider. The pages pass the links (`identity` builds them),
//! so this component knows nothing of providers.

use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

/// "Sign in with …" buttons above a sign-in form, one per provider, and a heading that says the
/// password form below is the other way. Nothing when no provider is configured.
#[component]
pub fn SignInWith(links: Vec<(String, String)>) -> impl IntoView {
    let i = use_i18n();
    (!links.is_empty()).then(|| {
        let buttons = links
            .into_iter()
            .map(|(href, name)| view! { <p class="body"><a class="button button--secondary" href=href>{t!(i, "identity-sign-in-with", provider = name)}</a></p> })
            .collect_view();
        view! {
            {buttons}
            <h2 class="heading-m">{t!(i, "identity-or-password")}</h2>
        }
    })
}
