//! Ways to sign in, on the profile: the citizen's linked identities, adding one (the password
//! first, or for an account without one a fresh sign-in with a provider already theirs) and
//! removing one; and that fresh sign-in before a change of email address.
use super::*;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct MethodsQuery {
    added: Option<String>,
    removed: Option<String>,
}

pub(super) async fn methods(ctx: Ctx, Query(q): Query<MethodsQuery>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let csrf = ctx.csrf_token().await?;
    render_methods(&ctx, citizen, csrf, FieldErrors::new(), q.added.is_some(), q.removed.is_some()).await
}

async fn render_methods(ctx: &Ctx, citizen: i64, csrf: String, errors: FieldErrors, added: bool, removed: bool) -> PageResult {
    let db = &ctx.state.db;
    let linked = store::of_account(db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let account = accounts::citizen_by_id(db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let has_password = account.password_hash != NO_PASSWORD;
    let providers = &ctx.state.identity;
    let name_of = |id: &str| providers.get(id).map_or_else(|| id.to_owned(), |p| p.config.name.clone());
    let i = ctx.i18n.clone();
    let rows: Vec<(i64, String, String)> = linked
        .iter()
        .map(|l| (l.id, name_of(&l.provider), t!(i, "identity-linked-on", date = i.date(l.created_at.year(), l.created_at.month(), l.created_at.day()))))
        .collect();
    // The last way in of an account without a password cannot be removed.
    let removable = has_password || rows.len() > 1;
    let addable: Vec<RadioItem> = providers
        .for_audience(Audience::Citizens)
        .filter(|p| !linked.iter().any(|l| l.provider == p.config.id))
        .map(|p| RadioItem { value: p.config.id.clone(), label: p.config.name.clone(), ..Default::default() })
        .collect();
    let selected = addable.first().map(|item| item.value.clone()).unwrap_or_default();
    // Without a password, the proof is signing in again with a provider already theirs.
    let confirm_with = if has_password { None } else { confirming_provider(ctx, citizen).await?.map(|p| p.config.name.clone()) };
    Ok(ctx.render_form(ctx.i18n.t("identity-methods-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let list = rows
            .into_iter()
            .map(|(id, name, since)| {
                let csrf = csrf.clone();
                let action = format!("/profile/sign-in-methods/{id}/remove");
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{name.clone()}</dt>
                        <dd class="summary-list__value">{since}</dd>
                        <dd class="summary-list__actions">
                            {removable.then(|| view! {
                                <form method="post" action=action>
                                    <CsrfField token=csrf/>
                                    <button type="submit" class="button button--secondary">{t!(i, "identity-remove")}<span class="visually-hidden">" " {name}</span></button>
                                </form>
                            })}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        let empty = list.is_empty();
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/profile">{t!(i, "back-link")}</a>
                {(added || removed).then(|| view! {
                    <div class="notification-banner notification-banner--success" role="alert" aria-labelledby="done-title">
                        <div class="notification-banner__header">
                            <h2 class="notification-banner__title" id="done-title">{t!(i, "profile-saved-title")}</h2>
                        </div>
                        <div class="notification-banner__content">
                            <p class="notification-banner__heading">{if added { t!(i, "identity-added") } else { t!(i, "identity-removed") }}</p>
                        </div>
                    </div>
                })}
                <ErrorSummary errors=errors.clone()/>
                <h1 class="heading-l">{t!(i, "identity-methods-heading")}</h1>
                {if empty {
                    view! { <p class="body">{t!(i, "identity-methods-none")}</p> }.into_any()
                } else {
                    view! { <dl class="summary-list">{list}</dl> }.into_any()
                }}
                {(!removable).then(|| view! { <p class="body">{t!(i, "identity-remove-last")}</p> })}
                {(!addable.is_empty()).then(|| match (has_password, confirm_with) {
                    (true, _) => view! {
                        <h2 class="heading-m">{t!(i, "identity-add-heading")}</h2>
                        <form method="post" action="/profile/sign-in-methods/add" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <Radios name="provider" legend=t!(i, "identity-add-legend") error=errors.get("provider").map(str::to_owned)
                                items=addable.clone() selected=selected.clone()/>
                            <PasswordInput id="current_password" label=t!(i, "field-current-password") hint=t!(i, "identity-add-password-hint")
                                error=errors.get("current_password").map(str::to_owned) autocomplete="current-password"/>
                            <Button label=t!(i, "identity-add-button")/>
                        </form>
                    }.into_any(),
                    (false, Some(confirm_with)) => view! {
                        <h2 class="heading-m">{t!(i, "identity-add-heading")}</h2>
                        <form method="post" action="/profile/sign-in-methods/add" novalidate>
                            <CsrfField token=csrf.clone()/>
                            <Radios name="provider" legend=t!(i, "identity-add-legend") error=errors.get("provider").map(str::to_owned)
                                hint=t!(i, "identity-add-confirm-hint", provider = confirm_with) items=addable.clone() selected=selected.clone()/>
                            <Button label=t!(i, "identity-add-button")/>
                        </form>
                    }.into_any(),
                    (false, None) => view! { <p class="body">{t!(i, "identity-add-needs-password")}</p> }.into_any(),
                })}
            </div></div>
        }
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct AddForm {
    provider: String,
    current_password: String,
    csrf_token: String,
}

pub(super) async fn add_submit(ctx: Ctx, ClientAddr(client): ClientAddr, Form(form): Form<AddForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    let mut errors = FieldErrors::new();
    if !ctx.csrf_ok(&form.csrf_token).await? {
        errors.add("current_password", "form-error-expired");
    }
    let provider = ctx.state.identity.get(&form.provider).filter(|p| p.config.audience == Audience::Citizens).cloned();
    if provider.is_none() {
        errors.add("provider", "identity-error-provider");
    }
    let account = accounts::citizen_by_id(&ctx.state.db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    if account.password_hash == NO_PASSWORD {
        // No password to give: the proof is signing in again, now, with a provider already theirs.
        let confirm_with = confirming_provider(&ctx, citizen).await?;
        return match (provider, confirm_with) {
            (Some(provider), Some(with)) if errors.is_empty() => {
                let then = Then::Link { provider: provider.config.id.clone() };
                let level = with.config.minimum_level;
                send_to_provider(&ctx, &with, Purpose::Confirm { citizen, then }, level, "/profile/sign-in-methods".into()).await
            }
            _ => {
                let csrf = ctx.csrf_token().await?;
                render_methods(&ctx, citizen, csrf, errors, false, false).await
            }
        };
    }
    // The same limits as signing in: the password box must not be a way to guess passwords.
    let keys = accounts::throttle_keys("link", &account.email, &client);
    if errors.is_empty() {
        if accounts::is_throttled(&ctx.state.db, &keys).await.map_err(AppError::internal)? {
            errors.add("current_password", "sign-in-error-throttled");
        } else if !password::verify(&form.current_password, Some(&account.password_hash)).await {
            accounts::record_failure(&ctx.state.db, &keys).await.map_err(AppError::internal)?;
            errors.add("current_password", "password-error-current-wrong");
        }
    }
    match provider {
        Some(provider) if errors.is_empty() => {
            send_to_provider(&ctx, &provider, Purpose::Link { citizen }, provider.config.minimum_level, "/profile/sign-in-methods".into()).await
        }
        _ => {
            let csrf = ctx.csrf_token().await?;
            render_methods(&ctx, citizen, csrf, errors, false, false).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct RemoveForm {
    csrf_token: String,
}

pub(super) async fn remove_submit(ctx: Ctx, Path(id): Path<i64>, Form(form): Form<RemoveForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    let linked = store::of_account(db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    // Only the citizen's own; anything else is "not found", as if it did not exist.
    if !linked.iter().any(|l| l.id == id) {
        return Err(AppError::NotFound);
    }
    let account = accounts::citizen_by_id(db, citizen).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    if account.password_hash == NO_PASSWORD && linked.len() <= 1 {
        let csrf = ctx.csrf_token().await?;
        let mut errors = FieldErrors::new();
        errors.add("provider", "identity-remove-last");
        return render_methods(&ctx, citizen, csrf, errors, false, false).await;
    }
    if !store::unlink(db, id, ("citizen", citizen), Actor::Account).await.map_err(AppError::internal)? {
        return Err(AppError::NotFound);
    }
    tracing::info!(citizen, "identity unlinked");
    Ok(Redirect::to("/profile/sign-in-methods?removed=1").into_response())
}


/// The provider a citizen without a password confirms with: the one this session signed in
/// with if it is theirs, else the first of theirs still configured.
pub(super) async fn confirming_provider(ctx: &Ctx, citizen: i64) -> Result<Option<Arc<Provider>>, AppError> {
    let linked = store::of_account(&ctx.state.db, ("citizen", citizen)).await.map_err(AppError::internal)?;
    let providers = &ctx.state.identity;
    let signed_in_with = session::terms(ctx.session()?).await.map_err(AppError::internal)?.and_then(|t| t.provider);
    let theirs = |id: &str| linked.iter().any(|l| l.provider == id);
    let chosen = signed_in_with
        .filter(|p| theirs(p))
        .and_then(|p| providers.get(&p).cloned())
        .or_else(|| linked.iter().find_map(|l| providers.get(&l.provider).cloned()));
    Ok(chosen.filter(|p| p.config.audience == Audience::Citizens))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ConfirmForm {
    then: String,
    csrf_token: String,
}

/// `POST /profile/sign-in-methods/confirm` (the signed-in citizen): a citizen without a
/// password confirms it is them, by signing in again, before changing their email address.
pub(super) async fn confirm_submit(ctx: Ctx, Form(form): Form<ConfirmForm>) -> PageResult {
    let citizen = require_citizen(&ctx)?;
    if !ctx.csrf_ok(&form.csrf_token).await? {
        return Err(AppError::Expired);
    }
    let then = match form.then.as_str() {
        "change-email" => Then::ChangeEmail,
        _ => return Err(AppError::NotFound),
    };
    let Some(provider) = confirming_provider(&ctx, citizen).await? else {
        // No provider of theirs is configured any more: the methods page says what can be done.
        return Ok(Redirect::to("/profile/sign-in-methods").into_response());
    };
    let level = provider.config.minimum_level;
    send_to_provider(&ctx, &provider, Purpose::Confirm { citizen, then }, level, "/account/change-email".into()).await
}
