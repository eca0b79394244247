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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use crate::secret::Secret;

mod atomic;
mod env;
mod error;
mod lock;
mod read;
mod server_url;

use atomic::{create_private_dir, write_atomic};
pub use env::{Env, config_dir};
use env::{non_empty, truthy};
pub use error::ConfigError;
#[cfg(test)]
use lock::DEFAULT_LOCK_TIMEOUT;
pub use lock::{DirLock, lock_timeout};
use read::{check_dir, parse_file, read_optional, warn_if_readable_by_others};
use server_url::profile_path_note;
pub use server_url::{SERVER_FORM, api_path_note, check_scheme, normalize_server, parse_server};

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

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialsFile {
    #[serde(default)]
    profiles: BTreeMap<String, CredentialEntry>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialEntry {
    api_key: String,
}

impl std::fmt::Debug for CredentialEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CredentialEntry(****)")
    }
}

/// Both files of a config directory, as read, plus their editable documents.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    config: ConfigFile,
    credentials: CredentialsFile,
    config_doc: toml_edit::DocumentMut,
    credentials_doc: toml_edit::DocumentMut,
    config_dirty: bool,
    credentials_dirty: bool,
    /// The exclusive lock of the directory, held from the read until the store is dropped
    /// ([`Store::open_for_update`]); `None` for a store opened only to read.
    lock: Option<Arc<DirLock>>,
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

impl Store {
    /// Reads `config.toml` and `credentials.toml` from `dir` to look at them (missing files are
    /// empty), under a shared lock waited for up to [`DEFAULT_LOCK_TIMEOUT`]. See
    /// [`Store::read`].
    #[cfg(test)]
    pub fn open(dir: &Path) -> Result<Store, ConfigError> {
        Store::read(dir, DEFAULT_LOCK_TIMEOUT)
    }

    /// Reads both files to look at them, under a shared lock (when the lock file exists) waited
    /// for up to `timeout`, so that a concurrent change is seen whole or not at all. The store
    /// cannot be saved: changes go through [`Store::open_for_update`].
    pub fn read(dir: &Path, timeout: Duration) -> Result<Store, ConfigError> {
        check_dir(dir)?;
        let _shared = DirLock::acquire(dir, false, timeout)?;
        Store::read_files(dir)
    }

    /// Locks the directory exclusively (creating it, mode 0700, and the lock file when missing),
    /// waiting up to `timeout` for another process to finish, then reads both files. The lock
    /// is held until the store is dropped, so that everything read, changed and saved in
    /// between is one step no other `qlik` interleaves with.
    pub fn open_for_update(dir: &Path, timeout: Duration) -> Result<Store, ConfigError> {
        check_dir(dir)?;
        create_private_dir(dir).map_err(|source| ConfigError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let lock = DirLock::acquire(dir, true, timeout)?;
        let mut store = Store::read_files(dir)?;
        store.lock = lock.map(Arc::new);
        Ok(store)
    }

    fn read_files(dir: &Path) -> Result<Store, ConfigError> {
        let config_path = dir.join(CONFIG_FILE);
        let credentials_path = dir.join(CREDENTIALS_FILE);
        let (config, config_doc) =
            parse_file::<ConfigFile>(&config_path, read_optional(&config_path)?)?;
        let credentials_bytes = read_optional(&credentials_path)?;
        if credentials_bytes.is_some() {
            warn_if_readable_by_others(&credentials_path);
        }
        let (credentials, credentials_doc) =
            parse_file::<CredentialsFile>(&credentials_path, credentials_bytes)?;
        Ok(Store {
            dir: dir.to_path_buf(),
            config,
            credentials,
            config_doc,
            credentials_doc,
            config_dirty: false,
            credentials_dirty: false,
            lock: None,
        })
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    pub fn credentials_path(&self) -> PathBuf {
        self.dir.join(CREDENTIALS_FILE)
    }

    /// Profile names, sorted.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.config.profiles.keys().map(String::as_str)
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.config.profiles.get(name)
    }

    /// The profile, or [`ConfigError::UnknownProfile`].
    pub fn require(&self, name: &str) -> Result<&Profile, ConfigError> {
        self.profile(name)
            .ok_or_else(|| ConfigError::UnknownProfile(name.to_string()))
    }

    pub fn default_profile(&self) -> Option<&str> {
        self.config.default_profile.as_deref()
    }

    pub fn api_key(&self, name: &str) -> Option<Secret> {
        self.credentials
            .profiles
            .get(name)
            .map(|c| c.api_key.trim())
            .filter(|k| !k.is_empty())
            .map(Secret::new)
    }

    /// The profile whose server is `server` (normalised): `preferred` first, then the default
    /// profile, then the others by name.
    pub fn find_by_server(
        &self,
        server: &str,
        preferred: Option<&str>,
    ) -> Option<(&str, &Profile)> {
        let matches = |name: &str| {
            self.config
                .profiles
                .get_key_value(name)
                .filter(|(_, p)| normalize_server(&p.server).is_ok_and(|s| s == server))
                .map(|(n, p)| (n.as_str(), p))
        };
        preferred
            .and_then(matches)
            .or_else(|| self.default_profile().and_then(matches))
            .or_else(|| self.profile_names().find_map(matches))
    }

    /// Adds or replaces a profile, and its key when given. Keys of the profile's table that
    /// this program does not set are left as they are; comments elsewhere are kept.
    pub fn upsert(
        &mut self,
        name: &str,
        profile: &Profile,
        api_key: Option<&Secret>,
    ) -> Result<(), ConfigError> {
        let path = self.config_path();
        let table = profile_table(&mut self.config_doc, name, &path)?;
        set_value(table, "server", profile.server.as_str().into());
        set_opt(table, "output", profile.output.as_deref().map(Into::into));
        set_opt(
            table,
            "tier1_per_minute",
            profile.tier1_per_minute.map(|v| i64::from(v).into()),
        );
        set_opt(
            table,
            "tier2_per_minute",
            profile.tier2_per_minute.map(|v| i64::from(v).into()),
        );
        set_opt(table, "insecure", profile.insecure.then(|| true.into()));
        set_opt(
            table,
            "ca_cert",
            profile
                .ca_cert
                .as_ref()
                .map(|p| p.to_string_lossy().as_ref().into()),
        );
        set_opt(table, "allow_http", profile.allow_http.then(|| true.into()));
        self.config
            .profiles
            .insert(name.to_string(), profile.clone());
        self.config_dirty = true;

        if let Some(key) = api_key {
            let path = self.credentials_path();
            let table = profile_table(&mut self.credentials_doc, name, &path)?;
            set_value(table, "api_key", key.expose().into());
            self.credentials.profiles.insert(
                name.to_string(),
                CredentialEntry {
                    api_key: key.expose().to_string(),
                },
            );
            self.credentials_dirty = true;
        }
        Ok(())
    }

    /// Removes a profile and its key; clears `default_profile` when it named it. Returns
    /// whether the profile existed.
    pub fn remove(&mut self, name: &str) -> bool {
        let existed = self.config.profiles.remove(name).is_some();
        if remove_profile_table(&mut self.config_doc, name) || existed {
            self.config_dirty = true;
        }
        let had_key = self.credentials.profiles.remove(name).is_some();
        if remove_profile_table(&mut self.credentials_doc, name) || had_key {
            self.credentials_dirty = true;
        }
        if self.default_profile() == Some(name) {
            self.set_default(None);
        }
        existed
    }

    /// Sets or clears `default_profile`.
    pub fn set_default(&mut self, name: Option<&str>) {
        match name {
            Some(name) => set_value(
                self.config_doc.as_table_mut(),
                "default_profile",
                toml_edit::Value::from(name),
            ),
            None => {
                self.config_doc.remove("default_profile");
            }
        }
        self.config.default_profile = name.map(str::to_string);
        self.config_dirty = true;
    }

    /// Writes the files that changed, atomically; `credentials.toml` (mode 0600) first, so that
    /// a crash in between leaves at worst a key without its profile, never a profile whose key
    /// is gone. Only a store from [`Store::open_for_update`] (holding the lock) can be saved.
    pub fn save(&mut self) -> Result<(), ConfigError> {
        if !self.config_dirty && !self.credentials_dirty {
            return Ok(());
        }
        if self.lock.is_none() {
            return Err(ConfigError::Io {
                path: self.dir.join(LOCK_FILE),
                source: std::io::Error::other(
                    "the profiles were changed without holding the lock; nothing was written",
                ),
            });
        }
        if self.credentials_dirty {
            write_atomic(
                &self.credentials_path(),
                self.credentials_doc.to_string().as_bytes(),
                0o600,
            )?;
            self.credentials_dirty = false;
        }
        if self.config_dirty {
            write_atomic(
                &self.config_path(),
                self.config_doc.to_string().as_bytes(),
                0o644,
            )?;
            self.config_dirty = false;
        }
        Ok(())
    }
}

/// Sets `key` to `value`, keeping the comments and spacing around an existing value.
fn set_value(table: &mut dyn toml_edit::TableLike, key: &str, value: toml_edit::Value) {
    if let Some(toml_edit::Item::Value(old)) = table.get_mut(key) {
        let decor = old.decor().clone();
        *old = value;
        *old.decor_mut() = decor;
    } else {
        table.insert(key, toml_edit::Item::Value(value));
    }
}

fn set_opt(table: &mut dyn toml_edit::TableLike, key: &str, value: Option<toml_edit::Value>) {
    match value {
        Some(v) => set_value(table, key, v),
        None => {
            table.remove(key);
        }
    }
}

/// `[profiles.NAME]` of a document, created when missing.
fn profile_table<'a>(
    doc: &'a mut toml_edit::DocumentMut,
    name: &str,
    path: &Path,
) -> Result<&'a mut dyn toml_edit::TableLike, ConfigError> {
    let not_table = |what: &str| ConfigError::Invalid {
        path: path.to_path_buf(),
        line: 1,
        message: format!("{what} is not a table"),
    };
    let profiles = doc.entry("profiles").or_insert_with(|| {
        let mut t = toml_edit::Table::new();
        t.set_implicit(true);
        toml_edit::Item::Table(t)
    });
    let profiles = profiles
        .as_table_like_mut()
        .ok_or_else(|| not_table("`profiles`"))?;
    let entry = profiles
        .entry(name)
        .or_insert(toml_edit::Item::Table(toml_edit::Table::new()));
    entry
        .as_table_like_mut()
        .ok_or_else(|| not_table(&format!("`profiles.{name}`")))
}

fn remove_profile_table(doc: &mut toml_edit::DocumentMut, name: &str) -> bool {
    doc.get_mut("profiles")
        .and_then(|p| p.as_table_like_mut())
        .and_then(|p| p.remove(name))
        .is_some()
}

#[cfg(test)]
mod tests;
