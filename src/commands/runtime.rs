//! The async runtimes the commands run on, built here and nowhere else, each with its
//! Ctrl-C handling: [`block_on`] (Ctrl-C exits with 130), [`block_on_local`] (the same, on
//! the calling thread) and [`block_on_stoppable`] (Ctrl-C lets the requests in flight
//! finish, for the bulk writes).

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use anyhow::Context as _;
use tokio::runtime::Runtime;

use crate::api::Client;

/// Worker threads of the runtimes of [`block_on`] and [`block_on_stoppable`].
const WORKERS: usize = 2;

/// A runtime with worker threads (`None`: one per core), timers and I/O.
pub fn multi_thread(workers: Option<usize>) -> anyhow::Result<Runtime> {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    if let Some(n) = workers {
        builder.worker_threads(n);
    }
    builder
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// A runtime on the calling thread, with timers and I/O.
fn current_thread() -> anyhow::Result<Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Runs a future on a runtime. Ctrl-C ends the process with exit code 130 at once, even
/// while a write to a full pipe blocks the main thread.
pub fn block_on<F>(fut: F) -> anyhow::Result<u8>
where
    F: std::future::Future<Output = anyhow::Result<u8>>,
{
    let rt = multi_thread(Some(WORKERS))?;
    let (ready_tx, ready_rx) = mpsc::channel();
    rt.spawn(exit_on_ctrl_c(ready_tx));
    let _ = ready_rx.recv();
    let result = rt.block_on(fut);
    // Do not wait for requests still in flight.
    rt.shutdown_background();
    result
}

/// Like [`block_on`], but the future and the tasks it spawns (the paging task, the HTTP
/// connection) all run on the calling thread: no wake-up crosses threads and every page is
/// freed by the thread that made it. Ctrl-C is watched on a thread of its own, so it still
/// ends the process while a write to a full pipe blocks this one.
pub fn block_on_local<F>(fut: F) -> anyhow::Result<u8>
where
    F: std::future::Future<Output = anyhow::Result<u8>>,
{
    let (ready_tx, ready_rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("ctrl-c".into())
        .spawn(move || {
            let Ok(rt) = current_thread() else {
                let _ = ready_tx.send(());
                return;
            };
            rt.block_on(exit_on_ctrl_c(ready_tx));
        })
        .context("cannot start the signal thread")?;
    let _ = ready_rx.recv();
    let rt = current_thread()?;
    let result = rt.block_on(fut);
    // Do not wait for requests still in flight.
    rt.shutdown_background();
    result
}

/// Installs the Ctrl-C handler, says so on `ready` (so no request goes out before it is in
/// place), and on Ctrl-C ends the process with exit code 130.
async fn exit_on_ctrl_c(ready: mpsc::Sender<()>) {
    let signal = tokio::signal::ctrl_c();
    tokio::pin!(signal);
    // Poll once so the handler is installed before `ready` is sent.
    let first = futures_poll_once(signal.as_mut()).await;
    let _ = ready.send(());
    if first.is_none() {
        let _ = signal.await;
    }
    // A progress line is erased; the lock stays held so none is drawn again.
    let mut err = crate::output::progress::erase();
    let _ = err.flush();
    std::process::exit(i32::from(crate::error::INTERRUPTED));
}

/// Polls a future once: `Some(output)` if it was ready.
async fn futures_poll_once<F: std::future::Future + Unpin>(mut fut: F) -> Option<F::Output> {
    std::future::poll_fn(|cx| {
        std::task::Poll::Ready(match std::pin::Pin::new(&mut fut).poll(cx) {
            std::task::Poll::Ready(v) => Some(v),
            std::task::Poll::Pending => None,
        })
    })
    .await
}

/// Ctrl-C in a stoppable run ([`block_on_stoppable`]).
#[derive(Clone)]
pub struct Stop {
    requested: Arc<AtomicBool>,
    /// Whether the run's requests started (before, Ctrl-C quits at once).
    running: Arc<AtomicBool>,
}

impl Stop {
    /// From here on, the first Ctrl-C lets the requests in flight finish rather than quit.
    pub fn begin(&self) {
        self.running.store(true, Ordering::SeqCst);
    }

    /// The flag Ctrl-C sets: no new request is to start.
    pub fn flag(&self) -> Arc<AtomicBool> {
        self.requested.clone()
    }

    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }
}

/// Runs `fut` on a runtime where Ctrl-C, once the run has begun ([`Stop::begin`]), sets the
/// stop flag and interrupts `client`: no request starts any more, those waiting for the
/// pacer or a retry give up at once, those in flight finish, and the command reports. A
/// second Ctrl-C, or one before the run has begun (at the confirmation), exits at once
/// with 130.
pub fn block_on_stoppable<F, Fut>(client: &Client, f: F) -> anyhow::Result<u8>
where
    F: FnOnce(Stop) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<u8>>,
{
    let rt = multi_thread(Some(WORKERS))?;
    let stop = Stop {
        requested: Arc::new(AtomicBool::new(false)),
        running: Arc::new(AtomicBool::new(false)),
    };
    let (handler, client) = (stop.clone(), client.clone());
    let (ready_tx, ready_rx) = mpsc::channel();
    rt.spawn(async move {
        // Installed before anything is sent.
        let first = tokio::signal::ctrl_c();
        tokio::pin!(first);
        let installed = futures_poll_once(first.as_mut()).await;
        let _ = ready_tx.send(());
        let caught = match installed {
            Some(r) => r.is_ok(),
            None => first.await.is_ok(),
        };
        if !caught {
            return;
        }
        if !handler.running.load(Ordering::SeqCst) {
            let _ = io::stderr().flush();
            std::process::exit(i32::from(crate::error::INTERRUPTED));
        }
        handler.requested.store(true, Ordering::SeqCst);
        client.interrupt();
        eprintln!("\ninterrupted: finishing the requests in flight (Ctrl-C again to quit now)");
        if tokio::signal::ctrl_c().await.is_ok() {
            std::process::exit(i32::from(crate::error::INTERRUPTED));
        }
    });
    let _ = ready_rx.recv();
    let result = rt.block_on(f(stop));
    rt.shutdown_background();
    result
}

/// The runtime of a command that hands the terminal to another program between its requests
/// (`item edit` runs an editor): one runtime for all its requests, Ctrl-C exits with 130
/// while a request runs ([`Interactive::block_on`]), and is left to the program while it
/// runs ([`Interactive::hand_over`]), as git and kubectl do: an editor reads Ctrl-C as a key.
pub struct Interactive {
    rt: Runtime,
}

impl Interactive {
    pub fn new() -> anyhow::Result<Interactive> {
        let rt = multi_thread(Some(WORKERS))?;
        // From here on Ctrl-C no longer ends the process by itself: it is only heard.
        rt.block_on(async {
            let signal = tokio::signal::ctrl_c();
            tokio::pin!(signal);
            let _ = futures_poll_once(signal.as_mut()).await;
        });
        Ok(Interactive { rt })
    }

    /// Runs `fut`; Ctrl-C ends the process with 130 at once, even while a write to a full
    /// pipe blocks the main thread.
    pub fn block_on<T>(
        &self,
        fut: impl std::future::Future<Output = anyhow::Result<T>>,
    ) -> anyhow::Result<T> {
        let (ready_tx, ready_rx) = mpsc::channel();
        let watcher = self.rt.spawn(exit_on_ctrl_c(ready_tx));
        let _ = ready_rx.recv();
        let result = self.rt.block_on(fut);
        watcher.abort();
        result
    }

    /// Runs `f` (a program on the terminal, waited for) with Ctrl-C left to that program.
    pub fn hand_over<T>(&self, f: impl FnOnce() -> T) -> T {
        f()
    }
}
