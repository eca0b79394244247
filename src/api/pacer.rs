//! Client-side pacing per rate tier, shared by every request (and so by every worker of a
//! bulk run):
//! - an optional steady rate (`tier1_per_minute`/`tier2_per_minute`), used until the service
//!   announces its own budget;
//! - the service's `Ratelimit-Remaining`/`Ratelimit-Reset` headers once it sends them: no
//!   more requests start than the window has left, and the next window is awaited;
//! - a pause of the whole tier after a 429 with `Retry-After`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::Mutex;
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
}

/// Waking this long after the announced reset absorbs clock granularity.
const RESET_MARGIN: Duration = Duration::from_millis(50);
/// How often to look again when the window's budget is used up and its reset is unknown.
const POLL: Duration = Duration::from_millis(10);

/// What the service said about the current window.
#[derive(Debug, Clone, Copy)]
struct Budget {
    limit: u64,
    /// Requests left in the window after every answered one (the lowest count announced);
    /// the requests still in flight are taken as not counted yet.
    remaining: u64,
    /// When the window ends (`None`: a new window whose end is not known yet).
    reset: Option<Instant>,
}

#[derive(Debug, Default)]
struct State {
    /// The steady rate's next slot.
    next: Option<Instant>,
    /// A 429's pause: no request starts before this.
    paused_until: Option<Instant>,
    /// Requests started so far.
    started: u64,
    /// Requests started and not answered yet.
    in_flight: u64,
    budget: Option<Budget>,
}

/// One tier's schedule.
#[derive(Debug)]
struct Lane {
    /// Time between two requests (`None`: no steady pacing).
    interval: Option<Duration>,
    state: Mutex<State>,
}

/// A started request's number in its tier.
pub type Ticket = u64;

impl Lane {
    fn new(per_minute: Option<u32>) -> Lane {
        Lane {
            interval: per_minute
                .filter(|n| *n > 0)
                // 2% under the rate: a window boundary seen a little earlier by the service
                // (latency differs from request to request) must not cost a 429.
                .map(|n| Duration::from_secs(60) * 51 / 50 / n),
            state: Mutex::new(State::default()),
        }
    }

    async fn wait(&self) -> Ticket {
        loop {
            let (start, ticket) = {
                let mut st = self.state.lock().await;
                let now = Instant::now();
                let started = st.started;
                let in_flight = st.in_flight;
                let mut hold = None;
                if let Some(b) = st.budget.as_mut() {
                    if b.reset.is_some_and(|r| now >= r) {
                        // A new window: the whole budget, until an answer tells more.
                        *b = Budget {
                            remaining: b.limit,
                            reset: None,
                            ..*b
                        };
                    }
                    if in_flight >= b.remaining {
                        // Used up, as far as is known: answers still to come tell more.
                        hold = Some(match b.reset {
                            Some(r) if in_flight == 0 => r,
                            _ => now + POLL,
                        });
                    }
                }
                match hold {
                    Some(until) => (until, None),
                    None => {
                        let mut start = st.paused_until.map_or(now, |p| p.max(now));
                        // The steady rate applies until the service announces its budget.
                        if let (Some(i), None) = (self.interval, st.budget) {
                            start = st.next.map_or(start, |n| n.max(start));
                            st.next = Some(start + i);
                        }
                        st.started += 1;
                        st.in_flight += 1;
                        (start, Some(started))
                    }
                }
            };
            // Only sleep for a start in the future: tokio rounds a timer up to the next
            // millisecond tick, so sleeping until "now" would cost up to 1 ms per request.
            if start > Instant::now() {
                tokio::time::sleep_until(start).await;
            }
            if let Some(t) = ticket {
                return t;
            }
        }
    }

    async fn pause(&self, d: Duration) {
        let mut st = self.state.lock().await;
        let now = Instant::now();
        let until = now.checked_add(d).unwrap_or(now);
        st.paused_until = Some(st.paused_until.map_or(until, |n| n.max(until)));
    }

    async fn observe(&self, limit: u64, remaining: u64, reset: Instant) {
        let mut st = self.state.lock().await;
        st.in_flight = st.in_flight.saturating_sub(1);
        let now = Instant::now();
        if reset <= now {
            // About a window that is already over.
            return;
        }
        let new = Budget {
            limit,
            remaining,
            reset: Some(reset),
        };
        let same_window = |old: &Budget| {
            old.reset.is_some_and(|r| {
                // Announced in whole seconds: the same window within a second.
                r + Duration::from_secs(1) > reset && reset + Duration::from_secs(1) > r
            })
        };
        st.budget = Some(match st.budget {
            // An answer processed earlier than the one already seen tells nothing new.
            Some(old) if same_window(&old) && remaining > old.remaining => old,
            _ => new,
        });
    }

    async fn finish(&self) {
        let mut st = self.state.lock().await;
        st.in_flight = st.in_flight.saturating_sub(1);
        // No count announced with this answer: take it as counted.
        if let Some(b) = st.budget.as_mut() {
            b.remaining = b.remaining.saturating_sub(1);
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
    let wait = wait.min(Duration::from_secs(600));
    let now = Instant::now();
    now.checked_add(wait + RESET_MARGIN).unwrap_or(now)
}

/// The schedules of both tiers.
#[derive(Debug)]
pub struct Pacer {
    read: Lane,
    write: Lane,
}

impl Pacer {
    pub fn new(tier1_per_minute: Option<u32>, tier2_per_minute: Option<u32>) -> Pacer {
        Pacer {
            read: Lane::new(tier1_per_minute),
            write: Lane::new(tier2_per_minute),
        }
    }

    fn lane(&self, tier: Tier) -> &Lane {
        match tier {
            Tier::Read => &self.read,
            Tier::Write => &self.write,
        }
    }

    /// Waits for this tier's next slot.
    pub async fn wait(&self, tier: Tier) -> Ticket {
        self.lane(tier).wait().await
    }

    /// Holds every request of this tier back for `d` (after a 429).
    pub async fn pause(&self, tier: Tier, d: Duration) {
        self.lane(tier).pause(d).await;
    }

    /// Takes in the `Ratelimit-*` headers of the answer to request `ticket`.
    /// One request of this tier was answered with these `Ratelimit-*` headers.
    pub async fn observe(&self, tier: Tier, limit: u64, remaining: u64, reset: Instant) {
        self.lane(tier).observe(limit, remaining, reset).await;
    }

    /// One request of this tier was answered without `Ratelimit-*` headers, or not at all.
    pub async fn finish(&self, tier: Tier) {
        self.lane(tier).finish().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn paces_at_the_configured_rate() {
        let p = Pacer::new(Some(600), None);
        let t0 = Instant::now();
        for _ in 0..5 {
            p.wait(Tier::Read).await;
        }
        // 600/min, less 2% = one every 102 ms: the fifth starts 408 ms after the first.
        assert_eq!(Instant::now() - t0, Duration::from_millis(408));
        // Writes are not paced here.
        let t1 = Instant::now();
        for _ in 0..5 {
            p.wait(Tier::Write).await;
        }
        assert_eq!(Instant::now(), t1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_the_whole_tier() {
        let p = Pacer::new(None, None);
        p.pause(Tier::Read, Duration::from_secs(3)).await;
        let t0 = Instant::now();
        p.wait(Tier::Read).await;
        assert_eq!(Instant::now() - t0, Duration::from_secs(3));
        p.wait(Tier::Write).await;
        assert_eq!(Instant::now() - t0, Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn announced_budgets_are_followed() {
        // A steady 60/min is configured, but the service's headers take over.
        let p = Pacer::new(None, Some(60));
        let t0 = Instant::now();
        p.wait(Tier::Write).await;
        p.observe(Tier::Write, 3, 2, t0 + Duration::from_secs(10))
            .await;
        // Two left in the window: they start at once.
        for _ in 0..2 {
            p.wait(Tier::Write).await;
            p.finish(Tier::Write).await;
        }
        assert_eq!(Instant::now(), t0);
        // The fourth waits for the window's end.
        p.wait(Tier::Write).await;
        assert_eq!(Instant::now() - t0, Duration::from_secs(10));
        // A new window of 3: two more start at once, the next waits for an answer.
        p.wait(Tier::Write).await;
        p.wait(Tier::Write).await;
        assert_eq!(Instant::now() - t0, Duration::from_secs(10));
        let held = tokio::time::timeout(Duration::from_secs(1), p.wait(Tier::Write)).await;
        assert!(
            held.is_err(),
            "a fourth request in a window of three started"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn answers_in_flight_are_awaited_before_the_window_end() {
        let p = Pacer::new(None, None);
        let t0 = Instant::now();
        let end = t0 + Duration::from_secs(5);
        // Three in flight; the first answer says 2 left: the other two may be counted or not.
        for _ in 0..3 {
            p.wait(Tier::Read).await;
        }
        p.observe(Tier::Read, 10, 2, end).await;
        // Taken as uncounted: nothing more starts while they are in flight...
        let held = tokio::time::timeout(Duration::from_millis(100), p.wait(Tier::Read)).await;
        assert!(held.is_err());
        // ...and when they answer (both counted already: still 2 left), two more start now.
        p.observe(Tier::Read, 10, 2, end).await;
        // An older answer (3 left) changes nothing.
        p.observe(Tier::Read, 10, 3, end).await;
        let before = Instant::now();
        for _ in 0..2 {
            p.wait(Tier::Read).await;
            p.finish(Tier::Read).await;
        }
        assert_eq!(Instant::now(), before);
        // The next waits for the window's end.
        p.wait(Tier::Read).await;
        assert_eq!(Instant::now(), end);
    }

    #[test]
    fn reset_forms() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let before = Instant::now();
        let a = reset_instant(1_700_000_010, now);
        let b = reset_instant(10, now);
        // Nonsense values neither overflow nor wait for ever.
        let far = reset_instant(u64::MAX, now);
        assert!(far - before <= Duration::from_secs(601));
        for i in [a, b] {
            let d = i - before;
            assert!(
                d >= Duration::from_secs(10) && d < Duration::from_secs(11),
                "{d:?}"
            );
        }
    }
}
