//! Publishing a draft, and archiving a service. The publish page says what will happen: every
//! problem that stands in the way, how many citizens are part-way through on the live version
//! (those whose answers all fit the new version move onto it, the others finish on theirs:
//! `designer::forward`), and how complete each language is. A language may go out incomplete only
//! when the designer says so; its missing texts are then shown in English.

use super::{
    super::{designer, draft::Draft, open_draft, store},
    field, name, problem_links, Caption, ProblemSummary,
};
use super::going_live::{completeness, publish_draft};
use super::journeys::{AdviceList, JourneyResults};
use crate::{
    i18n::use_i18n,
    services::versions,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

pub(in crate::designer) async fn form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    render(&ctx, &draft, number, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, number: u32, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let live = versions::get(&ctx.state.db, &draft.definition.id, None).await.map_err(AppError::internal)?.map(|v| v.version);
    let waiting = match live {
        Some(n) => crate::requests::store::drafts_on(&ctx.state.db, &draft.definition.id, i64::from(n)).await.map_err(AppError::internal)?,
        None => 0,
    };
    // Drafts move forward: counted against the draft being published.
    let forward = crate::designer::forward::forecast(&ctx.state.db, &draft.definition.id, &draft.definition).await.map_err(AppError::internal)?;
    let problems = problem_links(&ctx.i18n, draft);
    let results = crate::designer::journeys::results(&ctx.state.db, &draft.definition.id, &draft.definition).await.map_err(AppError::internal)?;
    let journeys = super::journeys::rows(&ctx.i18n, draft, &results);
    let advice = super::journeys::advice_links(ctx, draft);
    let languages = completeness(ctx, draft);
    let incomplete = languages.iter().any(|(_, _, done, all)| done < all);
    let service = name(draft);
    let id = draft.definition.id.clone();
    let title = ctx.i18n.t("designer-problems-title");
    // Four eyes (pages/approval.rs): what changes, and asking for approval when the team wants it.
    let panel = super::approval::PublishPanel::load(ctx, draft, number).await?;
    let (button, asked) = (panel.button_label(&ctx.i18n), panel.waiting());
    Ok(ctx.render_form(t!(ctx.i18n, "designer-publish-title", service = service.clone()), !errors.is_empty(), move || {
        let i = use_i18n();
        let blocked = !problems.is_empty() || journeys.iter().any(|j| !j.passed);
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <ProblemSummary problems=problems title=title/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-publish-heading", version = number)}</h1>
                <p class="body">{match live {
                    Some(n) => t!(i, "designer-publish-replaces", version = n, drafts = waiting),
                    None => t!(i, "designer-publish-first"),
                }}</p>
                {live.is_some().then(|| view! { <super::forward::DraftsForward counts=forward version=number/> })}
                <super::going_live::LanguagesTable languages=languages/>
                <super::approval::PublishPanelView panel=panel/>
                <h2 class="heading-m" id="journeys">{t!(i, "designer-journeys-heading")}</h2>
                <JourneyResults rows=journeys/>
                <AdviceList items=advice/>
                {if blocked {
                    view! { <p class="body">{t!(i, "designer-publish-blocked")}</p> }.into_any()
                } else if asked {
                    ().into_any()
                } else {
                    view! {
                        <form method="post" action=format!("/staff/designer/{id}/publish") novalidate>
                            <CsrfField token=csrf.clone()/>
                            {incomplete.then(|| view! {
                                <div class=crate::ui::form::group_class(errors.get("confirm").is_some())>
                                    {errors.get("confirm").map(|e| view! { <crate::ui::form::ErrorMessage id="confirm-error".to_owned() message_id=e.to_owned()/> })}
                                    <div class="checkboxes">
                                        <div class="checkboxes__item">
                                            <input class="checkboxes__input" id="confirm" name="confirm" type="checkbox" value="yes"
                                                aria-describedby=errors.get("confirm").map(|_| "confirm-error")/>
                                            <label class="label checkboxes__label" for="confirm">{t!(i, "designer-publish-confirm")}</label>
                                        </div>
                                    </div>
                                </div>
                            })}
                            <Button label=button.clone()/>
                        </form>
                    }.into_any()
                }}
                <h2 class="heading-m">{t!(i, "designer-archive-heading")}</h2>
                <p class="body">{t!(i, "designer-archive-text")}</p>
                <form method="post" action=format!("/staff/designer/{id}/archive")>
                    <CsrfField token=csrf/>
                    <Button label=t!(i, "designer-archive-button") warning=true/>
                </form>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn publish(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    // Refused while any problem stands (the page shows them; there is no button then).
    if !draft.problems().is_empty() {
        return render(&ctx, &draft, number, FieldErrors::new()).await;
    }
    // Refused while a test journey fails; the page shows where each now goes.
    let results = crate::designer::journeys::results(&ctx.state.db, &id, &draft.definition).await.map_err(AppError::internal)?;
    if crate::designer::journeys::any_failing(&results) {
        let mut errors = FieldErrors::new();
        errors.add("journeys", "designer-error-journeys");
        return render(&ctx, &draft, number, errors).await;
    }
    let incomplete = completeness(&ctx, &draft).iter().any(|(_, _, done, all)| done < all);
    if incomplete && field(&fields, "confirm") != "yes" {
        let mut errors = FieldErrors::new();
        errors.add("confirm", "designer-error-confirm");
        return render(&ctx, &draft, number, errors).await;
    }
    if super::approval::needed(&ctx, &draft).await? {
        // The team wants a second person: this asks them instead (pages/approval.rs).
        super::approval::ask(&ctx, &user, &draft, number).await?;
    } else {
        publish_draft(&ctx, &user, &draft).await?;
    }
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}

pub(in crate::designer) async fn archive(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    // A service can be archived with or without a draft: the team is the latest version's.
    let latest = match versions::draft(&ctx.state.db, &id).await.map_err(AppError::internal)? {
        Some(draft) => Some(draft),
        None => versions::get(&ctx.state.db, &id, None).await.map_err(AppError::internal)?,
    }
    .ok_or(AppError::NotFound)?;
    let team = Draft::from_files(&latest.files).map_err(AppError::internal)?.definition.team;
    if !user.can_see(&team) {
        return Err(AppError::NotFound);
    }
    let number = latest.version;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    versions::archive(&ctx.state.db, &id).await.map_err(AppError::internal)?;
    store::record(&ctx.state.db, &id, Some(number), Some(user.id), "archived", serde_json::json!({})).await.map_err(AppError::internal)?;
    ctx.state.services.refresh(&ctx.state.db).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}
