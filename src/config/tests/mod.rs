//! The precedence table of [`resolve`], file handling, and loader robustness: fixtures and
//! helpers here, the tests by concern in the submodules.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::atomic::write_atomic;
use super::lock::DEFAULT_LOCK_TIMEOUT;
use super::read::{MAX_FILE_BYTES, parse_file, redact_quoted};
use super::store::{ConfigFile, CredentialsFile};
use super::*;

mod error;
mod lock;
mod never_panics;
mod resolve;
mod server_url;
mod store;

const CONFIG: &str = r#"# my profiles
default_profile = "prod"

[profiles.prod]
server = "https://prod.eu.qlikcloud.com"
output = "yaml"
tier1_per_minute = 500
tier2_per_minute = 50

[profiles.dev]
server = "https://dev.us.qlikcloud.com/"  # trailing slash on purpose
insecure = true
ca_cert = "/etc/dev-ca.pem"

[profiles.local]
server = "http://127.0.0.1:8080"

[profiles.lan]
server = "http://10.1.2.3"
allow_http = true

[profiles.nokey]
server = "https://nokey.example.com"
"#;

const CREDENTIALS: &str = r#"[profiles.prod]
api_key = "key-prod"

[profiles.dev]
api_key = "key-dev"

[profiles.local]
api_key = "key-local"

[profiles.lan]
api_key = "key-lan"
"#;

/// A config directory with [`CONFIG`] and [`CREDENTIALS`].
fn profiles_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(CONFIG_FILE), CONFIG).unwrap();
    write_credentials(dir.path(), CREDENTIALS);
    dir
}

/// A 0600 file without the fsyncs of [`write_atomic`] (for the many files of property tests).
fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

fn write_credentials(dir: &Path, text: &str) {
    write_atomic(&dir.join(CREDENTIALS_FILE), text.as_bytes(), 0o600).unwrap();
}

/// A fixed environment: `QLIK_CONFIG_DIR` = `dir` plus `vars`.
fn env_with(dir: &Path, vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    map.insert("QLIK_CONFIG_DIR".into(), dir.display().to_string());
    move |k| map.get(k).cloned()
}

/// The error line and its hint, as the user sees them.
fn text(e: &ConfigError) -> String {
    format!("{e}\nhint: {}", e.hint().unwrap_or_default())
}

fn flags(server: Option<&str>, profile: Option<&str>) -> Overrides {
    Overrides {
        server: server.map(str::to_string),
        profile: profile.map(str::to_string),
    }
}

fn ok(o: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> Settings {
    resolve(o, env).unwrap_or_else(|e| panic!("expected settings, got error: {e}"))
}

fn err(o: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> ConfigError {
    match resolve(o, env) {
        Ok(s) => panic!("expected an error, got {s:?}"),
        Err(e) => e,
    }
}
