//! The body of `qlik item update`: its fields, read from `-f` and from the flags.

use serde_json::{Map, Value};

use crate::cli::item::ItemUpdateArgs;
use crate::error::usage;

use super::check::check;
use crate::commands::item::write::read_body;

/// The body fields of `PUT /api/v1/items/{itemId}`: name, and whether it holds an object.
const FIELDS: &[(&str, bool)] = &[
    ("name", false),
    ("description", false),
    ("spaceId", false),
    ("resourceId", false),
    ("resourceLink", false),
    ("resourceType", false),
    ("resourceSubType", false),
    ("resourceUpdatedAt", false),
    ("thumbnailId", false),
    ("resourceAttributes", true),
    ("resourceCustomAttributes", true),
];

/// A field name as the user may write it (`resource-id`, `resourceId`, `resource_id`).
fn field_name(raw: &str) -> Option<&'static str> {
    let key: String = raw
        .chars()
        .filter(|c| !matches!(c, '-' | '_'))
        .collect::<String>()
        .to_ascii_lowercase();
    FIELDS
        .iter()
        .map(|(n, _)| *n)
        .find(|n| n.to_ascii_lowercase() == key)
}

/// The fields of an item as the service returns it (`itemResultResponseBody`) that the
/// update body (`ItemsUpdateItemRequestBody`) does not have: the service computes them. A
/// body file may hold them, as the output of `qlik item get` does; they are left out of the
/// request.
const COMPUTED: &[&str] = &[
    "id",
    "meta",
    "links",
    "actions",
    "ownerId",
    "tenantId",
    "createdAt",
    "creatorId",
    "itemViews",
    "updatedAt",
    "updaterId",
    "isFavorited",
    "resourceSize",
    "collectionIds",
    "resourceCreatedAt",
    "resourceReloadStatus",
    "resourceReloadEndTime",
];

/// A body read from `-f`: the fields to send, and the computed ones left out.
pub struct FileBody {
    pub fields: Map<String, Value>,
    /// The computed fields the file held, in its order.
    pub ignored: Vec<String>,
    /// The file's `id`, when it has one.
    pub id: Option<String>,
}

/// Reads the `-f` body: an object of update fields, or an item as `qlik item get` prints it
/// (JSON or YAML), whose computed fields are left out. Any other field is refused.
pub fn file_body(file: &str) -> anyhow::Result<FileBody> {
    let source = if file == "-" { "standard input" } else { file };
    let map = match read_body(file)? {
        Value::Object(m) => m,
        Value::Array(a) => {
            return Err(usage(format!(
                "{source} holds a list of {} item{}; the body is one object (e.g. the output of `qlik item get ID`)",
                a.len(),
                if a.len() == 1 { "" } else { "s" }
            )));
        }
        _ => return Err(usage(format!("{source}: the body must be an object"))),
    };
    let mut out = FileBody {
        fields: Map::new(),
        ignored: Vec::new(),
        id: None,
    };
    for (key, value) in map {
        if FIELDS.iter().any(|(n, _)| *n == key) {
            out.fields.insert(key, value);
        } else if COMPUTED.contains(&key.as_str()) {
            if key == "id" {
                out.id = value.as_str().map(str::to_string);
            }
            out.ignored.push(key);
        } else {
            let known: Vec<&str> = FIELDS.iter().map(|(n, _)| *n).collect();
            return Err(usage(format!(
                "{source}: unknown field `{}`; the fields are {} (fields the service computes, such as id and updatedAt, are ignored)",
                crate::text::cut(&key, 60),
                known.join(", ")
            )));
        }
    }
    Ok(out)
}

/// The fields `qlik item update` can change, in the contract's order, and whether each holds
/// a JSON object (else a string).
pub fn editable_fields() -> &'static [(&'static str, bool)] {
    FIELDS
}

/// Whether `name` is a field of an item that the service computes (not in the update body).
pub fn is_computed(name: &str) -> bool {
    COMPUTED.contains(&name)
}

pub(super) fn is_object_field(name: &str) -> bool {
    FIELDS.iter().any(|(n, o)| *n == name && *o)
}

/// Builds and validates the body: the fields of the `-f` file, then the flags, then `--unset`.
pub fn body(
    a: &ItemUpdateArgs,
    mut body: Map<String, Value>,
) -> anyhow::Result<Map<String, Value>> {
    let strings = [
        ("name", &a.name),
        ("description", &a.description),
        ("spaceId", &a.space_id),
        ("resourceId", &a.resource_id),
        ("resourceLink", &a.resource_link),
        ("resourceType", &a.resource_type),
        ("resourceSubType", &a.resource_sub_type),
        ("resourceUpdatedAt", &a.resource_updated_at),
        ("thumbnailId", &a.thumbnail_id),
    ];
    for (k, v) in strings {
        if let Some(v) = v {
            body.insert(k.to_string(), Value::String(v.clone()));
        }
    }
    for (k, flag, v) in [
        (
            "resourceAttributes",
            "--resourceAttributes",
            &a.resource_attributes,
        ),
        (
            "resourceCustomAttributes",
            "--resourceCustomAttributes",
            &a.resource_custom_attributes,
        ),
    ] {
        if let Some(v) = v {
            let parsed: Value =
                serde_json::from_str(v).map_err(|e| usage(format!("{flag} is not JSON ({e})")))?;
            body.insert(k.to_string(), parsed);
        }
    }
    for raw in &a.unset {
        let name = field_name(raw).ok_or_else(|| {
            usage(format!(
                "--unset {raw}: not a field of the item body (e.g. description, thumbnailId)"
            ))
        })?;
        match name {
            "resourceType" => {
                return Err(usage("--unset resourceType: the service requires a type"));
            }
            "name" => return Err(usage("--unset name: an item's name cannot be empty")),
            _ => {}
        }
        if body.contains_key(name) {
            return Err(usage(format!(
                "--unset {name} and a value for {name} were both given"
            )));
        }
        let zero = if is_object_field(name) {
            Value::Object(Map::new())
        } else {
            Value::String(String::new())
        };
        body.insert(name.to_string(), zero);
    }
    check(&body)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists are the contract's: the update body's fields, and the fields of an item
    /// that the update body does not have.
    #[test]
    fn fields_follow_the_contract() {
        let spec: Value =
            serde_json::from_str(include_str!("../../../../spec/items.openapi.json")).unwrap();
        let props = |schema: &str| -> Vec<String> {
            let mut v: Vec<String> = spec["components"]["schemas"][schema]["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            v.sort();
            v
        };
        let update = props("ItemsUpdateItemRequestBody");
        let mut fields: Vec<String> = FIELDS.iter().map(|(n, _)| n.to_string()).collect();
        fields.sort();
        assert_eq!(fields, update);
        let computed: Vec<String> = props("itemResultResponseBody")
            .into_iter()
            .filter(|k| !update.contains(k))
            .collect();
        let mut ours: Vec<String> = COMPUTED.iter().map(|s| s.to_string()).collect();
        ours.sort();
        assert_eq!(ours, computed);
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("resource-id"), Some("resourceId"));
        assert_eq!(field_name("thumbnailId"), Some("thumbnailId"));
        assert_eq!(
            field_name("resource_custom_attributes"),
            Some("resourceCustomAttributes")
        );
        assert_eq!(field_name("owner"), None);
    }
}
