//! The `portico` command. With no arguments it serves; subcommands do one job and exit.

use clap::Parser;
use portico::{
    app,
    cli::{Cli, Command, L10nArgs, L10nCommand, SeedArgs, ServicesCommand, ServicesExport, ServicesImport, ServicesPublish, StaffAdd, StaffCommand, EXIT_PROBLEM, EXIT_USAGE},
    config::Config,
    db::Db,
};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    // Arguments first: `--help`, `--version` and usage errors (exit 2) need no settings at all.
    let command = match Cli::parse().command_or_serve() {
        // The translators' tools read files only: no settings, no database.
        Command::L10n(tool) => return l10n(tool),
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
        Command::Seed(args) => return seed(config, args).await,
        Command::Services(command) => return services(config, command).await,
        Command::L10n(tool) => return l10n(tool), // (run above, before the settings)
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
fn l10n(tool: L10nCommand) -> ExitCode {
    let (L10nCommand::Check(L10nArgs { json, root }) | L10nCommand::Status(L10nArgs { json, root })) = &tool;
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
    match tool {
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
                ExitCode::SUCCESS
            }
            Err(error) => problem(&error),
        },
    }
}

async fn migrate(config: &Config) -> Result<(), app::StartError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    db.close().await;
    tracing::info!(database = db.kind(), "migrations applied");
    Ok(())
}

/// `portico staff add --email EMAIL --name NAME --role caseworker|admin`, the password (if any) on stdin.
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
