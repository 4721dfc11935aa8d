//! `spawn_app`: the real server on port 0, a fresh database, a client that keeps cookies.

use axum::{routing::get, Router};
use portico::{
    app,
    web::AppState,
    config::Config,
    web::AppError,
};
use reqwest::cookie::CookieStore;
use std::{collections::HashMap, path::PathBuf, sync::Arc};

/// Set this to a PostgreSQL URL to run the same suite on PostgreSQL (a fresh database per test).
pub const POSTGRES_ENV: &str = "PORTICO_TEST_POSTGRES_URL";

pub struct TestApp {
    pub address: String,
    /// Keeps cookies, follows no redirects: tests see exactly what the server answered.
    pub client: reqwest::Client,
    pub cookies: Arc<reqwest::cookie::Jar>,
    pub state: AppState,
    site_root: PathBuf,
    postgres: Option<(String, String)>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request failed")
    }

    /// GET with an `Accept-Language` header.
    pub async fn get_in(&self, path: &str, accept_language: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("accept-language", accept_language)
            .send()
            .await
            .expect("request failed")
    }

    pub async fn page(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    /// The value of a cookie the client holds.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let header = self.cookies.cookies(&self.address.parse().unwrap())?;
        header.to_str().ok()?.split("; ").find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
    }

    /// Opens the form at `path` and returns its CSRF token.
    pub async fn csrf(&self, path: &str) -> String {
        let html = self.page(path).await;
        csrf_in(&html).unwrap_or_else(|| panic!("no CSRF token on {path}"))
    }

    /// Posts a form as a browser on our own page would (same-origin `Origin`).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("origin", &self.address)
            .form(fields)
            .send()
            .await
            .expect("request failed")
    }

    /// Opens the form at `path`, then posts `fields` with its CSRF token.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf(path).await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        let action = path.split('?').next().unwrap();
        self.post(action, &all).await
    }

    /// Opens the page at `page`, then posts `fields` with its CSRF token to `action`.
    pub async fn submit_to(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf(page).await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(action, &all).await
    }

    /// Opens the page at `path`, then posts its form as multipart with one file.
    pub async fn submit_file(&self, path: &str, field: &str, file_name: &str, bytes: Vec<u8>, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf(path).await;
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        form = form.part(field.to_owned(), reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()));
        self.client.post(self.url(path)).header("origin", &self.address).multipart(form).send().await.expect("request failed")
    }

    /// The newest email in the outbox to `to`: (kind, subject, body).
    pub async fn last_email(&self, to: &str) -> Option<(String, String, String)> {
        portico::with_db!(&self.state.db, |pool| sqlx::query_as::<_, (String, String, String)>(
            "SELECT kind, subject, body FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1"
        )
        .bind(to)
        .fetch_optional(pool)
        .await)
        .unwrap()
    }

    /// The path and query of the link in the newest email to `to`.
    pub async fn link_in_email(&self, to: &str) -> String {
        let (_, _, body) = self.last_email(to).await.expect("an email");
        let start = body.find(&self.address).expect("a link to this site");
        let link = body[start..].split_whitespace().next().unwrap();
        link[self.address.len()..].to_owned()
    }

    /// Creates and verifies a citizen account, leaving the client signed out.
    pub async fn citizen(&self, email: &str, password: &str) {
        let response = self.submit("/account/create", &[("email", email), ("password", password)]).await;
        assert_eq!(response.status(), 303, "account creation");
        let link = self.link_in_email(email).await;
        assert_eq!(self.get(&link).await.status(), 200, "verification link");
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.submit("/sign-in", &[("email", email), ("password", password)]).await
    }
}

/// The CSRF token in a page's form.
pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find(r#"name="csrf_token" value=""#)? + r#"name="csrf_token" value=""#.len();
    Some(html[at..].split('"').next()?.to_owned())
}

pub const PASSWORD: &str = "correct horse battery staple";

/// The smallest PNG header: enough for the content check.
pub fn png() -> Vec<u8> {
    let mut bytes = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    bytes.extend_from_slice(&[0u8; 64]);
    bytes
}

impl TestApp {
    /// Another browser on the same server: its own cookies, so another person signed in.
    /// Dropping it leaves the server and its database alone.
    pub fn another_browser(&self) -> TestApp {
        let cookies = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        TestApp { address: self.address.clone(), client, cookies, state: self.state.clone(), site_root: PathBuf::new(), postgres: None }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if !self.site_root.as_os_str().is_empty() {
            let _ = std::fs::remove_dir_all(&self.site_root);
        }
        if let Some((admin_url, name)) = self.postgres.take() {
            // Drop runs outside async code: a short-lived runtime removes this test's database.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin_url).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                            .execute(&pool)
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Starts the app with extra environment settings, e.g. `[("PORTICO_SECURE_COOKIES", "true")]`.
pub async fn spawn_app_with(settings: &[(&str, &str)]) -> TestApp {
    spawn(None, settings, &|url: &str| url.to_owned()).await
}

/// Starts the app on `listener`, bound beforehand: another server that must know Portico's
/// address before Portico starts (the test identity provider) can be given it.
pub async fn spawn_app_on(listener: tokio::net::TcpListener, settings: &[(&str, &str)]) -> TestApp {
    spawn(Some(listener), settings, &|url: &str| url.to_owned()).await
}

/// Starts the app on a fresh database reached through `through`, which rewrites its URL (to
/// send it through a proxy the test controls).
pub async fn spawn_app_through(through: &dyn Fn(&str) -> String) -> TestApp {
    spawn(None, &[], through).await
}

async fn spawn(listener: Option<tokio::net::TcpListener>, settings: &[(&str, &str)], through: &dyn Fn(&str) -> String) -> TestApp {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let site_root = std::env::temp_dir().join(format!("portico-test-{id}"));
    std::fs::create_dir_all(site_root.join("pkg")).unwrap();
    std::fs::write(site_root.join("pkg/portico.css"), "body{margin:0}").unwrap();

    let mut postgres = None;
    let database_url = match std::env::var(POSTGRES_ENV).ok().filter(|u| !u.is_empty()) {
        Some(admin_url) => {
            let name = format!("portico_test_{id}");
            let template = postgres_template(&admin_url).await;
            let pool = sqlx::PgPool::connect(&admin_url).await.expect("cannot reach PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"")).execute(&pool).await.unwrap();
            // A test database lives for one test, on a server that does not crash under it:
            // commits need not wait for the disk (a Portico killed mid-test loses nothing by it).
            sqlx::query(&format!("ALTER DATABASE \"{name}\" SET synchronous_commit = off")).execute(&pool).await.unwrap();
            pool.close().await;
            let url = with_database_name(&admin_url, &name);
            postgres = Some((admin_url, name));
            url
        }
        None => {
            let file = site_root.join("portico.db");
            std::fs::copy(sqlite_template().await, &file).unwrap();
            format!("sqlite:{}", file.display())
        }
    };

    let mut env: HashMap<String, String> = HashMap::from([
        ("LEPTOS_SITE_ADDR".into(), "127.0.0.1:0".into()),
        ("LEPTOS_SITE_ROOT".into(), site_root.display().to_string()),
        ("DATABASE_URL".into(), through(&database_url)),
        ("PORTICO_SECURE_COOKIES".into(), "false".into()),
        ("PORTICO_LOCALES_DIR".into(), concat!(env!("CARGO_MANIFEST_DIR"), "/locales").into()),
        ("PORTICO_SERVICES_DIR".into(), concat!(env!("CARGO_MANIFEST_DIR"), "/src/services/definitions").into()),
        ("PORTICO_LOG".into(), "warn".into()),
        ("PORTICO_OUTBOX_DIR".into(), site_root.join("outbox").display().to_string()),
        ("PORTICO_UPLOADS_DIR".into(), site_root.join("uploads").display().to_string()),
    ]);
    for (k, v) in settings {
        env.insert(k.to_string(), v.to_string());
    }
    let listener = match listener {
        Some(listener) => listener,
        None => tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap(),
    };
    let address = format!("http://{}", listener.local_addr().unwrap());
    env.insert("PORTICO_PUBLIC_URL".into(), address.clone());
    let config = Config::from_lookup(|name| env.get(name).cloned()).expect("test configuration");
    app::init_tracing(&config);
    let state = app::state(config).await.expect("app state");
    let router = app::router(state.clone(), test_routes())
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    let cookies = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(cookies.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp { address, client, cookies, state, site_root, postgres }
}

/// Routes that exist only in tests, to reach paths no real page takes on purpose.
fn test_routes() -> Router<AppState> {
    Router::new()
        .route("/__test/fail", get(|| async { Err::<(), _>(AppError::internal("simulated failure")) }))
        .route("/__test/panic", get(|| async { panic!("simulated panic"); #[allow(unreachable_code)] () }))
}

/// The migrated SQLite file every SQLite test database is copied from, made once per test
/// process: copying a file is cheaper than applying every migration again for each test. The
/// server still runs its migrations at start (they find nothing to do).
async fn sqlite_template() -> &'static std::path::Path {
    static TEMPLATE: tokio::sync::OnceCell<std::path::PathBuf> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let dir = std::env::temp_dir().join(format!("portico-template-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join("portico.db");
            let url = portico::config::DatabaseUrl::parse(&format!("sqlite:{}", file.display())).unwrap();
            let db = portico::db::Db::connect(&url).await.expect("create the SQLite template");
            db.migrate().await.expect("migrate the SQLite template");
            portico::session::Store::new(&db).migrate().await.expect("the session table in the template");
            // Everything into the file itself, so that copying the file copies the database.
            let portico::db::Db::Sqlite(pool) = &db else { unreachable!("a SQLite address") };
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await.expect("checkpoint the template");
            db.close().await;
            file
        })
        .await
}

/// The migrated database every PostgreSQL test database is copied from: copying a database is
/// cheaper than applying every migration again for each test. Made once per set of migrations
/// (its name carries their hash) and kept between runs; the server still runs its migrations at
/// start, so a template that lacked something would cost time, never correctness.
async fn postgres_template(admin_url: &str) -> String {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE.get_or_init(|| make_postgres_template(admin_url.to_owned())).await.clone()
}

async fn make_postgres_template(admin_url: String) -> String {
    use sqlx::{Connection, Executor};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        std::hash::Hash::hash(&(file.file_name(), std::fs::read(file).unwrap()), &mut hasher);
    }
    let name = format!("portico_template_{:016x}", std::hash::Hasher::finish(&hasher));
    // One connection holds an advisory lock while it checks and builds, so that two test
    // processes at once build it once; the template appears under its name only when whole.
    let mut admin = sqlx::PgConnection::connect(&admin_url).await.expect("cannot reach PostgreSQL");
    admin.execute("SELECT pg_advisory_lock(72465)").await.unwrap();
    let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1").bind(&name).fetch_optional(&mut admin).await.unwrap();
    if exists.is_none() {
        let building = format!("{name}_building");
        admin.execute(format!("DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)").as_str()).await.unwrap();
        admin.execute(format!("CREATE DATABASE \"{building}\"").as_str()).await.unwrap();
        let url = portico::config::DatabaseUrl::parse(&with_database_name(&admin_url, &building)).unwrap();
        let db = portico::db::Db::connect(&url).await.expect("connect to the template");
        db.migrate().await.expect("migrate the template");
        portico::session::Store::new(&db).migrate().await.expect("the session table in the template");
        db.close().await;
        admin.execute(format!("ALTER DATABASE \"{building}\" RENAME TO \"{name}\"").as_str()).await.unwrap();
        // Templates of older migrations are no use to anyone.
        let old: Vec<String> = sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'portico\\_template\\_%' AND datname <> $1")
            .bind(&name)
            .fetch_all(&mut admin)
            .await
            .unwrap();
        for db in old {
            let _ = admin.execute(format!("DROP DATABASE IF EXISTS \"{db}\"").as_str()).await;
        }
    }
    admin.execute("SELECT pg_advisory_unlock(72465)").await.unwrap();
    let _ = admin.close().await;
    name
}

fn with_database_name(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let base = base.rsplit_once('/').map_or(base, |(head, _)| head);
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// Text of the `<title>` element, without Fluent's bidi isolation marks.
pub fn title_of(html: &str) -> String {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    let end = html[start..].find("</title>").unwrap() + start;
    strip_isolation(&html[start..end])
}

pub fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Starts another instance of Portico on the same database as `app` (as a second server behind a
/// load balancer would be) and returns its address. Cookies for 127.0.0.1 go to both.
pub async fn second_instance(app: &TestApp) -> String {
    let config = (*app.state.config).clone();
    let state = app::state(config).await.expect("second instance");
    // As a serving instance does, it watches the stored services.
    state.services.spawn_poller(state.db.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let router = app::router(state, Router::new()).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

/// Every `.rs` file under `dir`, however deep.
pub fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}
