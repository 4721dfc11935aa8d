//! The `portico` command. With no arguments it serves; subcommands do one job and exit.

use portico::{app, config::Config, db::Db};
use std::process::ExitCode;

const USAGE: &str = "\
usage: portico [COMMAND]

commands:
  serve     serve Portico (the default); applies migrations first
  migrate   apply database migrations, then exit
  staff add --email EMAIL --name NAME --role caseworker|admin
            add a member of staff. When a password is piped to standard input
            (first line), it is set; otherwise a link to set one is emailed
            (through the outbox: SMTP, or the development outbox folder)
  l10n check [--json] [--root DIR]
            check every translation file against English and the code: syntax,
            missing and obsolete messages, variables, plural forms, references,
            message ids used in code. Exit status 1 when there is an error
  l10n status [--json] [--root DIR]
            how complete each language is: translated, missing, identical to English
  seed --requests N --confirm
            development and load tests only: add N realistic requests over every
            service, status and team. Refuses to run without --confirm
  help      show this text

Settings come from environment variables; see the README.";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("serve");
    if matches!(command, "help" | "--help" | "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if matches!(command, "--version" | "-V") {
        println!("portico {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if command == "l10n" {
        return l10n(&args[1..]);
    }
    if !matches!(command, "serve" | "migrate" | "staff" | "seed") {
        eprintln!("portico: unknown command '{command}'\n\n{USAGE}");
        return ExitCode::from(2);
    }

    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::from(2);
        }
    };
    app::init_tracing(&config);

    let result = match command {
        "migrate" => migrate(&config).await,
        "staff" => return staff(config, &args[1..]).await,
        "seed" => return seed(config, &args[1..]).await,
        _ => app::serve(config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `portico l10n check|status [--json] [--root DIR]`: the translators' tools. They read files
/// only, so they need no settings and no database.
fn l10n(args: &[String]) -> ExitCode {
    let json = args.iter().any(|a| a == "--json");
    let root = args.iter().position(|a| a == "--root").and_then(|i| args.get(i + 1)).map_or_else(|| ".".into(), std::path::PathBuf::from);
    if !root.join("locales").is_dir() {
        eprintln!("portico: no locales/ folder in '{}'; run from the repository or pass --root", root.display());
        return ExitCode::from(2);
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
    match args.first().map(String::as_str) {
        Some("check") => {
            let report = portico::l10n::check(&root);
            if json {
                print(serde_json::to_string_pretty(&report));
            } else {
                out(&report.to_string());
            }
            if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Some("status") => {
            let status = portico::l10n::status(&root);
            if json {
                print(serde_json::to_string_pretty(&status));
            } else {
                out(&status.to_string());
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("portico: usage: portico l10n check|status [--json] [--root DIR]");
            ExitCode::from(2)
        }
    }
}

/// `portico seed --requests N --confirm`: fake requests for development and benchmarks.
async fn seed(config: Config, args: &[String]) -> ExitCode {
    let count = args.iter().position(|a| a == "--requests").and_then(|i| args.get(i + 1)).and_then(|n| n.parse::<usize>().ok());
    let (Some(count), true) = (count, args.iter().any(|a| a == "--confirm")) else {
        eprintln!("portico: usage: portico seed --requests N --confirm\n(this adds fake requests: for development and load tests only)");
        return ExitCode::from(2);
    };
    let state = match portico::app::state(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::FAILURE;
        }
    };
    let started = std::time::Instant::now();
    match portico::casework::seed::seed(&state.db, &state.services, count).await {
        Ok(made) => {
            println!("portico: added {made} requests in {:.1} s", started.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("portico: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn migrate(config: &Config) -> Result<(), app::StartError> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    db.close().await;
    tracing::info!(database = db.kind(), "migrations applied");
    Ok(())
}

/// `portico staff add …`
async fn staff(config: Config, args: &[String]) -> ExitCode {
    use std::io::{BufRead, IsTerminal};
    if args.first().map(String::as_str) != Some("add") {
        eprintln!("portico: usage: portico staff add --email EMAIL --name NAME --role caseworker|admin");
        return ExitCode::from(2);
    }
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let (Some(email), Some(name), Some(role)) = (flag("--email"), flag("--name"), flag("--role")) else {
        eprintln!("portico: usage: portico staff add --email EMAIL --name NAME --role caseworker|admin");
        return ExitCode::from(2);
    };
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
            return ExitCode::FAILURE;
        }
    };
    let result = portico::auth::staff::add_staff(
        &state.db,
        &state.config.public_url,
        &state.catalog.get(),
        &email,
        &name,
        &role,
        password.as_deref(),
    )
    .await;
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
            ExitCode::FAILURE
        }
    };
    state.db.close().await;
    code
}
