//! A service's page in the designer: the task list of its draft (what is done, what needs
//! attention), every problem with a link to its fix, and the service's history. Without a draft,
//! the live version and a button that starts the next one.

use super::{
    super::{designer, draft::Draft, store},
    field, name, problem_links, Caption, ProblemSummary,
};
use super::journeys::AdviceList;
use crate::{
    i18n::use_i18n,
    services::versions,
    t,
    ui::form::{Button, CsrfField},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

pub(in crate::designer) async fn overview(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, revision) = match versions::draft_at(&ctx.state.db, &id).await.map_err(AppError::internal)? {
        Some((draft, revision)) => (Some(draft), Some(revision)),
        None => (None, None),
    };
    let live = versions::get(&ctx.state.db, &id, None).await.map_err(AppError::internal)?;
    let current = match draft.as_ref().or(live.as_ref()) {
        Some(version) => Draft::from_files(&version.files).map_err(AppError::internal)?,
        None => return Err(AppError::NotFound),
    };
    if !user.can_see(&current.definition.team) {
        return Err(AppError::NotFound);
    }
    // No lost edits: the undo form carries the draft's revision, the banner names other editors.
    let kept = match (&draft, revision) {
        (Some(d), Some(revision)) => {
            super::super::note_basis(&ctx, &user, &id, revision).await?;
            crate::services::revisions::undoable(&ctx.state.db, &id, d.version).await.map_err(AppError::internal)?
        }
        _ => 0,
    };
    let history = store::history(&ctx.state.db, &id).await.map_err(AppError::internal)?;
    let archived = store::list(&ctx.state.db).await.map_err(AppError::internal)?.into_iter().any(|s| s.id == id && s.archived);
    let csrf = ctx.csrf_token().await?;
    let title = name(&current);
    let problems = if draft.is_some() { problem_links(&ctx.i18n, &current) } else { Vec::new() };
    // The test journeys, run against the draft on every showing (so after every save), and the advice.
    let (journeys, advice) = match &draft {
        Some(_) => {
            let results = crate::designer::journeys::results(&ctx.state.db, &id, &current.definition).await.map_err(AppError::internal)?;
            (super::journeys::rows(&ctx.i18n, &current, &results), super::journeys::advice_links(&ctx, &current))
        }
        None => (Vec::new(), Vec::new()),
    };
    let failing = journeys.iter().filter(|j| !j.passed).count();
    let passing = journeys.len() - failing;
    let i18n = ctx.i18n.clone();
    let at = |p: &str| problems.iter().any(|(_, link)| link.contains(p));
    let details_done = !at("/details");
    let questions_done = !at("/questions");
    let question_count = current.definition.questions.len();
    let exit_count = current.definition.exits.len();
    let exits_done = !at("/exits");
    let versions: Vec<(u32, &'static str)> = versions::all(&ctx.state.db)
        .await
        .map_err(AppError::internal)?
        .into_iter()
        .filter(|v| v.service == id)
        .map(|v| (v.version, v.state.as_str()))
        .collect();
    let draft_number = draft.as_ref().map(|d| d.version);
    let live_number = live.as_ref().map(|l| l.version);
    // Where a request for approval stands (pages/approval.rs).
    let approval = super::approval::status(&ctx, &user, &id, draft_number.map(|n| (&current, n))).await?;
    let page_title = t!(ctx.i18n, "designer-overview-title", service = title.clone());
    Ok(ctx.render(StatusCode::OK, &page_title, move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        let status = |done: bool| {
            if done {
                view! { <strong class="tag tag--green">{t!(i, "designer-task-done")}</strong> }.into_any()
            } else {
                view! { <strong class="tag tag--red">{t!(i, "designer-task-attention")}</strong> }.into_any()
            }
        };
        let events = history
            .into_iter()
            .map(|e| {
                // l10n: uses designer-event-*
                let what = i.t(&format!("designer-event-{}", e.kind));
                let who = e.staff_name.clone().unwrap_or_else(|| t!(i, "designer-event-command-line"));
                let when = t!(i, "casework-event-when", date = i.date(chrono::Datelike::year(&e.at), chrono::Datelike::month(&e.at), chrono::Datelike::day(&e.at)), time = e.at.format("%H:%M").to_string());
                let version = e.version.map(|v| t!(i, "designer-event-version", version = v)).unwrap_or_default();
                view! { <li>{what} " " {version} " – " {who} ", " {when}</li> }
            })
            .collect_view();
        let body = match draft_number {
            Some(number) => view! {
                <p class="body">{t!(i, "designer-draft-of", version = number)}</p>
                {approval.map(|(request, standing, can_decide)| view! { <super::approval::StatusView request=request standing=standing can_decide=can_decide/> })}
                <ProblemSummary problems=problems.clone() title=i18n.t("designer-problems-title")/>
                <ul class="task-list">
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/details")>{t!(i, "designer-task-details")}</a>
                        {status(details_done)}
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/questions")>{t!(i, "designer-task-questions", count = question_count)}</a>
                        {status(questions_done)}
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/exits")>{t!(i, "designer-task-exits", count = exit_count)}</a>
                        {status(exits_done)}
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/map")>{t!(i, "designer-task-map")}</a>
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/paths")>{t!(i, "designer-task-paths")}</a>
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/journeys")>{t!(i, "designer-task-journeys")}</a>
                        {if failing > 0 {
                            view! { <strong class="tag tag--red">{t!(i, "designer-journey-tag-fail", count = failing)}</strong> }.into_any()
                        } else if passing > 0 {
                            view! { <strong class="tag tag--green">{t!(i, "designer-journey-tag-pass", count = passing)}</strong> }.into_any()
                        } else {
                            ().into_any()
                        }}
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/translations")>{t!(i, "designer-task-translations")}</a>
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/preview")>{t!(i, "designer-task-preview")}</a>
                    </li>
                    <li class="task-list__item">
                        <a class="link task-list__name" href=format!("{base}/publish")>{t!(i, "designer-task-publish")}</a>
                    </li>
                </ul>
                <super::edits::UndoForm service=id.clone() csrf=csrf.clone() kept=kept/>
                <AdviceList items=advice.clone()/>
            }
            .into_any(),
            None => view! {
                <p class="body">{live_number.map(|n| t!(i, "designer-live-only", version = n))}</p>
                {archived.then(|| view! { <p class="body"><strong class="tag tag--grey">{t!(i, "designer-tag-archived")}</strong></p> })}
                <form method="post" action=format!("{base}/draft")>
                    <CsrfField token=csrf.clone()/>
                    <Button label=t!(i, "designer-start-draft")/>
                </form>
            }
            .into_any(),
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href="/staff/designer">{t!(i, "back-link")}</a>
                <Caption text=t!(i, "designer-caption")/>
                <h1 class="heading-l">{title.clone()}</h1>
                {body}
                <p class="body"><a class="link" href=format!("{base}/copy")>{t!(i, "designer-copy-link")}</a></p>
                <h2 class="heading-m">{t!(i, "designer-versions")}</h2>
                <ul class="list">
                    {versions.into_iter().map(|(n, state)| view! {
                        // l10n: uses designer-state-*
                        <li>
                            <a class="link" href=format!("{base}/versions/{n}")>{t!(i, "designer-version-link", version = n)}</a> " " {i.t(&format!("designer-state-{state}"))}
                            // What changed from the one before (pages/diff.rs).
                            {(n > 1).then(|| view! { " – " <a class="link" href=format!("{base}/diff?from={}&to={n}", n - 1)>{t!(i, "designer-diff-history-link", version = n, previous = n - 1)}</a> })}
                        </li>
                    }).collect_view()}
                </ul>
                <h2 class="heading-m">{t!(i, "designer-history")}</h2>
                <ul class="list list--bullet">{events}</ul>
            </div></div>
        }
    }))
}

/// "Make changes": the next version's draft, a copy of the live version.
pub(in crate::designer) async fn start_draft(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let live = versions::get(&ctx.state.db, &id, None).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let next = versions::next_number(&ctx.state.db, &id).await.map_err(AppError::internal)?;
    let draft = Draft::next_version(&live.files, next).map_err(AppError::internal)?;
    if !user.can_see(&draft.definition.team) {
        return Err(AppError::NotFound);
    }
    if versions::draft(&ctx.state.db, &id).await.map_err(AppError::internal)?.is_none() {
        versions::store_draft(&ctx.state.db, &id, next, &draft.to_files(), Some(user.id)).await.map_err(AppError::internal)?;
        store::record(&ctx.state.db, &id, Some(next), Some(user.id), "drafted", serde_json::json!({ "from": live.version })).await.map_err(AppError::internal)?;
        // The translations carry over with what they were checked against.
        let reviewed = versions::reviewed(&ctx.state.db, &id, live.version).await.map_err(AppError::internal)?;
        versions::set_reviewed(&ctx.state.db, &id, next, &reviewed).await.map_err(AppError::internal)?;
    }
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}

/// One stored version: what it asked, and a button that makes it the new draft.
pub(in crate::designer) async fn version(ctx: Ctx, Path((id, number)): Path<(String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let number: u32 = number.parse().map_err(|_| AppError::NotFound)?;
    let stored = versions::get(&ctx.state.db, &id, Some(number)).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    let shown = Draft::from_files(&stored.files).map_err(AppError::internal)?;
    if !user.can_see(&shown.definition.team) {
        return Err(AppError::NotFound);
    }
    let has_draft = versions::draft(&ctx.state.db, &id).await.map_err(AppError::internal)?.is_some();
    let csrf = ctx.csrf_token().await?;
    let title = name(&shown);
    let questions: Vec<String> = shown.definition.questions.iter().map(|q| shown.text(crate::i18n::SOURCE_LANGUAGE, &q.label)).collect();
    let state = stored.state;
    Ok(ctx.render(StatusCode::OK, &t!(ctx.i18n, "designer-version-title", service = title.clone(), version = number), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
                <Caption text=title/>
                <h1 class="heading-l">{t!(i, "designer-version-heading", version = number)}</h1>
                // l10n: uses designer-state-*
                <p class="body">{i.t(&format!("designer-state-{}", state.as_str()))}</p>
                <h2 class="heading-m">{t!(i, "designer-questions-heading")}</h2>
                <ol class="list list--number">{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
                {(state != versions::State::Draft).then(|| view! {
                    <p class="body">{if has_draft { t!(i, "designer-restore-replaces") } else { t!(i, "designer-restore-text") }}</p>
                    <form method="post" action=format!("{base}/versions/{number}")>
                        <CsrfField token=csrf.clone()/>
                        <Button label=t!(i, "designer-restore-button") secondary=true/>
                    </form>
                })}
            </div></div>
        }
    }))
}

/// Restores an earlier (or the live) version as the draft: its questions and texts, numbered as the
/// draft (or as the next version when there is none).
pub(in crate::designer) async fn restore(ctx: Ctx, Path((id, number)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let number: u32 = number.parse().map_err(|_| AppError::NotFound)?;
    let stored = versions::get(&ctx.state.db, &id, Some(number)).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)?;
    if stored.state == versions::State::Draft || !user.can_see(&Draft::from_files(&stored.files).map_err(AppError::internal)?.definition.team) {
        return Err(AppError::NotFound);
    }
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let into = match versions::draft(&ctx.state.db, &id).await.map_err(AppError::internal)? {
        Some(draft) => draft.version,
        None => versions::next_number(&ctx.state.db, &id).await.map_err(AppError::internal)?,
    };
    let draft = Draft::next_version(&stored.files, into).map_err(AppError::internal)?;
    versions::store_draft(&ctx.state.db, &id, into, &draft.to_files(), Some(user.id)).await.map_err(AppError::internal)?;
    store::record(&ctx.state.db, &id, Some(into), Some(user.id), "restored", serde_json::json!({ "from": number })).await.map_err(AppError::internal)?;
    let reviewed = versions::reviewed(&ctx.state.db, &id, number).await.map_err(AppError::internal)?;
    versions::set_reviewed(&ctx.state.db, &id, into, &reviewed).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}
