//! Adding, changing and deleting a test journey, without JavaScript: a name, an example answer for
//! each question in order (read with the engine's rules, see `journeys::form`), and the expected
//! end. "Record what happens now" walks the draft with the answers and shows the pages it sees,
//! kept in the form for the designer to confirm; saving without recording records them then.

use super::{
    super::{
        designer,
        draft::Draft,
        journeys::{
            form::{self as answers_form, input},
            store::{self, SaveError},
            TestJourney,
        },
        open_draft,
        store::record,
    },
    field, name, Caption,
};
use crate::{
    casework::store::StaffUser,
    i18n::{use_i18n, SOURCE_LANGUAGE},
    profile::fields::{Address, Date},
    services::{
        flow::{self, Target, CHECK_ANSWERS},
        model::{Choice, Kind, Question},
    },
    t,
    ui::form::{described_by, group_class, Button, CsrfField, DateInput, ErrorMessage, ErrorSummary, FieldErrors, InputProps, Label, Legend, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::response::{IntoResponse, Redirect};
use leptos::prelude::*;
use crate::web::extract::Path;

/// The longest name a journey may have.
const NAME_LIMIT: usize = 120;

pub(in crate::designer) async fn new_form(ctx: Ctx, Path(id): Path<String>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    render(&ctx, &draft, 0, vec![("end".into(), CHECK_ANSWERS.into())], FieldErrors::new()).await
}

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, journey)): Path<(String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let journey = find(&ctx, &id, &journey).await?;
    let mut fields = vec![("name".to_owned(), journey.name.clone()), ("end".to_owned(), go(&journey.end))];
    fields.extend(answers_form::values(&draft.definition, &journey.answers));
    fields.extend(journey.pages.iter().map(|p| ("page".to_owned(), p.clone())));
    render(&ctx, &draft, journey.id, fields, FieldErrors::new()).await
}

pub(in crate::designer) async fn submit_new(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    handle(&ctx, &user, &draft, number, 0, fields).await
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, journey)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, number) = open_draft(&ctx, &user, &id).await?;
    let journey = find(&ctx, &id, &journey).await?;
    handle(&ctx, &user, &draft, number, journey.id, fields).await
}

async fn find(ctx: &Ctx, service: &str, journey: &str) -> Result<TestJourney, AppError> {
    let id: i64 = journey.parse().map_err(|_| AppError::NotFound)?;
    store::get(&ctx.state.db, service, id).await.map_err(AppError::internal)?.ok_or(AppError::NotFound)
}

fn go(end: &Target) -> String {
    match end {
        Target::Exit(e) => format!("exit:{e}"),
        Target::Question(q) => q.clone(),
        Target::CheckAnswers => CHECK_ANSWERS.to_owned(),
    }
}

/// Records, saves or deletes (`action`), after the CSRF check.
async fn handle(ctx: &Ctx, user: &StaffUser, draft: &Draft, number: u32, journey: i64, mut fields: Vec<(String, String)>) -> PageResult {
    if !ctx.csrf_ok(&field(&fields, "csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let service = &draft.definition.id;
    let list = format!("/staff/designer/{service}/journeys");
    let action = field(&fields, "action");
    if action == "delete" && journey != 0 {
        store::delete(&ctx.state.db, service, journey).await.map_err(AppError::internal)?;
        record(&ctx.state.db, service, Some(number), Some(user.id), "journey-removed", serde_json::json!({ "journey": journey })).await.map_err(AppError::internal)?;
        return Ok(Redirect::to(&list).into_response());
    }
    let mut errors = FieldErrors::new();
    let answers = match answers_form::read(&draft.definition, &fields, Date::today()) {
        Ok(answers) => Some(answers),
        Err(problems) => {
            for (input, message) in problems {
                errors.add(&input, message);
            }
            None
        }
    };
    if action == "record" {
        if let Some(answers) = &answers {
            let walk = flow::walk(&draft.definition, answers, Date::today());
            fields.retain(|(k, _)| k != "page" && (k != "end" || matches!(walk.end, Target::Question(_))));
            fields.extend(walk.questions.iter().map(|p| ("page".to_owned(), p.clone())));
            if !matches!(walk.end, Target::Question(_)) {
                fields.push(("end".into(), go(&walk.end)));
            }
        }
        return render(ctx, draft, journey, fields, errors).await;
    }
    let name = field(&fields, "name");
    if name.is_empty() {
        errors.add("name", "designer-journey-error-name");
    } else if name.chars().count() > NAME_LIMIT {
        errors.add("name", "designer-journey-error-name-long");
    }
    let end = Target::parse(&field(&fields, "end"));
    let known = match &end {
        Target::CheckAnswers => true,
        Target::Exit(e) => draft.definition.exit(e).is_some(),
        Target::Question(_) => false,
    };
    if !known {
        errors.add("end", "designer-journey-error-end");
    }
    let Some(answers) = answers.filter(|_| errors.is_empty()) else {
        return render(ctx, draft, journey, fields, errors).await;
    };
    let mut pages: Vec<String> = fields.iter().filter(|(k, v)| k == "page" && !v.is_empty()).map(|(_, v)| v.clone()).collect();
    if pages.is_empty() {
        pages = flow::walk(&draft.definition, &answers, Date::today()).questions;
    }
    let saved = TestJourney { id: journey, name: name.clone(), answers, pages, end, written_for: number };
    match store::save(&ctx.state.db, service, &saved, user.id).await {
        Ok(id) => {
            record(&ctx.state.db, service, Some(number), Some(user.id), "journey-saved", serde_json::json!({ "journey": id, "name": name }))
                .await
                .map_err(AppError::internal)?;
            Ok(Redirect::to(&list).into_response())
        }
        Err(SaveError::NameTaken) => {
            errors.add("name", "designer-journey-error-name-taken");
            render(ctx, draft, journey, fields, errors).await
        }
        Err(SaveError::Db(e)) => Err(AppError::internal(e)),
    }
}

/// A question's inputs for its example answer, named as the citizen's form names them (after
/// `answer-`), labelled with its English label. `extra` is a further hint (a follow-up's option).
fn answer_inputs(draft: &Draft, q: &Question, fields: &[(String, String)], errors: &FieldErrors, extra: Option<String>) -> AnyView {
    let i = use_i18n();
    let id = input(&q.id);
    let value = |name: &str| field(fields, &input(name));
    let label = Some(draft.text(SOURCE_LANGUAGE, &q.label)).filter(|l| !l.is_empty()).unwrap_or_else(|| q.id.clone());
    let english = |c: &Choice| draft.text(SOURCE_LANGUAGE, &c.label);
    let hint = |format: Option<String>| [format, extra.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let text = |format: Option<String>| {
        let mut props = InputProps::new(id.clone(), label.clone()).value(value(&q.id)).error(errors);
        let hint = hint(format);
        if !hint.is_empty() {
            props = props.hint(hint);
        }
        view! { <TextInput props/> }.into_any()
    };
    match &q.kind {
        Kind::Date { .. } | Kind::NextDates { .. } => view! {
            <DateInput prefix=id.clone() legend=label.clone() hint=hint(Some(t!(i, "journey-date-hint"))) errors=errors.clone()
                day=value(&format!("{}-day", q.id)) month=value(&format!("{}-month", q.id)) year=value(&format!("{}-year", q.id)) autocomplete_prefix=None/>
        }
        .into_any(),
        Kind::Radios { options } | Kind::Select { options } => {
            let choices: Vec<(String, String)> = options.iter().map(|o| (o.value.clone(), english(o))).collect();
            let follow_ups = options
                .iter()
                .filter_map(|o| o.follow_up.as_deref().map(|f| (english(o), f.clone())))
                .map(|(option, f)| answer_inputs(draft, &f, fields, errors, Some(t!(i, "designer-journey-follow-up", option = option))))
                .collect_view();
            view! { {choice_select(&id, &label, hint(None), choices, &value(&q.id), errors)} {follow_ups} }.into_any()
        }
        Kind::YesNo => {
            let choices = vec![("yes".to_owned(), t!(i, "designer-yes")), ("no".to_owned(), t!(i, "designer-no"))];
            choice_select(&id, &label, hint(None), choices, &value(&q.id), errors)
        }
        Kind::Checkboxes { options, exclusive } => {
            let ticked: Vec<String> = fields.iter().filter(|(k, _)| *k == id).map(|(_, v)| v.clone()).collect();
            let error = errors.get(&id).map(str::to_owned);
            let boxes = options
                .iter()
                .chain(exclusive.iter())
                .enumerate()
                .map(|(n, o)| {
                    let box_id = if n == 0 { id.clone() } else { format!("{id}-{}", n + 1) };
                    view! {
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id=box_id.clone() name=id.clone() type="checkbox" value=o.value.clone() checked=ticked.contains(&o.value)/>
                            <label class="label checkboxes__label" for=box_id>{english(o)}</label>
                        </div>
                    }
                })
                .collect_view();
            let (group, describedby) = (group_class(error.is_some()), described_by(&id, false, error.is_some()));
            view! {
                <div class=group>
                    <fieldset class="fieldset" aria-describedby=describedby>
                        <Legend text=label.clone() size="s"/>
                        {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
                        <div class="checkboxes checkboxes--small">{boxes}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Kind::Address => {
            let part = |p: &str, label_id: &str, class: &'static str| {
                let name = format!("{}-{p}", q.id);
                let mut v = value(&name);
                if p == "country" && v.is_empty() {
                    v = Address::UK.into();
                }
                view! { <TextInput props=InputProps::new(input(&name), i.t(label_id)).value(v).error(errors).class(class)/> }
            };
            view! {
                <fieldset class="fieldset">
                    <Legend text=label.clone() size="s"/>
                    {extra.clone().map(|h| view! { <div class="hint">{h}</div> })}
                    {part("line1", "field-address-line1", "")}
                    {part("line2", "field-address-line2", "")}
                    {part("town", "field-address-town", "input--width-20")}
                    {part("postcode", "field-address-postcode", "input--width-10")}
                    {part("country", "field-address-country", "input--width-20")}
                </fieldset>
            }
            .into_any()
        }
        Kind::Money { .. } => text(Some(t!(i, "designer-journey-format-money"))),
        Kind::File { .. } => text(Some(t!(i, "designer-journey-format-file"))),
        Kind::Repeat { max_items, .. } => text(Some(t!(i, "designer-journey-format-items", most = *max_items))),
        _ => text(None),
    }
}

/// A choice as a drop-down with "not answered" first: one line per question keeps a long
/// service's journey form short.
fn choice_select(id: &str, label: &str, hint: String, choices: Vec<(String, String)>, selected: &str, errors: &FieldErrors) -> AnyView {
    let i = use_i18n();
    let error = errors.get(id).map(str::to_owned);
    let hint = Some(hint).filter(|h| !h.is_empty());
    let describedby = described_by(id, hint.is_some(), error.is_some());
    let options = choices.into_iter().map(|(v, l)| view! { <option value=v.clone() selected=v == selected>{l}</option> }).collect_view();
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <Label id=id.to_owned() text=label.to_owned() size="s"/>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=format!("{id}-error") message_id=e/> })}
            <select class="select" id=id.to_owned() name=id.to_owned() aria-describedby=describedby>
                <option value="">{t!(i, "designer-journey-not-answered")}</option>
                {options}
            </select>
        </div>
    }
    .into_any()
}

async fn render(ctx: &Ctx, draft: &Draft, journey: i64, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let draft = draft.clone();
    let pages: Vec<String> = fields.iter().filter(|(k, v)| k == "page" && !v.is_empty()).map(|(_, v)| v.clone()).collect();
    let title = if journey == 0 {
        t!(ctx.i18n, "designer-journey-new-title", service = service.clone())
    } else {
        t!(ctx.i18n, "designer-journey-edit-title", service = service.clone(), journey = field(&fields, "name"))
    };
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}/journeys");
        let action = if journey == 0 { format!("{base}/new") } else { format!("{base}/{journey}") };
        let questions = draft.definition.questions.iter().map(|q| answer_inputs(&draft, q, &fields, &errors, None)).collect_view();
        let end = field(&fields, "end");
        let mut ends = vec![(CHECK_ANSWERS.to_owned(), t!(i, "designer-go-check-answers"))];
        ends.extend(draft.definition.exits.iter().map(|e| (format!("exit:{}", e.id), t!(i, "designer-go-exit", title = draft.text(SOURCE_LANGUAGE, &e.title)))));
        let end_error = errors.get("end").map(str::to_owned);
        let (end_group, end_described) = (group_class(end_error.is_some()), end_error.as_ref().map(|_| "end-error"));
        let recorded = (!pages.is_empty()).then(|| {
            let labels = pages.iter().map(|p| view! { <li>{super::journeys::label_of(&draft, p)}</li> }).collect_view();
            view! {
                <p class="body">{t!(i, "designer-journey-recorded")}</p>
                <ol class="list list--number">{labels}</ol>
                {pages.iter().map(|p| view! { <input type="hidden" name="page" value=p.clone()/> }).collect_view()}
            }
        });
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service.clone()/>
                <h1 class="heading-l">{if journey == 0 { t!(i, "designer-journey-new-heading") } else { t!(i, "designer-journey-edit-heading") }}</h1>
                <form method="post" action=action novalidate>
                    <CsrfField token=csrf.clone()/>
                    <TextInput props=InputProps::new("name", t!(i, "designer-journey-name")).hint(t!(i, "designer-journey-name-hint")).value(field(&fields, "name")).error(&errors)/>
                    <h2 class="heading-m">{t!(i, "designer-journey-answers")}</h2>
                    <p class="body">{t!(i, "designer-journey-answers-intro")}</p>
                    {questions}
                    <h2 class="heading-m">{t!(i, "designer-journey-expected")}</h2>
                    {recorded}
                    <div class=end_group>
                        <Label id="end".to_owned() text=t!(i, "designer-journey-end") size="s"/>
                        {end_error.map(|e| view! { <ErrorMessage id="end-error".to_owned() message_id=e/> })}
                        <select class="select" id="end" name="end" aria-describedby=end_described>
                            {ends.into_iter().map(|(v, l)| view! { <option value=v.clone() selected=v == end>{l}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="button-group">
                        <Button label=t!(i, "designer-journey-record") secondary=true name="action" value="record"/>
                        <Button label=t!(i, "designer-journey-save") name="action" value="save"/>
                    </div>
                </form>
                {(journey != 0).then(|| view! {
                    <form method="post" action=format!("{base}/{journey}")>
                        <CsrfField token=csrf.clone()/>
                        <Button label=t!(i, "designer-journey-delete") warning=true name="action" value="delete"/>
                    </form>
                })}
            </div></div>
        }
    }))
}
