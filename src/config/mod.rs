//! Profiles (`config.toml`, `credentials.toml`) and environment, resolved into one
//! [`Settings`] value by [`resolve`](fn@resolve). See [`resolve`](fn@resolve) for the
//! precedence rules.
//!
//! Files, in [`config_dir`] (`QLIK_CONFIG_DIR`, else the user config directory):
//!
//! ```toml
//! # config.toml
//! default_profile = "prod"
//!
//! [profiles.prod]
//! server = "https://tenant.eu.qlikcloud.com"
//! output = "table"            # optional: default output format
//! tier1_per_minute = 1000     # optional: client-side rate limits
//! tier2_per_minute = 100
//! insecure = false            # optional: skip TLS verification
//! ca_cert = "/etc/ssl/my-ca.pem"
//! allow_http = false          # optional: allow a plain http:// server that is not loopback
//! comment = "Production"      # optional: a note, shown by `qlik profile ls`
//! ```
//!
//! ```toml
//! # credentials.toml (mode 0600): each profile holds either an API key…
//! [profiles.prod]
//! api_key = "eyJhbGciOi..."
//!
//! # …or an OAuth client (machine-to-machine): its id, secret and scope
//! [profiles.ci]
//! client_id = "0123456789abcdef0123456789abcdef"
//! client_secret = "…"
//! scope = "user_default"      # optional; user_default when absent
//! ```
//!
//! The whole credential lives in `credentials.toml`, the client id and scope with the secret:
//! switching a profile between the two kinds rewrites one table of one file, and a
//! `config.toml` that is shared or kept in a repository names no identity.
//!
//! Reading uses `toml` (typed, with file:line errors); writing uses `toml_edit`, so the user's
//! comments and layout survive `qlik profile add|use|rm`. Writes are atomic (temporary file in the
//! same directory, fsync, rename).
//!
//! Every change is a read-modify-write of both files under an exclusive lock of [`LOCK_FILE`]
//! (`.lock` in the config directory, created with mode 0600) held from the read through both
//! writes ([`Store::open_for_update`]), so concurrent `qlik profile add|rm|use` never lose a
//! profile and the two files always agree. Readers take a shared lock when the lock file exists,
//! so they never see one file changed and the other not. A lock held by another process is
//! waited for with a bound: [`lock::DEFAULT_LOCK_TIMEOUT`], or `QLIK_CONFIG_LOCK_TIMEOUT`
//! seconds; then the command fails with [`ConfigError::Locked`] (exit 1), naming the lock file.
//!
//! Only regular files (or symlinks to them) are read: a FIFO, device or directory at
//! `config.toml`, `credentials.toml` or `.lock`, or a config directory that is not a directory,
//! is an error ([`ConfigError::NotRegular`], exit 1), never a hang. Each file is read up to
//! [`read::MAX_FILE_BYTES`].
//!
//! The parts, by concern (each uses only the ones above it, and the items here):
//!
//! - `error`: [`ConfigError`], its `hint:` line and exit code.
//! - `server_url`: what a server URL may be, and how it is normalised ([`parse_server`]).
//! - `atomic`: atomic writes (temporary file, fsync, rename, modes).
//! - `env`: the environment, and the config directory it names ([`config_dir`]).
//! - `lock`: the lock of the config directory and its timeout ([`lock_timeout`]).
//! - `read`: reading and parsing the two files.
//! - `store`: the TOML store ([`Store`]): reading, editing with comments kept, saving.
//! - `resolve`: the precedence of flags, environment and profiles ([`resolve`](fn@resolve)).

use std::path::PathBuf;

use serde::Deserialize;

use crate::secret::Secret;

mod atomic;
mod env;
mod error;
mod lock;
mod read;
mod resolve;
mod server_url;
mod store;

pub use atomic::write_atomic;
pub use env::config_dir;
pub use error::ConfigError;
pub use lock::lock_timeout;
pub use read::read_optional;
pub use resolve::{SETUP_HINT, check_scope, resolve};
pub use server_url::{SERVER_FORM, api_path_note, check_scheme, normalize_server, parse_server};
pub use store::Store;

/// File name of the profile settings inside [`config_dir`].
pub const CONFIG_FILE: &str = "config.toml";
/// File name of the API keys inside [`config_dir`].
pub const CREDENTIALS_FILE: &str = "credentials.toml";
/// File name of the lock serializing changes of the two files, inside [`config_dir`].
pub const LOCK_FILE: &str = ".lock";

/// Connection choices given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `-s/--server URL`
    pub server: Option<String>,
    /// `--profile NAME` / `--context NAME`
    pub profile: Option<String>,
}

/// Where the connection settings came from (for `-v` and error hints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The server came from `--server`.
    Flags,
    /// The server came from `QLIK_SERVER`.
    Env,
    /// Everything came from this profile (`--profile`, `QLIK_PROFILE` or `default_profile`).
    Profile(String),
}

/// The scope asked for when none is given (what `@qlik/api` asks for).
pub const DEFAULT_SCOPE: &str = "user_default";

/// An OAuth machine-to-machine client: its id, secret and the scope its tokens are asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthClient {
    pub client_id: String,
    pub client_secret: Secret,
    pub scope: String,
}

/// What a profile or the environment authenticates with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// An API key, sent as `Authorization: Bearer KEY`.
    ApiKey(Secret),
    /// An OAuth client, whose access tokens are sent as `Authorization: Bearer TOKEN`.
    OAuth(OAuthClient),
}

impl Credential {
    /// The API key, when this is one.
    pub fn key(&self) -> Option<&Secret> {
        match self {
            Credential::ApiKey(k) => Some(k),
            Credential::OAuth(_) => None,
        }
    }
    /// The kind, as `profile show` and `auth status` name it: `api-key` or `oauth-client`.
    pub fn kind(&self) -> &'static str {
        match self {
            Credential::ApiKey(_) => "api-key",
            Credential::OAuth(_) => "oauth-client",
        }
    }
}

/// Everything a command needs to talk to a tenant.
#[derive(Debug, Clone)]
#[allow(dead_code)] // part of the agreed interface; not every field has a reader yet
pub struct Settings {
    /// Base URL without a trailing slash, e.g. `https://tenant.eu.qlikcloud.com`.
    pub server: String,
    pub credential: Credential,
    pub source: Source,
    /// Default output format from `QLIK_OUTPUT` or the profile's `output` key (unvalidated).
    pub output: Option<String>,
    /// Client-side rate limits from the profile (`tier1_per_minute`, `tier2_per_minute`).
    pub tier1_per_minute: Option<u32>,
    pub tier2_per_minute: Option<u32>,
    /// Profile keys `insecure` and `ca_cert`.
    pub insecure: bool,
    pub ca_cert: Option<PathBuf>,
    /// The profile whose key and settings are used, if any (also set when `--server` or
    /// `QLIK_SERVER` matched a profile's server).
    pub profile: Option<String>,
    /// Notes for stderr about how the settings were read, e.g. a trailing `/api/v1` dropped
    /// from a server URL ([`parse_server`]).
    pub notes: Vec<String>,
    /// Whether the credential is the environment's (`QLIK_API_KEY`, or `QLIK_CLIENT_ID` +
    /// `QLIK_CLIENT_SECRET`); else it is `profile`'s.
    pub key_from_env: bool,
}

/// One profile of `config.toml` (its credential lives in `credentials.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub server: String,
    #[serde(default)]
    pub output: Option<String>,
    #[serde(default)]
    pub tier1_per_minute: Option<u32>,
    #[serde(default)]
    pub tier2_per_minute: Option<u32>,
    #[serde(default)]
    pub insecure: bool,
    #[serde(default)]
    pub ca_cert: Option<PathBuf>,
    #[serde(default)]
    pub allow_http: bool,
    /// A note of the user's (qlik-cli's `--comment`), shown by `profile ls` and `show`.
    #[serde(default)]
    pub comment: Option<String>,
}

/// Checks a profile's comment: one line of at most [`MAX_COMMENT_CHARS`] characters, no
/// control characters (it is shown in tables).
pub fn check_comment(comment: &str) -> Result<(), String> {
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(format!(
            "a comment has at most {MAX_COMMENT_CHARS} characters"
        ));
    }
    if comment.chars().any(char::is_control) {
        return Err("a comment is one line, without control characters".to_string());
    }
    Ok(())
}

/// The longest comment a profile keeps.
pub const MAX_COMMENT_CHARS: usize = 200;

/// Checks a profile name: 1 to 64 letters, digits, `-`, `_`, `.` or `@` (qlik-cli's
/// `me@tenant` style).
pub fn validate_profile_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.chars().count() > 64 {
        return Err("a profile name has 1 to 64 characters".to_string());
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '@')))
    {
        return Err(format!(
            "`{c}` is not allowed in a profile name (letters, digits, - _ . @)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
