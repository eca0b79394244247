//! `qlik item …` handlers.

use crate::cli::item::{ItemCommand, ItemSettingsCommand};

use super::Ctx;

mod collections;
mod get;
mod list;
mod ls;
mod publisheditems;
mod rm;
mod settings;
mod update;
pub mod validate;
mod write;

pub fn run(ctx: &Ctx, cmd: ItemCommand) -> anyhow::Result<u8> {
    match cmd {
        ItemCommand::Ls(args) => ls::run(ctx, *args),
        ItemCommand::Get(args) => get::run(ctx, args),
        ItemCommand::Collections(args) => collections::run(ctx, args),
        ItemCommand::Publisheditems(args) => publisheditems::run(ctx, args),
        ItemCommand::Update(args) => update::run(ctx, *args),
        ItemCommand::Rm(args) => rm::run(ctx, args),
        ItemCommand::Settings(ItemSettingsCommand::Ls(args)) => settings::ls(ctx, args),
        ItemCommand::Settings(ItemSettingsCommand::Patch(args)) => settings::patch(ctx, args),
    }
}
