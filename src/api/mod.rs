//! A typed async client for the Qlik Cloud Items API.
//!
//! It never prints, knows no command-line types, and reads no files and no environment: it
//! is given a base URL, a key, and its retry, timeout, TLS and proxy settings
//! ([`ClientConfig`]). Requests are retried with exponential backoff and jitter on 429
//! (honouring `Retry-After`), 502/503/504 and connection failures. Paging links are followed by their path and query on the
//! configured server only, so the key never goes to another origin.

// Printing is the commands' job; this part returns values and writes where it is told.
#![deny(clippy::print_stdout, clippy::print_stderr)]

//!
//! Its parts: `client.rs` sends a request (the loop of attempts), `retry.rs` decides what a
//! failed attempt leads to and how long to wait, `failure.rs` reads what a request that got
//! no answer ran into, `urls.rs` builds the URLs and keeps links on the configured server,
//! `error.rs` is the typed error, `guard.rs` the checks against hostile input, `pacer/` the
//! client-side rate limit, `paging/` and `bulk.rs` listings and multi-id runs, `items.rs` the
//! endpoints and the contract's enums.

use std::sync::Arc;
use std::time::Duration;

use crate::limits::MAX_RESPONSE_BYTES;
use crate::secret::Secret;

pub mod bulk;
mod client;
mod error;
mod failure;
mod guard;
pub mod items;
mod oauth;
mod pacer;
pub mod paging;
mod retry;
#[cfg(test)]
mod tests;
mod urls;
mod users;

pub use client::Client;
pub use error::{Advice, ApiError, ErrorKind};
pub use guard::{HeaderRefusal, check_header, cut};
pub use oauth::{
    OAuthConfig, Token, TokenCache, now_secs as now_unix_secs, without_client_refused,
};
pub use urls::{PROXY_VARS, segment, with_query};
pub use users::{USERS_ME, User};

/// What the `-v` hook is told about each attempt. It never holds the key.
#[derive(Debug, Clone)]
pub struct LogEvent {
    pub method: String,
    pub url: String,
    /// `None` when no answer came (connection failure, timeout).
    pub status: Option<u16>,
    pub duration: Duration,
    pub trace_id: Option<String>,
    /// Why the attempt failed without a status, or the retry decision.
    pub note: Option<String>,
}

/// What the `-v` hook is told: each attempt, and why the pacer holds a request back.
#[derive(Debug, Clone, Copy)]
pub enum Log<'a> {
    Request(&'a LogEvent),
    /// One line, e.g. `pacer: tier 2 budget used up, waiting 4.2 s for the window to reset`.
    Pacer(&'a str),
}

/// Receives one [`Log::Request`] per attempt, and the pacer's [`Log::Pacer`] lines.
pub type Logger = Arc<dyn Fn(Log<'_>) + Send + Sync>;

/// Everything the client needs.
#[derive(Clone)]
pub struct ClientConfig {
    /// e.g. `https://tenant.eu.qlikcloud.com`.
    pub base_url: String,
    /// Where `base_url` came from, shown after it when no connection can be made, e.g.
    /// `profile "prod"` or `from --server`.
    pub origin: Option<String>,
    /// The hint for a 401 (the key was not accepted), naming where the key came from.
    pub auth_hint: Option<String>,
    /// The API key (unused when `oauth` is set).
    pub api_key: Secret,
    /// An OAuth client whose access tokens are sent instead of `api_key`.
    pub oauth: Option<OAuthConfig>,
    /// Overall time for one attempt.
    pub timeout: Duration,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Retries after the first attempt.
    pub retries: u32,
    /// First backoff delay; doubled for each retry, with jitter, up to `max_backoff`.
    pub backoff_base: Duration,
    pub max_backoff: Duration,
    /// Accept any certificate.
    pub insecure: bool,
    /// Extra trusted roots, PEM (a file's bytes).
    pub ca_certs_pem: Vec<Vec<u8>>,
    /// Extra headers for every request.
    pub headers: Vec<(String, String)>,
    /// Client-side pacing of reads (tier 1) and writes (tier 2), requests per minute.
    pub tier1_per_minute: Option<u32>,
    pub tier2_per_minute: Option<u32>,
    pub logger: Option<Logger>,
    /// The most bytes of one answer's body read, after decompression
    /// ([`MAX_RESPONSE_BYTES`] unless set). A larger answer is an error.
    pub max_response_bytes: usize,
    /// How the caller names the settings a message may point to.
    pub names: SettingNames,
    /// The [`PROXY_VARS`] set in the caller's environment, with their values: whether a
    /// plain-http server is reached through an https proxy (and so needs the trusted roots).
    /// The client reads no environment itself.
    pub proxy_env: Vec<(String, String)>,
}

/// The caller's names for settings of [`ClientConfig`], for the messages that point to them
/// (a flag, a variable); unnamed, a message leaves the pointer out.
#[derive(Debug, Clone, Default)]
pub struct SettingNames {
    /// The setting of `timeout`: `no answer within 60s from … (raise NAME)`.
    pub timeout: Option<String>,
    /// The setting of `max_response_bytes`: `… the most read of one answer (NAME); …`.
    pub max_response_bytes: Option<String>,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>, api_key: Secret) -> ClientConfig {
        ClientConfig {
            base_url: base_url.into(),
            origin: None,
            auth_hint: None,
            api_key,
            oauth: None,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retries: 3,
            backoff_base: Duration::from_millis(250),
            max_backoff: Duration::from_secs(20),
            insecure: false,
            ca_certs_pem: Vec::new(),
            headers: Vec::new(),
            tier1_per_minute: None,
            tier2_per_minute: None,
            logger: None,
            max_response_bytes: MAX_RESPONSE_BYTES,
            names: SettingNames::default(),
            proxy_env: Vec::new(),
        }
    }
}

/// An answer with a success status.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    pub trace_id: Option<String>,
    /// The `Location` header of a redirect the request accepted (see `Client::users_me`).
    pub location: Option<String>,
}

impl Response {
    /// The body as JSON.
    pub fn json(&self) -> Result<serde_json::Value, ApiError> {
        serde_json::from_slice(&self.body).map_err(|e| ApiError {
            trace_id: self.trace_id.clone(),
            status: Some(self.status),
            ..ApiError::other(if crate::limits::too_deep_json(&self.body) {
                crate::limits::too_deep()
            } else {
                format!("the service's answer is not valid JSON ({e})")
            })
        })
    }
}

/// The most bytes read of an error answer's body (status not 2xx): only its `title` and
/// `detail` are used, so a longer body is not read further and is treated as unreadable.
/// Real error bodies are a few hundred bytes; this is large enough that an oversized detail
/// (a megabyte, say) is still read, and shown cut, rather than dropped.
pub(super) const MAX_ERROR_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The longest `Retry-After` waited out; beyond it the request fails at once (exit 7).
pub const MAX_WAIT: Duration = Duration::from_secs(600);
