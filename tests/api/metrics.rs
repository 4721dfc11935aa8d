//! `/metrics`: absent without `PORTICO_METRICS_TOKEN`, refused without that bearer token (whoever
//! is signed in), and with it the Prometheus text of requests by declared route, the pool, the
//! outbox and the sessions.
//!
//! The recorder is process-wide and every test here runs in the same process, so counts are
//! compared as "at least", and only one test scrapes successfully (the gauges are the last
//! scrape's).
use crate::helpers::{spawn_app, spawn_app_with, TestApp, PASSWORD};
use portico::with_db;

const TOKEN: &str = "test-metrics-token-0123456789abcdef";

async fn app_with_metrics() -> TestApp {
    spawn_app_with(&[("PORTICO_METRICS_TOKEN", TOKEN)]).await
}

async fn scrape(app: &TestApp, authorization: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url("/metrics"));
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    request.send().await.unwrap()
}

/// The samples of metric `name`: each one's labels (`{…}`, or empty) and value.
fn samples<'a>(body: &'a str, name: &str) -> Vec<(&'a str, f64)> {
    body.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix(name)?;
            let (labels, value) = match rest.strip_prefix('{') {
                Some(labelled) => labelled.split_once("} ")?,
                None => ("", rest.strip_prefix(' ')?),
            };
            Some((labels, value.trim().parse().ok()?))
        })
        .collect()
}

/// The one unlabelled value of gauge `name`.
fn gauge(body: &str, name: &str) -> f64 {
    match samples(body, name).as_slice() {
        [("", value)] => *value,
        other => panic!("{name}: expected one unlabelled sample, found {other:?}\n{body}"),
    }
}

/// Every address the metrics module declares, read from its source (as `csrf.rs` reads the
/// router's), so that one added later is checked too.
fn metrics_addresses() -> Vec<String> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/metrics.rs")).unwrap();
    source
        .lines()
        .map(str::trim)
        .filter_map(|line| line.split_once(".route(\"").map(|(_, rest)| rest.split('"').next().unwrap().to_owned()))
        .collect()
}

#[tokio::test]
async fn without_the_token_setting_there_is_no_metrics_address() {
    let app = spawn_app().await;

    let response = scrape(&app, Some(&format!("Bearer {TOKEN}"))).await;

    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn every_metrics_address_refuses_a_missing_or_wrong_token_whoever_is_signed_in() {
    let app = app_with_metrics().await;
    let addresses = metrics_addresses();
    assert_eq!(addresses, ["/metrics"]);
    let citizen = app.another_browser();
    citizen.citizen("cit@example.org", PASSWORD).await;
    citizen.sign_in("cit@example.org", PASSWORD).await;
    let admin = crate::casework::staff(&app, "ad@council.example", "admin", &[]).await;
    let mut wrong = Vec::new();
    for path in &addresses {
        for who in [&app.another_browser(), &citizen, &admin] {
            for authorization in [None, Some("Bearer not-the-token-0123456789abcdef"), Some(TOKEN), Some(&*format!("Basic {TOKEN}"))] {
                let mut request = who.client.get(who.url(path));
                if let Some(value) = authorization {
                    request = request.header("authorization", value);
                }
                let response = request.send().await.unwrap();
                let challenge = response.headers().get("www-authenticate").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
                if response.status() != 401 || challenge != "Bearer" {
                    wrong.push(format!("GET {path} with {authorization:?} answered {} ({challenge:?})", response.status()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // A scrape changes nothing: other methods are not allowed.
    let posted = app.client.post(app.url("/metrics")).header("origin", &app.address).header("authorization", format!("Bearer {TOKEN}")).send().await.unwrap();
    assert_eq!(posted.status(), 405);
}

#[tokio::test]
async fn with_the_token_requests_are_counted_by_declared_route_beside_the_pool_outbox_and_sessions() {
    let app = app_with_metrics().await;
    // A signed-in citizen (a live session), whose confirmation email waits in the outbox (no
    // worker runs in tests), and an email given up on after its tenth attempt.
    app.citizen("ann@example.org", PASSWORD).await;
    app.sign_in("ann@example.org", PASSWORD).await;
    let now = chrono::Utc::now();
    with_db!(&app.state.db, |pool| sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body, attempts, next_attempt_at, last_error, created_at) \
         VALUES ('test', 'gone@example.org', 's', 'b', 10, $1, 'mailbox unavailable', $1)"
    )
    .bind(now)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))
    .unwrap();
    // A reference in the address: counted under the route's pattern, never the reference.
    assert_eq!(app.get("/requests/ABCD2345").await.status(), 404);
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/no-such-page/4711").await.status(), 404);

    let response = scrape(&app, Some(&format!("Bearer {TOKEN}"))).await;

    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    assert!(response.headers().get("set-cookie").is_none(), "a scrape creates no session");
    let body = response.text().await.unwrap();
    let requests = samples(&body, "portico_http_requests_total");
    let count = |route: &str, status: &str| {
        requests
            .iter()
            .filter(|(labels, _)| labels.contains(&format!("route=\"{route}\"")) && labels.contains("method=\"GET\"") && labels.contains(&format!("status=\"{status}\"")))
            .map(|(_, value)| value)
            .sum::<f64>()
    };
    assert!(count("/requests/{reference}", "4xx") >= 1.0, "{body}");
    assert!(count("/healthz", "2xx") >= 1.0, "{body}");
    assert!(count("unmatched", "4xx") >= 1.0, "an unknown address is one series: {body}");
    // (The path, not its number alone: a duration's digits may happen to contain "4711".)
    assert!(!body.contains("ABCD2345") && !body.contains("no-such-page"), "no address as asked for: {body}");
    assert!(body.contains("# TYPE portico_http_request_duration_seconds histogram"), "{body}");
    assert!(
        samples(&body, "portico_http_request_duration_seconds_bucket").iter().any(|(labels, _)| labels.contains("route=\"/healthz\"") && labels.contains("le=\"+Inf\"")),
        "{body}"
    );

    assert!(gauge(&body, "portico_outbox_pending") >= 1.0, "{body}");
    assert!(gauge(&body, "portico_outbox_failed") >= 1.0, "{body}");
    assert!(gauge(&body, "portico_outbox_retrying") >= 0.0, "{body}");
    assert!(gauge(&body, "portico_outbox_oldest_pending_age_seconds") >= 0.0, "{body}");
    for name in ["portico_webhooks_pending", "portico_webhooks_retrying", "portico_webhooks_failed"] {
        assert!(gauge(&body, name) >= 0.0, "{name}: {body}");
    }
    assert!(gauge(&body, "portico_sessions_live") >= 1.0, "{body}");
    assert_eq!(gauge(&body, "portico_database_up"), 1.0, "{body}");
    let open = gauge(&body, "portico_db_pool_connections");
    let max = gauge(&body, "portico_db_pool_max_connections");
    assert!(open >= 1.0 && open <= max, "{body}");
    assert!(gauge(&body, "portico_db_pool_idle_connections") <= open, "{body}");
    assert!(body.contains("portico_build_info{version=\""), "{body}");
}
