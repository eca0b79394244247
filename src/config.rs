//! Profiles (`config.toml`, `credentials.toml`) and environment, resolved into one
//! [`Settings`] value by [`resolve`]. Precedence, highest first:
//! flags (`--server`, `--profile`/`--context`) > environment (`QLIK_SERVER` + `QLIK_API_KEY`,
//! `QLIK_PROFILE`) > the default profile.
//!
//! (Skeleton: the interface the commands use. Implementation to follow.)

#![allow(dead_code)]

use std::path::PathBuf;

use crate::secret::Secret;

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
    Flags,
    Env,
    Profile(String),
}

/// Everything a command needs to talk to a tenant.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Base URL without a trailing slash, e.g. `https://tenant.eu.qlikcloud.com`.
    pub server: String,
    pub api_key: Secret,
    pub source: Source,
    /// Default output format from `QLIK_OUTPUT` or the profile's `output` key (unvalidated).
    pub output: Option<String>,
    /// Client-side rate limits from the profile (`tier1_per_minute`, `tier2_per_minute`).
    pub tier1_per_minute: Option<u32>,
    pub tier2_per_minute: Option<u32>,
    /// Profile keys `insecure` and `ca_cert`.
    pub insecure: bool,
    pub ca_cert: Option<PathBuf>,
}

/// Why no settings could be made.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No flag, env or profile gives a server and key. Exit code 4.
    #[error("no credentials: {hint}")]
    NoCredentials { hint: String },
    /// `--profile`/`QLIK_PROFILE`/`default_profile` names a profile that does not exist. Exit 2.
    #[error("unknown profile `{0}`")]
    UnknownProfile(String),
    /// A config or credentials file could not be parsed (names the file and line). Exit 1.
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Reading or writing a file failed. Exit 1.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Reads environment variables; a closure so tests can give a fixed environment.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The directory holding `config.toml` and `credentials.toml`: `QLIK_CONFIG_DIR`, else the
/// user config directory from `directories` (e.g. `~/.config/qlik`).
pub fn config_dir(env: Env) -> Result<PathBuf, ConfigError> {
    if let Some(dir) = env("QLIK_CONFIG_DIR") {
        return Ok(PathBuf::from(dir));
    }
    Err(ConfigError::NoCredentials {
        hint: "not implemented yet".into(),
    })
}

/// Resolves flags, environment and profiles into [`Settings`], in the documented precedence.
pub fn resolve(overrides: &Overrides, env: Env) -> Result<Settings, ConfigError> {
    // Interim: the environment only, until profiles land.
    let server = overrides.server.clone().or_else(|| env("QLIK_SERVER"));
    match (server, env("QLIK_API_KEY")) {
        (Some(server), Some(key)) if !server.is_empty() && !key.is_empty() => Ok(Settings {
            server: server.trim_end_matches('/').to_string(),
            api_key: Secret::new(key),
            source: Source::Env,
            output: env("QLIK_OUTPUT"),
            tier1_per_minute: None,
            tier2_per_minute: None,
            insecure: false,
            ca_cert: None,
        }),
        _ => Err(ConfigError::NoCredentials {
            hint: "set QLIK_SERVER and QLIK_API_KEY".into(),
        }),
    }
}
