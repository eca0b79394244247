//! `qlik profile …` handlers.

use crate::cli::profile::ProfileCommand;

pub fn run(cmd: ProfileCommand) -> anyhow::Result<u8> {
    match cmd {
        ProfileCommand::Ls => anyhow::bail!("not implemented yet"),
    }
}
