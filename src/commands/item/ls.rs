//! `qlik item ls`.

use crate::api::items::ITEMS;
use crate::cli::item::ItemLsArgs;
use crate::commands::Ctx;
use crate::error::usage;
use crate::output::Shape;

use super::listing::{self, Listing};
use super::validate::{self, ITEM_SORTS, MAX_RESOURCE_IDS, SPACE_TYPES};

pub fn run(ctx: &Ctx, args: ItemLsArgs) -> anyhow::Result<u8> {
    let paging = validate::paging(&args.paging)?;
    let query = query(&args)?;
    let listing = Listing {
        path: ITEMS.to_string(),
        query,
        shape: Shape::Items,
        noun: "items",
        item_id: None,
    };
    listing::run(ctx, listing, paging, &args.print)
}

/// Validates the filters and turns them into query pairs.
fn query(a: &ItemLsArgs) -> anyhow::Result<Vec<(&'static str, String)>> {
    let types = match &a.resource_type {
        Some(t) => Some(validate::resource_types(t).map_err(usage)?),
        None => None,
    };
    for (flag, given) in [
        ("--resourceId", a.resource_id.is_some()),
        ("--resourceIds", a.resource_ids.is_some()),
        ("--resourceLink", a.resource_link.is_some()),
    ] {
        if given && types.is_none() {
            return Err(usage(format!("{flag} needs --resourceType")));
        }
    }
    if a.resource_id.is_some() && a.resource_link.is_some() {
        return Err(usage(
            "--resourceId and --resourceLink cannot be used together",
        ));
    }
    if let Some(ids) = &a.resource_ids {
        let n = ids.split(',').filter(|s| !s.trim().is_empty()).count();
        if n > MAX_RESOURCE_IDS {
            return Err(usage(format!(
                "--resourceIds takes at most {MAX_RESOURCE_IDS} ids, not {n}"
            )));
        }
    }
    if let Some(types) = &types
        && a.resource_sub_type.is_some()
        && types.iter().any(|t| t.subtypes.is_some())
    {
        return Err(usage(
            "--resourceSubType cannot be used with the bracket syntax of --resourceType (e.g. app[qvd]); use one or the other",
        ));
    }
    let sort = a
        .sort
        .as_deref()
        .map(|s| validate::sort(s, ITEM_SORTS))
        .transpose()?;
    if let Some(s) = &a.space_type {
        validate::list_of("--spaceType", s, SPACE_TYPES)?;
    }
    if let Some(types) = &types {
        validate::warn_unknown_types(types);
    }

    let mut q = listing::filters(&[
        ("collectionId", &a.collection_id),
        ("createdByUserId", &a.created_by_user_id),
        ("id", &a.id),
        ("name", &a.name),
        ("notCreatedByUserId", &a.not_created_by_user_id),
        ("notOwnerId", &a.not_owner_id),
        ("ownerId", &a.owner_id),
        ("query", &a.query),
        ("resourceId", &a.resource_id),
        ("resourceIds", &a.resource_ids),
        ("resourceLink", &a.resource_link),
        ("resourceSubType", &a.resource_sub_type),
        ("resourceType", &a.resource_type),
        ("sort", &sort),
        ("spaceId", &a.space_id),
        ("spaceType", &a.space_type),
    ]);
    if let Some(shared) = a.shared {
        q.push(("shared", shared.to_string()));
    }
    if a.no_actions {
        q.push(("noActions", "true".into()));
    }
    Ok(q)
}
