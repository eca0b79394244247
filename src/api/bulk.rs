//! The bulk runner: one operation per id, a bounded number in flight, each id tried once
//! more after a transient failure, the run going on past failures. The client's pacer is
//! shared by every worker, so the rate limits hold for the run as a whole.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use tokio::sync::mpsc;

use super::{ApiError, ErrorKind, Response};

/// The result for the id at `index` of the run's list.
#[derive(Debug)]
pub struct Done {
    pub index: usize,
    pub result: Result<Response, ApiError>,
    /// Whether an earlier attempt for this id failed transiently (it may have been
    /// processed all the same, its answer lost).
    pub after_failure: bool,
}

/// Starts `concurrency` workers over `ids`; results arrive on the returned channel as they
/// finish, in any order. Once `stop` is set, no new id is started; those in flight finish.
/// An id whose request was interrupted before it was sent ([`ErrorKind::Interrupted`], once
/// the client is interrupted) has no result: it was not tried.
pub fn spawn<F, Fut>(
    ids: Arc<Vec<String>>,
    concurrency: usize,
    stop: Arc<AtomicBool>,
    op: F,
) -> mpsc::UnboundedReceiver<Done>
where
    F: Fn(String) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response, ApiError>> + Send,
{
    let (tx, rx) = mpsc::unbounded_channel();
    let next = Arc::new(AtomicUsize::new(0));
    let op = Arc::new(op);
    for _ in 0..concurrency.max(1).min(ids.len().max(1)) {
        let (ids, next, stop, op, tx) = (
            ids.clone(),
            next.clone(),
            stop.clone(),
            op.clone(),
            tx.clone(),
        );
        tokio::spawn(async move {
            loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(id) = ids.get(index) else { break };
                let mut result = op(id.clone()).await;
                if not_sent(&result) {
                    // Interrupted while it waited its turn: left as not tried.
                    break;
                }
                let mut after_failure = matches!(&result, Err(e) if e.retries > 0);
                // The extra round is for runs of several ids: one id gets what --retry says.
                if ids.len() > 1
                    && matches!(&result, Err(e) if e.kind == ErrorKind::Transient)
                    && !stop.load(Ordering::SeqCst)
                {
                    let again = op(id.clone()).await;
                    // Interrupted before the second try went out: the first one's failure.
                    if !not_sent(&again) {
                        result = again;
                        after_failure = true;
                    }
                }
                let done = Done {
                    index,
                    result,
                    after_failure,
                };
                if tx.send(done).is_err() {
                    break;
                }
            }
        });
    }
    rx
}

/// Whether an operation ended without sending anything, interrupted while it waited.
fn not_sent(result: &Result<Response, ApiError>) -> bool {
    matches!(result, Err(e) if e.kind == ErrorKind::Interrupted)
}
