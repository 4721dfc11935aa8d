use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn pages_allow_only_scripts_that_carry_this_responses_nonce() {
    let app = spawn_app().await;

    // The sign-in page has an island (show password), so it loads the island script.
    let response = app.get("/sign-in").await;
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let html = response.text().await.unwrap();

    let script_src = csp.split(';').map(str::trim).find(|d| d.starts_with("script-src")).unwrap();
    assert!(!script_src.contains("unsafe-inline"), "{csp}");
    let nonce = script_src.split_whitespace().find_map(|s| s.strip_prefix("'nonce-")).unwrap().trim_end_matches('\'');
    assert!(nonce.len() >= 16);
    assert!(html.contains(&format!(r#"nonce="{nonce}""#)), "the island loader carries the nonce");
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("object-src 'none'"));

    let again = app.get("/sign-in").await;
    assert_ne!(again.headers()["content-security-policy"].to_str().unwrap(), csp, "a new nonce per response");
}

#[tokio::test]
async fn every_response_has_nosniff_a_referrer_policy_and_refuses_frames() {
    let app = spawn_app().await;
    for path in ["/", "/healthz", "/pkg/portico.css", "/missing"] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"), "{path}");
        assert!(headers.get("strict-transport-security").is_none(), "no HSTS on plain http: {path}");
    }
}

#[tokio::test]
async fn hsts_is_sent_when_secure_cookies_are_on() {
    let app = spawn_app_with(&[("PORTICO_SECURE_COOKIES", "true")]).await;
    let response = app.get("/").await;
    assert!(response.headers()["strict-transport-security"].to_str().unwrap().contains("max-age=31536000"));
}

#[tokio::test]
async fn pages_are_not_stored_in_shared_caches() {
    let app = spawn_app().await;
    assert_eq!(app.get("/").await.headers()["cache-control"], "no-store");
}

/// Markup a hostile person might type, and what must never reach a page unescaped.
const PAYLOADS: [(&str, &str); 3] = [
    ("<script>alert('item')</script>", "<script>alert("),
    ("\"><img src=x onerror=alert(1)>", "<img src=x"),
    ("</textarea><svg onload=alert(2)>", "<svg onload"),
];

#[tokio::test]
async fn markup_typed_into_answers_is_shown_as_text_on_check_your_answers_and_the_staff_page() {
    use crate::services::{add_item, answer_in, first_offered_date, submit_from_check_answers};
    let app = crate::helpers::spawn_app().await;
    let token = app.csrf("/services/bulky-waste").await;
    app.post("/services/bulky-waste/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "bulky-waste", "items", &[("items", "other-only")]).await;
    add_item(&app, 1, PAYLOADS[0].0, "large").await;
    answer_in(&app, "bulky-waste", "other-items", &[("add_another", "no")]).await;
    answer_in(&app, "bulky-waste", "address", &[("address-line1", PAYLOADS[1].0), ("address-town", "Cardiff"), ("address-postcode", "CF10 2AB")]).await;
    answer_in(&app, "bulky-waste", "location", &[("location", "elsewhere"), ("location-details", PAYLOADS[2].0)]).await;
    let date = first_offered_date(&app, "/services/bulky-waste/date").await;
    answer_in(&app, "bulky-waste", "date", &[("date", &date)]).await;
    answer_in(&app, "bulky-waste", "phone", &[("phone", "07700 900123")]).await;
    answer_in(&app, "bulky-waste", "email", &[("email", "guest@example.org")]).await;

    let check = app.page("/services/bulky-waste/check-answers").await;
    let item_page = app.page("/services/bulky-waste/other-items?item=1").await;
    let confirmation = submit_from_check_answers(&app, "bulky-waste").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();
    let worker = crate::casework::staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    let staff_page = worker.page(&format!("/staff/requests/{reference}")).await;
    let queue = worker.page(&format!("/staff/requests?q={reference}")).await;
    for (name, html) in [("check your answers", &check), ("the item's page", &item_page), ("the staff request page", &staff_page), ("the queue", &queue)] {
        for (_, raw) in PAYLOADS {
            assert!(!html.contains(raw), "{name} shows {raw} as markup");
        }
    }
    assert!(check.contains("&lt;script&gt;alert(") && staff_page.contains("&lt;img src=x"), "shown as text, escaped");
}

#[tokio::test]
async fn no_return_address_leads_off_the_site_after_signing_in() {
    let app = crate::helpers::spawn_app().await;
    app.citizen("ria@example.org", crate::helpers::PASSWORD).await;
    portico::auth::staff::add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "st@council.example", "St", "caseworker", Some("a long staff passphrase"))
        .await
        .unwrap();
    let hostile = ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/%2F%2Fevil.example", "http:/evil.example"];
    for next in hostile {
        let citizen = app.another_browser();
        let signed_in = citizen.submit(&format!("/sign-in?next={}", urlencode(next)), &[("email", "ria@example.org"), ("password", crate::helpers::PASSWORD), ("next", next)]).await;
        let to = signed_in.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.starts_with('/') && !to.starts_with("//") && !to.contains('\\') && !to.contains(':'), "citizen sign-in with next={next} went to {to}");
        let staff = app.another_browser();
        let signed_in = staff.submit(&format!("/staff/sign-in?next={}", urlencode(next)), &[("email", "st@council.example"), ("password", "a long staff passphrase"), ("next", next)]).await;
        let to = signed_in.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.starts_with('/') && !to.starts_with("//") && !to.contains('\\') && !to.contains(':'), "staff sign-in with next={next} went to {to}");
    }
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

// ---------------------------------------------------------------------------------------------
// Stored XSS in every kind of answer, on every page, in the export and in the emails.

/// A service with one question of each of the engine's 15 kinds (a follow-up under a radio, and
/// an "add another" whose item has a text field), in English only.
const EVERY_KIND: &str = r#"
id = "every-kind"
version = 1
title = "ek-title"
summary = "ek-summary"
before_you_start = ["ek-before"]
sign_in = "guests_allowed"
team = "waste"
target_working_days = 5
declaration = "ek-declaration"
what_happens_next = ["ek-next"]

[[questions]]
id = "full-name"
type = "text"
label = "ek-text"

[[questions]]
id = "story"
type = "long_text"
label = "ek-long-text"

[[questions]]
id = "count"
type = "whole_number"
label = "ek-number"

[[questions]]
id = "cost"
type = "money"
label = "ek-money"

[[questions]]
id = "email"
type = "email"
label = "ek-email"

[[questions]]
id = "phone"
type = "phone"
label = "ek-phone"

[[questions]]
id = "when"
type = "date"
label = "ek-date"

[[questions]]
id = "where"
type = "radios"
label = "ek-radios"
options = [
  { value = "home", label = "ek-home" },
  { value = "elsewhere", label = "ek-elsewhere", follow_up = { id = "where-details", type = "text", label = "ek-follow-up" } },
]

[[questions]]
id = "colours"
type = "checkboxes"
label = "ek-checkboxes"
options = [{ value = "red", label = "ek-red" }, { value = "blue", label = "ek-blue" }]

[[questions]]
id = "size"
type = "select"
label = "ek-select"
options = [{ value = "small", label = "ek-small" }, { value = "large", label = "ek-large" }]

[[questions]]
id = "agree"
type = "yes_no"
label = "ek-yes-no"

[[questions]]
id = "address"
type = "address"
label = "ek-address"

[[questions]]
id = "photo"
type = "file"
label = "ek-file"

[[questions]]
id = "day"
type = "next_dates"
label = "ek-next-dates"
weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"]
count = 5

[[questions]]
id = "things"
type = "repeat"
label = "ek-repeat"
item_label = "ek-item"
summary_heading = "ek-added"
add_another = "ek-add-another"
fields = [{ id = "what", type = "text", label = "ek-what" }]
"#;

const EVERY_KIND_EN: &str = "ek-title = Tell us everything
ek-summary = Every kind of question
ek-before = Have everything ready.
ek-declaration = I have told the truth.
ek-next = We will write to you.
ek-text = Your name
ek-long-text = Your story
ek-number = How many
ek-money = How much
ek-email = Your email
ek-phone = Your phone
ek-date = Which date
ek-radios = Where
ek-home = At home
ek-elsewhere = Somewhere else
ek-follow-up = Where exactly
ek-checkboxes = Colours
ek-red = Red
ek-blue = Blue
ek-select = Size
ek-small = Small
ek-large = Large
ek-yes-no = Do you agree
ek-address = Your address
ek-file = A photo
ek-next-dates = Which day
ek-repeat = Things
ek-item = Thing { $number }
ek-added = You have added { $count } things
ek-add-another = Do you need to add another thing?
ek-what = What is it
";

/// Publishes the service with every kind of question.
async fn publish_every_kind(app: &crate::helpers::TestApp) {
    use portico::services::versions::{self, Files};
    let files = Files { definition: EVERY_KIND.to_owned(), texts: [("en".to_owned(), EVERY_KIND_EN.to_owned())].into() };
    versions::import(&app.state.db, "every-kind", &files, None).await.expect("the fixture loads");
    versions::publish(&app.state.db, "every-kind", None).await.unwrap();
    app.state.services.refresh(&app.state.db).await.unwrap();
}

/// Markup (and a would-be formula) a hostile person might type, and what must never reach a page
/// unescaped. Each is short enough for a name.
const MARKUP: [(&str, &str); 3] = [
    ("<script>alert('x')</script>", "<script>alert("),
    ("\"><img src=x onerror=alert(1)>", "<img src=x"),
    ("</textarea><svg onload=alert(2)>", "<svg onload"),
];
const UPLOAD_NAME: &str = "<svg onload=alert(3)>.png";

fn all_markup() -> String {
    MARKUP.map(|(typed, _)| typed).join(" ")
}

/// The page's problems: any of the markup shown as markup.
fn unescaped(name: &str, html: &str) -> Vec<String> {
    MARKUP.iter().filter(|(_, raw)| html.contains(raw)).map(|(_, raw)| format!("{name} shows {raw} as markup")).collect()
}

#[tokio::test]
async fn markup_typed_into_every_kind_of_answer_is_text_on_every_page_in_the_export_and_in_the_emails() {
    use crate::helpers::{png, PASSWORD};
    use crate::services::{answer_in, first_offered_date, submit_from_check_answers};
    let app = spawn_app().await;
    publish_every_kind(&app).await;
    let worker = crate::casework::staff(&app, "cw@council.example", "caseworker", &["waste"]).await;
    app.citizen("eve@example.org", PASSWORD).await;
    app.sign_in("eve@example.org", PASSWORD).await;
    // The profile's name: a formula first (for the export), markup after.
    let named = app.submit("/profile/name", &[("given", "=HYPERLINK(\"http://evil.example\")"), ("family", MARKUP[1].0)]).await;
    assert_eq!(named.status(), 303);
    let markup = all_markup();
    let m = markup.as_str();

    let token = app.csrf("/services/every-kind").await;
    app.post("/services/every-kind/start", &[("csrf_token", &token)]).await;
    answer_in(&app, "every-kind", "full-name", &[("full-name", m)]).await;
    answer_in(&app, "every-kind", "story", &[("story", m)]).await;
    answer_in(&app, "every-kind", "count", &[("count", "3")]).await;
    answer_in(&app, "every-kind", "cost", &[("cost", "12.50")]).await;
    answer_in(&app, "every-kind", "email", &[("email", "\"><img/src=x/onerror=alert(1)>@example.org")]).await;
    answer_in(&app, "every-kind", "phone", &[("phone", "029 2000 0000")]).await;
    answer_in(&app, "every-kind", "when", &[("when-day", "1"), ("when-month", "2"), ("when-year", "2000")]).await;
    answer_in(&app, "every-kind", "where", &[("where", "elsewhere"), ("where-details", m)]).await;
    answer_in(&app, "every-kind", "colours", &[("colours", "red")]).await;
    answer_in(&app, "every-kind", "size", &[("size", "small")]).await;
    answer_in(&app, "every-kind", "agree", &[("agree", "yes")]).await;
    let line = |n: usize| MARKUP[n].0;
    answer_in(&app, "every-kind", "address", &[("address-line1", line(0)), ("address-line2", line(1)), ("address-town", line(2)), ("address-postcode", "CF10 1EP")]).await;
    let uploaded = app.submit_file("/services/every-kind/photo", "photo", UPLOAD_NAME, png(), &[]).await;
    assert_eq!(uploaded.status(), 303, "{}", uploaded.text().await.unwrap_or_default());
    let date = first_offered_date(&app, "/services/every-kind/day").await;
    answer_in(&app, "every-kind", "day", &[("day", &date)]).await;
    let item = "/services/every-kind/things?item=1";
    assert_eq!(app.submit_to(item, item, &[("things-what", m)]).await.status(), 303);
    let thing = app.page(item).await;
    answer_in(&app, "every-kind", "things", &[("add_another", "no")]).await;

    let mut wrong = Vec::new();
    let check = app.page("/services/every-kind/check-answers").await;
    assert!(check.contains("&lt;script&gt;alert(") && crate::helpers::strip_isolation(&check).contains("Thing 1"), "the answers are on check your answers, as text");
    wrong.extend(unescaped("check your answers", &check));
    wrong.extend(unescaped("the item's page", &thing));
    for question in ["full-name", "story", "where", "address", "photo"] {
        wrong.extend(unescaped(&format!("the {question} page"), &app.page(&format!("/services/every-kind/{question}")).await));
    }
    let confirmation = submit_from_check_answers(&app, "every-kind").await;
    let reference = confirmation.rsplit('/').next().unwrap().to_owned();

    // The citizen writes with an attachment; the team asks again about the free-text answers.
    let mine = format!("/requests/{reference}");
    let replied = app.submit_file(&mine, "attachment", UPLOAD_NAME, png(), &[("message", m)]).await;
    assert_eq!(replied.status(), 303);
    let staff_page = worker.page(&format!("/staff/requests/{reference}")).await;
    assert!(staff_page.contains("&lt;svg onload=alert(3)&gt;"), "the upload's name is shown, as text");
    wrong.extend(unescaped("the staff request page", &staff_page));
    wrong.extend(unescaped("the queue", &worker.page(&format!("/staff/requests?q={reference}")).await));
    let ask = format!("/staff/requests/{reference}");
    let mut fields = vec![("ask_message", "Tell us again.")];
    fields.extend(["full-name", "story", "where", "address"].map(|q| ("questions", q)));
    assert_eq!(worker.submit_to(&ask, &format!("{ask}/more-information"), &fields).await.status(), 303);
    let citizen_page = app.page(&mine).await;
    assert!(citizen_page.contains("&lt;script&gt;alert("), "the citizen's message is on their request page, as text");
    wrong.extend(unescaped("the citizen's request page", &citizen_page));
    let again = app.page(&format!("{mine}/more-information")).await;
    assert!(again.contains("Your story"), "the answers are asked again");
    wrong.extend(unescaped("the more-information page", &again));
    wrong.extend(unescaped("the profile", &app.page("/profile").await));
    assert!(wrong.is_empty(), "{wrong:#?}");

    // The export: no cell a spreadsheet would run.
    let csv = worker.page("/staff/requests/export.csv").await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let cells: Vec<String> = reader.records().flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>()).collect();
    assert!(cells.iter().any(|c| c.to_lowercase().starts_with("'=hyperlink")), "the name is in the export, neutralised: {csv}");
    let formulas: Vec<&String> = cells.iter().filter(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r'])).collect();
    assert!(formulas.is_empty(), "cells a spreadsheet would run: {formulas:?}");

    // The emails: plain text, and a subject that stays on its line.
    let emails: Vec<(String, String, String)> = portico::with_db!(&app.state.db, |pool| sqlx::query_as("SELECT kind, subject, body FROM outbox ORDER BY id").fetch_all(pool).await).unwrap();
    assert!(emails.iter().any(|(kind, ..)| kind == "receipt") && emails.iter().any(|(kind, ..)| kind == "more-information"), "{emails:?}");
    for (kind, subject, body) in &emails {
        assert!(!subject.contains(['\r', '\n']), "{kind}: {subject:?}");
        // Plain text (the transport says so): markup in it is only characters, so none is escaped.
        assert!(!body.to_lowercase().contains("<html") && !body.contains("Content-Type"), "{kind} has no HTML part: {body}");
    }
}

/// Plants `session` (an id the attacker was given) in `browser`'s cookie jar, as a fixation attack would.
fn plant_session(browser: &crate::helpers::TestApp, session: &str) {
    browser.cookies.add_cookie_str(&format!("portico_session={session}; Path=/"), &browser.address.parse().unwrap());
}

#[tokio::test]
async fn a_session_id_given_out_before_signing_in_is_worth_nothing_after_it_for_citizens_and_staff() {
    use crate::helpers::PASSWORD;
    let app = spawn_app().await;
    app.citizen("vic@example.org", PASSWORD).await;
    portico::auth::staff::add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "sam@council.example", "Sam", "caseworker", Some(PASSWORD)).await.unwrap();
    for (sign_in, email, private) in [("/sign-in", "vic@example.org", "/profile"), ("/staff/sign-in", "sam@council.example", "/staff")] {
        // The attacker opens the sign-in form and keeps the session id it came with.
        let attacker = app.another_browser();
        attacker.page(sign_in).await;
        let planted = attacker.cookie("portico_session").expect("a session before signing in");
        // The victim signs in holding that id.
        let victim = app.another_browser();
        plant_session(&victim, &planted);
        let signed_in = victim.submit(sign_in, &[("email", email), ("password", PASSWORD)]).await;
        assert_eq!(signed_in.status(), 303, "{sign_in}");
        assert_eq!(victim.get(private).await.status(), 200, "{email} is signed in");
        assert_ne!(victim.cookie("portico_session").as_deref(), Some(planted.as_str()), "{sign_in}: a new id at sign-in");
        // The planted id opens nothing.
        let opened = attacker.get(private).await;
        assert_eq!(opened.status(), 303, "{sign_in}: the attacker's id is not signed in");
        assert!(opened.headers()["location"].to_str().unwrap().starts_with(sign_in), "{sign_in}");
    }
}
