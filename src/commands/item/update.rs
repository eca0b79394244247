//! `qlik item update ID`: PUT only the fields the user set.

use serde_json::{Map, Value};

use crate::api::items::item_path;
use crate::cli::item::ItemUpdateArgs;
use crate::commands::runtime::block_on;
use crate::commands::{Ctx, Session};
use crate::error::{usage, warn};
use crate::output::Shape;

use super::validate;
use super::write::read_body;

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

fn is_object_field(name: &str) -> bool {
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

/// Checks the body against the contract before anything is sent.
fn check(body: &Map<String, Value>) -> anyhow::Result<()> {
    for (k, v) in body {
        if is_object_field(k) {
            if !v.is_object() {
                return Err(usage(format!(
                    "{k} must be a JSON object, e.g. '{{\"key\":\"value\"}}'"
                )));
            }
        } else if !v.is_string() {
            return Err(usage(format!("{k} must be a string")));
        }
    }
    let s = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
    if body.contains_key("name") && s("name").is_empty() {
        return Err(usage("name cannot be empty"));
    }
    if !s("resourceId").is_empty() && !s("resourceLink").is_empty() {
        return Err(usage(
            "resourceId and resourceLink cannot be set together; give one",
        ));
    }
    let t = s("resourceUpdatedAt");
    if !t.is_empty() && !is_rfc3339(t) {
        return Err(usage(format!(
            "resourceUpdatedAt `{t}` is not an RFC 3339 date-time, e.g. 2024-05-01T10:00:00Z"
        )));
    }
    let link = s("resourceLink");
    if !link.is_empty() && !is_absolute_uri(link) {
        return Err(usage(format!(
            "resourceLink `{link}` is not a URI, e.g. https://host/path"
        )));
    }
    if body.contains_key("resourceType") && s("resourceType").trim().is_empty() {
        return Err(usage("resourceType cannot be empty"));
    }
    Ok(())
}

/// Whether `s` reads as an absolute URI by the scheme rule of RFC 3986 section 3.1: a scheme
/// (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`), a colon and at least one character after
/// it, with no whitespace or control character anywhere. The rest is not checked: the service
/// decides what it accepts beyond that.
fn is_absolute_uri(s: &str) -> bool {
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s.as_bytes()[..colon];
    let scheme_ok = match scheme.split_first() {
        Some((first, tail)) => {
            first.is_ascii_alphabetic()
                && tail
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b))
        }
        None => false,
    };
    scheme_ok && colon + 1 < s.len()
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with valid ranges.
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(min), Some(sec)) = (
        digits(0..4),
        digits(5..7),
        digits(8..10),
        digits(11..13),
        digits(14..16),
        digits(17..19),
    ) else {
        return false;
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days || hour > 23 || min > 59 || sec > 60 {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            let num = |x: &u8, y: &u8| -> Option<u32> {
                (x.is_ascii_digit() && y.is_ascii_digit())
                    .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
            };
            matches!((num(h1, h2), num(m1, m2)), (Some(h), Some(m)) if h <= 23 && m <= 59)
        }
        _ => false,
    }
}

pub fn run(ctx: &Ctx, a: ItemUpdateArgs) -> anyhow::Result<u8> {
    if a.item_id.trim().is_empty() {
        return Err(usage(format!("`{}` is not an item id", a.item_id)));
    }
    let file = match &a.file {
        Some(f) => Some(file_body(f)?),
        None => None,
    };
    let mut body = match file {
        Some(file) => {
            if let Some(id) = file.id.as_deref().filter(|id| *id != a.item_id) {
                warn(format!(
                    "the file holds item `{}`; its fields are sent to item `{}`",
                    crate::text::cut(id, 60),
                    a.item_id
                ));
            }
            if ctx.global.verbose && !file.ignored.is_empty() {
                eprintln!(
                    "ignored the fields the service computes: {}",
                    file.ignored.join(", ")
                );
            }
            body(&a, file.fields)?
        }
        None => body(&a, Map::new())?,
    };
    if body.is_empty() {
        return Err(usage(
            "nothing to update: give at least one field (e.g. --name NAME) or -f FILE",
        ));
    }
    if let Some(t) = body.get("resourceType").and_then(Value::as_str) {
        let types = validate::resource_types(t).map_err(usage)?;
        if types.len() != 1 || types[0].subtypes.is_some() {
            return Err(usage(format!(
                "resourceType `{t}`: give one type, without subtypes"
            )));
        }
        validate::warn_unknown_types(&types);
    }
    let Session {
        mut printer,
        client,
    } = ctx.session(false)?;
    let path = item_path(&a.item_id);
    block_on(async move {
        if a.dry_run.dry_run {
            if !body.contains_key("resourceType") {
                warn(format!(
                    "resourceType would be looked up first (GET {}) and added to the body",
                    client.full_url(&path)
                ));
            }
            printer.dry_run("PUT", &client.full_url(&path), Some(&Value::Object(body)))?;
            printer.flush()?;
            return Ok(0);
        }
        if !body.contains_key("resourceType") {
            let current = client
                .get_item_raw(&a.item_id)
                .await
                .map_err(|e| super::item_error(&a.item_id, e))?
                .json()?;
            let t = current
                .get("resourceType")
                .and_then(Value::as_str)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "the item has no resourceType to send back; give --resourceType"
                    )
                })?;
            body.insert("resourceType".into(), Value::String(t.to_string()));
        }
        let resp = client
            .put_item(&a.item_id, &Value::Object(body))
            .await
            .map_err(|e| super::item_error(&a.item_id, e))?;
        printer.object(Shape::Items, &resp.json()?)?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_uri_by_the_scheme_rule() {
        for ok in [
            "https://host/path",
            "http://127.0.0.1:8080/x?y=z#f",
            "mailto:someone@example.com",
            "urn:isbn:0451450523",
            "s3+ssh.v-2:x",
            "a:b",
            "HTTPS://HOST",
            "https://host/café",
        ] {
            assert!(is_absolute_uri(ok), "{ok}");
        }
        for bad in [
            "",
            "host/path",
            ":no-scheme",
            "https:",
            "1http://host",
            "-x:y",
            "ht_tp://host",
            "ht tp://host",
            "café:x",
            "https://host/a b",
            "https://host/\tx",
            "https://host/\u{7f}",
            "https://host/\u{a0}",
        ] {
            assert!(!is_absolute_uri(bad), "{bad:?}");
        }
    }

    #[test]
    fn rfc3339() {
        for ok in [
            "2024-05-01T10:00:00Z",
            "2024-02-29T23:59:59.123456+02:00",
            "2024-05-01t10:00:00-05:30",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2024-05-01",
            "2023-02-29T10:00:00Z",
            "2024-13-01T10:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T10:00:00",
            "2024-05-01T10:00:00.Z",
            "2024-05-01T10:00:00+0200",
            "yesterday",
            "2024-05-01T10:00:00Zjunk",
            "٢٠٢٤-05-01T10:00:00Z",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }

    /// The lists are the contract's: the update body's fields, and the fields of an item
    /// that the update body does not have.
    #[test]
    fn fields_follow_the_contract() {
        let spec: Value =
            serde_json::from_str(include_str!("../../../spec/items.openapi.json")).unwrap();
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
