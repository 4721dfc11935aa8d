//! Administration (admins only): staff (add, disable and enable, role, teams) and teams (add,
//! and which team handles each service's new requests). Every team named by a service
//! definition exists from start-up, with that service, so a fresh install works at once.

use super::pages::staff;
use crate::{
    auth::{accounts::EmailAddress, staff::add_staff, Role},
    db::Db,
    i18n::{use_i18n, I18n},
    services::live::Services,
    t,
    ui::form::{group_class, Button, CsrfField, ErrorSummary, FieldErrors},
    web::{form::Form, AppError, AppState, Ctx, PageResult},
    with_db,
};
use axum::{
    response::{IntoResponse, Redirect},
    routing::{get, post},
    Router,
};
use chrono::Utc;
use leptos::prelude::*;
use crate::web::extract::Path;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/admin/staff", get(staff_list).post(staff_add))
        .route("/staff/admin/staff/{id}", post(staff_update))
        .route("/staff/admin/teams", get(teams_page).post(teams_update))
}

/// Creates the teams the definitions name and maps each service to its team, unless an admin
/// has mapped it already.
pub async fn sync_teams(db: &Db, services: &Services) -> Result<(), sqlx::Error> {
    for definition in services.all() {
        with_db!(db, |pool| sqlx::query("INSERT INTO teams (id, name, created_at) VALUES ($1, $1, $2) ON CONFLICT (id) DO NOTHING")
            .bind(&definition.team)
            .bind(Utc::now())
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
        with_db!(db, |pool| sqlx::query("INSERT INTO team_services (service, team_id) VALUES ($1, $2) ON CONFLICT (service) DO NOTHING")
            .bind(&definition.id)
            .bind(&definition.team)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

async fn admin(ctx: &Ctx) -> Result<super::store::StaffUser, AppError> {
    let user = staff(ctx).await?;
    if !user.admin {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

#[derive(sqlx::FromRow, Clone)]
struct StaffRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    disabled: bool,
}

async fn all_staff(db: &Db) -> Result<Vec<(StaffRow, Vec<String>)>, sqlx::Error> {
    let rows: Vec<StaffRow> = with_db!(db, |pool| sqlx::query_as(
        "SELECT id, email, name, role, disabled_at IS NOT NULL AS disabled FROM staff ORDER BY name"
    )
    .fetch_all(pool)
    .await)?;
    let mut out = Vec::new();
    for row in rows {
        let teams: Vec<String> = with_db!(db, |pool| sqlx::query_scalar("SELECT team_id FROM team_members WHERE staff_id = $1 ORDER BY team_id")
            .bind(row.id)
            .fetch_all(pool)
            .await)?;
        out.push((row, teams));
    }
    Ok(out)
}

async fn all_teams(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as("SELECT id, name FROM teams ORDER BY name").fetch_all(pool).await)
}

async fn staff_list(ctx: Ctx) -> PageResult {
    admin(&ctx).await?;
    render_staff(&ctx, FieldErrors::new(), Vec::new()).await
}

async fn render_staff(ctx: &Ctx, errors: FieldErrors, typed: Vec<(String, String)>) -> PageResult {
    let people = all_staff(&ctx.state.db).await.map_err(AppError::internal)?;
    let teams = all_teams(&ctx.state.db).await.map_err(AppError::internal)?;
    let csrf = ctx.csrf_token().await?;
    let get = move |k: &str| typed.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let (email, name) = (get("email"), get("name"));
    Ok(ctx.render_form(ctx.i18n.t("admin-staff-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let rows = people
            .into_iter()
            .map(|(p, member_of)| {
                let team_boxes = teams
                    .iter()
                    .enumerate()
                    .map(|(n, (id, team_name))| {
                        let input = format!("teams-{}-{n}", p.id);
                        view! {
                            <div class="checkboxes__item">
                                <input class="checkboxes__input" type="checkbox" name="teams" value=id.clone() id=input.clone() checked=member_of.contains(id)/>
                                <label class="label checkboxes__label" for=input>{team_name.clone()}</label>
                            </div>
                        }
                    })
                    .collect_view();
                let role_id = format!("role-{}", p.id);
                let status = if p.disabled { t!(i, "admin-staff-disabled") } else { t!(i, "admin-staff-active") };
                view! {
                    <section class="admin-person" aria-labelledby=format!("person-{}", p.id)>
                        <h2 class="heading-s" id=format!("person-{}", p.id)>{p.name.clone()} " " <span class="body-s">"(" {p.email.clone()} ")"</span></h2>
                        <p class="body-s">{status}</p>
                        <form method="post" action=format!("/staff/admin/staff/{}", p.id)>
                            <CsrfField token=csrf.clone()/>
                            <div class="form-group">
                                <label class="label" for=role_id.clone()>{t!(i, "staff-role")}</label>
                                <select class="select" id=role_id name="role">
                                    {role_options(&i, &p.role)}
                                </select>
                            </div>
                            <div class="form-group">
                                <fieldset class="fieldset">
                                    <legend class="fieldset__legend">{t!(i, "admin-staff-teams", name = p.name.clone())}</legend>
                                    <div class="checkboxes checkboxes--small">{team_boxes}</div>
                                </fieldset>
                            </div>
                            <div class="button-group">
                                <button type="submit" class="button button--secondary" name="action" value="save">{t!(i, "admin-save")}
                                    <span class="visually-hidden">" " {p.name.clone()}</span></button>
                                {if p.disabled {
                                    view! { <button type="submit" class="button button--secondary" name="action" value="enable">{t!(i, "admin-staff-enable")}<span class="visually-hidden">" " {p.name.clone()}</span></button> }.into_any()
                                } else {
                                    view! { <button type="submit" class="button button--warning" name="action" value="disable">{t!(i, "admin-staff-disable")}<span class="visually-hidden">" " {p.name.clone()}</span></button> }.into_any()
                                }}
                            </div>
                        </form>
                    </section>
                }
            })
            .collect_view();
        let err = |k: &str| errors.get(k).map(|m| view! { <p class="error-message" id=format!("{k}-error")><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> });
        let group = |k: &str| group_class(errors.get(k).is_some());
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "admin-staff-heading")}</h1>
            {rows}
            <h2 class="heading-m">{t!(i, "admin-staff-add")}</h2>
            <p class="body">{t!(i, "admin-staff-add-hint")}</p>
            <form method="post" action="/staff/admin/staff" novalidate>
                <CsrfField token=csrf.clone()/>
                <div class=group("name")>
                    <label class="label" for="name">{t!(i, "staff-name")}</label>
                    {err("name")}
                    <input class="input" id="name" name="name" type="text" value=name autocomplete="off"/>
                </div>
                <div class=group("email")>
                    <label class="label" for="email">{t!(i, "field-email")}</label>
                    {err("email")}
                    <input class="input" id="email" name="email" type="email" value=email autocomplete="off" spellcheck="false"/>
                </div>
                <div class="form-group">
                    <label class="label" for="role">{t!(i, "staff-role")}</label>
                    <select class="select" id="role" name="role">
                        {role_options(&i, "caseworker")}
                    </select>
                </div>
                <Button label=t!(i, "admin-staff-add-button")/>
            </form>
        }
    }))
}

/// The roles to choose from, `selected` chosen.
fn role_options(i: &I18n, selected: &str) -> impl IntoView {
    Role::ALL
        .into_iter()
        .map(|role| {
            // l10n: uses staff-role-*
            let label = i.t(&format!("staff-role-{}", role.as_str()));
            view! { <option value=role.as_str() selected=selected == role.as_str()>{label}</option> }
        })
        .collect_view()
}

async fn staff_add(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    admin(&ctx).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let mut errors = FieldErrors::new();
    if get("name").is_empty() {
        errors.add("name", "admin-error-name");
    }
    if EmailAddress::parse(&get("email")).is_err() {
        errors.add("email", "email-error-invalid");
    }
    if errors.is_empty() {
        let role = Role::parse(&get("role")).unwrap_or(Role::Caseworker).as_str();
        let catalog = ctx.state.catalog.get();
        match add_staff(&ctx.state.db, &ctx.state.config.public_url, &catalog, &get("email"), &get("name"), role, None).await {
            Ok(_) => {
                ctx.state.outbox.wake();
                return Ok(Redirect::to("/staff/admin/staff").into_response());
            }
            Err(_) => errors.add("email", "admin-error-staff-exists"),
        }
    }
    render_staff(&ctx, errors, fields).await
}

async fn staff_update(ctx: Ctx, Path(id): Path<String>, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    let user = admin(&ctx).await?;
    // Read after the role check, so an address that is not a number says no more than any other.
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    let now = Utc::now();
    match get("action").as_str() {
        // Nobody disables themselves: an install must keep at least the admin doing it.
        "disable" if id != user.id => {
            with_db!(db, |pool| sqlx::query("UPDATE staff SET disabled_at = $1, updated_at = $1 WHERE id = $2").bind(now).bind(id).execute(pool).await.map(|r| r.rows_affected()))
                .map_err(AppError::internal)?;
        }
        "enable" => {
            with_db!(db, |pool| sqlx::query("UPDATE staff SET disabled_at = NULL, updated_at = $1 WHERE id = $2").bind(now).bind(id).execute(pool).await.map(|r| r.rows_affected()))
                .map_err(AppError::internal)?;
        }
        "save" => {
            let role = Role::parse(&get("role")).unwrap_or(Role::Caseworker).as_str();
            // An admin cannot take away their own admin role.
            let role = if id == user.id { "admin" } else { role };
            with_db!(db, |pool| sqlx::query("UPDATE staff SET role = $1, updated_at = $2 WHERE id = $3").bind(role).bind(now).bind(id).execute(pool).await.map(|r| r.rows_affected()))
                .map_err(AppError::internal)?;
            let teams: Vec<String> = fields.iter().filter(|(k, _)| k == "teams").map(|(_, v)| v.clone()).collect();
            let known: Vec<String> = all_teams(db).await.map_err(AppError::internal)?.into_iter().map(|(id, _)| id).collect();
            let mut tx = db.begin().await.map_err(AppError::internal)?;
            crate::with_tx!(&mut tx, |conn| sqlx::query("DELETE FROM team_members WHERE staff_id = $1").bind(id).execute(conn).await.map(|r| r.rows_affected()))
                .map_err(AppError::internal)?;
            for team in teams.iter().filter(|t| known.contains(t)) {
                crate::with_tx!(&mut tx, |conn| sqlx::query("INSERT INTO team_members (team_id, staff_id) VALUES ($1, $2)")
                    .bind(team)
                    .bind(id)
                    .execute(conn)
                    .await
                    .map(|r| r.rows_affected()))
                .map_err(AppError::internal)?;
            }
            tx.commit().await.map_err(AppError::internal)?;
        }
        _ => {}
    }
    Ok(Redirect::to("/staff/admin/staff").into_response())
}

async fn teams_page(ctx: Ctx) -> PageResult {
    admin(&ctx).await?;
    render_teams(&ctx, FieldErrors::new()).await
}

async fn render_teams(ctx: &Ctx, errors: FieldErrors) -> PageResult {
    let teams = all_teams(&ctx.state.db).await.map_err(AppError::internal)?;
    let mapping: Vec<(String, String)> = with_db!(&ctx.state.db, |pool| sqlx::query_as("SELECT service, team_id FROM team_services").fetch_all(pool).await)
        .map_err(AppError::internal)?;
    let services: Vec<(String, String, String)> = ctx
        .services()
        .all()
        .map(|d| {
            let team = mapping.iter().find(|(s, _)| *s == d.id).map_or_else(|| d.team.clone(), |(_, t)| t.clone());
            (d.id.clone(), d.title(&ctx.i18n), team)
        })
        .collect();
    let csrf = ctx.csrf_token().await?;
    Ok(ctx.render_form(ctx.i18n.t("admin-teams-title"), !errors.is_empty(), move || {
        let i = use_i18n();
        let team_items = teams.iter().map(|(id, name)| view! { <li>{name.clone()} " " <span class="body-s" dir="ltr">"(" {id.clone()} ")"</span></li> }).collect_view();
        let selects = services
            .into_iter()
            .map(|(id, title, current)| {
                let options = teams.iter().map(|(t, name)| view! { <option value=t.clone() selected=*t == current>{name.clone()}</option> }).collect_view();
                let input = format!("service-{id}");
                view! {
                    <div class="form-group">
                        <label class="label" for=input.clone()>{title}</label>
                        <select class="select" id=input name=format!("service:{id}")>{options}</select>
                    </div>
                }
            })
            .collect_view();
        view! {
            <a class="back-link" href="/staff">{t!(i, "back-link")}</a>
            <ErrorSummary errors=errors.clone()/>
            <span class="caption-l">{t!(i, "staff-caption")}</span>
            <h1 class="heading-l">{t!(i, "admin-teams-heading")}</h1>
            <ul class="list list--bullet">{team_items}</ul>
            <h2 class="heading-m">{t!(i, "admin-teams-services")}</h2>
            <p class="body">{t!(i, "admin-teams-services-hint")}</p>
            <form method="post" action="/staff/admin/teams">
                <CsrfField token=csrf.clone()/>
                <input type="hidden" name="action" value="services"/>
                {selects}
                <Button label=t!(i, "admin-save")/>
            </form>
            <h2 class="heading-m">{t!(i, "admin-teams-add")}</h2>
            <form method="post" action="/staff/admin/teams" novalidate>
                <CsrfField token=csrf/>
                <input type="hidden" name="action" value="add"/>
                <div class=group_class(errors.get("team_name").is_some())>
                    <label class="label" for="team_name">{t!(i, "admin-teams-name")}</label>
                    {errors.get("team_name").map(|m| view! { <p class="error-message" id="team_name-error"><span class="visually-hidden">{t!(i, "form-error-prefix")}</span>{i.t(m)}</p> })}
                    <input class="input input--width-20" id="team_name" name="team_name" type="text"/>
                </div>
                <Button label=t!(i, "admin-teams-add-button") secondary=true/>
            </form>
        }
    }))
}

async fn teams_update(ctx: Ctx, Form(fields): Form<Vec<(String, String)>>) -> PageResult {
    admin(&ctx).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    if !ctx.csrf_ok(&get("csrf_token")).await? {
        return Err(AppError::Expired);
    }
    let db = &ctx.state.db;
    if get("action") == "add" {
        let name = get("team_name");
        let id: String = name.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect::<String>().trim_matches('-').to_owned();
        if name.is_empty() || id.is_empty() || name.chars().count() > 60 {
            let mut errors = FieldErrors::new();
            errors.add("team_name", "admin-error-team-name");
            return render_teams(&ctx, errors).await;
        }
        with_db!(db, |pool| sqlx::query("INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING")
            .bind(&id)
            .bind(&name)
            .bind(Utc::now())
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .map_err(AppError::internal)?;
    } else {
        let known: Vec<String> = all_teams(db).await.map_err(AppError::internal)?.into_iter().map(|(id, _)| id).collect();
        for (key, team) in &fields {
            let Some(service) = key.strip_prefix("service:") else { continue };
            if ctx.services().get(service).is_none() || !known.contains(team) {
                continue;
            }
            with_db!(db, |pool| sqlx::query(
                "INSERT INTO team_services (service, team_id) VALUES ($1, $2) ON CONFLICT (service) DO UPDATE SET team_id = excluded.team_id"
            )
            .bind(service)
            .bind(team)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
            .map_err(AppError::internal)?;
        }
    }
    Ok(Redirect::to("/staff/admin/teams").into_response())
}
