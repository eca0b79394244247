//! Client-side pacing per rate tier, shared by every request (and so by every worker of a
//! bulk run):
//! - an optional steady rate (`tier1_per_minute`/`tier2_per_minute`), used until the service
//!   announces its own budget;
//! - the service's `Ratelimit-Remaining`/`Ratelimit-Reset` headers once it sends them: no
//!   more requests start than the window has left, and the next window is awaited;
//! - a pause of the whole tier after a 429 with `Retry-After`.
//!
//! Every wait has a known end. When a window ends and no answer tells about the next one
//! (the service stopped sending the headers, or stopped answering), the next window is
//! assumed to be as long as the longest one announced; a request held because answers are
//! still to come waits for them or for the window's end, whichever comes first. Each started
//! request holds a [`Slot`], which gives its place back when it is dropped (a cancelled
//! request), so a lost answer never holds the tier. [`Pacer::close`] (Ctrl-C) ends every
//! wait at once and lets no further request start.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::Notify;
use tokio::time::Instant;

/// The service's rate tiers: 1 for reads, 2 for writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Read,
    Write,
}

impl Tier {
    pub fn of(method: &reqwest::Method) -> Tier {
        if *method == reqwest::Method::GET || *method == reqwest::Method::HEAD {
            Tier::Read
        } else {
            Tier::Write
        }
    }

    /// The tier of a request to `path_and_query`: by method on the paths whose tiers are
    /// known (the Items API, collections, users), and the conservative tier 2 on any other
    /// path, whatever the method, since its budget is not known.
    pub fn for_path(method: &reqwest::Method, path_and_query: &str) -> Tier {
        let path = path_and_query
            .split_once('?')
            .map_or(path_and_query, |(p, _)| p);
        let known = KNOWN_PATHS.iter().any(|k| {
            path.strip_prefix(k)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        });
        if known { Tier::of(method) } else { Tier::Write }
    }

    /// The service's name for it: tier 1 or tier 2.
    fn number(self) -> u8 {
        match self {
            Tier::Read => 1,
            Tier::Write => 2,
        }
    }
}

/// The paths (each with what lies below it) whose reads are tier 1 and writes tier 2.
const KNOWN_PATHS: &[&str] = &["/api/v1/items", "/api/v1/collections", "/api/v1/users"];

/// Waking this long after the announced reset absorbs clock granularity.
const RESET_MARGIN: Duration = Duration::from_millis(50);
/// The longest wait for an announced reset (a far-off one is a server's mistake), and so the
/// longest a window is assumed to last.
pub const MAX_RESET_WAIT: Duration = Duration::from_secs(600);
/// The shortest a window is assumed to last when its end was not announced: the headers
/// count in whole seconds, and a shorter guess would wake the held requests for nothing.
const MIN_WINDOW: Duration = Duration::from_secs(1);
/// Steady-rate waits from this long on are logged (shorter ones are every request's pace).
const LOG_STEADY_FROM: Duration = Duration::from_secs(1);

/// What the service said about the current window.
#[derive(Debug, Clone, Copy)]
struct Budget {
    limit: u64,
    /// Requests left in the window after every answered one (the lowest count announced);
    /// the requests still in flight are taken as not counted yet.
    remaining: u64,
    /// When the window ends.
    reset: Instant,
    /// Whether the service announced this window (`false`: a window assumed after the
    /// last announced one ended, as long as the longest window seen).
    announced: bool,
}

/// Why a request is held, for the `-v` log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// The budget is used up and nothing is in flight: the window's end.
    WindowEnd { announced: bool },
    /// The budget is used up as far as is known, with answers still to come.
    Answers(u64),
    /// A 429's pause.
    Paused,
    /// The steady rate's next slot.
    Steady,
}

#[derive(Debug, Default)]
struct State {
    /// The steady rate's next slot.
    next: Option<Instant>,
    /// A 429's pause: no request starts before this.
    paused_until: Option<Instant>,
    /// Requests started and not answered yet.
    in_flight: u64,
    budget: Option<Budget>,
    /// The longest time to a reset announced so far: the window's length, as far as known.
    window: Duration,
    /// The last hold logged, so that workers held together log it once.
    logged: Option<(Why, Instant)>,
}

/// What to do with a request that asks to start.
#[derive(Debug, Clone, Copy)]
enum Decision {
    /// Start at this time (now or later: the steady rate, a pause); its place is taken.
    Go(Instant),
    /// Ask again at this time, or when an answer or Ctrl-C changes things.
    Hold(Instant, Why),
}

impl State {
    fn decide(&mut self, now: Instant, interval: Option<Duration>) -> Decision {
        if let Some(b) = self.budget.as_mut() {
            if now >= b.reset {
                // A new window: the whole budget, until an answer tells more. It is assumed
                // to last as long as the longest window seen, from the last one's end.
                let window = self.window.clamp(MIN_WINDOW, MAX_RESET_WAIT);
                let end = b.reset + window;
                *b = Budget {
                    // A limit of 0 would hold the tier for ever: one request per window
                    // lets the service answer for itself (a 429 is retried, then reported).
                    remaining: b.limit.max(1),
                    reset: if end > now { end } else { now + window },
                    announced: false,
                    ..*b
                };
            }
            if self.in_flight >= b.remaining {
                // Used up, as far as is known: an answer still to come may tell more, else
                // the window's end renews it.
                let why = match self.in_flight {
                    0 => Why::WindowEnd {
                        announced: b.announced,
                    },
                    n => Why::Answers(n),
                };
                return Decision::Hold(b.reset, why);
            }
        }
        let mut start = self.paused_until.map_or(now, |p| p.max(now));
        // The steady rate applies until the service announces its budget.
        if let (Some(i), None) = (interval, self.budget) {
            start = self.next.map_or(start, |n| n.max(start));
            self.next = Some(start + i);
        }
        self.in_flight += 1;
        Decision::Go(start)
    }

    /// One request gave its place back; `counted`: the service counted it (or may have).
    fn release(&mut self, counted: bool) {
        self.in_flight = self.in_flight.saturating_sub(1);
        if counted && let Some(b) = self.budget.as_mut() {
            b.remaining = b.remaining.saturating_sub(1);
        }
    }

    fn observe(&mut self, now: Instant, limit: u64, remaining: u64, reset: Instant) {
        if reset <= now {
            // About a window that is already over: the request counted in some window.
            self.release(true);
            return;
        }
        self.in_flight = self.in_flight.saturating_sub(1);
        self.window = self.window.max(reset - now);
        let new = Budget {
            limit,
            remaining,
            reset,
            announced: true,
        };
        let same_window = |old: &Budget| {
            // Announced in whole seconds: the same window within a second.
            old.reset + Duration::from_secs(1) > reset && reset + Duration::from_secs(1) > old.reset
        };
        self.budget = Some(match self.budget {
            // An answer processed earlier than the one already seen tells nothing new.
            Some(old) if same_window(&old) && remaining > old.remaining => old,
            _ => new,
        });
    }
}

/// Receives the pacer's `-v` lines.
pub type PacerLog = Arc<dyn Fn(&str) + Send + Sync>;

/// One tier's schedule.
struct Lane {
    tier: Tier,
    /// The steady rate, requests per minute.
    per_minute: Option<u32>,
    /// Time between two requests (`None`: no steady pacing).
    interval: Option<Duration>,
    state: Mutex<State>,
    /// Told when a place is given back or a budget announced, and on Ctrl-C.
    changed: Notify,
}

impl Lane {
    fn new(tier: Tier, per_minute: Option<u32>) -> Lane {
        let per_minute = per_minute.filter(|n| *n > 0);
        Lane {
            tier,
            per_minute,
            interval: per_minute
                // 2% under the rate: a window boundary seen a little earlier by the service
                // (latency differs from request to request) must not cost a 429.
                .map(|n| Duration::from_secs(60) * 51 / 50 / n),
            state: Mutex::new(State::default()),
            changed: Notify::new(),
        }
    }

    /// The state; a panic elsewhere while it was held leaves it usable.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Gives a place back and wakes the requests held for one.
    fn release(&self, counted: bool) {
        self.lock().release(counted);
        self.changed.notify_waiters();
    }

    fn observe(&self, limit: u64, remaining: u64, reset: Instant) {
        self.lock().observe(Instant::now(), limit, remaining, reset);
        self.changed.notify_waiters();
    }

    fn pause(&self, d: Duration) {
        let mut st = self.lock();
        let now = Instant::now();
        let until = now.checked_add(d).unwrap_or(now);
        st.paused_until = Some(st.paused_until.map_or(until, |n| n.max(until)));
    }

    /// The `-v` line for a hold, when it is news.
    fn note(&self, st: &mut State, now: Instant, until: Instant, why: Why) -> Option<String> {
        let wait = until.saturating_duration_since(now);
        if wait.is_zero() || (why == Why::Steady && wait < LOG_STEADY_FROM) {
            return None;
        }
        if st.logged == Some((why, until)) {
            return None;
        }
        st.logged = Some((why, until));
        let tier = self.tier.number();
        let secs = wait.as_secs_f64();
        Some(match why {
            Why::WindowEnd { announced: true } => format!(
                "pacer: tier {tier} budget used up, waiting {secs:.1} s for the window to reset"
            ),
            Why::WindowEnd { announced: false } => format!(
                "pacer: tier {tier} budget used up, waiting {secs:.1} s for the window to reset (its end was not announced: assumed from the longest window seen)"
            ),
            Why::Answers(n) => format!(
                "pacer: tier {tier} budget used up, waiting for {n} request{} in flight to answer (at most {secs:.1} s, when the window resets)",
                if n == 1 { "" } else { "s" }
            ),
            Why::Paused => {
                format!("pacer: tier {tier} paused after a 429, waiting {secs:.1} s")
            }
            Why::Steady => format!(
                "pacer: tier {tier} paced at {} requests a minute, waiting {secs:.1} s",
                self.per_minute.unwrap_or_default()
            ),
        })
    }
}

/// Ctrl-C: the pacer was closed and starts no request any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closed;

/// The schedules of both tiers.
pub struct Pacer {
    read: Lane,
    write: Lane,
    closed: AtomicBool,
    /// Told on Ctrl-C (the retry pauses wait on it).
    stop: Notify,
    log: Option<PacerLog>,
}

impl Pacer {
    pub fn new(
        tier1_per_minute: Option<u32>,
        tier2_per_minute: Option<u32>,
        log: Option<PacerLog>,
    ) -> Pacer {
        Pacer {
            read: Lane::new(Tier::Read, tier1_per_minute),
            write: Lane::new(Tier::Write, tier2_per_minute),
            closed: AtomicBool::new(false),
            stop: Notify::new(),
            log,
        }
    }

    fn lane(&self, tier: Tier) -> &Lane {
        match tier {
            Tier::Read => &self.read,
            Tier::Write => &self.write,
        }
    }

    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// Waits for this tier's next place. `Err(Closed)` once [`Pacer::close`] was called.
    pub async fn wait(self: &Arc<Self>, tier: Tier) -> Result<Slot, Closed> {
        let lane = self.lane(tier);
        loop {
            // Registered before the state is read, so no change between the two is missed.
            let changed = lane.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if self.is_closed() {
                return Err(Closed);
            }
            let now = Instant::now();
            let (decision, note) = {
                let mut st = lane.lock();
                let decision = st.decide(now, lane.interval);
                let (t, why) = match decision {
                    // A start in the future waits for a 429's pause, or for the steady rate.
                    Decision::Go(t) if st.paused_until == Some(t) => (t, Why::Paused),
                    Decision::Go(t) => (t, Why::Steady),
                    Decision::Hold(t, why) => (t, why),
                };
                let note = lane.note(&mut st, now, t, why);
                (decision, note)
            };
            if let (Some(log), Some(line)) = (&self.log, note) {
                log(&line);
            }
            match decision {
                Decision::Go(start) => {
                    // The place is taken from here on: a drop gives it back.
                    let mut slot = Slot {
                        pacer: self.clone(),
                        tier,
                        sent: false,
                        done: false,
                    };
                    // Only sleep for a start in the future: tokio rounds a timer up to the
                    // next millisecond tick, so sleeping until "now" would cost up to 1 ms
                    // per request. (`>=` here only costs that time: no test with tokio's
                    // paused clock can see it, and a wall-clock test would be flaky.)
                    if start > now {
                        let stopped = self.stop.notified();
                        tokio::pin!(stopped);
                        stopped.as_mut().enable();
                        if !self.is_closed() {
                            tokio::select! {
                                _ = tokio::time::sleep_until(start) => {}
                                _ = stopped => {}
                            }
                        }
                    }
                    if self.is_closed() {
                        return Err(Closed);
                    }
                    slot.sent = true;
                    return Ok(slot);
                }
                Decision::Hold(until, _) => {
                    tokio::select! {
                        _ = tokio::time::sleep_until(until) => {}
                        _ = changed => {}
                    }
                }
            }
        }
    }

    /// Holds every request of this tier back for `d` (after a 429).
    pub fn pause(&self, tier: Tier, d: Duration) {
        self.lane(tier).pause(d);
    }

    /// Waits `d` (a retry's pause), or less if the pacer is closed meanwhile.
    pub async fn sleep(&self, d: Duration) {
        let stopped = self.stop.notified();
        tokio::pin!(stopped);
        stopped.as_mut().enable();
        if self.is_closed() {
            return;
        }
        tokio::select! {
            _ = tokio::time::sleep(d) => {}
            _ = stopped => {}
        }
    }

    /// Ctrl-C: ends every wait at once; no request starts any more (those in flight go on).
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        self.stop.notify_waiters();
        self.read.changed.notify_waiters();
        self.write.changed.notify_waiters();
    }
}

/// A started request's place in its tier. Tell it how the request ended; dropped without a
/// word (the request was cancelled), it gives the place back, counted as used: the request
/// may have reached the service.
pub struct Slot {
    pacer: Arc<Pacer>,
    tier: Tier,
    /// Whether the request was let go (a slot dropped while still waiting was not sent).
    sent: bool,
    done: bool,
}

impl Slot {
    /// The request was answered, with the `Ratelimit-*` headers when the answer had them:
    /// `(limit, remaining, reset)`.
    pub fn answered(&mut self, headers: Option<(u64, u64, Instant)>) {
        if std::mem::replace(&mut self.done, true) {
            return;
        }
        let lane = self.pacer.lane(self.tier);
        match headers {
            Some((limit, remaining, reset)) => lane.observe(limit, remaining, reset),
            // No count announced with this answer: take it as counted.
            None => lane.release(true),
        }
    }

    /// No answer came. `reached`: the request may have reached the service (a timeout, a
    /// connection closed mid-way), so it is counted; a refused connection is not.
    pub fn unanswered(&mut self, reached: bool) {
        if !std::mem::replace(&mut self.done, true) {
            self.pacer.lane(self.tier).release(reached);
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if !self.done {
            self.done = true;
            self.pacer.lane(self.tier).release(self.sent);
        }
    }
}

/// `Ratelimit-Reset` (seconds since the epoch, or seconds from now when small) as an instant.
pub fn reset_instant(value: u64, now: SystemTime) -> Instant {
    let now_secs = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    // Values below a year are delta-seconds (the draft standard's form).
    let wait = if value < 365 * 24 * 3600 {
        Duration::from_secs(value)
    } else {
        Duration::from_secs(value).saturating_sub(now_secs)
    };
    // A far-off reset (a server's mistake) is not waited for longer than this.
    let wait = wait.min(MAX_RESET_WAIT);
    let now = Instant::now();
    now.checked_add(wait + RESET_MARGIN).unwrap_or(now)
}

#[cfg(test)]
mod tests;
