//! Tables: chosen columns per kind of object. On a terminal the table fits the width (long
//! cells cut with `…`); piped, nothing is cut.

use std::io::{self, Write};

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

    /// Writes the table: each column as wide as its widest cell (header included), two
    /// spaces between columns, no trailing blanks. Linear in the cells' length, however long
    /// one cell is.
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
        let mut line = String::new();
        write_line(out, &mut line, &widths, header.iter().copied())?;
        for row in &rows {
            write_line(out, &mut line, &widths, row.iter().map(String::as_str))?;
        }
        Ok(())
    }
}

/// Writes one line of cells, each padded to its column's width, trailing blanks trimmed.
fn write_line<'a>(
    out: &mut dyn Write,
    line: &mut String,
    widths: &[usize],
    cells: impl Iterator<Item = &'a str>,
) -> io::Result<()> {
    line.clear();
    let last = widths.len().saturating_sub(1);
    for (i, (cell, w)) in cells.zip(widths).enumerate() {
        line.push_str(cell);
        if i < last {
            let mut pad = w.saturating_sub(display_width(cell)) + 2;
            const SPACES: &str = "                                                                ";
            while pad > 0 {
                let k = pad.min(SPACES.len());
                line.push_str(&SPACES[..k]);
                pad -= k;
            }
        }
    }
    out.write_all(line.trim_end().as_bytes())?;
    out.write_all(b"\n")
}

/// The display width of a cell (ASCII text, the common case, counted by its length).
fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        UnicodeWidthStr::width(s)
    }
}

/// The display width of each column (header included).
fn content_widths(header: &[&str], rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    widths
}

/// Cuts cells (with `…`) so the rows fit `width`, narrowing the widest cuttable column first
/// and never below its header.
fn fit(header: &[&str], rows: &mut [Vec<String>], keep_whole: &[usize], width: usize) {
    let n = header.len();
    let widths = content_widths(header, rows);
    let avail = width.saturating_sub(2 * n.saturating_sub(1));
    let widths = narrowed(&widths, header, keep_whole, avail);
    for row in rows.iter_mut() {
        for (cell, w) in row.iter_mut().zip(&widths) {
            if display_width(cell) > *w {
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

/// The column widths after narrowing, one column at a time, the widest cuttable column (the
/// last of equals) by one until the total fits `avail` or no column can narrow further (none
/// below its header, nor below 3). Computed directly rather than step by step, so a cell
/// millions of characters wide costs no more than a short one.
fn narrowed(widths: &[usize], header: &[&str], keep_whole: &[usize], avail: usize) -> Vec<usize> {
    let floor = |i: usize| UnicodeWidthStr::width(header[i]).max(3);
    let cuttable = |i: usize| !keep_whole.contains(&i) && widths[i] > floor(i);
    // The widths once every cuttable column is at most `level` (and at least its floor).
    let at = |level: usize| -> Vec<usize> {
        (0..widths.len())
            .map(|i| {
                if cuttable(i) {
                    widths[i].min(level).max(floor(i))
                } else {
                    widths[i]
                }
            })
            .collect()
    };
    let total = |w: &[usize]| w.iter().sum::<usize>();
    if total(widths) <= avail {
        return widths.to_vec();
    }
    // Even at their floors the columns do not fit: that is as narrow as they go.
    if total(&at(0)) > avail {
        return at(0);
    }
    // The highest level that fits: fits(lo) holds, fits(hi) does not.
    let (mut lo, mut hi) = (0usize, widths.iter().copied().max().unwrap_or(0));
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if total(&at(mid)) <= avail {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // One level up it does not fit: narrow the columns at that level, last first, as far
    // as needed.
    let mut w = at(lo + 1);
    let mut sum = total(&w);
    for i in (0..w.len()).rev() {
        if sum <= avail {
            break;
        }
        if cuttable(i) && w[i] == lo + 1 && w[i] > floor(i) {
            w[i] -= 1;
            sum -= 1;
        }
    }
    w
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
    fn columns_stay_aligned_whatever_row_is_widest() {
        const CHUNK: usize = 512;
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

    /// A cell wider than comfy-table's u16 widths (which wrapped it) stays one line.
    #[test]
    fn a_cell_of_any_width_is_one_line() {
        let mut rows = Rows::new(Shape::Items);
        let mut it = item(1);
        it["name"] = json!("x".repeat(200_000));
        rows.push(&it);
        rows.push(&item(2));
        let out = rows.render(Terminal {
            tty: false,
            width: 80,
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].contains(&"x".repeat(200_000)));
        let col = lines[0].find("TYPE").unwrap();
        assert_eq!(col, lines[1].find("app").unwrap());
        assert_eq!(col, lines[2].find("app").unwrap());
    }

    /// The first version of `fit`: one column narrowed by one at a time.
    fn narrowed_stepwise(
        widths: &[usize],
        header: &[&str],
        keep_whole: &[usize],
        avail: usize,
    ) -> Vec<usize> {
        let n = header.len();
        let len = |s: &str| UnicodeWidthStr::width(s);
        let mut widths = widths.to_vec();
        let mut total: usize = widths.iter().sum();
        while total > avail {
            let widest = (0..n)
                .filter(|i| !keep_whole.contains(i) && widths[*i] > len(header[*i]).max(3))
                .max_by_key(|i| widths[*i]);
            let Some(i) = widest else { break };
            widths[i] -= 1;
            total -= 1;
        }
        widths
    }

    #[test]
    fn narrowing_is_the_stepwise_narrowing() {
        let header = ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"];
        let keep = [0, 5];
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..1500 {
            let widths: Vec<usize> = (0..6)
                .map(|_| match rng.u8(0..4) {
                    0 => rng.usize(0..6),
                    1 => rng.usize(0..40),
                    _ => rng.usize(0..120),
                })
                .collect();
            let avail = rng.usize(0..200);
            assert_eq!(
                narrowed(&widths, &header, &keep, avail),
                narrowed_stepwise(&widths, &header, &keep, avail),
                "{widths:?} in {avail}"
            );
        }
        // Millions of columns of excess are narrowed at once.
        let w = narrowed(&[24, 32_000_000, 3, 8, 24, 20], &header, &keep, 70);
        assert_eq!(w.iter().sum::<usize>(), 70);
        assert_eq!(w, [24, 8, 3, 8, 7, 20]);
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
