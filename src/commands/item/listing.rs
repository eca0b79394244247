//! The listing engine shared by `ls`, `collections` and `publisheditems`: pages are
//! fetched one ahead while the current one is written.

use std::io::{self, IsTerminal};

use crate::api::paging::{self, Paging};
use crate::api::{ApiError, ErrorKind};
use crate::cli::item::PrintArgs;
use crate::commands::runtime::block_on_local;
use crate::commands::{Ctx, Session};
use crate::error::Hinted;
use crate::output::progress::Progress;
use crate::output::{Format, Shape};

/// A validated listing request.
pub struct Listing {
    /// The endpoint's path.
    pub path: String,
    /// Filters, in the order sent (no `limit`, `next`, `prev`).
    pub query: Vec<(&'static str, String)>,
    pub shape: Shape,
    /// "items" or "collections", for the note on stderr.
    pub noun: &'static str,
    /// The item whose collections or published copies are listed: a 404 is its.
    pub item_id: Option<String>,
}

/// The query pairs of the filters that were given, in the order listed.
pub fn filters(given: &[(&'static str, &Option<String>)]) -> Vec<(&'static str, String)> {
    given
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v.clone())))
        .collect()
}

/// Runs a listing to the end and prints it.
pub fn run(ctx: &Ctx, listing: Listing, paging: Paging, print: &PrintArgs) -> anyhow::Result<u8> {
    if print.raw && paging.several_pages() {
        return Err(crate::error::usage(
            "--raw prints one response (at most 100 items): use it without --all and with --limit up to 100",
        ));
    }
    let Session {
        mut printer,
        client,
    } = ctx.session(print.quiet)?;
    let (format, term) = (printer.format(), printer.term());
    block_on_local(async move {
        let first = paging.first_page(&listing.path, &listing.query);
        if print.raw {
            return match client.get(&first).await {
                Ok(resp) => {
                    printer.raw(&resp.body)?;
                    Ok(0)
                }
                Err(e) => Err(first_failed(e, &listing, &paging)),
            };
        }
        // json and yaml are one document each: a listing of several pages is held (memory
        // stays flat) and printed only once every page has arrived, so a failure halfway
        // prints nothing rather than a document that looks whole.
        let held = matches!(format, Format::Json | Format::Yaml) && paging.several_pages();
        let mut out = if held {
            printer.held_list(listing.shape)?
        } else {
            printer.list(listing.shape)
        };
        let follow = paging::Follow {
            total: paging.total,
            members: out.reads_members(),
            ..paging::Follow::default()
        };
        let mut pages = paging::walk(&client, first, follow);
        // A listing of several pages whose output waits for the last one shows its progress
        // on stderr, if that is a terminal (json to a pipe or a file goes without).
        let waits =
            format.is_table() || format == Format::Yaml || (format == Format::Json && term.tty);
        let mut progress = (waits && paging.several_pages() && io::stderr().is_terminal())
            .then(|| Progress::start(listing.noun, term.width));
        let mut more = None;
        let mut arrived: u64 = 0;
        while let Some(page) = pages.next().await {
            let page = match page {
                Ok(p) => p,
                Err(e) if arrived == 0 => return Err(first_failed(e, &listing, &paging)),
                Err(e) => {
                    // Pages are written whole (and flushed), so stdout ends on a page; the
                    // table shows the rows of the pages that arrived, once the progress line
                    // is gone.
                    drop(progress.take());
                    let count = out.count();
                    let shown = match format {
                        _ if count == 0 => Shown::Nothing,
                        _ if held => Shown::Held(format),
                        f if f.is_table() => {
                            out.finish()?;
                            Shown::Above
                        }
                        _ => Shown::Above,
                    };
                    let hint = resume_hint(&e, pages.resume_cursor(), shown, listing.noun);
                    return Err(Hinted::wrap(e, hint.into_iter().collect()));
                }
            };
            arrived += 1;
            out.push_page(page.scanned())?;
            if let Some(p) = &mut progress {
                p.page(page.len());
            }
            more = page.more;
        }
        if let Some(p) = progress.take() {
            p.clear();
        }
        let count = out.count();
        out.finish()?;
        // No header alone: a person is told on stderr; a pipe gets nothing.
        printer.empty(count, &format!("No {}.", listing.noun));
        if !paging.chosen
            && let Some(next) = more
        {
            let noun = listing.noun;
            // The cursor is the service's text: quoted to paste safely, or left out.
            let cursor = match next.cursor {
                Some(c) => match crate::shell::pasteable("--next", &c) {
                    Some(next) => format!(", or {next} for the next page"),
                    None => " (the next page's cursor is not shown: it holds control or other non-printable characters)".into(),
                },
                None => String::new(),
            };
            eprintln!(
                "note: showing the first {count} {noun}; more exist. Use --all for every one, --limit N for N in total{cursor}."
            );
        }
        Ok(0)
    })
}

/// What of a listing that failed halfway reached stdout.
#[derive(Clone, Copy)]
enum Shown {
    /// Whole pages, above the error.
    Above,
    /// Nothing: a json or yaml listing is printed only once whole.
    Held(Format),
    /// Nothing: the pages that arrived had no items.
    Nothing,
}

/// The error of a listing whose first request failed: nothing was listed, so there is
/// nothing to resume. A cursor the user gave that the service refuses is said to be the
/// cause; an unknown item (collections, publisheditems) gets the hint about resource ids.
fn first_failed(e: ApiError, listing: &Listing, paging: &Paging) -> anyhow::Error {
    let mut hints = Vec::new();
    let given = paging.cursor.as_ref().map(cursor_flag);
    match (e.kind, given, &listing.item_id) {
        (ErrorKind::BadRequest, Some(flag), _) => hints.push(format!(
            "the service refused the cursor given with {flag} (cursors come from an earlier \
             listing's note, and may expire): list again without {flag} to start over"
        )),
        (ErrorKind::NotFound, _, Some(id)) => hints.extend(super::not_found_hint(id, true)),
        _ => {}
    }
    Hinted::wrap(e, hints)
}

/// The hint of a listing that failed after some pages: what was printed, and the cursor to
/// resume from, unless the service refused that very cursor (a 400: the request differs from
/// the last good one in its cursor only), when resuming from it would fail again.
fn resume_hint(e: &ApiError, resume: Option<String>, shown: Shown, noun: &str) -> Option<String> {
    let what = match shown {
        Shown::Above => format!("the {noun} above are complete pages"),
        Shown::Held(f) => format!(
            "nothing was printed: a {} listing is printed only once complete",
            if f == Format::Yaml { "yaml" } else { "json" }
        ),
        Shown::Nothing => format!("no {noun} were listed before the failure"),
    };
    if e.kind == ErrorKind::BadRequest {
        return Some(format!(
            "{what}; the service refused the cursor it gave for the next page, so resuming \
             from it would fail too: list again from the start"
        ));
    }
    let resume = resume?;
    Some(match crate::shell::pasteable("--next", &resume) {
        Some(next) if matches!(shown, Shown::Held(_)) => {
            format!("{what}; resume with {next} to list from the page that failed")
        }
        Some(next) => format!("{what}; resume with {next}"),
        None => format!(
            "{what}; the cursor to resume from is not shown (it holds control or other \
             non-printable characters)"
        ),
    })
}

/// The flag a cursor was given with.
fn cursor_flag(cursor: &paging::Cursor) -> &'static str {
    match cursor {
        paging::Cursor::Next(_) => "--next",
        paging::Cursor::Prev(_) => "--prev",
    }
}
