use crate::helpers::{spawn_app, PASSWORD};
use portico::auth::staff::{add_staff, Added};

async fn add(app: &crate::helpers::TestApp, email: &str, role: &str, password: Option<&str>) -> Added {
    add_staff(&app.state.db, &app.address, &app.state.catalog.get(), email, "Sam Staff", role, password).await.unwrap()
}

#[tokio::test]
async fn a_caseworker_added_with_a_password_signs_in_to_the_staff_area() {
    let app = spawn_app().await;
    add(&app, "sam@council.example", "caseworker", Some(PASSWORD)).await;

    let response = app.submit("/staff/sign-in", &[("email", "sam@council.example"), ("password", PASSWORD)]).await;

    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/staff");
    let home = app.page("/staff").await;
    assert!(home.contains("Sam Staff"));
    assert!(home.contains("Requests by service and status"), "the dashboard");
}

#[tokio::test]
async fn a_member_of_staff_added_without_a_password_gets_a_set_password_link() {
    let app = spawn_app().await;
    assert!(matches!(add(&app, "pat@council.example", "admin", None).await, Added::WithLink { .. }));

    let link = app.link_in_email("pat@council.example").await;
    assert!(link.starts_with("/staff/set-password?token="));
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let set = app.submit(&link, &[("token", &token), ("password", "a staff passphrase")]).await;
    assert_eq!(set.status(), 303);

    let signed_in = app.submit("/staff/sign-in", &[("email", "pat@council.example"), ("password", "a staff passphrase")]).await;
    assert_eq!(signed_in.headers()["location"], "/staff");
}

#[tokio::test]
async fn nobody_signed_out_reaches_the_staff_area() {
    let app = spawn_app().await;
    let response = app.get("/staff").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/staff/sign-in?next=%2Fstaff");
}

#[tokio::test]
async fn a_citizen_cannot_open_staff_pages_nor_sign_in_there() {
    let app = spawn_app().await;
    app.citizen("cit@example.org", PASSWORD).await;
    app.sign_in("cit@example.org", PASSWORD).await;

    assert_eq!(app.get("/staff").await.status(), 404);
    let as_staff = app.submit("/staff/sign-in", &[("email", "cit@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(as_staff.status(), 422, "citizen credentials are not staff credentials");
}

#[tokio::test]
async fn staff_cannot_use_citizen_pages() {
    let app = spawn_app().await;
    add(&app, "val@council.example", "admin", Some(PASSWORD)).await;
    app.submit("/staff/sign-in", &[("email", "val@council.example"), ("password", PASSWORD)]).await;

    assert_eq!(app.get("/account/change-password").await.status(), 404);
}

#[tokio::test]
async fn staff_add_refuses_bad_input_with_a_reason() {
    let app = spawn_app().await;
    let db = &app.state.db;
    let catalog = &app.state.catalog.get();
    assert!(add_staff(db, &app.address, catalog, "nope", "N", "admin", None).await.is_err());
    assert!(add_staff(db, &app.address, catalog, "a@b.example", " ", "admin", None).await.is_err());
    assert!(add_staff(db, &app.address, catalog, "a@b.example", "N", "boss", None).await.is_err());
    assert!(add_staff(db, &app.address, catalog, "a@b.example", "N", "admin", Some("short")).await.is_err());
    add(&app, "a@b.example", "admin", None).await;
    assert!(add_staff(db, &app.address, catalog, "A@B.example", "N", "admin", None).await.is_err(), "duplicate");
}
