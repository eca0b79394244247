//! JSON bodies, after the contract's response schemas.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::model::{Attributes, Collection, Item};
use crate::store::Store;
use crate::time::Rfc3339;

/// Characters escaped in a path segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A path segment, percent-encoded.
pub fn seg(s: &str) -> impl fmt::Display + '_ {
    utf8_percent_encode(s, SEGMENT)
}

/// Encodes query pairs (`+` becomes `%2B`, brackets are escaped).
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.extend(form_urlencoded::byte_serialize(k.as_bytes()));
        out.push('=');
        out.extend(form_urlencoded::byte_serialize(v.as_bytes()));
    }
    out
}

/// `{"href": "..."}`.
pub struct Href(pub String);

impl Serialize for Href {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("href", &self.0)?;
        m.end()
    }
}

pub struct Ctx<'a> {
    pub base: &'a str,
    pub store: &'a Store,
}

/// An item as the contract's `itemResultResponseBody`; `actions: false` for `noActions`.
pub struct ItemJson<'a> {
    pub ctx: &'a Ctx<'a>,
    pub item: &'a Item,
    pub actions: bool,
    /// An entry of `publisheditems`: the contract types those entries as its collection body,
    /// so they also carry that body's required `type` (`public`) and `itemCount` (0).
    pub published_entry: bool,
}

struct TagRefs<'a>(&'a Ctx<'a>, &'a [String]);

impl Serialize for TagRefs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        for id in self.1 {
            if let Some(c) = self.0.store.collection(id) {
                seq.serialize_element(&crate::model::Tag {
                    id: c.id.clone(),
                    name: c.name.clone(),
                })?;
            }
        }
        seq.end()
    }
}

struct Meta<'a>(&'a ItemJson<'a>);

impl Serialize for Meta<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.0.item;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("isFavorited", &it.is_favorited)?;
        m.serialize_entry("tags", &it.tags)?;
        m.serialize_entry("collections", &TagRefs(self.0.ctx, &it.collection_ids))?;
        if self.0.actions {
            m.serialize_entry("actions", &*it.actions)?;
        }
        m.end()
    }
}

struct AttrsJson<'a>(&'a Item);

impl Serialize for AttrsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.0;
        let (has_section_access, origin_app_id) = match &it.resource_attributes {
            Attributes::Explicit(map) => return map.serialize(s),
            Attributes::Generated {
                has_section_access,
                origin_app_id,
            } => (*has_section_access, origin_app_id),
        };
        let mut m = s.serialize_map(None)?;
        if !it.resource_id.is_empty() {
            m.serialize_entry("id", &it.resource_id)?;
        }
        m.serialize_entry("name", &it.name)?;
        if !it.owner_id.is_empty() {
            m.serialize_entry("owner", &it.owner_id)?;
        }
        m.serialize_entry("_resourcetype", &it.resource_type)?;
        if it.resource_type == "app" {
            m.serialize_entry("published", &!it.published_from.is_empty())?;
            m.serialize_entry("hasSectionAccess", &has_section_access)?;
            m.serialize_entry("usage", "ANALYTICS")?;
            if let Some(origin) = origin_app_id {
                m.serialize_entry("originAppId", origin)?;
            }
        }
        if !it.space_id.is_empty() {
            m.serialize_entry("spaceId", &it.space_id)?;
        }
        m.end()
    }
}

struct ItemLinks<'a>(&'a Ctx<'a>, &'a Item);

impl Serialize for ItemLinks<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (base, it) = (self.0.base, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry(
            "self",
            &Href(format!("{base}/api/v1/items/{}", seg(&it.id))),
        )?;
        m.serialize_entry(
            "collections",
            &Href(format!("{base}/api/v1/items/{}/collections", seg(&it.id))),
        )?;
        if it.resource_type == "app" && !it.resource_id.is_empty() {
            m.serialize_entry(
                "open",
                &Href(format!("{base}/sense/app/{}", seg(&it.resource_id))),
            )?;
        }
        if !it.thumbnail_id.is_empty() {
            m.serialize_entry(
                "thumbnail",
                &Href(format!(
                    "{base}/api/v1/apps/{}/media/content/thumbnails/{}",
                    seg(&it.resource_id),
                    seg(&it.thumbnail_id)
                )),
            )?;
        }
        m.end()
    }
}

impl Serialize for ItemJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.item;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &it.id)?;
        m.serialize_entry("name", &it.name)?;
        if !it.description.is_empty() {
            m.serialize_entry("description", &it.description)?;
        }
        m.serialize_entry("resourceType", &it.resource_type)?;
        if self.published_entry {
            m.serialize_entry("type", "public")?;
            m.serialize_entry("itemCount", &0)?;
        }
        if !it.resource_sub_type.is_empty() {
            m.serialize_entry("resourceSubType", &it.resource_sub_type)?;
        }
        if !it.resource_id.is_empty() {
            m.serialize_entry("resourceId", &it.resource_id)?;
        }
        if !it.resource_link.is_empty() {
            m.serialize_entry("resourceLink", &it.resource_link)?;
        }
        m.serialize_entry("resourceAttributes", &AttrsJson(it))?;
        m.serialize_entry("resourceCustomAttributes", &it.resource_custom_attributes)?;
        m.serialize_entry("resourceCreatedAt", &Rfc3339(it.resource_created_at))?;
        m.serialize_entry("resourceUpdatedAt", &Rfc3339(it.resource_updated_at))?;
        if let Some(t) = it.resource_reload_end_time {
            m.serialize_entry("resourceReloadEndTime", &Rfc3339(t))?;
        }
        if !it.resource_reload_status.is_empty() {
            m.serialize_entry("resourceReloadStatus", &it.resource_reload_status)?;
        }
        if let Some(size) = &it.resource_size {
            m.serialize_entry("resourceSize", size)?;
        }
        if !it.space_id.is_empty() {
            m.serialize_entry("spaceId", &it.space_id)?;
        }
        if !it.owner_id.is_empty() {
            m.serialize_entry("ownerId", &it.owner_id)?;
        }
        if !it.creator_id.is_empty() {
            m.serialize_entry("creatorId", &it.creator_id)?;
        }
        if !it.updater_id.is_empty() {
            m.serialize_entry("updaterId", &it.updater_id)?;
        }
        m.serialize_entry("tenantId", &self.ctx.store.tenant_id)?;
        if !it.thumbnail_id.is_empty() {
            m.serialize_entry("thumbnailId", &it.thumbnail_id)?;
        }
        m.serialize_entry("isFavorited", &it.is_favorited)?;
        m.serialize_entry("collectionIds", &it.collection_ids)?;
        m.serialize_entry("meta", &Meta(self))?;
        if self.actions {
            m.serialize_entry("actions", &*it.actions)?;
        }
        if let Some(views) = &it.item_views {
            m.serialize_entry("itemViews", views)?;
        }
        m.serialize_entry("links", &ItemLinks(self.ctx, it))?;
        m.serialize_entry("createdAt", &Rfc3339(it.created_at))?;
        m.serialize_entry("updatedAt", &Rfc3339(it.updated_at))?;
        m.end()
    }
}

/// A collection as the contract's `collectionResultResponseBody`.
pub struct CollectionJson<'a> {
    pub ctx: &'a Ctx<'a>,
    pub c: &'a Collection,
}

impl Serialize for CollectionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, base) = (self.c, self.ctx.base);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &c.id)?;
        m.serialize_entry("name", &c.name)?;
        if !c.description.is_empty() {
            m.serialize_entry("description", &c.description)?;
        }
        m.serialize_entry("type", c.collection_type.as_str())?;
        m.serialize_entry("itemCount", &c.item_count)?;
        m.serialize_entry("full", &false)?;
        m.serialize_entry("tenantId", &self.ctx.store.tenant_id)?;
        if !c.creator_id.is_empty() {
            m.serialize_entry("creatorId", &c.creator_id)?;
            m.serialize_entry("updaterId", &c.creator_id)?;
        }
        m.serialize_entry("createdAt", &Rfc3339(c.created_at))?;
        m.serialize_entry("updatedAt", &Rfc3339(c.updated_at))?;
        struct Links<'a>(&'a str, &'a str);
        impl Serialize for Links<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(2))?;
                let id = seg(self.1);
                m.serialize_entry("self", &Href(format!("{}/api/v1/collections/{id}", self.0)))?;
                m.serialize_entry(
                    "items",
                    &Href(format!("{}/api/v1/collections/{id}/items", self.0)),
                )?;
                m.end()
            }
        }
        m.serialize_entry("links", &Links(base, &c.id))?;
        m.end()
    }
}

/// A list body: `{"data": [...], "links": {...}}`.
pub fn list_body<T: Serialize>(data: &[T], links: &[(&str, String)]) -> Vec<u8> {
    struct Links<'a>(&'a [(&'a str, String)]);
    impl Serialize for Links<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, href) in self.0 {
                m.serialize_entry(k, &Href(href.clone()))?;
            }
            m.end()
        }
    }
    #[derive(Serialize)]
    struct Body<'a, T> {
        data: &'a [T],
        links: Links<'a>,
    }
    serde_json::to_vec(&Body {
        data,
        links: Links(links),
    })
    .unwrap_or_default()
}
