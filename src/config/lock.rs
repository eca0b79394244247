//! The lock of the config directory ([`LOCK_FILE`]): exclusive while the profiles change,
//! shared while they are read, waited for with a bound.

use std::path::Path;
use std::time::{Duration, Instant};

use super::LOCK_FILE;
use super::env::{Env, non_empty};
use super::error::{ConfigError, not_regular};

/// How long a command waits for a lock held by another process, unless
/// `QLIK_CONFIG_LOCK_TIMEOUT` (seconds) says otherwise.
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest wait `QLIK_CONFIG_LOCK_TIMEOUT` may ask for.
pub const MAX_LOCK_TIMEOUT: Duration = Duration::from_secs(3600);

/// How long to wait for the lock of the config directory: `QLIK_CONFIG_LOCK_TIMEOUT` seconds
/// (0 to 3600, fractions allowed; 0 tries once), else [`DEFAULT_LOCK_TIMEOUT`].
pub fn lock_timeout(env: Env) -> Result<Duration, ConfigError> {
    let Some(raw) = non_empty(env, "QLIK_CONFIG_LOCK_TIMEOUT") else {
        return Ok(DEFAULT_LOCK_TIMEOUT);
    };
    raw.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && (0.0..=MAX_LOCK_TIMEOUT.as_secs_f64()).contains(s))
        .map(Duration::from_secs_f64)
        .ok_or_else(|| {
            ConfigError::Usage(format!(
                "QLIK_CONFIG_LOCK_TIMEOUT `{}` is not a number of seconds from 0 to {}",
                raw.trim().chars().take(20).collect::<String>(),
                MAX_LOCK_TIMEOUT.as_secs()
            ))
        })
}

/// A lock of [`LOCK_FILE`] (`flock`/`LockFileEx` through std), released when dropped or when
/// the process ends, however it ends.
#[derive(Debug)]
pub struct DirLock {
    _file: std::fs::File,
}

impl DirLock {
    /// Locks `dir/.lock`: exclusively (creating the file, mode 0600) to change the files, or
    /// shared to read them. A shared lock is skipped (`Ok(None)`) when the lock file does not
    /// exist, cannot be opened or cannot be locked, so a read-only or fresh directory still
    /// reads. Tries without blocking, with a backoff of 5 to 20 ms, for up to `timeout`; then
    /// [`ConfigError::Locked`].
    pub(super) fn acquire(
        dir: &Path,
        exclusive: bool,
        timeout: Duration,
    ) -> Result<Option<DirLock>, ConfigError> {
        let path = dir.join(LOCK_FILE);
        let io = |source| ConfigError::Io {
            path: path.clone(),
            source,
        };
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if !meta.file_type().is_file() => {
                return Err(not_regular(&path, &meta.file_type()));
            }
            Ok(_) => {}
            Err(_) if !exclusive => return Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        if exclusive {
            options.write(true).create(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
        }
        let file = match options.open(&path) {
            Ok(file) => file,
            Err(_) if !exclusive => return Ok(None),
            Err(e) => return Err(io(e)),
        };
        // The name may have been swapped for something else between the check and the open.
        let file_type = file.metadata().map_err(io)?.file_type();
        if !file_type.is_file() {
            return Err(not_regular(&path, &file_type));
        }
        let start = Instant::now();
        let mut backoff = Duration::from_millis(5);
        loop {
            let attempt = if exclusive {
                file.try_lock()
            } else {
                file.try_lock_shared()
            };
            match attempt {
                Ok(()) => return Ok(Some(DirLock { _file: file })),
                Err(std::fs::TryLockError::WouldBlock) => {}
                // A file system without locks: a reader reads anyway, a writer may not write.
                Err(std::fs::TryLockError::Error(_)) if !exclusive => return Ok(None),
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
            }
            let waited = start.elapsed();
            if waited >= timeout {
                return Err(ConfigError::Locked { path, waited });
            }
            std::thread::sleep(backoff.min(timeout - waited));
            backoff = (backoff * 2).min(Duration::from_millis(20));
        }
    }
}
