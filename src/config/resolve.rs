//! Precedence: flags, environment and profiles resolved into one [`Settings`] value. This is
//! the one place the precedence lives; read [`resolve`] top to bottom.

use super::env::{Env, config_dir, non_empty, truthy};
use super::error::ConfigError;
use super::lock::lock_timeout;
use super::server_url::{api_path_note, check_scheme, parse_server, profile_path_note};
use super::store::Store;
use super::{
    CREDENTIALS_FILE, Credential, DEFAULT_SCOPE, OAuthClient, Overrides, Profile, Settings, Source,
};
use crate::secret::Secret;

/// The hint printed when nothing says which tenant to talk to.
pub const SETUP_HINT: &str = "set QLIK_SERVER and QLIK_API_KEY (or QLIK_CLIENT_ID and \
QLIK_CLIENT_SECRET, as a CI job does), or save a profile with `qlik profile add NAME --server https://TENANT.REGION.qlikcloud.com` (it asks for \
the API key, or reads it from stdin with --api-key-stdin)";

/// Resolves flags, environment and profiles into [`Settings`]. This is the one place the
/// precedence lives; the README's "Profiles and environment" section mirrors it.
///
/// Highest first: flags (`--server`, `--profile`/`--context`) > environment (`QLIK_SERVER` +
/// `QLIK_API_KEY`, `QLIK_PROFILE`) > the default profile (`default_profile` in `config.toml`).
///
/// "The environment's credential" below is `QLIK_API_KEY`, or the OAuth client
/// `QLIK_CLIENT_ID` + `QLIK_CLIENT_SECRET` (scope `QLIK_OAUTH_SCOPE`, else `user_default`);
/// a profile's credential is its API key or its OAuth client, whichever it holds.
///
/// | given | server | credential | other profile settings |
/// |---|---|---|---|
/// | `--server U --profile P` | U | P's | P's |
/// | `--server U` | U | the environment's, else the credential of a profile whose server is U | that profile's, if one matches |
/// | `--profile P` | P's | P's (env ignored) | P's |
/// | `QLIK_SERVER=U` | U | the environment's, else the credential of a profile whose server is U | that profile's, if one matches |
/// | `QLIK_PROFILE=P` | P's | P's | P's |
/// | `default_profile = "P"` | P's | P's | P's |
/// | nothing | error [`ConfigError::NoCredentials`] (exit 4) with set-up instructions | | |
///
/// Further rules:
/// - When a server is matched against profiles, `QLIK_PROFILE`'s profile is preferred, then the
///   default profile, then the others by name. Servers match after normalisation (scheme added,
///   trailing slash dropped, scheme and host compared case-insensitively).
/// - `QLIK_API_KEY` (or the client of `QLIK_CLIENT_ID`) is only ever sent to a server named by
///   `--server` or `QLIK_SERVER`: set without either, while a profile would be used, it is an
///   error ([`ConfigError::Conflict`]) rather than a key silently sent to the profile's tenant.
/// - `QLIK_API_KEY` with `QLIK_CLIENT_ID` or `QLIK_CLIENT_SECRET`, one of `QLIK_CLIENT_ID` and
///   `QLIK_CLIENT_SECRET` without the other, or `QLIK_OAUTH_SCOPE` without a client, is an
///   error ([`ConfigError::Conflict`], exit 2) whatever else is given.
/// - A profile's key is never sent to another server unless `--profile P` is given with
///   `--server U` on the same command line (qlik-cli's habit: the flag replaces the server).
/// - `QLIK_OUTPUT` beats the profile's `output` for [`Settings::output`].
/// - Plain `http://` is refused unless the host is loopback (`127.0.0.0/8`, `::1`, `localhost`),
///   or the profile has `allow_http = true`, or `QLIK_ALLOW_HTTP=1`.
/// - Empty environment variables count as unset. Missing files count as empty, so a CI job with
///   `QLIK_SERVER` and `QLIK_API_KEY` needs no config directory at all.
pub fn resolve(overrides: &Overrides, env: Env) -> Result<Settings, ConfigError> {
    let env_server = non_empty(env, "QLIK_SERVER");
    let env_key = env_credential(env)?;
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
        Option<Credential>,
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
                let hint = if let Some(cred) = &env_key {
                    format!(
                        "{} set but QLIK_SERVER is not: {SETUP_HINT}",
                        env_names(cred)
                    )
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
        if let Some(cred) = &env_key {
            let names = env_names(cred);
            return Err(ConfigError::Conflict(format!(
                "{names} set but QLIK_SERVER is not; set QLIK_SERVER too, or unset {} to use \
                 profile `{name}`",
                names.trim_end_matches(" is").trim_end_matches(" are")
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
    let key =
        match key {
            Some(key) => key,
            None => match &profile {
                Some((name, _)) => load()?.credential(name).ok_or_else(|| {
                    ConfigError::NoCredentials {
                        hint: format!(
                            "profile `{name}` has no API key or OAuth client in {}; save one with \
                         `qlik profile update {} --ask-api-key` (or --api-key-stdin), or a client \
                         with --client-id ID --ask-client-secret",
                            config_dir(env)
                                .map(|d| d.join(CREDENTIALS_FILE).display().to_string())
                                .unwrap_or_else(|_| CREDENTIALS_FILE.to_string()),
                            crate::shell::quote(name),
                        ),
                    }
                })?,
                None => {
                    let var = if source == Source::Env {
                        "QLIK_SERVER is set but QLIK_API_KEY is not (nor QLIK_CLIENT_ID)"
                    } else {
                        "--server is given but QLIK_API_KEY is not set (nor QLIK_CLIENT_ID)"
                    };
                    return Err(ConfigError::NoCredentials {
                        hint: format!(
                            "{var}, and no profile has server {server}: set QLIK_API_KEY (or \
                         QLIK_CLIENT_ID and QLIK_CLIENT_SECRET), or save a profile with `qlik \
                         profile add NAME --server {}`",
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
        credential: key,
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

/// The environment's credential: `QLIK_API_KEY`, or `QLIK_CLIENT_ID` + `QLIK_CLIENT_SECRET`
/// (+ `QLIK_OAUTH_SCOPE`). Both kinds, half a client, or a scope without a client: exit 2.
fn env_credential(env: Env) -> Result<Option<Credential>, ConfigError> {
    let key = non_empty(env, "QLIK_API_KEY");
    let id = non_empty(env, "QLIK_CLIENT_ID");
    let secret = non_empty(env, "QLIK_CLIENT_SECRET");
    let scope = non_empty(env, "QLIK_OAUTH_SCOPE");
    let conflict = |m: &str| Err(ConfigError::Conflict(m.to_string()));
    match (key, id, secret) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => conflict(
            "QLIK_API_KEY and an OAuth client (QLIK_CLIENT_ID, QLIK_CLIENT_SECRET) are both set; \
             unset one of them",
        ),
        (Some(key), None, None) => {
            if scope.is_some() {
                return conflict(
                    "QLIK_OAUTH_SCOPE is set with QLIK_API_KEY: a scope is for an OAuth client \
                     (QLIK_CLIENT_ID and QLIK_CLIENT_SECRET); unset it",
                );
            }
            Ok(Some(Credential::ApiKey(Secret::new(key.trim()))))
        }
        (None, Some(_), None) => conflict(
            "QLIK_CLIENT_ID is set but QLIK_CLIENT_SECRET is not; set both (the secret of the \
             OAuth client), or neither",
        ),
        (None, None, Some(_)) => {
            conflict("QLIK_CLIENT_SECRET is set but QLIK_CLIENT_ID is not; set both, or neither")
        }
        (None, Some(id), Some(secret)) => {
            let (id, secret) = (id.trim(), secret.trim());
            crate::secret::check_client_id(id)
                .map_err(|e| ConfigError::Conflict(format!("QLIK_CLIENT_ID: {e}")))?;
            crate::secret::check_client_secret(secret)
                .map_err(|e| ConfigError::Conflict(format!("QLIK_CLIENT_SECRET: {e}")))?;
            let scope = match scope {
                Some(s) => check_scope(s.trim())
                    .map_err(|e| ConfigError::Conflict(format!("QLIK_OAUTH_SCOPE: {e}")))?,
                None => DEFAULT_SCOPE.to_string(),
            };
            Ok(Some(Credential::OAuth(OAuthClient {
                client_id: id.to_string(),
                client_secret: Secret::new(secret),
                scope,
            })))
        }
        (None, None, None) => {
            if scope.is_some() {
                return conflict(
                    "QLIK_OAUTH_SCOPE is set but QLIK_CLIENT_ID is not; a scope is for an OAuth \
                     client (QLIK_CLIENT_ID and QLIK_CLIENT_SECRET)",
                );
            }
            Ok(None)
        }
    }
}

/// The variables of the environment's credential, for messages: `QLIK_API_KEY is`, or
/// `QLIK_CLIENT_ID and QLIK_CLIENT_SECRET are`.
fn env_names(credential: &Credential) -> &'static str {
    match credential {
        Credential::ApiKey(_) => "QLIK_API_KEY is",
        Credential::OAuth(_) => "QLIK_CLIENT_ID and QLIK_CLIENT_SECRET are",
    }
}

/// An OAuth scope: space-separated words of visible ASCII, at most 1 KiB. Returned with its
/// spaces made single.
pub fn check_scope(scope: &str) -> Result<String, String> {
    let words: Vec<&str> = scope.split_whitespace().collect();
    if words.is_empty() {
        return Err("the scope is empty".into());
    }
    if scope.len() > 1024 {
        return Err("the scope is longer than 1 KiB".into());
    }
    if !words.iter().all(|w| {
        w.bytes()
            .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
    }) {
        return Err(
            "the scope has characters other than ASCII letters, digits and punctuation".into(),
        );
    }
    Ok(words.join(" "))
}
