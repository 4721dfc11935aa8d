//! The application: builds the shared state ([`AppState`], defined below every module in
//! `web::state`), merges every module's routes, adds the middleware stack, and starts up.

use crate::{
    config::{Config, LogFormat},
    db::{Db, DbError},
    email::{Outbox, Transport},
    i18n::{Catalog, CatalogError, Language, LANGUAGE_COOKIE, LANGUAGE_PARAM},
    services::live::LiveServices,
    session,
    web::{errors, security, AppState},
};
use axum::{
    extract::{Request, State},
    http::header,
    middleware::{self, Next},
    response::Response,
    Router,
};
use leptos::config::LeptosOptions;
use std::sync::Arc;
use tower_http::{
    catch_panic::CatchPanicLayer,
    services::ServeFile,
    trace::TraceLayer,
};

/// Why Portico could not start. Each prints as one line for the operator.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("translations: {0}")]
    Catalog(#[from] CatalogError),
    #[error("database: {0}")]
    Db(#[from] DbError),
    #[error("sessions: {0}")]
    Sessions(sqlx::Error),
    #[error("{0}")]
    Email(String),
    #[error("shipped services: {0}")]
    Versions(crate::services::versions::FilesError),
    #[error("shipped service: {0}")]
    Store(crate::services::versions::StoreError),
    #[error("identity providers: {0}")]
    Identity(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: std::net::SocketAddr, source: std::io::Error },
    #[error("server stopped: {0}")]
    Serve(std::io::Error),
}

/// Builds the application's state: connects to the database, applies migrations, loads the
/// translations and service definitions, and makes sure every team a definition names exists.
pub async fn state(config: Config) -> Result<AppState, StartError> {
        let catalog = Catalog::load_source(&config.locales, config.development)?;
        let db = Db::connect(&config.database_url).await?;
        db.migrate().await?;
        // A fresh database takes the shipped services as their first live versions.
        let shipped = crate::services::versions::shipped_from(&config.services, &config.locales).map_err(StartError::Versions)?;
        crate::services::versions::import_shipped(&db, &shipped).await.map_err(StartError::Store)?;
        let services = LiveServices::load(&db, config.development).await.map_err(|e| StartError::Db(DbError::from(e)))?;
        crate::casework::admin::sync_teams(&db, &services.get()).await.map_err(|e| StartError::Db(crate::db::DbError::from(e)))?;
        let sessions = session::Store::new(&db);
        sessions.migrate().await.map_err(StartError::Sessions)?;
        let leptos = LeptosOptions::builder()
            .output_name("portico")
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(config.site_addr)
            .build();
        let catalog = Arc::new(crate::i18n::LiveCatalog::new(catalog, &config.locales, config.development));
        let identity = crate::identity::Providers::new(&config.identity_providers, &config.public_url).map_err(StartError::Identity)?;
        Ok(AppState {
            config: Arc::new(config),
            db,
            catalog,
            leptos,
            sessions,
            outbox: Outbox::default(),
            services: Arc::new(services),
            identity: Arc::new(identity),
        })
}

/// Starts the background work of a serving instance: email delivery, session clean-up, and
/// watching the stored services.
pub fn start_workers(state: &AppState) -> Result<(), StartError> {
    let transport = Transport::from_config(&state.config).map_err(StartError::Email)?;
    if let Transport::Folder(dir) = &transport {
        tracing::info!(folder = %dir.display(), "no SMTP server configured: emails go to the development outbox");
    }
    state.outbox.spawn_worker(state.db.clone(), transport);
    let webhooks = crate::webhooks::worker::Sender::from_state(state).map_err(StartError::Email)?;
    crate::webhooks::worker::spawn_worker(state.db.clone(), webhooks, state.outbox.clone());
    state.sessions.spawn_cleanup(state.db.clone(), session_cleanups());
    crate::audit::checkpoint::spawn(state.db.clone(), state.config.audit_key.clone(), state.config.audit_checkpoint_minutes);
    if state.config.audit_key.development && !state.config.development {
        tracing::warn!("PORTICO_AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with the published development key and prove nothing");
    }
    crate::retention::job::spawn(state.db.clone(), state.services.clone(), crate::retention::job::Settings::from_config(&state.config));
    // A version published on another instance is served here within seconds.
    state.services.spawn_poller(state.db.clone());
    Ok(())
}

/// What the periodic session clean-up also deletes: the identity providers' notes of sessions
/// that ended, and used logout tokens past their lifetime.
pub fn session_cleanups() -> Vec<session::Cleanup> {
    fn identity(db: crate::db::Db) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<u64, sqlx::Error>> + Send>> {
        Box::pin(async move { crate::identity::store::delete_stale(&db).await })
    }
    let identity: session::Cleanup = Arc::new(identity);
    vec![identity]
}

/// The whole application. `extra` lets tests add routes (for example one that fails on purpose)
/// that then pass through the same middleware as every real route.
pub fn router(state: AppState, extra: Router<AppState>) -> Router {
    // Built files are served outside the session layer: a stylesheet needs no session, and
    // loading one from the database for every asset would be waste.
    let root = &state.config.site_root;
    let assets = crate::web::assets::Assets::load(&root.join("pkg"));
    let files = Router::new()
        .route("/pkg/{name}", axum::routing::get(crate::web::assets::serve).with_state(assets))
        .route_service("/favicon.svg", ServeFile::new(root.join("favicon.svg")));

    let pages = Router::new()
        .merge(crate::site::router())
        .merge(crate::auth::router())
        .merge(crate::profile::router())
        .merge(crate::identity::pages::router(&state.identity))
        .merge(crate::services::journey::router())
        .merge(crate::requests::pages::router())
        .merge(crate::casework::pages::router())
        .merge(crate::audit::router())
        .merge(crate::casework::admin::router())
        .merge(crate::webhooks::router())
        .merge(crate::api::pages::router())
        .merge(crate::designer::router())
        .merge(crate::feedback::router())
        .merge(crate::performance::router())
        .merge(crate::rpc::router())
        .merge(extra)
        .fallback(errors::not_found)
        .method_not_allowed_fallback(errors::wrong_method)
        // Layers run outside-in in the reverse order of this list: cross-site posts never reach
        // a handler, and error pages know the request's language and who is signed in.
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(middleware::from_fn(security::same_origin))
        .layer(middleware::from_fn(security::body_limit))
        .layer(middleware::from_fn_with_state(state.clone(), errors::pages))
        .layer(middleware::from_fn_with_state(state.clone(), language))
        .layer(state.sessions.layer(state.config.secure_cookies));

    Router::new()
        .merge(files)
        .merge(crate::health::router())
        .merge(crate::metrics::router(&state.config))
        // Outside the session layer and the pages' middleware: no cookie is read there.
        .merge(crate::api::router(&state))
        .merge(pages)
        // Around everything: security headers on every response, and the request log.
        .layer(middleware::from_fn_with_state(state.config.secure_cookies, security::headers))
        // Inside the router, so each request is counted by the route it matched (`/metrics`);
        // without a metrics token the layer is left out, costing nothing.
        .layer(tower::util::option_layer(crate::metrics::start(&state.config).then(|| middleware::from_fn(crate::metrics::track))))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            // The path only: a query string may carry what a person typed.
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .with_state(state)
}

/// Negotiates the request's language and, when the person picked one with the switcher,
/// remembers it in a cookie.
async fn language(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let picked_now = request.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == LANGUAGE_PARAM)
            .and_then(|(_, v)| state.catalog.get().language(&v).cloned())
    });
    let remembered = cookie(&request, LANGUAGE_COOKIE);
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let language: Language = match &picked_now {
        Some(language) => language.clone(),
        None => state.catalog.get().negotiate(remembered.as_deref(), accept).clone(),
    };
    request.extensions_mut().insert(language);

    let mut response = next.run(request).await;
    if let Some(language) = picked_now {
        crate::web::language::set_language_cookie(&mut response, &language.code, state.config.secure_cookies);
    }
    response
}

/// The value of cookie `name` in the request, if any.
pub fn cookie(request: &Request, name: &str) -> Option<String> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// Sets up structured logging. Safe to call more than once (tests do).
pub fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.log_filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Starts Portico and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), StartError> {
    let addr = config.site_addr;
    let state = state(config).await?;
    start_workers(&state)?;
    tracing::info!(database = state.db.kind(), languages = state.catalog.get().languages().len(), "ready");
    let listener =
        tokio::net::TcpListener::bind(addr).await.map_err(|source| StartError::Bind { addr, source })?;
    tracing::info!("listening on http://{addr}");
    let app = router(state.clone(), Router::new()).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(StartError::Serve)?;
    state.db.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
