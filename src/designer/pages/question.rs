//! One question of a draft: its label, hint, whether it must be answered, the settings of its
//! type (options, lengths, limits, the date rule) and the profile detail it asks for ("tell us
//! once"). The question's id and its options' values never change here, so routes hold.

use super::{
    super::{designer, draft::{self, Draft}, open_draft, save},
    field, name, Caption, Textarea,
};
use crate::{
    i18n::{use_i18n, SOURCE_LANGUAGE},
    services::{
        model::{Kind, Question},
        texts,
    },
    t,
    ui::form::{Button, CsrfField, ErrorSummary, FieldErrors, InputProps, RadioItem, Radios, TextInput},
    web::{form::Form, AppError, Ctx, PageResult},
};
use axum::{
    response::{IntoResponse, Redirect},
};
use leptos::prelude::*;
use crate::web::extract::Path;

/// The profile details a question of this type can ask for.
fn profile_fields(kind: &Kind) -> &'static [&'static str] {
    match kind {
        Kind::Date { .. } => &["date_of_birth"],
        Kind::Address => &["address"],
        Kind::Phone => &["phone"],
        Kind::Email => &["email"],
        Kind::Radios { .. } => &["contact_preference"],
        _ => &[],
    }
}

/// The form's fields for a question as it is.
fn fields_of(draft: &Draft, q: &Question) -> Vec<(String, String)> {
    let mut fields = vec![
        ("label".to_owned(), draft.text(SOURCE_LANGUAGE, &q.label)),
        ("hint".to_owned(), q.hint.as_ref().map(|h| draft.text(SOURCE_LANGUAGE, h)).unwrap_or_default()),
        ("required".to_owned(), if q.required { "yes" } else { "no" }.to_owned()),
        ("options".to_owned(), draft.option_lines(q)),
        ("profile".to_owned(), q.profile.clone().unwrap_or_else(|| "none".into())),
    ];
    fields.extend(super::settings::values(&q.kind));
    let (a, b) = match &q.kind {
        Kind::File { max_bytes } => ((max_bytes / (1024 * 1024)).max(1).to_string(), String::new()),
        Kind::Repeat { item_label, summary_heading, add_another, max_items, .. } => {
            fields.push(("item_label".into(), draft.text(SOURCE_LANGUAGE, item_label)));
            fields.push(("summary_heading".into(), draft.text(SOURCE_LANGUAGE, summary_heading)));
            fields.push(("add_another".into(), draft.text(SOURCE_LANGUAGE, add_another)));
            (max_items.to_string(), String::new())
        }
        Kind::NextDates { weekdays, count, lead_days } => {
            fields.extend(weekdays.iter().map(|w| ("weekday".to_owned(), w.clone())));
            (count.to_string(), lead_days.to_string())
        }
        _ => (String::new(), String::new()),
    };
    if !a.is_empty() || !b.is_empty() {
        fields.push(("setting_a".into(), a));
        fields.push(("setting_b".into(), b));
    }
    if let Kind::Checkboxes { exclusive: Some(e), .. } = &q.kind {
        fields.push(("exclusive".into(), draft.text(SOURCE_LANGUAGE, &e.label)));
    }
    fields
}

/// The days a dates question may offer, in order.
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

pub(in crate::designer) async fn form(ctx: Ctx, Path((id, question)): Path<(String, String)>) -> PageResult {
    let user = designer(&ctx).await?;
    let (draft, _) = open_draft(&ctx, &user, &id).await?;
    let q = draft.definition.question(&question).ok_or(AppError::NotFound)?.clone();
    let fields = fields_of(&draft, &q);
    render(&ctx, &draft, &q, fields, FieldErrors::new()).await
}

async fn render(ctx: &Ctx, draft: &Draft, q: &Question, fields: Vec<(String, String)>, errors: FieldErrors) -> PageResult {
    let csrf = ctx.csrf_token().await?;
    let service = name(draft);
    let id = draft.definition.id.clone();
    let q = q.clone();
    let item_labels: Vec<(String, String)> = match &q.kind {
        Kind::Repeat { fields, .. } => fields.iter().map(|f| (f.id.clone(), draft.text(SOURCE_LANGUAGE, &f.label))).collect(),
        _ => Vec::new(),
    };
    let options: Vec<(String, String)> = match &q.kind {
        Kind::Radios { options } | Kind::Select { options } | Kind::Checkboxes { options, .. } => options.iter().map(|o| (o.value.clone(), draft.text(SOURCE_LANGUAGE, &o.label))).collect(),
        _ => Vec::new(),
    };
    Ok(ctx.render_form(t!(ctx.i18n, "designer-question-title", service = service.clone(), question = field(&fields, "label")), !errors.is_empty(), move || {
        let i = use_i18n();
        let get = |k: &str| field(&fields, k);
        let yes_no = vec![
            RadioItem { value: "yes".into(), label: t!(i, "designer-required-yes"), ..Default::default() },
            RadioItem { value: "no".into(), label: t!(i, "designer-required-no"), ..Default::default() },
        ];
        let input = |name: &'static str, label: String, hint: String| {
            view! { <TextInput props=InputProps::new(name, label).hint(hint).value(get(name)).error(&errors).inputmode("numeric").class("input--width-10")/> }
        };
        // l10n: uses designer-kind-*
        let kind_name = i.t(&format!("designer-kind-{}", draft::kind_name(&q.kind).replace('_', "-")));
        let settings = match &q.kind {
            Kind::Radios { .. } | Kind::Checkboxes { .. } | Kind::Select { .. } => {
                let base = format!("/staff/designer/{id}/questions/{}/options", q.id);
                let links = options.iter().map(|(value, label)| view! {
                    <li><a class="link" href=format!("{base}/{value}")>{t!(i, "designer-option-link", option = label.clone())}</a></li>
                }).collect_view();
                let exclusive = matches!(q.kind, Kind::Checkboxes { .. }).then(|| view! {
                    <TextInput props=InputProps::new("exclusive", t!(i, "designer-field-exclusive")).hint(t!(i, "designer-field-exclusive-hint")).value(get("exclusive")).error(&errors)/>
                });
                view! {
                    <Textarea id="options" label=t!(i, "designer-field-options") hint=t!(i, "designer-field-options-hint") value=get("options") errors=errors.clone() rows=6/>
                    {(!options.is_empty()).then(|| view! {
                        <p class="body">{t!(i, "designer-options-details")}</p>
                        <ul class="list">{links}</ul>
                    })}
                    {exclusive}
                }
                .into_any()
            }
            Kind::File { .. } => input("setting_a", t!(i, "designer-field-max-size"), t!(i, "designer-field-max-size-hint")).into_any(),
            Kind::Repeat { fields: item_fields, .. } => {
                let base = format!("/staff/designer/{id}/questions/{}/fields", q.id);
                let rows = item_fields.iter().map(|f| {
                    let label = item_labels.iter().find(|(fid, _)| *fid == f.id).map(|(_, l)| l.clone()).unwrap_or_default();
                    view! { <li><a class="link" href=format!("{base}/{}", f.id)>{t!(i, "designer-option-link", option = label)}</a></li> }
                }).collect_view();
                view! {
                    <TextInput props=InputProps::new("item_label", t!(i, "designer-field-item-label")).hint(t!(i, "designer-field-item-label-hint")).value(get("item_label")).error(&errors)/>
                    <Textarea id="summary_heading" label=t!(i, "designer-field-summary-heading") hint=t!(i, "designer-field-summary-heading-hint") value=get("summary_heading") errors=errors.clone() rows=4/>
                    <TextInput props=InputProps::new("add_another", t!(i, "designer-field-add-another")).value(get("add_another")).error(&errors)/>
                    {input("setting_a", t!(i, "designer-field-max-items"), t!(i, "designer-field-max-items-hint"))}
                    <h2 class="heading-m">{t!(i, "designer-fields-heading")}</h2>
                    <ul class="list">{rows}</ul>
                    <p class="body"><a class="link" href=format!("{base}/new")>{t!(i, "designer-add-field")}</a></p>
                }
                .into_any()
            }
            Kind::NextDates { .. } => {
                let chosen: Vec<String> = fields.iter().filter(|(k, _)| k == "weekday").map(|(_, v)| v.clone()).collect();
                let days = WEEKDAYS.iter().enumerate().map(|(n, day)| {
                    let box_id = if n == 0 { "weekday".to_owned() } else { format!("weekday-{}", n + 1) };
                    // l10n: uses designer-day-*
                    let label = i.t(&format!("designer-day-{day}"));
                    view! {
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id=box_id.clone() name="weekday" type="checkbox" value=*day checked=chosen.iter().any(|c| c == day)/>
                            <label class="label checkboxes__label" for=box_id>{label}</label>
                        </div>
                    }
                }).collect_view();
                let error = errors.get("weekday").map(str::to_owned);
                let group = crate::ui::form::group_class(error.is_some());
                let describedby = error.as_ref().map(|_| "weekday-error");
                view! {
                    <div class=group>
                        <fieldset class="fieldset" aria-describedby=describedby>
                            <legend class="fieldset__legend fieldset__legend--s">{t!(i, "designer-field-weekdays")}</legend>
                            {error.map(|e| view! { <crate::ui::form::ErrorMessage id="weekday-error".to_owned() message_id=e/> })}
                            <div class="checkboxes">{days}</div>
                        </fieldset>
                    </div>
                    {input("setting_a", t!(i, "designer-field-count"), t!(i, "designer-field-count-hint"))}
                    {input("setting_b", t!(i, "designer-field-lead"), t!(i, "designer-field-lead-hint"))}
                }
                .into_any()
            }
            other => super::settings::view(other, &fields, &errors).unwrap_or_else(|| ().into_any()),
        };
        let profile = profile_fields(&q.kind);
        let profile_choice = (!profile.is_empty()).then(|| {
            let mut items = vec![RadioItem { value: "none".into(), label: t!(i, "designer-profile-none"), ..Default::default() }];
            // l10n: uses designer-profile-*
            items.extend(profile.iter().map(|f| RadioItem { value: (*f).to_owned(), label: i.t(&format!("designer-profile-{}", f.replace('_', "-"))), ..Default::default() }));
            view! { <Radios name="profile" legend=t!(i, "designer-field-profile") hint=t!(i, "designer-field-profile-hint") error=None items selected=get("profile")/> }
        });
        view! {
            <div class="grid-row"><div class="grid-column-two-thirds">
                <a class="back-link" href=format!("/staff/designer/{id}/questions")>{t!(i, "back-link")}</a>
                <ErrorSummary errors=errors.clone()/>
                <Caption text=service/>
                <h1 class="heading-l">{t!(i, "designer-question-heading")}</h1>
                <p class="body">{t!(i, "designer-question-kind", kind = kind_name)}</p>
                <form method="post" action=format!("/staff/designer/{id}/questions/{}", q.id) novalidate>
                    <CsrfField token=csrf/>
                    <TextInput props=InputProps::new("label", t!(i, "designer-field-question")).value(get("label")).error(&errors)/>
                    <Textarea id="hint" label=t!(i, "designer-field-hint") hint=t!(i, "designer-field-hint-hint") value=get("hint") errors=errors.clone() rows=3/>
                    <Radios name="required" legend=t!(i, "designer-field-required") error=None items=yes_no selected=get("required")/>
                    {settings}
                    {profile_choice}
                    <Button label=t!(i, "designer-save")/>
                </form>
                <h2 class="heading-m">{t!(i, "designer-routes-link-heading")}</h2>
                <p class="body"><a class="link" href=format!("/staff/designer/{id}/questions/{}/routes", q.id)>{t!(i, "designer-routes-link", count = q.next.len())}</a></p>
            </div></div>
        }
    }))
}

pub(in crate::designer) async fn submit(ctx: Ctx, Path((id, question)): Path<(String, String)>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = designer(&ctx).await?;
    let (mut draft, version) = open_draft(&ctx, &user, &id).await?;
    let q = draft.definition.question(&question).ok_or(AppError::NotFound)?.clone();
    if !crate::designer::form_ok(&ctx, &fields).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    let label = field(&fields, "label");
    if label.is_empty() {
        errors.add("label", "designer-error-question");
    }
    for name in ["label", "hint", "options", "exclusive", "item_label", "add_another"] {
        if field(&fields, name).lines().any(|line| texts::check_value(line).is_err()) {
            errors.add(name, "designer-error-text");
        }
    }
    if texts::check_value(&field(&fields, "summary_heading")).is_err() {
        errors.add("summary_heading", "designer-error-text");
    }
    let mut kind = super::settings::read(&q.kind, &fields, &mut errors);
    let whole = |name: &str, errors: &mut FieldErrors| super::settings::whole(&fields, name, errors);
    match &mut kind {
        Kind::Repeat { max_items, .. } => match whole("setting_a", &mut errors) {
            Some(n) if (1..=50).contains(&n) => *max_items = n as u8,
            _ => errors.add("setting_a", "designer-error-max-items"),
        },
        Kind::File { max_bytes } => match whole("setting_a", &mut errors) {
            Some(mb) if (1..=20).contains(&mb) => *max_bytes = mb as u64 * 1024 * 1024,
            _ => errors.add("setting_a", "designer-error-size"),
        },
        Kind::NextDates { weekdays, count, lead_days } => {
            *weekdays = WEEKDAYS.iter().filter(|d| fields.iter().any(|(k, v)| k == "weekday" && v == *d)).map(|d| (*d).to_owned()).collect();
            if weekdays.is_empty() {
                errors.add("weekday", "designer-error-weekdays");
            }
            match whole("setting_a", &mut errors) {
                Some(n) if (1..=31).contains(&n) => *count = n as u8,
                _ => errors.add("setting_a", "designer-error-count"),
            }
            match whole("setting_b", &mut errors) {
                Some(n) if (0..=60).contains(&n) => *lead_days = n as u8,
                None => *lead_days = 0,
                Some(_) => errors.add("setting_b", "designer-error-lead"),
            }
        }
        _ => {}
    }
    if !errors.is_empty() {
        return render(&ctx, &draft, &q, fields, errors).await;
    }
    let at = draft.definition.position(&question).ok_or(AppError::NotFound)?;
    draft.set_text(SOURCE_LANGUAGE, &q.label, &label);
    let hint = field(&fields, "hint");
    let hint_id = q.hint.clone().unwrap_or_else(|| draft.new_id(&format!("{question}-hint")));
    draft.set_text(SOURCE_LANGUAGE, &hint_id, &hint);
    let profile = field(&fields, "profile");
    {
        let stored = &mut draft.definition.questions[at];
        stored.hint = (!hint.is_empty()).then_some(hint_id);
        stored.required = field(&fields, "required") != "no";
        stored.kind = kind;
        stored.profile = profile_fields(&stored.kind).contains(&profile.as_str()).then_some(profile);
    }
    if matches!(q.kind, Kind::Radios { .. } | Kind::Checkboxes { .. } | Kind::Select { .. }) {
        draft.set_options(&question, &field(&fields, "options"));
    }
    if matches!(q.kind, Kind::Checkboxes { .. }) {
        draft.set_exclusive(&question, &field(&fields, "exclusive"));
    }
    // The profile keeps a contact preference as email, phone or post: the options must be those.
    if draft.definition.questions[at].profile.as_deref() == Some("contact_preference") {
        draft.contact_options(&question);
    }
    if let Kind::Repeat { max_items, .. } = &draft.definition.questions[at].kind {
        let edit = crate::designer::routing::RepeatEdit {
            item_label: field(&fields, "item_label"),
            summary_heading: field(&fields, "summary_heading"),
            add_another: field(&fields, "add_another"),
            max_items: *max_items,
        };
        draft.set_repeat(&question, edit);
    }
    save(&ctx, &user, version, &draft, "question").await?;
    Ok(Redirect::to(&format!("/staff/designer/{id}/questions")).into_response())
}
