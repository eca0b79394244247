//! The eight operations of the contract.

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::model::{Attributes, Item};
use crate::paging::{Cursor, Key, Sort, SortField, Sorted, VecSeq, Window, window};
use crate::query::{self, Paging, Params};
use crate::render::{CollectionJson, Ctx, ItemJson, list_body, query_string, seg};
use crate::state::{Principal, Shared};
use crate::store::sort_key;
use crate::time::parse_rfc3339;

/// A handler's answer: status and JSON body (empty for 204).
pub type Answer = Result<(u16, Vec<u8>), ApiError>;

/// `self`, `next` and `prev` links of a list page.
/// Where a page sits: its sort, the cursor it was asked with, and its first and last entries.
struct PageAt<'a> {
    sort: Sort,
    cursor: Option<&'a Cursor>,
    window: &'a Window,
    first: Option<(Key, String)>,
    last: Option<(Key, String)>,
}

fn page_links<'k>(base: &str, path: &str, p: &Params, page: PageAt<'_>) -> Vec<(&'k str, String)> {
    let PageAt {
        sort,
        cursor,
        window: w,
        first,
        last,
    } = page;
    let url = |pairs: &[(&str, &str)]| {
        if pairs.is_empty() {
            format!("{base}{path}")
        } else {
            format!("{base}{path}?{}", query_string(pairs))
        }
    };
    let mut links = vec![("self", url(&p.all()))];
    // An empty page (everything past the cursor was deleted) links back from the cursor's own
    // position: the other direction, the item at the cursor included or not as it was not.
    let from_cursor = |at: Option<(Key, String)>| match (at, cursor) {
        (Some((key, id)), _) => Some((key, id, false)),
        (None, Some(c)) => Some((c.key.clone(), c.id.clone(), !c.inclusive)),
        (None, None) => None,
    };
    let mut with_cursor = |name: &'k str, prev: bool, at: Option<(Key, String, bool)>| {
        if let Some((key, id, inclusive)) = at {
            let c = Cursor {
                prev,
                inclusive,
                sort,
                key,
                id,
            }
            .encode();
            let mut pairs = p.without_cursor();
            pairs.push((name, &c));
            links.push((name, url(&pairs)));
        }
    };
    if w.has_next {
        with_cursor("next", false, from_cursor(last));
    }
    if w.has_prev {
        with_cursor("prev", true, from_cursor(first));
    }
    links
}

pub fn list_items(sh: &Shared, p: &Params) -> Answer {
    let q = query::list_items(p)?;
    let store = sh.read();
    let Paging {
        limit,
        sort,
        cursor,
    } = q.paging;
    let seq = store.seq(sort.field, sort.desc, |it| q.filter.matches(it, &store));
    let w = window(&seq, cursor.as_ref(), limit);
    let items: Vec<&Item> = w
        .positions
        .iter()
        .map(|&i| store.item_at(&seq, i))
        .collect();
    let ctx = Ctx {
        base: &sh.base_url,
        store: &store,
    };
    let data: Vec<ItemJson> = items
        .iter()
        .map(|item| ItemJson {
            ctx: &ctx,
            item,
            actions: !q.no_actions,
            published_entry: false,
        })
        .collect();
    let key_of = |it: &&Item| (sort_key(it, sort.field).to_owned_key(), it.id.clone());
    let links = page_links(
        &sh.base_url,
        "/api/v1/items",
        p,
        PageAt {
            sort,
            cursor: cursor.as_ref(),
            window: &w,
            first: items.first().map(key_of),
            last: items.last().map(key_of),
        },
    );
    Ok((200, list_body(&data, &links)))
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("No item with id `{id}`."))
}

pub fn get_item(sh: &Shared, id: &str) -> Answer {
    let store = sh.read();
    let item = store.get(id).ok_or_else(|| not_found(id))?;
    let ctx = Ctx {
        base: &sh.base_url,
        store: &store,
    };
    let json = ItemJson {
        ctx: &ctx,
        item,
        actions: true,
        published_entry: false,
    };
    Ok((200, serde_json::to_vec(&json).unwrap_or_default()))
}

/// The fields of an update; `Some("")` unsets a string field.
#[derive(Debug, Default)]
struct Update {
    resource_type: String,
    name: Option<String>,
    description: Option<String>,
    space_id: Option<String>,
    resource_id: Option<String>,
    resource_link: Option<String>,
    resource_sub_type: Option<String>,
    thumbnail_id: Option<String>,
    resource_updated_at: Option<i64>,
    resource_attributes: Option<Map<String, Value>>,
    resource_custom_attributes: Option<Map<String, Value>>,
}

fn string_field(obj: &Map<String, Value>, name: &str) -> Result<Option<String>, ApiError> {
    match obj.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::bad_body(format!("`{name}` must be a string."))),
    }
}

fn object_field(
    obj: &Map<String, Value>,
    name: &str,
) -> Result<Option<Map<String, Value>>, ApiError> {
    match obj.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m.clone())),
        Some(_) => Err(ApiError::bad_body(format!("`{name}` must be an object."))),
    }
}

fn looks_like_uri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, rest)) => {
            !rest.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

fn parse_update(body: &[u8]) -> Result<Update, ApiError> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_body(format!("The body is not valid JSON: {e}.")))?;
    let obj = v
        .as_object()
        .ok_or_else(|| ApiError::bad_body("The body must be a JSON object."))?;
    let resource_type = string_field(obj, "resourceType")?
        .ok_or_else(|| ApiError::bad_body("`resourceType` is required."))?;
    if !query::known_type(&resource_type) {
        return Err(ApiError::bad_body(format!(
            "Unknown resourceType `{resource_type}`."
        )));
    }
    let name = string_field(obj, "name")?;
    if name.as_deref() == Some("") {
        return Err(ApiError::bad_body("`name` cannot be empty."));
    }
    let resource_link = string_field(obj, "resourceLink")?;
    if let Some(l) = &resource_link
        && !l.is_empty()
        && !looks_like_uri(l)
    {
        return Err(ApiError::bad_body(format!(
            "`resourceLink` must be a URI, not `{l}`."
        )));
    }
    let resource_updated_at = match string_field(obj, "resourceUpdatedAt")?.as_deref() {
        None | Some("") => None,
        Some(s) => Some(parse_rfc3339(s).ok_or_else(|| {
            ApiError::bad_body(format!(
                "`resourceUpdatedAt` must be an RFC 3339 date-time, not `{s}`."
            ))
        })?),
    };
    Ok(Update {
        resource_type,
        name,
        description: string_field(obj, "description")?,
        space_id: string_field(obj, "spaceId")?,
        resource_id: string_field(obj, "resourceId")?,
        resource_link,
        resource_sub_type: string_field(obj, "resourceSubType")?,
        thumbnail_id: string_field(obj, "thumbnailId")?,
        resource_updated_at,
        resource_attributes: object_field(obj, "resourceAttributes")?,
        resource_custom_attributes: object_field(obj, "resourceCustomAttributes")?,
    })
}

pub fn put_item(sh: &Shared, id: &str, body: &[u8], who: &Principal) -> Answer {
    let u = parse_update(body)?;
    let now = sh.clock.now_ms();
    {
        let mut store = sh.write();
        let item = store.get(id).ok_or_else(|| not_found(id))?;
        let new_resource_id = u.resource_id.as_ref().unwrap_or(&item.resource_id);
        if !new_resource_id.is_empty()
            && let Some(other) = store.iter().find(|o| {
                o.id != id
                    && o.resource_type == u.resource_type
                    && &o.resource_id == new_resource_id
            })
        {
            return Err(ApiError::conflict(format!(
                "Item `{}` already has resourceType `{}` and resourceId `{new_resource_id}`.",
                other.id, u.resource_type
            )));
        }
        let user = match who {
            Principal::Key => store.user_id.clone(),
            Principal::Client(client_id) => bot_user_id(sh, client_id),
        };
        store.update(id, move |it| {
            it.resource_type = u.resource_type;
            if let Some(v) = u.name {
                it.set_name(v);
            }
            if let Some(v) = u.description {
                it.set_description(v);
            }
            let set = |field: &mut String, v: Option<String>| {
                if let Some(v) = v {
                    *field = v;
                }
            };
            set(&mut it.space_id, u.space_id);
            set(&mut it.resource_id, u.resource_id);
            set(&mut it.resource_link, u.resource_link);
            set(&mut it.resource_sub_type, u.resource_sub_type);
            set(&mut it.thumbnail_id, u.thumbnail_id);
            if let Some(t) = u.resource_updated_at {
                it.resource_updated_at = t;
            }
            if let Some(m) = u.resource_attributes {
                it.resource_attributes = Attributes::Explicit(m);
            }
            if let Some(m) = u.resource_custom_attributes {
                it.resource_custom_attributes = m;
            }
            it.updated_at = now.max(it.created_at);
            it.updater_id = user;
        });
    }
    get_item(sh, id)
}

pub fn delete_item(sh: &Shared, id: &str) -> Answer {
    if sh.write().delete(id) {
        Ok((204, Vec::new()))
    } else {
        Err(not_found(id))
    }
}

pub fn list_collections(sh: &Shared, id: &str, p: &Params) -> Answer {
    let q = query::list_collections(p)?;
    let store = sh.read();
    let item = store.get(id).ok_or_else(|| not_found(id))?;
    let sort = q.paging.sort;
    let entries = item
        .collection_ids
        .iter()
        .filter_map(|cid| store.collection(cid))
        .filter(|c| q.name.as_ref().is_none_or(|n| &c.name == n))
        .filter(|c| q.collection_type.is_none_or(|t| c.collection_type == t))
        .filter(|c| {
            q.query_lc.as_ref().is_none_or(|needle| {
                c.name.to_lowercase().contains(needle.as_str())
                    || c.description.to_lowercase().contains(needle.as_str())
            })
        })
        .map(|c| {
            let key = match sort.field {
                SortField::Name => Key::Str(c.name.to_lowercase()),
                SortField::UpdatedAt => Key::Int(c.updated_at),
                _ => Key::Int(c.created_at),
            };
            (key, c.id.as_str(), c)
        })
        .collect();
    let path = format!("/api/v1/items/{}/collections", seg(id));
    let (page, mut links) = sorted_page(&sh.base_url, &path, p, &q.paging, entries);
    let ctx = Ctx {
        base: &sh.base_url,
        store: &store,
    };
    let data: Vec<CollectionJson> = page
        .into_iter()
        .map(|c| CollectionJson { ctx: &ctx, c })
        .collect();
    links.push(("item", format!("{}/api/v1/items/{}", sh.base_url, seg(id))));
    Ok((200, list_body(&data, &links)))
}

pub fn list_published(sh: &Shared, id: &str, p: &Params) -> Answer {
    let q = query::list_published(p)?;
    let store = sh.read();
    store.get(id).ok_or_else(|| not_found(id))?;
    let sort = q.paging.sort;
    let entries = store
        .iter()
        .filter(|it| it.published_from == id)
        .filter(|it| {
            q.types
                .as_ref()
                .is_none_or(|t| t.contains(&it.resource_type))
        })
        .map(|it| (sort_key(it, sort.field).to_owned_key(), it.id.as_str(), it))
        .collect();
    let path = format!("/api/v1/items/{}/publisheditems", seg(id));
    let (page, links) = sorted_page(&sh.base_url, &path, p, &q.paging, entries);
    let ctx = Ctx {
        base: &sh.base_url,
        store: &store,
    };
    let data: Vec<ItemJson> = page
        .into_iter()
        .map(|item| ItemJson {
            ctx: &ctx,
            item,
            actions: true,
            published_entry: true,
        })
        .collect();
    Ok((200, list_body(&data, &links)))
}

/// One page of a small list (an item's collections or published copies) given whole with
/// each entry's sort key and id: the entries the request's window holds, and the page's links.
fn sorted_page<T: Copy>(
    base: &str,
    path: &str,
    p: &Params,
    paging: &Paging,
    entries: Vec<(Key, &str, T)>,
) -> (Vec<T>, Vec<(&'static str, String)>) {
    let sort = paging.sort;
    let seq = VecSeq::new(entries, sort.desc);
    let w = window(
        &Sorted {
            seq: &seq,
            desc: sort.desc,
        },
        paging.cursor.as_ref(),
        paging.limit,
    );
    let at =
        |i: Option<&usize>| i.map(|&i| (seq.entries[i].0.clone(), seq.entries[i].1.to_string()));
    let links = page_links(
        base,
        path,
        p,
        PageAt {
            sort,
            cursor: paging.cursor.as_ref(),
            window: &w,
            first: at(w.positions.first()),
            last: at(w.positions.last()),
        },
    );
    let page = w.positions.iter().map(|&i| seq.entries[i].2).collect();
    (page, links)
}

pub fn settings_body(enabled: bool) -> Vec<u8> {
    serde_json::to_vec(&json!({ "usageMetricsEnabled": enabled })).unwrap_or_default()
}

/// The id of an OAuth client's bot user: stable for a seed and a client id.
fn bot_user_id(sh: &Shared, client_id: &str) -> String {
    crate::oauth::stable_id(sh.seed, &format!("bot:{client_id}"))
}

/// A role of `assignedRoles`, as the Users contract has it; its id is the same in every
/// emulator.
fn role(name: &str, level: &str) -> Value {
    json!({
        "id": crate::oauth::stable_id(0, &format!("role:{name}")),
        "name": name,
        "type": "default",
        "level": level,
    })
}

/// The id of the user `who` acts as (`GET /api/v1/users/me` redirects to it).
pub fn user_id(sh: &Shared, who: &Principal) -> String {
    match who {
        Principal::Key => sh.read().user_id.clone(),
        Principal::Client(client_id) => bot_user_id(sh, client_id),
    }
}

/// `GET /api/v1/users/{id}`, for the user the credential acts as (others are 404: the
/// emulator knows no other user). A key acts as the fixture's user (the owner of the generated
/// personal items: its id is the dataset's user id, the rest fixed), with the Developer role
/// that API keys need; an access token acts as its OAuth client's bot user, a Tenant Admin of
/// the same tenant.
pub fn get_user(sh: &Shared, who: &Principal, id: &str) -> Answer {
    if id != user_id(sh, who) {
        return Err(ApiError::not_found(format!("No user with id `{id}`.")));
    }
    let store = sh.read();
    let user = match who {
        Principal::Key => json!({
            "id": store.user_id,
            "tenantId": store.tenant_id,
            "subject": format!("emulator\\{}", store.user_id),
            "name": crate::EMULATOR_USER_NAME,
            "email": crate::EMULATOR_USER_EMAIL,
            "status": "active",
            "assignedRoles": [role("Developer", "user")],
        }),
        Principal::Client(client_id) => json!({
            "id": bot_user_id(sh, client_id),
            "tenantId": store.tenant_id,
            "subject": format!("qlikbot\\{client_id}"),
            "name": client_id,
            "status": "active",
            "assignedRoles": [role("TenantAdmin", "admin")],
        }),
    };
    Ok((200, serde_json::to_vec(&user).unwrap_or_default()))
}

pub fn get_settings(sh: &Shared) -> Answer {
    Ok((200, settings_body(sh.read().usage_metrics_enabled)))
}

pub fn patch_settings(sh: &Shared, body: &[u8]) -> Answer {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_body(format!("The body is not valid JSON: {e}.")))?;
    let ops = v.as_array().ok_or_else(|| {
        ApiError::bad_body("The body must be a JSON Patch array of replace operations.")
    })?;
    let mut value = None;
    for op in ops {
        let ok = op.get("op") == Some(&json!("replace"))
            && op.get("path") == Some(&json!("/usageMetricsEnabled"));
        match (ok, op.get("value").and_then(Value::as_bool)) {
            (true, Some(b)) => value = Some(b),
            _ => {
                return Err(ApiError::bad_body(
                    "Only {\"op\":\"replace\",\"path\":\"/usageMetricsEnabled\",\"value\":<boolean>} is supported.",
                ));
            }
        }
    }
    let mut store = sh.write();
    if let Some(b) = value {
        store.usage_metrics_enabled = b;
    }
    Ok((200, settings_body(store.usage_metrics_enabled)))
}
