//! `qlik item collections ID`.

use crate::api::items::collections_path;
use crate::cli::item::ItemCollectionsArgs;
use crate::commands::Ctx;
use crate::output::Shape;

use super::listing::{self, Listing};
use super::validate::{self, COLLECTION_TYPES, SORTS};

pub fn run(ctx: &Ctx, a: ItemCollectionsArgs) -> anyhow::Result<u8> {
    let paging = validate::paging(&a.paging)?;
    let sort = a
        .sort
        .as_deref()
        .map(|s| validate::sort(s, SORTS))
        .transpose()?;
    if let Some(t) = &a.collection_type {
        validate::one_of("--type", t, COLLECTION_TYPES)?;
    }
    let query = listing::filters(&[
        ("name", &a.name),
        ("query", &a.query),
        ("sort", &sort),
        ("type", &a.collection_type),
    ]);
    let listing = Listing {
        path: collections_path(&a.item_id),
        query,
        shape: Shape::Collections,
        noun: "collections",
        item_id: Some(a.item_id.clone()),
    };
    listing::run(ctx, listing, paging, &a.print)
}
