//! `--resourceType`: its bracket syntax, parsed, and the types the contract knows.

use super::RESOURCE_TYPES;
use crate::api::cut;
use crate::error::warn;

/// One entry of `resourceType`: a type and, in the bracket syntax, its subtypes
/// (an empty string stands for "no subtype", from a trailing comma or `[]`).
#[derive(Debug, PartialEq, Eq)]
pub struct TypeFilter {
    pub resource_type: String,
    pub subtypes: Option<Vec<String>>,
}

/// The longest type or subtype name accepted (the contract's are under 20 characters).
pub const MAX_TYPE_LEN: usize = 128;

/// Parses `app,qvapp` and `app[qvd,chart-monitoring,],qvapp`.
pub fn resource_types(value: &str) -> Result<Vec<TypeFilter>, String> {
    let bad = |why: &str| format!("--resourceType `{}` is malformed: {why}", cut(value, 60));
    if value
        .split([',', '[', ']'])
        .any(|name| name.chars().count() > MAX_TYPE_LEN)
    {
        return Err(bad(&format!(
            "a type name is at most {MAX_TYPE_LEN} characters"
        )));
    }
    let mut out = Vec::new();
    let mut rest = value;
    loop {
        let end = rest.find([',', '[', ']']).unwrap_or(rest.len());
        let name = &rest[..end];
        if name.is_empty() {
            return Err(bad("a type name is missing"));
        }
        if name.chars().any(char::is_whitespace) {
            return Err(bad("type names have no spaces"));
        }
        rest = &rest[end..];
        let mut subtypes = None;
        if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']').ok_or_else(|| bad("a `[` is not closed"))?;
            let inner = &after[..close];
            if inner.contains('[') {
                return Err(bad("brackets cannot be nested"));
            }
            subtypes = Some(if inner.is_empty() {
                vec![String::new()]
            } else {
                inner.split(',').map(str::to_string).collect()
            });
            rest = &after[close + 1..];
        } else if rest.starts_with(']') {
            return Err(bad("a `]` has no matching `[`"));
        }
        out.push(TypeFilter {
            resource_type: name.to_string(),
            subtypes,
        });
        match rest.strip_prefix(',') {
            None if rest.is_empty() => return Ok(out),
            None => return Err(bad("expected `,` after `]`")),
            Some("") => return Err(bad("it ends with a comma")),
            Some(r) => rest = r,
        }
    }
}

/// Warns (once per value) about resource types the contract does not know: the service adds
/// types, so they are sent anyway.
pub fn warn_unknown_types(types: &[TypeFilter]) {
    for t in types {
        if !RESOURCE_TYPES.contains(&t.resource_type.as_str()) {
            warn(format!(
                "`{}` is not a resourceType this version knows; sending it anyway",
                cut(&t.resource_type, 60)
            ));
        }
    }
}
