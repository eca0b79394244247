//! JSON as it is printed: the re-indenter that copies the service's JSON text pretty or
//! compact without parsing it into values, the depth check that guards it, and whether
//! json output is escaped for a terminal.

use std::io::{self, Write};

use super::{Format, Terminal};

/// Refuses JSON text nested deeper than the parsed formats accept.
pub(super) fn check_depth(text: &[u8]) -> io::Result<()> {
    if crate::limits::too_deep_json(text) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            crate::limits::too_deep(),
        ));
    }
    Ok(())
}

/// Copies valid JSON text, dropping the whitespace between tokens: pretty-printed as
/// serde_json's pretty printer does (two spaces a level, nested lines starting at `depth`
/// levels) or compact. Strings, numbers and the order of fields are copied as they are.
pub(super) fn reformat<W: Write>(
    out: &mut W,
    text: &[u8],
    pretty: bool,
    mut depth: usize,
) -> io::Result<()> {
    fn newline<W: Write>(out: &mut W, depth: usize) -> io::Result<()> {
        // A newline and up to 63 levels of indentation, written in one call.
        const NL: &[u8; 127] = &{
            let mut a = [b' '; 127];
            a[0] = b'\n';
            a
        };
        let mut n = 1 + depth * 2;
        out.write_all(&NL[..n.min(NL.len())])?;
        n = n.saturating_sub(NL.len());
        while n > 0 {
            let k = n.min(NL.len() - 1);
            out.write_all(&NL[1..=k])?;
            n -= k;
        }
        Ok(())
    }
    let is_ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'"' => {
                // To the closing quote, skipping escaped characters.
                let start = i;
                i += 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', &text[i..]) {
                        Some(k) if text[i + k] == b'"' => {
                            i += k + 1;
                            break;
                        }
                        Some(k) if i + k + 2 < text.len() => i += k + 2,
                        _ => {
                            i = text.len();
                            break;
                        }
                    }
                }
                out.write_all(&text[start..i])?;
            }
            b'{' | b'[' => {
                let close = if b == b'{' { b'}' } else { b']' };
                let mut j = i + 1;
                while j < text.len() && is_ws(text[j]) {
                    j += 1;
                }
                if text.get(j) == Some(&close) {
                    out.write_all(&[b, close])?;
                    i = j + 1;
                } else {
                    out.write_all(&[b])?;
                    depth += 1;
                    if pretty {
                        newline(out, depth)?;
                    }
                    i += 1;
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if pretty {
                    newline(out, depth)?;
                }
                out.write_all(&[b])?;
                i += 1;
            }
            b',' => {
                out.write_all(b",")?;
                if pretty {
                    newline(out, depth)?;
                }
                i += 1;
            }
            b':' => {
                out.write_all(if pretty { b": " } else { b":" })?;
                i += 1;
            }
            _ => {
                // A number, `true`, `false` or `null`.
                let start = i;
                while i < text.len()
                    && !is_ws(text[i])
                    && !matches!(text[i], b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"')
                {
                    i += 1;
                }
                out.write_all(&text[start..i])?;
            }
        }
    }
    Ok(())
}

/// Whether json or jsonl output escapes what could drive a terminal: only on one.
pub(super) fn escapes_json(format: Format, term: Terminal) -> bool {
    term.tty && matches!(format, Format::Json | Format::Jsonl)
}

#[cfg(test)]
pub(super) mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// JSON values with the characters that matter to a scanner: quotes, backslashes,
    /// brackets, commas and colons inside strings, unicode, and empty containers.
    fn json_value() -> impl Strategy<Value = Value> {
        json_value_of(r#"[a-z"\\\[\]{},: \n\t\u{e9}\u{1F600}]{0,12}"#)
    }

    /// [`json_value`] with strings (and keys) drawn from the regular expression `text`.
    pub(in crate::output) fn json_value_of(text: &'static str) -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            text.prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                proptest::collection::vec((text, inner), 0..5)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    /// Indentation deeper than the newline's buffer of spaces (63 levels) is written in pieces.
    #[test]
    fn reformat_indents_past_63_levels() {
        let mut v = json!({"leaf": "x"});
        for i in 0..80 {
            v = if i % 2 == 0 {
                json!([v, 1])
            } else {
                json!({"k": v})
            };
        }
        let mut out = Vec::new();
        reformat(&mut out, v.to_string().as_bytes(), true, 0).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

        /// Re-indenting compact or pretty text gives what serde_json's own printers give.
        #[test]
        fn reformat_matches_serde_json(v in json_value()) {
            let compact = serde_json::to_string(&v).unwrap();
            let pretty = serde_json::to_string_pretty(&v).unwrap();
            for input in [&compact, &pretty] {
                let mut out = Vec::new();
                reformat(&mut out, input.as_bytes(), true, 0).unwrap();
                prop_assert_eq!(String::from_utf8(out).unwrap(), pretty.clone());
                let mut out = Vec::new();
                reformat(&mut out, input.as_bytes(), false, 0).unwrap();
                prop_assert_eq!(String::from_utf8(out).unwrap(), compact.clone());
            }
        }
    }
}
