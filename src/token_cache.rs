//! The cache of OAuth access tokens between runs: one file per credential (server, client id
//! and scope), mode 0600, in [`cache_dir`]. A file holds the token and its expiry, and the
//! server, client id and scope it is for (checked when read); never the client secret.
//!
//! Any failure to read or write the cache only costs a token request: it is never an error.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::{Token, TokenCache};
use crate::secret::Secret;

/// The largest cache file read.
const MAX_CACHE_FILE_BYTES: u64 = 64 * 1024;

/// The directory of the token files: `QLIK_CACHE_DIR`, else `tokens` in the user cache
/// directory from `directories` (e.g. `~/.cache/qlik/tokens` on Linux,
/// `~/Library/Caches/qlik/tokens` on macOS); `None` when neither is known (no cache then).
pub fn cache_dir(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(dir) = env("QLIK_CACHE_DIR").filter(|d| !d.trim().is_empty()) {
        return Some(PathBuf::from(dir).join("tokens"));
    }
    directories::ProjectDirs::from("", "", "qlik").map(|d| d.cache_dir().join("tokens"))
}

/// The cache file of one credential.
#[derive(Debug, Clone)]
pub struct FileCache {
    path: PathBuf,
    server: String,
    client_id: String,
    scope: String,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    server: String,
    client_id: String,
    scope: String,
    access_token: String,
    /// Seconds since the Unix epoch.
    expires_at: u64,
}

impl FileCache {
    pub fn new(dir: &Path, server: &str, client_id: &str, scope: &str) -> FileCache {
        let key = format!("{server}\n{client_id}\n{scope}");
        FileCache {
            path: dir.join(format!("token-{:016x}.json", fnv1a(key.as_bytes()))),
            server: server.to_string(),
            client_id: client_id.to_string(),
            scope: scope.to_string(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Deletes the file; whether there was one.
    pub fn remove(&self) -> std::io::Result<bool> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The token kept, whatever its expiry.
    pub fn read(&self) -> Option<Token> {
        let meta = std::fs::symlink_metadata(&self.path).ok()?;
        if !meta.is_file() || meta.len() > MAX_CACHE_FILE_BYTES {
            return None;
        }
        let bytes = crate::config::read_optional(&self.path).ok()??;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        if entry.server != self.server
            || entry.client_id != self.client_id
            || entry.scope != self.scope
            || crate::secret::check_api_key(&entry.access_token).is_err()
        {
            return None;
        }
        Some(Token {
            access_token: Secret::new(entry.access_token),
            expires_at: entry.expires_at,
        })
    }
}

impl TokenCache for FileCache {
    fn load(&self) -> Option<Token> {
        self.read()
    }

    fn save(&self, token: &Token) {
        // A token about to expire is not worth keeping.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        if !token.fresh_at(now) {
            return;
        }
        let entry = Entry {
            server: self.server.clone(),
            client_id: self.client_id.clone(),
            scope: self.scope.clone(),
            access_token: token.access_token.expose().to_string(),
            expires_at: token.expires_at,
        };
        if let Ok(text) = serde_json::to_vec(&entry) {
            let _ = crate::config::write_atomic(&self.path, &text, 0o600);
        }
    }
}

/// FNV-1a, 64 bits: a stable file name for a credential (the file holds what it is for, so a
/// collision only costs a token request).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_token_for_its_credential_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::new(dir.path(), "https://a.example.com", "id", "user_default");
        assert!(cache.load().is_none());
        let token = Token {
            access_token: Secret::new("sentinel-token"),
            expires_at: u64::MAX / 2,
        };
        cache.save(&token);
        assert_eq!(cache.load(), Some(token));
        let text = std::fs::read_to_string(cache.path()).unwrap();
        assert!(text.contains("sentinel-token"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(cache.path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let other = FileCache::new(dir.path(), "https://b.example.com", "id", "user_default");
        assert_ne!(other.path(), cache.path());
        assert!(other.load().is_none());
        // A file that claims another credential is not used.
        std::fs::copy(cache.path(), other.path()).unwrap();
        assert!(other.load().is_none());
        // An expired token is not kept.
        let stale = Token {
            access_token: Secret::new("t"),
            expires_at: 1,
        };
        other.save(&stale);
        assert!(cache.remove().unwrap());
        assert!(!cache.remove().unwrap());
    }
}
