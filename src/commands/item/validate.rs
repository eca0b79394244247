//! Checks of the list flags against the contract, before anything is sent. Each failure is
//! a one-line usage error (exit 2).

use crate::api::cut;
use crate::api::paging::{Cursor, Paging};
use crate::cli::item::PagingArgs;
use crate::error::{usage, warn};

/// Items listed when neither --limit nor --all is given.
pub const DEFAULT_TOTAL: u64 = 100;

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

/// The longest item id accepted, in bytes. Item ids are 24 hex digits; a value this long is
/// not an id, and past a point no server takes the URL.
pub const MAX_ID_LEN: usize = 1024;

/// An item id that can be sent as one path segment: not blank, not `.` or `..` (which URL
/// parsing reads as "this" and "the parent" segment), at most [`MAX_ID_LEN`] bytes.
pub fn item_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("`{}` is not an item id", cut(id, 40)));
    }
    if id == "." || id == ".." {
        return Err(format!(
            "`{id}` is not an item id (`.` and `..` cannot be sent as a path segment)"
        ));
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!(
            "item id `{}` is {} bytes, longer than the {MAX_ID_LEN} an id may have",
            cut(id, 40),
            id.len()
        ));
    }
    Ok(())
}

/// Every id of a list (ids read from standard input), before anything is sent.
pub fn item_ids(ids: &[String]) -> anyhow::Result<()> {
    ids.iter().try_for_each(|id| item_id(id).map_err(usage))
}

/// The longest `--next`/`--prev` cursor accepted, in bytes (the service's are far shorter).
pub const MAX_CURSOR_LEN: usize = 4096;

/// The paging flags, checked: what to list, for [`crate::api::paging`].
pub fn paging(p: &PagingArgs) -> anyhow::Result<Paging> {
    if p.next.is_some() && p.prev.is_some() {
        return Err(usage("--next and --prev cannot be used together"));
    }
    for (flag, v) in [("--next", &p.next), ("--prev", &p.prev)] {
        if v.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(usage(format!("{flag} needs a cursor")));
        }
        if let Some(c) = v.as_deref().filter(|c| c.len() > MAX_CURSOR_LEN) {
            return Err(usage(format!(
                "{flag} `{}` is {} bytes, longer than the {MAX_CURSOR_LEN} a cursor may have",
                cut(c, 40),
                c.len()
            )));
        }
    }
    let total = match (p.all, p.limit) {
        (true, _) => None,
        (false, None) => Some(DEFAULT_TOTAL),
        (false, Some(n)) if n >= 1 => Some(n as u64),
        (false, Some(n)) => {
            return Err(usage(format!(
                "--limit must be at least 1, not {n} (use --all for every item)"
            )));
        }
    };
    let cursor = match (&p.next, &p.prev) {
        (Some(c), _) => Some(Cursor::Next(c.clone())),
        (None, Some(c)) => Some(Cursor::Prev(c.clone())),
        (None, None) => None,
    };
    Ok(Paging {
        total,
        chosen: p.all || p.limit.is_some(),
        cursor,
    })
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

/// `--sort`: one of `allowed`, where a bare field means ascending (`name` is `+name`, as the
/// service's own default `+createdAt` reads). Returns the value to send.
pub fn sort(value: &str, allowed: &[&str]) -> anyhow::Result<String> {
    let full = if value.starts_with(['+', '-']) {
        value.to_string()
    } else {
        format!("+{value}")
    };
    match one_of("--sort", &full, allowed) {
        Ok(()) => Ok(full),
        // Name the value as given.
        Err(_) => one_of("--sort", value, allowed).map(|()| full),
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
            &*"a".repeat(MAX_TYPE_LEN + 1),
            &*format!("app[{}]", "q".repeat(MAX_TYPE_LEN + 1)),
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
        assert_eq!(
            paging(&p(None, false, None, None)).unwrap(),
            Paging {
                total: Some(100),
                chosen: false,
                cursor: None
            }
        );
        assert_eq!(
            paging(&p(Some(250), false, None, Some("c"))).unwrap(),
            Paging {
                total: Some(250),
                chosen: true,
                cursor: Some(Cursor::Prev("c".into()))
            }
        );
        assert_eq!(
            paging(&p(None, true, Some("c"), None)).unwrap(),
            Paging {
                total: None,
                chosen: true,
                cursor: Some(Cursor::Next("c".into()))
            }
        );
        assert!(paging(&p(Some(0), false, None, None)).is_err());
        assert!(paging(&p(Some(-5), false, None, None)).is_err());
        assert!(paging(&p(None, false, Some("a"), Some("b"))).is_err());
        assert!(paging(&p(None, false, Some(""), None)).is_err());
        let long = "c".repeat(MAX_CURSOR_LEN + 1);
        assert!(paging(&p(None, false, None, Some(&long))).is_err());
        let e = paging(&p(None, false, Some(&long), None)).unwrap_err();
        assert!(e.to_string().len() < 200, "{e}");
    }

    #[test]
    fn item_ids_that_cannot_be_sent() {
        assert!(item_id("65f1c0ffee0123456789abcd").is_ok());
        assert!(item_id("a/b").is_ok());
        assert!(item_id("...").is_ok());
        assert!(item_id(&"a".repeat(MAX_ID_LEN)).is_ok());
        for bad in ["", "  ", "\t", ".", ".."] {
            assert!(item_id(bad).is_err(), "{bad:?}");
        }
        let e = item_id(&"a".repeat(1 << 20)).unwrap_err();
        assert!(e.len() < 200, "{e}");
        assert!(item_ids(&["a".into(), "..".into()]).is_err());
    }

    #[test]
    fn enums() {
        assert!(one_of("--sort", "+name", ITEM_SORTS).is_ok());
        assert!(one_of("--sort", "name", ITEM_SORTS).is_err());
        assert_eq!(sort("name", ITEM_SORTS).unwrap(), "+name");
        assert_eq!(sort("-name", ITEM_SORTS).unwrap(), "-name");
        assert_eq!(sort("+recentlyUsed", ITEM_SORTS).unwrap(), "+recentlyUsed");
        let err = sort("nme", ITEM_SORTS).unwrap_err().to_string();
        assert!(
            err.starts_with("--sort `nme` is not one of: +createdAt"),
            "{err}"
        );
        assert!(sort("recentlyUsed", SORTS).is_err());
        assert!(one_of("--sort", "+recentlyUsed", SORTS).is_err());
        assert!(list_of("--spaceType", "shared,personal", SPACE_TYPES).is_ok());
        assert!(list_of("--spaceType", "shared,", SPACE_TYPES).is_err());
        assert!(list_of("--spaceType", "team", SPACE_TYPES).is_err());
    }
}

/// The enums and flags above, checked against the official contract.
#[cfg(test)]
mod contract {
    use std::path::PathBuf;

    use clap::CommandFactory;
    use serde_json::Value;

    use super::*;
    use crate::cli::Cli;

    /// The contract, vendored in `spec/`.
    fn spec() -> Value {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/items.openapi.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn enum_of(spec: &Value, schema: &Value) -> Vec<String> {
        let schema = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => &spec["components"]["schemas"][r.rsplit('/').next().unwrap()],
            None => schema,
        };
        schema["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    }

    fn params(spec: &Value, path: &str) -> Vec<Value> {
        spec["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| match p.get("$ref").and_then(Value::as_str) {
                Some(r) => spec["components"]["parameters"][r.rsplit('/').next().unwrap()].clone(),
                None => p.clone(),
            })
            .collect()
    }

    fn strings(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn enums_match_the_contract() {
        let spec = spec();
        let schemas = &spec["components"]["schemas"];
        assert_eq!(
            enum_of(&spec, &schemas["itemResourceTypeEnum"]),
            strings(RESOURCE_TYPES)
        );
        assert_eq!(
            enum_of(&spec, &schemas["spaceTypeEnum"]),
            strings(SPACE_TYPES)
        );
        assert_eq!(
            enum_of(&spec, &schemas["CollectionTypes"]),
            strings(COLLECTION_TYPES)
        );
        let sort = |path: &str| {
            let p = params(&spec, path);
            let s = p.iter().find(|p| p["name"] == "sort").unwrap();
            enum_of(&spec, &s["schema"])
        };
        assert_eq!(sort("/api/v1/items"), strings(ITEM_SORTS));
        assert_eq!(sort("/api/v1/items/{itemId}/collections"), strings(SORTS));
        assert_eq!(
            sort("/api/v1/items/{itemId}/publisheditems"),
            strings(SORTS)
        );
        let limit = params(&spec, "/api/v1/items")
            .into_iter()
            .find(|p| p["name"] == "limit")
            .unwrap();
        assert_eq!(limit["schema"]["maximum"], crate::api::paging::MAX_PAGE);
    }

    /// The help of `qlik item ls --resourceType` spells out the known types: the same list.
    #[test]
    fn resource_type_help_names_the_known_types() {
        let mut cli = Cli::command();
        cli.build();
        let ls = cli
            .find_subcommand("item")
            .and_then(|i| i.find_subcommand("ls"))
            .unwrap();
        let arg = ls
            .get_arguments()
            .find(|a| a.get_long() == Some("resourceType"))
            .unwrap();
        let help = arg.get_long_help().unwrap().to_string();
        let listed = help
            .split_once("Known types: ")
            .and_then(|(_, rest)| rest.split_once(". "))
            .map(|(list, _)| list.split_whitespace().collect::<String>())
            .expect("the help lists the known types");
        assert_eq!(listed.split(',').collect::<Vec<_>>(), RESOURCE_TYPES);
    }

    #[test]
    fn every_query_parameter_has_a_flag() {
        let spec = spec();
        let cli = Cli::command();
        let item = cli.find_subcommand("item").unwrap();
        for (path, cmd) in [
            ("/api/v1/items", "ls"),
            ("/api/v1/items/{itemId}/collections", "collections"),
            ("/api/v1/items/{itemId}/publisheditems", "publisheditems"),
        ] {
            let sub = item.find_subcommand(cmd).unwrap();
            for p in params(&spec, path) {
                if p["in"] != "query" {
                    continue;
                }
                let name = p["name"].as_str().unwrap();
                let arg = sub
                    .get_arguments()
                    .find(|a| a.get_long() == Some(name))
                    .unwrap_or_else(|| panic!("`qlik item {cmd}` has no --{name}"));
                // `shared` is deprecated in favour of `spaceType` (the service's changelog;
                // the file does not mark it), so its flag is hidden.
                let deprecated = p["deprecated"].as_bool().unwrap_or(false) || name == "shared";
                assert_eq!(
                    arg.is_hide_set(),
                    deprecated,
                    "--{name} hidden iff deprecated"
                );
            }
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn filter() -> impl Strategy<Value = TypeFilter> {
        (
            "[a-z][a-z-]{0,12}",
            proptest::option::of(proptest::collection::vec("[a-z0-9-]{0,8}", 1..4)),
        )
            .prop_map(|(resource_type, subtypes)| TypeFilter {
                resource_type,
                subtypes,
            })
    }

    fn render(filters: &[TypeFilter]) -> String {
        filters
            .iter()
            .map(|f| match &f.subtypes {
                Some(s) => format!("{}[{}]", f.resource_type, s.join(",")),
                None => f.resource_type.clone(),
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn resource_type_syntax_round_trips(filters in proptest::collection::vec(filter(), 1..5)) {
            prop_assert_eq!(resource_types(&render(&filters)), Ok(filters));
        }

        #[test]
        fn resource_type_parser_never_panics(text in ".{0,40}") {
            let _ = resource_types(&text);
        }

        #[test]
        fn whatever_parses_renders_back_the_same(text in "[a-z,\\[\\] ]{0,30}") {
            if let Ok(filters) = resource_types(&text) {
                prop_assert_eq!(resource_types(&render(&filters)), Ok(filters));
            }
        }
    }
}
