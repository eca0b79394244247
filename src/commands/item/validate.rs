//! Checks of the list flags against the contract, before anything is sent. Each failure is
//! a one-line usage error (exit 2).

use crate::cli::item::PagingArgs;
use crate::error::{usage, warn};

use super::list::DEFAULT_TOTAL;

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

/// The most resourceIds one request takes.
pub const MAX_RESOURCE_IDS: usize = 100;

/// The paging flags: returns the total to fetch (`None`: everything).
pub fn paging(p: &PagingArgs) -> anyhow::Result<Option<u64>> {
    if p.next.is_some() && p.prev.is_some() {
        return Err(usage("--next and --prev cannot be used together"));
    }
    for (flag, v) in [("--next", &p.next), ("--prev", &p.prev)] {
        if v.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(usage(format!("{flag} needs a cursor")));
        }
    }
    if p.all {
        return Ok(None);
    }
    match p.limit {
        None => Ok(Some(DEFAULT_TOTAL)),
        Some(n) if n >= 1 => Ok(Some(n as u64)),
        Some(n) => Err(usage(format!(
            "--limit must be at least 1, not {n} (use --all for every item)"
        ))),
    }
}

/// A value that must be one of `allowed`.
pub fn one_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(usage(format!(
            "{flag} `{value}` is not one of: {}",
            allowed.join(", ")
        )))
    }
}

/// A comma list whose every entry must be one of `allowed`.
pub fn list_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    for part in value.split(',') {
        if part.is_empty() {
            return Err(usage(format!("{flag} `{value}` has an empty entry")));
        }
        one_of(flag, part, allowed)?;
    }
    Ok(())
}

/// One entry of `resourceType`: a type and, in the bracket syntax, its subtypes
/// (an empty string stands for "no subtype", from a trailing comma or `[]`).
#[derive(Debug, PartialEq, Eq)]
pub struct TypeFilter {
    pub resource_type: String,
    pub subtypes: Option<Vec<String>>,
}

/// Parses `app,qvapp` and `app[qvd,chart-monitoring,],qvapp`.
pub fn resource_types(value: &str) -> Result<Vec<TypeFilter>, String> {
    let bad = |why: &str| format!("--resourceType `{value}` is malformed: {why}");
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
                t.resource_type
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tf(t: &str, subs: Option<&[&str]>) -> TypeFilter {
        TypeFilter {
            resource_type: t.into(),
            subtypes: subs.map(|s| s.iter().map(|x| x.to_string()).collect()),
        }
    }

    #[test]
    fn resource_type_syntax() {
        assert_eq!(resource_types("app").unwrap(), vec![tf("app", None)]);
        assert_eq!(
            resource_types("app,qvapp").unwrap(),
            vec![tf("app", None), tf("qvapp", None)]
        );
        assert_eq!(
            resource_types("app[qvd,chart-monitoring,],qvapp").unwrap(),
            vec![
                tf("app", Some(&["qvd", "chart-monitoring", ""])),
                tf("qvapp", None)
            ]
        );
        assert_eq!(
            resource_types("app[]").unwrap(),
            vec![tf("app", Some(&[""]))]
        );
        for bad in [
            "",
            ",app",
            "app,",
            "app,,qvapp",
            "app[qvd",
            "app]qvd",
            "app[qvd]x",
            "[qvd]",
            "app[a[b]]",
            "app[qvd]]",
            "a pp",
        ] {
            assert!(resource_types(bad).is_err(), "accepted `{bad}`");
        }
    }

    #[test]
    fn paging_rules() {
        let p = |limit, all, next: Option<&str>, prev: Option<&str>| PagingArgs {
            limit,
            all,
            next: next.map(str::to_string),
            prev: prev.map(str::to_string),
        };
        assert_eq!(paging(&p(None, false, None, None)).unwrap(), Some(100));
        assert_eq!(paging(&p(Some(250), false, None, None)).unwrap(), Some(250));
        assert_eq!(paging(&p(None, true, Some("c"), None)).unwrap(), None);
        assert!(paging(&p(Some(0), false, None, None)).is_err());
        assert!(paging(&p(Some(-5), false, None, None)).is_err());
        assert!(paging(&p(None, false, Some("a"), Some("b"))).is_err());
        assert!(paging(&p(None, false, Some(""), None)).is_err());
    }

    #[test]
    fn enums() {
        assert!(one_of("--sort", "+name", ITEM_SORTS).is_ok());
        assert!(one_of("--sort", "name", ITEM_SORTS).is_err());
        assert!(one_of("--sort", "+recentlyUsed", SORTS).is_err());
        assert!(list_of("--spaceType", "shared,personal", SPACE_TYPES).is_ok());
        assert!(list_of("--spaceType", "shared,", SPACE_TYPES).is_err());
        assert!(list_of("--spaceType", "team", SPACE_TYPES).is_err());
    }
}
