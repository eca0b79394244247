//! The paging flags (`--limit`, `--all`, `--next`, `--prev`), checked.

use crate::api::cut;
use crate::api::paging::{Cursor, Paging};
use crate::cli::item::PagingArgs;
use crate::error::usage;

/// Items listed when neither --limit nor --all is given.
pub const DEFAULT_TOTAL: u64 = 100;

/// The longest `--next`/`--prev` cursor accepted, in bytes (the service's are far shorter).
pub const MAX_CURSOR_LEN: usize = 4096;

/// The paging flags, checked: what to list, for [`crate::api::paging`].
pub fn paging(p: &PagingArgs) -> anyhow::Result<Paging> {
    if p.next.is_some() && p.prev.is_some() {
        return Err(usage("--next and --prev cannot be used together"));
    }
    for (flag, v) in [("--next", &p.next), ("--prev", &p.prev)] {
        if v.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(usage(format!("{flag} needs a cursor")));
        }
        if let Some(c) = v.as_deref().filter(|c| c.len() > MAX_CURSOR_LEN) {
            return Err(usage(format!(
                "{flag} `{}` is {} bytes, longer than the {MAX_CURSOR_LEN} a cursor may have",
                cut(c, 40),
                c.len()
            )));
        }
    }
    let total = match (p.all, p.limit) {
        (true, _) => None,
        (false, None) => Some(DEFAULT_TOTAL),
        (false, Some(n)) if n >= 1 => Some(n as u64),
        (false, Some(n)) => {
            return Err(usage(format!(
                "--limit must be at least 1, not {n} (use --all for every item)"
            )));
        }
    };
    let cursor = match (&p.next, &p.prev) {
        (Some(c), _) => Some(Cursor::Next(c.clone())),
        (None, Some(c)) => Some(Cursor::Prev(c.clone())),
        (None, None) => None,
    };
    Ok(Paging {
        total,
        chosen: p.all || p.limit.is_some(),
        cursor,
    })
}
