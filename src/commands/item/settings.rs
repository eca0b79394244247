//! `qlik item settings ls`.

use std::io::Write;

use crate::cli::item::ItemSettingsLsArgs;
use crate::commands::{Ctx, block_on, stdout};
use crate::output::{Shape, write_object};

pub fn ls(ctx: &Ctx, args: ItemSettingsLsArgs) -> anyhow::Result<u8> {
    let settings = ctx.settings()?;
    let format = ctx.format(&settings, false)?;
    let term = ctx.terminal();
    let client = ctx.client(&settings)?;
    block_on(async move {
        let resp = client.get_settings().await?;
        let mut out = stdout();
        if args.raw {
            out.write_all(&resp.body)?;
            if !resp.body.ends_with(b"\n") {
                out.write_all(b"\n")?;
            }
            out.flush()?;
        } else {
            write_object(&mut out, format, Shape::Settings, term, &resp.json()?)?;
        }
        Ok(0)
    })
}
