//! The listing loop shared by `ls`, `collections` and `publisheditems`: pages are fetched
//! one ahead while the current one is written.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Seek, Write};

use crate::api::paging::{self, page_size};
use crate::api::{Client, with_query};
use crate::cli::item::{PagingArgs, PrintArgs};
use crate::commands::{Ctx, block_on_local, stdout};
use crate::output::progress::Progress;
use crate::output::{Format, ListWriter, Shape};

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

/// The query pairs of the filters that were given, in the order listed.
pub fn filters(given: &[(&'static str, &Option<String>)]) -> Vec<(&'static str, String)> {
    given
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v.clone())))
        .collect()
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
        // json and yaml are one document each: a listing of several pages is spooled to an
        // unnamed temporary file (memory stays flat) and printed only once every page has
        // arrived, so a failure halfway prints nothing rather than a document that looks whole.
        let spool = if matches!(format, Format::Json | Format::Yaml)
            && total.is_none_or(|t| t > page_size(total))
        {
            Some(Spool::new()?)
        } else {
            None
        };
        let sink = match &spool {
            Some(s) => Sink::Spool(s.writer()?),
            None => Sink::Stdout(stdout()),
        };
        let mut out = ListWriter::new(sink, format, listing.shape, term);
        // A listing of several pages whose output waits for the last one shows its progress
        // on stderr, if that is a terminal (json to a pipe or a file goes without).
        let waits =
            format.is_table() || format == Format::Yaml || (format == Format::Json && term.tty);
        let mut progress =
            (waits && total.is_none_or(|t| t > page_size(total)) && io::stderr().is_terminal())
                .then(|| Progress::start(listing.noun, term.width));
        let mut more = None;
        while let Some(page) = pages.next().await {
            let page = match page {
                Ok(p) => p,
                Err(e) => {
                    // Pages are written whole (and flushed), so stdout ends on a page.
                    return Err(match pages.resume_cursor() {
                        Some(resume) => crate::error::Stopped { error: e, resume }.into(),
                        None => e.into(),
                    });
                }
            };
            out.push_raw_all(page.items())?;
            if let Some(p) = &mut progress {
                p.page(page.items().count());
            }
            more = page.more;
        }
        if let Some(p) = progress.take() {
            p.clear();
        }
        let count = out.count();
        out.finish()?;
        if count == 0 && format.is_table() {
            // No header alone: a person is told on stderr; a pipe gets nothing.
            eprintln!("No {}.", listing.noun);
        }
        if let Some(spool) = spool {
            spool.copy_to(&mut stdout())?;
        }
        if paging.limit.is_none()
            && !paging.all
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

/// Where a listing is written: stdout, or the spool of a multi-page json/yaml document.
enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    Spool(BufWriter<File>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Spool(w) => w.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Spool(w) => w.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Spool(w) => w.flush(),
        }
    }
}

/// An unnamed temporary file (removed by the OS however the process ends).
struct Spool(File);

impl Spool {
    fn new() -> io::Result<Spool> {
        tempfile::tempfile().map(Spool)
    }
    fn writer(&self) -> io::Result<BufWriter<File>> {
        Ok(BufWriter::with_capacity(64 * 1024, self.0.try_clone()?))
    }
    /// Copies the finished document to `out` (the writer was flushed by `finish`).
    fn copy_to(mut self, out: &mut impl Write) -> io::Result<()> {
        self.0.rewind()?;
        io::copy(&mut self.0, out)?;
        out.flush()
    }
}
