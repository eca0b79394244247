//! `qlik`: a command-line client for the Qlik Cloud Items API.
//! This file only parses, runs, and maps the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

mod api;
mod cli;
mod commands;
mod config;
mod error;
mod output;
mod secret;
mod shell;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            error::report(&err);
            ExitCode::from(error::exit_code(&err))
        }
    }
}
