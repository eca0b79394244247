use super::*;
use proptest::prelude::*;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

/// Whether serde_json reads `text` as JSON (any value, nothing after it but white space).
fn serde_accepts(text: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(text).is_ok()
}

/// A page as the listing reads it with serde_json: the items and links as text.
#[derive(serde::Deserialize)]
struct Oracle<'a> {
    #[serde(borrow)]
    data: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    links: Option<&'a RawValue>,
}

fn accepts(text: &str) -> bool {
    scan_item(text.as_bytes(), false).is_some()
}

/// The items' texts and the links' text of a scanned page.
fn parts(text: &str, members: bool) -> Option<(Vec<&str>, Option<&str>)> {
    let scan = scan_list(text.as_bytes(), members)?;
    let items = scan.items.iter().map(|i| &text[i.range.clone()]).collect();
    Some((items, scan.links.map(|l| &text[l])))
}

#[test]
fn a_page_gives_its_items_and_links() {
    let text = r#" { "data" : [ {"id":"a","n":[1,{"x":"]"}]} , 7, "s", [] ,{} ],
        "links": {"next": {"href": "/api/v1/items?next=x"}}, "other": null } "#;
    for members in [false, true] {
        let (items, links) = parts(text, members).unwrap();
        assert_eq!(
            items,
            [r#"{"id":"a","n":[1,{"x":"]"}]}"#, "7", r#""s""#, "[]", "{}"]
        );
        assert_eq!(links, Some(r#"{"next": {"href": "/api/v1/items?next=x"}}"#));
    }
    let scan = scan_list(text.as_bytes(), true).unwrap();
    let first = &scan.items[0];
    let members: Vec<(&str, &str)> = scan.members[first.members.clone().unwrap()]
        .iter()
        .map(|m| (&text[m.key.clone()], &text[m.value.clone()]))
        .collect();
    assert_eq!(members, [("id", r#""a""#), ("n", r#"[1,{"x":"]"}]"#)]);
    assert_eq!(scan.items[1].members, None);
    assert_eq!(scan.items[4].members, Some(2..2));
    assert!(!first.multiline && !first.deep && !first.escaped_keys);
    let escaped = scan_list(br#"{"data":[{"a":1,"\u0069d":"x"}]}"#, true).unwrap();
    assert!(escaped.items[0].escaped_keys);

    assert_eq!(parts(r#"{"data":null}"#, false), Some((vec![], None)));
    assert_eq!(parts(r#"{"data":[]}"#, true), Some((vec![], None)));
    assert_eq!(
        parts(r#"{"links":null,"data":[1]}"#, false),
        Some((vec!["1"], Some("null")))
    );
}

#[test]
fn what_it_does_not_take_is_left_to_the_parser() {
    for text in [
        "",
        " ",
        "[]",
        r#"{"data":{}}"#,
        r#"{"data":5}"#,
        r#"{"links":{}}"#,
        r#"{"data":[],"data":[]}"#,
        r#"{"data":[],"links":1,"links":2}"#,
        r#"{"d\u0061ta":[]}"#,
        r#"{"data":[]} x"#,
        r#"{"data":[],}"#,
        r#"{"data":[1,]}"#,
        r#"{"data":[1 2]}"#,
        r#"{"data":[{"a":1,}]}"#,
        r#"{"data":[{"a" 1}]}"#,
        r#"{"data":[{1:1}]}"#,
        r#"{"data":[nul]}"#,
        "{\"data\":[\"a\tb\"]}",
        r#"{"data":["\x"]}"#,
        r#"{"data":["\u12g4"]}"#,
        r#"{"data":[01]}"#,
        r#"{"data":[1.]}"#,
        r#"{"data":[-]}"#,
        r#"{"data":[1e]}"#,
        r#"{"data":[.5]}"#,
        r#"{"data":[[1]}"#,
        r#"{"data":[{"a":[1}]]}"#,
        r#"{"data":["unterminated]}"#,
    ] {
        assert!(scan_list(text.as_bytes(), true).is_none(), "{text}");
        assert!(scan_list(text.as_bytes(), false).is_none(), "{text}");
    }
}

#[test]
fn line_breaks_and_depth_are_noted_per_item() {
    let mut deep = json!("leaf");
    for _ in 0..MAX_DEPTH {
        deep = json!([deep]);
    }
    let at_limit = deep.to_string();
    let over = format!("{{\"k\":{at_limit}}}");
    let text = format!("{{\"data\":[{at_limit},{over},{{\r\n\"a\":1}}, {{\"b\":\"\\n\"}}\n]}}");
    for members in [false, true] {
        let scan = scan_list(text.as_bytes(), members).unwrap();
        let flags: Vec<(bool, bool)> = scan.items.iter().map(|i| (i.multiline, i.deep)).collect();
        assert_eq!(
            flags,
            [(false, false), (false, true), (true, false), (false, false)]
        );
        for item in &scan.items {
            let t = &text.as_bytes()[item.range.clone()];
            assert_eq!(item.deep, crate::limits::too_deep_json(t));
        }
    }
}

#[test]
fn nesting_far_past_the_limit_is_scanned_without_recursion() {
    let n = 200_000;
    let text = format!("{{\"data\":[{}{}]}}", "[".repeat(n), "]".repeat(n));
    let scan = scan_list(text.as_bytes(), true).unwrap();
    assert!(scan.items[0].deep);
    let broken = format!("{{\"data\":[{}{}]}}", "[".repeat(n), "]".repeat(n - 1));
    assert!(scan_list(broken.as_bytes(), true).is_none());
}

/// JSON values whose strings hold what matters to a scanner, control characters included.
fn json_value() -> impl Strategy<Value = Value> {
    crate::output::json_value_of(r#"[a-z"\\\[\]{},:/ \n\t\u{1}\u{e9}\u{1F600}]{0,12}"#)
}

/// A page of `items` written compact, pretty, or with white space of every kind between
/// tokens.
fn page_text(items: &[Value], links: &Value, layout: u8) -> String {
    let page = json!({"data": items, "links": links});
    match layout {
        0 => page.to_string(),
        1 => serde_json::to_string_pretty(&page).unwrap(),
        _ => {
            // Every structural character with white space on each side.
            let compact = page.to_string();
            let mut out = String::new();
            let mut in_string = false;
            let mut escaped = false;
            for c in compact.chars() {
                if in_string {
                    out.push(c);
                    match (escaped, c) {
                        (true, _) => escaped = false,
                        (false, '\\') => escaped = true,
                        (false, '"') => in_string = false,
                        _ => {}
                    }
                } else if c == '"' {
                    out.push(c);
                    in_string = true;
                } else if "{}[],:".contains(c) {
                    out.push_str(" \t");
                    out.push(c);
                    out.push_str("\r\n ");
                } else {
                    out.push(c);
                }
            }
            out
        }
    }
}

/// Text edits that break JSON in the ways that matter: bytes a scanner treats specially,
/// put in, taken out or written over.
fn edits() -> impl Strategy<Value = Vec<(prop::sample::Index, u8, char)>> {
    let chars = prop::sample::select(
        "\"\\{}[],:0123456789-+.eEtrufalsn \t\n\r\u{0}\u{1f}/xé"
            .chars()
            .collect::<Vec<_>>(),
    );
    proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, chars), 1..4)
}

fn edited(text: &str, edits: &[(prop::sample::Index, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, op, c) in edits {
        if chars.is_empty() {
            chars.push(*c);
            continue;
        }
        let i = at.index(chars.len());
        match op {
            0 => chars.insert(i, *c),
            1 => {
                chars.remove(i);
            }
            _ => chars[i] = *c,
        }
    }
    chars.into_iter().collect()
}

/// The scan against serde_json, on generated pages and broken text.
mod properties {
    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

        /// A page serde_json writes is taken, in every layout: each item's text reads back as
        /// the item, its flags are those of the checks they replace, and its members are the
        /// object's.
        #[test]
        fn pages_are_read_as_serde_json_reads_them(
            items in proptest::collection::vec(json_value(), 0..6),
            links in json_value(),
            layout in 0u8..3,
        ) {
            let text = page_text(&items, &links, layout);
            let reread: Value = serde_json::from_str(&text).unwrap();
            for members in [false, true] {
                let scan = scan_list(text.as_bytes(), members).unwrap();
                prop_assert_eq!(scan.items.len(), items.len());
                for (item, want) in scan.items.iter().zip(reread["data"].as_array().unwrap()) {
                    let t = &text[item.range.clone()];
                    prop_assert_eq!(&serde_json::from_str::<Value>(t).unwrap(), want);
                    prop_assert_eq!(item.multiline, memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_some());
                    prop_assert_eq!(item.deep, crate::limits::too_deep_json(t.as_bytes()));
                    match (&item.members, want) {
                        (Some(range), Value::Object(object)) => {
                            prop_assert!(members);
                            let mut found = Map::new();
                            let escaped = scan.members[range.clone()].iter().any(|m| text[m.key.clone()].contains('\\'));
                            prop_assert_eq!(item.escaped_keys, escaped);
                            for m in &scan.members[range.clone()] {
                                let key: String = serde_json::from_str(&text[m.key.start - 1..m.key.end + 1]).unwrap();
                                found.insert(key, serde_json::from_str(&text[m.value.clone()]).unwrap());
                            }
                            prop_assert_eq!(&found, object);
                        }
                        (None, Value::Object(_)) => prop_assert!(!members),
                        (None, _) => {}
                        (Some(_), _) => prop_assert!(false, "members of a non-object"),
                    }
                }
                let links_text = &text[scan.links.unwrap()];
                prop_assert_eq!(&serde_json::from_str::<Value>(links_text).unwrap(), &reread["links"]);
            }
        }

        /// On text with a few bytes put in, taken out or changed, the scan takes exactly what
        /// serde_json takes.
        #[test]
        fn broken_text_is_refused_as_serde_json_refuses_it(
            value in json_value(),
            layout in 0u8..3,
            edits in edits(),
        ) {
            let text = edited(&page_text(&[value], &Value::Null, layout), &edits);
            prop_assert_eq!(accepts(&text), serde_accepts(&text), "{:?}", text);
            if let Some(scan) = scan_list(text.as_bytes(), true) {
                // Taken as a page: serde_json reads the same items and links, as text.
                let page: Oracle = serde_json::from_str(&text).unwrap();
                let want: Vec<&str> = page.data.unwrap_or_default().iter().map(|r| r.get()).collect();
                let got: Vec<&str> = scan.items.iter().map(|i| &text[i.range.clone()]).collect();
                prop_assert_eq!(got, want);
                // (A `null` is no links to serde_json's `Option`, as to the listing.)
                let links = scan.links.map(|l| &text[l]).filter(|&l| l != "null");
                prop_assert_eq!(links, page.links.map(RawValue::get));
            }
        }

        /// Short texts of the bytes that matter: the scan takes exactly what serde_json takes.
        #[test]
        fn short_texts_are_judged_as_serde_json_judges_them(
            text in r#"[\[\]{}",:0-9\-+.eE\\ tfnrulase\u{1}\u{e9}]{0,16}"#,
        ) {
            prop_assert_eq!(accepts(&text), serde_accepts(&text), "{:?}", text);
        }
    }
}

/// The end of a string in checked text: past escaped quotes and backslashes, short and past
/// eight bytes; `None` when it is not closed, however it ends.
#[test]
fn string_end_skips_escapes() {
    for (text, end) in [
        (r#""""#, Some(2)),
        (r#""a"x"#, Some(3)),
        (r#""a\"b""#, Some(6)),
        (r#""a\\""#, Some(5)),
        (r#""longer than eight \"bytes\" \\ é""#, Some(35)),
        (r#""unclosed"#, None),
        (r#""ends in \"#, None),
        (r#""ends in \""#, None),
    ] {
        assert_eq!(string_end(text.as_bytes(), 0), end, "{text}");
    }
}
