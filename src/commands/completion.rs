//! `qlik completion SHELL`: prints the completion script generated from the clap tree.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<u8> {
    let script = script(shell);
    match std::io::stdout().lock().write_all(&script) {
        Ok(()) => Ok(0),
        // `qlik completion bash | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(e.into()),
    }
}

/// The completion script for `shell`, exactly as committed under `completions/`.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "qlik", &mut buf);
    buf
}
