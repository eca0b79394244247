//! Profiles (`config.toml`, `credentials.toml`) and environment, resolved into one
//! [`Settings`] value by [`resolve`]. See [`resolve`] for the precedence rules.
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
//! ```
//!
//! ```toml
//! # credentials.toml (mode 0600)
//! [profiles.prod]
//! api_key = "eyJhbGciOi..."
//! ```
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

use std::path::PathBuf;

use serde::Deserialize;

use crate::secret::Secret;

mod atomic;
mod env;
mod error;
mod lock;
mod read;
mod server_url;
mod store;

pub use env::{Env, config_dir};
use env::{non_empty, truthy};
pub use error::ConfigError;
pub use lock::lock_timeout;
use server_url::profile_path_note;
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

/// Everything a command needs to talk to a tenant.
#[derive(Debug, Clone)]
#[allow(dead_code)] // part of the agreed interface; not every field has a reader yet
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
    /// The profile whose key and settings are used, if any (also set when `--server` or
    /// `QLIK_SERVER` matched a profile's server).
    pub profile: Option<String>,
    /// Notes for stderr about how the settings were read, e.g. a trailing `/api/v1` dropped
    /// from a server URL ([`parse_server`]).
    pub notes: Vec<String>,
    /// Whether the key is `QLIK_API_KEY`'s (else it is `profile`'s).
    pub key_from_env: bool,
}

/// The hint printed when nothing says which tenant to talk to.
pub const SETUP_HINT: &str = "set QLIK_SERVER and QLIK_API_KEY (as a CI job does), or save a \
profile with `qlik profile add NAME --server https://TENANT.REGION.qlikcloud.com` (it asks for \
the API key, or reads it from stdin with --api-key-stdin)";

/// Resolves flags, environment and profiles into [`Settings`]. This is the one place the
/// precedence lives; the README's "Profiles and environment" section mirrors it.
///
/// Highest first: flags (`--server`, `--profile`/`--context`) > environment (`QLIK_SERVER` +
/// `QLIK_API_KEY`, `QLIK_PROFILE`) > the default profile (`default_profile` in `config.toml`).
///
/// | given | server | API key | other profile settings |
/// |---|---|---|---|
/// | `--server U --profile P` | U | P's | P's |
/// | `--server U` | U | `QLIK_API_KEY`, else the key of a profile whose server is U | that profile's, if one matches |
/// | `--profile P` | P's | P's (env ignored) | P's |
/// | `QLIK_SERVER=U` | U | `QLIK_API_KEY`, else the key of a profile whose server is U | that profile's, if one matches |
/// | `QLIK_PROFILE=P` | P's | P's | P's |
/// | `default_profile = "P"` | P's | P's | P's |
/// | nothing | error [`ConfigError::NoCredentials`] (exit 4) with set-up instructions | | |
///
/// Further rules:
/// - When a server is matched against profiles, `QLIK_PROFILE`'s profile is preferred, then the
///   default profile, then the others by name. Servers match after normalisation (scheme added,
///   trailing slash dropped, scheme and host compared case-insensitively).
/// - `QLIK_API_KEY` is only ever sent to a server named by `--server` or `QLIK_SERVER`: set
///   without either, while a profile would be used, it is an error ([`ConfigError::Conflict`])
///   rather than a key silently sent to the profile's tenant.
/// - A profile's key is never sent to another server unless `--profile P` is given with
///   `--server U` on the same command line (qlik-cli's habit: the flag replaces the server).
/// - `QLIK_OUTPUT` beats the profile's `output` for [`Settings::output`].
/// - Plain `http://` is refused unless the host is loopback (`127.0.0.0/8`, `::1`, `localhost`),
///   or the profile has `allow_http = true`, or `QLIK_ALLOW_HTTP=1`.
/// - Empty environment variables count as unset. Missing files count as empty, so a CI job with
///   `QLIK_SERVER` and `QLIK_API_KEY` needs no config directory at all.
pub fn resolve(overrides: &Overrides, env: Env) -> Result<Settings, ConfigError> {
    let env_server = non_empty(env, "QLIK_SERVER");
    let env_key = non_empty(env, "QLIK_API_KEY").map(|k| Secret::new(k.trim()));
    let env_profile = non_empty(env, "QLIK_PROFILE");
    let env_output = non_empty(env, "QLIK_OUTPUT");
    let env_allow_http = truthy(env("QLIK_ALLOW_HTTP"));

    let mut store: Option<Store> = None;
    let mut load = || -> Result<Store, ConfigError> {
        match &store {
            Some(s) => Ok(s.clone()),
            None => {
                let s = Store::read(&config_dir(env)?, lock_timeout(env)?)?;
                store = Some(s.clone());
                Ok(s)
            }
        }
    };

    let mut notes = Vec::new();
    // A server URL as it comes in; the note says where from, should /api/v1 be dropped.
    let mut entry = |raw: &str, note: &dyn Fn(&str) -> String| -> Result<String, ConfigError> {
        let (server, stripped) = parse_server(raw)?;
        if stripped {
            notes.push(note(&server));
        }
        Ok(server)
    };
    let (server, source, key, profile): (
        String,
        Source,
        Option<Secret>,
        Option<(String, Profile)>,
    ) = if let Some(server) = &overrides.server {
        let server = entry(server, &|s| api_path_note("--server", s))?;
        if let Some(name) = &overrides.profile {
            let store = load()?;
            let profile = store.require(name)?.clone();
            (server, Source::Flags, None, Some((name.clone(), profile)))
        } else {
            let store = load_tolerant(&mut load)?;
            let matched = store.as_ref().and_then(|s| {
                s.find_by_server(&server, env_profile.as_deref())
                    .map(|(n, p)| (n.to_string(), p.clone()))
            });
            (server, Source::Flags, env_key.clone(), matched)
        }
    } else if let Some(name) = &overrides.profile {
        let store = load()?;
        let profile = store.require(name)?.clone();
        let server = entry(&profile.server, &|s| profile_path_note(name, s))?;
        (
            server,
            Source::Profile(name.clone()),
            None,
            Some((name.clone(), profile)),
        )
    } else if let Some(server) = &env_server {
        let server = entry(server, &|s| api_path_note("QLIK_SERVER", s))?;
        let store = load_tolerant(&mut load)?;
        let matched = store.as_ref().and_then(|s| {
            s.find_by_server(&server, env_profile.as_deref())
                .map(|(n, p)| (n.to_string(), p.clone()))
        });
        (server, Source::Env, env_key.clone(), matched)
    } else {
        let store = load()?;
        let name = match (&env_profile, store.default_profile()) {
            (Some(name), _) => name.clone(),
            (None, Some(name)) => name.to_string(),
            (None, None) => {
                let hint = if env_key.is_some() {
                    format!("QLIK_API_KEY is set but QLIK_SERVER is not: {SETUP_HINT}")
                } else if store.profile_names().next().is_some() {
                    "no default profile: choose one with `qlik profile use NAME`, or pass \
                         --profile NAME, or set QLIK_PROFILE"
                        .to_string()
                } else {
                    SETUP_HINT.to_string()
                };
                return Err(ConfigError::NoCredentials { hint });
            }
        };
        let profile = store.require(&name)?.clone();
        if env_key.is_some() {
            return Err(ConfigError::Conflict(format!(
                "QLIK_API_KEY is set but QLIK_SERVER is not; set QLIK_SERVER too, or unset \
                     QLIK_API_KEY to use profile `{name}`"
            )));
        }
        let server = entry(&profile.server, &|s| profile_path_note(&name, s))?;
        (
            server,
            Source::Profile(name.clone()),
            None,
            Some((name, profile)),
        )
    };

    let key_from_env = key.is_some();
    let key = match key {
        Some(key) => key,
        None => match &profile {
            Some((name, _)) => load()?
                .api_key(name)
                .ok_or_else(|| ConfigError::NoCredentials {
                    hint: format!(
                        "profile `{name}` has no API key in {}; save one with `qlik profile \
                         update {} --ask-api-key` (or --api-key-stdin)",
                        config_dir(env)
                            .map(|d| d.join(CREDENTIALS_FILE).display().to_string())
                            .unwrap_or_else(|_| CREDENTIALS_FILE.to_string()),
                        crate::shell::quote(name),
                    ),
                })?,
            None => {
                let var = if source == Source::Env {
                    "QLIK_SERVER is set but QLIK_API_KEY is not"
                } else {
                    "--server is given but QLIK_API_KEY is not set"
                };
                return Err(ConfigError::NoCredentials {
                    hint: format!(
                        "{var}, and no profile has server {server}: set QLIK_API_KEY, or save a \
                         profile with `qlik profile add NAME --server {}`",
                        crate::shell::quote(&server)
                    ),
                });
            }
        },
    };

    let p = profile.as_ref().map(|(_, p)| p);
    let allow_http = env_allow_http || p.is_some_and(|p| p.allow_http);
    check_scheme(&server, allow_http)?;

    Ok(Settings {
        output: env_output.or_else(|| p.and_then(|p| p.output.clone())),
        tier1_per_minute: p.and_then(|p| p.tier1_per_minute),
        tier2_per_minute: p.and_then(|p| p.tier2_per_minute),
        insecure: p.is_some_and(|p| p.insecure),
        ca_cert: p.and_then(|p| p.ca_cert.clone()),
        profile: profile.map(|(name, _)| name),
        server,
        api_key: key,
        source,
        notes,
        key_from_env,
    })
}

/// Loads the store for matching a server against profiles; an unknown config directory is not
/// an error there, since the environment may be all a CI job has.
fn load_tolerant(
    load: &mut dyn FnMut() -> Result<Store, ConfigError>,
) -> Result<Option<Store>, ConfigError> {
    match load() {
        Ok(store) => Ok(Some(store)),
        Err(ConfigError::NoConfigDir) => Ok(None),
        Err(e) => Err(e),
    }
}

/// One profile of `config.toml` (the API key lives in `credentials.toml`).
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
}

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
