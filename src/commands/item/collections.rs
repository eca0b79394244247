//! `qlik item collections ID`.

use crate::api::items::collections_path;
use crate::cli::item::ItemCollectionsArgs;
use crate::commands::Ctx;
use crate::output::Shape;

use super::list::{self, Listing};
use super::validate::{self, COLLECTION_TYPES, SORTS};

pub fn run(ctx: &Ctx, a: ItemCollectionsArgs) -> anyhow::Result<u8> {
    validate::paging(&a.paging)?;
    let sort = a
        .sort
        .as_deref()
        .map(|s| validate::sort(s, SORTS))
        .transpose()?;
    if let Some(t) = &a.collection_type {
        validate::one_of("--type", t, COLLECTION_TYPES)?;
    }
    let query = list::filters(&[
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
    list::run(ctx, listing, &a.paging, &a.print)
}
