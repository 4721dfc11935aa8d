//! Every state-changing address refuses a form without this session's token. The addresses come
//! from the router's own source (each `.route("…", … post(…))`, and the designer's table), so a
//! new one cannot be forgotten.
use crate::helpers::{spawn_app, TestApp, PASSWORD};
use std::path::Path;

/// Posted addresses that take no form token, each with the reason and the test that covers it.
const PUBLIC: [(&str, &str); 1] = [(
    "/identity/{provider}/back-channel-logout",
    "the identity provider's server posts the logout token, cross-site by nature and with no session: \
     the token's signature, issuer, audience, expiry and single use authorize it (tests/api/identity.rs)",
)];

/// Every address a form may be posted to, as the source declares it.
fn posted_addresses() -> Vec<String> {
    let mut found = Vec::new();
    for path in crate::helpers::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().map(str::trim).filter(|l| l.starts_with(".route(\"") && l.contains("post(")) {
            found.push(line.trim_start_matches(".route(\"").split('"').next().unwrap().to_owned());
        }
    }
    found.extend(portico::designer::ROUTES.iter().filter(|(methods, ..)| methods.contains("POST")).map(|(_, path, _)| path.to_string()));
    found.sort();
    found.dedup();
    found.retain(|path| !PUBLIC.iter().any(|(public, _)| public == path));
    found
}

#[test]
fn every_address_exempt_from_the_form_token_is_still_declared() {
    let text: String = crate::helpers::rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for (path, _) in PUBLIC {
        assert!(text.contains(&format!(".route(\"{path}\"")), "{path} is exempt but no longer declared");
    }
}

fn concrete(path: &str) -> String {
    path.replace("{service}", "parking-permit")
        .replace("{question}", "live-in-zone")
        .replace("{reference}", "ABCD2345")
        .replace("{action}", "note")
        .replace("{id}", "1")
        .replace("{option}", "a")
        .replace("{exit}", "not-resident")
        .replace("{field}", "new")
        .replace("{language}", "cy")
        .replace("{version}", "1")
}

async fn refuses(who: &TestApp, path: &str) -> Result<(), String> {
    let response = who.client.post(who.url(path)).header("origin", &who.address).form(&[("csrf_token", "not the token"), ("action", "save")]).send().await.unwrap();
    let status = response.status().as_u16();
    let location = response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
    // The JSON API takes no form token: its routes sit outside the session layer, so a cookie
    // (all a browser sends of its own accord) is no credential there, and only an API key in
    // `Authorization`, which no other site can make a browser send, gets past its first check.
    if path.starts_with("/api/v1/") {
        return if status == 401 { Ok(()) } else { Err(format!("POST {path} with a session cookie answered {status}, not 401")) };
    }
    match status {
        403 | 404 | 410 | 422 => Ok(()),
        303 if location.starts_with("/sign-in") || location.starts_with("/staff/sign-in") => Ok(()),
        _ => Err(format!("POST {path} with a wrong token answered {status} {location}")),
    }
}

#[tokio::test]
async fn every_posted_address_refuses_a_wrong_form_token_whoever_is_signed_in() {
    let app = spawn_app().await;
    let addresses = posted_addresses();
    assert!(addresses.len() >= 40, "found {} addresses: {addresses:?}", addresses.len());
    let citizen = app.another_browser();
    citizen.citizen("cit@example.org", PASSWORD).await;
    citizen.sign_in("cit@example.org", PASSWORD).await;
    let admin = crate::casework::staff(&app, "ad@council.example", "admin", &["parking"]).await;
    let mut wrong = Vec::new();
    for path in &addresses {
        let path = concrete(path);
        for who in [&citizen, &admin, &app.another_browser()] {
            if let Err(problem) = refuses(who, &path).await {
                wrong.push(problem);
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
