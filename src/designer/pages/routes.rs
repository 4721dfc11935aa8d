//! A question's routes: the list in order (the first that holds wins), each with its conditions
//! and where it goes, and a route made in two plain steps without JavaScript: which answer it
//! depends on (a GET form), then the test, the value and where to go.

use super::{
    super::{designer, draft::Draft, open_draft, routing, save},
    field, name, reorder_buttons, Caption,
};
use crate::{
    i18n::{use_i18n, I18n, SOURCE_LANGUAGE},
    services::{
        flow::{Target, CHECK_ANSWERS},
        model::{Kind, Test},
    },
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    http::StatusCode,
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use serde::Deserialize;
use crate::web::extract::{Path, Query};

/// Where a route goes, in words: a question's, check your answers, or an exit page's title.
pub(super) fn target_label(i: &I18n, draft: &Draft, go: &str) -> String {
    match Target::parse(go) {
        Target::CheckAnswers => t!(i, "designer-go-check-answers"),
        Target::Question(q) => draft.definition.question(&q).map_or(q.clone(), |q| draft.text(SOURCE_LANGUAGE, &q.label)),
        Target::Exit(e) => draft.definition.exit(&e).map_or(e.clone(), |e| t!(i, "designer-go-exit", title = draft.text(SOURCE_LANGUAGE, &e.title))),
    }
}

/// An option's words, or the value itself for yes/no and free text.
fn value_label(i: &I18n, draft: &Draft, question: &str, value: &str) -> String {
    let options = draft.definition.question(question).and_then(|q| match &q.kind {
        Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => Some(options.clone()),
        _ => None,
    });
    match options.and_then(|o| o.into_iter().find(|o| o.value == value)) {
        Some(option) => draft.text(SOURCE_LANGUAGE, &option.label),
        None if value == "yes" => t!(i, "designer-yes"),
        None if value == "no" => t!(i, "designer-no"),
        None => value.to_owned(),
    }
}

/// A test in words: "“Where?” is Park".
pub(super) fn describe_test(i: &I18n, draft: &Draft, test: &Test) -> String {
    let (name, values) = routing::op_parts(&test.op);
    let question = draft.definition.question(&test.question).map_or(test.question.clone(), |q| draft.text(SOURCE_LANGUAGE, &q.label));
    let value = values.iter().map(|v| value_label(i, draft, &test.question, v)).collect::<Vec<_>>().join(", ");
    let name = name.replace('_', "-");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("question", question);
    args.set("value", value);
    // l10n: uses designer-test-*
    i.t_args(&format!("designer-test-{name}"), &args)
}

pub(in crate::designer) async fn list(ctx: Ctx, Path((id, question)): Path<(String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let q = draft.definition.question(&question).ok_or(AppError::NotFound)?.clone();
    let csrf = ctx.csrf_token().await?;
    let i = ctx.i18n.clone();
    let rows: Vec<(String, String)> = q
        .next
        .iter()
        .map(|route| {
            let (tests, any) = routing::tests_of(route.when.as_ref());
            let joined = tests.iter().map(|t| describe_test(&i, &draft, t)).collect::<Vec<_>>().join(&i.t(if any { "designer-or" } else { "designer-and" }));
            let when = if tests.is_empty() { t!(i, "designer-route-always") } else { t!(i, "designer-route-if", condition = joined) };
            (when, target_label(&i, &draft, &route.go))
        })
        .collect();
    let position = draft.definition.position(&question).unwrap_or(0);
    let otherwise = match draft.definition.questions.get(position + 1) {
        Some(next) => draft.text(SOURCE_LANGUAGE, &next.label),
        None => t!(i, "designer-go-check-answers"),
    };
    let service = name(&draft);
    let label = draft.text(SOURCE_LANGUAGE, &q.label);
    let title = t!(i, "designer-routes-title", service = service.clone(), question = label.clone());
    Ok(ctx.render(StatusCode::OK, &title, move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}/questions/{question}");
        let count = rows.len();
        let items = rows
            .into_iter()
            .enumerate()
            .map(|(n, (when, go))| {
                let hidden = t!(i, "designer-route-number", number = n + 1);
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{when}</dt>
                        <dd class="summary-list__value">{t!(i, "designer-route-go", target = go)}</dd>
                        <dd class="summary-list__actions">
                            <ul class="summary-list__actions-list">
                                <li class="summary-list__actions-list-item">
                                    <a class="link" href=format!("{base}/routes/new?route={n}")>{t!(i, "designer-add-condition")} <span class="visually-hidden">" " {hidden.clone()}</span></a>
                                </li>
                                {reorder_buttons(&n.to_string(), n, count, &hidden)}
                            </ul>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href=base.clone()>{t!(i, "back-link")}</a>
            <Caption text=service/>
            <h1 class="heading-l">{t!(i, "designer-routes-heading", question = label)}</h1>
            <p class="body">{t!(i, "designer-routes-intro")}</p>
            <form method="post" action=format!("{base}/routes")>
                <CsrfField token=csrf/>
                <dl class="summary-list">
                    {items}
                    <div class="summary-list__row summary-list__row--no-actions">
                        <dt class="summary-list__key">{t!(i, "designer-route-otherwise")}</dt>
                        <dd class="summary-list__value">{t!(i, "designer-route-go", target = otherwise)}</dd>
                    </div>
                </dl>
            </form>
            <a class="button" href=format!("{base}/routes/new") role="button" draggable="false">{t!(i, "designer-add-route")}</a>
        }
    }))
}

/// Move up, move down or remove a route.
pub(in crate::designer) async fn change(ctx: Ctx, Path((id, question)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    draft.definition.question(&question).ok_or(AppError::NotFound)?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let action = field(&fields, "action");
    let (verb, n) = action.split_once(':').and_then(|(v, n)| Some((v.to_owned(), n.parse::<usize>().ok()?))).ok_or(AppError::NotFound)?;
    match verb.as_str() {
        "up" => draft.move_route(&question, n, -1),
        "down" => draft.move_route(&question, n, 1),
        "remove" => draft.remove_route(&question, n),
        _ => return Err(AppError::NotFound),
    }
    save(&ctx, &user, number, &draft, "routes").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions/{question}/routes")).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(in crate::designer) struct Step {
    /// The question whose answer the route tests, or `always`.
    on: Option<String>,
    /// Adding a condition to this route rather than making a new one.
    route: Option<usize>,
}

pub(in crate::designer) async fn new_form(ctx: Ctx, Path((id, question)): Path<(String, String)>, Query(step): Query<Step>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    draft.definition.question(&question).ok_or(AppError::NotFound)?;
    let mut fields = Vec::new();
    if let Some(on) = step.on.filter(|o| !o.is_empty()) {
        fields.push(("on".to_owned(), on));
    }
    if let Some(route) = step.route {
        fields.push(("route".to_owned(), route.to_string()));
    }
    render_new(&ctx, &draft, &question, fields, FieldErrors::new())
}

fn render_new(ctx: &Ctx, draft: &Draft, question: &str, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let i = ctx.i18n.clone();
    let service = name(draft);
    let id = draft.definition.id.clone();
    let question = question.to_owned();
    let on = field(&fields, "on");
    let route: Option<usize> = field(&fields, "route").parse().ok();
    let testable: Vec<(String, String)> = draft.testable(&question).into_iter().map(|q| {
        let label = draft.definition.question(&q).map(|x| draft.text(SOURCE_LANGUAGE, &x.label)).unwrap_or_default();
        (q, label)
    }).collect();
    let tested = draft.definition.question(&on).cloned();
    let targets: Vec<(String, String)> = draft.targets(&question).into_iter().map(|go| { let label = target_label(&i, draft, &go); (go, label) }).collect();
    let options: Vec<(String, String)> = match tested.as_ref().map(|q| &q.kind) {
        Some(Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. }) => options.iter().map(|o| (o.value.clone(), draft.text(SOURCE_LANGUAGE, &o.label))).collect(),
        Some(Kind::YesNo) => vec![("yes".into(), t!(i, "designer-yes")), ("no".into(), t!(i, "designer-no"))],
        _ => Vec::new(),
    };
    let ops: Vec<&'static str> = tested.as_ref().map(|q| routing::ops_for(&q.kind)).unwrap_or_default();
    let existing_tests = route.and_then(|n| draft.definition.question(&question)?.next.get(n).map(|r| routing::tests_of(r.when.as_ref()).0.len())).unwrap_or(0);
    let title = t!(i, "designer-route-new-title", service = service.clone());
    let token = form_token(ctx);
    let values: Vec<String> = fields.iter().filter(|(k, _)| k == "value").map(|(_, v)| v.clone()).collect();
    Ok(ctx.render_form(title, !errors.is_empty(), move || {
        let i = use_i18n();
        let base = format!("/staff/designer/{id}/questions/{question}");
        let route_field = route.map(|n| view! { <input type="hidden" name="route" value=n.to_string()/> });
        let body = if on.is_empty() {
            // Step 1: which answer the route depends on (a GET form: it changes nothing).
            let mut items: Vec<RadioItem> = testable.iter().map(|(q, label)| RadioItem { value: q.clone(), label: label.clone(), ..Default::default() }).collect();
            if route.is_none() {
                items.push(RadioItem { value: "always".into(), label: t!(i, "designer-route-no-condition"), divider: Some(t!(i, "designer-or-divider")), ..Default::default() });
            }
            view! {
                <form method="get" action=format!("{base}/routes/new") novalidate>
                    {route_field}
                    <Radios name="on" legend=t!(i, "designer-route-depends") error=errors.get("on").map(str::to_owned) items selected=String::new()/>
                    <Button label=t!(i, "designer-continue")/>
                </form>
            }
            .into_any()
        } else {
            let op_items: Vec<RadioItem> = ops.iter().map(|o| {
                // l10n: uses designer-op-*
                RadioItem { value: (*o).to_owned(), label: i.t(&format!("designer-op-{}", o.replace('_', "-"))), ..Default::default() }
            }).collect();
            let value_input = if on == "always" {
                ().into_any()
            } else if options.is_empty() {
                view! { <TextInput props=InputProps::new("value", t!(i, "designer-field-value")).hint(t!(i, "designer-field-value-hint")).value(values.first().cloned().unwrap_or_default()).error(&errors).class("input--width-10")/> }.into_any()
            } else {
                let boxes = options.iter().enumerate().map(|(n, (value, label))| {
                    let box_id = if n == 0 { "value".to_owned() } else { format!("value-{}", n + 1) };
                    let checked = values.contains(value);
                    view! {
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id=box_id.clone() name="value" type="checkbox" value=value.clone() checked=checked/>
                            <label class="label checkboxes__label" for=box_id>{label.clone()}</label>
                        </div>
                    }
                }).collect_view();
                let error = errors.get("value").map(str::to_owned);
                let group = crate::ui::form::group_class(error.is_some());
                let describedby = error.as_ref().map(|_| "value-error");
                view! {
                    <div class=group>
                        <fieldset class="fieldset" aria-describedby=describedby>
                            <legend class="fieldset__legend fieldset__legend--s">{t!(i, "designer-field-answers")}</legend>
                            {error.map(|e| view! { <crate::ui::form::ErrorMessage id="value-error".to_owned() message_id=e/> })}
                            <div class="checkboxes">{boxes}</div>
                        </fieldset>
                    </div>
                }.into_any()
            };
            let go_items: Vec<RadioItem> = targets.iter().map(|(go, label)| RadioItem { value: go.clone(), label: label.clone(), ..Default::default() }).collect();
            let join = (route.is_some() && existing_tests == 1).then(|| {
                let items = vec![
                    RadioItem { value: "all".into(), label: t!(i, "designer-join-all"), ..Default::default() },
                    RadioItem { value: "any".into(), label: t!(i, "designer-join-any"), ..Default::default() },
                ];
                view! { <Radios name="join" legend=t!(i, "designer-field-join") error=errors.get("join").map(str::to_owned) items selected=field(&fields, "join")/> }
            });
            view! {
                <form method="post" action=format!("{base}/routes/new") novalidate>
                    <CsrfField token=token.clone()/>
                    <input type="hidden" name="on" value=on.clone()/>
                    {route_field}
                    {(on != "always").then(|| view! { <Radios name="op" legend=t!(i, "designer-field-op") error=errors.get("op").map(str::to_owned) items=op_items selected=field(&fields, "op")/> })}
                    {value_input}
                    {join}
                    {route.is_none().then(|| view! { <Radios name="go" legend=t!(i, "designer-field-go") error=errors.get("go").map(str::to_owned) items=go_items selected=field(&fields, "go")/> })}
                    <Button label=t!(i, "designer-save")/>
                </form>
            }
            .into_any()
        };
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("{base}/routes")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{if route.is_some() { t!(i, "designer-add-condition-heading") } else { t!(i, "designer-add-route-heading") }}</h1>
                {body}
            </div></div>
        }
    }))
}

/// The session's CSRF token for the form (present: the designer is signed in).
fn form_token(ctx: &Ctx) -> String {
    ctx.csrf.clone().unwrap_or_default()
}

pub(in crate::designer) async fn add(ctx: Ctx, Path((id, question)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, number) = open_draft(&ctx, &user, &id).await?;
    draft.definition.question(&question).ok_or(AppError::NotFound)?;
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let on = field(&fields, "on");
    let route: Option<usize> = field(&fields, "route").parse().ok();
    let mut errors = FieldErrors::new();
    let test = if on == "always" && route.is_none() {
        None
    } else {
        let Some(tested) = draft.testable(&question).contains(&on).then(|| draft.definition.question(&on).cloned()).flatten() else {
            return Err(AppError::NotFound);
        };
        let values: Vec<String> = fields.iter().filter(|(k, v)| k == "value" && !v.trim().is_empty()).map(|(_, v)| v.trim().to_owned()).collect();
        let mut op_name = field(&fields, "op");
        if !routing::ops_for(&tested.kind).contains(&op_name.as_str()) {
            errors.add("op", "designer-error-op");
        }
        // "Is" with several options ticked is "is one of".
        if op_name == "equals" && values.len() > 1 {
            op_name = "one_of".into();
        }
        let op = routing::op(&op_name, &values);
        if op.is_none() && errors.is_empty() {
            errors.add("value", if routing::takes_number(&op_name) { "designer-error-number" } else { "designer-error-value" });
        }
        op.map(|op| Test { question: on.clone(), op })
    };
    let go = field(&fields, "go");
    if route.is_none() && !draft.targets(&question).contains(&go) {
        errors.add("go", "designer-error-go");
    }
    let join = field(&fields, "join");
    let existing = route.and_then(|n| draft.definition.question(&question)?.next.get(n).map(|r| routing::tests_of(r.when.as_ref()).0.len()));
    if existing == Some(1) && !["all", "any"].contains(&join.as_str()) {
        errors.add("join", "designer-error-join");
    }
    if !errors.is_empty() {
        return render_new(&ctx, &draft, &question, fields, errors);
    }
    match (route, test) {
        (Some(n), Some(test)) => draft.add_condition(&question, n, test, join == "any"),
        (None, test) => draft.add_route(&question, test, if go.is_empty() { CHECK_ANSWERS } else { &go }),
        (Some(_), None) => return Err(AppError::NotFound),
    }
    save(&ctx, &user, number, &draft, "routes").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions/{question}/routes")).into_response())
}
