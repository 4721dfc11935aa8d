//! Each team's publishing setting, for admins: whether publishing the team's services needs a
//! second person (`designer::approval`). The list of teams, then one page per team with a yes/no
//! question; a change is recorded in the admin audit chain.

use super::{super::{approval, designer}, field, Caption};
use crate::{
    casework::store::StaffUser,
    i18n::use_i18n,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, RadioItem, Radios},
    web::{extract::Path, form::Form, AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;

/// The signed-in admin: team settings are theirs alone ("page not found" for designers, as for anyone else).
async fn admin(ctx: &Ctx) -> Result<StaffUser, AppError> {
    let user = designer(ctx).await?;
    if user.admin {
        Ok(user)
    } else {
        Err(AppError::NotFound)
    }
}

fn setting_words(on: bool) -> &'static str {
    if on {
        "designer-teams-on"
    } else {
        "designer-teams-off"
    }
}

pub(in crate::designer) async fn list(ctx: Ctx) -> PageResult {
    admin(&ctx).await?;
    let teams = approval::teams(&ctx.state.db).await.map_err(AppError::internal)?;
    Ok(ctx.render(StatusCode::OK, &ctx.i18n.t("designer-teams-title"), move || {
        let i = use_i18n();
        let rows = teams
            .into_iter()
            .map(|(id, name, on)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{name.clone()}</dt>
                    <dd class="summary-list__value">{i.t(setting_words(on))}</dd>
                    <dd class="summary-list__actions">
                        <a class="link" href=format!("/staff/designer/teams/{id}")>{t!(i, "designer-change")} <span class="visually-hidden">" " {name}</span></a>
                    </dd>
                </div>
            })
            .collect_view();
        view! {
            <a class="back-link" href="/staff/designer">{t!(i, "back-link")}</a>
            <Caption text=t!(i, "designer-caption")/>
            <h1 class="heading-l">{t!(i, "designer-teams-heading")}</h1>
            <p class="body">{t!(i, "designer-teams-intro")}</p>
            <dl class="summary-list">{rows}</dl>
        }
    }))
}

pub(in crate::designer) async fn form(ctx: Ctx, Path(team): Path<String>) -> PageResult {
    admin(&ctx).await?;
    let on = find(&ctx, &team).await?.2;
    render(&ctx, &team, if on { "yes" } else { "no" }, FieldErrors::new()).await
}

async fn find(ctx: &Ctx, team: &str) -> Result<(String, String, bool), AppError> {
    approval::teams(&ctx.state.db).await.map_err(AppError::internal)?.into_iter().find(|(id, ..)| id == team).ok_or(AppError::NotFound)
}

async fn render(ctx: &Ctx, team: &str, selected: &str, errors: FieldErrors) -> PageResult {
    let (id, name, _) = find(ctx, team).await?;
    let csrf = ctx.csrf_token().await?;
    let selected = selected.to_owned();
    Ok(ctx.render_form(t!(ctx.i18n, "designer-team-title", team = name.clone()), !errors.is_empty(), move || {
        let i = use_i18n();
        let items = vec![
            RadioItem { value: "yes".into(), label: t!(i, "designer-teams-on"), ..Default::default() },
            RadioItem { value: "no".into(), label: t!(i, "designer-teams-off"), ..Default::default() },
        ];
        view! {
            <a class="back-link" href="/staff/designer/teams">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            <Caption text=name/>
            <form method="post" action=format!("/staff/designer/teams/{id}") novalidate>
                <CsrfField token=csrf/>
                <Radios name="needs_approval" legend=t!(i, "designer-team-heading") hint=t!(i, "designer-team-hint") error=errors.get("needs_approval").map(str::to_owned)
                    items selected=selected legend_is_heading=true/>
                <Button label=t!(i, "designer-save")/>
            </form>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path(team): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    find(&ctx, &team).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let on = match field(&fields, "needs_approval").as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("needs_approval", "designer-error-needs-approval");
            return render(&ctx, &team, "", errors).await;
        }
    };
    approval::set_required(&ctx.state.db, &team, on, user.id).await.map_err(AppError::internal)?;
    Ok(Redirect::to("/staff/designer/teams").into_response())
}
