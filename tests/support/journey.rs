//! A guest's whole bulky waste request over plain HTTP, as a browser without JavaScript sends it:
//! shared by the load tool (`examples/load.rs`, for `./dev.sh bench`) and the durability tests,
//! so both drive the very pages a person uses.

use std::time::{Duration, Instant};

/// One person's browser: its own cookies, no redirects followed.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("an HTTP client")
}

/// A draft on its check-your-answers page, ready to be sent.
pub struct Ready {
    pub client: reqwest::Client,
    pub csrf: String,
    pub key: String,
}

/// The value of the first `name="…" value="…"` pair in `html`.
pub fn value_of(html: &str, name: &str) -> Option<String> {
    let after = html.split(&format!(r#"name="{name}" value=""#)).nth(1)?;
    Some(after.split('"').next()?.to_owned())
}

async fn page(client: &reqwest::Client, url: &str) -> Result<String, String> {
    let response = client.get(url).send().await.map_err(|e| format!("GET {url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("GET {url}: {}", response.status()));
    }
    response.text().await.map_err(|e| format!("GET {url}: {e}"))
}

async fn post(client: &reqwest::Client, base: &str, path: &str, fields: &[(&str, &str)]) -> Result<String, String> {
    let url = format!("{base}{path}");
    let response = client
        .post(&url)
        .header("origin", base)
        .form(fields)
        .send()
        .await
        .map_err(|e| format!("POST {path}: {e}"))?;
    match response.headers().get("location").and_then(|l| l.to_str().ok()) {
        Some(location) if response.status().as_u16() == 303 => Ok(location.to_owned()),
        _ => Err(format!("POST {path}: {}", response.status())),
    }
}

/// Starts a guest's bulky waste request and answers every question, ending on check your answers.
pub async fn guest_at_check_answers(base: &str, email: &str) -> Result<Ready, String> {
    let client = browser();
    answer_bulky_waste(&client, base, email).await?;
    let check = page(&client, &format!("{base}/services/bulky-waste/check-answers")).await?;
    let key = value_of(&check, "submission_key").ok_or("no submission key on check your answers")?;
    let csrf = value_of(&check, "csrf_token").ok_or("no form token on check your answers")?;
    Ok(Ready { client, csrf, key })
}

/// Starts a bulky waste request in `client`'s browser (a guest's, or a signed-in citizen's) and
/// answers every question. A signed-in citizen's email address is offered from the profile; it is
/// then taken from there.
pub async fn answer_bulky_waste(client: &reqwest::Client, base: &str, email: &str) -> Result<(), String> {
    let start = page(client, &format!("{base}/services/bulky-waste")).await?;
    let csrf = value_of(&start, "csrf_token").ok_or("no form token on the start page")?;
    post(client, base, "/services/bulky-waste/start", &[("csrf_token", &csrf)]).await?;
    let answer = |question: &'static str, fields: Vec<(&'static str, String)>| {
        let csrf = &csrf;
        async move {
            let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            all.push(("csrf_token", csrf));
            post(client, base, &format!("/services/bulky-waste/{question}"), &all).await
        }
    };
    answer("items", vec![("items", "sofa".into())]).await?;
    answer("has-other-items", vec![("has-other-items", "no".into())]).await?;
    answer("address", vec![("address-line1", "2 Low Street".into()), ("address-town", "Cardiff".into()), ("address-postcode", "CF10 2AB".into())]).await?;
    answer("location", vec![("location", "driveway".into())]).await?;
    let dates = page(client, &format!("{base}/services/bulky-waste/date")).await?;
    let date = dates.split(r#"type="radio" value=""#).nth(1).and_then(|d| d.split('"').next()).ok_or("no date offered")?;
    answer("date", vec![("date", date.to_owned())]).await?;
    answer("phone", vec![("phone", "07700 900123".into())]).await?;
    if answer("email", vec![("email", email.to_owned())]).await.is_err() {
        answer("email", vec![("use_profile", "yes".into())]).await?;
    }
    Ok(())
}

/// Sends a ready draft; the reference on the confirmation it is sent to, and how long it took.
pub async fn submit(base: &str, ready: &Ready) -> Result<(String, Duration), String> {
    let started = Instant::now();
    let location = post(&ready.client, base, "/services/bulky-waste/submit", &[("csrf_token", &ready.csrf), ("submission_key", &ready.key)]).await?;
    let reference = location
        .strip_prefix("/services/bulky-waste/confirmation/")
        .ok_or_else(|| format!("sent to {location}, not a confirmation"))?;
    Ok((reference.to_owned(), started.elapsed()))
}
