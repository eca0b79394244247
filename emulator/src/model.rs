//! The emulator's data model, after the contract's schemas (not the client's types).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The contract's `itemResourceTypeEnum`.
pub const RESOURCE_TYPES: [&str; 19] = [
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceType {
    Shared,
    Managed,
    Personal,
    Data,
}

impl SpaceType {
    pub fn parse(s: &str) -> Option<SpaceType> {
        Some(match s {
            "shared" => SpaceType::Shared,
            "managed" => SpaceType::Managed,
            "personal" => SpaceType::Personal,
            "data" => SpaceType::Data,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Space {
    pub id: String,
    #[allow(dead_code)]
    pub name: String,
    pub space_type: SpaceType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionType {
    Private,
    Public,
    PublicGoverned,
}

impl CollectionType {
    pub fn parse(s: &str) -> Option<CollectionType> {
        Some(match s {
            "private" => CollectionType::Private,
            "public" => CollectionType::Public,
            "publicgoverned" => CollectionType::PublicGoverned,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            CollectionType::Private => "private",
            CollectionType::Public => "public",
            CollectionType::PublicGoverned => "publicgoverned",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Collection {
    pub id: String,
    pub name: String,
    pub description: String,
    pub collection_type: CollectionType,
    pub creator_id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub item_count: u64,
}

/// `meta.tags` entries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Tag {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ViewWeek {
    #[serde(with = "rfc3339_field")]
    pub start: i64,
    pub total: u64,
    pub unique: u64,
}

/// An RFC 3339 string on the wire, milliseconds since the epoch in memory.
mod rfc3339_field {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(ms: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&crate::time::Rfc3339(*ms))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        let text = String::deserialize(d)?;
        crate::time::parse_rfc3339(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not an RFC 3339 date-time"))
        })
    }
}

/// An item's `resourceAttributes`.
#[derive(Debug, Clone)]
pub enum Attributes {
    /// Generated items: derived from the item when rendered (the resource's id, name, owner,
    /// type and space; for apps also `published`, `hasSectionAccess`, `usage`, and
    /// `originAppId` for published copies), which keeps a large tenant small in memory.
    Generated {
        has_section_access: bool,
        origin_app_id: Option<String>,
    },
    /// Set by a fixture or an update.
    Explicit(serde_json::Map<String, serde_json::Value>),
}

/// The contract's `itemViewsResponseBody`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ItemViews {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub used_by: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<Vec<ViewWeek>>,
}

/// The contract's `itemsResourceSizeResponseBody`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ResourceSize {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_file: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_memory: Option<u64>,
}

/// One item. Empty strings stand for absent optional fields.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub name: String,
    /// `name` lower-cased, for sorting and case-insensitive search.
    pub name_lc: String,
    pub description: String,
    pub description_lc: String,
    pub resource_type: String,
    pub resource_sub_type: String,
    pub resource_id: String,
    pub resource_link: String,
    pub space_id: String,
    pub owner_id: String,
    pub creator_id: String,
    pub updater_id: String,
    pub thumbnail_id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub resource_created_at: i64,
    pub resource_updated_at: i64,
    pub resource_reload_end_time: Option<i64>,
    pub resource_reload_status: String,
    pub resource_size: Option<ResourceSize>,
    pub item_views: Option<ItemViews>,
    pub is_favorited: bool,
    pub actions: Arc<Vec<String>>,
    pub collection_ids: Vec<String>,
    pub tags: Vec<Tag>,
    pub resource_attributes: Attributes,
    pub resource_custom_attributes: serde_json::Map<String, serde_json::Value>,
    /// For published copies: the id of the item they were published from.
    pub published_from: String,
    /// When the calling user last opened the item (the `recentlyUsed` sort).
    pub last_used_at: i64,
}

impl Item {
    pub fn set_name(&mut self, name: String) {
        self.name_lc = name.to_lowercase();
        self.name = name;
    }
    pub fn set_description(&mut self, description: String) {
        self.description_lc = description.to_lowercase();
        self.description = description;
    }
}

/// The actions the calling user may take on an item of this type.
pub fn actions_for(resource_type: &str) -> Vec<String> {
    let list: &[&str] = match resource_type {
        "app" => &[
            "create",
            "delete",
            "duplicate",
            "exportappdata",
            "publish",
            "read",
            "reload",
            "update",
        ],
        "dataset" | "dataasset" => &["delete", "profile", "read", "update"],
        "automation" => &["delete", "execute", "read", "update"],
        _ => &["delete", "read", "update"],
    };
    list.iter().map(|s| s.to_string()).collect()
}

/// The enums above, checked against the contract vendored in `spec/` at the workspace root.
#[cfg(test)]
mod contract {
    use serde_json::Value;

    use super::*;

    fn contract_enum(name: &str) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/items.openapi.json");
        let spec: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        spec["components"]["schemas"][name]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn resource_types_are_the_contracts() {
        assert_eq!(contract_enum("itemResourceTypeEnum"), RESOURCE_TYPES);
    }

    #[test]
    fn space_and_collection_types_are_the_contracts() {
        let spaces = contract_enum("spaceTypeEnum");
        assert!(spaces.iter().all(|s| SpaceType::parse(s).is_some()));
        assert_eq!(spaces.len(), 4, "one SpaceType variant per value");
        for c in contract_enum("CollectionTypes") {
            assert_eq!(
                CollectionType::parse(&c).map(CollectionType::as_str),
                Some(&*c)
            );
        }
    }
}
