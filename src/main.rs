//! The `portico` command. With no arguments it serves; subcommands do one job and exit.

use portico::{app, config::Config, db::Db};
use std::process::ExitCode;

const USAGE: &str = "\
usage: portico [COMMAND]

commands:
  serve     serve Portico (the default); applies migrations first
  migrate   apply database migrations, then exit
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
    if !matches!(command, "serve" | "migrate") {
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
