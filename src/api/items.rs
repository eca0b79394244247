//! The Items API endpoints.

use super::{ApiError, Client, Response, cut, segment};

/// `GET /api/v1/items` (listItems).
pub const ITEMS: &str = "/api/v1/items";
/// `GET|PATCH /api/v1/items/settings`.
pub const SETTINGS: &str = "/api/v1/items/settings";

/// `/api/v1/items/{itemId}`.
pub fn item_path(id: &str) -> String {
    format!("{ITEMS}/{}", segment(id))
}

/// `/api/v1/items/{itemId}/collections`.
pub fn collections_path(id: &str) -> String {
    format!("{}/collections", item_path(id))
}

/// `/api/v1/items/{itemId}/publisheditems`.
pub fn published_items_path(id: &str) -> String {
    format!("{}/publisheditems", item_path(id))
}

impl Client {
    /// getItem, the answer as received.
    pub async fn get_item_raw(&self, id: &str) -> Result<Response, ApiError> {
        self.get(&item_path(id)).await
    }

    /// updateItem: `PUT /api/v1/items/{itemId}` with `body`; the answer is the updated item.
    pub async fn put_item(&self, id: &str, body: &serde_json::Value) -> Result<Response, ApiError> {
        self.send(reqwest::Method::PUT, &item_path(id), Some(body))
            .await
    }

    /// deleteItem: `DELETE /api/v1/items/{itemId}`.
    pub async fn delete_item(&self, id: &str) -> Result<Response, ApiError> {
        self.send(reqwest::Method::DELETE, &item_path(id), None)
            .await
    }

    /// PatchSettings: `PATCH /api/v1/items/settings` with a JSON Patch array.
    pub async fn patch_settings(&self, ops: &serde_json::Value) -> Result<Response, ApiError> {
        self.send(reqwest::Method::PATCH, SETTINGS, Some(ops)).await
    }

    /// GetSettings.
    pub async fn get_settings(&self) -> Result<Response, ApiError> {
        self.get(SETTINGS).await
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(item_path("abc"), "/api/v1/items/abc");
        assert_eq!(collections_path("a/b"), "/api/v1/items/a%2Fb/collections");
        assert_eq!(
            published_items_path("x y"),
            "/api/v1/items/x%20y/publisheditems"
        );
    }
}
