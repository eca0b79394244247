//! `qlik profile …` (alias `qlik context …`): clap types only.

use clap::Subcommand;

/// Manage connection profiles (server URL and API key)
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List profiles
    #[command(visible_alias = "list")]
    Ls,
}
