//! The Items API endpoints.

use super::{ApiError, Client, Response, segment};

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
