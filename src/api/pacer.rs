//! Client-side pacing per rate tier: an optional steady rate (the profile's
//! `tier1_per_minute`/`tier2_per_minute`), and a pause of the whole tier after a 429 with
//! `Retry-After`, so concurrent requests do not keep hitting a limit the service announced.

use std::time::Duration;

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

/// One tier's schedule.
#[derive(Debug)]
struct Lane {
    /// Time between two requests (`None`: no pacing).
    interval: Option<Duration>,
    /// No request starts before this.
    next: Mutex<Option<Instant>>,
}

impl Lane {
    fn new(per_minute: Option<u32>) -> Lane {
        Lane {
            interval: per_minute
                .filter(|n| *n > 0)
                .map(|n| Duration::from_secs(60) / n),
            next: Mutex::new(None),
        }
    }

    async fn wait(&self) {
        let start = {
            let mut next = self.next.lock().await;
            let now = Instant::now();
            let start = next.map_or(now, |n| n.max(now));
            *next = Some(match self.interval {
                Some(i) => start + i,
                None => start,
            });
            start
        };
        tokio::time::sleep_until(start).await;
    }

    async fn pause(&self, d: Duration) {
        let mut next = self.next.lock().await;
        let now = Instant::now();
        let until = now.checked_add(d).unwrap_or(now);
        *next = Some(next.map_or(until, |n| n.max(until)));
    }
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
    pub async fn wait(&self, tier: Tier) {
        self.lane(tier).wait().await;
    }

    /// Holds every request of this tier back for `d` (after a 429).
    pub async fn pause(&self, tier: Tier, d: Duration) {
        self.lane(tier).pause(d).await;
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
        // 600/min = one every 100 ms: the fifth starts 400 ms after the first.
        assert_eq!(Instant::now() - t0, Duration::from_millis(400));
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
}
