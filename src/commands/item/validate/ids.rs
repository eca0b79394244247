//! Item ids, checked before they are sent as a path segment (`crate::api::items::item_id`).

use crate::api::items::item_id;
use crate::error::usage;

/// The most resourceIds one request takes.
pub const MAX_RESOURCE_IDS: usize = 100;

/// Every id of a list (ids read from standard input), before anything is sent.
pub fn item_ids(ids: &[String]) -> anyhow::Result<()> {
    ids.iter().try_for_each(|id| item_id(id).map_err(usage))
}
