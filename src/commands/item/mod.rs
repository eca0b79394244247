//! `qlik item …` handlers.

use crate::cli::item::{ItemCommand, ItemSettingsCommand};

use super::Ctx;

mod collections;
mod get;
mod list;
mod ls;
mod publisheditems;
mod settings;
pub mod validate;

pub fn run(ctx: &Ctx, cmd: ItemCommand) -> anyhow::Result<u8> {
    match cmd {
        ItemCommand::Ls(args) => ls::run(ctx, *args),
        ItemCommand::Get(args) => get::run(ctx, args),
        ItemCommand::Collections(args) => collections::run(ctx, args),
        ItemCommand::Publisheditems(args) => publisheditems::run(ctx, args),
        ItemCommand::Settings(ItemSettingsCommand::Ls(args)) => settings::ls(ctx, args),
    }
}
