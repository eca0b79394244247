//! The columns of each kind of list, and which of them a narrow terminal leaves out.

use super::layout::{content_widths, display_width};

/// One column of a list.
pub(super) struct Column {
    pub(super) header: &'static str,
    /// Cut with `…` when the terminal is too narrow, and the width it is cut to before any
    /// column is left out for it. `None`: never cut (ids, for copying; short values).
    pub(super) cut: Option<usize>,
    /// Left out on a narrow terminal: the highest first. 0: always shown.
    pub(super) drop: u8,
}

pub(super) const fn col(header: &'static str, cut: Option<usize>, drop: u8) -> Column {
    Column { header, cut, drop }
}

pub(super) const ITEMS: &[Column] = &[
    col("ID", None, 0),
    col("NAME", Some(40), 0),
    col("TYPE", Some(20), 0),
    col("SPACE", None, 2),
    col("OWNER", None, 3),
    col("UPDATED", None, 1),
];
pub(super) const COLLECTIONS: &[Column] = &[
    col("ID", None, 0),
    col("NAME", Some(40), 0),
    col("TYPE", None, 2),
    col("ITEMS", None, 1),
    col("UPDATED", None, 3),
];
pub(super) const SETTINGS: &[Column] = &[col("SETTING", None, 0), col("VALUE", Some(40), 0)];
pub(super) const FIELDS: &[Column] = &[col("FIELD", None, 0), col("VALUE", Some(40), 0)];
pub(super) const PROFILES: &[Column] = &[
    col("NAME", None, 0),
    col("SERVER", Some(40), 0),
    col("DEFAULT", None, 0),
    col("COMMENT", Some(30), 1),
];

/// The columns shown on a terminal `width` wide: every one if they fit, each cuttable column
/// counted at most at its cut width; else the ones to leave out first are left out, one at a
/// time, until they do or none is left to leave out.
pub(super) fn kept_columns(columns: &[Column], rows: &[Vec<String>], width: usize) -> Vec<usize> {
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
