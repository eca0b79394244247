//! The exit code of a command run on several ids (`get`, `rm`): the per-id outcomes reduced
//! to one.

/// What a run on several ids comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunOutcome {
    /// Every id succeeded.
    Ok,
    /// Every id failed, all the same way: that failure's exit code.
    AllFailed(u8),
    /// Some ids failed (or all did, in different ways): the partial-failure code.
    Partial { failed: usize, total: usize },
}

/// Reduces the outcome of each id, `None` for a success and `Some(code)` for a failure with
/// its exit code, to the run's outcome.
pub fn reduce(outcomes: impl IntoIterator<Item = Option<u8>>) -> RunOutcome {
    let mut total = 0;
    let mut failed = 0;
    let mut first: Option<u8> = None;
    let mut same = true;
    for outcome in outcomes {
        total += 1;
        if let Some(code) = outcome {
            failed += 1;
            match first {
                None => first = Some(code),
                Some(f) => same &= f == code,
            }
        }
    }
    match first {
        None => RunOutcome::Ok,
        Some(code) if failed == total && same => RunOutcome::AllFailed(code),
        Some(_) => RunOutcome::Partial { failed, total },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{AUTH, NOT_FOUND, TRANSIENT};

    #[test]
    fn none_failed_is_ok() {
        assert_eq!(reduce([None, None, None]), RunOutcome::Ok);
        assert_eq!(reduce([None]), RunOutcome::Ok);
        assert_eq!(reduce(std::iter::empty()), RunOutcome::Ok);
    }

    #[test]
    fn every_id_failed_the_same_way_is_that_failure() {
        assert_eq!(reduce([Some(NOT_FOUND)]), RunOutcome::AllFailed(NOT_FOUND));
        assert_eq!(
            reduce([Some(AUTH), Some(AUTH), Some(AUTH)]),
            RunOutcome::AllFailed(AUTH)
        );
    }

    #[test]
    fn some_failed_or_all_in_different_ways_is_partial() {
        assert_eq!(
            reduce([None, Some(NOT_FOUND), None]),
            RunOutcome::Partial {
                failed: 1,
                total: 3
            }
        );
        assert_eq!(
            reduce([Some(NOT_FOUND), Some(TRANSIENT)]),
            RunOutcome::Partial {
                failed: 2,
                total: 2
            }
        );
        assert_eq!(
            reduce([Some(TRANSIENT), None]),
            RunOutcome::Partial {
                failed: 1,
                total: 2
            }
        );
    }
}
