//! A list, written one object at a time as it comes.

use std::io::{self, Write};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::csv::{self as sep, Sep};
use super::jq::{Jq, JqRun};
use super::json::{escapes_json, reformat_into};
use super::scan::Picker;
use super::{Format, Shape, Shaping, Terminal, table, write_id, write_name, yaml, yaml_text};
#[cfg(test)]
use crate::jsonscan::Alone;
use crate::jsonscan::Scanned;
use crate::text::JsonEscape;

/// Writes a list, one object at a time.
pub struct ListWriter<W: Write> {
    /// On a terminal, json and jsonl escape the characters that could drive it (see
    /// [`JsonEscape`]); piped, the bytes pass unchanged.
    out: JsonEscape<W>,
    format: Format,
    term: Terminal,
    count: usize,
    table: Option<table::Rows>,
    shape: Shape,
    /// `--fields` (json, jsonl, yaml; the table and csv/tsv hold their own copy).
    fields: Option<Box<super::Fields>>,
    /// csv and tsv (boxed: the csv writer is large, and most lists are not csv).
    separated: Option<Box<sep::Rows>>,
    /// `--jq`: the filter, which then prints instead of the format.
    jq: Option<JqRun>,
    /// One re-indented object, written to `out` in one call (the re-indenter writes token
    /// by token).
    scratch: Vec<u8>,
}

impl<W: Write> ListWriter<W> {
    pub fn new(out: W, format: Format, shape: Shape, term: Terminal) -> ListWriter<W> {
        ListWriter {
            out: JsonEscape::when(escapes_json(format, term), out),
            format,
            term,
            count: 0,
            table: format.is_table().then(|| table::Rows::new(shape, term)),
            shape,
            fields: None,
            separated: None,
            jq: None,
            scratch: Vec::new(),
        }
        .shaped(&Shaping::default())
    }

    /// A list whose objects go through `--jq` (see `jq/`), which prints instead of a
    /// format; with `--fields`, the filter runs on the object of those fields (as gh's
    /// `--json FIELDS --jq EXPR`).
    pub fn with_jq(out: W, jq: std::rc::Rc<Jq>, shape: Shape, term: Terminal) -> ListWriter<W> {
        ListWriter {
            out: JsonEscape::when(false, out),
            format: Format::Jsonl,
            term,
            count: 0,
            table: None,
            shape,
            fields: None,
            separated: None,
            jq: Some(JqRun::new(jq, term)),
            scratch: Vec::new(),
        }
    }

    /// Applies `--fields` and `--no-headers`.
    pub fn shaped(mut self, shaping: &Shaping) -> ListWriter<W> {
        self.fields = shaping.fields.clone().map(Box::new);
        self.table = self.table.map(|t| t.shaped(shaping));
        let sep = match self.format {
            Format::Csv => Some(Sep::Csv),
            Format::Tsv => Some(Sep::Tsv),
            _ => None,
        };
        self.separated = sep.map(|s| {
            Box::new(sep::Rows::new(
                s,
                self.shape,
                shaping.fields.as_ref(),
                !shaping.no_headers,
                self.term,
            ))
        });
        self
    }

    /// Whether each object must be parsed to be printed (not copied as text).
    fn projects(&self) -> bool {
        self.fields.is_some() && matches!(self.format, Format::Json | Format::Jsonl | Format::Yaml)
    }

    /// The fields `--jq` runs on, when `--fields` is given with it.
    pub fn jq_fields(mut self, fields: Option<super::Fields>) -> ListWriter<W> {
        self.fields = fields.map(Box::new);
        self
    }

    /// Writes (or, for the table, keeps) one object.
    pub fn push(&mut self, v: &Value) -> io::Result<()> {
        if let Some(jq) = &mut self.jq {
            match &self.fields {
                Some(f) => jq.push(&f.project(v), &mut self.out)?,
                None => jq.push(v, &mut self.out)?,
            }
            self.count += 1;
            return Ok(());
        }
        match &self.fields {
            Some(f) if self.projects() => {
                let projected = f.project(v);
                self.push_shaped(&projected)
            }
            _ => self.push_shaped(v),
        }
    }

    /// Writes (or keeps) one object already cut to `--fields`.
    fn push_shaped(&mut self, v: &Value) -> io::Result<()> {
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
            Format::Name => write_name(&mut self.out, self.shape, v, self.term)?,
            Format::Csv | Format::Tsv => {
                if let Some(rows) = &mut self.separated {
                    rows.push(&mut self.out, v)?;
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

    /// Writes (or keeps) one object given as the service's JSON text, with what the page's
    /// scan found of it. json and jsonl copy the text (re-indented, or compacted when it spans
    /// lines); only the formats that read fields parse it.
    fn write_raw(&mut self, item: &Scanned) -> io::Result<()> {
        let raw = item.text;
        if let Some(jq) = &mut self.jq {
            match self.fields.as_deref() {
                Some(f) => {
                    let v = f.project_raw(item).map_err(io::Error::other)?;
                    jq.push(&v, &mut self.out)?;
                }
                None => jq.push_raw(item, &mut self.out)?,
            }
            self.count += 1;
            return Ok(());
        }
        let text = raw.as_bytes();
        // The selected fields alone are read, when the text allows (see `Fields::texts_raw`).
        if let Some(rows) = &mut self.separated
            && let Some(texts) = rows.fields().and_then(|f| f.texts_raw(item))
        {
            rows.push_texts(&mut self.out, &texts)?;
            self.count += 1;
            return Ok(());
        }
        if self.projects()
            && let Some(f) = self.fields.as_deref()
        {
            let v = f.project_raw(item).map_err(io::Error::other)?;
            return self.push_shaped(&v);
        }
        match self.format {
            Format::Json => return self.push_json(text),
            Format::Jsonl => {
                if item.multiline {
                    self.scratch.clear();
                    reformat_into(&mut self.scratch, text, false, 0, |_| Ok(()))?;
                    self.scratch.push(b'\n');
                    self.out.write_all(&self.scratch)?;
                } else {
                    self.out.write_all(text)?;
                    self.out.write_all(b"\n")?;
                }
            }
            Format::Ids => {
                let id = match Picker::id().pick_scanned(item) {
                    Some(found) => found[0],
                    None => {
                        #[derive(Deserialize)]
                        struct Id<'a> {
                            #[serde(default, borrow)]
                            id: Option<&'a RawValue>,
                        }
                        serde_json::from_str::<Id>(raw)
                            .ok()
                            .and_then(|i| i.id)
                            .map(RawValue::get)
                    }
                };
                if let Some(id) = id.and_then(|id| serde_json::from_str::<String>(id).ok()) {
                    write_id(&mut self.out, &id, self.term)?;
                }
            }
            Format::Yaml
            | Format::Table
            | Format::Wide
            | Format::Csv
            | Format::Tsv
            | Format::Name => {
                let v: Value = serde_json::from_str(raw).map_err(io::Error::other)?;
                return self.push(&v);
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Whether [`ListWriter::push_page`] reads members of the items: a walk then has its
    /// page scan note them (see [`Scanned::members`]).
    pub fn reads_members(&self) -> bool {
        self.jq.is_some()
            || self.separated.is_some()
            || self.projects()
            || self.format == Format::Ids
    }

    /// One pretty-printed array element, from compact or pretty JSON text.
    fn push_json(&mut self, text: &[u8]) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
        self.scratch.clear();
        reformat_into(&mut self.scratch, text, true, 1, |_| Ok(()))?;
        self.out.write_all(&self.scratch)?;
        self.count += 1;
        Ok(())
    }

    /// Writes one page of objects given as JSON text, with what the page's scan found of
    /// each, and flushes. A page with an object nested too deep is refused whole: none of it
    /// is written.
    pub fn push_page<'a>(
        &mut self,
        items: impl IntoIterator<Item = Scanned<'a>>,
    ) -> io::Result<()> {
        let items: Vec<Scanned> = items.into_iter().collect();
        if items.iter().any(|i| i.deep) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                crate::limits::too_deep(),
            ));
        }
        for item in &items {
            self.write_raw(item)?;
        }
        if !self.format.is_table() {
            self.out.flush()?;
        }
        Ok(())
    }

    /// [`ListWriter::push_page`] of texts that are each valid JSON, scanned one by one.
    #[cfg(test)]
    pub fn push_raw_all<'a>(
        &mut self,
        values: impl IntoIterator<Item = &'a str>,
    ) -> io::Result<()> {
        let scans: Vec<Alone> = values
            .into_iter()
            .map(|t| Alone::scan(t).expect("valid JSON"))
            .collect();
        self.push_page(scans.iter().map(Alone::get))
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
        if let Some(jq) = &mut self.jq {
            jq.finish(&mut self.out)?;
            return self.out.flush();
        }
        match self.format {
            Format::Json if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Yaml if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Csv | Format::Tsv => {
                if let Some(rows) = &mut self.separated {
                    rows.finish(&mut self.out)?;
                }
            }
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
}
