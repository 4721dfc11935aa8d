//! The route map and every path: the parking permit service (a yes/no question routing to an exit,
//! a radios question with three routes) drawn and listed, with links to what edits each part, the
//! marks of its problems, and only for the service's own team.
use crate::{
    casework::staff,
    helpers::{spawn_app, strip_isolation, title_of, TestApp},
};
use portico::{
    designer::draft::Draft,
    services::{model::Route, versions},
};

const MAP: &str = "/staff/designer/parking-permit/map";
const PATHS: &str = "/staff/designer/parking-permit/paths";

/// A designer of the parking team, with a draft of the next version.
async fn designer_with_a_draft(app: &TestApp) -> TestApp {
    let designer = staff(app, "des@council.example", "designer", &["parking"]).await;
    let made = designer.submit_to("/staff/designer/parking-permit", "/staff/designer/parking-permit/draft", &[]).await;
    assert_eq!(made.status(), 303);
    designer
}

/// Edits the draft's definition as the designer's pages would store it.
async fn edit_draft(app: &TestApp, change: impl FnOnce(&mut Draft)) {
    let mut stored = versions::draft(&app.state.db, "parking-permit").await.unwrap().unwrap();
    let mut draft = Draft::from_files(&stored.files).unwrap();
    change(&mut draft);
    stored.files = draft.to_files();
    versions::store_draft(&app.state.db, "parking-permit", stored.version, &stored.files, None).await.unwrap();
}

#[tokio::test]
async fn the_route_map_draws_every_page_and_route_and_lists_them_in_a_table_with_links_to_edit_each() {
    let app = spawn_app().await;
    let designer = designer_with_a_draft(&app).await;
    let response = designer.get(MAP).await;
    assert_eq!(response.status(), 200);
    let page = strip_isolation(&response.text().await.unwrap());
    assert_eq!(title_of(&page), "Route map – Apply for a resident parking permit – Portico");
    // A drawing that scales, named, and described by the table.
    assert!(page.contains("<svg") && page.contains("viewBox=\"0 0 ") && page.contains(r#"class="route-map__svg""#));
    assert!(page.contains(r#"aria-labelledby="route-map-title route-map-desc""#) && page.contains(r#"id="route-map-title""#));
    for question in ["1. Do you live in a resident parking zone?", "2. What is the address where you live?", "7. Who is the vehicle's registered keeper?", "8. Upload a letter from your employer"] {
        assert!(page.matches(question).count() >= 3, "{question} in the drawing (box and title) and the tables");
    }
    for exit in ["the exit page “You cannot get a resident parking permit”", "the exit page “You cannot apply for this vehicle”", "Check your answers"] {
        assert!(page.contains(exit), "{exit}");
    }
    // Each route in words, in the drawing and the table, with the fall-through.
    for condition in ["If the answer to “Do you live in a resident parking zone?” is No", "If the answer to “Who is the vehicle's registered keeper?” is My employer", "If the answer to “Who is the vehicle's registered keeper?” is Someone else", "Always", "Otherwise"] {
        assert!(page.matches(condition).count() >= 2, "{condition}: {page}");
    }
    // Every box and arrow links to the page that edits it, in the drawing and in the table.
    for href in [
        "/staff/designer/parking-permit/questions/live-in-zone\"",
        "/staff/designer/parking-permit/questions/live-in-zone/routes\"",
        "/staff/designer/parking-permit/questions/ownership/routes\"",
        "/staff/designer/parking-permit/exits/not-resident\"",
        "/staff/designer/parking-permit/exits/not-keeper\"",
    ] {
        assert!(page.matches(&format!("href=\"{href}")).count() >= 2, "{href}");
    }
    assert!(page.contains(">Routes</caption>") && page.contains(r#"aria-labelledby="map-routes-caption""#), "the text twin, named");
    assert!(!page.contains("route-map__box--problem"), "no problems yet");
    // The overview's task list leads here and to the paths.
    let overview = designer.page("/staff/designer/parking-permit").await;
    assert!(overview.contains(r#"href="/staff/designer/parking-permit/map""#) && overview.contains(r#"href="/staff/designer/parking-permit/paths""#));
}

#[tokio::test]
async fn every_path_is_listed_with_the_answers_that_lead_along_it_and_who_sees_each_page() {
    let app = spawn_app().await;
    let designer = designer_with_a_draft(&app).await;
    let page = strip_isolation(&designer.page(PATHS).await);
    assert_eq!(title_of(&page), "Every path – Apply for a resident parking permit – Portico");
    // Not resident; resident and their employer keeps it; someone else does; they do.
    assert!(page.contains("There are 4 paths."), "{page}");
    for n in 1..=4 {
        assert!(page.contains(&format!(">Path {n}</h3>")), "path {n}");
    }
    assert!(!page.contains(">Path 5</h3>"));
    assert!(page.contains("If the answer to “Who is the vehicle's registered keeper?” is My employer"));
    assert!(page.contains(r#"href="/staff/designer/parking-permit/exits/not-keeper""#), "each end links to its page");
    // Who sees the employer's letter: only those whose employer keeps the vehicle.
    let who = &page[page.find("Who sees each page").unwrap()..page.find("The paths").unwrap()];
    let letter = &who[who.find("8. Upload a letter from your employer").unwrap()..];
    let letter = &letter[..letter.find("</dd>").unwrap()];
    assert!(letter.contains("none of the routes after “1. Do you live in a resident parking zone?” applies and the answer to “Who is the vehicle's registered keeper?” is My employer"), "{letter}");
    assert!(who[..who.find("2. What is the address").unwrap()].contains("Everyone"), "the first question: everyone");
}

#[tokio::test]
async fn problems_are_marked_on_the_page_they_are_about_in_the_drawing_and_the_table() {
    let app = spawn_app().await;
    let designer = designer_with_a_draft(&app).await;
    // After the first question, always on to the zone: nobody is asked for their address or its proof.
    edit_draft(&app, |d| d.definition.questions[0].next.push(Route { when: None, go: "zone".into() })).await;
    let page = strip_isolation(&designer.page(MAP).await);
    assert_eq!(page.matches("route-map__box--problem").count(), 2, "the two questions nobody reaches");
    assert!(page.contains(r#"class="route-map__mark""#) && page.contains(">1 problem<"));
    assert!(page.contains("Question 2 (What is the address where you live?): no path from the first question leads here, so nobody is asked it"), "{page}");
    let paths = strip_isolation(&designer.page(PATHS).await);
    assert!(paths.contains("There are 4 paths."), "the same four, past the zone");
    let who = &paths[paths.find("2. What is the address").unwrap()..];
    assert!(who[..who.find("</dd>").unwrap()].contains("Nobody: no path reaches this page"));

    // A route no answers take is drawn dashed and says so.
    edit_draft(&app, |d| {
        d.definition.questions[0].next.pop();
        let same = d.definition.questions[0].next[0].clone();
        d.definition.questions[0].next.push(Route { go: "address".into(), ..same });
    })
    .await;
    let page = strip_isolation(&designer.page(MAP).await);
    assert!(page.contains("Never taken: no answers lead along this route."), "{page}");
    assert!(page.contains("route-map__edge--never"));
}

#[tokio::test]
async fn a_published_version_is_shown_on_request_and_without_a_draft_the_live_one_without_edit_links() {
    let app = spawn_app().await;
    let designer = staff(&app, "des@council.example", "designer", &["parking"]).await;
    let live = strip_isolation(&designer.page(MAP).await);
    assert!(live.contains("Version 1 (live)"), "no draft: the live version");
    assert!(!live.contains(r#"href="/staff/designer/parking-permit/questions/live-in-zone""#), "nothing to edit");
    let made = designer.submit_to("/staff/designer/parking-permit", "/staff/designer/parking-permit/draft", &[]).await;
    assert_eq!(made.status(), 303);
    let draft = strip_isolation(&designer.page(MAP).await);
    assert!(draft.contains("Version 2 (draft)") && draft.contains(r#"href="/staff/designer/parking-permit/map?version=1""#));
    let earlier = strip_isolation(&designer.page(&format!("{PATHS}?version=1")).await);
    assert!(earlier.contains("Version 1 (live)") && earlier.contains(r#"href="/staff/designer/parking-permit/paths""#), "and a link back to the draft");
    for wrong in ["?version=9", "?version=first"] {
        assert_eq!(designer.get(&format!("{MAP}{wrong}")).await.status(), 404, "{wrong}");
    }
}

#[tokio::test]
async fn another_team_s_designer_and_a_translator_cannot_see_the_map_or_the_paths() {
    let app = spawn_app().await;
    designer_with_a_draft(&app).await;
    let stranger = staff(&app, "waste@council.example", "designer", &["waste"]).await;
    let translator = staff(&app, "tr@council.example", "translator", &["parking"]).await;
    for path in [MAP, PATHS, "/staff/designer/parking-permit/map?version=1"] {
        assert_eq!(stranger.get(path).await.status(), 404, "{path} for another team");
        assert_eq!(translator.get(path).await.status(), 404, "{path} for a translator");
    }
}
