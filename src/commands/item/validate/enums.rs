//! The enums of the contract, and the checks of a value against one of them.

use crate::error::usage;

/// The contract's `itemResourceTypeEnum`.
pub const RESOURCE_TYPES: &[&str] = &[
    "app",
    "qlikview",
    "qvapp",
    "genericlink",
    "sharingservicetask",
    "note",
    "dataasset",
    "dataset",
    "automation",
    "automl-experiment",
    "automl-deployment",
    "assistant",
    "dataproduct",
    "dataqualityrule",
    "glossary",
    "knowledgebase",
    "script",
    "semantictype",
    "page",
];

/// The contract's `spaceTypeEnum`.
pub const SPACE_TYPES: &[&str] = &["shared", "managed", "personal", "data"];

/// Sort values of listItems.
pub const ITEM_SORTS: &[&str] = &[
    "+createdAt",
    "-createdAt",
    "+name",
    "-name",
    "+updatedAt",
    "-updatedAt",
    "+recentlyUsed",
    "-recentlyUsed",
];

/// Sort values of listItemCollections and listPublishedItems.
pub const SORTS: &[&str] = &[
    "+createdAt",
    "-createdAt",
    "+name",
    "-name",
    "+updatedAt",
    "-updatedAt",
];

/// The contract's `CollectionTypes`.
pub const COLLECTION_TYPES: &[&str] = &["private", "public", "publicgoverned"];

/// A value that must be one of `allowed`.
pub fn one_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(usage(format!(
            "{flag} `{value}` is not one of: {}",
            allowed.join(", ")
        )))
    }
}

/// `--sort`: one of `allowed`, where a bare field means ascending (`name` is `+name`, as the
/// service's own default `+createdAt` reads). Returns the value to send.
pub fn sort(value: &str, allowed: &[&str]) -> anyhow::Result<String> {
    let full = if value.starts_with(['+', '-']) {
        value.to_string()
    } else {
        format!("+{value}")
    };
    match one_of("--sort", &full, allowed) {
        Ok(()) => Ok(full),
        // Name the value as given.
        Err(_) => one_of("--sort", value, allowed).map(|()| full),
    }
}

/// A comma list whose every entry must be one of `allowed`.
pub fn list_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    for part in value.split(',') {
        if part.is_empty() {
            return Err(usage(format!("{flag} `{value}` has an empty entry")));
        }
        one_of(flag, part, allowed)?;
    }
    Ok(())
}
