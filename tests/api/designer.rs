//! The service designer: who may use it, and a service built, published and used without a developer.
use crate::{
    casework::staff,
    helpers::{spawn_app, strip_isolation, TestApp, PASSWORD},
    services::{answer_in, submit_from_check_answers},
};
use portico::{designer::ROUTES, with_db};

fn address(path: &str) -> String {
    path.replace("{service}", "parking-permit").replace("{question}", "address").replace("{language}", "cy").replace("{exit}", "not-resident").replace("{version}", "1")
}

#[tokio::test]
async fn every_designer_address_refuses_the_signed_out_citizens_and_caseworkers_before_anything_else() {
    let app = spawn_app().await;
    let citizen = app.another_browser();
    citizen.citizen("cit@example.org", PASSWORD).await;
    citizen.sign_in("cit@example.org", PASSWORD).await;
    let worker = staff(&app, "cw@council.example", "caseworker", &["parking"]).await;
    let translator = staff(&app, "tr@council.example", "translator", &["parking"]).await;
    for (methods, path, translators_too) in ROUTES {
        let path = address(path);
        for method in methods.split(' ') {
            let send = |who: &TestApp| {
                let request = match method {
                    "GET" => who.client.get(who.url(&path)),
                    _ => who.client.post(who.url(&path)).header("origin", &who.address).form(&[("csrf_token", "x")]),
                };
                request.send()
            };
            let signed_out = send(&app).await.unwrap();
            assert_eq!(signed_out.status(), 303, "{method} {path} signed out");
            assert!(signed_out.headers()["location"].to_str().unwrap().starts_with("/staff/sign-in"), "{method} {path}");
            for (who, browser) in [("a citizen", &citizen), ("a caseworker", &worker)] {
                assert_eq!(send(browser).await.unwrap().status(), 404, "{method} {path} as {who}");
            }
            if !translators_too {
                assert_eq!(send(&translator).await.unwrap().status(), 404, "{method} {path} as a translator");
            }
        }
    }
}

/// Posts a designer form and expects to be sent on.
pub(crate) async fn post(designer: &TestApp, page: &str, action: &str, fields: &[(&str, &str)]) -> String {
    let response = designer.submit_to(page, action, fields).await;
    assert_eq!(response.status(), 303, "{action}: {}", response.text().await.unwrap_or_default());
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// A designer of the parking team builds "Report a pothole": details, two questions, published.
pub(crate) async fn build_pothole_service(app: &TestApp) -> TestApp {
    let designer = staff(app, "des@council.example", "designer", &["parking"]).await;
    assert_eq!(designer.get("/staff").await.status(), 404, "a designer is not a caseworker");
    let home = designer.page("/staff/designer").await;
    assert!(home.contains("parking-permit") && !home.contains("bulky-waste"), "only their teams' services");
    let at = post(&designer, "/staff/designer/new", "/staff/designer/new", &[("name", "Report a pothole"), ("team", "parking")]).await;
    assert_eq!(at, "/staff/designer/report-a-pothole");
    let overview = strip_isolation(&designer.page(&at).await);
    assert!(overview.contains("There are problems to fix before publishing"));
    assert!(overview.contains(r#"href="/staff/designer/report-a-pothole/details#summary""#), "a problem links to the page that fixes it");

    let details = "/staff/designer/report-a-pothole/details";
    post(&designer, details, details, &[
        ("title", "Report a pothole"),
        ("summary", "Tell us where a road needs mending."),
        ("before_you_start", "It takes 2 minutes.\n\nHave the street name ready."),
        ("sign_in", "guests_allowed"),
        ("team", "parking"),
        ("target_working_days", "5"),
        ("declaration", "What I have told you is true."),
        ("what_happens_next", "We will look at it within 5 working days."),
    ])
    .await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    let first = post(&designer, new, new, &[("label", "How big is the pothole?"), ("kind", "radios")]).await;
    assert_eq!(first, "/staff/designer/report-a-pothole/questions/how-big-is-the-pothole");
    post(&designer, &first, &first, &[("label", "How big is the pothole?"), ("required", "yes"), ("options", "Smaller than a plate\nBigger than a plate")]).await;
    post(&designer, new, new, &[("label", "Where is it?"), ("kind", "long_text")]).await;
    designer
}

#[tokio::test]
async fn a_designer_builds_and_publishes_a_service_that_a_citizen_then_completes() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let publish = "/staff/designer/report-a-pothole/publish";
    let page = strip_isolation(&designer.page(publish).await);
    assert!(page.contains("This is the first version"), "{page}");
    assert!(!page.contains("There are problems"), "nothing stands in the way");
    // The Welsh texts are missing: publishing needs the designer to say so.
    let refused = designer.submit_to(publish, publish, &[]).await;
    assert_eq!(refused.status(), 422);
    post(&designer, publish, publish, &[("confirm", "yes")]).await;
    assert!(app.page("/services").await.contains("Report a pothole"), "served at once, without a restart");

    // A citizen (a guest) completes it; it reaches the parking team's queue.
    let token = app.csrf("/services/report-a-pothole").await;
    let start = app.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    assert_eq!(start.headers()["location"], "/services/report-a-pothole/how-big-is-the-pothole");
    let value = "bigger-than-a-plate";
    answer_in(&app, "report-a-pothole", "how-big-is-the-pothole", &[("how-big-is-the-pothole", value)]).await;
    answer_in(&app, "report-a-pothole", "where-is-it", &[("where-is-it", "Outside 4 High Street")]).await;
    let confirmation = submit_from_check_answers(&app, "report-a-pothole").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    let worker = staff(&app, "cw@council.example", "caseworker", &["parking"]).await;
    let queue = worker.page("/staff/requests?service=report-a-pothole").await;
    assert!(queue.contains(&reference), "the team's caseworker finds it");
    let request = strip_isolation(&worker.page(&format!("/staff/requests/{reference}")).await);
    assert!(request.contains("Bigger than a plate") && request.contains("Outside 4 High Street"));

    let history = strip_isolation(&designer.page("/staff/designer/report-a-pothole").await);
    for event in ["Created", "Changed", "Published"] {
        assert!(history.contains(event), "the history names {event}");
    }
    let recorded: Vec<(String, Option<i64>)> = with_db!(&app.state.db, |pool| sqlx::query_as("SELECT kind, staff_id FROM service_events WHERE service = 'report-a-pothole' ORDER BY id")
        .fetch_all(pool)
        .await)
    .unwrap();
    assert_eq!(recorded.first().map(|r| r.0.as_str()), Some("created"));
    assert_eq!(recorded.last().map(|r| r.0.as_str()), Some("published"));
    assert!(recorded.iter().all(|(_, by)| by.is_some()), "every action names who did it");
}

#[tokio::test]
async fn bad_input_comes_back_with_its_error_and_what_was_typed() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let details = "/staff/designer/report-a-pothole/details";
    let response = designer.submit_to(details, details, &[("title", "Report a pothole {"), ("summary", "Kept as typed"), ("target_working_days", "many"), ("sign_in", "required"), ("team", "parking")]).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Enter a whole number of working days"), "{page}");
    assert!(page.contains("This text has a curly bracket"));
    assert!(page.contains("Kept as typed") && page.contains(r#"value="many""#), "nothing typed is lost");
    let taken = designer.submit_to("/staff/designer/new", "/staff/designer/new", &[("name", "Again"), ("id", "report-a-pothole"), ("team", "parking")]).await;
    assert_eq!(taken.status(), 422);
    let other_team = designer.submit_to("/staff/designer/new", "/staff/designer/new", &[("name", "Sneaky"), ("team", "waste")]).await;
    assert_eq!(other_team.status(), 422, "only for one of their teams");
}

#[tokio::test]
async fn a_route_to_a_removed_question_blocks_publishing_and_another_team_cannot_see_the_draft() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    // A route from the first question to the second, stored as the draft's definition says.
    let mut draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    let mut edited = portico::designer::draft::Draft::from_files(&draft.files).unwrap();
    edited.definition.questions[0].next.push(portico::services::model::Route { when: None, go: "where-is-it".into() });
    draft.files = edited.to_files();
    portico::services::versions::store_draft(&app.state.db, "report-a-pothole", 1, &draft.files, None).await.unwrap();
    let list = "/staff/designer/report-a-pothole/questions";
    post(&designer, list, list, &[("action", "remove:where-is-it")]).await;
    let page = strip_isolation(&designer.page("/staff/designer/report-a-pothole/publish").await);
    assert!(page.contains("Question 1 (How big is the pothole?): a route or condition refers to the question “where-is-it”, which does not exist"), "{page}");
    assert!(page.contains(r#"href="/staff/designer/report-a-pothole/questions/how-big-is-the-pothole/routes""#), "to the page that fixes routes");
    let refused = designer.submit_to("/staff/designer/report-a-pothole/publish", "/staff/designer/report-a-pothole/publish", &[("confirm", "yes")]).await;
    assert_eq!(refused.status(), 200, "shown again, not published");
    assert!(portico::services::versions::get(&app.state.db, "report-a-pothole", None).await.unwrap().is_none());

    let stranger = staff(&app, "waste@council.example", "designer", &["waste"]).await;
    assert_eq!(stranger.get("/staff/designer/report-a-pothole").await.status(), 404);
    assert_eq!(stranger.get("/staff/designer/report-a-pothole/details").await.status(), 404);
    assert!(!stranger.page("/staff/designer").await.contains("Report a pothole"));
}

#[tokio::test]
async fn a_new_draft_of_a_live_service_says_who_is_part_way_and_archiving_stops_new_applications() {
    let app = spawn_app().await;
    let citizen = app.another_browser();
    citizen.citizen("ann@example.org", PASSWORD).await;
    citizen.sign_in("ann@example.org", PASSWORD).await;
    let token = citizen.csrf("/services/parking-permit").await;
    citizen.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    answer_in(&citizen, "parking-permit", "live-in-zone", &[("live-in-zone", "yes")]).await;

    let designer = staff(&app, "des@council.example", "designer", &["parking"]).await;
    post(&designer, "/staff/designer/parking-permit", "/staff/designer/parking-permit/draft", &[]).await;
    let page = strip_isolation(&designer.page("/staff/designer/parking-permit/publish").await);
    assert!(page.contains("This version replaces version 1 for new applications. 1 person is part-way through an application on version 1"), "{page}");
    let questions = designer.page("/staff/designer/parking-permit/questions").await;
    assert!(questions.contains("What is the address where you live?"), "the draft starts as a copy of the live version");

    post(&designer, "/staff/designer/parking-permit/publish", "/staff/designer/parking-permit/archive", &[]).await;
    assert!(!app.page("/services").await.contains("parking-permit"), "no longer listed");
    assert_eq!(app.get("/services/parking-permit").await.status(), 404);
}

#[tokio::test]
async fn a_branch_to_an_exit_is_built_in_two_plain_steps_and_the_citizen_meets_it() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let exits = "/staff/designer/report-a-pothole/exits";
    let new_exit = "/staff/designer/report-a-pothole/exits/new";
    assert_eq!(post(&designer, new_exit, new_exit, &[("title", "We do not mend small potholes"), ("body", "Tell the highways team instead.")]).await, exits);
    let base = "/staff/designer/report-a-pothole/questions/how-big-is-the-pothole/routes";
    // Step one is a GET form: which answer the route depends on.
    let step = strip_isolation(&designer.page(&format!("{base}/new")).await);
    assert!(step.contains(r#"method="get""#) && step.contains("Which answer does the route depend on?"));
    let step = designer.page(&format!("{base}/new?on=how-big-is-the-pothole")).await;
    assert!(step.contains(r#"value="smaller-than-a-plate""#), "the options to test");
    let missing = designer.submit_to(&format!("{base}/new?on=how-big-is-the-pothole"), &format!("{base}/new"), &[("on", "how-big-is-the-pothole"), ("op", "equals")]).await;
    assert_eq!(missing.status(), 422, "no answer ticked and nowhere to go");
    post(&designer, &format!("{base}/new?on=how-big-is-the-pothole"), &format!("{base}/new"), &[
        ("on", "how-big-is-the-pothole"),
        ("op", "equals"),
        ("value", "smaller-than-a-plate"),
        ("go", "exit:we-do-not-mend-small-potholes"),
    ])
    .await;
    let routes = strip_isolation(&designer.page(base).await);
    assert!(routes.contains("If the answer to “How big is the pothole?” is Smaller than a plate"), "{routes}");
    assert!(routes.contains("the exit page “We do not mend small potholes”"));
    let publish = "/staff/designer/report-a-pothole/publish";
    post(&designer, publish, publish, &[("confirm", "yes")]).await;

    let token = app.csrf("/services/report-a-pothole").await;
    app.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    let to = answer_in(&app, "report-a-pothole", "how-big-is-the-pothole", &[("how-big-is-the-pothole", "smaller-than-a-plate")]).await;
    assert_eq!(to, "/services/report-a-pothole/exit/we-do-not-mend-small-potholes");
    assert!(strip_isolation(&app.page(&to).await).contains("Tell the highways team instead."));

    // The next draft, and version 1 restored over it.
    post(&designer, "/staff/designer/report-a-pothole", "/staff/designer/report-a-pothole/draft", &[]).await;
    let list = "/staff/designer/report-a-pothole/questions";
    post(&designer, list, list, &[("action", "remove:where-is-it")]).await;
    assert!(!designer.page(list).await.contains("Where is it?"));
    let version = "/staff/designer/report-a-pothole/versions/1";
    assert!(strip_isolation(&designer.page(version).await).contains("The draft you have now is replaced"));
    post(&designer, version, version, &[]).await;
    assert!(designer.page(list).await.contains("Where is it?"), "version 1's questions are the draft again");
    let draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert_eq!(draft.version, 2, "restored as the draft, keeping the draft's number");
}

#[tokio::test]
async fn a_translator_translates_side_by_side_and_a_changed_english_text_needs_review() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let translator = staff(&app, "tr@council.example", "translator", &["parking"]).await;
    let signed_in = app.another_browser().submit("/staff/sign-in", &[("email", "tr@council.example"), ("password", crate::casework::STAFF_PASSWORD)]).await;
    assert_eq!(signed_in.headers()["location"], "/staff/designer", "a translator's work starts in the designer");
    let home = translator.page("/staff/designer").await;
    assert!(home.contains(r#"href="/staff/designer/report-a-pothole/translations""#) && !home.contains("/staff/designer/new"));
    assert_eq!(translator.get("/staff/designer/report-a-pothole/details").await.status(), 404, "translating only");

    let welsh = "/staff/designer/report-a-pothole/translations/cy";
    let page = strip_isolation(&translator.page(welsh).await);
    assert!(page.contains("How big is the pothole?") && page.contains(r#"lang="cy""#), "the English beside each Welsh field");
    let broken = translator.submit_to(welsh, welsh, &[("t:report-a-pothole-title", "Rhoi gwybod am dwll {")]).await;
    assert_eq!(broken.status(), 422);
    assert!(broken.text().await.unwrap().contains("Rhoi gwybod am dwll {"), "what was typed comes back");
    post(&translator, welsh, welsh, &[("t:report-a-pothole-title", "Rhoi gwybod am dwll yn y ffordd"), ("t:report-a-pothole-how-big-is-the-pothole-label", "Pa mor fawr yw'r twll?")]).await;
    let draft = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert!(draft.files.texts["cy"].contains("report-a-pothole-title = Rhoi gwybod am dwll yn y ffordd"));

    // The designer rewords the question: its Welsh now needs review, until confirmed.
    let question = "/staff/designer/report-a-pothole/questions/how-big-is-the-pothole";
    post(&designer, question, question, &[("label", "How large is the pothole?"), ("required", "yes"), ("options", "Smaller than a plate\nBigger than a plate")]).await;
    let page = strip_isolation(&translator.page(welsh).await);
    assert_eq!(page.matches("Needs review").count(), 1, "only the reworded question");
    assert!(strip_isolation(&translator.page("/staff/designer/report-a-pothole/translations").await).contains("1 needs review"));
    post(&translator, welsh, welsh, &[
        ("t:report-a-pothole-title", "Rhoi gwybod am dwll yn y ffordd"),
        ("t:report-a-pothole-how-big-is-the-pothole-label", "Pa mor fawr yw'r twll?"),
        ("confirm:report-a-pothole-how-big-is-the-pothole-label", "yes"),
    ])
    .await;
    assert!(!translator.page(welsh).await.contains("Needs review"));

    // A citizen in Welsh sees the Welsh, and English where a text is missing.
    let publish = "/staff/designer/report-a-pothole/publish";
    post(&designer, publish, publish, &[("confirm", "yes")]).await;
    let citizen = app.another_browser();
    let start = strip_isolation(&citizen.page("/services/report-a-pothole?lang=cy").await);
    assert!(start.contains("Rhoi gwybod am dwll yn y ffordd"), "the Welsh title");
    assert!(start.contains("Tell us where a road needs mending."), "the untranslated summary falls back to English");
}

#[tokio::test]
async fn a_preview_runs_the_real_journey_on_the_draft_and_sends_nothing() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let preview = designer.get("/staff/designer/report-a-pothole/preview").await;
    assert_eq!(preview.headers()["location"], "/services/report-a-pothole");
    let start = strip_isolation(&designer.page("/services/report-a-pothole").await);
    assert!(start.contains("Report a pothole") && start.contains("Nothing you send is stored"), "the draft, with the preview banner");
    assert_eq!(app.get("/services/report-a-pothole").await.status(), 404, "citizens cannot see a draft");
    let token = designer.csrf("/services/report-a-pothole").await;
    designer.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    answer_in(&designer, "report-a-pothole", "how-big-is-the-pothole", &[("how-big-is-the-pothole", "smaller-than-a-plate")]).await;
    answer_in(&designer, "report-a-pothole", "where-is-it", &[("where-is-it", "Outside the library")]).await;
    let welsh = designer.get_in("/services/report-a-pothole/check-answers?lang=cy", "cy").await;
    assert_eq!(welsh.status(), 200, "in any language");
    let check = designer.page("/services/report-a-pothole/check-answers?lang=en").await;
    let key = check.split(r#"name="submission_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let sent = designer.post("/services/report-a-pothole/submit", &[("csrf_token", &crate::helpers::csrf_in(&check).unwrap()), ("submission_key", &key)]).await;
    assert_eq!(sent.status(), 200);
    let page = strip_isolation(&sent.text().await.unwrap());
    assert!(page.contains("This is what would be sent") && page.contains("Outside the library") && page.contains("smaller-than-a-plate"));
    assert_eq!(crate::services::request_count(&app).await, 0, "no request is made");
    let ended = designer.get("/staff/designer/report-a-pothole/preview?end=1").await;
    assert_eq!(ended.headers()["location"], "/staff/designer/report-a-pothole");
    assert_eq!(designer.get("/services/report-a-pothole").await.status(), 404, "the preview is over");
}

#[tokio::test]
async fn a_service_copied_keeps_its_questions_and_routes_under_a_new_address_and_team() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let copy = "/staff/designer/report-a-pothole/copy";
    let page = strip_isolation(&designer.page(copy).await);
    assert!(page.contains("Make a new service from “Report a pothole”"), "{page}");
    let at = post(&designer, copy, copy, &[("name", "Report a broken streetlight"), ("team", "parking")]).await;
    assert_eq!(at, "/staff/designer/report-a-broken-streetlight");
    let questions = designer.page("/staff/designer/report-a-broken-streetlight/questions").await;
    assert!(questions.contains("How big is the pothole?") && questions.contains("Where is it?"), "the questions came along");
    let draft = portico::services::versions::draft(&app.state.db, "report-a-broken-streetlight").await.unwrap().unwrap();
    assert_eq!(draft.version, 1);
    let original = portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap();
    assert!(original.files.texts["en"].contains("Report a pothole"), "the original is untouched");
    let kind: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT kind FROM service_events WHERE service = 'report-a-broken-streetlight'").fetch_one(pool).await).unwrap();
    assert_eq!(kind, "copied");
}

#[tokio::test]
async fn an_outside_translator_s_fluent_file_is_downloaded_uploaded_and_checked_like_the_form() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let english = designer.get("/staff/designer/report-a-pothole/translations/en.ftl").await;
    assert!(english.headers()["content-disposition"].to_str().unwrap().contains("report-a-pothole.en.ftl"));
    let english = english.text().await.unwrap();
    assert!(english.contains("report-a-pothole-title = Report a pothole"), "{english}");
    let welsh = "/staff/designer/report-a-pothole/translations/cy";
    let file = "report-a-pothole-title = Rhoi gwybod am dwll\nreport-a-pothole-where-is-it-label = Ble mae e?\n";
    let uploaded = designer.submit_file(welsh, "file", "cy.ftl", file.as_bytes().to_vec(), &[]).await;
    assert_eq!(uploaded.status(), 303, "{}", uploaded.text().await.unwrap_or_default());
    let stored = designer.get("/staff/designer/report-a-pothole/translations/cy.ftl").await.text().await.unwrap();
    assert!(stored.contains("report-a-pothole-title = Rhoi gwybod am dwll") && stored.contains("Ble mae e?"), "{stored}");
    let unknown = designer.submit_file(welsh, "file", "cy.ftl", b"not-a-message-here = X\n".to_vec(), &[]).await;
    assert_eq!(unknown.status(), 422);
    assert!(unknown.text().await.unwrap().contains("The file has messages that the English does not have"));
    let broken = designer.submit_file(welsh, "file", "cy.ftl", b"report-a-pothole-title = {\n".to_vec(), &[]).await;
    assert_eq!(broken.status(), 422, "nothing is saved when a text has a problem");
    let stored = designer.get("/staff/designer/report-a-pothole/translations/cy.ftl").await.text().await.unwrap();
    assert!(stored.contains("Rhoi gwybod am dwll"), "the earlier upload stands");
}

#[tokio::test]
async fn options_get_hints_dividers_and_follow_ups_and_every_type_has_its_settings() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let first = "/staff/designer/report-a-pothole/questions/how-big-is-the-pothole";
    let option = format!("{first}/options/bigger-than-a-plate");
    assert!(strip_isolation(&designer.page(first).await).contains(&format!(r#"href="{option}""#)), "each option has its page");
    post(&designer, &option, &option, &[("label", "Bigger than a plate"), ("hint", "Deeper than 4 cm"), ("divider", "yes"), ("follow_up", "How deep is it?"), ("follow_up_kind", "whole_number")]).await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    let photo = post(&designer, new, new, &[("label", "Add a photo"), ("kind", "file")]).await;
    let too_big = designer.submit_to(&photo, &photo, &[("label", "Add a photo"), ("required", "no"), ("setting_a", "50")]).await;
    assert_eq!(too_big.status(), 422);
    post(&designer, &photo, &photo, &[("label", "Add a photo"), ("required", "no"), ("setting_a", "5")]).await;
    let visit = post(&designer, new, new, &[("label", "When can we look?"), ("kind", "next_dates")]).await;
    let no_days = designer.submit_to(&visit, &visit, &[("label", "When can we look?"), ("required", "yes"), ("setting_a", "5"), ("setting_b", "1")]).await;
    assert_eq!(no_days.status(), 422, "a weekday is needed");
    post(&designer, &visit, &visit, &[("label", "When can we look?"), ("required", "yes"), ("weekday", "tuesday"), ("weekday", "thursday"), ("setting_a", "5"), ("setting_b", "1")]).await;
    let what = post(&designer, new, new, &[("label", "What else is damaged?"), ("kind", "checkboxes")]).await;
    post(&designer, &what, &what, &[("label", "What else is damaged?"), ("required", "yes"), ("options", "Kerb\nDrain"), ("exclusive", "Nothing else")]).await;
    let publish = "/staff/designer/report-a-pothole/publish";
    assert!(!strip_isolation(&designer.page(publish).await).contains("There are problems"), "every setting passes the loader's checks");
    post(&designer, publish, publish, &[("confirm", "yes")]).await;

    let token = app.csrf("/services/report-a-pothole").await;
    app.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    let page = strip_isolation(&app.page("/services/report-a-pothole/how-big-is-the-pothole").await);
    assert!(page.contains("Deeper than 4 cm") && page.contains("How deep is it?") && page.contains("radios__divider"), "hint, follow-up and divider");
    let d = portico::designer::draft::Draft::from_files(&portico::services::versions::get(&app.state.db, "report-a-pothole", None).await.unwrap().unwrap().files).unwrap();
    let kinds: Vec<&str> = d.definition.questions.iter().map(|q| portico::designer::draft::kind_name(&q.kind)).collect();
    assert_eq!(kinds, ["radios", "long_text", "file", "next_dates", "checkboxes"]);
    assert!(matches!(&d.definition.questions[3].kind, portico::services::model::Kind::NextDates { weekdays, count: 5, lead_days: 1 } if weekdays == &["tuesday", "thursday"]));
    assert!(matches!(&d.definition.questions[2].kind, portico::services::model::Kind::File { max_bytes } if *max_bytes == 5 * 1024 * 1024));
    assert!(matches!(&d.definition.questions[4].kind, portico::services::model::Kind::Checkboxes { exclusive: Some(_), .. }));
}

#[tokio::test]
async fn an_add_another_question_is_built_with_its_fields_and_a_citizen_adds_items() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    let holes = post(&designer, new, new, &[("label", "Other potholes"), ("kind", "repeat")]).await;
    assert_eq!(holes, "/staff/designer/report-a-pothole/questions/other-potholes");
    let add = format!("{holes}/fields/new");
    let field = post(&designer, &add, &add, &[("label", "Where is it?"), ("kind", "text")]).await;
    assert_eq!(field, format!("{holes}/fields/where-is-it"));
    post(&designer, &field, &field, &[("label", "Where is this one?"), ("hint", "A street name"), ("required", "yes"), ("setting_a", "100")]).await;
    let bad = designer.submit_to(&holes, &holes, &[("label", "Other potholes"), ("required", "yes"), ("setting_a", "0"), ("item_label", "Pothole { $number }"), ("summary_heading", "Potholes"), ("add_another", "Another?")]).await;
    assert_eq!(bad.status(), 422, "at least one item");
    post(&designer, &holes, &holes, &[
        ("label", "Other potholes"),
        ("required", "yes"),
        ("setting_a", "3"),
        ("item_label", "Pothole { $number }"),
        ("summary_heading", "{ $count ->\n    [one] You told us about 1 more pothole\n   *[other] You told us about { $count } more potholes\n}"),
        ("add_another", "Is there another pothole?"),
    ])
    .await;
    let publish = "/staff/designer/report-a-pothole/publish";
    assert!(!strip_isolation(&designer.page(publish).await).contains("There are problems"));
    post(&designer, publish, publish, &[("confirm", "yes")]).await;

    let token = app.csrf("/services/report-a-pothole").await;
    app.post("/services/report-a-pothole/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "report-a-pothole", "how-big-is-the-pothole", &[("how-big-is-the-pothole", "bigger-than-a-plate")]).await;
    answer_in(&app, "report-a-pothole", "where-is-it", &[("where-is-it", "High Street")]).await;
    let item = strip_isolation(&app.page("/services/report-a-pothole/other-potholes?item=1").await);
    assert!(item.contains("Where is this one?") && item.contains("A street name"), "{item}");
    let page = "/services/report-a-pothole/other-potholes?item=1";
    let sent = app.submit_to(page, page, &[("other-potholes-where-is-it", "Low Street")]).await;
    assert_eq!(sent.status(), 303, "{}", strip_isolation(&sent.text().await.unwrap_or_default()).split("error-summary").nth(1).unwrap_or_default().chars().take(600).collect::<String>());
    let summary = strip_isolation(&app.page("/services/report-a-pothole/other-potholes").await);
    assert!(summary.contains("You told us about 1 more pothole") && summary.contains("Pothole 1") && summary.contains("Is there another pothole?"), "{summary}");
}

#[tokio::test]
async fn guests_part_way_through_are_counted_until_they_send() {
    let app = spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "sofa")]).await;
    let designer = staff(&app, "des@council.example", "designer", &["waste"]).await;
    post(&designer, "/staff/designer/bulky-waste", "/staff/designer/bulky-waste/draft", &[]).await;
    let page = strip_isolation(&designer.page("/staff/designer/bulky-waste/publish").await);
    assert!(page.contains("1 person is part-way through an application on version 2"), "{page}");
    let signed_in: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM drafts").fetch_one(pool).await).unwrap();
    assert_eq!(signed_in, 0, "the guest's draft is in their session; only a note of its version is stored");
}

#[tokio::test]
async fn a_question_bound_to_the_contact_preference_offers_the_profile_s_ways_of_contact() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    let how = post(&designer, new, new, &[("label", "How should we contact you?"), ("kind", "radios")]).await;
    post(&designer, &how, &how, &[("label", "How should we contact you?"), ("required", "yes"), ("options", "Pigeon"), ("profile", "contact_preference")]).await;
    let draft = portico::designer::draft::Draft::from_files(&portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap().files).unwrap();
    let q = draft.definition.question("how-should-we-contact-you").unwrap();
    assert_eq!(q.profile.as_deref(), Some("contact_preference"));
    let values: Vec<&str> = match &q.kind {
        portico::services::model::Kind::Radios { options } => options.iter().map(|o| o.value.as_str()).collect(),
        _ => vec![],
    };
    assert_eq!(values, ["email", "phone", "post"]);
    assert!(draft.problems().is_empty(), "{:?}", draft.problems());
}

#[tokio::test]
async fn a_short_text_gets_its_width_and_autofill_and_an_item_s_question_its_limits() {
    let app = spawn_app().await;
    let designer = build_pothole_service(&app).await;
    let new = "/staff/designer/report-a-pothole/questions/new";
    let name = post(&designer, new, new, &[("label", "What is your name?"), ("kind", "text")]).await;
    post(&designer, &name, &name, &[("label", "What is your name?"), ("required", "yes"), ("setting_a", "80"), ("width", "20"), ("autocomplete", "name")]).await;
    let holes = post(&designer, new, new, &[("label", "Other potholes"), ("kind", "repeat")]).await;
    let add = format!("{holes}/fields/new");
    let depth = post(&designer, &add, &add, &[("label", "How deep?"), ("kind", "whole_number")]).await;
    let bad = designer.submit_to(&depth, &depth, &[("label", "How deep?"), ("required", "yes"), ("setting_a", "deep")]).await;
    assert_eq!(bad.status(), 422, "a limit is a whole number");
    post(&designer, &depth, &depth, &[("label", "How deep?"), ("required", "yes"), ("setting_a", "1"), ("setting_b", "100")]).await;
    let draft = portico::designer::draft::Draft::from_files(&portico::services::versions::draft(&app.state.db, "report-a-pothole").await.unwrap().unwrap().files).unwrap();
    use portico::services::model::Kind;
    assert!(matches!(&draft.definition.question("what-is-your-name").unwrap().kind, Kind::Text { max_length: 80, width: Some(20), autocomplete: Some(a) } if a == "name"));
    let fields = draft.fields("other-potholes");
    assert!(matches!(fields[0].kind, Kind::WholeNumber { min: Some(1), max: Some(100) }), "{:?}", fields[0].kind);
}
