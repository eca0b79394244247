//! `-o csv` (RFC 4180, through the `csv` crate) and `-o tsv` (tab-separated, with tabs,
//! newlines, CRs and backslashes in values written as `\t`, `\n`, `\r`, `\\`): one row per
//! object, the columns given by `--fields` or the defaults of the kind of object
//! ([`Fields::defaults`]), a header row of the paths unless `--no-headers`.
//!
//! Strings are written as they are (times as the service sent them), numbers and booleans as
//! JSON writes them, arrays and objects as compact JSON, null and missing fields as empty
//! cells. On a terminal, the characters that could drive it are escaped in every cell as the
//! table escapes them; piped, the bytes are the service's.

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::Value;

use super::fields::Fields;
use super::{Shape, Terminal};
use crate::text;

/// Which separated format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    Csv,
    Tsv,
}

/// Writes rows of csv or tsv.
pub struct Rows {
    sep: Sep,
    /// `None` until the first object when the columns are its own fields (settings).
    fields: Option<Fields>,
    headers: bool,
    header_done: bool,
    tty: bool,
    /// Reused for each row.
    buf: Vec<u8>,
    /// The csv writer, made once: it writes each record into `shared`, taken after each row.
    csv: Option<csv::Writer<Shared>>,
    shared: Shared,
}

/// The bytes the csv writer wrote since they were last taken.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("csv buffer poisoned"))?
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Rows {
    pub fn new(
        sep: Sep,
        shape: Shape,
        fields: Option<&Fields>,
        headers: bool,
        term: Terminal,
    ) -> Rows {
        Rows {
            sep,
            fields: fields.cloned().or_else(|| Fields::defaults(shape)),
            headers,
            header_done: false,
            tty: term.tty,
            buf: Vec::with_capacity(512),
            csv: None,
            shared: Shared::default(),
        }
    }

    /// Writes one row into `self.buf`.
    fn row(&mut self, cells: &[Cow<'_, str>]) -> io::Result<()> {
        let escaped: Vec<Cow<'_, str>>;
        let cells = if self.tty {
            escaped = cells.iter().map(|c| text::escape(c)).collect();
            &escaped
        } else {
            cells
        };
        match self.sep {
            Sep::Csv => {
                let shared = &self.shared;
                let w = self.csv.get_or_insert_with(|| {
                    csv::WriterBuilder::new()
                        .terminator(csv::Terminator::CRLF)
                        .from_writer(shared.clone())
                });
                w.write_record(cells.iter().map(|c| c.as_bytes()))
                    .map_err(io::Error::other)?;
                w.flush()?;
                let mut written = self
                    .shared
                    .0
                    .lock()
                    .map_err(|_| io::Error::other("csv buffer poisoned"))?;
                self.buf.extend_from_slice(&written);
                written.clear();
            }
            Sep::Tsv => {
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(b'\t');
                    }
                    tsv_escape(&mut self.buf, c);
                }
                self.buf.push(b'\n');
            }
        }
        Ok(())
    }

    /// Writes the row of `v` (and the header row before the first).
    pub fn push<W: Write>(&mut self, out: &mut W, v: &Value) -> io::Result<()> {
        let fields = match self.fields.take() {
            Some(f) => f,
            None => Fields::of_object(v),
        };
        let written = self.header_and_row(&fields, Some(v));
        self.fields = Some(fields);
        written?;
        out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// The columns, when known before the first object (all but settings).
    pub fn fields(&self) -> Option<&Fields> {
        self.fields.as_ref()
    }

    /// Writes a row of the values of [`Rows::fields`] given as their JSON text, in order:
    /// a value whose text is its cell (a string without escapes, an integer, a boolean,
    /// null) is not parsed.
    pub fn push_texts<W: Write>(&mut self, out: &mut W, texts: &[Option<&str>]) -> io::Result<()> {
        let cells = texts
            .iter()
            .map(|t| cell_of_text(*t))
            .collect::<io::Result<Vec<_>>>()?;
        self.push_row(out, &cells)
    }

    fn push_row<W: Write>(&mut self, out: &mut W, cells: &[Cow<'_, str>]) -> io::Result<()> {
        let Some(fields) = self.fields.take() else {
            return Ok(());
        };
        let mut written = self.header_and_row(&fields, None);
        if written.is_ok() {
            written = self.row(cells);
        }
        self.fields = Some(fields);
        written?;
        out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// The header row if it is still due, then the row of `v` if there is one, into `buf`.
    fn header_and_row(&mut self, fields: &Fields, v: Option<&Value>) -> io::Result<()> {
        if !self.header_done {
            self.header_done = true;
            if self.headers {
                let names: Vec<Cow<'_, str>> = fields
                    .names()
                    .iter()
                    .map(|n| Cow::Borrowed(n.as_str()))
                    .collect();
                self.row(&names)?;
            }
        }
        if let Some(v) = v {
            let cells: Vec<Cow<'_, str>> = fields.values(v).map(cell).collect();
            self.row(&cells)?;
        }
        Ok(())
    }

    /// An empty list still prints its header row, so a reader knows the columns.
    pub fn finish<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        let Some(fields) = self.fields.take() else {
            return Ok(());
        };
        let written = self.header_and_row(&fields, None);
        self.fields = Some(fields);
        written?;
        out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

/// One value as a cell: strings as they are, null and missing as empty, the rest as
/// compact JSON.
fn cell(v: Option<&Value>) -> Cow<'_, str> {
    match v {
        None | Some(Value::Null) => Cow::Borrowed(""),
        Some(Value::String(s)) => Cow::Borrowed(s),
        Some(other) => Cow::Owned(other.to_string()),
    }
}

/// [`cell`] of a value given as its JSON text (valid JSON), parsed only when the text is not
/// already the cell.
fn cell_of_text(text: Option<&str>) -> io::Result<Cow<'_, str>> {
    let Some(t) = text else {
        return Ok(Cow::Borrowed(""));
    };
    let b = t.as_bytes();
    let plain = match b {
        [b'"', inner @ .., b'"'] => {
            if !inner.contains(&b'\\') {
                return Ok(Cow::Borrowed(&t[1..t.len() - 1]));
            }
            false
        }
        b"null" => return Ok(Cow::Borrowed("")),
        b"true" | b"false" => true,
        // An integer that fits in an i64 is written back with the same digits.
        [b'-', b'1'..=b'9', digits @ ..] | [b'1'..=b'9', digits @ ..] => {
            digits.len() < 18 && digits.iter().all(u8::is_ascii_digit)
        }
        b"0" => true,
        _ => false,
    };
    if plain {
        return Ok(Cow::Borrowed(t));
    }
    let v: Value = serde_json::from_str(t).map_err(io::Error::other)?;
    Ok(Cow::Owned(cell(Some(&v)).into_owned()))
}

/// A tsv cell: tab, newline, CR and backslash written as `\t`, `\n`, `\r`, `\\`.
fn tsv_escape(buf: &mut Vec<u8>, s: &str) {
    for b in s.bytes() {
        match b {
            b'\t' => buf.extend_from_slice(b"\\t"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            b'\\' => buf.extend_from_slice(b"\\\\"),
            _ => buf.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PIPE: Terminal = Terminal {
        tty: false,
        width: 80,
    };

    fn rows(sep: Sep, fields: &str, values: &[Value], headers: bool) -> String {
        let f = Fields::parse(fields).unwrap();
        let mut r = Rows::new(sep, Shape::Items, Some(&f), headers, PIPE);
        let mut out = Vec::new();
        for v in values {
            r.push(&mut out, v).unwrap();
        }
        r.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_as_rfc_4180_says() {
        let v = json!({"id": "a", "name": "x, \"y\"\nz", "n": 3, "t": ["a"], "b": null});
        assert_eq!(
            rows(Sep::Csv, "id,name,n,t,b,gone", &[v], true),
            "id,name,n,t,b,gone\r\na,\"x, \"\"y\"\"\nz\",3,\"[\"\"a\"\"]\",,\r\n"
        );
        assert_eq!(rows(Sep::Csv, "id", &[], true), "id\r\n");
        assert_eq!(rows(Sep::Csv, "id", &[], false), "");
    }

    #[test]
    fn tsv_escapes_its_separators() {
        let v = json!({"id": "a", "name": "t\tn\nr\r\\"});
        assert_eq!(
            rows(Sep::Tsv, "id,name", &[v], false),
            "a\tt\\tn\\nr\\r\\\\\n"
        );
    }

    #[test]
    fn on_a_terminal_control_characters_are_escaped() {
        let f = Fields::parse("name").unwrap();
        let tty = Terminal {
            tty: true,
            width: 80,
        };
        let mut r = Rows::new(Sep::Csv, Shape::Items, Some(&f), false, tty);
        let mut out = Vec::new();
        r.push(&mut out, &json!({"name": "a\u{1b}[2Jb"})).unwrap();
        assert!(!out.contains(&0x1b), "{out:?}");
    }

    #[test]
    fn a_cell_read_from_text_is_the_cell_of_the_parsed_value() {
        for text in [
            r#""plain""#,
            r#""with \"escapes\" \u00e9""#,
            r#""""#,
            "null",
            "true",
            "false",
            "0",
            "-0",
            "7",
            "-12",
            "123456789012345678",
            "-123456789012345678",
            "1234567890123456789",
            "12345678901234567890123",
            "1.50",
            "1e3",
            "-2.5E-3",
            r#"[1, {"a": "b"}]"#,
            r#"{"k" : [ ] }"#,
        ] {
            let parsed: Value = serde_json::from_str(text).unwrap();
            assert_eq!(
                cell_of_text(Some(text)).unwrap(),
                cell(Some(&parsed)),
                "{text}"
            );
        }
        assert_eq!(cell_of_text(None).unwrap(), "");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

            /// Any integer, and strings of every kind, give the cell of the parsed value.
            #[test]
            fn cells_from_text_match_parsed_ones(n in any::<i64>(), u in any::<u64>(), s in r#"[a-z"\\\n\t\u{1}\u{e9}]{0,12}"#) {
                for v in [Value::from(n), Value::from(u), Value::from(s.clone()), Value::from(-(u as f64))] {
                    let text = v.to_string();
                    // (What the text parses to: a float need not come back bit for bit.)
                    let parsed: Value = serde_json::from_str(&text).unwrap();
                    prop_assert_eq!(cell_of_text(Some(&text)).unwrap(), cell(Some(&parsed)));
                }
            }
        }
    }
}
