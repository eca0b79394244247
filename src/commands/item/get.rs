//! `qlik item get ID...`.

use std::sync::Arc;

use crate::api::{ApiError, Response};
use crate::cli::item::ItemGetArgs;
use crate::commands::runtime::block_on;
use crate::commands::{Ctx, Session, StdPrinter, Stdout};
use crate::error::{self, CliError, report_id};
use crate::output::{List, Shape};

use super::outcome::{self, RunOutcome};

/// Fetches the ids concurrently, at most `--concurrency` requests in flight, and prints in
/// the order given. One id prints that item (or its body as received, with `--raw`) and fails
/// with that id's error. Several ids print a list; a failed id is reported on stderr (one hint
/// per kind of failure follows the items), the others still print, and the exit code is the
/// failures' own when every id failed the same way, else the partial-failure code.
pub fn run(ctx: &Ctx, args: ItemGetArgs) -> anyhow::Result<u8> {
    let Session {
        mut printer,
        client,
    } = ctx.bulk_session(args.print.quiet, &args.bulk)?;
    let concurrency = usize::from(args.bulk.concurrency);
    let single = args.ids.len() == 1;
    block_on(async move {
        let limit = Arc::new(tokio::sync::Semaphore::new(concurrency));
        let tasks: Vec<_> = args
            .ids
            .iter()
            .map(|id| {
                let client = client.clone();
                let id = id.clone();
                let limit = limit.clone();
                tokio::spawn(async move {
                    let _permit = limit.acquire_owned().await;
                    match client.get_item_raw(&id).await {
                        // In a run of several ids, one more try after a transient failure
                        // the retries did not cure. A single id gets what --retry says.
                        Err(e) if !single && e.kind == crate::api::ErrorKind::Transient => {
                            client.get_item_raw(&id).await
                        }
                        r => r,
                    }
                })
            })
            .collect();
        let mut out = if args.print.raw {
            Out::Raw(&mut printer)
        } else if single {
            Out::Object(&mut printer)
        } else {
            Out::List(printer.list(Shape::Items))
        };
        // Per id: `None` printed, `Some(code)` failed.
        let mut outcomes: Vec<Option<u8>> = Vec::with_capacity(args.ids.len());
        // Printed once each, after the items: one per kind of failure, not one per id.
        let mut hints = super::IdHints::default();
        for (id, task) in args.ids.iter().zip(tasks) {
            let result = task
                .await
                .map_err(|e| ApiError::other(format!("request task failed: {e}")))
                .and_then(|r| r);
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
    List(List<'p, Stdout>),
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
