//! One handler per leaf command.

use crate::cli::{Cli, Command};

pub mod completion;
#[cfg(feature = "emulator")]
pub mod emulator;
#[cfg(test)]
mod generate_docs;
pub mod profile;

/// Runs the parsed command and returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Profile(cmd) => profile::run(cmd),
        #[cfg(feature = "emulator")]
        Command::Emulator(cmd) => emulator::run(*cmd),
        Command::Completion { shell } => completion::run(shell),
    }
}
