use crate::helpers::spawn_app;

#[tokio::test]
async fn health_answers_ok_when_the_database_answers() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn health_answers_503_when_the_database_does_not() {
    let app = spawn_app().await;
    app.state.db.close().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "unavailable");
}

#[tokio::test]
async fn a_page_that_needs_the_database_while_it_is_away_answers_503_with_a_translated_page() {
    let app = spawn_app().await;
    portico::auth::staff::add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "sam@council.example", "Sam", "caseworker", Some("a long staff passphrase"))
        .await
        .unwrap();
    app.submit("/staff/sign-in", &[("email", "sam@council.example"), ("password", "a long staff passphrase")]).await;
    assert_eq!(app.get("/staff").await.status(), 200);
    app.state.db.close().await;

    let response = app.get_in("/staff/requests", "cy").await;

    assert_eq!(response.status(), 503);
    let page = crate::helpers::strip_isolation(&response.text().await.unwrap());
    assert!(page.contains("nid yw'r gwasanaeth ar gael"), "{}", crate::helpers::title_of(&page));
}
