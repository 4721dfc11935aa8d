//! The real `portico` binary, started as an operator would: from an empty folder, with nothing
//! but a database URL. It must serve the whole portal from what is built into it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A temporary folder, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("portico-{name}-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The binary as a child process, stopped when dropped (also when an assertion fails).
pub struct Server {
    pub child: Child,
    pub address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `portico` with a clean environment: no `PORTICO_*_DIR`, nothing inherited.
fn portico(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_portico"));
    command.current_dir(dir).env_clear();
    command
}

/// Starts `portico` in the empty folder `dir` and waits until `/healthz` answers.
async fn serve_from(dir: &Path) -> Server {
    serve_with(dir, &[]).await
}

/// Starts `portico` in `dir` on SQLite (`dir/portico.db`) with extra settings, and waits until
/// `/healthz` answers.
pub async fn serve_with(dir: &Path, settings: &[(&str, &str)]) -> Server {
    // A free port: the binary is told the address, so it cannot be given port 0 and report back.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = portico(dir)
        .env("DATABASE_URL", format!("sqlite:{}", dir.join("portico.db").display()))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("PORTICO_SECURE_COOKIES", "false")
        .envs(settings.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the portico binary starts");
    let mut server = Server { child, address: format!("http://127.0.0.1:{port}") };
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(response) = reqwest::get(format!("{}/healthz", server.address)).await {
            if response.status().is_success() {
                return server;
            }
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            let mut stderr = String::new();
            if let Some(mut pipe) = server.child.stderr.take() {
                use std::io::Read;
                let _ = pipe.read_to_string(&mut stderr);
            }
            panic!("portico stopped before serving ({status}): {stderr}");
        }
        assert!(Instant::now() < deadline, "portico did not answer /healthz within a minute");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn page(server: &Server, path: &str) -> String {
    let response = reqwest::get(format!("{}{path}", server.address)).await.expect("request failed");
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn the_binary_started_in_an_empty_folder_serves_the_portal_from_what_is_built_in() {
    let empty = TempDir::new("binary");
    let server = serve_from(&empty.0).await;

    let home = page(&server, "/").await;
    let services = page(&server, "/services").await;
    let welsh = page(&server, "/?lang=cy").await;

    assert!(home.contains(r#"<html lang="en" dir="ltr">"#), "{home}");
    assert!(services.contains("Apply for a resident parking permit"), "{services}");
    assert!(welsh.contains(r#"<html lang="cy" dir="ltr">"#), "{welsh}");
    assert!(welsh.contains("Beth allwch chi ei wneud yma"), "{welsh}");
    // Nothing was read from, or needed in, the working folder but the database it was told to use.
    assert!(!empty.0.join("locales").exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn l10n_check_fails_when_a_complete_language_loses_a_message() {
    let root = TempDir::new("l10n-root");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), &root.0.join("locales"));
    let check = || portico(&root.0).args(["l10n", "check", "--root"]).arg(&root.0).output().unwrap();

    let whole = check();
    let welsh = root.0.join("locales/cy/shell.ftl");
    let text = std::fs::read_to_string(&welsh).unwrap();
    let without: String = text.lines().filter(|l| !l.starts_with("shell-skip-link =")).map(|l| format!("{l}\n")).collect();
    assert_ne!(text, without, "the Welsh shell has shell-skip-link");
    std::fs::write(&welsh, without).unwrap();
    let gap = check();

    assert_eq!(whole.status.code(), Some(0), "{}", String::from_utf8_lossy(&whole.stdout));
    assert_eq!(gap.status.code(), Some(1));
    let report = String::from_utf8_lossy(&gap.stdout);
    let line = report.lines().find(|l| l.contains("error[missing-message]")).unwrap_or_else(|| panic!("{report}"));
    assert!(line.contains("'shell-skip-link'") && line.contains("'cy'"), "{line}");
}
