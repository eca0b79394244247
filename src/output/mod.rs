//! Rendering: table, JSON, YAML, JSON lines, ids. It knows no commands: it renders values.
//!
//! A command prints through one [`Printer`] (`printer.rs`): one object (`object.rs`), a list
//! (`list.rs`, [`ListWriter`]), a body as received, a dry run. `json.rs` copies the service's
//! JSON text re-indented without parsing it; `table/` and `yaml.rs` render the other formats,
//! `csv.rs` csv and tsv; `fields.rs` is `--fields`, which [`Shaping`] carries with
//! `--no-headers`.
//!
//! Lists stream: [`ListWriter::push`] writes each object as it comes (json, jsonl, yaml, ids),
//! so memory does not grow with the number of items. Only the table, which must measure its
//! columns, keeps its rows (a few short strings per item) until [`ListWriter::finish`].
//!
//! Server text cannot drive a terminal: the table always shows it escaped
//! ([`crate::text::escape`]); on a terminal `-q` ids and yaml are escaped the same way, and
//! json and jsonl write those characters as `\uXXXX` ([`crate::text::JsonEscape`]). Piped, json, jsonl,
//! yaml and ids are byte-exact.

// Printing is the commands' job; this part returns values and writes where it is told.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, Write};

use serde_json::Value;

use crate::text;

mod csv;
mod fields;
mod jq;
mod json;
mod list;
mod object;
mod printer;
pub mod progress;
mod scan;
mod table;
mod yaml;

pub use fields::{Fields, ITEM_FIELDS};
pub use jq::{Jq, JqOptions};
#[cfg(test)]
pub(crate) use json::properties::json_value_of;
pub use list::ListWriter;
pub use printer::{List, Printer};
pub use yaml::document as yaml_document;

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
    /// Comma-separated values (RFC 4180), a header row first.
    Csv,
    /// Tab-separated values, a header row first.
    Tsv,
    /// `item/<id>` (`collection/<id>`, `profile/<name>`) per object, as `kubectl -o name`.
    Name,
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
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            "name" => Some(Format::Name),
            _ => None,
        }
    }

    /// The names `-o` takes, as errors list them.
    pub const NAMES: &'static str = "table, wide, json, yaml, jsonl, csv, tsv or name";

    /// Whether this is a table (`table` or `wide`).
    pub fn is_table(self) -> bool {
        matches!(self, Format::Table | Format::Wide)
    }
}

/// How `--fields` and `--no-headers` shape what is printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shaping {
    /// The fields to print, in order (json, jsonl, yaml, csv, tsv, table).
    pub fields: Option<Fields>,
    /// No header row (csv, tsv, table).
    pub no_headers: bool,
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
    /// What a multi-id write did to each id (`rm -o …`): `id`, `status`, `httpStatus`, `error`.
    Results,
    /// The objects of any API (`qlik raw`): columns from `--fields`, else `id` and `name`.
    Objects,
}

/// Where the output goes: a terminal (fit its width) or not (never truncate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub tty: bool,
    pub width: u16,
}

/// YAML text: as it is when piped, each line escaped on a terminal.
fn yaml_text(text: &str, term: Terminal) -> std::borrow::Cow<'_, str> {
    if term.tty {
        text::escape_lines(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// One `-o name` line: the kind of object, a slash and its id (a profile's name).
fn write_name<W: Write>(out: &mut W, shape: Shape, v: &Value, term: Terminal) -> io::Result<()> {
    let (kind, key) = match shape {
        Shape::Items | Shape::Results => ("item", "id"),
        Shape::Collections => ("collection", "id"),
        Shape::Profiles => ("profile", "name"),
        Shape::Settings => return Ok(()),
        // Of an unknown kind: the id alone.
        Shape::Objects => {
            return match v.get("id").and_then(Value::as_str) {
                Some(id) => write_id(out, id, term),
                None => Ok(()),
            };
        }
    };
    match v.get(key).and_then(Value::as_str) {
        Some(id) => write_id(out, &format!("{kind}/{id}"), term),
        None => Ok(()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse() {
        assert_eq!(Format::parse("YAML"), Some(Format::Yaml));
        assert_eq!(Format::parse(" jsonl "), Some(Format::Jsonl));
        assert_eq!(Format::parse("xml"), None);
    }
}
