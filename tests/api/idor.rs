//! Nobody reaches another person's things by changing an id in an address (IDOR). The routes come
//! from the router's own source (every `.route(…)`, and the designer's table), so a new route that
//! takes a `{param}` fails this test until it is either probed here or allowed, with a reason.
//!
//! The cast: Ann and Bob, citizens, each with a sent bulky waste request (Ann's with an attachment
//! and waiting for her answer), and Ann with a saved parking permit draft; caseworkers and
//! designers of the waste team (whose service it is) and of the parking team (who must see
//! nothing of it). Everything refused answers "page not found" (404), as for an address that does
//! not exist, so a refusal does not even say the thing is there.

use crate::{
    casework::{citizen_with_request, staff},
    helpers::{csrf_in, png, spawn_app, TestApp},
};
use portico::{designer::ROUTES, services::versions, with_db};
use std::{collections::BTreeSet, path::Path};

/// Routes that take a parameter and are nobody's in particular, each with the reason.
const PUBLIC: [(&str, &str); 9] = [
    ("/api/v1/{*rest}", "any other address under /api/v1: a 404 problem for everyone, naming nothing"),
    ("/sign-in/with/{provider}", "starting a sign-in with a configured provider: the same for everyone, and only sends the visitor to the provider"),
    ("/identity/{provider}/back-channel-logout", "the provider's server calls it, cross-site by nature: the logout token's signature is what authorizes it (tests/api/identity.rs forges and replays tokens)"),
    ("{configured callback path}", "each provider's callback (src/identity/pages.rs): only a sign-in this session started finishes there (state, PKCE, nonce; tests/api/identity.rs)"),
    ("/pkg/{name}", "the built stylesheet, script and WASM: the same for everyone"),
    ("/services/{service}", "a published service's start page is public; drafts are not served (tests/api/designer.rs)"),
    ("/services/{service}/schema.json", "the live version's JSON Schema is published on purpose"),
    ("/services/{service}/exit/{exit}", "a published exit page's own text, shown only when the visitor's own answers lead there"),
    ("{PREFIX}/{*name}", "server functions: each opens with rpc::authorized, and tests/api/rpc.rs enumerates them"),
];

/// Every address the router's source declares (the first argument of each `.route(`), and the
/// designer's table. An argument this cannot read is returned as `<unread …>`, so it is noticed.
fn declared_routes() -> Vec<String> {
    let mut found = Vec::new();
    for path in crate::helpers::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(at) = rest.find(".route(") {
                rest = &rest[at + ".route(".len()..];
                let argument = rest.trim_start();
                if let Some(literal) = argument.strip_prefix('"') {
                    found.push(literal.split('"').next().unwrap_or_default().to_owned());
                } else if let Some(literal) = argument.strip_prefix("&format!(\"") {
                    found.push(literal.split('"').next().unwrap_or_default().replace("{{", "{").replace("}}", "}"));
                } else if argument.starts_with("provider.config.callback_path") {
                    // Each identity provider's callback is its own configured path.
                    found.push("{configured callback path}".to_owned());
                } else if !argument.starts_with("ROUTES[") {
                    found.push(format!("<unread {}:{}>", path.display(), n + 1));
                }
            }
        }
    }
    found.extend(ROUTES.iter().map(|(_, path, _)| path.to_string()));
    found.sort();
    found.dedup();
    found
}

/// What a refused person must get.
enum Expect {
    /// "Page not found".
    NotFound,
    /// Whatever the page is (the person's own, empty, journey), never the text given, never a
    /// server error, and no redirect to an address holding it.
    Without(String),
    /// An action's address opened with GET only leads back to the request page, which is 404.
    BackToANotFoundPage,
}

enum Body {
    None,
    Form(Vec<(String, String)>),
    Multipart(Vec<(String, String)>),
    /// A call to the JSON API with this key (GET without a body, else POST with it and
    /// `If-Match: *`, which would let any revision through).
    Api(String, Option<serde_json::Value>),
}

struct Probe<'a> {
    /// The route as the source declares it.
    route: &'static str,
    who: (&'static str, &'a TestApp),
    path: String,
    body: Body,
    expect: Expect,
}

async fn send(who: &TestApp, path: &str, body: &Body) -> reqwest::Response {
    let request = match body {
        Body::None => who.client.get(who.url(path)),
        Body::Form(fields) => who.client.post(who.url(path)).header("origin", &who.address).form(fields),
        Body::Multipart(fields) => {
            let mut form = reqwest::multipart::Form::new();
            for (k, v) in fields {
                form = form.text(k.clone(), v.clone());
            }
            form = form.part("attachment", reqwest::multipart::Part::bytes(png()).file_name("sneaky.png"));
            who.client.post(who.url(path)).header("origin", &who.address).multipart(form)
        }
        Body::Api(key, None) => reqwest::Client::new().get(who.url(path)).bearer_auth(key),
        Body::Api(key, Some(json)) => reqwest::Client::new().post(who.url(path)).bearer_auth(key).header("if-match", "*").json(json),
    };
    request.send().await.expect("request failed")
}

/// Runs one probe; the problem, if the answer is not what it must be.
async fn check(probe: &Probe<'_>) -> Option<String> {
    let (name, who) = probe.who;
    let method = if matches!(probe.body, Body::None | Body::Api(_, None)) { "GET" } else { "POST" };
    let response = send(who, &probe.path, &probe.body).await;
    let status = response.status().as_u16();
    let location = response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
    let html = response.text().await.unwrap_or_default();
    let what = format!("{method} {} as {name} answered {status} {location}", probe.path);
    match &probe.expect {
        Expect::NotFound => (status != 404).then_some(what),
        Expect::Without(secret) => (status >= 500 || html.contains(secret.as_str()) || location.contains(secret.as_str())).then(|| format!("{what}, showing {secret}")),
        Expect::BackToANotFoundPage => {
            let page = probe.path.rsplit_once('/').map(|(page, _)| page).unwrap_or_default();
            if status != 303 || !location.eq_ignore_ascii_case(page) {
                return Some(what);
            }
            let then = who.get(&location).await.status().as_u16();
            (then != 404).then(|| format!("{what}, then {location} answered {then}"))
        }
    }
}

fn form(fields: &[(&str, &str)]) -> Body {
    Body::Form(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

async fn count(app: &TestApp, sql: &str, bind: &str) -> i64 {
    with_db!(&app.state.db, |pool| sqlx::query_scalar(sql).bind(bind).fetch_one(pool).await).unwrap()
}

/// The citizen's drafts, as stored: what another person must never change.
async fn drafts_of(app: &TestApp, email: &str) -> Vec<(String, String, String)> {
    with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT d.service, CAST(d.answers AS TEXT), d.submission_key FROM drafts d JOIN citizens c ON c.id = d.citizen_id WHERE c.email = $1 ORDER BY d.service"
    )
    .bind(email)
    .fetch_all(pool)
    .await)
    .unwrap()
}

const SECRET: &str = "Secret Street";

#[tokio::test]
async fn every_route_that_takes_an_id_or_reference_refuses_other_citizens_and_other_teams() {
    let app = spawn_app().await;
    let waste_worker = staff(&app, "ws@council.example", "caseworker", &["waste"]).await;
    let parking_worker = staff(&app, "pk@council.example", "caseworker", &["parking"]).await;
    let waste_designer = staff(&app, "wd@council.example", "designer", &["waste"]).await;
    let parking_designer = staff(&app, "pd@council.example", "designer", &["parking"]).await;
    let (ann, ann_ref) = citizen_with_request(&app, "ann@example.org").await;
    let (bob, bob_ref) = citizen_with_request(&app, "bob@example.org").await;

    // Ann replies with an attachment; the team asks her for more information.
    let mine = format!("/requests/{ann_ref}");
    let replied = ann.submit_file(&mine, "attachment", "receipt.png", png(), &[("message", "Here is the receipt.")]).await;
    assert_eq!(replied.status(), 303);
    let staff_page = waste_worker.page(&format!("/staff/requests/{ann_ref}")).await;
    let file = staff_page.split(&format!("/staff/requests/{ann_ref}/files/")).nth(1).expect("a link to the attachment").split('"').next().unwrap().to_owned();
    let ask = format!("/staff/requests/{ann_ref}");
    let asked = waste_worker.submit_to(&ask, &format!("{ask}/more-information"), &[("questions", "location"), ("ask_message", "Where exactly?")]).await;
    assert_eq!(asked.status(), 303);
    assert_eq!(ann.get(&format!("/requests/{ann_ref}/more-information")).await.status(), 200, "Ann herself may answer");

    // Ann saves a parking permit draft to come back to.
    let token = ann.csrf("/services/parking-permit").await;
    ann.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    assert_eq!(ann.submit("/services/parking-permit/live-in-zone", &[("live-in-zone", "yes")]).await.status(), 303);
    let saved = ann
        .submit("/services/parking-permit/address", &[("address-line1", "1 Secret Street"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP"), ("action", "save")])
        .await;
    assert_eq!(saved.status(), 303);
    assert!(ann.page("/services/parking-permit/address").await.contains(SECRET), "Ann gets her draft back");

    // The waste team's designer starts the next version of bulky waste.
    let live = versions::get(&app.state.db, "bulky-waste", None).await.unwrap().unwrap().version;
    let drafted = waste_designer.submit_to("/staff/designer/bulky-waste", "/staff/designer/bulky-waste/draft", &[]).await;
    assert_eq!(drafted.status(), 303);
    let draft_before = versions::draft(&app.state.db, "bulky-waste").await.unwrap().expect("a draft");
    assert_eq!(waste_designer.get("/staff/designer/bulky-waste/questions/location").await.status(), 200, "the team's designer may edit it");

    let ann_key: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT submission_key FROM requests WHERE reference = $1").bind(&ann_ref).fetch_one(pool).await).unwrap();
    let waste_worker_id = count(&app, "SELECT id FROM staff WHERE email = $1", "ws@council.example").await.to_string();
    let events_before = count(&app, "SELECT COUNT(*) FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1", &ann_ref).await;
    let requests_before = count(&app, "SELECT COUNT(*) FROM requests WHERE reference <> $1", "").await;
    let services_before = count(&app, "SELECT COUNT(*) FROM services WHERE id <> $1", "").await;
    let ann_drafts = drafts_of(&app, "ann@example.org").await;

    // A webhook endpoint of the waste team: only admins may open or change it.
    let hook: i64 = with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "INSERT INTO webhook_endpoints (team_id, url, events, secret, failures, created_at, updated_at) \
         VALUES ('waste', 'https://crm.example.org/hook', 'request.submitted', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 0, $1, $1) RETURNING id"
    )
    .bind(chrono::Utc::now())
    .fetch_one(pool)
    .await)
    .unwrap();
    // Ann signs in through an identity provider too (linked directly: no provider runs here).
    let ann_id = count(&app, "SELECT id FROM citizens WHERE email = $1", "ann@example.org").await;
    let mut tx = app.state.db.begin().await.unwrap();
    portico::identity::store::link(&mut tx, "https://op.example/", "ann-at-op", "one-login", ("citizen", ann_id), portico::identity::store::Actor::Account).await.unwrap();
    tx.commit().await.unwrap();
    let ann_identity = count(&app, "SELECT id FROM identities WHERE subject = $1", "ann-at-op").await;
    // The waste caseworker signs in through the staff provider (an admin's link).
    let mut tx = app.state.db.begin().await.unwrap();
    let worker_id: i64 = waste_worker_id.parse().unwrap();
    portico::identity::store::link(&mut tx, "https://staff-op.example/", "ws-at-op", "entra", ("staff", worker_id), portico::identity::store::Actor::Operator).await.unwrap();
    tx.commit().await.unwrap();
    let staff_identity = count(&app, "SELECT id FROM identities WHERE subject = $1", "ws-at-op").await;

    let token_of = |html: String| csrf_in(&html).expect("a form token");
    let bob_token = token_of(bob.page("/applications").await);
    let worker_token = token_of(parking_worker.page("/staff/requests").await);
    let designer_token = token_of(parking_designer.page("/staff/designer").await);
    // Fields that would make each action do something, were it allowed.
    let acting = |token: &str| {
        form(&[
            ("csrf_token", token),
            ("assignee", "me"),
            ("to", "in_review"),
            ("reason", "x"),
            ("note", "x"),
            ("message", "x"),
            ("questions", "location"),
            ("ask_message", "x"),
            ("action", "disable"),
        ])
    };

    // Keys of the parking team, which must reach nothing of the waste team's.
    let parking_key = crate::api_v1::key(&app, &["parking"], portico::api::keys::Scope::ReadWrite).await;
    let waste_key = crate::api_v1::key(&app, &["waste"], portico::api::keys::Scope::Read).await;
    let waste_key_id = count(&app, "SELECT MAX(id) FROM api_keys WHERE name <> $1", "").await.to_string();
    let bob_ = ("Bob, another citizen", &bob);
    let worker_ = ("a caseworker of the parking team", &parking_worker);
    let designer_ = ("a designer of the parking team", &parking_designer);
    let nobody = ("a visitor", &app);
    let mut probes = vec![
        // Ann's ways to sign in.
        Probe { route: "/profile/sign-in-methods/{id}/remove", who: bob_, path: format!("/profile/sign-in-methods/{ann_identity}/remove"), body: form(&[("csrf_token", &bob_token)]), expect: Expect::NotFound },
        Probe { route: "/profile/sign-in-methods/{id}/remove", who: worker_, path: format!("/profile/sign-in-methods/{ann_identity}/remove"), body: acting(&worker_token), expect: Expect::NotFound },
        // Staff sign-in links: admins only; and no citizen's identity through that address.
        Probe { route: "/staff/admin/identities/{id}/remove", who: worker_, path: format!("/staff/admin/identities/{staff_identity}/remove"), body: acting(&worker_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/identities/{id}/remove", who: designer_, path: format!("/staff/admin/identities/{staff_identity}/remove"), body: acting(&designer_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/identities/{id}/remove", who: bob_, path: format!("/staff/admin/identities/{ann_identity}/remove"), body: acting(&bob_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/identities/{id}/remove", who: worker_, path: "/staff/admin/identities/not-a-number/remove".into(), body: acting(&worker_token), expect: Expect::NotFound },
        // The citizen's request pages.
        Probe { route: "/requests/{reference}", who: bob_, path: format!("/requests/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/requests/{reference}", who: worker_, path: format!("/requests/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe {
            route: "/requests/{reference}",
            who: bob_,
            path: format!("/requests/{ann_ref}"),
            body: Body::Multipart(vec![("csrf_token".into(), bob_token.clone()), ("message".into(), "x".into())]),
            expect: Expect::NotFound,
        },
        Probe { route: "/requests/{reference}/withdraw", who: bob_, path: format!("/requests/{ann_ref}/withdraw"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/requests/{reference}/withdraw", who: bob_, path: format!("/requests/{ann_ref}/withdraw"), body: form(&[("csrf_token", &bob_token), ("reason", "x")]), expect: Expect::NotFound },
        Probe { route: "/requests/{reference}/more-information", who: bob_, path: format!("/requests/{ann_ref}/more-information"), body: Body::None, expect: Expect::NotFound },
        Probe {
            route: "/requests/{reference}/more-information",
            who: bob_,
            path: format!("/requests/{ann_ref}/more-information"),
            body: Body::Multipart(vec![("csrf_token".into(), bob_token.clone()), ("location".into(), "kerbside".into())]),
            expect: Expect::NotFound,
        },
        Probe { route: "/requests/{reference}/files/{file}", who: bob_, path: format!("/requests/{ann_ref}/files/{file}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/requests/{reference}/files/{file}", who: worker_, path: format!("/requests/{ann_ref}/files/{file}"), body: Body::None, expect: Expect::NotFound },
        // Ann's file through Bob's own reference.
        Probe { route: "/requests/{reference}/files/{file}", who: bob_, path: format!("/requests/{bob_ref}/files/{file}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/services/{service}/confirmation/{reference}", who: bob_, path: format!("/services/bulky-waste/confirmation/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/services/{service}/confirmation/{reference}", who: worker_, path: format!("/services/bulky-waste/confirmation/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/services/{service}/confirmation/{reference}", who: nobody, path: format!("/services/bulky-waste/confirmation/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        // The staff request page, its files and its actions.
        Probe { route: "/staff/requests/{reference}", who: worker_, path: format!("/staff/requests/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/requests/{reference}", who: bob_, path: format!("/staff/requests/{ann_ref}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/requests/{reference}/files/{file}", who: worker_, path: format!("/staff/requests/{ann_ref}/files/{file}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/requests/{reference}/files/{file}", who: bob_, path: format!("/staff/requests/{ann_ref}/files/{file}"), body: Body::None, expect: Expect::NotFound },
        Probe {
            route: "/staff/requests/{reference}/files/{file}",
            who: ("a caseworker of the waste team, through another request", &waste_worker),
            path: format!("/staff/requests/{bob_ref}/files/{file}"),
            body: Body::None,
            expect: Expect::NotFound,
        },
        // The audit trail's export (crate::audit::pages).
        Probe { route: "/staff/requests/{reference}/audit.json", who: worker_, path: format!("/staff/requests/{ann_ref}/audit.json"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/requests/{reference}/audit.json", who: bob_, path: format!("/staff/requests/{ann_ref}/audit.json"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/requests/{reference}/{action}", who: worker_, path: format!("/staff/requests/{ann_ref}/status"), body: Body::None, expect: Expect::BackToANotFoundPage },
        Probe { route: "/staff/requests/{reference}/{action}", who: bob_, path: format!("/staff/requests/{ann_ref}/note"), body: acting(&bob_token), expect: Expect::NotFound },
        // Administration: a caseworker cannot disable a colleague.
        Probe { route: "/staff/admin/staff/{id}", who: worker_, path: format!("/staff/admin/staff/{waste_worker_id}"), body: acting(&worker_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/staff/{id}", who: designer_, path: format!("/staff/admin/staff/{waste_worker_id}"), body: acting(&designer_token), expect: Expect::NotFound },
        // An id that is not a number is refused as any other, not by the address's reader first.
        Probe { route: "/staff/admin/staff/{id}", who: bob_, path: "/staff/admin/staff/not-a-number".into(), body: acting(&bob_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/staff/{id}", who: worker_, path: "/staff/admin/staff/not-a-number".into(), body: acting(&worker_token), expect: Expect::NotFound },
        // Webhooks: admins only, even for the team's own caseworkers.
        // Feedback on the waste team's service is for that team (and admins); the portal's, admins only.
        Probe { route: "/staff/feedback/{service}", who: worker_, path: "/staff/feedback/bulky-waste".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/feedback/{service}", who: designer_, path: "/staff/feedback/bulky-waste".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/feedback/{service}", who: bob_, path: "/staff/feedback/bulky-waste".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/feedback/{service}", who: ("a caseworker of the waste team", &waste_worker), path: "/staff/feedback/_portal".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/feedback/{service}/export.csv", who: worker_, path: "/staff/feedback/bulky-waste/export.csv".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/feedback/{service}/export.csv", who: bob_, path: "/staff/feedback/_portal/export.csv".into(), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/admin/webhooks/{id}", who: ("a caseworker of the waste team", &waste_worker), path: format!("/staff/admin/webhooks/{hook}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/admin/webhooks/{id}", who: worker_, path: format!("/staff/admin/webhooks/{hook}"), body: acting(&worker_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/webhooks/{id}", who: designer_, path: format!("/staff/admin/webhooks/{hook}"), body: Body::None, expect: Expect::NotFound },
        Probe { route: "/staff/admin/webhooks/{id}", who: bob_, path: format!("/staff/admin/webhooks/{hook}"), body: acting(&bob_token), expect: Expect::NotFound },
        Probe { route: "/staff/admin/webhooks/{id}", who: worker_, path: "/staff/admin/webhooks/not-a-number".into(), body: acting(&worker_token), expect: Expect::NotFound },
        // Journeys: a draft is the signed-in person's own, whatever the address says.
        Probe { route: "/applications/{service}/delete", who: bob_, path: "/applications/parking-permit/delete".into(), body: form(&[("csrf_token", &bob_token)]), expect: Expect::Without(SECRET.into()) },
        Probe { route: "/services/{service}/start", who: bob_, path: "/services/parking-permit/start".into(), body: form(&[("csrf_token", &bob_token)]), expect: Expect::Without(SECRET.into()) },
        Probe { route: "/services/{service}/{question}", who: bob_, path: "/services/parking-permit/address".into(), body: Body::None, expect: Expect::Without(SECRET.into()) },
        Probe {
            route: "/services/{service}/{question}",
            who: bob_,
            path: "/services/parking-permit/address".into(),
            body: form(&[("csrf_token", &bob_token), ("address-line1", "2 Other Road"), ("address-town", "Cardiff"), ("address-postcode", "CF10 1EP")]),
            expect: Expect::Without(SECRET.into()),
        },
        Probe { route: "/services/{service}/check-answers", who: bob_, path: "/services/parking-permit/check-answers".into(), body: Body::None, expect: Expect::Without(SECRET.into()) },
        // Ann's submission key does not hand Bob her request.
        Probe {
            route: "/services/{service}/submit",
            who: bob_,
            path: "/services/bulky-waste/submit".into(),
            body: form(&[("csrf_token", &bob_token), ("submission_key", &ann_key)]),
            expect: Expect::Without(ann_ref.clone()),
        },
        // A draft version's schema is not published.
        Probe { route: "/services/{service}/versions/{version}/schema.json", who: nobody, path: format!("/services/bulky-waste/versions/{}/schema.json", draft_before.version), body: Body::None, expect: Expect::NotFound },
    ];
    // The JSON API, with the parking team's key.
    let api = ("a key of the parking team", &app);
    probes.push(Probe { route: "/api/v1/requests/{reference}", who: api, path: format!("/api/v1/requests/{ann_ref}"), body: Body::Api(parking_key.clone(), None), expect: Expect::NotFound });
    for (route, file) in [("/api/v1/requests/{reference}/attachments/{attachment}", format!("/api/v1/requests/{ann_ref}/attachments/{file}")), ("/api/v1/requests/{reference}/attachments/{attachment}", format!("/api/v1/requests/{bob_ref}/attachments/{file}"))] {
        probes.push(Probe { route, who: api, path: file, body: Body::Api(parking_key.clone(), None), expect: Expect::NotFound });
    }
    for (action, body) in [
        ("status", serde_json::json!({ "status": "in_review" })),
        ("notes", serde_json::json!({ "body": "x" })),
        ("messages", serde_json::json!({ "body": "x" })),
        ("information-requests", serde_json::json!({ "questions": ["location"], "message": "x" })),
    ] {
        let route = match action {
            "status" => "/api/v1/requests/{reference}/status",
            "notes" => "/api/v1/requests/{reference}/notes",
            "messages" => "/api/v1/requests/{reference}/messages",
            _ => "/api/v1/requests/{reference}/information-requests",
        };
        probes.push(Probe { route, who: api, path: format!("/api/v1/requests/{ann_ref}/{action}"), body: Body::Api(parking_key.clone(), Some(body)), expect: Expect::NotFound });
    }
    // Revoking a key is for admins only.
    for who in [worker_, designer_, bob_] {
        let token = match who.0 {
            n if n.starts_with("Bob") => &bob_token,
            n if n.contains("designer") => &designer_token,
            _ => &worker_token,
        };
        probes.push(Probe { route: "/staff/admin/api-keys/{id}/revoke", who, path: format!("/staff/admin/api-keys/{waste_key_id}/revoke"), body: acting(token), expect: Expect::NotFound });
    }
    for action in ["assign", "status", "note", "message", "more-information"] {
        probes.push(Probe { route: "/staff/requests/{reference}/{action}", who: worker_, path: format!("/staff/requests/{ann_ref}/{action}"), body: acting(&worker_token), expect: Expect::NotFound });
    }
    // Every designer page of the waste team's service, for the parking team's designer.
    for (methods, route, _) in ROUTES.iter().filter(|(_, route, _)| route.contains('{')) {
        let question = if route.contains("/fields/") { "other-items" } else { "location" };
        let path = route
            .replace("{service}", "bulky-waste")
            .replace("{question}", question)
            .replace("{option}", "elsewhere")
            .replace("{field}", "description")
            .replace("{exit}", "new")
            .replace("{language}", "cy")
            .replace("{version}", &live.to_string());
        for method in methods.split(' ') {
            let body = match method {
                "GET" => Body::None,
                _ => form(&[
                    ("csrf_token", &designer_token),
                    ("name", "Copied"),
                    ("team", "parking"),
                    ("title", "Changed"),
                    ("summary", "Changed"),
                    ("label", "Changed"),
                    ("confirm", "yes"),
                    ("action", "down:location"),
                ]),
            };
            probes.push(Probe { route: *route, who: designer_, path: path.clone(), body, expect: Expect::NotFound });
        }
    }

    let mut wrong = Vec::new();
    for probe in &probes {
        if let Some(problem) = check(probe).await {
            wrong.push(problem);
        }
    }

    // Nothing changed behind the refusals.
    let events_after = count(&app, "SELECT COUNT(*) FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1", &ann_ref).await;
    if events_after != events_before {
        wrong.push(format!("Ann's request has {} new events", events_after - events_before));
    }
    let status: String = with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1").bind(&ann_ref).fetch_one(pool).await).unwrap();
    if status != "waiting_for_citizen" {
        wrong.push(format!("Ann's request is now {status}"));
    }
    if count(&app, "SELECT COUNT(*) FROM requests WHERE reference <> $1", "").await != requests_before {
        wrong.push("a request was made".into());
    }
    if drafts_of(&app, "ann@example.org").await != ann_drafts {
        wrong.push("Ann's draft changed".into());
    }
    if versions::draft(&app.state.db, "bulky-waste").await.unwrap() != Some(draft_before) {
        wrong.push("the waste team's draft changed".into());
    }
    if count(&app, "SELECT COUNT(*) FROM services WHERE id <> $1", "").await != services_before {
        wrong.push("a service was made (a copy?)".into());
    }
    let hook_off: Option<chrono::DateTime<chrono::Utc>> =
        with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT disabled_at FROM webhook_endpoints WHERE id = $1").bind(hook).fetch_one(pool).await).unwrap();
    if hook_off.is_some() {
        wrong.push("the waste team's webhook was turned off".into());
    }
    let waste_api = reqwest::Client::new().get(app.url("/api/v1/requests")).bearer_auth(&waste_key).send().await.unwrap();
    if waste_api.status() != 200 {
        wrong.push(format!("the waste team's key answers {} (revoked?)", waste_api.status()));
    }
    // The parking team's key lists none of the waste team's requests, nor exports them.
    for path in [format!("/api/v1/requests?q={ann_ref}"), "/api/v1/requests?service=bulky-waste".into(), "/api/v1/export/requests?service=bulky-waste&since=2020-01-01".into()] {
        let listed = reqwest::Client::new().get(app.url(&path)).bearer_auth(&parking_key).send().await.unwrap().text().await.unwrap();
        if listed.contains(&ann_ref) || listed.contains(&bob_ref) {
            wrong.push(format!("{path} shows the waste team's requests to the parking team's key"));
        }
    }
    if count(&app, "SELECT COUNT(*) FROM identities WHERE subject = $1", "ann-at-op").await != 1 {
        wrong.push("Ann's way to sign in was removed".into());
    }
    if waste_worker.get("/staff/requests").await.status() != 200 {
        wrong.push("the waste caseworker was disabled".into());
    }
    // Lists and the export, filtered to another team's service, hold none of it either.
    // (The queue's search box repeats what was searched for, so there the link is looked for.)
    let link = format!("/staff/requests/{ann_ref}\"");
    for (path, shows) in [
        (format!("/staff/requests?service=bulky-waste&q={ann_ref}"), link.as_str()),
        (format!("/staff/requests/export.csv?service=bulky-waste&q={ann_ref}"), ann_ref.as_str()),
        ("/staff/requests/export.csv?service=bulky-waste".into(), ann_ref.as_str()),
    ] {
        if parking_worker.page(&path).await.contains(shows) {
            wrong.push(format!("{path} shows Ann's request to the parking team"));
        }
    }
    if !waste_worker.page(&format!("/staff/requests?service=bulky-waste&q={ann_ref}")).await.contains(&link) {
        wrong.push("the waste team's own queue lacks the link to Ann's request: the check above proves nothing".into());
    }
    if !waste_worker.page("/staff/requests/export.csv?service=bulky-waste").await.contains(&ann_ref) {
        wrong.push("the waste team's own export lacks Ann's request: the check above proves nothing".into());
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    // Every declared route with a parameter is probed above or allowed, with a reason.
    let declared: BTreeSet<String> = declared_routes().into_iter().filter(|r| r.contains('{') || r.starts_with("<unread")).collect();
    let probed: BTreeSet<String> = probes.iter().map(|p| p.route.to_owned()).collect();
    let public: BTreeSet<String> = PUBLIC.iter().map(|(r, _)| r.to_string()).collect();
    let unclassified: Vec<&String> = declared.iter().filter(|r| !probed.contains(*r) && !public.contains(*r)).collect();
    assert!(unclassified.is_empty(), "routes neither probed for IDOR nor allowed in PUBLIC: {unclassified:#?}");
    let stale: Vec<&String> = probed.union(&public).filter(|r| !declared.contains(*r)).collect();
    assert!(stale.is_empty(), "probed or allowed but no longer declared: {stale:#?}");
    assert!(declared.len() >= 30, "found only {}: {declared:#?}", declared.len());
}
