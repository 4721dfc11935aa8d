//! `GET /metrics`: Prometheus metrics for the council's monitoring, behind a bearer token.
//!
//! Recording goes through the `metrics` facade into `metrics-exporter-prometheus`'s recorder, which
//! is installed once per process; this module's own route renders its handle, so no second HTTP
//! listener runs. What is exposed (the names are listed in OPERATIONS.md):
//!
//! - every request, counted and timed by its route *as declared* (axum's [`MatchedPath`], e.g.
//!   `/requests/{reference}`, never the address asked for, so references and ids cannot multiply
//!   the series), its method and its status class (`2xx` …);
//! - read at each scrape: the connection pool, the outbox's backlog and the live sessions.
//!
//! Without `PORTICO_METRICS_TOKEN` there is no `/metrics` (it is an unknown address like any
//! other) and nothing is recorded. With it, a request without that token, or with another, gets
//! 401. The route sits outside the session layer and the cross-site check: a scrape creates no
//! session, and a GET needs no form token.

use crate::{config::MetricsToken, tokens::constant_time_eq, web::AppState};
use axum::{
    extract::{MatchedPath, Request, State},
    http::{header, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use metrics::{Counter, Histogram, Unit};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    sync::{OnceLock, PoisonError, RwLock},
    time::{Duration, Instant},
};

pub const REQUESTS: &str = "portico_http_requests_total";
pub const REQUEST_DURATION: &str = "portico_http_request_duration_seconds";
pub const POOL_OPEN: &str = "portico_db_pool_connections";
pub const POOL_IDLE: &str = "portico_db_pool_idle_connections";
pub const POOL_MAX: &str = "portico_db_pool_max_connections";
pub const DATABASE_UP: &str = "portico_database_up";
pub const OUTBOX_PENDING: &str = "portico_outbox_pending";
pub const OUTBOX_RETRYING: &str = "portico_outbox_retrying";
pub const OUTBOX_FAILED: &str = "portico_outbox_failed";
pub const OUTBOX_OLDEST: &str = "portico_outbox_oldest_pending_age_seconds";
pub const WEBHOOKS_PENDING: &str = "portico_webhooks_pending";
pub const WEBHOOKS_RETRYING: &str = "portico_webhooks_retrying";
pub const WEBHOOKS_FAILED: &str = "portico_webhooks_failed";
pub const SESSIONS_LIVE: &str = "portico_sessions_live";
pub const BUILD_INFO: &str = "portico_build_info";

/// The route label of a request that matched no route (a 404): one series for all of them.
const UNMATCHED: &str = "unmatched";

/// Upper bounds of the latency buckets, in seconds: a page should take milliseconds; seconds
/// mean something waits (the database, argon2 at sign-in).
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

/// The scrape's own queries give up after this, so a database that hangs cannot hang the scrape.
const QUERY_TIMEOUT: Duration = Duration::from_secs(2);

/// `/metrics` when a token is configured; without one, nothing (so the address is unknown).
pub fn router(config: &crate::config::Config) -> Router<AppState> {
    match config.metrics_token {
        Some(_) => Router::new().route("/metrics", get(scrape)),
        None => Router::new(),
    }
}

/// Installs the process's recorder (once) when a token is configured, and answers whether this
/// instance is to record requests: without a token the router leaves [`track`] out altogether.
pub fn start(config: &crate::config::Config) -> bool {
    config.metrics_token.is_some() && handle().is_some()
}

/// The middleware: counts and times every request by route, method and status class. Per request
/// it costs two map look-ups under a read lock, an atomic increment and one histogram sample, no
/// allocation of its own: each series is registered (and its labels allocated) once, on its first
/// request.
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(request.method());
    // Present only once a route matched: the layer runs inside the router (`Router::layer`).
    let route = request.extensions().get::<MatchedPath>().cloned();
    let response = next.run(request).await;
    let route = route.as_ref().map_or(UNMATCHED, MatchedPath::as_str);
    observe(route, method, status_label(response.status()), started.elapsed());
    response
}

type Series = (Counter, Histogram);

/// The counter and histogram of each (route, method, status class) seen so far in this process.
/// Bounded: routes are the router's declared ones (plus [`UNMATCHED`]), methods and classes are
/// fixed lists.
static SERIES: OnceLock<RwLock<HashMap<String, HashMap<(&'static str, &'static str), Series>>>> = OnceLock::new();

fn observe(route: &str, method: &'static str, status: &'static str, elapsed: Duration) {
    let record = |(count, duration): &Series| {
        count.increment(1);
        duration.record(elapsed);
    };
    let series = SERIES.get_or_init(Default::default);
    if let Some(found) = series.read().unwrap_or_else(PoisonError::into_inner).get(route).and_then(|by| by.get(&(method, status))) {
        return record(found);
    }
    let mut all = series.write().unwrap_or_else(PoisonError::into_inner);
    let found = all.entry(route.to_owned()).or_default().entry((method, status)).or_insert_with(|| {
        let labels = [("route", route.to_owned()), ("method", method.to_owned()), ("status", status.to_owned())];
        (metrics::counter!(REQUESTS, &labels), metrics::histogram!(REQUEST_DURATION, &labels))
    });
    record(found);
}

/// A fixed set, so that a client inventing methods cannot add series.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

fn status_label(status: StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// The process's Prometheus handle, installing the recorder on first use. `None` only if another
/// recorder was installed first (then nothing of ours is recorded, and the log says so).
fn handle() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE.get_or_init(install).as_ref()
}

fn install() -> Option<PrometheusHandle> {
    let builder = match PrometheusBuilder::new().set_buckets(&BUCKETS) {
        Ok(builder) => builder,
        Err(error) => {
            tracing::warn!(%error, "metrics: cannot configure the recorder");
            return None;
        }
    };
    let recorder = builder.build_recorder();
    let handle = recorder.handle();
    if let Err(error) = metrics::set_global_recorder(recorder) {
        tracing::warn!(%error, "metrics: another recorder is installed; /metrics shows nothing of Portico's");
        return None;
    }
    describe();
    // Histogram samples wait in a buffer until upkeep (or a scrape) folds them into the buckets;
    // without this a server nobody scrapes would grow it for ever.
    let upkeep = handle.clone();
    let spawned = std::thread::Builder::new().name("metrics-upkeep".into()).spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        upkeep.run_upkeep();
    });
    if let Err(error) = spawned {
        tracing::warn!(%error, "metrics: cannot start the upkeep thread; histograms are folded at each scrape only");
    }
    Some(handle)
}

fn describe() {
    metrics::describe_counter!(REQUESTS, Unit::Count, "HTTP requests answered, by declared route, method and status class");
    metrics::describe_histogram!(REQUEST_DURATION, Unit::Seconds, "Time to the response's head, by declared route, method and status class");
    metrics::describe_gauge!(POOL_OPEN, Unit::Count, "Open database connections of this instance's pool, idle or in use");
    metrics::describe_gauge!(POOL_IDLE, Unit::Count, "Idle database connections of this instance's pool");
    metrics::describe_gauge!(POOL_MAX, Unit::Count, "The most connections this instance's pool opens");
    metrics::describe_gauge!(DATABASE_UP, "1 when the scrape's database queries answered, 0 when they did not (the outbox and session gauges then keep their last values)");
    metrics::describe_gauge!(OUTBOX_PENDING, Unit::Count, "Emails not sent yet that will be tried (shared database: the same on every instance)");
    metrics::describe_gauge!(OUTBOX_RETRYING, Unit::Count, "Pending emails whose last attempt failed");
    metrics::describe_gauge!(OUTBOX_FAILED, Unit::Count, "Emails given up on after every attempt failed");
    metrics::describe_gauge!(OUTBOX_OLDEST, Unit::Seconds, "Age of the oldest pending email, 0 when none");
    metrics::describe_gauge!(WEBHOOKS_PENDING, Unit::Count, "Webhook deliveries still to be tried, to endpoints turned off too (shared database)");
    metrics::describe_gauge!(WEBHOOKS_RETRYING, Unit::Count, "Pending webhook deliveries whose last attempt failed");
    metrics::describe_gauge!(WEBHOOKS_FAILED, Unit::Count, "Webhook deliveries given up on after a whole round of attempts, until sent again");
    metrics::describe_gauge!(SESSIONS_LIVE, Unit::Count, "Sessions not expired (shared database: the same on every instance)");
    metrics::describe_gauge!(BUILD_INFO, "Always 1; the version label is the running Portico's");
}

/// `GET /metrics`: the Prometheus text format, for the holder of the token.
async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = &state.config.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !presents(&headers, token) {
        return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response();
    }
    let Some(handle) = handle() else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    read_gauges(&state).await;
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
        .into_response()
}

/// Whether the request carries `Authorization: Bearer <token>`. Both sides are hashed first, so
/// the comparison takes the same time whatever was sent, its length included.
fn presents(headers: &HeaderMap, token: &MetricsToken) -> bool {
    let Some((scheme, presented)) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.split_once(' ')) else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer")
        && constant_time_eq(&Sha256::digest(presented.trim().as_bytes()), &Sha256::digest(token.as_str().as_bytes()))
}

/// Sets the gauges that are read rather than counted: the pool from memory, the outbox and the
/// sessions with one query each.
async fn read_gauges(state: &AppState) {
    let pool = state.db.pool_stats();
    metrics::gauge!(POOL_OPEN).set(pool.open);
    metrics::gauge!(POOL_IDLE).set(pool.idle as f64);
    metrics::gauge!(POOL_MAX).set(pool.max);
    metrics::gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);

    let mut up = true;
    match tokio::time::timeout(QUERY_TIMEOUT, crate::email::backlog(&state.db)).await {
        Ok(Ok(backlog)) => {
            metrics::gauge!(OUTBOX_PENDING).set(backlog.pending as f64);
            metrics::gauge!(OUTBOX_RETRYING).set(backlog.retrying as f64);
            metrics::gauge!(OUTBOX_FAILED).set(backlog.failed as f64);
            let age = backlog.oldest_pending.map_or(0.0, |queued| (chrono::Utc::now() - queued).num_milliseconds().max(0) as f64 / 1000.0);
            metrics::gauge!(OUTBOX_OLDEST).set(age);
        }
        Ok(Err(error)) => {
            tracing::warn!(%error, "metrics: cannot count the outbox");
            up = false;
        }
        Err(_) => {
            tracing::warn!("metrics: counting the outbox timed out");
            up = false;
        }
    }
    match tokio::time::timeout(QUERY_TIMEOUT, crate::webhooks::store::backlog(&state.db)).await {
        Ok(Ok(backlog)) => {
            metrics::gauge!(WEBHOOKS_PENDING).set(backlog.pending as f64);
            metrics::gauge!(WEBHOOKS_RETRYING).set(backlog.retrying as f64);
            metrics::gauge!(WEBHOOKS_FAILED).set(backlog.failed as f64);
        }
        Ok(Err(error)) => {
            tracing::warn!(%error, "metrics: cannot count the webhook deliveries");
            up = false;
        }
        Err(_) => {
            tracing::warn!("metrics: counting the webhook deliveries timed out");
            up = false;
        }
    }
    match tokio::time::timeout(QUERY_TIMEOUT, crate::session::live_count(&state.db)).await {
        Ok(Ok(live)) => metrics::gauge!(SESSIONS_LIVE).set(live as f64),
        Ok(Err(error)) => {
            tracing::warn!(%error, "metrics: cannot count the sessions");
            up = false;
        }
        Err(_) => {
            tracing::warn!("metrics: counting the sessions timed out");
            up = false;
        }
    }
    metrics::gauge!(DATABASE_UP).set(if up { 1.0 } else { 0.0 });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bearer(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, value.parse().unwrap());
        headers
    }

    #[test]
    fn only_the_configured_bearer_token_opens_the_metrics() {
        let token = MetricsToken::parse("0123456789abcdef0123456789abcdef").unwrap();
        assert!(presents(&bearer("Bearer 0123456789abcdef0123456789abcdef"), &token));
        assert!(presents(&bearer("bearer 0123456789abcdef0123456789abcdef"), &token), "the scheme is case-insensitive");
        assert!(!presents(&bearer("Bearer 0123456789abcdef0123456789abcdeg"), &token));
        assert!(!presents(&bearer("Bearer 0123456789abcdef"), &token));
        assert!(!presents(&bearer("Basic 0123456789abcdef0123456789abcdef"), &token));
        assert!(!presents(&HeaderMap::new(), &token));
    }

    #[test]
    fn methods_and_statuses_are_labelled_from_fixed_lists() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::from_bytes(b"BREW").unwrap()), "other");
        assert_eq!(status_label(StatusCode::SEE_OTHER), "3xx");
        assert_eq!(status_label(StatusCode::UNPROCESSABLE_ENTITY), "4xx");
        assert_eq!(status_label(StatusCode::SERVICE_UNAVAILABLE), "5xx");
    }
}
