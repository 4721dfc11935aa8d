//! The load tool behind `./dev.sh bench` (not a test; see the README's Benchmark section).
//!
//! `load submissions BASE COUNT CONCURRENCY [CONFIRMED_FILE]` prepares COUNT guests' bulky waste
//! drafts, each on check your answers, then sends them all, CONCURRENCY at a time, and prints the
//! completed submissions per second with p50 and p99. Each reference confirmed is appended to
//! CONFIRMED_FILE as soon as its confirmation arrives (the crash test reads it).
//!
//! `load citizen BASE OUTBOX_DIR` creates and confirms an account, signs in, starts a parking
//! permit and completes a bulky waste draft, then prints its session cookie for `wrk`.

#[path = "../tests/support/journey.rs"]
mod journey;

use reqwest::cookie::CookieStore;
use std::{io::Write, sync::Arc, time::Instant};
use tokio::{sync::Semaphore, task::JoinSet};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["submissions", base, count, concurrency, rest @ ..] => match (count.parse(), concurrency.parse()) {
            (Ok(count), Ok(concurrency)) => submissions(base, count, concurrency, rest.first().copied()).await,
            _ => Err("COUNT and CONCURRENCY are numbers".to_owned()),
        },
        ["citizen", base, outbox] => citizen(base, outbox).await,
        _ => Err("usage: load submissions BASE COUNT CONCURRENCY [CONFIRMED_FILE] | load citizen BASE OUTBOX_DIR".to_owned()),
    };
    if let Err(e) = result {
        eprintln!("load: {e}");
        std::process::exit(1);
    }
}

async fn submissions(base: &str, count: usize, concurrency: usize, confirmed: Option<&str>) -> Result<(), String> {
    let gate = Arc::new(Semaphore::new(concurrency));
    let mut preparing = JoinSet::new();
    for n in 0..count {
        let (gate, base) = (gate.clone(), base.to_owned());
        preparing.spawn(async move {
            let _turn = gate.acquire().await;
            journey::guest_at_check_answers(&base, &format!("load{n}@example.org")).await
        });
    }
    let mut ready = Vec::with_capacity(count);
    while let Some(done) = preparing.join_next().await {
        ready.push(done.map_err(|e| e.to_string())??);
    }
    eprintln!("{} drafts ready on check your answers; sending them, {concurrency} at a time", ready.len());

    let file = confirmed.map(|path| std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(|e| format!("{path}: {e}")));
    let file = Arc::new(std::sync::Mutex::new(file.transpose()?));
    let started = Instant::now();
    let mut sending = JoinSet::new();
    for draft in ready {
        let (gate, base, file) = (gate.clone(), base.to_owned(), file.clone());
        sending.spawn(async move {
            let _turn = gate.acquire().await;
            let sent = journey::submit(&base, &draft).await;
            if let (Ok((reference, _)), Ok(mut file)) = (&sent, file.lock()) {
                if let Some(file) = file.as_mut() {
                    // One line per confirmation, written before the next is counted.
                    let _ = writeln!(file, "{reference}");
                    let _ = file.flush();
                }
            }
            sent
        });
    }
    let (mut times, mut failed) = (Vec::with_capacity(count), 0);
    while let Some(done) = sending.join_next().await {
        match done {
            Ok(Ok((_, took))) => times.push(took),
            _ => failed += 1,
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    times.sort();
    let at = |q: f64| times.get(((times.len() as f64 * q) as usize).min(times.len().saturating_sub(1))).map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    println!(
        "submissions {} {:.0}/s p50 {:.2}ms p99 {:.2}ms failed {failed}",
        times.len(),
        times.len() as f64 / elapsed,
        at(0.5),
        at(0.99)
    );
    Ok(())
}

/// The newest link to this site in an email to `to` in the development outbox folder.
fn link_in_outbox(outbox: &str, to: &str) -> Option<String> {
    let mut names: Vec<_> = std::fs::read_dir(outbox).ok()?.flatten().map(|e| e.path()).collect();
    names.sort();
    names.iter().rev().find_map(|path| {
        let text = std::fs::read_to_string(path).ok()?;
        text.starts_with(&format!("To: {to}\n")).then_some(())?;
        let start = text.find("http://")?;
        Some(text[start..].split_whitespace().next()?.to_owned())
    })
}

async fn citizen(base: &str, outbox: &str) -> Result<(), String> {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())?;
    let email = format!("bench.{}@example.org", std::process::id());
    let password = "a bench citizen passphrase";
    let form = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let client = &client;
        async move {
            let html = client.get(format!("{base}{path}")).send().await.map_err(|e| e.to_string())?.text().await.map_err(|e| e.to_string())?;
            let csrf = journey::value_of(&html, "csrf_token").ok_or(format!("no form token on {path}"))?;
            let mut all: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            all.push(("csrf_token", &csrf));
            let action = path.split('?').next().unwrap_or(path);
            let response = client.post(format!("{base}{action}")).header("origin", base).form(&all).send().await.map_err(|e| e.to_string())?;
            Ok::<u16, String>(response.status().as_u16())
        }
    };
    form("/account/create", vec![("email", email.clone()), ("password", password.into())]).await?;
    let mut link = None;
    for _ in 0..100 {
        link = link_in_outbox(outbox, &email);
        if link.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let link = link.ok_or("no confirmation email in the outbox")?;
    client.get(&link).send().await.map_err(|e| e.to_string())?;
    if form("/sign-in", vec![("email", email.clone()), ("password", password.into())]).await? != 303 {
        return Err("could not sign in".into());
    }
    let start = client.get(format!("{base}/services/parking-permit")).send().await.map_err(|e| e.to_string())?.text().await.map_err(|e| e.to_string())?;
    let csrf = journey::value_of(&start, "csrf_token").ok_or("no form token")?;
    client.post(format!("{base}/services/parking-permit/start")).header("origin", base).form(&[("csrf_token", csrf)]).send().await.map_err(|e| e.to_string())?;
    form("/services/parking-permit/live-in-zone", vec![("live-in-zone", "yes".into())]).await?;
    journey::answer_bulky_waste(&client, base, &email).await?;
    let check = client.get(format!("{base}/services/bulky-waste/check-answers")).send().await.map_err(|e| e.to_string())?;
    if check.status() != 200 {
        return Err(format!("check your answers answered {}", check.status()));
    }
    let cookies = jar.cookies(&base.parse().map_err(|_| "a bad base address")?).ok_or("no cookies")?;
    let cookies = cookies.to_str().map_err(|e| e.to_string())?;
    let session = cookies.split("; ").find_map(|c| c.strip_prefix("portico_session=")).ok_or("no session cookie")?;
    println!("{session}");
    Ok(())
}
