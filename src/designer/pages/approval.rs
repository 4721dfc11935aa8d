//! Publishing with four eyes, as pages (the rules and the SQL are `designer::approval`).
//!
//! * The publish page asks for approval instead of publishing when the service's team wants a
//!   second person ([`PublishPanel`], used by `publish.rs`), and always shows what changes
//!   against the live version.
//! * `/staff/designer/{service}/approval`: what the approver reads (the diff against the live
//!   version, the draft's problems, how complete each language is, how many people are part-way
//!   through on the live version, the test journeys' results) and two forms: approve (which
//!   publishes exactly the revision asked for) or send back with a comment.
//! * The service's page and the designer's home say where a request stands ([`StatusView`],
//!   [`WaitingList`]).

use super::{
    super::{
        approval::{self, Refusal, Request, State},
        designer,
        diff::Diff,
        draft::Draft,
        open_draft, store,
    },
    diff::{sections, DiffView, Section},
    field, going_live, name, problem_links, Caption, ProblemSummary, Textarea,
};
use crate::{
    casework::store::StaffUser,
    i18n::{use_i18n, I18n},
    services::versions,
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors},
    web::{extract::Path, form::Form, AppError, Ctx, PageResult},
};
use axum::response::{IntoResponse, Redirect};
use chrono::{DateTime, Datelike, Utc};
use leptos::prelude::*;

/// The test journeys' results, for the approval page: a failing journey stops approval, as it
/// stops publishing.
#[derive(Clone, Debug, Default)]
pub(crate) struct JourneySummary {
    pub passed: usize,
    /// The names of the failing journeys, each with where it now goes instead.
    pub failed: Vec<String>,
}

/// The test journeys' results for `draft` (all of the service's journeys, run on it); `None`:
/// the service has none.
pub(crate) async fn journey_summary(ctx: &Ctx, draft: &Draft) -> Result<Option<JourneySummary>, AppError> {
    let results = crate::designer::journeys::results(&ctx.state.db, &draft.definition.id, &draft.definition).await.map_err(AppError::internal)?;
    if results.is_empty() {
        return Ok(None);
    }
    let failed = results.iter().filter(|(_, outcome)| !outcome.passed()).map(|(journey, _)| journey.name.clone()).collect();
    Ok(Some(JourneySummary { passed: results.iter().filter(|(_, outcome)| outcome.passed()).count(), failed }))
}

fn when(i: &I18n, at: &DateTime<Utc>) -> String {
    t!(i, "casework-event-when", date = i.date(at.year(), at.month(), at.day()), time = at.format("%H:%M").to_string())
}

/// What changes against the live version, as the publish and approval pages show it.
async fn changes(ctx: &Ctx, draft: &Draft) -> Result<Option<Vec<Section>>, AppError> {
    let Some(live) = versions::get(&ctx.state.db, &draft.definition.id, None).await.map_err(AppError::internal)? else { return Ok(None) };
    let live = Draft::from_files(&live.files).map_err(AppError::internal)?;
    let diff = Diff::between(&live, draft, &ctx.state.config.public_url);
    Ok(Some(sections(&ctx.i18n, &live, draft, &diff)))
}

/// What the publish page shows and does about approval, and what changes.
pub(crate) struct PublishPanel {
    pub needed: bool,
    /// The latest request, with where it stands against this draft.
    latest: Option<(Request, State)>,
    changes: Option<Vec<Section>>,
    service: String,
}

impl PublishPanel {
    pub(super) async fn load(ctx: &Ctx, draft: &Draft, number: u32) -> Result<Self, AppError> {
        let needed = approval::required(&ctx.state.db, &draft.definition.team).await.map_err(AppError::internal)?;
        let latest = approval::latest(&ctx.state.db, &draft.definition.id).await.map_err(AppError::internal)?.map(|r| {
            let standing = r.standing(Some((draft, number)));
            (r, standing)
        });
        Ok(Self { needed, latest, changes: changes(ctx, draft).await?, service: draft.definition.id.clone() })
    }

    /// A request for this very draft is waiting: nothing to ask again.
    pub(super) fn waiting(&self) -> bool {
        self.needed && matches!(self.latest, Some((_, State::Waiting)))
    }

    pub(super) fn button_label(&self, i: &I18n) -> String {
        if self.needed {
            t!(i, "designer-approval-ask-button")
        } else {
            t!(i, "designer-publish-button")
        }
    }
}

/// Publishing asks for approval instead (when the team wants it): records the request.
pub(super) async fn ask(ctx: &Ctx, user: &StaffUser, draft: &Draft, number: u32) -> Result<(), AppError> {
    let id = approval::ask(&ctx.state.db, draft, number, user.id).await.map_err(AppError::internal)?;
    store::record(&ctx.state.db, &draft.definition.id, Some(number), Some(user.id), "approval-asked", serde_json::json!({ "request": id, "revision": approval::revision(draft) }))
        .await
        .map_err(AppError::internal)
}

/// Whether publishing `draft` needs a second person.
pub(super) async fn needed(ctx: &Ctx, draft: &Draft) -> Result<bool, AppError> {
    approval::required(&ctx.state.db, &draft.definition.team).await.map_err(AppError::internal)
}

#[component]
pub(super) fn PublishPanelView(panel: PublishPanel) -> impl IntoView {
    let i = use_i18n();
    let status = panel.latest.clone().filter(|_| panel.needed).map(|(request, standing)| view! { <StatusView request=request standing=standing can_decide=false/> });
    let service = panel.service.clone();
    view! {
        {panel.needed.then(|| view! { <p class="body">{t!(i, "designer-approval-needed")}</p> })}
        {status}
        <h2 class="heading-m">{t!(i, "designer-diff-what-changes")}</h2>
        {match panel.changes {
            Some(changes) => view! {
                <p class="body"><a class="link" href=format!("/staff/designer/{service}/diff")>{t!(i, "designer-diff-link-full")}</a></p>
                <DiffView sections=changes level=3/>
            }.into_any(),
            None => view! { <p class="body">{t!(i, "designer-diff-first")}</p> }.into_any(),
        }}
    }
}

/// Where the latest request stands, for the service's page and the publish page.
#[component]
pub(super) fn StatusView(request: Request, standing: State, can_decide: bool) -> impl IntoView {
    let i = use_i18n();
    let asked = t!(i, "designer-approval-asked", name = request.asked_by_name.clone(), when = when(&i, &request.asked_at), version = request.version);
    let service = request.service.clone();
    match standing {
        State::Waiting => Some(view! {
            <div class="inset-text">
                <p class="body">{asked}</p>
                {if can_decide {
                    view! { <p class="body"><a class="link" href=format!("/staff/designer/{service}/approval")>{t!(i, "designer-approval-review-link")}</a></p> }.into_any()
                } else {
                    view! { <p class="body">{t!(i, "designer-approval-someone-else")}</p> }.into_any()
                }}
            </div>
        }.into_any()),
        State::SentBack => Some(view! {
            <div class="inset-text">
                <p class="body">{t!(i, "designer-approval-sent-back", name = request.decided_by_name.clone().unwrap_or_default(), when = request.decided_at.map(|at| when(&i, &at)).unwrap_or_default())}</p>
                <p class="body">{t!(i, "designer-approval-comment-was")} " " <q>{request.comment.clone().unwrap_or_default()}</q></p>
            </div>
        }.into_any()),
        State::Void => Some(view! { <div class="inset-text"><p class="body">{t!(i, "designer-approval-void", name = request.asked_by_name.clone())}</p></div> }.into_any()),
        State::Approved => None,
    }
}

/// The latest request of a service and where it stands, for its page (`None`: nothing to say).
pub(super) async fn status(ctx: &Ctx, user: &StaffUser, service: &str, draft: Option<(&Draft, u32)>) -> Result<Option<(Request, State, bool)>, AppError> {
    let Some(request) = approval::latest(&ctx.state.db, service).await.map_err(AppError::internal)? else { return Ok(None) };
    // Only a request about the draft there is now is worth a word.
    let Some((draft, number)) = draft.filter(|(_, n)| *n == request.version) else { return Ok(None) };
    let standing = request.standing(Some((draft, number)));
    let can_decide = approval::may_decide(user, &request, (draft, number)).is_ok();
    Ok(Some((request, standing, can_decide)))
}

/// A request someone may approve, for the designer's home.
#[derive(Clone, Debug)]
pub(crate) struct Waiting {
    service: String,
    name: String,
    version: u32,
    asked_by: String,
}

/// Every request waiting that `user` may decide: their teams' (every team's for an admin), not
/// their own, still for the draft there is now.
pub(super) async fn waiting_for(ctx: &Ctx, user: &StaffUser) -> Result<Vec<Waiting>, AppError> {
    let mut out = Vec::new();
    for request in approval::waiting(&ctx.state.db).await.map_err(AppError::internal)? {
        let Some(stored) = versions::draft(&ctx.state.db, &request.service).await.map_err(AppError::internal)? else { continue };
        let Ok(draft) = Draft::from_files(&stored.files) else { continue };
        if user.can_see(&draft.definition.team) && approval::may_decide(user, &request, (&draft, stored.version)).is_ok() {
            out.push(Waiting { service: request.service.clone(), name: name(&draft), version: request.version, asked_by: request.asked_by_name.clone() });
        }
    }
    Ok(out)
}

#[component]
pub(super) fn WaitingList(waiting: Vec<Waiting>) -> impl IntoView {
    let i = use_i18n();
    (!waiting.is_empty()).then(|| {
        let rows = waiting
            .into_iter()
            .map(|w| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key"><a class="link" href=format!("/staff/designer/{}/approval", w.service)>{w.name}</a></dt>
                    <dd class="summary-list__value">{t!(i, "designer-approval-waiting-row", version = w.version, name = w.asked_by)}</dd>
                </div>
            })
            .collect_view();
        view! {
            <h2 class="heading-m">{t!(i, "designer-approval-waiting-heading")}</h2>
            <dl class="summary-list">{rows}</dl>
        }
    })
}

pub(in crate::designer) async fn form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    render(&ctx, &user, &draft, number, FieldErrors::new(), String::new()).await
}

async fn render(ctx: &Ctx, user: &StaffUser, draft: &Draft, number: u32, errors: FieldErrors, comment: String) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let latest = approval::latest(&ctx.state.db, &draft.definition.id).await.map_err(AppError::internal)?;
    let request = latest.filter(|r| r.standing(Some((draft, number))) == State::Waiting);
    let refusal = request.as_ref().and_then(|r| approval::may_decide(user, r, (draft, number)).err());
    let live = versions::get(&ctx.state.db, &draft.definition.id, None).await.map_err(AppError::internal)?.map(|v| v.version);
    let in_progress = match live {
        Some(n) => crate::requests::store::drafts_on(&ctx.state.db, &draft.definition.id, i64::from(n)).await.map_err(AppError::internal)?,
        None => 0,
    };
    let problems = problem_links(&ctx.i18n, draft);
    let languages = going_live::completeness(ctx, draft);
    let journeys = journey_summary(ctx, draft).await?;
    // Each journey with where a failing one now goes, as the publish page shows them.
    let results = crate::designer::journeys::results(&ctx.state.db, &draft.definition.id, &draft.definition).await.map_err(AppError::internal)?;
    let journey_rows = super::journeys::rows(&ctx.i18n, draft, &results);
    let changes = changes(ctx, draft).await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let problems_title = ctx.i18n.t("designer-problems-title");
    let title = t!(ctx.i18n, "designer-approval-title", service = service.clone());
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}");
        let body = match request {
            None => view! { <p class="body">{t!(i, "designer-approval-nothing")}</p> }.into_any(),
            Some(request) => {
                let asked = t!(i, "designer-approval-asked", name = request.asked_by_name.clone(), when = when(&i, &request.asked_at), version = request.version);
                let revision = request.revision.clone();
                let decide = match refusal {
                    Some(refusal) => view! { <p class="body">{i.t(refusal.message_id())}</p> }.into_any(),
                    None => view! {
                        {problems.is_empty().then(|| view! {
                            <form method="post" action=format!("{base}/approval") novalidate>
                                <CsrfField token=csrf.clone()/>
                                <input type="hidden" name="files_digest" value=revision.clone()/>
                                <input type="hidden" name="decision" value="approve"/>
                                <Button label=t!(i, "designer-approval-approve-button")/>
                            </form>
                        })}
                        <h2 class="heading-m">{t!(i, "designer-approval-send-back-heading")}</h2>
                        <form method="post" action=format!("{base}/approval") novalidate>
                            <CsrfField token=csrf.clone()/>
                            <input type="hidden" name="files_digest" value=revision.clone()/>
                            <input type="hidden" name="decision" value="send_back"/>
                            <Textarea id="comment" label=t!(i, "designer-approval-comment") hint=t!(i, "designer-approval-comment-hint") value=comment.clone() errors=errors.clone()/>
                            <Button label=t!(i, "designer-approval-send-back-button") secondary=true/>
                        </form>
                    }.into_any(),
                };
                view! {
                    <p class="body">{asked}</p>
                    <h2 class="heading-m">{t!(i, "designer-diff-what-changes")}</h2>
                    {match changes {
                        Some(changes) => view! {
                            <p class="body"><a class="link" href=format!("{base}/diff")>{t!(i, "designer-diff-link-full")}</a></p>
                            <DiffView sections=changes level=3/>
                        }.into_any(),
                        None => view! { <p class="body">{t!(i, "designer-diff-first")}</p> }.into_any(),
                    }}
                    <h2 class="heading-m">{t!(i, "designer-approval-checks")}</h2>
                    <p class="body">{if problems.is_empty() { t!(i, "designer-approval-no-problems") } else { t!(i, "designer-approval-problems", count = problems.len()) }}</p>
                    <p class="body">{match live {
                        Some(n) => t!(i, "designer-publish-replaces", version = n, drafts = in_progress),
                        None => t!(i, "designer-publish-first"),
                    }}</p>
                    <p class="body">{match &journeys {
                        None => t!(i, "designer-approval-journeys-none"),
                        Some(j) if j.failed.is_empty() => t!(i, "designer-approval-journeys-pass", count = j.passed),
                        Some(j) => t!(i, "designer-approval-journeys-fail", count = j.failed.len(), names = j.failed.join(", ")),
                    }}</p>
                    <super::journeys::JourneyResults rows=journey_rows/>
                    <super::going_live::LanguagesTable languages=languages/>
                    {decide}
                }.into_any()
            }
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <ProblemSummary problems=problems.clone() title=problems_title/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-approval-heading", version = number)}</h1>
                // The error summary's link for a refusal ("#decision") leads here.
                <div id="decision">{body}</div>
            </div></div>
        }
    }))
}

/// Approves (and publishes) or sends back the waiting request.
pub(in crate::designer) async fn decide(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let comment = field(&fields, "comment");
    let refuse = |message: &str| {
        let mut errors = FieldErrors::new();
        errors.add(if field(&fields, "decision") == "send_back" { "comment" } else { "decision" }, message);
        errors
    };
    let Some(request) = approval::latest(&ctx.state.db, &id).await.map_err(AppError::internal)? else {
        return render(&ctx, &user, &draft, number, refuse(Refusal::NotWaiting.message_id()), comment).await;
    };
    if let Err(refusal) = approval::may_decide(&user, &request, (&draft, number)) {
        if refusal == Refusal::NotWaiting && request.state == State::Waiting {
            // The draft changed after the request: it is void, and says so in the trail.
            if approval::decide(&ctx.state.db, request.id, State::Void, user.id, None).await.map_err(AppError::internal)? {
                store::record(&ctx.state.db, &id, Some(number), Some(user.id), "approval-void", serde_json::json!({ "request": request.id })).await.map_err(AppError::internal)?;
            }
        }
        return render(&ctx, &user, &draft, number, refuse(refusal.message_id()), comment).await;
    }
    // What the approver read is what they decide on: the page's revision must be the request's.
    if field(&fields, "files_digest") != request.revision {
        return render(&ctx, &user, &draft, number, refuse("designer-approval-changed"), comment).await;
    }
    match field(&fields, "decision").as_str() {
        "approve" => {
            let failing = journey_summary(&ctx, &draft).await?.is_some_and(|j| !j.failed.is_empty());
            if !draft.problems().is_empty() || failing {
                return render(&ctx, &user, &draft, number, refuse("designer-approval-blocked"), comment).await;
            }
            if !approval::decide(&ctx.state.db, request.id, State::Approved, user.id, None).await.map_err(AppError::internal)? {
                return render(&ctx, &user, &draft, number, refuse(Refusal::NotWaiting.message_id()), comment).await;
            }
            let data = serde_json::json!({ "request": request.id, "asked_by": request.asked_by, "revision": request.revision });
            store::record(&ctx.state.db, &id, Some(number), Some(user.id), "approved", data).await.map_err(AppError::internal)?;
            going_live::publish_draft(&ctx, &user, &draft).await?;
        }
        "send_back" => {
            let comment = match approval::comment(&comment) {
                Ok(comment) => comment,
                Err(message) => return render(&ctx, &user, &draft, number, refuse(message), comment).await,
            };
            if !approval::decide(&ctx.state.db, request.id, State::SentBack, user.id, Some(&comment)).await.map_err(AppError::internal)? {
                return render(&ctx, &user, &draft, number, refuse(Refusal::NotWaiting.message_id()), comment).await;
            }
            store::record(&ctx.state.db, &id, Some(number), Some(user.id), "sent-back", serde_json::json!({ "request": request.id, "comment": comment })).await.map_err(AppError::internal)?;
        }
        _ => return render(&ctx, &user, &draft, number, refuse("designer-approval-choose"), comment).await,
    }
    Ok(Redirect::to(&format!("/staff/designer/{id}")).into_response())
}
