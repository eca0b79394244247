//! Injected faults, decided per request from a hash of the seed and the request's number, so
//! the same seed and the same sequence of requests give the same faults.

use crate::Faults;
use crate::rng::{mix, unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Normal,
    Drop,
    Error500,
    Error503,
    Error429,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub outcome: Outcome,
    pub truncate: bool,
    pub delay_ms: u64,
}

pub fn plan(f: &Faults, seed: u64, n: u64) -> Plan {
    let h = |salt: u64| mix(mix(seed ^ 0xFA_17) ^ mix(n.wrapping_mul(8).wrapping_add(salt)));
    let u = unit(h(1));
    let outcome = if u < f.drop {
        Outcome::Drop
    } else if u < f.drop + f.error_500 {
        Outcome::Error500
    } else if u < f.drop + f.error_500 + f.error_503 {
        Outcome::Error503
    } else if u < f.drop + f.error_500 + f.error_503 + f.error_429 {
        Outcome::Error429
    } else {
        Outcome::Normal
    };
    let jitter = match f.jitter_ms {
        0 => 0,
        u64::MAX => h(3),
        j => h(3) % (j + 1),
    };
    Plan {
        outcome,
        truncate: f.truncate > 0.0 && unit(h(2)) < f.truncate,
        delay_ms: f.latency_ms.saturating_add(jitter),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_are_respected_and_deterministic() {
        let f = Faults {
            error_500: 0.2,
            error_503: 0.1,
            drop: 0.05,
            error_429: 0.1,
            truncate: 0.1,
            jitter_ms: 10,
            ..Faults::default()
        };
        let plans: Vec<Plan> = (0..10_000).map(|n| plan(&f, 42, n)).collect();
        let count = |o| plans.iter().filter(|p| p.outcome == o).count();
        assert!((1800..2200).contains(&count(Outcome::Error500)));
        assert!((850..1150).contains(&count(Outcome::Error503)));
        assert!((400..600).contains(&count(Outcome::Drop)));
        assert!((850..1150).contains(&count(Outcome::Error429)));
        assert!(plans.iter().all(|p| p.delay_ms <= 10));
        assert_eq!(
            plans,
            (0..10_000).map(|n| plan(&f, 42, n)).collect::<Vec<_>>()
        );
        assert_ne!(
            plans,
            (0..10_000).map(|n| plan(&f, 43, n)).collect::<Vec<_>>()
        );
        assert_eq!(plan(&Faults::default(), 1, 5).outcome, Outcome::Normal);
    }
}
