//! `qlik item update ID`: PUT only the fields the user set.

use serde_json::{Map, Value};

use crate::api::items::item_path;
use crate::cli::item::ItemUpdateArgs;
use crate::commands::runtime::block_on;
use crate::commands::{Ctx, Session};
use crate::error::{usage, warn};
use crate::output::Shape;

use super::validate;

mod body;
mod check;

pub use body::{body, editable_fields, file_body, is_computed};
pub use check::check as check_body;

/// The check of a body's resourceType that update makes before sending: one type, without
/// subtypes; a type the contract does not list is sent with a warning.
pub fn check_type(body: &Map<String, Value>) -> anyhow::Result<()> {
    if let Some(t) = body.get("resourceType").and_then(Value::as_str) {
        let types = validate::resource_types(t).map_err(usage)?;
        if types.len() != 1 || types[0].subtypes.is_some() {
            return Err(usage(format!(
                "resourceType `{t}`: give one type, without subtypes"
            )));
        }
        validate::warn_unknown_types(&types);
    }
    Ok(())
}

pub fn run(ctx: &Ctx, a: ItemUpdateArgs) -> anyhow::Result<u8> {
    if a.item_id.trim().is_empty() {
        return Err(usage(format!("`{}` is not an item id", a.item_id)));
    }
    let file = match &a.file {
        Some(f) => Some(file_body(f)?),
        None => None,
    };
    let mut body = match file {
        Some(file) => {
            if let Some(id) = file.id.as_deref().filter(|id| *id != a.item_id) {
                warn(format!(
                    "the file holds item `{}`; its fields are sent to item `{}`",
                    crate::text::cut(id, 60),
                    a.item_id
                ));
            }
            if ctx.global.verbose && !file.ignored.is_empty() {
                eprintln!(
                    "ignored the fields the service computes: {}",
                    file.ignored.join(", ")
                );
            }
            body(&a, file.fields)?
        }
        None => body(&a, Map::new())?,
    };
    if body.is_empty() {
        return Err(usage(
            "nothing to update: give at least one field (e.g. --name NAME) or -f FILE",
        ));
    }
    check_type(&body)?;
    let Session {
        mut printer,
        client,
    } = ctx.session(a.print.quiet)?;
    let path = item_path(&a.item_id);
    block_on(async move {
        if a.dry_run.dry_run {
            if !body.contains_key("resourceType") {
                warn(format!(
                    "resourceType would be looked up first (GET {}) and added to the body",
                    client.full_url(&path)
                ));
            }
            printer.dry_run("PUT", &client.full_url(&path), Some(&Value::Object(body)))?;
            printer.flush()?;
            return Ok(0);
        }
        if !body.contains_key("resourceType") {
            let current = client
                .get_item_raw(&a.item_id)
                .await
                .map_err(|e| super::item_error(&a.item_id, e))?
                .json()?;
            let t = current
                .get("resourceType")
                .and_then(Value::as_str)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "the item has no resourceType to send back; give --resourceType"
                    )
                })?;
            body.insert("resourceType".into(), Value::String(t.to_string()));
        }
        let resp = client
            .put_item(&a.item_id, &Value::Object(body))
            .await
            .map_err(|e| super::item_error(&a.item_id, e))?;
        if a.print.raw {
            printer.raw(&resp.body)?;
        } else {
            printer.object(Shape::Items, &resp.json()?)?;
        }
        Ok(0)
    })
}
