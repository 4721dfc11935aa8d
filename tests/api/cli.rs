//! The `portico` command itself: the real binary, run as an operator would. Help and usage errors
//! run in an empty folder with no environment, which proves they read no settings.

use crate::helpers::{spawn_app, PASSWORD};
use portico::auth::staff_accounts::add_staff;
use portico::config::DatabaseUrl;
use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

/// An empty folder of its own, removed afterwards.
struct EmptyDir(PathBuf);

impl EmptyDir {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("portico-cli-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for EmptyDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `portico ARGS` in `dir` with only the environment given, and `stdin` as its input.
fn portico_in(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the portico binary runs");
    // A command that reads no input may exit before we write: a broken pipe is no failure here.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// `portico ARGS` in an empty folder, with no environment at all.
fn portico(args: &[&str]) -> Output {
    portico_in(&EmptyDir::new().0, args, &[], "")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn every_command_and_subcommand_has_help_naming_its_flags() {
    let commands: &[(&[&str], &[&str])] = &[
        (&[], &["serve", "migrate", "staff", "l10n", "services", "seed", "export", "api-keys", "help", "--version"]),
        (&["export", "requests"], &["--service", "--since", "--format", "jsonl", "csv"]),
        (&["api-keys", "add"], &["--name", "--team", "--scope", "read-write", "--days", "--per-minute"]),
        (&["services"], &["list", "export", "import", "publish"]),
        (&["services", "import"], &["<DIR>", "draft", "byte for byte"]),
        (&["services", "publish"], &["<ID>", "live"]),
        (&["services", "list"], &["version"]),
        (&["services", "export"], &["<ID>", "--version", "--to"]),
        (&["serve"], &["Serve Portico"]),
        (&["migrate"], &["migrations"]),
        (&["staff"], &["add", "link-identity"]),
        (&["staff", "link-identity"], &["--email", "--provider", "--subject"]),
        (&["staff", "add"], &["--email", "--name", "--role", "caseworker", "designer", "translator", "admin", "--team", "standard input"]),
        (&["l10n"], &["check", "status"]),
        (&["l10n", "check"], &["--database", "DATABASE_URL"]),
        (&["l10n", "check"], &["--json", "--root"]),
        (&["l10n", "status"], &["--json", "--root"]),
        (&["seed"], &["--requests", "--confirm"]),
    ];
    for (command, mentions) in commands {
        let args: Vec<&str> = command.iter().copied().chain(["--help"]).collect();
        let output = portico(&args);
        let help = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "portico {}: {}", args.join(" "), stderr(&output));
        assert!(help.contains("Usage: portico"), "portico {}:\n{help}", args.join(" "));
        for mention in *mentions {
            assert!(help.contains(mention), "portico {} should mention {mention}:\n{help}", args.join(" "));
        }
    }
}

#[test]
fn help_is_still_a_command() {
    let output = portico(&["help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("staff"), "{}", stdout(&output));

    let staff = portico(&["help", "staff", "add"]);
    assert_eq!(staff.status.code(), Some(0));
    assert!(stdout(&staff).contains("--role"), "{}", stdout(&staff));
}

#[test]
fn version_prints_the_crate_version() {
    let output = portico(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output).trim(), format!("portico {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_flag_exits_2_and_names_it() {
    for args in [&["migrate", "--no-such-flag"][..], &["l10n", "check", "--no-such-flag"], &["--no-such-flag"]] {
        let output = portico(args);
        assert_eq!(output.status.code(), Some(2), "portico {}", args.join(" "));
        assert!(stderr(&output).contains("'--no-such-flag'"), "portico {}: {}", args.join(" "), stderr(&output));
    }
}

#[test]
fn an_unknown_command_exits_2_and_names_it() {
    let output = portico(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("'frobnicate'"), "{}", stderr(&output));
}

#[test]
fn staff_add_with_an_unknown_role_exits_2_naming_the_value_and_the_roles() {
    let output = portico(&["staff", "add", "--email", "sam@council.example", "--name", "Sam", "--role", "boss"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("'boss'") && message.contains("--role"), "{message}");
    assert!(message.contains("caseworker") && message.contains("admin"), "the roles it accepts: {message}");
}

#[test]
fn staff_add_without_its_flags_exits_2_naming_them() {
    let output = portico(&["staff", "add", "--email", "sam@council.example"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("--name") && message.contains("--role"), "{message}");
}

#[test]
fn staff_and_l10n_without_a_subcommand_exit_2_and_list_theirs() {
    let staff = portico(&["staff"]);
    assert_eq!(staff.status.code(), Some(2));
    assert!(stderr(&staff).contains("add"), "{}", stderr(&staff));
    let l10n = portico(&["l10n"]);
    assert_eq!(l10n.status.code(), Some(2));
    assert!(stderr(&l10n).contains("check") && stderr(&l10n).contains("status"), "{}", stderr(&l10n));
}

#[test]
fn seed_refuses_to_run_without_confirm() {
    let output = portico(&["seed", "--requests", "5"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--confirm"), "{}", stderr(&output));
}

#[test]
fn l10n_help_works_from_an_empty_folder_with_no_environment() {
    let empty = EmptyDir::new();
    for args in [&["l10n", "--help"][..], &["l10n", "check", "--help"], &["l10n", "status", "--help"]] {
        let output = portico_in(&empty.0, args, &[], "");
        assert_eq!(output.status.code(), Some(0), "portico {}: {}", args.join(" "), stderr(&output));
        assert!(!stderr(&output).contains("locales/"), "help does not look for translations: {}", stderr(&output));
    }
}

#[test]
fn l10n_check_where_there_is_no_locales_folder_exits_2() {
    let output = portico(&["l10n", "check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no locales/ folder"), "{}", stderr(&output));
}

#[test]
fn l10n_status_of_this_repository_as_json_exits_0() {
    let output = portico(&["l10n", "status", "--json", "--root", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let status: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on standard output");
    assert!(status.to_string().contains("\"cy\""), "Welsh is listed: {status}");
}

#[test]
fn a_command_that_needs_settings_exits_2_naming_the_wrong_one() {
    // The translations are built in, so no folder is needed; a folder that is named but missing
    // is a settings error, found before any database is opened.
    let output = portico_in(&EmptyDir::new().0, &["migrate"], &[("PORTICO_LOCALES_DIR", "no-such-folder")], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("PORTICO_LOCALES_DIR"), "{}", stderr(&output));
}

#[tokio::test]
async fn staff_add_sets_the_password_from_standard_input_and_refuses_the_same_address_twice() {
    let app = spawn_app().await;
    let (DatabaseUrl::Sqlite(database) | DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let run = move || {
        let dir = EmptyDir::new();
        let outbox = dir.0.join("outbox").display().to_string();
        let env = [
            ("DATABASE_URL", database.as_str()),
            ("PORTICO_LOCALES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/locales")),
            ("PORTICO_SERVICES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/src/services/definitions")),
            ("PORTICO_OUTBOX_DIR", outbox.as_str()),
            ("PORTICO_LOG", "warn"),
        ];
        let args = ["staff", "add", "--email", "sam@council.example", "--name", "Sam Jones", "--role", "designer", "--team", "parking"];
        let first = portico_in(&dir.0, &args, &env, &format!("{PASSWORD}\n"));
        let second = portico_in(&dir.0, &args, &env, &format!("{PASSWORD}\n"));
        let nowhere = ["staff", "add", "--email", "kim@council.example", "--name", "Kim", "--role", "caseworker", "--team", "nowhere"];
        let third = portico_in(&dir.0, &nowhere, &env, &format!("{PASSWORD}\n"));
        (first, second, third)
    };
    let (first, second, third) = tokio::task::spawn_blocking(run).await.unwrap();
    assert_eq!(third.status.code(), Some(1));
    assert!(stderr(&third).contains("there is no team 'nowhere'"), "{}", stderr(&third));
    let teams: Vec<String> = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar(
        "SELECT m.team_id FROM team_members m JOIN staff s ON s.id = m.staff_id WHERE s.email = 'sam@council.example'"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(teams, ["parking"]);
    let nobody: i64 = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE email = 'kim@council.example'").fetch_one(pool).await).unwrap();
    assert_eq!(nobody, 0, "a wrong team adds nobody");

    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(stdout(&first).contains("with the password given"), "{}", stdout(&first));
    let signed_in = app.submit("/staff/sign-in", &[("email", "sam@council.example"), ("password", PASSWORD)]).await;
    assert_eq!(signed_in.headers()["location"], "/staff/designer", "the password from standard input works, and a designer starts in the designer");
    assert_eq!(second.status.code(), Some(1), "the command ran and found a problem");
    assert!(stderr(&second).contains("already exists"), "{}", stderr(&second));
}

#[tokio::test]
async fn staff_link_identity_links_an_account_by_its_address_audited_as_the_operator_and_names_what_is_wrong() {
    let app = spawn_app().await;
    add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "pat@council.example", "Pat Lee", "caseworker", Some(PASSWORD)).await.unwrap();
    add_staff(&app.state.db, &app.address, &app.state.catalog.get(), "kim@council.example", "Kim", "caseworker", Some(PASSWORD)).await.unwrap();
    let (DatabaseUrl::Sqlite(database) | DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let providers = crate::identity_admin::providers_file();
    let run = move || {
        let dir = EmptyDir::new();
        let mut env = env_for(&database, &dir.0);
        env.push(("PORTICO_IDENTITY_PROVIDERS".into(), providers));
        env.push(("TEST_STAFF_SECRET".into(), "s3cret".into()));
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let link = |email: &str, provider: &str, subject: &str| {
            portico_in(&dir.0, &["staff", "link-identity", "--email", email, "--provider", provider, "--subject", subject], &env, "")
        };
        [
            link("pat@council.example", "entra", "pat-oid"),
            link("pat@council.example", "entra", "pat-oid"),
            link("kim@council.example", "entra", "pat-oid"),
            link("nobody@council.example", "entra", "x"),
            link("pat@council.example", "one-login", "x"),
            link("pat@council.example", "entra", " "),
        ]
    };
    let [done, again, elsewhere, nobody, citizens, empty] = tokio::task::spawn_blocking(run).await.unwrap();
    assert_eq!(done.status.code(), Some(0), "{}", stderr(&done));
    assert!(stdout(&done).contains("linked pat@council.example to pat-oid at entra"), "{}", stdout(&done));
    assert_eq!(again.status.code(), Some(0), "already this account's: nothing to do, {}", stderr(&again));
    for (output, says) in [
        (&elsewhere, "already another account's way to sign in"),
        (&nobody, "--email: no member of staff has this address"),
        (&citizens, "--provider: no provider for staff with the id 'one-login'"),
        (&empty, "--subject: must not be empty"),
    ] {
        assert_eq!(output.status.code(), Some(1), "{says}: {}", stderr(output));
        assert!(stderr(output).contains(says), "{}", stderr(output));
    }
    let linked: Vec<(String, String, String)> = portico::with_db!(&app.state.db, |pool| sqlx::query_as(
        "SELECT s.email, i.subject, i.issuer FROM identities i JOIN staff s ON s.id = i.account_id WHERE i.account_kind = 'staff'"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(linked, [("pat@council.example".to_owned(), "pat-oid".to_owned(), "http://127.0.0.1:9/staff".to_owned())]);
    let audit: Vec<(String, String)> =
        portico::with_db!(&app.state.db, |pool| sqlx::query_as("SELECT kind, actor_kind FROM identity_events").fetch_all(pool).await).unwrap();
    assert_eq!(audit, [("linked".to_owned(), "operator".to_owned())], "one link, by the operator");
}

/// The environment of a command run against the test app's database.
fn env_for(database: &str, dir: &Path) -> Vec<(String, String)> {
    vec![
        ("DATABASE_URL".into(), database.into()),
        ("PORTICO_OUTBOX_DIR".into(), dir.join("outbox").display().to_string()),
        ("PORTICO_LOG".into(), "warn".into()),
    ]
}

#[tokio::test]
async fn services_export_writes_a_stored_version_as_the_files_it_came_from() {
    let app = spawn_app().await;
    let (DatabaseUrl::Sqlite(database) | DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let run = move || {
        let dir = EmptyDir::new();
        let env = env_for(&database, &dir.0);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let list = portico_in(&dir.0, &["services", "list"], &env, "");
        let export = portico_in(&dir.0, &["services", "export", "bulky-waste", "--to", "out"], &env, "");
        let files: Vec<(PathBuf, Vec<u8>)> = ["bulky-waste.toml", "en/bulky-waste.ftl", "cy/bulky-waste.ftl", "ar/bulky-waste.ftl"]
            .iter()
            .map(|f| (PathBuf::from(f), std::fs::read(dir.0.join("out").join(f)).unwrap_or_default()))
            .collect();
        let missing = portico_in(&dir.0, &["services", "export", "bulky-waste", "--version", "99", "--to", "out"], &env, "");
        let unknown = portico_in(&dir.0, &["services", "export", "no-such-service", "--to", "out"], &env, "");
        (list, export, files, missing, unknown)
    };
    let (list, export, files, missing, unknown) = tokio::task::spawn_blocking(run).await.unwrap();

    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    assert_eq!(stdout(&list), "blue-badge\t1\tlive\nbulky-waste\t2\tlive\nparking-permit\t1\tlive\n");
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    assert_eq!(stdout(&export).lines().count(), 6, "the definition and five languages: {}", stdout(&export));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, bytes) in files {
        let shipped = match file.extension().and_then(|e| e.to_str()) {
            Some("toml") => root.join("src/services/definitions").join(&file),
            _ => root.join("locales").join(file.parent().unwrap()).join("services").join(file.file_name().unwrap()),
        };
        assert_eq!(bytes, std::fs::read(&shipped).unwrap(), "{} is byte for byte {}", file.display(), shipped.display());
    }
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no version 99"), "{}", stderr(&missing));
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("'no-such-service' has no live version"), "{}", stderr(&unknown));
}

#[tokio::test]
async fn services_import_then_export_gives_back_the_same_bytes_and_publish_makes_it_live() {
    let app = spawn_app().await;
    // A citizen part-way through version 1: only a text changes, so their draft moves to version 2.
    let citizen = app.another_browser();
    citizen.citizen("ann@example.org", PASSWORD).await;
    citizen.sign_in("ann@example.org", PASSWORD).await;
    let token = citizen.csrf("/services/parking-permit").await;
    citizen.post("/services/parking-permit/start", &[("csrf_token", &token)]).await;
    crate::services::answer_in(&citizen, "parking-permit", "live-in-zone", &[("live-in-zone", "yes")]).await;
    let (DatabaseUrl::Sqlite(database) | DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let run = move || {
        let dir = EmptyDir::new();
        let env = env_for(&database, &dir.0);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let exported = portico_in(&dir.0, &["services", "export", "parking-permit", "--to", "v1"], &env, "");
        assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
        // The same files back: version 1 is stored already, so they are refused.
        let again = portico_in(&dir.0, &["services", "import", "v1"], &env, "");
        // The council's edit in git: version 2, one text changed (with a comment and no final newline).
        let toml = dir.0.join("v1/parking-permit.toml");
        std::fs::write(&toml, std::fs::read_to_string(&toml).unwrap().replace("version = 1", "version = 2")).unwrap();
        let welsh = dir.0.join("v1/cy/parking-permit.ftl");
        std::fs::write(&welsh, format!("{}\n# Adolygwyd.\nparking-extra = Testun", std::fs::read_to_string(&welsh).unwrap())).unwrap();
        let imported = portico_in(&dir.0, &["services", "import", "v1"], &env, "");
        let draft = portico_in(&dir.0, &["services", "export", "parking-permit", "--version", "2", "--to", "v2"], &env, "");
        let published = portico_in(&dir.0, &["services", "publish", "parking-permit"], &env, "");
        let nothing = portico_in(&dir.0, &["services", "publish", "parking-permit"], &env, "");
        let list = portico_in(&dir.0, &["services", "list"], &env, "");
        let same: Vec<(String, bool)> = ["parking-permit.toml", "en/parking-permit.ftl", "cy/parking-permit.ftl", "ar/parking-permit.ftl", "pl/parking-permit.ftl", "uk/parking-permit.ftl"]
            .iter()
            .map(|f| (f.to_string(), std::fs::read(dir.0.join("v1").join(f)).ok() == std::fs::read(dir.0.join("v2").join(f)).ok()))
            .collect();
        (again, imported, draft, published, nothing, list, same)
    };
    let (again, imported, draft, published, nothing, list, same) = tokio::task::spawn_blocking(run).await.unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("says version 1; the next version of 'parking-permit' is 2"), "{}", stderr(&again));
    assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
    assert!(stdout(&imported).contains("version 2"), "{}", stdout(&imported));
    assert_eq!(draft.status.code(), Some(0), "{}", stderr(&draft));
    for (file, equal) in same {
        assert!(equal, "{file} comes back byte for byte");
    }
    assert_eq!(published.status.code(), Some(0), "{}", stderr(&published));
    assert_eq!(nothing.status.code(), Some(1));
    assert!(stderr(&nothing).contains("no draft"), "{}", stderr(&nothing));
    assert!(stdout(&list).contains("parking-permit\t1\tearlier\nparking-permit\t2\tlive\n"), "{}", stdout(&list));
    assert!(stdout(&published).contains("1 drafts moved to version 2"), "{}", stdout(&published));
    let moved: i64 = portico::with_db!(&app.state.db, |pool| sqlx::query_scalar("SELECT version FROM drafts WHERE service = 'parking-permit'").fetch_one(pool).await).unwrap();
    assert_eq!(moved, 2, "the citizen's draft moved forward");
}

#[tokio::test]
async fn l10n_check_with_database_checks_each_stored_service_like_the_files() {
    let app = spawn_app().await;
    // A draft whose Welsh lacks the address question's words (Welsh is declared complete).
    let live = portico::services::versions::get(&app.state.db, "parking-permit", None).await.unwrap().unwrap();
    let mut files = live.files.clone();
    files.definition = files.definition.replace("version = 1", "version = 2");
    let welsh = files.texts.get_mut("cy").unwrap();
    *welsh = welsh.lines().filter(|l| !l.starts_with("parking-address =")).collect::<Vec<_>>().join("\n");
    portico::services::versions::import(&app.state.db, "parking-permit", &files, None).await.unwrap();
    let (DatabaseUrl::Sqlite(database) | DatabaseUrl::Postgres(database)) = app.state.config.database_url.clone();
    let run = move || {
        let dir = EmptyDir::new();
        let env = env_for(&database, &dir.0);
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let root = env!("CARGO_MANIFEST_DIR");
        let with = portico_in(&dir.0, &["l10n", "check", "--database", "--root", root], &env, "");
        let status = portico_in(&dir.0, &["l10n", "status", "--database", "--root", root], &env, "");
        let without = portico_in(&dir.0, &["l10n", "check", "--root", root], &env, "");
        (with, status, without)
    };
    let (with, status, without) = tokio::task::spawn_blocking(run).await.unwrap();
    assert_eq!(with.status.code(), Some(1), "{}", stdout(&with));
    let text = stdout(&with);
    assert!(text.contains("== service parking-permit version 2 (draft) =="), "{text}");
    assert!(text.contains("'parking-address' is not translated into 'cy'"), "{text}");
    assert!(text.contains("== service blue-badge version 1 (live) ==\nl10n: 5 files checked in 5 languages: 0 errors"), "{text}");
    assert!(stdout(&status).contains("== service parking-permit version 2 (draft) =="));
    assert_eq!(without.status.code(), Some(0), "the files alone are complete: {}", stdout(&without));
}
