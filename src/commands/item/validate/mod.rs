//! Checks of the list flags against the contract, before anything is sent. Each failure is
//! a one-line usage error (exit 2). By concern: the contract's enums (`enums.rs`), item ids
//! (`ids.rs`), the paging flags (`page_flags.rs`) and `--resourceType` (`types.rs`).

mod enums;
mod ids;
mod page_flags;
mod types;

pub use enums::{
    COLLECTION_TYPES, ITEM_SORTS, RESOURCE_TYPES, SORTS, SPACE_TYPES, list_of, one_of, sort,
};
pub use ids::{MAX_RESOURCE_IDS, item_id, item_ids};
pub use page_flags::paging;
pub use types::{resource_types, warn_unknown_types};

#[cfg(test)]
mod tests;

/// The enums and flags, checked against the official contract.
#[cfg(test)]
mod contract;

#[cfg(test)]
mod properties;
