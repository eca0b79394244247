//! The members of an object found in its JSON text without parsing their values: how csv,
//! tsv, `--fields` and `--jq` read a few fields of each listed item without building the
//! tree of all of them. A listed item's top-level members were noted by the page's one pass
//! (`crate::jsonscan`), so [`Picker::pick_scanned`] reads them from there; the functions
//! here find them in text (nested paths, and items whose members were not noted).
//!
//! The text is a listing's item, which the page's pass has already checked to be valid JSON.
//! The scan still never trusts it: on anything it does not expect it gives `None`, and the
//! caller parses the text whole instead, which gives the same answer or the error.

use crate::jsonscan::{Scanned, string_end};

/// The end of the value that starts at `b[at]` (after any white space): the index after it.
fn value_end(b: &[u8], at: usize) -> Option<usize> {
    match *b.get(at)? {
        b'"' => string_end(b, at),
        b'{' | b'[' => {
            // Nesting is counted, not recursed into: the depth cannot overflow a stack.
            let mut depth = 0usize;
            let mut i = at;
            loop {
                match *b.get(i)? {
                    b'"' => i = string_end(b, i)?,
                    b'{' | b'[' => {
                        depth += 1;
                        i += 1;
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        i += 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => i += 1,
                }
            }
        }
        _ => {
            // A number, true, false or null: up to the next delimiter.
            let rest = b.get(at..)?;
            let len = rest
                .iter()
                .position(|c| matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(rest.len());
            (len > 0).then_some(at + len)
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// Calls `each(key, value)` for every member of the object whose JSON text is `text`, in
/// order: the key as written between its quotes, the value's text. `Some(false)` when `text`
/// is not an object (a value that has no members); `None` when the text is not as expected,
/// or a key is written with an escape (compared as written it could be missed).
pub fn members<'a>(text: &'a str, mut each: impl FnMut(&'a str, &'a str)) -> Option<bool> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return b.get(i).map(|_| false);
    }
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return Some(true);
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(b, i)?;
        let key = text.get(i + 1..key_end - 1)?;
        if key.contains('\\') {
            return None;
        }
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_ws(b, i + 1);
        let end = value_end(b, start)?;
        each(key, text.get(start..end)?);
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b'}') => return Some(true),
            _ => return None,
        }
    }
}

/// Finds the values of a fixed set of top-level keys in the JSON text of objects, in one pass
/// over each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    keys: Vec<String>,
}

impl Picker {
    pub fn new(keys: Vec<String>) -> Picker {
        Picker { keys }
    }

    /// The picker of `id` alone.
    pub fn id() -> &'static Picker {
        static ID: std::sync::OnceLock<Picker> = std::sync::OnceLock::new();
        ID.get_or_init(|| Picker::new(vec!["id".into()]))
    }

    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// The text of the value of each key, in the order of [`Picker::keys`]; `None` where the
    /// object has none (and for every key when `text` is not an object). Of a key written
    /// twice the last counts, as when the text is parsed. `None` as in [`members`].
    pub fn pick<'a>(&self, text: &'a str) -> Option<Vec<Option<&'a str>>> {
        let mut found = vec![None; self.keys.len()];
        members(text, |key, value| {
            if let Some(i) = self.keys.iter().position(|k| k == key) {
                found[i] = Some(value);
            }
        })?;
        Some(found)
    }
}

impl Picker {
    /// [`Picker::pick`] of a listed item, from the members the page's scan noted when it did.
    pub fn pick_scanned<'a>(&self, item: &Scanned<'a>) -> Option<Vec<Option<&'a str>>> {
        let Some(members) = item.members() else {
            return self.pick(item.text);
        };
        // Compared as written, a key with escapes could be missed.
        if item.escaped_keys() {
            return None;
        }
        let mut found = vec![None; self.keys.len()];
        for (key, value) in members {
            if let Some(i) = self.keys.iter().position(|k| k == key) {
                found[i] = Some(value);
            }
        }
        Some(found)
    }
}

/// The text of the value of member `key` of the object in `text`: `Some(None)` when it has
/// none or is not an object; `None` as in [`members`].
pub fn member<'a>(text: &'a str, key: &str) -> Option<Option<&'a str>> {
    let mut found = None;
    members(text, |k, v| {
        if k == key {
            found = Some(v);
        }
    })?;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn all(text: &str) -> Option<Vec<(String, String)>> {
        let mut out = Vec::new();
        members(text, |k, v| out.push((k.to_string(), v.to_string())))?;
        Some(out)
    }

    #[test]
    fn members_of_objects_and_their_values_as_written() {
        let text =
            r#" { "a" : 1 , "b":"x\"}y","c":{"d":[1,{"e":"]"}]},"n":null,"t":true,"f":-1.5e3 } "#;
        let got = all(text).unwrap();
        let want = [
            ("a", "1"),
            ("b", r#""x\"}y""#),
            ("c", r#"{"d":[1,{"e":"]"}]}"#),
            ("n", "null"),
            ("t", "true"),
            ("f", "-1.5e3"),
        ];
        assert_eq!(got.len(), want.len());
        for ((k, v), (wk, wv)) in got.iter().zip(want) {
            assert_eq!((k.as_str(), v.as_str()), (wk, wv));
            // Each value's text is the value, as the parser reads it.
            assert!(serde_json::from_str::<Value>(v).is_ok(), "{v}");
        }
        assert_eq!(all("{}").unwrap(), vec![]);
        assert_eq!(all(" [1,2] ").unwrap(), vec![]);
        assert_eq!(members("\"s\"", |_, _| ()), Some(false));
    }

    #[test]
    fn unexpected_text_is_none_not_a_guess() {
        for bad in [
            "",
            "{",
            r#"{"a"}"#,
            r#"{"a":}"#,
            r#"{"a":1,}"#,
            r#"{"a":"unterminated}"#,
            r#"{"a":[1,2}"#,
            r#"{"a\u0062":1}"#,
            r#"{"a":1 "b":2}"#,
        ] {
            assert_eq!(all(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_last_of_a_repeated_key_counts_as_in_a_parse() {
        let p = Picker::new(vec!["b".into(), "a".into(), "z".into()]);
        let text = r#"{"a":1,"b":2,"a":3}"#;
        assert_eq!(p.pick(text).unwrap(), vec![Some("2"), Some("3"), None]);
        let parsed: Value = serde_json::from_str(text).unwrap();
        assert_eq!(parsed["a"], 3);
        assert_eq!(
            member(r#"{"x":{"y":[]}}"#, "x").unwrap(),
            Some(r#"{"y":[]}"#)
        );
        assert_eq!(member("[]", "x").unwrap(), None);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;
        use serde_json::Map;

        /// Values whose strings are short and long, with quotes, backslashes, brackets and
        /// unicode in them.
        fn json_value() -> impl Strategy<Value = Value> {
            crate::output::json::properties::json_value_of(
                r#"[a-z"\\\[\]{},: \n\u{e9}\u{1F600}]{0,40}"#,
            )
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

            /// The members found in compact or pretty text are the object's, each value's
            /// text parsing to its value; a key written with an escape gives `None`.
            #[test]
            fn members_are_the_parsed_objects(
                pairs in proptest::collection::vec((r#"[a-z"\\ ]{0,30}"#, json_value()), 0..8)
            ) {
                let object: Map<String, Value> = pairs.into_iter().collect();
                let escaped = object.keys().any(|k| k.contains(['"', '\\']));
                let v = Value::Object(object);
                for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
                    // What the text parses to (a float may not come back bit for bit).
                    let object: Map<String, Value> = serde_json::from_str(&text).unwrap();
                    let mut found = Map::new();
                    let got = members(&text, |k, t| {
                        found.insert(k.to_string(), serde_json::from_str(t).unwrap());
                    });
                    if escaped {
                        prop_assert_eq!(got, None);
                    } else {
                        prop_assert_eq!(got, Some(true));
                        prop_assert_eq!(&found, &object);
                    }
                }
            }
        }
    }
}
