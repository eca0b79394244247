//! Tables: chosen columns per kind of object, or one object as FIELD/VALUE lines.
//!
//! On a terminal a table fits the width without wrapping: the columns of least use are left
//! out first (for items OWNER, then SPACE, then UPDATED), then long text is cut with `…`, and
//! a line that still does not fit is cut at the edge. Times show their zone
//! (`2024-03-01 10:20 UTC`). Piped, and with `-o wide`, every column is shown whole.

use std::io::{self, Write};

use serde_json::Value;

use super::{Shape, Terminal};

mod columns;
mod detail;
mod layout;
#[cfg(test)]
mod tests;
mod time;

use columns::{COLLECTIONS, Column, FIELDS, ITEMS, PROFILES, SETTINGS, kept_columns};
use layout::{content_widths, fit, write_line};
use time::short_time;

/// The columns of `fields` (`--fields`), headed by their paths in upper case; for objects of
/// any API without them, their `id` and `name`.
fn custom_columns(
    shape: Shape,
    fields: Option<super::Fields>,
) -> Option<Box<(super::Fields, Vec<String>)>> {
    let fields = fields.or_else(|| {
        (shape == Shape::Objects)
            .then(|| super::Fields::defaults(shape))
            .flatten()
    })?;
    let headers = fields.names().iter().map(|n| n.to_uppercase()).collect();
    Some(Box::new((fields, headers)))
}

pub struct Rows {
    shape: Shape,
    /// One object as FIELD/VALUE lines rather than one row per object.
    vertical: bool,
    /// On a terminal: times are shown with their zone, to the minute.
    tty: bool,
    rows: Vec<Vec<String>>,
    /// `--fields`: these columns, headed by their paths in upper case.
    custom: Option<Box<(super::Fields, Vec<String>)>>,
    /// `--no-headers`: no header line.
    no_headers: bool,
}

impl Rows {
    /// A list: one row per object pushed.
    pub fn new(shape: Shape, term: Terminal) -> Rows {
        Rows {
            shape,
            vertical: false,
            tty: term.tty,
            rows: Vec::new(),
            custom: custom_columns(shape, None),
            no_headers: false,
        }
    }

    /// The columns of `--fields`, and whether the header line is left out.
    pub fn shaped(mut self, shaping: &super::Shaping) -> Rows {
        if !self.vertical {
            self.custom = custom_columns(self.shape, shaping.fields.clone());
        }
        self.no_headers = shaping.no_headers;
        self
    }

    pub fn push(&mut self, v: &Value) {
        if let Some((fields, _)) = self.custom.as_deref() {
            let row = fields
                .values(v)
                .map(|x| x.map(scalar).unwrap_or_default())
                .collect();
            self.rows.push(row);
            return;
        }
        let row = match self.shape {
            Shape::Items => vec![
                text(v, "id"),
                text(v, "name"),
                {
                    let t = text(v, "resourceType");
                    let sub = text(v, "resourceSubType");
                    if sub.is_empty() {
                        t
                    } else {
                        format!("{t}/{sub}")
                    }
                },
                {
                    let s = text(v, "spaceId");
                    if s.is_empty() { "(personal)".into() } else { s }
                },
                text(v, "ownerId"),
                self.time(v.get("updatedAt").unwrap_or(&Value::Null)),
            ],
            Shape::Collections => vec![
                text(v, "id"),
                text(v, "name"),
                text(v, "type"),
                text(v, "itemCount"),
                self.time(v.get("updatedAt").unwrap_or(&Value::Null)),
            ],
            Shape::Profiles => vec![
                text(v, "name"),
                text(v, "server"),
                if v.get("default") == Some(&Value::Bool(true)) {
                    "*".into()
                } else {
                    String::new()
                },
                text(v, "comment"),
            ],
            Shape::Settings | Shape::Results | Shape::Objects => {
                // A list of settings objects (or of results): each one's fields as SETTING/VALUE rows.
                match v {
                    Value::Object(map) => {
                        for (k, val) in map {
                            self.rows
                                .push(vec![crate::text::escape(k).into_owned(), scalar(val)]);
                        }
                    }
                    other => self.rows.push(vec![String::new(), scalar(other)]),
                }
                return;
            }
        };
        self.rows.push(row);
    }

    /// A time as the table shows it: on a terminal to the minute with its zone.
    pub(super) fn time(&self, v: &Value) -> String {
        let s = scalar(v);
        if self.tty {
            short_time(&s).unwrap_or(s)
        } else {
            s
        }
    }

    fn columns(&self) -> &'static [Column] {
        match (self.shape, self.vertical) {
            (Shape::Settings | Shape::Results, _) | (Shape::Objects, false) => SETTINGS,
            (_, true) => FIELDS,
            (Shape::Items, false) => ITEMS,
            (Shape::Collections, false) => COLLECTIONS,
            (Shape::Profiles, false) => PROFILES,
        }
    }

    /// The table as a string (tests).
    #[cfg(test)]
    pub fn render(self, term: Terminal, wide: bool) -> String {
        let mut out = Vec::new();
        self.render_to(term, wide, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Writes the table: each column as wide as its widest cell (header included), two
    /// spaces between columns, no trailing blanks; nothing at all when there are no rows.
    /// On a terminal and not `wide`, fitted to its width (see the module). Linear in the
    /// cells' length, however long one cell is.
    pub fn render_to(self, term: Terminal, wide: bool, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        if let Some((_, headers)) = self.custom.as_deref() {
            let header: Vec<&str> = headers.iter().map(String::as_str).collect();
            let mut rows = self.rows;
            let fit_to = (term.tty && !wide).then_some(usize::from(term.width));
            if let Some(width) = fit_to {
                let keep_whole: Vec<usize> = headers
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| h.as_str() == "ID")
                    .map(|(k, _)| k)
                    .collect();
                fit(&header, &mut rows, &keep_whole, width);
            }
            let widths = content_widths(&header, &rows);
            let mut line = String::new();
            if !self.no_headers {
                write_line(out, &mut line, &widths, header.iter().copied(), fit_to)?;
            }
            for row in &rows {
                write_line(
                    out,
                    &mut line,
                    &widths,
                    row.iter().map(String::as_str),
                    fit_to,
                )?;
            }
            return Ok(());
        }
        let no_headers = self.no_headers;
        let columns = self.columns();
        let mut rows = self.rows;
        let fit_to = (term.tty && !wide).then_some(usize::from(term.width));
        let mut shown: Vec<usize> = (0..columns.len()).collect();
        if let Some(width) = fit_to {
            shown = kept_columns(columns, &rows, width);
            let header: Vec<&str> = shown.iter().map(|i| columns[*i].header).collect();
            let keep_whole: Vec<usize> = shown
                .iter()
                .enumerate()
                .filter(|(_, i)| columns[**i].cut.is_none())
                .map(|(k, _)| k)
                .collect();
            let mut picked: Vec<Vec<String>> = rows
                .iter_mut()
                .map(|r| shown.iter().map(|i| std::mem::take(&mut r[*i])).collect())
                .collect();
            fit(&header, &mut picked, &keep_whole, width);
            rows = picked;
        }
        let header: Vec<&str> = if fit_to.is_some() {
            shown.iter().map(|i| columns[*i].header).collect()
        } else {
            columns.iter().map(|c| c.header).collect()
        };
        let widths = content_widths(&header, &rows);
        let mut line = String::new();
        if !no_headers {
            write_line(out, &mut line, &widths, header.iter().copied(), fit_to)?;
        }
        for row in &rows {
            write_line(
                out,
                &mut line,
                &widths,
                row.iter().map(String::as_str),
                fit_to,
            )?;
        }
        Ok(())
    }
}

/// A field as one line of text (escaped: see [`crate::text::escape`]).
pub(super) fn text(v: &Value, key: &str) -> String {
    v.get(key).map(scalar).unwrap_or_default()
}

pub(super) fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => crate::text::escape(s).into_owned(),
        other => crate::text::escape(&other.to_string()).into_owned(),
    }
}
