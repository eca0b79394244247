//! Rendering: table, JSON, YAML, JSON lines, ids. It knows no commands: it renders values.
//!
//! Lists stream: [`ListWriter::push`] writes each object as it comes (json, jsonl, yaml, ids),
//! so memory does not grow with the number of items. Only the table, which must measure its
//! columns, keeps its rows (a few short strings per item) until [`ListWriter::finish`].
//!
//! Server text cannot drive a terminal: the table always shows it escaped
//! ([`crate::text::escape`]); on a terminal `-q` ids and yaml are escaped the same way, and
//! json and jsonl write those characters as `\uXXXX` ([`JsonEscape`]). Piped, json, jsonl,
//! yaml and ids are byte-exact.

// Printing is the commands' job; this part returns values and writes where it is told.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, Write};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::text::{self, JsonEscape};

pub mod progress;
mod table;
mod yaml;

/// How to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    /// The table with every column whole, whatever the terminal's width (`-o wide`).
    Wide,
    Json,
    Yaml,
    Jsonl,
    /// Ids only, one per line (`-q`).
    Ids,
}

impl Format {
    /// Parses a format name as QLIK_OUTPUT or a profile's `output` key give it.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Some(Format::Table),
            "wide" => Some(Format::Wide),
            "json" => Some(Format::Json),
            "yaml" | "yml" => Some(Format::Yaml),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// The names `-o` takes, as errors list them.
    pub const NAMES: &'static str = "table, wide, json, yaml or jsonl";

    /// Whether this is a table (`table` or `wide`).
    pub fn is_table(self) -> bool {
        matches!(self, Format::Table | Format::Wide)
    }
}

/// What kind of objects, for the table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Items,
    Collections,
    /// A flat object shown as SETTING/VALUE rows.
    Settings,
    /// Connection profiles: NAME, SERVER, DEFAULT.
    Profiles,
}

/// Where the output goes: a terminal (fit its width) or not (never truncate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub tty: bool,
    pub width: u16,
}

/// Writes a list, one object at a time.
pub struct ListWriter<W: Write> {
    /// On a terminal, json and jsonl escape the characters that could drive it (see
    /// [`JsonEscape`]); piped, the bytes pass unchanged.
    out: JsonEscape<W>,
    format: Format,
    term: Terminal,
    count: usize,
    table: Option<table::Rows>,
}

impl<W: Write> ListWriter<W> {
    pub fn new(out: W, format: Format, shape: Shape, term: Terminal) -> ListWriter<W> {
        ListWriter {
            out: JsonEscape::when(escapes_json(format, term), out),
            format,
            term,
            count: 0,
            table: format.is_table().then(|| table::Rows::new(shape, term)),
        }
    }

    /// Writes (or, for the table, keeps) one object.
    pub fn push(&mut self, v: &Value) -> io::Result<()> {
        match self.format {
            Format::Json => {
                let text = serde_json::to_vec(v).map_err(io::Error::other)?;
                self.push_json(&text)?;
                return Ok(());
            }
            Format::Jsonl => {
                // Serialised first, so a write error (a closed pipe) stays an io::Error.
                let mut line = serde_json::to_vec(v).map_err(io::Error::other)?;
                line.push(b'\n');
                self.out.write_all(&line)?;
            }
            Format::Yaml => self
                .out
                .write_all(yaml_text(&yaml::list_entry(v)?, self.term).as_bytes())?,
            Format::Ids => {
                if let Some(id) = v.get("id").and_then(Value::as_str) {
                    write_id(&mut self.out, id, self.term)?;
                }
            }
            Format::Table | Format::Wide => {
                if let Some(t) = &mut self.table {
                    t.push(v);
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Writes (or keeps) one object given as the service's JSON text. json and jsonl copy the
    /// text (re-indented, or compacted when it spans lines); only the formats that read
    /// fields parse it.
    ///
    /// `raw` must be valid JSON text (as a [`RawValue`] holds), its depth already checked by
    /// [`push_raw_all`](Self::push_raw_all).
    fn write_raw(&mut self, raw: &str) -> io::Result<()> {
        let text = raw.as_bytes();
        match self.format {
            Format::Json => return self.push_json(text),
            Format::Jsonl => {
                if memchr::memchr2(b'\n', b'\r', text).is_some() {
                    reformat(&mut self.out, text, false, 0)?;
                } else {
                    self.out.write_all(text)?;
                }
                self.out.write_all(b"\n")?;
            }
            Format::Ids => {
                #[derive(Deserialize)]
                struct Id<'a> {
                    #[serde(default, borrow)]
                    id: Option<&'a RawValue>,
                }
                let id = serde_json::from_str::<Id>(raw)
                    .ok()
                    .and_then(|i| i.id)
                    .and_then(|id| serde_json::from_str::<String>(id.get()).ok());
                if let Some(id) = id {
                    write_id(&mut self.out, &id, self.term)?;
                }
            }
            Format::Yaml | Format::Table | Format::Wide => {
                let v: Value = serde_json::from_str(raw).map_err(io::Error::other)?;
                return self.push(&v);
            }
        }
        self.count += 1;
        Ok(())
    }

    /// One pretty-printed array element, from compact or pretty JSON text.
    fn push_json(&mut self, text: &[u8]) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
        reformat(&mut self.out, text, true, 1)?;
        self.count += 1;
        Ok(())
    }

    /// Writes one page of objects given as JSON text, and flushes. A page with an object
    /// nested too deep is refused whole: none of it is written.
    pub fn push_raw_all<'a>(
        &mut self,
        values: impl IntoIterator<Item = &'a str>,
    ) -> io::Result<()> {
        let values: Vec<&str> = values.into_iter().collect();
        for v in &values {
            check_depth(v.as_bytes())?;
        }
        for v in values {
            self.write_raw(v)?;
        }
        if !self.format.is_table() {
            self.out.flush()?;
        }
        Ok(())
    }

    /// Number of objects pushed.
    ///
    /// A table of none prints nothing (not even its header): the command says so on stderr.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Writes one page of objects and flushes, so a reader sees them as they arrive.
    pub fn push_all(&mut self, values: &[Value]) -> io::Result<()> {
        for v in values {
            self.push(v)?;
        }
        if !self.format.is_table() {
            self.out.flush()?;
        }
        Ok(())
    }

    /// Closes the list (the array's `]`, the table itself).
    pub fn finish(mut self) -> io::Result<()> {
        match self.format {
            Format::Json if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Yaml if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Table | Format::Wide => {
                if let Some(t) = self.table.take() {
                    t.render_to(self.term, self.format == Format::Wide, &mut self.out)?;
                }
            }
            _ => {}
        }
        self.out.flush()
    }
}

/// Refuses JSON text nested deeper than the parsed formats accept.
fn check_depth(text: &[u8]) -> io::Result<()> {
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
fn reformat<W: Write>(out: &mut W, text: &[u8], pretty: bool, mut depth: usize) -> io::Result<()> {
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
fn escapes_json(format: Format, term: Terminal) -> bool {
    term.tty && matches!(format, Format::Json | Format::Jsonl)
}

/// YAML text: as it is when piped, each line escaped on a terminal.
fn yaml_text(text: &str, term: Terminal) -> std::borrow::Cow<'_, str> {
    if term.tty {
        text::escape_lines(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// One id of `-q`: as it is when piped (for `xargs` and `rm -`), escaped on a terminal.
fn write_id<W: Write>(out: &mut W, id: &str, term: Terminal) -> io::Result<()> {
    if term.tty {
        writeln!(out, "{}", text::escape(id))
    } else {
        writeln!(out, "{id}")
    }
}

/// Writes one object: in a table, one line per field (FIELD/VALUE, or SETTING/VALUE).
pub fn write_object<W: Write>(
    out: W,
    format: Format,
    shape: Shape,
    term: Terminal,
    v: &Value,
) -> io::Result<()> {
    let mut out = JsonEscape::when(escapes_json(format, term), out);
    match format {
        Format::Json => {
            let mut text = serde_json::to_vec_pretty(v).map_err(io::Error::other)?;
            text.push(b'\n');
            out.write_all(&text)?;
        }
        Format::Jsonl => {
            let mut line = serde_json::to_vec(v).map_err(io::Error::other)?;
            line.push(b'\n');
            out.write_all(&line)?;
        }
        Format::Yaml => out.write_all(yaml_text(&yaml::document(v)?, term).as_bytes())?,
        Format::Ids => {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                write_id(&mut out, id, term)?;
            }
        }
        Format::Table | Format::Wide => {
            table::Rows::object(shape, term, v).render_to(
                term,
                format == Format::Wide,
                &mut out,
            )?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PIPE: Terminal = Terminal {
        tty: false,
        width: 80,
    };

    fn list(format: Format, values: &[Value]) -> String {
        let mut buf = Vec::new();
        let mut w = ListWriter::new(&mut buf, format, Shape::Items, PIPE);
        w.push_all(values).unwrap();
        w.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn json_list_streams_a_valid_array_keeping_field_order() {
        let items = vec![
            json!({"id": "b", "zeta": 1, "alpha": {"x": [1, 2]}, "unknownNewField": true}),
            json!({"id": "a"}),
        ];
        let text = list(Format::Json, &items);
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, Value::Array(items.clone()));
        assert!(text.find("zeta").unwrap() < text.find("alpha").unwrap());
        assert_eq!(
            serde_json::to_string_pretty(&Value::Array(items)).unwrap() + "\n",
            text
        );
        assert_eq!(list(Format::Json, &[]), "[]\n");
    }

    #[test]
    fn jsonl_and_ids() {
        let items = vec![json!({"id": "b", "n": 1}), json!({"id": "a"})];
        assert_eq!(
            list(Format::Jsonl, &items),
            "{\"id\":\"b\",\"n\":1}\n{\"id\":\"a\"}\n"
        );
        assert_eq!(list(Format::Ids, &items), "b\na\n");
        assert_eq!(list(Format::Jsonl, &[]), "");
    }

    fn raw_list(format: Format, texts: &[&str]) -> String {
        let raws: Vec<Box<RawValue>> = texts
            .iter()
            .map(|t| RawValue::from_string((*t).to_string()).unwrap())
            .collect();
        let raws = raws.iter().map(|r| r.get());
        let mut buf = Vec::new();
        let mut w = ListWriter::new(&mut buf, format, Shape::Items, PIPE);
        w.push_raw_all(raws).unwrap();
        w.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn raw_items_print_as_parsed_ones_do() {
        let texts = [
            r#"{"id":"b","zeta":1,"alpha":{"x":[1,2],"e":{},"f":[]},"s":"a,b:{c}\"[","unknownNewField":true}"#,
            "{\n  \"id\" : \"a\",\r\n \"n\": [ ] }",
            r#"{"name":"no id"}"#,
            r#"{"id":7}"#,
        ];
        let values: Vec<Value> = texts
            .iter()
            .map(|t| serde_json::from_str(t).unwrap())
            .collect();
        for format in [
            Format::Json,
            Format::Jsonl,
            Format::Ids,
            Format::Yaml,
            Format::Table,
            Format::Wide,
        ] {
            assert_eq!(
                raw_list(format, &texts),
                list(format, &values),
                "{format:?}"
            );
        }
        // The first item's text goes out unchanged; the pretty one is put on one line.
        let jsonl = raw_list(Format::Jsonl, &texts);
        assert!(jsonl.starts_with(&format!("{}\n", texts[0])));
        assert_eq!(jsonl.lines().count(), 4);
        assert_eq!(raw_list(Format::Json, &[]), "[]\n");
        assert_eq!(raw_list(Format::Ids, &texts), "b\na\n");
    }

    #[test]
    fn formats_parse() {
        assert_eq!(Format::parse("YAML"), Some(Format::Yaml));
        assert_eq!(Format::parse(" jsonl "), Some(Format::Jsonl));
        assert_eq!(Format::parse("xml"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// JSON values with the characters that matter to a scanner: quotes, backslashes,
    /// brackets, commas and colons inside strings, unicode, and empty containers.
    fn json_value() -> impl Strategy<Value = Value> {
        let text = r#"[a-z"\\\[\]{},: \n\t\u{e9}\u{1F600}]{0,12}"#;
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
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

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
