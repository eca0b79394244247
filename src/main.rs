//! `qlik`: a command-line client for the Qlik Cloud Items API.
//! This file only parses, runs, and maps the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

mod cli;
mod commands;
mod config;
mod secret;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {err:#}");
            let code = err
                .downcast_ref::<config::ConfigError>()
                .map_or(1, config::ConfigError::exit_code);
            ExitCode::from(code)
        }
    }
}
