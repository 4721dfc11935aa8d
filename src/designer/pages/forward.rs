//! On the publish page: how many citizens' drafts on earlier versions will move to the version
//! being published (every answer still fits) and how many stay on theirs (see `designer::forward`).

use crate::{designer::forward::Counts, t};
use leptos::prelude::*;

#[component]
pub(in crate::designer) fn DraftsForward(counts: Counts, version: u32) -> impl IntoView {
    let i = crate::i18n::use_i18n();
    view! {
        <h2 class="heading-m">{t!(i, "designer-forward-heading")}</h2>
        <ul class="list list--bullet">
            <li>{t!(i, "designer-forward-moving", version = version, count = counts.moving)}</li>
            <li>{t!(i, "designer-forward-staying", count = counts.staying)}</li>
            {(counts.guests > 0).then(|| view! { <li>{t!(i, "designer-forward-guests", count = counts.guests)}</li> })}
        </ul>
    }
}
