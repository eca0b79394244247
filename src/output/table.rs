//! Tables: chosen columns per kind of object. On a terminal the table fits the width (long
//! cells cut with `…`); piped, nothing is cut.

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Shape, Terminal};

pub struct Rows {
    shape: Shape,
    rows: Vec<Vec<String>>,
}

impl Rows {
    pub fn new(shape: Shape) -> Rows {
        Rows {
            shape,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, v: &Value) {
        match self.shape {
            Shape::Items => self.rows.push(vec![
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
                text(v, "updatedAt"),
            ]),
            Shape::Collections => self.rows.push(vec![
                text(v, "id"),
                text(v, "name"),
                text(v, "type"),
                text(v, "itemCount"),
                text(v, "updatedAt"),
            ]),
            Shape::Settings => match v {
                Value::Object(map) => {
                    for (k, val) in map {
                        self.rows
                            .push(vec![crate::text::escape(k).into_owned(), scalar(val)]);
                    }
                }
                other => self.rows.push(vec![String::new(), scalar(other)]),
            },
        }
    }

    fn header(&self) -> &'static [&'static str] {
        match self.shape {
            Shape::Items => &["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"],
            Shape::Collections => &["ID", "NAME", "TYPE", "ITEMS", "UPDATED"],
            Shape::Settings => &["SETTING", "VALUE"],
        }
    }

    /// Columns never cut on a terminal (ids are for copying; dates are short).
    fn keep_whole(&self) -> &'static [usize] {
        match self.shape {
            Shape::Items => &[0, 5],
            Shape::Collections => &[0, 2, 3, 4],
            Shape::Settings => &[0],
        }
    }

    /// The table as a string (tests).
    #[cfg(test)]
    pub fn render(self, term: Terminal) -> String {
        let mut out = Vec::new();
        self.render_to(term, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Writes the table. Its column widths come from all rows; the rows then go out through
    /// comfy-table in chunks with those widths, so a huge listing is not copied whole again.
    pub fn render_to(self, term: Terminal, out: &mut dyn Write) -> io::Result<()> {
        let header = self.header();
        let keep_whole = self.keep_whole();
        let mut rows = self.rows;
        if term.tty {
            if let Some(col) = header.iter().position(|h| *h == "UPDATED") {
                for row in &mut rows {
                    row[col] = short_time(&row[col]);
                }
            }
            fit(header, &mut rows, keep_whole, usize::from(term.width));
        }
        let widths = content_widths(header, &rows);
        let last = header.len().saturating_sub(1);
        let mut first = true;
        let mut chunks = rows.chunks(CHUNK);
        loop {
            let chunk = chunks.next();
            if chunk.is_none() && !first {
                break;
            }
            let mut table = Table::new();
            table.load_style(presets::NOTHING);
            table.set_content_arrangement(ContentArrangement::Disabled);
            if first {
                table.set_header(header.to_vec());
            }
            for cells in chunk.unwrap_or_default() {
                table.add_row(cells.clone());
            }
            for (i, col) in table.column_iter_mut().enumerate() {
                let pad = if i == last { 0 } else { 2 };
                col.set_padding((0, pad));
                let w = u16::try_from(widths[i] + usize::from(pad)).unwrap_or(u16::MAX);
                col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
            }
            for line in table.lines() {
                out.write_all(line.trim_end().as_bytes())?;
                out.write_all(b"\n")?;
            }
            first = false;
        }
        Ok(())
    }
}

/// Rows rendered per comfy-table pass.
const CHUNK: usize = 512;

/// The display width of each column (header included).
fn content_widths(header: &[&str], rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| UnicodeWidthStr::width(*h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(UnicodeWidthStr::width(cell.as_str()));
        }
    }
    widths
}

/// Cuts cells (with `…`) so the rows fit `width`, narrowing the widest cuttable column first
/// and never below its header.
fn fit(header: &[&str], rows: &mut [Vec<String>], keep_whole: &[usize], width: usize) {
    let n = header.len();
    let len = |s: &str| UnicodeWidthStr::width(s);
    let mut widths: Vec<usize> = header.iter().map(|h| len(h)).collect();
    for row in rows.iter() {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(len(cell));
        }
    }
    let avail = width.saturating_sub(2 * n.saturating_sub(1));
    let mut total: usize = widths.iter().sum();
    while total > avail {
        let widest = (0..n)
            .filter(|i| !keep_whole.contains(i) && widths[*i] > len(header[*i]).max(3))
            .max_by_key(|i| widths[*i]);
        let Some(i) = widest else { break };
        widths[i] -= 1;
        total -= 1;
    }
    for row in rows.iter_mut() {
        for (cell, w) in row.iter_mut().zip(&widths) {
            if len(cell) > *w {
                let mut cut = String::new();
                let mut used = 0;
                for c in cell.chars() {
                    let cw = UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + cw > w.saturating_sub(1) {
                        break;
                    }
                    used += cw;
                    cut.push(c);
                }
                *cell = format!("{cut}…");
            }
        }
    }
}

/// `2024-03-01T10:20:30.123Z` as `2024-03-01 10:20` on a terminal; other text unchanged.
fn short_time(s: &str) -> String {
    let b = s.as_bytes();
    if b.len() >= 16
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && s.is_char_boundary(16)
    {
        format!("{} {}", &s[..10], &s[11..16])
    } else {
        s.to_string()
    }
}

/// A field as one line of text (escaped: see [`crate::text::escape`]).
fn text(v: &Value, key: &str) -> String {
    v.get(key).map(scalar).unwrap_or_default()
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => crate::text::escape(s).into_owned(),
        other => crate::text::escape(&other.to_string()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(i: usize) -> Value {
        json!({
            "id": format!("id{i:04}"),
            "name": format!("A rather long item name that goes on and on, number {i}"),
            "resourceType": "app",
            "resourceSubType": if i.is_multiple_of(2) { "qvd" } else { "" },
            "spaceId": if i.is_multiple_of(3) { Value::Null } else { json!("space1") },
            "ownerId": "owner1",
            "updatedAt": "2024-03-01T10:20:30Z",
        })
    }

    #[test]
    fn piped_tables_are_never_cut() {
        let mut rows = Rows::new(Shape::Items);
        for i in 0..3 {
            rows.push(&item(i));
        }
        let out = rows.render(Terminal {
            tty: false,
            width: 40,
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4, "{out}");
        assert!(lines[0].starts_with("ID  "), "{out}");
        assert!(lines[1].contains("A rather long item name that goes on and on, number 0"));
        assert!(lines[1].contains("app/qvd"));
        assert!(lines[1].contains("(personal)"));
        assert!(lines[2].contains(" app "), "{out}");
        assert!(lines[2].contains("space1"));
        assert!(lines[1].contains("2024-03-01T10:20:30Z"));
    }

    #[test]
    fn terminal_tables_fit_the_width() {
        let mut rows = Rows::new(Shape::Items);
        for i in 0..3 {
            rows.push(&item(i));
        }
        let out = rows.render(Terminal {
            tty: true,
            width: 60,
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4, "{out}");
        for l in &lines {
            assert!(UnicodeWidthStr::width(*l) <= 60, "too wide: {l}");
        }
        assert!(out.contains('…'), "{out}");
        assert!(
            lines[1].contains("id0000") && lines[1].ends_with("2024-03-01 10:20"),
            "{out}"
        );
    }

    #[test]
    fn wide_characters_count_double() {
        let mut rows = Rows::new(Shape::Items);
        let mut it = item(1);
        it["name"] = json!("販売分析ダッシュボード 2024");
        rows.push(&it);
        let out = rows.render(Terminal {
            tty: true,
            width: 60,
        });
        for l in out.lines() {
            assert!(UnicodeWidthStr::width(l) <= 60, "too wide: {l}");
        }
    }

    #[test]
    fn chunks_keep_the_columns_aligned() {
        let mut rows = Rows::new(Shape::Items);
        // The longest name is in the last chunk only: the first chunks must still make room.
        for i in 0..(CHUNK * 2 + 7) {
            let mut it = item(i);
            let n = if i == CHUNK * 2 + 6 { 60 } else { i % 10 };
            it["name"] = json!("x".repeat(n));
            rows.push(&it);
        }
        let out = rows.render(Terminal {
            tty: false,
            width: 80,
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), CHUNK * 2 + 8);
        assert_eq!(lines.iter().filter(|l| l.starts_with("ID ")).count(), 1);
        // Every row's TYPE column starts where the header's does.
        let col = lines[0].find("TYPE").unwrap();
        for l in &lines[1..] {
            assert_eq!(&l[col..col + 3], "app", "{l}");
            assert_eq!(&l[col - 2..col], "  ", "{l}");
        }
    }

    #[test]
    fn odd_times_never_panic() {
        assert_eq!(short_time("2024-03-01T10:20:30Z"), "2024-03-01 10:20");
        assert_eq!(short_time("2024-03-01T10:2é"), "2024-03-01T10:2é");
        assert_eq!(short_time("yesterday"), "yesterday");
        assert_eq!(short_time(""), "");
    }

    #[test]
    fn empty_tables_have_a_header() {
        let out = Rows::new(Shape::Items).render(Terminal {
            tty: false,
            width: 80,
        });
        assert_eq!(out, "ID  NAME  TYPE  SPACE  OWNER  UPDATED\n");
    }

    #[test]
    fn settings_rows() {
        let mut rows = Rows::new(Shape::Settings);
        rows.push(&json!({"usageMetricsEnabled": true}));
        let out = rows.render(Terminal {
            tty: false,
            width: 80,
        });
        assert_eq!(
            out,
            "SETTING              VALUE\nusageMetricsEnabled  true\n"
        );
    }
}
