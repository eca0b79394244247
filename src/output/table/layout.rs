//! Widths on a terminal: measuring cells, narrowing columns, cutting with `…`, writing lines.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Writes one line of cells, each padded to its column's width, trailing blanks trimmed; on a
/// terminal (`fit_to`) a line still wider than it is cut at its edge with `…`, never wrapped.
pub(super) fn write_line<'a>(
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
pub(super) fn cut_to(s: &str, width: usize) -> String {
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
pub(super) fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        UnicodeWidthStr::width(s)
    }
}

/// The display width of each column (header included).
pub(super) fn content_widths(header: &[&str], rows: &[Vec<String>]) -> Vec<usize> {
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
pub(super) fn fit(header: &[&str], rows: &mut [Vec<String>], keep_whole: &[usize], width: usize) {
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
pub(super) fn narrowed(
    widths: &[usize],
    header: &[&str],
    keep_whole: &[usize],
    avail: usize,
) -> Vec<usize> {
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
