use super::page_flags::MAX_CURSOR_LEN;
use super::types::{MAX_TYPE_LEN, TypeFilter};
use super::*;
use crate::api::items::{MAX_ID_LEN, item_id};
use crate::api::paging::{Cursor, Paging};
use crate::cli::item::PagingArgs;

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
