//! `--data FILE.json`: a tenant loaded from a fixture instead of generated.
//!
//! The format is one JSON object:
//!
//! ```json
//! {
//!   "tenantId": "optional",
//!   "userId": "optional: the user every key acts as",
//!   "items": [
//!     {"id": "optional", "name": "Sales", "resourceType": "app", "resourceId": "...",
//!      "spaceId": "...", "ownerId": "...", "createdAt": "2024-01-02T03:04:05Z", "...": "..."}
//!   ],
//!   "collections": [
//!     {"id": "optional", "name": "Favourites", "type": "private", "itemIds": ["..."]}
//!   ],
//!   "spaces": [{"id": "...", "type": "shared|managed|data"}],
//!   "settings": {"usageMetricsEnabled": true}
//! }
//! ```
//!
//! Items take the fields GET returns (so a saved list page's `data` works too: `data` is
//! accepted for `items`); only `name` and `resourceType` are required. `publishedFrom` (the id
//! of another item) makes an item a published copy of it.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, bail};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::model::{
    Attributes, Collection, CollectionType, Item, ItemViews, ResourceSize, Space, SpaceType, Tag,
    actions_for,
};
use crate::seed::{Dataset, seed_now};
use crate::time::parse_rfc3339;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Fixture {
    #[serde(alias = "data")]
    items: Vec<FixtureItem>,
    #[serde(default)]
    collections: Vec<FixtureCollection>,
    #[serde(default)]
    spaces: Vec<FixtureSpace>,
    settings: Option<FixtureSettings>,
    tenant_id: Option<String>,
    user_id: Option<String>,
    /// Ignored: a saved list page's links.
    #[serde(default)]
    #[allow(dead_code)]
    links: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct FixtureItem {
    id: Option<String>,
    name: Option<String>,
    description: Option<String>,
    resource_type: Option<String>,
    resource_sub_type: Option<String>,
    resource_id: Option<String>,
    resource_link: Option<String>,
    space_id: Option<String>,
    owner_id: Option<String>,
    creator_id: Option<String>,
    updater_id: Option<String>,
    thumbnail_id: Option<String>,
    created_at: Option<String>,
    updated_at: Option<String>,
    resource_created_at: Option<String>,
    resource_updated_at: Option<String>,
    resource_reload_end_time: Option<String>,
    resource_reload_status: Option<String>,
    resource_size: Option<ResourceSize>,
    item_views: Option<ItemViews>,
    is_favorited: Option<bool>,
    actions: Option<Vec<String>>,
    collection_ids: Vec<String>,
    resource_attributes: Option<Map<String, Value>>,
    resource_custom_attributes: Option<Map<String, Value>>,
    published_from: Option<String>,
    meta: Option<FixtureMeta>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct FixtureMeta {
    tags: Vec<Tag>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FixtureCollection {
    id: Option<String>,
    name: String,
    #[serde(rename = "type")]
    collection_type: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    item_ids: Vec<String>,
    created_at: Option<String>,
    updated_at: Option<String>,
    creator_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureSpace {
    id: String,
    #[serde(rename = "type")]
    space_type: String,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FixtureSettings {
    usage_metrics_enabled: bool,
}

fn time(what: &str, v: &Option<String>, default: i64) -> anyhow::Result<i64> {
    match v {
        None => Ok(default),
        Some(s) => {
            parse_rfc3339(s).with_context(|| format!("{what}: `{s}` is not an RFC 3339 date-time"))
        }
    }
}

/// The largest fixture read: far above any data set the emulator is meant to serve.
pub const MAX_FIXTURE_BYTES: u64 = 1 << 30;

/// Reads and checks a fixture file: a regular file of at most [`MAX_FIXTURE_BYTES`], read
/// no further than that (a directory or a device such as `/dev/zero` is refused).
pub fn load(path: &Path) -> anyhow::Result<Dataset> {
    use std::io::Read;
    let cannot = || format!("cannot read the fixture {}", path.display());
    let file = std::fs::File::open(path).with_context(cannot)?;
    if !file.metadata().with_context(cannot)?.is_file() {
        bail!("the fixture {} is not a regular file", path.display());
    }
    let mut text = String::new();
    file.take(MAX_FIXTURE_BYTES + 1)
        .read_to_string(&mut text)
        .with_context(cannot)?;
    if text.len() as u64 > MAX_FIXTURE_BYTES {
        bail!(
            "the fixture {} is larger than {} MiB, the most read",
            path.display(),
            MAX_FIXTURE_BYTES >> 20
        );
    }
    parse(&text).with_context(|| format!("bad fixture {}", path.display()))
}

pub fn parse(text: &str) -> anyhow::Result<Dataset> {
    let v: Value = serde_json::from_str(text)?;
    if !v.is_object() {
        bail!("the fixture must be a JSON object with an `items` array");
    }
    let f: Fixture = serde_json::from_value(v)?;
    let base = seed_now();
    let user_id = f
        .user_id
        .clone()
        .or_else(|| f.items.iter().find_map(|i| i.owner_id.clone()))
        .unwrap_or_else(|| "emulator-user".to_string());
    let mut spaces = Vec::new();
    for s in &f.spaces {
        let t = match SpaceType::parse(&s.space_type) {
            Some(SpaceType::Personal) | None => bail!(
                "space `{}`: type must be shared, managed or data, not `{}`",
                s.id,
                s.space_type
            ),
            Some(t) => t,
        };
        spaces.push(Space {
            id: s.id.clone(),
            name: s.name.clone(),
            space_type: t,
        });
    }
    let mut ids = HashSet::new();
    let mut pairs: HashMap<(String, String), String> = HashMap::new();
    let mut items = Vec::with_capacity(f.items.len());
    let mut actions: HashMap<String, Arc<Vec<String>>> = HashMap::new();
    for (i, fi) in f.items.into_iter().enumerate() {
        let what = format!("items[{i}]");
        let name = fi
            .name
            .filter(|n| !n.is_empty())
            .with_context(|| format!("{what}: `name` is required"))?;
        let resource_type = fi
            .resource_type
            .filter(|n| !n.is_empty())
            .with_context(|| format!("{what}: `resourceType` is required"))?;
        let id = fi.id.unwrap_or_else(|| format!("{:024x}", i + 1));
        if !ids.insert(id.clone()) {
            bail!("{what}: the id `{id}` is used twice");
        }
        let resource_id = fi.resource_id.unwrap_or_default();
        if !resource_id.is_empty()
            && let Some(other) =
                pairs.insert((resource_type.clone(), resource_id.clone()), id.clone())
        {
            bail!(
                "{what}: items `{other}` and `{id}` share resourceType `{resource_type}` and resourceId `{resource_id}`"
            );
        }
        let created_at = time(
            &format!("{what}.createdAt"),
            &fi.created_at,
            base + i as i64 * 1000,
        )?;
        let updated_at = time(&format!("{what}.updatedAt"), &fi.updated_at, created_at)?;
        let item_actions = match fi.actions {
            Some(a) => Arc::new(a),
            None => actions
                .entry(resource_type.clone())
                .or_insert_with(|| Arc::new(actions_for(&resource_type)))
                .clone(),
        };
        let owner_id = fi.owner_id.unwrap_or_else(|| user_id.clone());
        let description = fi.description.unwrap_or_default();
        items.push(Item {
            name_lc: name.to_lowercase(),
            description_lc: description.to_lowercase(),
            id,
            name,
            description,
            resource_sub_type: fi.resource_sub_type.unwrap_or_default(),
            resource_link: fi.resource_link.unwrap_or_default(),
            space_id: fi.space_id.unwrap_or_default(),
            creator_id: fi.creator_id.unwrap_or_else(|| owner_id.clone()),
            updater_id: fi.updater_id.unwrap_or_else(|| owner_id.clone()),
            owner_id,
            thumbnail_id: fi.thumbnail_id.unwrap_or_default(),
            created_at,
            updated_at,
            resource_created_at: time(
                &format!("{what}.resourceCreatedAt"),
                &fi.resource_created_at,
                created_at,
            )?,
            resource_updated_at: time(
                &format!("{what}.resourceUpdatedAt"),
                &fi.resource_updated_at,
                updated_at,
            )?,
            resource_reload_end_time: match &fi.resource_reload_end_time {
                None => None,
                Some(_) => Some(time(
                    &format!("{what}.resourceReloadEndTime"),
                    &fi.resource_reload_end_time,
                    0,
                )?),
            },
            resource_reload_status: fi.resource_reload_status.unwrap_or_default(),
            resource_size: fi.resource_size,
            item_views: fi.item_views,
            is_favorited: fi.is_favorited.unwrap_or(false),
            actions: item_actions,
            collection_ids: fi.collection_ids,
            tags: fi.meta.map(|m| m.tags).unwrap_or_default(),
            resource_attributes: Attributes::Explicit(fi.resource_attributes.unwrap_or_default()),
            resource_custom_attributes: fi.resource_custom_attributes.unwrap_or_default(),
            published_from: fi.published_from.unwrap_or_default(),
            last_used_at: updated_at,
            resource_type,
            resource_id,
        });
    }
    for it in &items {
        if !it.published_from.is_empty() && !ids.contains(&it.published_from) {
            bail!(
                "item `{}`: publishedFrom names an unknown item `{}`",
                it.id,
                it.published_from
            );
        }
    }
    let index: HashMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.clone(), i))
        .collect();
    let mut collections = Vec::new();
    let mut known_collections = HashSet::new();
    for (ci, fc) in f.collections.into_iter().enumerate() {
        let what = format!("collections[{ci}]");
        let t = CollectionType::parse(&fc.collection_type).with_context(|| {
            format!(
                "{what}: type must be private, public or publicgoverned, not `{}`",
                fc.collection_type
            )
        })?;
        let id = fc.id.unwrap_or_else(|| format!("c{:023x}", ci + 1));
        if !known_collections.insert(id.clone()) {
            bail!("{what}: the id `{id}` is used twice");
        }
        for item_id in &fc.item_ids {
            let &i = index
                .get(item_id)
                .with_context(|| format!("{what}: itemIds names an unknown item `{item_id}`"))?;
            if !items[i].collection_ids.contains(&id) {
                items[i].collection_ids.push(id.clone());
            }
        }
        let created_at = time(&format!("{what}.createdAt"), &fc.created_at, base)?;
        collections.push(Collection {
            id,
            name: fc.name,
            description: fc.description,
            collection_type: t,
            creator_id: fc.creator_id.unwrap_or_else(|| user_id.clone()),
            created_at,
            updated_at: time(&format!("{what}.updatedAt"), &fc.updated_at, created_at)?,
            item_count: 0,
        });
    }
    for it in &items {
        for cid in &it.collection_ids {
            match collections.iter_mut().find(|c| &c.id == cid) {
                Some(c) => c.item_count += 1,
                None => bail!(
                    "item `{}`: collectionIds names an unknown collection `{cid}`",
                    it.id
                ),
            }
        }
    }
    Ok(Dataset {
        tenant_id: f.tenant_id.unwrap_or_else(|| "emulator-tenant".to_string()),
        user_id,
        items,
        collections,
        spaces,
        usage_metrics_enabled: f.settings.map(|s| s.usage_metrics_enabled).unwrap_or(true),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_and_full() {
        let d = parse(r#"{"items":[{"name":"A","resourceType":"app"}]}"#).unwrap();
        assert_eq!(d.items.len(), 1);
        let d = parse(
            r#"{"items":[{"id":"x","name":"A","resourceType":"app","resourceId":"r1","spaceId":"s1",
                "createdAt":"2024-01-01T00:00:00Z"},
               {"id":"y","name":"B","resourceType":"app","publishedFrom":"x","collectionIds":["c"]}],
                "collections":[{"id":"c","name":"C","type":"public","itemIds":["x"]}],
                "spaces":[{"id":"s1","type":"managed"}],
                "settings":{"usageMetricsEnabled":false}}"#,
        )
        .unwrap();
        assert_eq!(d.collections[0].item_count, 2);
        assert!(!d.usage_metrics_enabled);
    }

    #[test]
    fn clear_errors() {
        for (text, needle) in [
            ("[]", "must be a JSON object"),
            (
                r#"{"items":[{"resourceType":"app"}]}"#,
                "`name` is required",
            ),
            (r#"{"items":[{"name":"a"}]}"#, "`resourceType` is required"),
            (
                r#"{"items":[{"id":"a","name":"a","resourceType":"app"},{"id":"a","name":"b","resourceType":"app"}]}"#,
                "used twice",
            ),
            (
                r#"{"items":[{"name":"a","resourceType":"app","createdAt":"yesterday"}]}"#,
                "RFC 3339",
            ),
            (
                r#"{"items":[{"name":"a","resourceType":"app","collectionIds":["nope"]}]}"#,
                "unknown collection",
            ),
            (r#"{"itemz":[]}"#, "unknown field"),
        ] {
            let err = format!("{:#}", parse(text).unwrap_err());
            assert!(err.contains(needle), "{text}: {err}");
        }
    }
}
