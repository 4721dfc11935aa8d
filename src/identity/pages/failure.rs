//! The page of a sign-in that did not complete: what happened, that nothing was lost, the way
//! back to where the person started and, where it makes sense, a way to try again.
use super::*;

/// The page for a sign-in that did not complete: what happened, that nothing was lost, and the
/// way back to where the person started (and to try again).
pub(super) fn failure_page(ctx: &Ctx, provider: &Provider, failure: Failure, back_to: &str) -> Response {
    let (title, body) = failure.messages();
    let status = StatusCode::from_u16(failure.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let name = provider.config.name.clone();
    let back_to = back_to.to_owned();
    let again = format!("/sign-in/with/{}?next={}", provider.config.id, form_urlencoded::byte_serialize(back_to.as_bytes()).collect::<String>());
    // A confirmation starts again from where it was asked for (the way back), not as a sign-in.
    let retry = !matches!(failure, Failure::LinkedElsewhere | Failure::NoStaffAccount | Failure::NotFresh | Failure::NotThisAccount)
        && provider.config.audience == Audience::Citizens;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("provider", name.clone());
    ctx.render(status, &t!(ctx.i18n, "identity-page-title", heading = ctx.i18n.t_args(title, &args)), move || {
        let i = use_i18n();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{i.t_args(title, &args)}</h1>
                <p class="body">{i.t_args(body, &args)}</p>
                <p class="body">{t!(i, "identity-nothing-lost")}</p>
                <p class="body"><a class="button" href=back_to>{t!(i, "identity-back")}</a></p>
                {retry.then(|| view! { <p class="body"><a class="link" href=again>{t!(i, "identity-try-again", provider = name)}</a></p> })}
            </div></div>
        }
    })
}
