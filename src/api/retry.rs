//! What a failed attempt leads to: the error for an error answer, whether another attempt
//! may cure it, and how long to wait first (the service's `Retry-After`, or exponential
//! backoff with jitter).

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;

use super::error::{self, Advice};
use super::pacer::Tier;
use super::{ApiError, Client, ErrorKind, MAX_WAIT};

/// What a failed attempt leads to.
pub(super) struct Failure {
    pub(super) err: ApiError,
    /// Whether another attempt may cure it.
    pub(super) retryable: bool,
    /// The wait the service asked for (`Retry-After` of a 429 or 503), instead of backoff.
    pub(super) wait: Option<Duration>,
}

impl Client {
    /// The failure for an answer with an error status: the error (the key masked in the
    /// server's text, should it echo it back), whether to retry it, and the wait asked for.
    /// A 429 with a `Retry-After` holds every request of its tier until then.
    pub(super) fn error_answer(
        &self,
        status: u16,
        body: &[u8],
        trace_id: Option<String>,
        retry_after: Option<Duration>,
        idempotent: bool,
        tier: Tier,
    ) -> Failure {
        let secret = match &self.config.oauth {
            Some(o) => o.client_secret.expose(),
            None => self.config.api_key.expose(),
        };
        let mut err = error::from_response(status, body, trace_id, secret);
        if status == 401 {
            err.advice = self
                .config
                .auth_hint
                .as_deref()
                .map(|words| Box::new(Advice::Given(words.into())));
        }
        // A wait longer than MAX_WAIT is not worth blocking a command for.
        let too_long = retry_after.is_some_and(|d| d > MAX_WAIT);
        if too_long
            && status == 429
            && let Some(d) = retry_after
        {
            err.advice = Some(Box::new(Advice::WaitTooLong {
                secs: u32::try_from(d.as_secs()).unwrap_or(u32::MAX),
            }));
        }
        let retryable =
            !too_long && (status == 429 || (idempotent && err.kind == ErrorKind::Transient));
        if status == 429
            && !too_long
            && let Some(d) = retry_after
        {
            // The service blocks the whole tier until then: hold every request.
            self.pacer.pause(tier, d);
        }
        Failure {
            err,
            retryable,
            wait: retry_after.filter(|_| status == 429 || status == 503),
        }
    }

    /// Exponential backoff with jitter: a random delay between half and all of
    /// `base * 2^attempt`, capped.
    pub(super) fn backoff(&self, attempt: u32) -> Duration {
        let full = self
            .config
            .backoff_base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.config.max_backoff);
        let half = full / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// `Ratelimit-Limit`, `Ratelimit-Remaining` and `Ratelimit-Reset`, when all three are sent.
pub(super) fn rate_headers(h: &HeaderMap) -> Option<(u64, u64, u64)> {
    let num = |name: &str| -> Option<u64> { h.get(name)?.to_str().ok()?.trim().parse().ok() };
    Some((
        num("ratelimit-limit")?,
        num("ratelimit-remaining")?,
        num("ratelimit-reset")?,
    ))
}

/// `Retry-After`: delay-seconds (integer, or decimal as some services send) or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = v.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e6)));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}
