//! Checks of the list flags against the contract, before anything is sent. Each failure is
//! a one-line usage error (exit 2). By concern: values of the contract's enums (`enums.rs`;
//! the enums themselves, and the check of one item id, are in `crate::api::items`, below the
//! clap definitions that suggest them), item ids (`ids.rs`), the paging flags
//! (`page_flags.rs`) and `--resourceType` (`types.rs`).

mod enums;
mod ids;
mod page_flags;
mod types;

pub use crate::api::items::{COLLECTION_TYPES, ITEM_SORTS, RESOURCE_TYPES, SORTS, SPACE_TYPES};
pub use enums::{list_of, one_of, sort};
pub use ids::{MAX_RESOURCE_IDS, item_ids};
pub use page_flags::paging;
pub use types::{resource_types, warn_unknown_types};

#[cfg(test)]
mod tests;

/// The enums and flags, checked against the official contract.
#[cfg(test)]
mod contract;

#[cfg(test)]
mod properties;
