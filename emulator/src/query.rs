//! Query parameters: parsing, validation (the 400 cases) and the list filters.

use std::collections::HashSet;

use crate::error::ApiError;
use crate::model::{CollectionType, Item, RESOURCE_TYPES, SpaceType};
use crate::paging::{Cursor, Sort};
use crate::store::Store;

/// The decoded query string. Empty values count as absent.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn parse(raw: Option<&str>) -> Params {
        Params {
            pairs: raw
                .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
                .unwrap_or_default(),
        }
    }

    /// The first non-empty value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// The pairs with `next`/`prev` removed, for building links.
    pub fn without_cursor(&self) -> Vec<(&str, &str)> {
        self.pairs
            .iter()
            .filter(|(k, _)| k != "next" && k != "prev")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    pub fn all(&self) -> Vec<(&str, &str)> {
        self.pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }
}

/// The boolean spellings the service accepts.
pub fn parse_bool(name: &str, v: &str) -> Result<bool, ApiError> {
    match v {
        "true" | "True" | "TRUE" | "1" => Ok(true),
        "false" | "False" | "FALSE" | "0" => Ok(false),
        _ => Err(ApiError::bad_param(
            name,
            format!("`{name}` must be true or false, not `{v}`."),
        )),
    }
}

/// The paging parameters every list shares.
#[derive(Debug)]
pub struct Paging {
    pub limit: usize,
    pub sort: Sort,
    pub cursor: Option<Cursor>,
}

pub fn paging(p: &Params, allow_recent: bool) -> Result<Paging, ApiError> {
    let limit = match p.get("limit") {
        None => 10,
        Some(v) => match v.parse::<i64>() {
            Ok(n) if (1..=100).contains(&n) => n as usize,
            _ => {
                return Err(ApiError::bad_param(
                    "limit",
                    format!("`limit` must be an integer between 1 and 100, not `{v}`."),
                ));
            }
        },
    };
    let sort = match p.get("sort") {
        None => Sort::DEFAULT,
        Some(v) => Sort::parse(v, allow_recent).ok_or_else(|| {
            let allowed = if allow_recent {
                "+createdAt, -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed"
            } else {
                "+createdAt, -createdAt, +name, -name, +updatedAt, -updatedAt"
            };
            ApiError::bad_param(
                "sort",
                format!("Unknown sort `{v}`; use one of {allowed} (send `+` as %2B)."),
            )
        })?,
    };
    let cursor = match (p.get("next"), p.get("prev")) {
        (Some(_), Some(_)) => {
            return Err(ApiError::bad_param(
                "next",
                "Provide either the next or the prev cursor, not both.",
            ));
        }
        (Some(c), None) => Some(decode_cursor("next", c, false, sort, allow_recent)?),
        (None, Some(c)) => Some(decode_cursor("prev", c, true, sort, allow_recent)?),
        (None, None) => None,
    };
    Ok(Paging {
        limit,
        sort,
        cursor,
    })
}

fn decode_cursor(
    name: &str,
    raw: &str,
    prev: bool,
    sort: Sort,
    allow_recent: bool,
) -> Result<Cursor, ApiError> {
    let mut c = Cursor::decode(raw, allow_recent)
        .ok_or_else(|| ApiError::bad_param(name, format!("Malformed `{name}` cursor.")))?;
    if c.sort != sort {
        return Err(ApiError::bad_param(
            name,
            format!(
                "The `{name}` cursor was made for sort `{}`, not `{}`.",
                c.sort.code(),
                sort.code()
            ),
        ));
    }
    if c.prev != prev {
        // A cursor sent under the other name: honour the name, keep the position.
        c.prev = prev;
        c.inclusive = false;
    }
    Ok(c)
}

/// One entry of `resourceType`: a type and, with the bracket syntax, its allowed subtypes
/// (`""` standing for "no subtype").
#[derive(Debug, Clone, PartialEq)]
pub struct TypeFilter {
    pub resource_type: String,
    pub sub_types: Option<Vec<String>>,
}

/// Parses `app[qvd,chart-monitoring,],qvapp`.
pub fn parse_resource_types(v: &str) -> Result<Vec<TypeFilter>, ApiError> {
    let bad = |why: &str| {
        ApiError::bad_param(
            "resourceType",
            format!("Malformed `resourceType` `{v}`: {why}."),
        )
    };
    let mut out = Vec::new();
    let mut rest = v;
    while !rest.is_empty() {
        let end_name = rest.find([',', '[', ']']).unwrap_or(rest.len());
        let name = &rest[..end_name];
        rest = &rest[end_name..];
        let mut sub_types = None;
        if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']').ok_or_else(|| bad("`[` without `]`"))?;
            let inner = &after[..close];
            if inner.contains('[') {
                return Err(bad("nested `[`"));
            }
            sub_types = Some(inner.split(',').map(str::to_string).collect());
            rest = &after[close + 1..];
        } else if rest.starts_with(']') {
            return Err(bad("`]` without `[`"));
        }
        if name.is_empty() {
            if sub_types.is_some() {
                return Err(bad("subtypes without a type"));
            }
        } else {
            out.push(TypeFilter {
                resource_type: name.to_string(),
                sub_types,
            });
        }
        match rest.as_bytes().first() {
            None => {}
            Some(b',') => rest = &rest[1..],
            Some(_) => return Err(bad("expected `,` after `]`")),
        }
    }
    Ok(out)
}

#[derive(Debug, Default)]
pub struct ItemFilter {
    pub types: Option<Vec<TypeFilter>>,
    pub sub_types: Option<Vec<String>>,
    pub resource_id: Option<String>,
    pub resource_ids: Option<HashSet<String>>,
    pub resource_link: Option<String>,
    pub space_types: Option<Vec<SpaceType>>,
    /// `Some("")` for `spaceId=personal`.
    pub space_id: Option<String>,
    pub name_lc: Option<String>,
    pub query_lc: Option<String>,
    pub id: Option<String>,
    pub owner_id: Option<String>,
    pub not_owner_id: Option<String>,
    pub created_by: Option<String>,
    pub not_created_by: Option<String>,
    pub collection_id: Option<String>,
    pub shared: Option<bool>,
}

impl ItemFilter {
    pub fn matches(&self, item: &Item, store: &Store) -> bool {
        fn eq(want: &Option<String>, have: &str) -> bool {
            want.as_deref().is_none_or(|w| w == have)
        }
        fn ne(avoid: &Option<String>, have: &str) -> bool {
            avoid.as_deref().is_none_or(|a| a != have)
        }
        eq(&self.id, &item.id)
            && self.types.as_ref().is_none_or(|types| {
                types.iter().any(|t| {
                    t.resource_type == item.resource_type
                        && t.sub_types
                            .as_ref()
                            .is_none_or(|subs| subs.contains(&item.resource_sub_type))
                })
            })
            && self
                .sub_types
                .as_ref()
                .is_none_or(|subs| subs.contains(&item.resource_sub_type))
            && eq(&self.resource_id, &item.resource_id)
            && self
                .resource_ids
                .as_ref()
                .is_none_or(|rs| rs.contains(&item.resource_id))
            && eq(&self.resource_link, &item.resource_link)
            && eq(&self.space_id, &item.space_id)
            && self
                .space_types
                .as_ref()
                .is_none_or(|sts| sts.contains(&store.space_type(item)))
            && self
                .shared
                .is_none_or(|sh| (store.space_type(item) == SpaceType::Shared) == sh)
            && eq(&self.owner_id, &item.owner_id)
            && ne(&self.not_owner_id, &item.owner_id)
            && eq(&self.created_by, &item.creator_id)
            && ne(&self.not_created_by, &item.creator_id)
            && self
                .collection_id
                .as_ref()
                .is_none_or(|c| item.collection_ids.contains(c))
            && self
                .name_lc
                .as_deref()
                .is_none_or(|n| item.name_lc.contains(n))
            && self
                .query_lc
                .as_deref()
                .is_none_or(|q| item.name_lc.contains(q) || item.description_lc.contains(q))
    }
}

/// `GET /api/v1/items`, parsed and validated.
#[derive(Debug)]
pub struct ListItems {
    pub paging: Paging,
    pub filter: ItemFilter,
    pub no_actions: bool,
}

fn comma_list(v: &str) -> Vec<String> {
    v.split(',').map(str::to_string).collect()
}

pub fn list_items(p: &Params) -> Result<ListItems, ApiError> {
    let paging = paging(p, true)?;
    let mut f = ItemFilter::default();
    let mut brackets = false;
    if let Some(v) = p.get("resourceType") {
        let types = parse_resource_types(v)?;
        brackets = types.iter().any(|t| t.sub_types.is_some());
        f.types = Some(types);
    }
    if let Some(v) = p.get("resourceSubType") {
        if brackets {
            return Err(ApiError::bad_param(
                "resourceSubType",
                "`resourceSubType` cannot be combined with the bracket syntax in `resourceType`.",
            ));
        }
        f.sub_types = Some(comma_list(v));
    }
    let needs_type = |name: &str| {
        ApiError::bad_param(
            name,
            format!("`{name}` requires `resourceType` to be given as well."),
        )
    };
    if let Some(v) = p.get("resourceId") {
        if f.types.is_none() {
            return Err(needs_type("resourceId"));
        }
        f.resource_id = Some(v.to_string());
    }
    if let Some(v) = p.get("resourceIds") {
        if f.types.is_none() {
            return Err(needs_type("resourceIds"));
        }
        let ids: HashSet<String> = v.split(',').map(str::to_string).collect();
        let n = v.split(',').count();
        if n > 100 {
            return Err(ApiError::bad_param(
                "resourceIds",
                format!("At most 100 `resourceIds` are supported, not {n}."),
            ));
        }
        f.resource_ids = Some(ids);
    }
    if let Some(v) = p.get("resourceLink") {
        if f.types.is_none() {
            return Err(needs_type("resourceLink"));
        }
        if f.resource_id.is_some() {
            return Err(ApiError::bad_param(
                "resourceLink",
                "Provide either `resourceId` or `resourceLink`, not both.",
            ));
        }
        f.resource_link = Some(v.to_string());
    }
    if let Some(v) = p.get("spaceType") {
        let mut types = Vec::new();
        for s in v.split(',') {
            types.push(SpaceType::parse(s).ok_or_else(|| {
                ApiError::bad_param(
                    "spaceType",
                    format!("Unknown spaceType `{s}`; use shared, managed, personal or data."),
                )
            })?);
        }
        f.space_types = Some(types);
    }
    if let Some(v) = p.get("spaceId") {
        f.space_id = Some(if v == "personal" {
            String::new()
        } else {
            v.to_string()
        });
    }
    if let Some(v) = p.get("shared") {
        f.shared = Some(parse_bool("shared", v)?);
    }
    let no_actions = match p.get("noActions") {
        Some(v) => parse_bool("noActions", v)?,
        None => false,
    };
    f.name_lc = p.get("name").map(str::to_lowercase);
    f.query_lc = p.get("query").map(str::to_lowercase);
    f.id = p.get("id").map(str::to_string);
    f.owner_id = p.get("ownerId").map(str::to_string);
    f.not_owner_id = p.get("notOwnerId").map(str::to_string);
    f.created_by = p.get("createdByUserId").map(str::to_string);
    f.not_created_by = p.get("notCreatedByUserId").map(str::to_string);
    f.collection_id = p.get("collectionId").map(str::to_string);
    Ok(ListItems {
        paging,
        filter: f,
        no_actions,
    })
}

/// `GET /api/v1/items/{id}/collections`.
pub struct ListCollections {
    pub paging: Paging,
    pub name: Option<String>,
    pub query_lc: Option<String>,
    pub collection_type: Option<CollectionType>,
}

pub fn list_collections(p: &Params) -> Result<ListCollections, ApiError> {
    let paging = paging(p, false)?;
    let collection_type = match p.get("type") {
        None => None,
        Some(v) => Some(CollectionType::parse(v).ok_or_else(|| {
            ApiError::bad_param(
                "type",
                format!("Unknown collection type `{v}`; use private, public or publicgoverned."),
            )
        })?),
    };
    Ok(ListCollections {
        paging,
        name: p.get("name").map(str::to_string),
        query_lc: p.get("query").map(str::to_lowercase),
        collection_type,
    })
}

/// `GET /api/v1/items/{id}/publisheditems`.
pub struct ListPublished {
    pub paging: Paging,
    pub types: Option<Vec<String>>,
}

pub fn list_published(p: &Params) -> Result<ListPublished, ApiError> {
    let paging = paging(p, false)?;
    Ok(ListPublished {
        paging,
        types: p.get("resourceType").map(comma_list),
    })
}

/// Whether `t` is one of the contract's resource types.
pub fn known_type(t: &str) -> bool {
    RESOURCE_TYPES.contains(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tf(t: &str, subs: Option<&[&str]>) -> TypeFilter {
        TypeFilter {
            resource_type: t.into(),
            sub_types: subs.map(|s| s.iter().map(|x| x.to_string()).collect()),
        }
    }

    #[test]
    fn bracket_syntax() {
        assert_eq!(
            parse_resource_types("app[qvd,chart-monitoring,],qvapp").unwrap(),
            vec![
                tf("app", Some(&["qvd", "chart-monitoring", ""])),
                tf("qvapp", None)
            ]
        );
        assert_eq!(
            parse_resource_types("app[]").unwrap(),
            vec![tf("app", Some(&[""]))]
        );
        assert_eq!(
            parse_resource_types("app,dataset[qvd]").unwrap(),
            vec![tf("app", None), tf("dataset", Some(&["qvd"]))]
        );
        for bad in ["app[qvd", "app]", "app[a[b]]", "app[x]y", "[qvd]"] {
            assert!(parse_resource_types(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn booleans() {
        for (s, b) in [
            ("true", true),
            ("True", true),
            ("1", true),
            ("false", false),
            ("False", false),
            ("0", false),
        ] {
            assert_eq!(parse_bool("noActions", s), Ok(b));
        }
        assert!(parse_bool("noActions", "yes").is_err());
    }
}
