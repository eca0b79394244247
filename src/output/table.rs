//! Tables: chosen columns per kind of object, or one object as FIELD/VALUE lines.
//!
//! On a terminal a table fits the width without wrapping: the columns of least use are left
//! out first (for items OWNER, then SPACE, then UPDATED), then long text is cut with `…`, and
//! a line that still does not fit is cut at the edge. Times show their zone
//! (`2024-03-01 10:20 UTC`). Piped, and with `-o wide`, every column is shown whole.

use std::io::{self, Write};

use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Shape, Terminal};

/// One column of a list.
struct Column {
    header: &'static str,
    /// Cut with `…` when the terminal is too narrow, and the width it is cut to before any
    /// column is left out for it. `None`: never cut (ids, for copying; short values).
    cut: Option<usize>,
    /// Left out on a narrow terminal: the highest first. 0: always shown.
    drop: u8,
}

const fn col(header: &'static str, cut: Option<usize>, drop: u8) -> Column {
    Column { header, cut, drop }
}

const ITEMS: &[Column] = &[
    col("ID", None, 0),
    col("NAME", Some(40), 0),
    col("TYPE", Some(20), 0),
    col("SPACE", None, 2),
    col("OWNER", None, 3),
    col("UPDATED", None, 1),
];
const COLLECTIONS: &[Column] = &[
    col("ID", None, 0),
    col("NAME", Some(40), 0),
    col("TYPE", None, 2),
    col("ITEMS", None, 1),
    col("UPDATED", None, 3),
];
const SETTINGS: &[Column] = &[col("SETTING", None, 0), col("VALUE", Some(40), 0)];
const FIELDS: &[Column] = &[col("FIELD", None, 0), col("VALUE", Some(40), 0)];
const PROFILES: &[Column] = &[
    col("NAME", None, 0),
    col("SERVER", Some(40), 0),
    col("DEFAULT", None, 0),
];

pub struct Rows {
    shape: Shape,
    /// One object as FIELD/VALUE lines rather than one row per object.
    vertical: bool,
    /// On a terminal: times are shown with their zone, to the minute.
    tty: bool,
    rows: Vec<Vec<String>>,
}

impl Rows {
    /// A list: one row per object pushed.
    pub fn new(shape: Shape, term: Terminal) -> Rows {
        Rows {
            shape,
            vertical: false,
            tty: term.tty,
            rows: Vec::new(),
        }
    }

    /// One object, one line per field (the service's fields, in its order).
    pub fn object(shape: Shape, term: Terminal, v: &Value) -> Rows {
        let mut rows = Rows {
            shape,
            vertical: true,
            tty: term.tty,
            rows: Vec::new(),
        };
        match v {
            Value::Object(map) => {
                for (k, val) in map {
                    let value = if is_time_field(k) {
                        rows.time(val)
                    } else {
                        scalar(val)
                    };
                    rows.rows
                        .push(vec![crate::text::escape(k).into_owned(), value]);
                }
            }
            other => rows.rows.push(vec![String::new(), scalar(other)]),
        }
        rows
    }

    pub fn push(&mut self, v: &Value) {
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
            ],
            Shape::Settings => {
                // A list of settings objects: each one's fields as SETTING/VALUE rows.
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
    fn time(&self, v: &Value) -> String {
        let s = scalar(v);
        if self.tty {
            short_time(&s).unwrap_or(s)
        } else {
            s
        }
    }

    fn columns(&self) -> &'static [Column] {
        match (self.shape, self.vertical) {
            (Shape::Settings, _) => SETTINGS,
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
        write_line(out, &mut line, &widths, header.iter().copied(), fit_to)?;
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

/// The columns shown on a terminal `width` wide: every one if they fit, each cuttable column
/// counted at most at its cut width; else the ones to leave out first are left out, one at a
/// time, until they do or none is left to leave out.
fn kept_columns(columns: &[Column], rows: &[Vec<String>], width: usize) -> Vec<usize> {
    let header: Vec<&str> = columns.iter().map(|c| c.header).collect();
    let natural = content_widths(&header, rows);
    let wanted: Vec<usize> = columns
        .iter()
        .zip(&natural)
        .map(|(c, w)| {
            c.cut
                .map_or(*w, |cap| (*w).min(cap.max(display_width(c.header))))
        })
        .collect();
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    let total = |shown: &[usize]| {
        shown.iter().map(|i| wanted[*i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
    };
    while total(&shown) > width {
        let Some(pos) = (0..shown.len())
            .filter(|k| columns[shown[*k]].drop > 0)
            .max_by_key(|k| columns[shown[*k]].drop)
        else {
            break;
        };
        shown.remove(pos);
    }
    shown
}

/// Whether a field of an object holds a time (`createdAt`, `resourceReloadEndTime`, …).
fn is_time_field(key: &str) -> bool {
    key.ends_with("At") || key.ends_with("Time")
}

/// Writes one line of cells, each padded to its column's width, trailing blanks trimmed; on a
/// terminal (`fit_to`) a line still wider than it is cut at its edge with `…`, never wrapped.
fn write_line<'a>(
    out: &mut dyn Write,
    line: &mut String,
    widths: &[usize],
    cells: impl Iterator<Item = &'a str>,
    fit_to: Option<usize>,
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
    let text = line.trim_end();
    match fit_to {
        Some(width) if display_width(text) > width => {
            out.write_all(cut_to(text, width).as_bytes())?;
        }
        _ => out.write_all(text.as_bytes())?,
    }
    out.write_all(b"\n")
}

/// `s` cut to at most `width` columns, the last of them `…`.
fn cut_to(s: &str, width: usize) -> String {
    let mut cut = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > width.saturating_sub(1) {
            break;
        }
        used += cw;
        cut.push(c);
    }
    if width > 0 {
        cut.push('…');
    }
    cut
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
                *cell = cut_to(cell, *w);
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

/// `2024-03-01T10:20:30.123Z` as `2024-03-01 10:20 UTC`, `…T10:20:30+02:00` as
/// `2024-03-01 10:20 +02:00`; `None` for other text (a time without its zone included).
fn short_time(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(b.len() >= 17
        && s.is_ascii()
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16))
    {
        return None;
    }
    // The zone: after the seconds and their fraction, if any.
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
    }
    let zone = &s[i..];
    let zone = match zone {
        "Z" | "z" => "UTC",
        _ if zone.len() == 6
            && matches!(zone.as_bytes()[0], b'+' | b'-')
            && zone.as_bytes()[3] == b':'
            && zone
                .bytes()
                .enumerate()
                .all(|(k, c)| k == 0 || k == 3 || c.is_ascii_digit()) =>
        {
            if zone == "+00:00" || zone == "-00:00" {
                "UTC"
            } else {
                zone
            }
        }
        _ => return None,
    };
    Some(format!("{} {} {zone}", &s[..10], &s[11..16]))
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

    const PIPE: Terminal = Terminal {
        tty: false,
        width: 80,
    };

    fn tty(width: u16) -> Terminal {
        Terminal { tty: true, width }
    }

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
        let mut rows = Rows::new(Shape::Items, PIPE);
        for i in 0..3 {
            rows.push(&item(i));
        }
        let out = rows.render(
            Terminal {
                tty: false,
                width: 40,
            },
            false,
        );
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
        let mut rows = Rows::new(Shape::Items, tty(60));
        for i in 0..3 {
            rows.push(&item(i));
        }
        let out = rows.render(tty(60), false);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4, "{out}");
        for l in &lines {
            assert!(UnicodeWidthStr::width(*l) <= 60, "too wide: {l}");
        }
        assert!(out.contains('…'), "{out}");
        // OWNER and SPACE are left out before NAME is cut; ids are never cut.
        assert_eq!(
            lines[0].split_whitespace().collect::<Vec<_>>(),
            ["ID", "NAME", "TYPE"],
            "{out}"
        );
        assert!(lines[1].starts_with("id0000  A rather long"), "{out}");
    }

    #[test]
    fn wide_characters_count_double() {
        let mut rows = Rows::new(Shape::Items, tty(60));
        let mut it = item(1);
        it["name"] = json!("販売分析ダッシュボード 2024");
        rows.push(&it);
        let out = rows.render(tty(60), false);
        for l in out.lines() {
            assert!(UnicodeWidthStr::width(l) <= 60, "too wide: {l}");
        }
    }

    #[test]
    fn columns_stay_aligned_whatever_row_is_widest() {
        const CHUNK: usize = 512;
        let mut rows = Rows::new(Shape::Items, PIPE);
        // The longest name is in the last chunk only: the first chunks must still make room.
        for i in 0..(CHUNK * 2 + 7) {
            let mut it = item(i);
            let n = if i == CHUNK * 2 + 6 { 60 } else { i % 10 };
            it["name"] = json!("x".repeat(n));
            rows.push(&it);
        }
        let out = rows.render(
            Terminal {
                tty: false,
                width: 80,
            },
            false,
        );
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
        let mut rows = Rows::new(Shape::Items, PIPE);
        let mut it = item(1);
        it["name"] = json!("x".repeat(200_000));
        rows.push(&it);
        rows.push(&item(2));
        let out = rows.render(
            Terminal {
                tty: false,
                width: 80,
            },
            false,
        );
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
    fn times_say_their_zone_and_odd_times_never_panic() {
        let st = |s: &str| short_time(s);
        assert_eq!(st("2024-03-01T10:20:30Z").unwrap(), "2024-03-01 10:20 UTC");
        assert_eq!(
            st("2024-03-01T10:20:30.123Z").unwrap(),
            "2024-03-01 10:20 UTC"
        );
        assert_eq!(st("2024-03-01T10:20Z").unwrap(), "2024-03-01 10:20 UTC");
        assert_eq!(
            st("2024-03-01T10:20:30.5+02:00").unwrap(),
            "2024-03-01 10:20 +02:00"
        );
        assert_eq!(
            st("2024-03-01T10:20:30+00:00").unwrap(),
            "2024-03-01 10:20 UTC"
        );
        for odd in [
            "2024-03-01T10:2é",
            "2024-03-01T10:20:30",
            "2024-03-01T10:20:30Zjunk",
            "2024-03-01T10:20:30+0200",
            "٢٠٢٤-03-01T10:20:30Z",
            "yesterday",
            "",
        ] {
            assert_eq!(st(odd), None, "{odd}");
        }
    }

    #[test]
    fn empty_tables_print_nothing() {
        let out = Rows::new(Shape::Items, PIPE).render(PIPE, false);
        assert_eq!(out, "");
    }

    #[test]
    fn columns_are_left_out_in_order_then_name_is_cut() {
        let mut it = item(1);
        it["name"] = json!("Quarterly sales");
        it["id"] = json!("1eddd5314073e9df18484de2");
        it["spaceId"] = json!("d9379c3d9d1c0b53b5a0a9af");
        it["ownerId"] = json!("5f1455fee1c1c39b24d41339");
        let heads = |width: u16, wide: bool| {
            let mut rows = Rows::new(Shape::Items, tty(width));
            rows.push(&it);
            let out = rows.render(tty(width), wide);
            for l in out.lines().filter(|_| !wide) {
                assert!(UnicodeWidthStr::width(l) <= usize::from(width), "{l}");
            }
            let head: Vec<String> = out
                .lines()
                .next()
                .unwrap()
                .split_whitespace()
                .map(String::from)
                .collect();
            (head, out)
        };
        let all = ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"];
        assert_eq!(heads(200, false).0, all);
        assert_eq!(
            heads(120, false).0,
            ["ID", "NAME", "TYPE", "SPACE", "UPDATED"]
        );
        assert_eq!(heads(90, false).0, ["ID", "NAME", "TYPE", "UPDATED"]);
        let (h, out) = heads(60, false);
        assert_eq!(h, ["ID", "NAME", "TYPE"]);
        assert!(out.contains("Quarterly sales"), "{out}");
        let (h, out) = heads(40, true);
        assert_eq!(h, all);
        assert!(out.contains("2024-03-01 10:20 UTC"), "{out}");
        // Narrower than the id: the line is cut at the edge, never wrapped.
        let (_, out) = heads(20, false);
        assert!(out.lines().nth(1).unwrap().ends_with('…'), "{out}");
    }

    #[test]
    fn one_object_is_field_value_lines() {
        let v = json!({
            "id": "a1",
            "name": "Sales\u{1b}[2J",
            "description": "new text",
            "meta": {"tags": []},
            "spaceId": null,
            "updatedAt": "2024-03-01T10:20:30Z",
        });
        let out = Rows::object(Shape::Items, PIPE, &v).render(PIPE, false);
        assert_eq!(
            out,
            "FIELD        VALUE\n\
             id           a1\n\
             name         Sales\\u{1b}[2J\n\
             description  new text\n\
             meta         {\"tags\":[]}\n\
             spaceId\n\
             updatedAt    2024-03-01T10:20:30Z\n"
        );
        let out = Rows::object(Shape::Items, tty(20), &v).render(tty(20), false);
        assert!(out.contains("updatedAt    2024-0…\n"), "{out}");
        let out = Rows::object(Shape::Items, tty(20), &v).render(tty(20), true);
        assert!(out.contains("updatedAt    2024-03-01 10:20 UTC\n"), "{out}");
    }

    #[test]
    fn settings_rows() {
        let mut rows = Rows::new(Shape::Settings, PIPE);
        rows.push(&json!({"usageMetricsEnabled": true}));
        let out = rows.render(
            Terminal {
                tty: false,
                width: 80,
            },
            false,
        );
        assert_eq!(
            out,
            "SETTING              VALUE\nusageMetricsEnabled  true\n"
        );
    }
}
