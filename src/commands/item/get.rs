//! `qlik item get ID...`.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::api::{ApiError, Response, bulk};
use crate::cli::item::ItemGetArgs;
use crate::commands::runtime::block_on;
use crate::commands::{Ctx, Session, StdPrinter, Stdout};
use crate::error::{self, CliError, report_id};
use crate::output::{List, Shape};

use super::outcome::{self, RunOutcome};

/// Fetches the ids with the bulk runner (at most `--concurrency` requests in flight; in a run
/// of several ids, an id that failed transiently is tried once more) and prints in the order
/// given. One id prints that item (or its body as received, with `--raw`) and fails with that
/// id's error. Several ids print a list; a failed id is reported on stderr (one hint per kind
/// of failure follows the items), the others still print, and the exit code is the failures'
/// own when every id failed the same way, else the partial-failure code.
pub fn run(ctx: &Ctx, args: ItemGetArgs) -> anyhow::Result<u8> {
    let Session {
        mut printer,
        client,
    } = ctx.bulk_session(args.print.quiet, &args.bulk)?;
    let concurrency = usize::from(args.bulk.concurrency);
    let single = args.ids.len() == 1;
    block_on(async move {
        let ids = Arc::new(args.ids);
        // A read is not stopped part way: Ctrl-C ends it at once, as it ends a listing.
        let never = Arc::new(AtomicBool::new(false));
        let op_client = client.clone();
        let mut results = bulk::spawn(ids.clone(), concurrency, never, move |id| {
            let c = op_client.clone();
            async move { c.get_item_raw(&id).await }
        });
        let mut out = if args.print.raw {
            Out::Raw(&mut printer)
        } else if single {
            Out::Object(&mut printer)
        } else {
            Out::List(Box::new(printer.list(Shape::Items)))
        };
        // Per id: `None` printed, `Some(code)` failed.
        let mut outcomes: Vec<Option<u8>> = Vec::with_capacity(ids.len());
        // Printed once each, after the items: one per kind of failure, not one per id.
        let mut hints = super::IdHints::default();
        // Results come as they finish; each id's waits here until those before it are printed.
        let mut arrived: Vec<Option<Result<Response, ApiError>>> =
            (0..ids.len()).map(|_| None).collect();
        for (index, id) in ids.iter().enumerate() {
            while arrived[index].is_none() {
                let Some(done) = results.recv().await else {
                    break;
                };
                arrived[done.index] = Some(done.result);
            }
            // None: its worker ended without a result (it panicked, or was interrupted before
            // the request went out).
            let result = arrived[index]
                .take()
                .unwrap_or_else(|| Err(ApiError::other("request task failed")));
            let resp = match result {
                Ok(resp) => resp,
                Err(e) if single => return Err(super::item_error(id, e)),
                Err(e) => {
                    report_id(id, &e);
                    hints.add(id, &e);
                    outcomes.push(Some(error::api_exit_code(&e)));
                    continue;
                }
            };
            out.print(&resp)?;
            outcomes.push(None);
        }
        if let Out::List(list) = out {
            list.finish()?;
        }
        hints.print();
        match outcome::reduce(outcomes) {
            RunOutcome::Ok => Ok(error::OK),
            RunOutcome::AllFailed(code) => Ok(code),
            RunOutcome::Partial { failed, total } => {
                Err(CliError::Partial { failed, total }.into())
            }
        }
    })
}

/// Where each item goes: one list for several ids (a table, an array, …), one object for
/// one id, or each body as received (`--raw`).
enum Out<'p> {
    List(Box<List<'p, Stdout>>),
    Object(&'p mut StdPrinter),
    Raw(&'p mut StdPrinter),
}

impl Out<'_> {
    fn print(&mut self, resp: &Response) -> anyhow::Result<()> {
        match self {
            Out::List(list) => list.push_all(std::slice::from_ref(&resp.json()?))?,
            Out::Object(printer) => printer.object(Shape::Items, &resp.json()?)?,
            Out::Raw(printer) => printer.raw(&resp.body)?,
        }
        Ok(())
    }
}
