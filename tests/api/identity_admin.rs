//! Staff identities linked by an admin's explicit act (issue 14): the admins' page
//! `/staff/admin/identities` and `portico staff link-identity` (in `cli.rs`). No provider needs to
//! run: linking only names a provider of the configuration and a subject.

use crate::{
    casework::staff,
    helpers::{spawn_app_with, strip_isolation, title_of, TestApp},
};
use portico::with_db;

/// Portico with a staff provider (`entra`) and a citizens' one (`one-login`), neither reachable.
pub(crate) fn providers_file() -> String {
    let path = std::env::temp_dir().join(format!("providers-{}.toml", uuid::Uuid::new_v4().simple()));
    std::fs::write(
        &path,
        r#"
[[provider]]
id = "entra"
for = "staff"
name = "Council staff sign-in"
issuer = "http://127.0.0.1:9/staff"
client_id = "portico"
client_auth = "client_secret"
client_secret_env = "TEST_STAFF_SECRET"
callback_path = "/staff/sign-in/entra/callback"

[[provider]]
id = "one-login"
for = "citizens"
name = "Test One Login"
issuer = "http://127.0.0.1:9/citizens"
client_id = "portico"
client_auth = "client_secret"
client_secret_env = "TEST_STAFF_SECRET"
"#,
    )
    .unwrap();
    path.display().to_string()
}

async fn app() -> TestApp {
    spawn_app_with(&[("PORTICO_IDENTITY_PROVIDERS", &providers_file()), ("TEST_STAFF_SECRET", "s3cret")]).await
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM staff WHERE email = $1").bind(email).fetch_one(pool).await).unwrap()
}

async fn events(app: &TestApp) -> Vec<(String, String, Option<i64>)> {
    with_db!(&app.state.db, |pool| sqlx::query_as("SELECT kind, actor_kind, actor_id FROM identity_events ORDER BY id").fetch_all(pool).await).unwrap()
}

const PAGE: &str = "/staff/admin/identities";

#[tokio::test]
async fn an_admin_links_a_staff_account_to_its_identity_lists_it_and_removes_it_each_audited() {
    let app = app().await;
    let admin = staff(&app, "ad@council.example", "admin", &[]).await;
    let pat = staff(&app, "pat@council.example", "caseworker", &["waste"]).await;
    let (admin_id, pat_id) = (id_of(&app, "ad@council.example").await, id_of(&app, "pat@council.example").await);
    let pat_value = pat_id.to_string();

    assert!(admin.page("/staff").await.contains(&format!("href=\"{PAGE}\"")), "the dashboard leads there");
    let html = admin.page(PAGE).await;
    assert_eq!(strip_isolation(&title_of(&html)), "Staff sign-in links – Portico");
    assert!(html.contains("No staff account is linked") && html.contains("Council staff sign-in"));
    assert!(!html.contains("Test One Login"), "a citizens' provider is not offered for staff");

    // What is wrong is said at its field, and what was typed stays.
    let empty = admin.submit_to(PAGE, PAGE, &[("staff", &pat_value), ("provider", "entra"), ("subject", "  ")]).await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.unwrap().contains("Enter their identifier at the provider"));
    let citizens = admin.submit_to(PAGE, PAGE, &[("staff", &pat_value), ("provider", "one-login"), ("subject", "pat-oid")]).await;
    assert_eq!(citizens.status(), 422);
    let html = citizens.text().await.unwrap();
    assert!(html.contains("Select a sign-in provider") && html.contains(r#"value="pat-oid""#));
    let nobody = admin.submit_to(PAGE, PAGE, &[("staff", "999999"), ("provider", "entra"), ("subject", "pat-oid")]).await;
    assert_eq!(nobody.status(), 422);

    let linked = admin.submit_to(PAGE, PAGE, &[("staff", &pat_value), ("provider", "entra"), ("subject", " pat-oid ")]).await;
    assert_eq!(linked.status(), 303);
    assert_eq!(linked.headers()["location"], format!("{PAGE}?done=linked"));
    let html = admin.page(&format!("{PAGE}?done=linked")).await;
    assert!(html.contains("The account has been linked") && html.contains("pat-oid") && html.contains("pat@council.example"));
    // The same identity cannot be a second account's way in.
    let twice = admin.submit_to(PAGE, PAGE, &[("staff", &admin_id.to_string()), ("provider", "entra"), ("subject", "pat-oid")]).await;
    assert_eq!(twice.status(), 422);
    assert!(twice.text().await.unwrap().contains("already linked to another account"));
    assert_eq!(events(&app).await, [("linked".to_owned(), "staff".to_owned(), Some(admin_id))], "audited with the admin who did it");

    // Only admins.
    assert_eq!(pat.get(PAGE).await.status(), 404);
    let token = pat.csrf("/staff/requests").await;
    let link_id: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM identities").fetch_one(pool).await).unwrap();
    assert_eq!(pat.post(&format!("{PAGE}/{link_id}/remove"), &[("csrf_token", &token)]).await.status(), 404);

    // Pat is signed in through the identity (as the callback would note it); removing the link
    // signs her out.
    let session: String = with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT session_id FROM signed_in_sessions WHERE account_kind = 'staff' AND account_id = $1"
    )
    .bind(pat_id)
    .fetch_one(pool)
    .await)
    .unwrap();
    portico::identity::store::note_session(&app.state.db, &session, "http://127.0.0.1:9/staff", "pat-oid", None).await.unwrap();
    assert_eq!(pat.get("/staff/requests").await.status(), 200);
    let removed = admin.submit_to(PAGE, &format!("{PAGE}/{link_id}/remove"), &[]).await;
    assert_eq!(removed.headers()["location"], format!("{PAGE}?done=removed"));
    assert_ne!(pat.get("/staff/requests").await.status(), 200, "signed out");
    assert!(admin.page(PAGE).await.contains("No staff account is linked"));
    let kinds: Vec<(String, Option<i64>)> = events(&app).await.into_iter().map(|(k, _, a)| (k, a)).collect();
    assert_eq!(kinds, [("linked".to_owned(), Some(admin_id)), ("unlinked".to_owned(), Some(admin_id))]);
    // Gone is gone: removing it again, or a citizen's identity, is "not found".
    assert_eq!(admin.submit_to(PAGE, &format!("{PAGE}/{link_id}/remove"), &[]).await.status(), 404);
    app.another_browser().citizen("ann@example.org", crate::helpers::PASSWORD).await;
    let citizen: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM citizens").fetch_one(pool).await).unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    portico::identity::store::link(&mut tx, "http://127.0.0.1:9/citizens", "ann", "one-login", ("citizen", citizen), portico::identity::store::Actor::Account).await.unwrap();
    tx.commit().await.unwrap();
    let ann_link: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT id FROM identities").fetch_one(pool).await).unwrap();
    assert_eq!(admin.submit_to(PAGE, &format!("{PAGE}/{ann_link}/remove"), &[]).await.status(), 404);
}
