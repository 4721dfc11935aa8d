//! The `portico` command. With no arguments it serves; subcommands do one job and exit.

use clap::Parser;
use portico::{
    app,
    cli::{ApiKeysAdd, ApiKeysCommand, AuditCommand, AuditVerify, RetentionCommand, RetentionRun, ApiScope, Cli, Command, ExportCommand, ExportFormat, ExportRequests, L10nArgs, L10nCommand, SeedArgs, ServicesCommand, ServicesExport, ServicesImport, ServicesPublish, StaffAdd, StaffCommand, EXIT_PROBLEM, EXIT_USAGE},
    config::Config,
    db::Db,
};
use std::process::ExitCode;

/// Each password hash takes 19 MiB (argon2id at OWASP's parameters). glibc serves a block that
/// large from its heap once one such block has been freed (its mmap threshold rises), and then
/// keeps the memory: a few sign-ins at once left the server 40 MiB larger for good. A fixed
/// threshold of 1 MiB maps every such block on its own and gives it back when it is freed.
fn return_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's tuning; it is called before any hashing.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    return_large_blocks();
    // Arguments first: `--help`, `--version` and usage errors (exit 2) need no settings at all.
    let command = match Cli::parse().command_or_serve() {
        // The translators' tools read files only: no settings, no database (unless --database).
        Command::L10n(tool) => return l10n(tool).await,
        command => command,
    };

    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    app::init_tracing(&config);

    let result = match command {
        Command::Serve => app::serve(config).await,
        Command::Migrate => migrate(&config).await,
        Command::Staff(StaffCommand::Add(add)) => return staff_add(config, add).await,
        Command::Staff(StaffCommand::LinkIdentity(link)) => return staff_link_identity(config, link).await,
        Command::Seed(args) => return seed(config, args).await,
        Command::Services(command) => return services(config, command).await,
        Command::Export(ExportCommand::Requests(args)) => return export_requests(config, args).await,
        Command::ApiKeys(ApiKeysCommand::Add(args)) => return api_key_add(config, args).await,
        Command::Audit(command) => return audit(config, command).await,
        Command::Retention(RetentionCommand::Run(args)) => return retention_run(config, args).await,
        Command::L10n(tool) => return l10n(tool).await, // (run above, before the settings)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

/// `portico l10n check|status [--json] [--root DIR]`: the translators' tools.
async fn l10n(tool: L10nCommand) -> ExitCode {
    let (L10nCommand::Check(L10nArgs { json, root, database }) | L10nCommand::Status(L10nArgs { json, root, database })) = &tool;
    if !root.join("locales").is_dir() {
        eprintln!("portico: no locales/ folder in '{}'; run from the repository or pass --root", root.display());
        return ExitCode::from(EXIT_USAGE);
    }
    // Written without println!, which panics when the reader (say, `head`) has gone away.
    let out = |text: &str| {
        use std::io::Write;
        let _ = std::io::stdout().write_all(text.as_bytes());
    };
    let print = |value: Result<String, serde_json::Error>| match value {
        Ok(text) => out(&format!("{text}\n")),
        Err(error) => eprintln!("portico: {error}"),
    };
    // The stored services, each laid out as the files are (in a folder of its own), so that the
    // very same checks run on them.
    let stored = if *database {
        match stored_services(root).await {
            Ok(stored) => stored,
            Err(error) => {
                eprintln!("portico: {error}");
                return ExitCode::from(EXIT_PROBLEM);
            }
        }
    } else {
        Vec::new()
    };
    let mut failed = false;
    for (name, dir) in &stored {
        match tool {
            L10nCommand::Check(_) => {
                let report = portico::l10n::check(dir.path());
                failed |= report.has_errors();
                if *json {
                    print(serde_json::to_string_pretty(&serde_json::json!({ "service": name, "report": report })));
                } else {
                    out(&format!("== {name} ==\n{report}\n"));
                }
            }
            L10nCommand::Status(_) => {
                let status = portico::l10n::status(dir.path());
                if *json {
                    print(serde_json::to_string_pretty(&serde_json::json!({ "service": name, "status": status })));
                } else {
                    out(&format!("== {name} ==\n{status}\n"));
                }
            }
        }
    }
    match tool {
        L10nCommand::Check(_) if failed => {
            let report = portico::l10n::check(root);
            if *json {
                print(serde_json::to_string_pretty(&report));
            } else {
                out(&report.to_string());
            }
            ExitCode::from(EXIT_PROBLEM)
        }
        L10nCommand::Check(_) => {
            let report = portico::l10n::check(root);
            if *json {
                print(serde_json::to_string_pretty(&report));
            } else {
                out(&report.to_string());
            }
            if report.has_errors() {
                ExitCode::from(EXIT_PROBLEM)
            } else {
                ExitCode::SUCCESS
            }
        }
        L10nCommand::Status(_) => {
            let status = portico::l10n::status(root);
            if *json {
                print(serde_json::to_string_pretty(&status));
            } else {
                out(&status.to_string());
            }
            ExitCode::SUCCESS
        }
    }
}

/// A folder of its own under the system's temporary folder, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new() -> Result<Self, String> {
        let path = std::env::temp_dir().join(format!("portico-l10n-{}", portico::tokens::random_token()));
        std::fs::create_dir_all(&path).map_err(|e| e.to_string())?;
        Ok(Self(path))
    }

    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every live version and draft stored in the database (DATABASE_URL), each written into a
/// temporary folder laid out as Portico's own files (`locales/{lang}/services/{id}.ftl`, the
/// definition in `src/services/definitions/`, and `root`'s `languages.toml`), named
/// `service ID version N (state)`.
async fn stored_services(root: &std::path::Path) -> Result<Vec<(String, Scratch)>, String> {
    use portico::services::versions;
    let config = Config::from_lookup(|name| std::env::var(name).ok()).map_err(|e| e.to_string())?;
    let db = Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    let all = versions::all(&db).await.map_err(|e| e.to_string())?;
    let list = std::fs::read(root.join("locales/languages.toml")).ok();
    let mut folders = Vec::new();
    for version in all.into_iter().filter(|v| v.state != versions::State::Earlier) {
        let dir = Scratch::new()?;
        let write = |path: std::path::PathBuf, bytes: &[u8]| -> Result<(), String> {
            std::fs::create_dir_all(path.parent().unwrap_or(dir.path())).map_err(|e| e.to_string())?;
            std::fs::write(&path, bytes).map_err(|e| e.to_string())
        };
        if let Some(list) = &list {
            write(dir.path().join("locales/languages.toml"), list)?;
        }
        for (lang, text) in &version.files.texts {
            write(dir.path().join(format!("locales/{lang}/services/{}.ftl", version.service)), text.as_bytes())?;
        }
        write(dir.path().join(format!("src/services/definitions/{}.toml", version.service)), version.files.definition.as_bytes())?;
        folders.push((format!("service {} version {} ({})", version.service, version.version, version.state.as_str()), dir));
    }
    db.close().await;
    Ok(folders)
}

/// `portico seed --requests N --confirm`: fake requests for development and benchmarks.
/// clap has already refused to go on without `--confirm`.
async fn seed(config: Config, SeedArgs { requests: count, .. }: SeedArgs) -> ExitCode {
    let state = match portico::app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    let started = std::time::Instant::now();
    match portico::casework::seed::seed(&state.db, &state.services.get(), count).await {
        Ok(made) => {
            println!("portico: added {made} requests in {:.1} s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

/// `portico services list | export ID [--version N] --to DIR | import DIR | publish ID`.
async fn services(config: Config, command: ServicesCommand) -> ExitCode {
    use portico::services::versions;
    let state = match app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    let problem = |error: &dyn std::fmt::Display| {
        eprintln!("portico: {error}");
        ExitCode::from(EXIT_PROBLEM)
    };
    match command {
        ServicesCommand::List => match versions::all(&state.db).await {
            Ok(all) => {
                for v in all {
                    println!("{}\t{}\t{}", v.service, v.version, v.state.as_str());
                }
                ExitCode::SUCCESS
            }
            Err(error) => problem(&error),
        },
        ServicesCommand::Export(ServicesExport { id, version, to }) => match versions::get(&state.db, &id, version).await {
            Ok(Some(found)) => match found.files.write(&found.service, &to) {
                Ok(written) => {
                    for path in written {
                        println!("{}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => problem(&error),
            },
            Ok(None) => {
                let which = version.map_or_else(|| "no live version".to_owned(), |n| format!("no version {n}"));
                problem(&format!("the service '{id}' has {which} stored (see portico services list)"))
            }
            Err(error) => problem(&error),
        },
        ServicesCommand::Import(ServicesImport { dir }) => {
            let (id, files) = match versions::Files::read(&dir) {
                Ok(read) => read,
                Err(error) => return problem(&error),
            };
            match versions::import(&state.db, &id, &files, None).await {
                Ok(versions::Stored::NewService(n)) => println!("portico: stored the new service '{id}' with its draft, version {n}"),
                Ok(versions::Stored::NewDraft(n)) => println!("portico: stored version {n} of '{id}' as its draft"),
                Ok(versions::Stored::ReplacedDraft(n)) => println!("portico: replaced the draft of '{id}' (version {n})"),
                Err(error) => return problem(&error),
            }
            ExitCode::SUCCESS
        }
        ServicesCommand::Publish(ServicesPublish { id }) => match versions::publish(&state.db, &id, None).await {
            Ok(n) => {
                println!("portico: version {n} of '{id}' is live");
                // Citizens' drafts whose answers all fit the new version move onto it.
                match portico::designer::forward::move_drafts(&state.db, &id, n, None).await {
                    Ok(c) => println!("portico: {} drafts moved to version {n}; {} stay on their version, and {} guests' drafts", c.moving, c.staying, c.guests),
                    Err(error) => return problem(&error),
                }
                ExitCode::SUCCESS
            }
            Err(error) => problem(&error),
        },
    }
}

/// The database with its migrations applied, for a command that works on it; a problem is
/// printed and becomes the exit code.
async fn migrated_db(config: &Config) -> Result<Db, ExitCode> {
    let problem = |error: &dyn std::fmt::Display| {
        eprintln!("portico: {error}");
        ExitCode::from(EXIT_PROBLEM)
    };
    let db = Db::connect(&config.database_url).await.map_err(|e| problem(&e))?;
    db.migrate().await.map_err(|e| problem(&e))?;
    Ok(db)
}

/// `portico export requests --service ID --since DATE --format jsonl|csv`: to standard output.
async fn export_requests(config: Config, ExportRequests { service, since, format }: ExportRequests) -> ExitCode {
    use futures_util::StreamExt;
    use portico::api::export::{self, Format, Selection};
    use std::io::Write;
    let db = match migrated_db(&config).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let format = match format {
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Csv => Format::Csv,
    };
    let selection = Selection { service, since, teams: None };
    let mut chunks = std::pin::pin!(export::stream(db.clone(), selection, format, config.public_url.clone(), None));
    let mut out = std::io::stdout().lock();
    let mut code = ExitCode::SUCCESS;
    while let Some(chunk) = chunks.next().await {
        let written = chunk.and_then(|bytes| out.write_all(&bytes));
        if let Err(error) = written {
            eprintln!("portico: {error}");
            code = ExitCode::from(EXIT_PROBLEM);
            break;
        }
    }
    let _ = out.flush();
    db.close().await;
    code
}

/// `portico api-keys add --name NAME --team TEAM… [--scope read|read-write] [--days N]`: prints the secret.
async fn api_key_add(config: Config, ApiKeysAdd { name, teams, scope, days, per_minute }: ApiKeysAdd) -> ExitCode {
    use portico::api::keys::{self, Scope};
    let db = match migrated_db(&config).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let scope = match scope {
        ApiScope::Read => Scope::Read,
        ApiScope::ReadWrite => Scope::ReadWrite,
    };
    let code = match keys::create(&db, &name, &teams, scope, days, None).await {
        Ok((id, secret)) => {
            let limited = match per_minute {
                Some(n) => keys::set_per_minute(&db, id, n, None).await,
                None => Ok(()),
            };
            match limited {
                Ok(()) => {
                    println!("{secret}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("portico: {error}");
                    ExitCode::from(EXIT_PROBLEM)
                }
            }
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    };
    db.close().await;
    code
}

/// `portico audit verify [--json]` and `portico audit checkpoint`.
async fn audit(config: Config, command: AuditCommand) -> ExitCode {
    use portico::audit::{checkpoint, verify};
    let db = match migrated_db(&config).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let code = match command {
        AuditCommand::Checkpoint => match checkpoint::take(&db, &config.audit_key).await {
            Ok(c) => {
                println!("checkpoint {} at {}: {} chains", c.id, c.at.to_rfc3339(), c.heads.len());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("portico: {error}");
                ExitCode::from(EXIT_PROBLEM)
            }
        },
        AuditCommand::Verify(AuditVerify { json }) => match verify::verify(&db, &config.audit_key).await {
            Ok(report) => {
                if json {
                    println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
                } else {
                    for erased in &report.erased {
                        println!("erased by retention at {erased}");
                    }
                    println!("{} rows in {} chains, {} checkpoints checked", report.links, report.chains, report.checkpoints);
                    if config.audit_key.development {
                        println!("note: checked with the development key (PORTICO_AUDIT_SIGNING_KEY is not set)");
                    }
                    if let Some(first) = report.problems.first() {
                        eprintln!("first row that does not match: {first}");
                        for problem in &report.problems[1..] {
                            eprintln!("also: {problem}");
                        }
                    } else {
                        println!("every chain and checkpoint matches");
                    }
                }
                if report.ok() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_PROBLEM) }
            }
            Err(error) => {
                eprintln!("portico: {error}");
                ExitCode::from(EXIT_PROBLEM)
            }
        },
    };
    db.close().await;
    code
}

/// `portico retention run [--dry-run]`: the retention job once, with the services stored.
async fn retention_run(config: Config, RetentionRun { dry_run }: RetentionRun) -> ExitCode {
    use portico::retention::job;
    let settings = job::Settings::from_config(&config);
    // The whole state, as serving builds it: the stored services, the shipped ones on a fresh database.
    let state = match app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    let db = state.db.clone();
    let code = match job::run(&db, &state.services.get(), &settings, chrono::Utc::now(), dry_run).await {
        Ok(report) => {
            let verb = if dry_run { "would anonymise" } else { "anonymised" };
            println!("{verb} {} requests: {}", report.requests.len(), report.requests.join(" "));
            let verb = if dry_run { "would delete" } else { "deleted" };
            println!("{verb} {} drafts, {} guest draft notes and {} files", report.drafts, report.guest_drafts, report.files);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    };
    db.close().await;
    code
}

async fn migrate(config: &Config) -> Result<(), app::StartError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    db.close().await;
    tracing::info!(database = db.kind(), "migrations applied");
    Ok(())
}

/// `portico staff add --email EMAIL --name NAME --role caseworker|admin`, the password (if any) on stdin.
/// `portico staff link-identity`: an admin's explicit link of a staff account to a provider's subject.
async fn staff_link_identity(config: Config, link: portico::cli::StaffLinkIdentity) -> ExitCode {
    let state = match app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    match portico::identity::link_staff(&state, &link.email, &link.provider, &link.subject).await {
        Ok(()) => {
            println!("linked {} to {} at {}", link.email, link.subject, link.provider);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    }
}

async fn staff_add(config: Config, StaffAdd { email, name, role, teams }: StaffAdd) -> ExitCode {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    let password = if stdin.is_terminal() {
        None
    } else {
        let mut line = String::new();
        let _ = stdin.lock().read_line(&mut line);
        let line = line.trim_end_matches(['\r', '\n']).to_owned();
        (!line.is_empty()).then_some(line)
    };
    let state = match app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(EXIT_PROBLEM);
        }
    };
    // Every team must exist before anyone is added, so a typo adds nobody.
    for team in &teams {
        let known: Result<Option<String>, _> =
            portico::with_db!(&state.db, |pool| sqlx::query_scalar("SELECT id FROM teams WHERE id = $1").bind(team).fetch_optional(pool).await);
        match known {
            Ok(Some(_)) => {}
            Ok(None) => {
                eprintln!("portico: there is no team '{team}' (see /staff/admin/teams)");
                return ExitCode::from(EXIT_PROBLEM);
            }
            Err(error) => {
                eprintln!("portico: {error}");
                return ExitCode::from(EXIT_PROBLEM);
            }
        }
    }
    let result = portico::auth::staff::add_staff(
        &state.db,
        &state.config.public_url,
        &state.catalog.get(),
        &email,
        &name,
        portico::auth::Role::from(role).as_str(),
        password.as_deref(),
    )
    .await;
    if let Ok(portico::auth::staff::Added::WithPassword { id } | portico::auth::staff::Added::WithLink { id }) = &result {
        for team in &teams {
            let joined = portico::with_db!(&state.db, |pool| sqlx::query("INSERT INTO team_members (team_id, staff_id) VALUES ($1, $2)")
                .bind(team)
                .bind(*id)
                .execute(pool)
                .await
                .map(|r| r.rows_affected()));
            if let Err(error) = joined {
                eprintln!("portico: {error}");
                return ExitCode::from(EXIT_PROBLEM);
            }
        }
    }
    let code = match result {
        Ok(portico::auth::staff::Added::WithPassword { id }) => {
            println!("added staff member {id} with the password given");
            ExitCode::SUCCESS
        }
        Ok(portico::auth::staff::Added::WithLink { id }) => {
            // Deliver now, so the link is in the outbox when the command returns.
            if let Ok(transport) = portico::email::Transport::from_config(&state.config) {
                let _ = portico::email::deliver_due(&state.db, &transport).await;
            }
            println!("added staff member {id}; a link to set a password was emailed");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::from(EXIT_PROBLEM)
        }
    };
    state.db.close().await;
    code
}
