//! The TOML store: `config.toml` and `credentials.toml` of a config directory, read under the
//! directory's lock, changed with `toml_edit` so that the user's comments and layout survive,
//! and saved atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use super::atomic::{create_private_dir, write_atomic};
use super::error::ConfigError;
#[cfg(test)]
use super::lock::DEFAULT_LOCK_TIMEOUT;
use super::lock::DirLock;
use super::read::{check_dir, parse_file, read_optional, warn_if_readable_by_others};
use super::server_url::normalize_server;
use super::{
    CONFIG_FILE, CREDENTIALS_FILE, Credential, DEFAULT_SCOPE, LOCK_FILE, OAuthClient, Profile,
};
use crate::secret::Secret;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ConfigFile {
    #[serde(default)]
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CredentialsFile {
    #[serde(default)]
    profiles: BTreeMap<String, CredentialEntry>,
}

/// One profile's table of `credentials.toml`: an API key, or an OAuth client.
#[derive(Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialEntry {
    #[serde(default)]
    api_key: Option<String>,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    client_secret: Option<String>,
    #[serde(default)]
    scope: Option<String>,
}

/// The keys of a profile's table of `credentials.toml`, all replaced when its credential is.
const CREDENTIAL_KEYS: [&str; 4] = ["api_key", "client_id", "client_secret", "scope"];

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

    #[cfg(test)]
    pub fn api_key(&self, name: &str) -> Option<Secret> {
        self.credential(name).and_then(|c| c.key().cloned())
    }

    /// The profile's credential: its API key, else its OAuth client (id and secret both set;
    /// the scope [`DEFAULT_SCOPE`] unless given). `None` when it has neither whole.
    pub fn credential(&self, name: &str) -> Option<Credential> {
        let entry = self.credentials.profiles.get(name)?;
        let set = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        if let Some(key) = set(&entry.api_key) {
            return Some(Credential::ApiKey(Secret::new(key)));
        }
        let (client_id, secret) = (set(&entry.client_id)?, set(&entry.client_secret)?);
        Some(Credential::OAuth(OAuthClient {
            client_id,
            client_secret: Secret::new(secret),
            scope: set(&entry.scope).unwrap_or_else(|| DEFAULT_SCOPE.to_string()),
        }))
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

    /// Adds or replaces a profile, and its credential when given (an API key replaces a client
    /// and a client a key). Keys of the profile's table that
    /// this program does not set are left as they are; comments elsewhere are kept.
    pub fn upsert(
        &mut self,
        name: &str,
        profile: &Profile,
        credential: Option<&Credential>,
    ) -> Result<(), ConfigError> {
        // A new profile starts with no credential but its own: a key left in the credentials
        // file under its name (by a crash between the two files' writes, or by hand) is not
        // taken over, since it may belong to another server.
        if credential.is_none() && !self.config.profiles.contains_key(name) {
            let had_key = self.credentials.profiles.remove(name).is_some();
            if remove_profile_table(&mut self.credentials_doc, name) || had_key {
                self.credentials_dirty = true;
            }
        }
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
        set_opt(table, "comment", profile.comment.as_deref().map(Into::into));
        self.config
            .profiles
            .insert(name.to_string(), profile.clone());
        self.config_dirty = true;

        if let Some(credential) = credential {
            let entry = match credential {
                Credential::ApiKey(key) => CredentialEntry {
                    api_key: Some(key.expose().to_string()),
                    ..CredentialEntry::default()
                },
                Credential::OAuth(c) => CredentialEntry {
                    client_id: Some(c.client_id.clone()),
                    client_secret: Some(c.client_secret.expose().to_string()),
                    // The default scope is not written, so that it follows the program's.
                    scope: (c.scope != DEFAULT_SCOPE).then(|| c.scope.clone()),
                    ..CredentialEntry::default()
                },
            };
            let path = self.credentials_path();
            let table = profile_table(&mut self.credentials_doc, name, &path)?;
            let values = [
                &entry.api_key,
                &entry.client_id,
                &entry.client_secret,
                &entry.scope,
            ];
            for (key, value) in CREDENTIAL_KEYS.into_iter().zip(values) {
                set_opt(table, key, value.as_deref().map(Into::into));
            }
            self.credentials.profiles.insert(name.to_string(), entry);
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

    /// Renames a profile: its tables in both files move to the new name (keys, comments and
    /// credential with them), and `default_profile` follows. The caller has checked that
    /// `old` exists and `new` does not.
    pub fn rename(&mut self, old: &str, new: &str) -> Result<(), ConfigError> {
        let config_path = self.config_path();
        move_profile_table(&mut self.config_doc, old, new, &config_path)?;
        if let Some(p) = self.config.profiles.remove(old) {
            self.config.profiles.insert(new.to_string(), p);
        }
        self.config_dirty = true;
        let credentials_path = self.credentials_path();
        if move_profile_table(&mut self.credentials_doc, old, new, &credentials_path)? {
            self.credentials_dirty = true;
        }
        if let Some(c) = self.credentials.profiles.remove(old) {
            self.credentials.profiles.insert(new.to_string(), c);
            self.credentials_dirty = true;
        }
        if self.default_profile() == Some(old) {
            self.set_default(Some(new));
        }
        Ok(())
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

/// Moves `[profiles.OLD]` of a document to `[profiles.NEW]`; whether there was one.
fn move_profile_table(
    doc: &mut toml_edit::DocumentMut,
    old: &str,
    new: &str,
    path: &Path,
) -> Result<bool, ConfigError> {
    let Some(profiles) = doc.get_mut("profiles").and_then(|p| p.as_table_like_mut()) else {
        return Ok(false);
    };
    let Some(item) = profiles.remove(old) else {
        return Ok(false);
    };
    if profiles.get(new).is_some() {
        return Err(ConfigError::Invalid {
            path: path.to_path_buf(),
            line: 1,
            message: format!("`profiles.{new}` exists already"),
        });
    }
    profiles.insert(new, item);
    Ok(true)
}

fn remove_profile_table(doc: &mut toml_edit::DocumentMut, name: &str) -> bool {
    doc.get_mut("profiles")
        .and_then(|p| p.as_table_like_mut())
        .and_then(|p| p.remove(name))
        .is_some()
}
