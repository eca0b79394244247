//! Rendering: table, JSON, YAML, JSON lines, ids. It knows no commands: it renders values.
//!
//! Lists stream: [`ListWriter::push`] writes each object as it comes (json, jsonl, yaml, ids),
//! so memory does not grow with the number of items. Only the table, which must measure its
//! columns, keeps its rows (a few short strings per item) until [`ListWriter::finish`].

use std::io::{self, Write};

use serde_json::Value;

mod table;
mod yaml;

/// How to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
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
            "json" => Some(Format::Json),
            "yaml" | "yml" => Some(Format::Yaml),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// What kind of objects, for the table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Items,
    Collections,
    /// A flat object shown as SETTING/VALUE rows.
    Settings,
}

/// Where the output goes: a terminal (fit its width) or not (never truncate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub tty: bool,
    pub width: u16,
}

/// Writes a list, one object at a time.
pub struct ListWriter<W: Write> {
    out: W,
    format: Format,
    term: Terminal,
    count: usize,
    table: Option<table::Rows>,
}

impl<W: Write> ListWriter<W> {
    pub fn new(out: W, format: Format, shape: Shape, term: Terminal) -> ListWriter<W> {
        ListWriter {
            out,
            format,
            term,
            count: 0,
            table: (format == Format::Table).then(|| table::Rows::new(shape)),
        }
    }

    /// Writes (or, for the table, keeps) one object.
    pub fn push(&mut self, v: &Value) -> io::Result<()> {
        match self.format {
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                let text = serde_json::to_string_pretty(v).map_err(io::Error::other)?;
                let mut first = true;
                for line in text.lines() {
                    if !first {
                        self.out.write_all(b"\n")?;
                    }
                    first = false;
                    self.out.write_all(b"  ")?;
                    self.out.write_all(line.as_bytes())?;
                }
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, v).map_err(io::Error::other)?;
                self.out.write_all(b"\n")?;
            }
            Format::Yaml => self.out.write_all(yaml::list_entry(v)?.as_bytes())?,
            Format::Ids => {
                if let Some(id) = v.get("id").and_then(Value::as_str) {
                    writeln!(self.out, "{id}")?;
                }
            }
            Format::Table => {
                if let Some(t) = &mut self.table {
                    t.push(v);
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Number of objects pushed.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Writes one page of objects and flushes, so a reader sees them as they arrive.
    pub fn push_all(&mut self, values: &[Value]) -> io::Result<()> {
        for v in values {
            self.push(v)?;
        }
        if self.format != Format::Table {
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
            Format::Table => {
                if let Some(t) = self.table.take() {
                    t.render_to(self.term, &mut self.out)?;
                }
            }
            _ => {}
        }
        self.out.flush()
    }
}

/// Writes one object.
pub fn write_object<W: Write>(
    mut out: W,
    format: Format,
    shape: Shape,
    term: Terminal,
    v: &Value,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, v).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut out, v).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
        }
        Format::Yaml => out.write_all(yaml::document(v)?.as_bytes())?,
        Format::Ids => {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                writeln!(out, "{id}")?;
            }
        }
        Format::Table => {
            let mut rows = table::Rows::new(shape);
            rows.push(v);
            rows.render_to(term, &mut out)?;
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

    #[test]
    fn formats_parse() {
        assert_eq!(Format::parse("YAML"), Some(Format::Yaml));
        assert_eq!(Format::parse(" jsonl "), Some(Format::Jsonl));
        assert_eq!(Format::parse("xml"), None);
    }
}
