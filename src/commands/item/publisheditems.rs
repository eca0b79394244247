//! `qlik item publisheditems ID`.

use crate::api::items::published_items_path;
use crate::cli::item::ItemPublishedItemsArgs;
use crate::commands::Ctx;
use crate::error::usage;
use crate::output::Shape;

use super::listing::{self, Listing};
use super::validate::{self, SORTS};

pub fn run(ctx: &Ctx, a: ItemPublishedItemsArgs) -> anyhow::Result<u8> {
    let paging = validate::paging(&a.paging)?;
    let sort = a
        .sort
        .as_deref()
        .map(|s| validate::sort(s, SORTS))
        .transpose()?;
    if let Some(t) = &a.resource_type {
        let types = validate::resource_types(t).map_err(usage)?;
        if types.len() != 1 || types[0].subtypes.is_some() {
            return Err(usage(format!(
                "--resourceType `{t}`: publisheditems takes one type, without subtypes"
            )));
        }
        validate::warn_unknown_types(&types);
    }
    let query = listing::filters(&[("resourceType", &a.resource_type), ("sort", &sort)]);
    let listing = Listing {
        path: published_items_path(&a.item_id),
        query,
        shape: Shape::Items,
        noun: "published items",
        item_id: Some(a.item_id.clone()),
    };
    listing::run(ctx, listing, paging, &a.print)
}
