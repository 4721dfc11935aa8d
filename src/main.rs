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
    if !matches!(command, "serve" | "migrate" | "staff") {
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
    let state = match app::AppState::new(config).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("portico: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = portico::auth::staff::add_staff(
        &state.db,
        &state.config.public_url,
        &state.catalog,
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
