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
///
/// Written to `out` in pieces of about 64 KiB (see [`reformat_into`]).
pub(super) fn reformat<W: Write>(
    out: &mut W,
    text: &[u8],
    pretty: bool,
    depth: usize,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(text.len().min(SPILL) + 1024);
    reformat_into(&mut buf, text, pretty, depth, |buf| {
        out.write_all(buf)?;
        buf.clear();
        Ok(())
    })?;
    out.write_all(&buf)
}

/// What [`reformat_into`] holds before it hands its buffer on.
const SPILL: usize = 64 * 1024;

/// [`reformat`] into `out`, which is given to `spill` whenever it holds [`SPILL`] bytes or
/// more (a caller that keeps the whole text does nothing then). Byte by byte, except strings,
/// whose ends are found eight bytes at a time and which are copied whole.
pub(super) fn reformat_into(
    out: &mut Vec<u8>,
    text: &[u8],
    pretty: bool,
    mut depth: usize,
    mut spill: impl FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    fn newline(out: &mut Vec<u8>, depth: usize) {
        const SPACES: &[u8; 128] = &[b' '; 128];
        out.push(b'\n');
        let mut n = depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            out.extend_from_slice(&SPACES[..k]);
            n -= k;
        }
    }
    let is_ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let mut i = 0;
    while i < text.len() {
        if out.len() >= SPILL {
            spill(out)?;
        }
        // One space (as much JSON writes after `:` and `,`) is passed without a branch.
        i += usize::from(text[i] == b' ');
        let Some(&b) = text.get(i) else { break };
        // Strings and then the other scalars come most often: tested first, each with one
        // branch the processor guesses well.
        if b == b'"' {
            // (Not closed, which checked text never is: copied to its end.)
            let end = crate::jsonscan::string_end(text, i).unwrap_or(text.len());
            out.extend_from_slice(&text[i..end]);
            i = end;
            continue;
        }
        if b.is_ascii_digit() || matches!(b, b'-' | b't' | b'f' | b'n') {
            // A number, `true`, `false` or `null`.
            let start = i;
            while i < text.len()
                && !is_ws(text[i])
                && !matches!(text[i], b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"')
            {
                i += 1;
            }
            out.extend_from_slice(&text[start..i]);
            continue;
        }
        // The punctuation and white space between tokens.
        if b == b',' {
            out.push(b',');
            if pretty {
                newline(out, depth);
            }
            i += 1;
        } else if b == b':' {
            out.extend_from_slice(if pretty { b": " } else { b":" });
            i += 1;
        } else if b == b'}' || b == b']' {
            depth = depth.saturating_sub(1);
            if pretty {
                newline(out, depth);
            }
            out.push(b);
            i += 1;
        } else if b == b'{' || b == b'[' {
            let close = if b == b'{' { b'}' } else { b']' };
            let mut j = i + 1;
            while j < text.len() && is_ws(text[j]) {
                j += 1;
            }
            if text.get(j) == Some(&close) {
                out.extend_from_slice(&[b, close]);
                i = j + 1;
            } else {
                out.push(b);
                depth += 1;
                if pretty {
                    newline(out, depth);
                }
                i += 1;
            }
        } else if is_ws(b) {
            i += 1;
        } else {
            // Not valid JSON, which the text is said to be: copied as it is.
            out.push(b);
            i += 1;
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
    pub(crate) fn json_value_of(text: &'static str) -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            // Any finite float, written with an exponent when large or small.
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
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

    /// Text longer than the buffer is written in pieces that end between tokens, and reads
    /// as a whole.
    #[test]
    fn reformat_writes_long_text_in_pieces() {
        let items: Vec<Value> = (0..3000)
            .map(|n| json!({"id": format!("item-{n}"), "s": "é\\\"x".repeat(n % 7), "n": [n, {"k": null}]}))
            .collect();
        let v = Value::Array(items);
        let mut out = Vec::new();
        reformat(&mut out, v.to_string().as_bytes(), true, 0).unwrap();
        assert!(out.len() > 3 * SPILL);
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
