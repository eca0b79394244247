//! The progress line of a long listing: one line on stderr (pages, items, rate), redrawn in
//! place, erased before the output prints, on an error and on Ctrl-C. Only on a terminal.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthStr;

/// Whether a progress line is on the screen now (for the Ctrl-C handler, which ends the
/// process from another thread).
static SHOWN: AtomicBool = AtomicBool::new(false);

/// Back to the start of the line, and the line cleared.
const ERASE: &[u8] = b"\r\x1b[2K";

/// At most this often is the line redrawn.
const REDRAW: Duration = Duration::from_millis(100);

/// The progress line of one listing. Dropping it erases the line.
pub struct Progress {
    noun: &'static str,
    width: usize,
    started: Instant,
    drawn: Option<Instant>,
    pages: u64,
    items: u64,
}

impl Progress {
    /// A progress line for a listing of `noun`, drawn at once ("listing items…"). `width`:
    /// the terminal's, so the line never wraps (a wrapped line cannot be erased).
    pub fn start(noun: &'static str, width: u16) -> Progress {
        let mut p = Progress {
            noun,
            width: usize::from(width).max(2),
            started: Instant::now(),
            drawn: None,
            pages: 0,
            items: 0,
        };
        p.draw(format!("Listing {noun}…"));
        p
    }

    /// One more page of `items`.
    pub fn page(&mut self, items: usize) {
        self.pages += 1;
        self.items += items as u64;
        if self.drawn.is_some_and(|t| t.elapsed() < REDRAW) {
            return;
        }
        let secs = self.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            format!(", {:.0} {}/s", self.items as f64 / secs, self.noun)
        } else {
            String::new()
        };
        let line = format!(
            "Listing {}… {} page{}, {} {}{rate}",
            self.noun,
            self.pages,
            if self.pages == 1 { "" } else { "s" },
            self.items,
            self.noun,
        );
        self.draw(line);
    }

    fn draw(&mut self, line: String) {
        // The stderr lock is held while the line is written, so the Ctrl-C handler erases
        // a whole line, never half of one.
        let mut err = io::stderr().lock();
        let line = if line.width() >= self.width {
            line.chars().take(self.width - 2).collect::<String>() + "…"
        } else {
            line
        };
        let _ = err.write_all(ERASE);
        let _ = err.write_all(line.as_bytes());
        let _ = err.flush();
        SHOWN.store(true, Ordering::SeqCst);
        self.drawn = Some(Instant::now());
    }

    /// Erases the line (before the output prints).
    pub fn clear(self) {}
}

impl Drop for Progress {
    fn drop(&mut self) {
        drop(erase());
    }
}

/// Erases the progress line if one is on the screen. The stderr lock is returned held, so
/// nothing can draw one again before the process ends.
pub fn erase() -> io::StderrLock<'static> {
    let mut err = io::stderr().lock();
    if SHOWN.swap(false, Ordering::SeqCst) {
        let _ = err.write_all(ERASE);
        let _ = err.flush();
    }
    err
}
