//! The callback: the provider's answer checked ([`flow::check_callback`], then the ID token), and
//! what it was for done: a sign-in (a first one creates the account with the verified claims),
//! a link, a step-up, or a confirmation by signing in again.
use super::*;

pub(super) async fn callback(ctx: Ctx, id: String, q: CallbackQuery) -> PageResult {
    // Anyone may arrive here; only a sign-in this session started can finish.
    let provider = ctx.state.identity.get(&id).ok_or(AppError::NotFound)?.clone();
    let session = ctx.session()?;
    let mut under_way: Vec<Pending> = session.get(PENDING_KEY).await.map_err(AppError::internal)?.unwrap_or_default();
    let before = under_way.len();
    let checked = flow::check_callback(&mut under_way, &q, &id, &provider.config.issuer, provider.sends_iss().await, now());
    if under_way.len() != before {
        if under_way.is_empty() {
            session.remove_value(PENDING_KEY).await.map_err(AppError::internal)?;
        } else {
            session.insert(PENDING_KEY, &under_way).await.map_err(AppError::internal)?;
        }
    }
    let default = home(provider.config.audience).to_owned();
    let (pending, code) = match checked {
        Ok(found) => found,
        Err((failure, pending)) => {
            tracing::info!(provider = %id, failure = failure.as_str(), "sign-in did not complete");
            return Ok(failure_page(&ctx, &provider, failure, &pending.map_or(default, |p| p.back_to)));
        }
    };
    let verified = match provider.finish(&code, &pending.pkce_verifier, &pending.nonce).await {
        Ok(verified) => verified,
        Err(error) => {
            let failure = match &error {
                ProviderError::Down(_) => Failure::ProviderDown,
                ProviderError::Refused(_) => Failure::ProviderError,
                ProviderError::Token(_) => Failure::Token,
            };
            tracing::warn!(provider = %id, %error, "sign-in refused");
            return Ok(failure_page(&ctx, &provider, failure, &pending.back_to));
        }
    };
    if verified.level < pending.level {
        tracing::info!(provider = %id, reached = verified.level.as_str(), needed = pending.level.as_str(), "sign-in below the level needed");
        return Ok(failure_page(&ctx, &provider, Failure::LevelTooLow, &pending.back_to));
    }
    let outcome = match (&pending.purpose, provider.config.audience) {
        (Purpose::SignIn, Audience::Citizens) => citizen_signs_in(&ctx, &provider, &verified, &pending).await?,
        (Purpose::SignIn, Audience::Staff) => staff_signs_in(&ctx, &provider, &verified, &pending).await?,
        (Purpose::Link { citizen }, Audience::Citizens) => link_to(&ctx, &provider, &verified, *citizen).await?,
        (Purpose::StepUp { citizen }, Audience::Citizens) => stepped_up(&ctx, &provider, &verified, &pending, *citizen).await?,
        (Purpose::Confirm { citizen, then }, Audience::Citizens) => confirmed(&ctx, &verified, &pending, *citizen, then).await?,
        _ => Err(Failure::State),
    };
    match outcome {
        Ok(response) => Ok(response),
        Err(failure) => {
            tracing::info!(provider = %id, failure = failure.as_str(), "sign-in did not complete");
            Ok(failure_page(&ctx, &provider, failure, &pending.back_to))
        }
    }
}

type Outcome = Result<Result<Response, Failure>, AppError>;

/// Signs `identity` in on the provider's terms and goes back where the person started.
async fn establish(ctx: &Ctx, provider: &Provider, verified: &Verified, identity: Identity, back_to: &str) -> PageResult {
    let public = &ctx.state.config.public_url;
    let signed_out = match identity {
        Identity::Citizen { .. } => format!("{public}/signed-out"),
        Identity::Staff { .. } => format!("{public}/staff/signed-out"),
    };
    let terms = SignInTerms {
        ends_at: provider.config.max_session_minutes.map(|m| now() + m * 60),
        sign_out_to: provider.end_session_url(&verified.raw, &signed_out).await,
        level: Some(verified.level.as_str().to_owned()),
        provider: Some(provider.config.id.clone()),
    };
    let session = ctx.session()?;
    session::sign_in_with(session, identity, terms).await.map_err(AppError::internal)?;
    session::note_sign_in(&ctx.state.db, session, identity).await.map_err(AppError::internal)?;
    if let Some(id) = session.id() {
        store::note_session(&ctx.state.db, &id.to_string(), &verified.issuer, &verified.subject, verified.sid.as_deref())
            .await
            .map_err(AppError::internal)?;
    }
    let (kind, account) = session::account_of(identity);
    tracing::info!(provider = %provider.config.id, kind, account, "signed in through an identity provider");
    Ok(Redirect::to(back_to).into_response())
}

async fn citizen_signs_in(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending) -> Outcome {
    let db = &ctx.state.db;
    let citizen = match store::find(db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" => {
            store::touch(db, linked.id).await.map_err(AppError::internal)?;
            linked.account_id
        }
        Some(_) => return Ok(Err(Failure::LinkedElsewhere)),
        None => create_citizen(ctx, provider, verified).await?,
    };
    Ok(Ok(establish(ctx, provider, verified, Identity::Citizen { id: citizen }, &pending.back_to).await?))
}

/// An address no mail reaches (RFC 2606), for an account whose provider gave no verified one
/// that is free: the account is never matched to another by its address.
fn no_email() -> EmailAddress {
    let address = format!("{}@no-email.invalid", &crate::tokens::random_token()[..20].to_ascii_lowercase());
    EmailAddress::parse(&address).unwrap_or_else(|_| EmailAddress::parse("nobody@no-email.invalid").expect("a valid constant"))
}

/// A first sign-in: a citizen account, the identity linked to it, and the provider's verified
/// claims in the profile with the provider as their source.
async fn create_citizen(ctx: &Ctx, provider: &Provider, verified: &Verified) -> Result<i64, AppError> {
    let db = &ctx.state.db;
    let given = verified.email.as_deref().filter(|_| verified.email_verified).and_then(|e| EmailAddress::parse(e).ok());
    let email = match given {
        Some(email) if accounts::citizen_by_email(db, &email).await.map_err(AppError::internal)?.is_none() => Some(email),
        // Taken by another account: that account is not this person's just because of it.
        _ => None,
    };
    let verified_email = email.is_some();
    let email = email.unwrap_or_else(no_email);
    let mut tx = db.begin().await.map_err(AppError::internal)?;
    let id = accounts::insert_citizen(&mut tx, &email, NO_PASSWORD, &ctx.i18n.language().code).await.map_err(AppError::internal)?;
    let account = ("citizen", id);
    match store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account, Actor::Account).await.map_err(AppError::internal)? {
        LinkOutcome::Linked => {}
        // Another request linked it a moment ago: this account is not needed.
        _ => return Err(AppError::internal("identity linked concurrently")),
    }
    store::audit_created(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account).await.map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    if verified_email {
        accounts::mark_verified(db, id).await.map_err(AppError::internal)?;
    }
    let source = Source::Provider(provider.config.name.clone());
    for (field, value) in claims_for_profile(verified) {
        profile_store::set(db, id, field, &value, &source).await.map_err(AppError::internal)?;
    }
    Ok(id)
}

/// The verified claims that the profile keeps, as its fields store them.
pub fn claims_for_profile(verified: &Verified) -> Vec<(Field, String)> {
    let mut fields = Vec::new();
    if let (Some(given), Some(family)) = (&verified.given_name, &verified.family_name) {
        if let Ok(name) = Name::parse(given, family) {
            if let Ok(json) = serde_json::to_string(&name) {
                fields.push((Field::Name, json));
            }
        }
    }
    if let Some(date) = verified.birthdate.as_deref().and_then(Date::from_iso) {
        fields.push((Field::DateOfBirth, date.iso()));
    }
    if let Some(Ok(phone)) = verified.phone.as_deref().map(Phone::parse) {
        fields.push((Field::Phone, phone.0));
    }
    fields
}

async fn staff_signs_in(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending) -> Outcome {
    let db = &ctx.state.db;
    let by_groups = provider.config.role_for_groups(&verified.groups);
    let staff = match store::find(db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "staff" => {
            store::touch(db, linked.id).await.map_err(AppError::internal)?;
            linked.account_id
        }
        Some(_) => return Ok(Err(Failure::LinkedElsewhere)),
        None => match by_groups {
            Some(role) => create_staff(ctx, provider, verified, role).await?,
            None => return Ok(Err(Failure::NoStaffAccount)),
        },
    };
    let Some(account) = crate::auth::staff_accounts::staff_by_id(db, staff).await.map_err(AppError::internal)? else {
        return Ok(Err(Failure::NoStaffAccount));
    };
    if account.disabled_at.is_some() {
        return Ok(Err(Failure::NoStaffAccount));
    }
    // The provider's groups decide the role where they map to one; otherwise the account's.
    let role = match by_groups {
        Some(role) if role.as_str() != account.role => {
            with_db!(db, |pool| sqlx::query("UPDATE staff SET role = $1, updated_at = $2 WHERE id = $3")
                .bind(role.as_str())
                .bind(chrono::Utc::now())
                .bind(staff)
                .execute(pool)
                .await
                .map(|_| ()))
            .map_err(AppError::internal)?;
            role
        }
        _ => Role::parse(&account.role).ok_or_else(|| AppError::internal("unknown staff role"))?,
    };
    let back_to = if pending.back_to == home(Audience::Staff) { role.home().to_owned() } else { pending.back_to.clone() };
    Ok(Ok(establish(ctx, provider, verified, Identity::Staff { id: staff, role }, &back_to).await?))
}

/// A member of staff whose groups give a role, on their first sign-in: an account without a
/// password, linked to the identity by the provider's configuration.
async fn create_staff(ctx: &Ctx, provider: &Provider, verified: &Verified, role: Role) -> Result<i64, AppError> {
    let db = &ctx.state.db;
    let given = verified.email.as_deref().filter(|_| verified.email_verified).and_then(|e| EmailAddress::parse(e).ok());
    let email = match given {
        Some(email) if crate::auth::staff_accounts::staff_by_email(db, &email).await.map_err(AppError::internal)?.is_none() => email,
        _ => no_email(),
    };
    let name = [verified.given_name.as_deref(), verified.family_name.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let name = if name.trim().is_empty() { provider.config.name.clone() } else { name };
    let now = chrono::Utc::now();
    let mut tx = db.begin().await.map_err(AppError::internal)?;
    let id: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO staff (email, name, role, password_hash, language, created_at, updated_at) VALUES ($1, $2, $3, NULL, 'en', $4, $4) RETURNING id"
    )
    .bind(email.as_str())
    .bind(&name)
    .bind(role.as_str())
    .bind(now)
    .fetch_one(conn)
    .await)
    .map_err(AppError::internal)?;
    let account = ("staff", id);
    if store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account, Actor::Configuration).await.map_err(AppError::internal)? != LinkOutcome::Linked {
        return Err(AppError::internal("identity linked concurrently"));
    }
    store::audit_created(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, account).await.map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    Ok(id)
}

async fn link_to(ctx: &Ctx, provider: &Provider, verified: &Verified, citizen: i64) -> Outcome {
    // The password was given at the start; the person must still be that citizen now.
    if ctx.identity != Some(Identity::Citizen { id: citizen }) {
        return Ok(Err(Failure::State));
    }
    let mut tx = ctx.state.db.begin().await.map_err(AppError::internal)?;
    let outcome = store::link(&mut tx, &verified.issuer, &verified.subject, &provider.config.id, ("citizen", citizen), Actor::Account)
        .await
        .map_err(AppError::internal)?;
    tx.commit().await.map_err(AppError::internal)?;
    match outcome {
        LinkOutcome::Elsewhere => Ok(Err(Failure::LinkedElsewhere)),
        LinkOutcome::Linked | LinkOutcome::AlreadyYours => {
            tracing::info!(provider = %provider.config.id, citizen, "identity linked");
            Ok(Ok(Redirect::to("/profile/sign-in-methods?added=1").into_response()))
        }
    }
}

async fn stepped_up(ctx: &Ctx, provider: &Provider, verified: &Verified, pending: &Pending, citizen: i64) -> Outcome {
    if ctx.identity != Some(Identity::Citizen { id: citizen }) {
        return Ok(Err(Failure::State));
    }
    // Only the identity already this account's may raise its level: another person's would
    // mix two people in one session.
    match store::find(&ctx.state.db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" && linked.account_id == citizen => {
            Ok(Ok(establish(ctx, provider, verified, Identity::Citizen { id: citizen }, &pending.back_to).await?))
        }
        _ => Ok(Err(Failure::LinkedElsewhere)),
    }
}

/// A confirmation came back: if it is this citizen's own identity, signed in just now, it opens
/// what it was for (the next provider to add, or the change of email address).
async fn confirmed(ctx: &Ctx, verified: &Verified, pending: &Pending, citizen: i64, then: &Then) -> Outcome {
    let identity = Identity::Citizen { id: citizen };
    if ctx.identity != Some(identity) {
        return Ok(Err(Failure::State));
    }
    match store::find(&ctx.state.db, &verified.issuer, &verified.subject).await.map_err(AppError::internal)? {
        Some(linked) if linked.account_kind == "citizen" && linked.account_id == citizen => {}
        _ => return Ok(Err(Failure::NotThisAccount)),
    }
    if !flow::is_fresh(verified.auth_time, pending.started_at, now()) {
        return Ok(Err(Failure::NotFresh));
    }
    tracing::info!(citizen, "confirmed by signing in again");
    match then {
        Then::Link { provider } => {
            let Some(next) = ctx.state.identity.get(provider).filter(|p| p.config.audience == Audience::Citizens).cloned() else {
                return Ok(Err(Failure::State));
            };
            let level = next.config.minimum_level;
            Ok(Ok(send_to_provider(ctx, &next, Purpose::Link { citizen }, level, "/profile/sign-in-methods".into()).await?))
        }
        Then::ChangeEmail => {
            session::note_proof(ctx.session()?, identity).await.map_err(AppError::internal)?;
            Ok(Ok(Redirect::to("/account/change-email").into_response()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verified() -> Verified {
        Verified {
            issuer: "https://op.example/".into(),
            subject: "s".into(),
            level: Level::Medium,
            email: None,
            email_verified: false,
            given_name: Some("Ann".into()),
            family_name: Some("Jones".into()),
            birthdate: Some("1970-02-03".into()),
            phone: Some("+44 7700 900000".into()),
            groups: vec![],
            sid: None,
            auth_time: None,
            raw: String::new(),
        }
    }

    #[test]
    fn verified_names_dates_and_phones_go_into_the_profile_as_it_stores_them() {
        let fields = claims_for_profile(&verified());
        assert_eq!(fields[0], (Field::Name, r#"{"given":"Ann","family":"Jones"}"#.to_owned()));
        assert_eq!(fields[1], (Field::DateOfBirth, "1970-02-03".to_owned()));
        assert_eq!(fields[2], (Field::Phone, "+44 7700 900000".to_owned()));
    }

    #[test]
    fn claims_the_profile_would_refuse_are_left_out() {
        let odd = Verified { family_name: None, birthdate: Some("1970-02-30".into()), phone: Some("call me".into()), ..verified() };
        assert!(claims_for_profile(&odd).is_empty());
    }

    #[test]
    fn an_account_without_an_address_gets_one_no_mail_reaches() {
        let a = no_email();
        assert!(a.as_str().ends_with("@no-email.invalid"));
        assert_ne!(a, no_email());
    }
}
