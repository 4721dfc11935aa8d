use crate::helpers::{csrf_in, spawn_app, TestApp, PASSWORD};

async fn signed_in(app: &TestApp, email: &str) {
    app.citizen(email, PASSWORD).await;
    assert_eq!(app.sign_in(email, PASSWORD).await.status(), 303);
}

async fn sign_out(app: &TestApp) {
    let token = csrf_in(&app.page("/profile").await).unwrap();
    app.post("/sign-out", &[("csrf_token", &token)]).await;
}

#[tokio::test]
async fn a_citizen_fills_in_every_profile_field_and_sees_each_with_its_source() {
    let app = spawn_app().await;
    signed_in(&app, "ann@example.org").await;

    for (path, fields) in [
        ("/profile/name", vec![("given", "Ann Marie"), ("family", "Jones")]),
        ("/profile/date-of-birth", vec![("dob-day", "3"), ("dob-month", "4"), ("dob-year", "1990")]),
        ("/profile/address", vec![("address-line1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "cf10 1ep"), ("address-country", "United Kingdom")]),
        ("/profile/phone", vec![("phone", "029 2000 0000")]),
        ("/profile/contact", vec![("choice", "email")]),
    ] {
        let response = app.submit(path, &fields).await;
        assert_eq!(response.status(), 303, "{path}");
        assert!(response.headers()["location"].to_str().unwrap().starts_with("/profile?changed="));
    }

    let html = crate::helpers::strip_isolation(&app.page("/profile").await);
    for text in ["Ann Marie Jones", "3 April 1990", "1 High Street", "CF10 1EP", "029 2000 0000", "By email", "ann@example.org", "English"] {
        assert!(html.contains(text), "profile shows {text}");
    }
    assert!(html.contains("on this page"), "each value says where it came from");
    assert!(html.contains("date of birth</span>"), "Change links have unique names");
}

#[tokio::test]
async fn edit_pages_use_autocomplete_tokens_for_personal_data() {
    let app = spawn_app().await;
    signed_in(&app, "tok@example.org").await;
    let name = app.page("/profile/name").await;
    assert!(name.contains(r#"autocomplete="given-name""#) && name.contains(r#"autocomplete="family-name""#));
    let dob = app.page("/profile/date-of-birth").await;
    assert!(dob.contains(r#"autocomplete="bday-day""#) && dob.contains(r#"autocomplete="bday-year""#));
    let address = app.page("/profile/address").await;
    assert!(address.contains(r#"autocomplete="address-line1""#) && address.contains(r#"autocomplete="postal-code""#));
    assert!(app.page("/profile/phone").await.contains(r#"autocomplete="tel""#));
}

#[tokio::test]
async fn a_wrong_date_of_birth_names_the_wrong_part_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    signed_in(&app, "bob@example.org").await;

    let response = app.submit("/profile/date-of-birth", &[("dob-day", "31"), ("dob-month", "2"), ("dob-year", "1990")]).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Date of birth must be a real date"));
    assert!(html.contains(r##"href="#dob-day""##));
    assert!(html.contains(r#"value="31""#) && html.contains(r#"value="1990""#));
    assert!(html.contains("<title>Error: "));
}

#[tokio::test]
async fn changes_are_kept_as_history_and_exported_with_the_profile() {
    let app = spawn_app().await;
    signed_in(&app, "cat@example.org").await;
    app.submit("/profile/phone", &[("phone", "07700 900000")]).await;
    app.submit("/profile/phone", &[("phone", "07700 900111")]).await;
    app.submit("/profile/address", &[("address-line1", "5 Rue Haute"), ("address-town", "Lyon"), ("address-country", "France")]).await;

    let response = app.get("/profile/download").await;

    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["account"]["email"], "cat@example.org");
    let history = data["profile_history"].as_array().unwrap();
    assert_eq!(history.len(), 3);
    assert_eq!(history[1]["old_value"], "07700 900000");
    assert_eq!(history[1]["new_value"], "07700 900111");
    let address = data["profile"].as_array().unwrap().iter().find(|f| f["field"] == "address").unwrap();
    assert_eq!(address["value"]["town"], "Lyon");
    assert_eq!(address["source"], "profile");
}

#[tokio::test]
async fn one_citizen_never_sees_another_citizens_profile_or_data() {
    let app = spawn_app().await;
    signed_in(&app, "a@example.org").await;
    app.submit("/profile/name", &[("given", "Alys"), ("family", "Secret")]).await;
    sign_out(&app).await;

    signed_in(&app, "b@example.org").await;
    let profile = app.page("/profile").await;
    let export = app.page("/profile/download").await;
    let name_form = app.page("/profile/name").await;

    for page in [&profile, &export, &name_form] {
        assert!(!page.contains("Alys") && !page.contains("Secret") && !page.contains("a@example.org"));
    }
    assert!(export.contains("b@example.org"));
}

#[tokio::test]
async fn profile_pages_and_the_export_need_a_signed_in_citizen() {
    let app = spawn_app().await;
    for path in ["/profile", "/profile/name", "/profile/download", "/account/delete"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 303, "{path}");
        assert!(response.headers()["location"].to_str().unwrap().starts_with("/sign-in?next="), "{path}");
    }
    let post = app.post("/profile/name", &[("given", "X"), ("family", "Y")]).await;
    assert_eq!(post.status(), 303, "a post without a session changes nothing");
}

#[tokio::test]
async fn a_changed_language_becomes_the_interface_language() {
    let app = spawn_app().await;
    signed_in(&app, "dai@example.org").await;

    let response = app.submit("/profile/language", &[("choice", "cy")]).await;

    assert_eq!(response.status(), 303);
    assert_eq!(app.cookie("portico_lang").as_deref(), Some("cy"));
    assert!(app.page("/profile").await.contains(r#"<html lang="cy""#));
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_and_removes_the_profile() {
    let app = spawn_app().await;
    signed_in(&app, "del@example.org").await;
    app.submit("/profile/phone", &[("phone", "029 2000 0001")]).await;

    let wrong = app.submit("/account/delete", &[("current_password", "not my password")]).await;
    assert_eq!(wrong.status(), 422);
    let done = app.submit("/account/delete", &[("current_password", PASSWORD)]).await;
    assert_eq!(done.headers()["location"], "/account/deleted");

    assert_eq!(app.sign_in("del@example.org", PASSWORD).await.status(), 422);
    let rows: i64 = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM citizens) + (SELECT COUNT(*) FROM profile_fields) + (SELECT COUNT(*) FROM profile_history)"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(rows, 0);
}

#[tokio::test]
async fn concurrent_saves_all_succeed_instead_of_finding_the_database_locked() {
    let app = spawn_app().await;
    signed_in(&app, "many@example.org").await;
    let token = csrf_in(&app.page("/profile/phone").await).unwrap();

    let saves = (0..12).map(|n| {
        let phone = format!("029 2000 00{n:02}");
        let token = token.clone();
        let app = &app;
        async move { app.post("/profile/phone", &[("phone", phone.as_str()), ("csrf_token", token.as_str())]).await.status() }
    });
    let statuses = futures_join_all(saves).await;

    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
}

async fn futures_join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.collect();
    let mut out = Vec::new();
    // Polled together: tokio::join! needs a fixed count, so use a JoinSet-free select loop.
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = handles.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<F::Output>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if results[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => results[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    for r in results {
        out.push(r.unwrap());
    }
    out
}
