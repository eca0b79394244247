//! The listing loop shared by `ls`, `collections` and `publisheditems`: pages are fetched
//! one ahead while the current one is written.

use std::io::Write;

use crate::api::paging::{self, page_size};
use crate::api::{Client, with_query};
use crate::cli::item::{PagingArgs, PrintArgs};
use crate::commands::{Ctx, block_on_local, stdout};
use crate::output::{ListWriter, Shape};

/// Items shown when neither --limit nor --all is given.
pub const DEFAULT_TOTAL: u64 = 100;

/// A validated listing request.
pub struct Listing {
    /// The endpoint's path.
    pub path: String,
    /// Filters, in the order sent (no `limit`, `next`, `prev`).
    pub query: Vec<(&'static str, String)>,
    pub shape: Shape,
    /// "items" or "collections", for the note on stderr.
    pub noun: &'static str,
}

/// Runs a listing to the end and prints it.
pub fn run(
    ctx: &Ctx,
    listing: Listing,
    paging: &PagingArgs,
    print: &PrintArgs,
) -> anyhow::Result<u8> {
    let total = super::validate::paging(paging)?;
    if print.raw && (paging.all || paging.limit.is_some_and(|n| n > 100)) {
        return Err(crate::error::usage(
            "--raw prints one response (at most 100 items): use it without --all and with --limit up to 100",
        ));
    }
    let settings = ctx.settings()?;
    let format = ctx.format(&settings, print.quiet)?;
    let term = ctx.terminal();
    let client = ctx.client(&settings)?;
    block_on_local(async move {
        let mut query = listing.query.clone();
        if let Some(c) = &paging.next {
            query.push(("next", c.clone()));
        }
        if let Some(c) = &paging.prev {
            query.push(("prev", c.clone()));
        }
        query.push(("limit", page_size(total).to_string()));
        let first = with_query(&listing.path, &query);
        if print.raw {
            return raw(&client, &first).await;
        }
        let mut pages = paging::list(&client, first, total);
        let mut out = ListWriter::new(stdout(), format, listing.shape, term);
        let mut more = None;
        while let Some(page) = pages.next().await {
            let page = page?;
            out.push_raw_all(&page.items)?;
            more = page.more;
        }
        let count = out.count();
        out.finish()?;
        if paging.limit.is_none()
            && !paging.all
            && let Some(next) = more
        {
            let noun = listing.noun;
            let cursor = next
                .cursor
                .map(|c| format!(", or --next '{c}' for the next page"))
                .unwrap_or_default();
            eprintln!(
                "note: showing the first {count} {noun}; more exist. Use --all for every one, --limit N for N in total{cursor}."
            );
        }
        Ok(0)
    })
}

/// `--raw`: one request, its body as received.
pub async fn raw(client: &Client, path: &str) -> anyhow::Result<u8> {
    let resp = client.get(path).await?;
    let mut out = stdout();
    out.write_all(&resp.body)?;
    if !resp.body.ends_with(b"\n") {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(0)
}
