//! Item ids, checked before they are sent as a path segment.

use crate::api::cut;
use crate::error::usage;

/// The most resourceIds one request takes.
pub const MAX_RESOURCE_IDS: usize = 100;

/// The longest item id accepted, in bytes. Item ids are 24 hex digits; a value this long is
/// not an id, and past a point no server takes the URL.
pub const MAX_ID_LEN: usize = 1024;

/// An item id that can be sent as one path segment: not blank, not `.` or `..` (which URL
/// parsing reads as "this" and "the parent" segment), at most [`MAX_ID_LEN`] bytes.
pub fn item_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("`{}` is not an item id", cut(id, 40)));
    }
    if id == "." || id == ".." {
        return Err(format!(
            "`{id}` is not an item id (`.` and `..` cannot be sent as a path segment)"
        ));
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!(
            "item id `{}` is {} bytes, longer than the {MAX_ID_LEN} an id may have",
            cut(id, 40),
            id.len()
        ));
    }
    Ok(())
}

/// Every id of a list (ids read from standard input), before anything is sent.
pub fn item_ids(ids: &[String]) -> anyhow::Result<()> {
    ids.iter().try_for_each(|id| item_id(id).map_err(usage))
}
