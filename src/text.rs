//! Making text terminal-safe: text a server (or a file) sent must never drive the terminal or
//! forge lines.
//!
//! [`escape`] replaces every character that could move the cursor, change the screen, reorder
//! or hide what follows, or start a new line, with a visible escape, so a person sees that
//! something was there:
//!
//! - `\n`, `\r`, `\t` for newline, carriage return and tab;
//! - `\u{…}` (the code point in lower-case hex, as Rust writes it) for every other character
//!   [`is_unsafe`] names: C0 and C1 controls and DEL (`\u{1b}`, `\u{9b}`, `\u{7f}`), the bidi
//!   controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph
//!   separators U+2028/U+2029, and the invisible format characters that hide text (U+00AD,
//!   U+180E, U+200B, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, the tags
//!   U+E0000–U+E007F, and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0).
//!
//! Backslashes are left alone: the escapes are made of printable characters only, so escaping
//! twice changes nothing. The zero-width joiners (U+200C, U+200D) and the variation selectors
//! are kept: scripts and emoji need them and they move nothing.
//!
//! Where it applies: everything written to stderr (errors, hints, warnings, notes, prompts,
//! `-v` logs), the table, and `-q` ids on a terminal. Piped data (json, jsonl, yaml, `-q`) stays
//! byte-exact. On a terminal json and jsonl write the same characters as JSON `\uXXXX` escapes
//! ([`JsonEscape`]), which is the same JSON; yaml (whose writer already escapes C0 and C1
//! controls, DEL, U+2028/U+2029 and U+FEFF inside quotes) shows the others as `\u{…}` escapes
//! ([`escape_lines`]): yaml on a terminal is for reading, piped it is data.

use std::borrow::Cow;
use std::io::{self, Write};

/// The longest piece of server text (an error's title or detail, a cursor, a non-JSON body)
/// shown in one message, in characters after escaping; the rest is cut with
/// `… (N more bytes)`.
pub const SERVER_TEXT_CAP: usize = 400;

/// The longest short server value (an error code, a trace id) shown, in characters.
pub const SHORT_TEXT_CAP: usize = 100;

/// Keys shorter than this are not searched for in server text (masking a one-letter test key
/// would mangle every message); real API keys are hundreds of characters long.
pub const MASK_MIN_KEY_LEN: usize = 8;

/// What a key found in server text is replaced with.
pub const MASK: &str = "****";

/// Whether `c` must not reach a terminal as it is (see the module documentation).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The visible form of one unsafe character.
fn escaped(c: char) -> String {
    match c {
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        c => format!("\\u{{{:x}}}", u32::from(c)),
    }
}

/// How many characters `c` takes once escaped.
fn escaped_len(c: char) -> usize {
    if !is_unsafe(c) {
        1
    } else if matches!(c, '\n' | '\r' | '\t') {
        2
    } else {
        // `\u{` + hex digits + `}`
        let hex = (32 - u32::from(c).leading_zeros()).div_ceil(4).max(1) as usize;
        4 + hex
    }
}

/// `s` with every unsafe character replaced by its visible escape; borrowed when there is
/// none.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` cut so that, escaped, it takes at most `cap` characters (on a character boundary),
/// followed by `… (N more bytes)` naming what was left out; borrowed when it fits.
pub fn cut(s: &str, cap: usize) -> Cow<'_, str> {
    let mut used = 0;
    let mut end = None;
    for (i, c) in s.char_indices() {
        let n = escaped_len(c);
        // Room for the `…` if anything follows.
        if used + n > cap.saturating_sub(1) && end.is_none() {
            end = Some(i);
        }
        used += n;
        if used > cap {
            let end = end.unwrap_or(i);
            let more = s.len() - end;
            let unit = if more == 1 { "byte" } else { "bytes" };
            return Cow::Owned(format!("{}… ({more} more {unit})", &s[..end]));
        }
    }
    Cow::Borrowed(s)
}

/// Text of several lines with each line escaped ([`escape`]): the newlines stay, nothing else
/// that could drive a terminal does.
pub fn escape_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split('\n').map(escape).collect::<Vec<_>>().join("\n"))
}

/// Server text for one message: cut at `cap` and escaped, so it is one line of bounded length.
pub fn one_line(s: &str, cap: usize) -> String {
    escape(&cut(s, cap)).into_owned()
}

/// `s` with every occurrence of `key` replaced by [`MASK`] (keys shorter than
/// [`MASK_MIN_KEY_LEN`] are not searched for).
pub fn mask<'a>(s: &'a str, key: &str) -> Cow<'a, str> {
    if key.len() < MASK_MIN_KEY_LEN || !s.contains(key) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace(key, MASK))
}

/// A writer for JSON text on a terminal: every unsafe character at or above U+007F (C1
/// controls, bidi and invisible format characters, U+2028/U+2029, DEL) is written as a JSON
/// `\uXXXX` escape (a surrogate pair above U+FFFF). JSON can hold these raw only inside
/// strings, where the escape means the same character, so the output is the same JSON.
/// Raw C0 controls cannot be in valid JSON text and are never touched (JSON's own
/// whitespace stays as it is). A UTF-8 sequence split between two writes is kept until it is
/// whole.
pub struct JsonEscape<W: Write> {
    inner: W,
    /// Off: every byte is passed on as it is (piped output stays byte-exact).
    on: bool,
    /// An incomplete UTF-8 sequence from the end of the last write.
    pending: Vec<u8>,
}

impl<W: Write> JsonEscape<W> {
    /// Escapes when `on`, else passes every byte on unchanged.
    pub fn when(on: bool, inner: W) -> JsonEscape<W> {
        JsonEscape {
            inner,
            on,
            pending: Vec::new(),
        }
    }

    fn write_escaped(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut start = 0;
        let mut i = 0;
        while i < buf.len() {
            let b = buf[i];
            if b < 0x80 {
                if b == 0x7f {
                    self.inner.write_all(&buf[start..i])?;
                    self.inner.write_all(b"\\u007f")?;
                    start = i + 1;
                }
                i += 1;
                continue;
            }
            let len = match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            if i + len > buf.len() {
                // Incomplete at the end: keep it for the next write.
                self.inner.write_all(&buf[start..i])?;
                self.pending.extend_from_slice(&buf[i..]);
                return Ok(());
            }
            let c = std::str::from_utf8(&buf[i..i + len])
                .ok()
                .and_then(|s| s.chars().next());
            match c {
                Some(c) if is_unsafe(c) => {
                    self.inner.write_all(&buf[start..i])?;
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        write!(self.inner, "\\u{u:04x}")?;
                    }
                    i += len;
                    start = i;
                }
                Some(_) => i += len,
                // Not UTF-8: passed on as it is.
                None => i += 1,
            }
        }
        self.inner.write_all(&buf[start..])
    }
}

impl<W: Write> Write for JsonEscape<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.on {
            return self.inner.write(buf);
        }
        if self.pending.is_empty() {
            self.write_escaped(buf)?;
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            self.write_escaped(&joined)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner.write_all(&rest)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_c1_bidi_and_hidden_characters() {
        assert_eq!(escape("plain ünï©ødé 販売 👍🏽"), "plain ünï©ødé 販売 👍🏽");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("x\u{9b}31m"), "x\\u{9b}31m");
        assert_eq!(escape("l1\nhint: x\r\t"), "l1\\nhint: x\\r\\t");
        assert_eq!(escape("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        for c in [
            '\u{0}',
            '\u{7f}',
            '\u{85}',
            '\u{ad}',
            '\u{61c}',
            '\u{200b}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{202a}',
            '\u{2066}',
            '\u{2069}',
            '\u{feff}',
            '\u{e0041}',
        ] {
            let e = escape(&c.to_string()).into_owned();
            assert!(
                e.starts_with('\\') && !e.chars().any(is_unsafe),
                "{c:?} -> {e}"
            );
            assert_eq!(e.chars().count(), escaped_len(c), "{c:?}");
        }
        // Joiners stay: emoji and scripts need them.
        assert_eq!(escape("👩\u{200d}💻"), "👩\u{200d}💻");
        assert_eq!(
            escape_lines("a: x\u{202e}\nb: |\n  l\r\n"),
            "a: x\\u{202e}\nb: |\n  l\\r\n"
        );
        // Escaping is idempotent.
        let once = escape("\u{1b}]8;;http://x\u{7}").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn cut_keeps_a_bounded_prefix_and_says_how_much_is_left() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("0123456789", 10), "0123456789");
        assert_eq!(cut("0123456789abc", 10), "012345678… (4 more bytes)");
        // Never inside a character, counted as escaped.
        assert_eq!(cut("ééééé", 3), "éé… (6 more bytes)");
        assert_eq!(cut("\u{1b}\u{1b}\u{1b}", 14), "\u{1b}\u{1b}… (1 more byte)");
        let big = "x".repeat(1 << 20);
        let line = one_line(&big, SERVER_TEXT_CAP);
        assert!(line.len() < SERVER_TEXT_CAP + 40, "{}", line.len());
        assert!(line.ends_with(&format!("… ({} more bytes)", (1 << 20) - 399)));
        assert_eq!(cut("", 0), "");
        assert_eq!(cut("ab", 0), "… (2 more bytes)");
    }

    #[test]
    fn masks_the_key() {
        let key = "secret-key-0123456789";
        assert_eq!(
            mask(&format!("bad key {key}, again:{key}"), key),
            "bad key ****, again:****"
        );
        assert_eq!(mask("a k b", "k"), "a k b");
        assert_eq!(mask("nothing", key), "nothing");
    }

    fn json_escaped(chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut w = JsonEscape::when(true, &mut out);
            for c in chunks {
                w.write_all(c).unwrap();
            }
            w.flush().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_escape_keeps_the_same_json() {
        let text = "{\"n\":\"a\u{9b}b\u{202e}c\u{2028}\u{7f}\u{e0041}é販\",\n  \"m\":\"\\n\"}";
        let out = json_escaped(&[text.as_bytes()]);
        assert_eq!(
            out,
            "{\"n\":\"a\\u009bb\\u202ec\\u2028\\u007f\\udb40\\udc41é販\",\n  \"m\":\"\\n\"}"
        );
        let a: serde_json::Value = serde_json::from_str(text).unwrap();
        let b: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(a, b);
        let mut same = Vec::new();
        JsonEscape::when(false, &mut same)
            .write_all(text.as_bytes())
            .unwrap();
        assert_eq!(same, text.as_bytes());
        // Split inside a character: the same result.
        let bytes = text.as_bytes();
        for k in 0..bytes.len() {
            assert_eq!(
                json_escaped(&[&bytes[..k], &bytes[k..]]),
                out,
                "split at {k}"
            );
        }
    }
}
