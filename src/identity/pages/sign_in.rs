//! Starting a sign-in: the "Sign in with …" links, the round trip's start (what the session
//! remembers while the person is away), and step-up for a service that needs a higher level.
use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct StartQuery {
    next: Option<String>,
}

pub(super) async fn start(ctx: Ctx, Path(id): Path<String>, Query(q): Query<StartQuery>) -> PageResult {
    // Anyone may start; someone already signed in as the provider's kind of person goes on.
    let provider = ctx.state.identity.get(&id).ok_or(AppError::NotFound)?.clone();
    let back_to = local_path(q.next.as_deref(), home(provider.config.audience));
    match (provider.config.audience, ctx.identity) {
        (Audience::Citizens, Some(Identity::Citizen { .. })) | (Audience::Staff, Some(Identity::Staff { .. })) => {
            return Ok(Redirect::to(&back_to).into_response())
        }
        _ => {}
    }
    let level = provider.config.minimum_level;
    send_to_provider(&ctx, &provider, Purpose::SignIn, level, back_to).await
}

/// Remembers a new sign-in in the session and sends the person to the provider.
pub(super) async fn send_to_provider(ctx: &Ctx, provider: &Arc<Provider>, purpose: Purpose, level: Level, back_to: String) -> PageResult {
    let level = level.max(provider.config.minimum_level);
    // A confirmation must be a sign-in made now, not the provider's session reused.
    let fresh = matches!(purpose, Purpose::Confirm { .. });
    let started = match provider.start(level, &ctx.i18n.language().code, fresh).await {
        Ok(started) => started,
        Err(error) => {
            tracing::warn!(provider = %provider.config.id, %error, "could not start a sign-in");
            return Ok(failure_page(ctx, provider, Failure::ProviderDown, &back_to));
        }
    };
    let session = ctx.session()?;
    let under_way: Vec<Pending> = session.get(PENDING_KEY).await.map_err(AppError::internal)?.unwrap_or_default();
    let pending = Pending {
        provider: provider.config.id.clone(),
        state: started.state,
        nonce: started.nonce,
        pkce_verifier: started.pkce_verifier,
        purpose,
        level,
        back_to,
        started_at: now(),
    };
    session.insert(PENDING_KEY, flow::remember(under_way, pending, now())).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&started.url).into_response())
}

/// The level of assurance this request's sign-in reached: none for a password, or nobody.
pub async fn level_reached(ctx: &Ctx) -> Result<Option<Level>, AppError> {
    let Some(session) = &ctx.session else { return Ok(None) };
    let terms = session::terms(session).await.map_err(AppError::internal)?;
    Ok(terms.and_then(|t| t.level).and_then(|l| Level::parse(&l)))
}

/// Opens every page of a service that needs `level`: a guest signs in first; a citizen below
/// it goes to step up, and comes back to the page they asked for.
pub async fn require_level(ctx: &Ctx, level: Level) -> Result<(), AppError> {
    require_citizen(ctx)?;
    if level_reached(ctx).await?.is_some_and(|reached| reached >= level) {
        return Ok(());
    }
    let back_to = ctx.url.path.clone();
    Err(AppError::SendTo(format!("/sign-in/step-up?level={}&next={}", level.as_str(), form_urlencoded::byte_serialize(back_to.as_bytes()).collect::<String>())))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct StepUpQuery {
    level: String,
    next: Option<String>,
}

/// Whether `provider` can state `level` at all.
fn can_reach(provider: &Provider, level: Level) -> bool {
    match provider.config.level_claim {
        Some(_) => provider.config.levels.keys().any(|l| *l >= level),
        None => provider.config.assumed_level >= level,
    }
}

/// `GET /sign-in/step-up`: the signed-in citizen, for a service that needs a higher level. With
/// a linked provider that can reach it they go straight there (and come back to the question);
/// otherwise a page says what is needed and how to add it.
pub(super) async fn step_up_page(ctx: Ctx, Query(q): Query<StepUpQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let level = Level::parse(&q.level).ok_or(AppError::NotFound)?;
    let back_to = local_path(q.next.as_deref(), "/applications");
    if level_reached(&ctx).await?.is_some_and(|reached| reached >= level) {
        return Ok(Redirect::to(&back_to).into_response());
    }
    let linked = store::of_account(&ctx.state.db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let providers = &ctx.state.identity;
    if let Some(provider) = linked.iter().filter_map(|l| providers.get(&l.provider)).find(|p| can_reach(p, level)).cloned() {
        return send_to_provider(&ctx, &provider, Purpose::StepUp { citizen }, level, back_to).await;
    }
    let names: Vec<String> = providers.for_audience(Audience::Citizens).filter(|p| can_reach(p, level)).map(|p| p.config.name.clone()).collect();
    Ok(ctx.render(StatusCode::FORBIDDEN, &ctx.i18n.t("identity-step-up-title"), move || {
        let i = use_i18n();
        let names = names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <h1 class="heading-l">{t!(i, "identity-step-up-title")}</h1>
                <p class="body">{t!(i, "identity-step-up-body")}</p>
                <ul class="list list--bullet">{names}</ul>
                <p class="body">{t!(i, "identity-nothing-lost")}</p>
                <p class="body"><a class="button" href="/profile/sign-in-methods">{t!(i, "identity-add-heading")}</a></p>
                <p class="body"><a class="link" href=back_to>{t!(i, "identity-back")}</a></p>
            </div></div>
        }
    }))
}
