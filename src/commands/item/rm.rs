//! `qlik item rm ID...`: confirmed, paced, concurrent deletes with a summary.

use std::collections::HashSet;
use std::io::{self, Write};
use std::sync::Arc;
use std::time::Instant;

use serde_json::{Value, json};

use crate::api::items::item_path;
use crate::api::{ApiError, ErrorKind, bulk};
use crate::cli::item::ItemRmArgs;
use crate::commands::{Ctx, Session};
use crate::error::{self, usage};
use crate::output::Shape;
use crate::text;

use super::outcome::{self, RunOutcome};
use super::write::{confirm, prompt_on};
use crate::commands::runtime::block_on_stoppable;

/// How many names the confirmation shows.
const NAMES_SHOWN: usize = 3;

/// The longest name or id the confirmation shows, in characters once escaped.
const NAME_CAP: usize = 100;

/// The ids from the arguments, `-` standing for standard input's lines; duplicates dropped.
pub fn collect_ids(args: &[String]) -> anyhow::Result<Vec<String>> {
    let mut ids = Vec::new();
    let mut read_stdin = false;
    for a in args {
        if a == "-" {
            if read_stdin {
                continue;
            }
            read_stdin = true;
            use crate::limits::{IdsError, MAX_ID_LINE_BYTES, MAX_STDIN_IDS, read_ids};
            match read_ids(io::stdin().lock(), MAX_ID_LINE_BYTES, MAX_STDIN_IDS) {
                Ok(read) => ids.extend(read),
                Err(IdsError::Refused(m)) => return Err(usage(m)),
                Err(IdsError::Io(e)) => anyhow::bail!("cannot read standard input: {e}"),
            }
        } else if a.trim().is_empty() {
            return Err(usage(format!("`{a}` is not an item id")));
        } else {
            ids.push(a.trim().to_string());
        }
    }
    let mut seen = HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    Ok(ids)
}

/// What happened to one id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Deleted,
    NotFound,
    Failed,
    Skipped,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Deleted => "deleted",
            Status::NotFound => "not found",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

struct Outcome {
    status: Status,
    error: Option<ApiError>,
    /// The body of the answer to a delete, for `--raw`.
    body: Vec<u8>,
}

pub fn run(ctx: &Ctx, args: ItemRmArgs) -> anyhow::Result<u8> {
    let ids = collect_ids(&args.ids)?;
    super::validate::item_ids(&ids)?;
    if ids.is_empty() {
        if args.ignore_not_found {
            eprintln!("nothing to delete: standard input was empty");
            return Ok(error::OK);
        }
        return Err(usage(
            "no item ids given (standard input was empty); --ignore-not-found makes that not an error",
        ));
    }
    let ignore_not_found = args.ignore_not_found;
    let prompt = !args.yes && !args.dry_run.dry_run;
    let asked_on = if prompt { prompt_on(ctx) } else { None };
    if prompt && asked_on.is_none() {
        return Err(usage(format!(
            "refusing to delete {} item{} without confirmation: not on a terminal; add --yes (or try --dry-run first)",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" }
        )));
    }
    let Session {
        mut printer,
        client,
    } = ctx.bulk_session(args.print.quiet, &args.bulk)?;
    let (quiet, raw) = (args.print.quiet, args.print.raw);
    let results_out = (ctx.global.output.is_some() || ctx.global.json)
        && !printer.format().is_table()
        && !quiet
        && !raw;
    let concurrency = usize::from(args.bulk.concurrency);
    block_on_stoppable(&client.clone(), |stop| async move {
        if args.dry_run.dry_run {
            for id in &ids {
                printer.dry_run("DELETE", &client.full_url(&item_path(id)), None)?;
            }
            printer.flush()?;
            return Ok(0);
        }
        if let Some(on) = asked_on {
            let mut names = Vec::new();
            for id in ids.iter().take(NAMES_SHOWN) {
                // The name is the server's text and the id may be too (`ls -q | rm -`): cut
                // and escaped, so neither can drive the terminal or forge the question.
                let shown = |s: &str| text::one_line(s, NAME_CAP);
                let name = match client.get_item_raw(id).await.and_then(|r| r.json()) {
                    Ok(v) => v
                        .get("name")
                        .and_then(Value::as_str)
                        .map_or_else(|| shown(id), |n| format!("{} ({})", shown(n), shown(id))),
                    Err(e) if e.kind == ErrorKind::NotFound => format!("{} (not found)", shown(id)),
                    Err(_) => shown(id),
                };
                names.push(name);
            }
            if ids.len() > NAMES_SHOWN {
                names.push(format!("and {} more", ids.len() - NAMES_SHOWN));
            }
            let n = ids.len();
            let question = format!(
                "Delete {n} item{}: {}?",
                if n == 1 { "" } else { "s" },
                names.join(", ")
            );
            if !confirm(&question, on)? {
                eprintln!("nothing deleted");
                return Ok(error::USAGE);
            }
        }

        stop.begin();
        let started = Instant::now();
        let total = ids.len();
        let ids = Arc::new(ids);
        let op_client = client.clone();
        let mut rx = bulk::spawn(ids.clone(), concurrency, stop.flag(), move |id| {
            let c = op_client.clone();
            async move { c.delete_item(&id).await }
        });
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{pos}/{len} deleted  {per_sec}  ETA {eta}  {wide_bar}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        let mut outcomes: Vec<Option<Outcome>> = (0..total).map(|_| None).collect();
        while let Some(done) = rx.recv().await {
            let outcome = match done.result {
                Ok(resp) => Outcome {
                    status: Status::Deleted,
                    error: None,
                    // Kept only for --raw, which prints them: not every id's body in memory.
                    body: if raw { resp.body } else { Vec::new() },
                },
                // An earlier attempt failed without a clear answer (a timeout, a dropped
                // connection) and may have deleted it: gone is what was asked.
                Err(e) if e.kind == ErrorKind::NotFound && done.after_failure => Outcome {
                    status: Status::Deleted,
                    error: None,
                    body: Vec::new(),
                },
                Err(e) if e.kind == ErrorKind::NotFound => Outcome {
                    status: Status::NotFound,
                    error: Some(e),
                    body: Vec::new(),
                },
                Err(e) => Outcome {
                    status: Status::Failed,
                    error: Some(e),
                    body: Vec::new(),
                },
            };
            outcomes[done.index] = Some(outcome);
            bar.inc(1);
        }
        bar.finish_and_clear();
        let interrupted = stop.requested();
        let outcomes: Vec<Outcome> = outcomes
            .into_iter()
            .map(|o| {
                o.unwrap_or(Outcome {
                    status: Status::Skipped,
                    error: None,
                    body: Vec::new(),
                })
            })
            .collect();

        // -q: the ids deleted, in the order given (escaped on a terminal: an id read from
        // standard input may be the service's text). --raw: the bodies as received.
        if quiet || raw {
            for (id, o) in ids.iter().zip(&outcomes) {
                if o.status != Status::Deleted {
                    continue;
                }
                if quiet {
                    printer.object(Shape::Items, &json!({ "id": id }))?;
                } else if !o.body.is_empty() {
                    printer.raw(&o.body)?;
                }
            }
            printer.flush()?;
        }
        if results_out {
            let mut list = printer.list(Shape::Results);
            for (id, o) in ids.iter().zip(&outcomes) {
                let mut v = json!({"id": id, "status": o.status.name()});
                if let Some(e) = &o.error {
                    v["error"] = json!(e.to_string());
                    if let Some(s) = e.status {
                        v["httpStatus"] = json!(s);
                    }
                }
                list.push_all(std::slice::from_ref(&v))?;
            }
            list.finish()?;
        }

        let count = |s: Status| outcomes.iter().filter(|o| o.status == s).count();
        let (deleted, missing, failed, skipped) = (
            count(Status::Deleted),
            count(Status::NotFound),
            count(Status::Failed),
            count(Status::Skipped),
        );
        let mut hints = super::IdHints::default();
        {
            for (id, o) in ids.iter().zip(&outcomes) {
                if ignore_not_found && o.status == Status::NotFound {
                    continue;
                }
                if let Some(e) = &o.error {
                    // `error: ID: not found (HTTP 404, …)`, escaped: the id may be the
                    // service's text (`ls -q | rm -`).
                    error::report_id(id, e);
                    hints.add(id, e);
                }
            }
            let mut err = io::stderr().lock();
            let mut line = format!(
                "deleted {deleted} of {total} in {:.1}s",
                started.elapsed().as_secs_f64()
            );
            if missing > 0 && ignore_not_found {
                line.push_str(&format!(", {missing} already gone"));
            } else if missing > 0 {
                line.push_str(&format!(", {missing} not found"));
            }
            if failed > 0 {
                line.push_str(&format!(", {failed} failed"));
            }
            if skipped > 0 {
                line.push_str(&format!(", {skipped} not tried (interrupted)"));
            }
            let _ = writeln!(err, "{line}");
        }
        hints.print();
        if interrupted {
            return Ok(error::INTERRUPTED);
        }
        let run = outcome::reduce(outcomes.iter().map(|o| {
            match o.status {
                Status::Deleted => None,
                // With --ignore-not-found, an id already gone is as good as deleted.
                Status::NotFound if ignore_not_found => None,
                _ => Some(
                    o.error
                        .as_ref()
                        .map_or(error::FAILURE, error::api_exit_code),
                ),
            }
        }));
        Ok(match run {
            RunOutcome::Ok => error::OK,
            RunOutcome::AllFailed(code) => code,
            RunOutcome::Partial { .. } => error::PARTIAL,
        })
    })
}
