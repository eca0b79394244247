//! Per-key rate limits in two tiers, evaluated over a fixed window like Qlik Cloud's.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tier {
    /// GET.
    One,
    /// PUT, DELETE, PATCH.
    Two,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No limit for this tier.
    Off,
    Allowed {
        limit: u64,
        remaining: u64,
        reset_epoch_s: i64,
    },
    Limited {
        limit: u64,
        reset_epoch_s: i64,
        retry_after_s: u64,
    },
}

#[derive(Debug)]
struct Window {
    start_ms: i64,
    used: u64,
}

#[derive(Debug)]
pub struct RateLimiter {
    per_minute: [u32; 2],
    window_ms: i64,
    windows: HashMap<(String, Tier), Window>,
}

impl RateLimiter {
    pub fn new(tier1_per_minute: u32, tier2_per_minute: u32, window_secs: u64) -> RateLimiter {
        RateLimiter {
            per_minute: [tier1_per_minute, tier2_per_minute],
            // At most ten years: keeps every sum below in range.
            window_ms: window_secs.clamp(1, 315_360_000) as i64 * 1000,
            windows: HashMap::new(),
        }
    }

    /// Requests allowed per window: `per_minute * window_secs / 60`, at least 1.
    pub fn budget(&self, tier: Tier) -> u64 {
        let per_minute = self.per_minute[tier as usize] as u64;
        (per_minute.saturating_mul(self.window_ms as u64 / 1000) / 60).max(1)
    }

    /// Counts one request of `key` in `tier` at `now_ms`, or refuses it.
    pub fn check(&mut self, key: &str, tier: Tier, now_ms: i64) -> Verdict {
        if self.per_minute[tier as usize] == 0 {
            return Verdict::Off;
        }
        let limit = self.budget(tier);
        let window_ms = self.window_ms;
        let w = self
            .windows
            .entry((key.to_string(), tier))
            .or_insert(Window {
                start_ms: now_ms,
                used: 0,
            });
        if now_ms >= w.start_ms + window_ms || now_ms < w.start_ms {
            w.start_ms = now_ms;
            w.used = 0;
        }
        let end = w.start_ms + window_ms;
        let reset_epoch_s = (end + 999).div_euclid(1000);
        if w.used >= limit {
            let retry_after_s = ((end - now_ms + 999) / 1000).max(1) as u64;
            Verdict::Limited {
                limit,
                reset_epoch_s,
                retry_after_s,
            }
        } else {
            w.used += 1;
            Verdict::Allowed {
                limit,
                remaining: limit - w.used,
                reset_epoch_s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_budget_and_reset() {
        let mut rl = RateLimiter::new(2, 0, 60);
        assert_eq!(rl.check("k", Tier::Two, 0), Verdict::Off);
        assert!(matches!(
            rl.check("k", Tier::One, 0),
            Verdict::Allowed { remaining: 1, .. }
        ));
        assert!(matches!(
            rl.check("k", Tier::One, 1000),
            Verdict::Allowed { remaining: 0, .. }
        ));
        assert_eq!(
            rl.check("k", Tier::One, 30_500),
            Verdict::Limited {
                limit: 2,
                reset_epoch_s: 60,
                retry_after_s: 30
            }
        );
        assert!(matches!(
            rl.check("other", Tier::One, 30_500),
            Verdict::Allowed { .. }
        ));
        assert!(matches!(
            rl.check("k", Tier::One, 60_000),
            Verdict::Allowed { remaining: 1, .. }
        ));
    }

    #[test]
    fn extreme_settings_do_not_overflow() {
        let mut rl = RateLimiter::new(u32::MAX, u32::MAX, u64::MAX);
        assert!(matches!(
            rl.check("k", Tier::One, i64::MAX / 2),
            Verdict::Allowed { .. }
        ));
        let f = crate::Faults {
            latency_ms: u64::MAX,
            jitter_ms: u64::MAX,
            ..Default::default()
        };
        assert_eq!(crate::faults::plan(&f, 1, 1).delay_ms, u64::MAX);
    }

    #[test]
    fn budget_scales_with_window() {
        let rl = RateLimiter::new(1000, 100, 300);
        assert_eq!(rl.budget(Tier::One), 5000);
        assert_eq!(rl.budget(Tier::Two), 500);
    }
}
