//! `qlik profile update`: the settings given change, the rest stay.

use super::add::describe;
use super::input::{
    absolute, api_key_arg, check_name, client_id_arg, client_secret_arg, comment_arg, read_api_key,
    read_client_secret, scope_arg, server_arg,
};
use super::verify::{noun, report_identity, verify};
use crate::cli::profile::UpdateArgs;
use crate::commands::Ctx;
use crate::config::{self, ConfigError, Credential, OAuthClient, Profile, Store};
use crate::error::Described;
use crate::text;

/// `qlik profile update NAME …`: the settings given change, the rest (the key included) stay.
pub(super) fn update(
    ctx: &Ctx,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    args: UpdateArgs,
) -> anyhow::Result<()> {
    // A key on the command line is warned about first, whatever else is wrong.
    let inline_key = args
        .api_key
        .as_deref()
        .map(|k| api_key_arg(k, "pipe it in with --api-key-stdin, or use --ask-api-key"))
        .transpose()?;
    let inline_secret = args
        .client_secret
        .as_deref()
        .map(|s| {
            client_secret_arg(
                s,
                "pipe it in with --client-secret-stdin, or use --ask-client-secret",
            )
        })
        .transpose()?;
    check_name(&args.name)?;
    let comment = args.comment.as_deref().map(comment_arg).transpose()?;
    // `--unset` takes the flag's name or the key's (`ca_cert`): one spelling from here on.
    let unset_names: Vec<String> = args.unset.iter().map(|u| u.replace('_', "-")).collect();
    let unset = |setting: &str| unset_names.iter().any(|u| u == setting);
    // A setting both given and unset has no meaning.
    for (setting, given) in [
        ("output", args.output.is_some()),
        ("tier1-per-minute", args.tier1_per_minute.is_some()),
        ("tier2-per-minute", args.tier2_per_minute.is_some()),
        ("insecure", args.insecure || args.no_insecure),
        ("ca-cert", args.ca_cert.is_some()),
        ("allow-http", args.allow_http || args.no_allow_http),
        ("comment", comment.is_some()),
    ] {
        if given && unset(setting) {
            return Err(ConfigError::Usage(format!(
                "--unset {setting} and a value for {setting} were both given; give one"
            ))
            .into());
        }
    }
    let new_key_wanted = args.api_key_stdin
        || args.ask_api_key
        || inline_key.is_some()
        || inline_secret.is_some()
        || args.client_id.is_some()
        || args.client_secret_stdin
        || args.ask_client_secret
        || args.scope.is_some();
    let nothing = args.server.is_none()
        && !new_key_wanted
        && !args.default
        && args.output.is_none()
        && args.tier1_per_minute.is_none()
        && args.tier2_per_minute.is_none()
        && !(args.insecure || args.no_insecure || args.allow_http || args.no_allow_http)
        && args.ca_cert.is_none()
        && comment.is_none()
        && args.unset.is_empty();
    if nothing {
        return Err(Described {
            message: format!("nothing to change in profile `{}`", args.name),
            hints: vec![
                "give the settings to change, e.g. --server URL, --output FORMAT, \
                 --api-key-stdin or --unset SETTING (see `qlik profile update --help`)"
                    .into(),
            ],
            code: crate::error::USAGE,
        }
        .into());
    }
    let new_server = args.server.as_deref().map(server_arg).transpose()?;
    let ca_cert = args.ca_cert.clone().map(absolute).transpose()?;

    // The profile as it is, before asking for a key; unknown: not found, exit 3.
    let before = Store::read(dir, timeout)?
        .profile(&args.name)
        .cloned()
        .ok_or_else(|| unknown_profile(&args.name))?;
    let apply = |p: &Profile| -> Profile {
        let mut p = p.clone();
        if let Some(server) = &new_server {
            p.server = server.clone();
        }
        if args.output.is_some() || unset("output") {
            p.output = args.output.clone();
        }
        if args.tier1_per_minute.is_some() || unset("tier1-per-minute") {
            p.tier1_per_minute = args.tier1_per_minute;
        }
        if args.tier2_per_minute.is_some() || unset("tier2-per-minute") {
            p.tier2_per_minute = args.tier2_per_minute;
        }
        if args.insecure || args.no_insecure || unset("insecure") {
            p.insecure = args.insecure;
        }
        if ca_cert.is_some() || unset("ca-cert") {
            p.ca_cert = ca_cert.clone();
        }
        if args.allow_http || args.no_allow_http || unset("allow-http") {
            p.allow_http = args.allow_http;
        }
        if comment.is_some() || unset("comment") {
            p.comment = comment.clone();
        }
        p
    };
    let after = apply(&before);
    if new_server.is_some() || before.allow_http != after.allow_http {
        config::check_scheme(&config::normalize_server(&after.server)?, after.allow_http)?;
    }

    let client_id = args.client_id.as_deref().map(client_id_arg).transpose()?;
    let scope = args.scope.as_deref().map(scope_arg).transpose()?;
    let new_secret_wanted =
        args.client_secret_stdin || args.ask_client_secret || inline_secret.is_some();
    let new_key = if let Some(key) = inline_key {
        Some(Credential::ApiKey(key))
    } else if args.api_key_stdin {
        Some(Credential::ApiKey(read_api_key(&args.name, true)?))
    } else if args.ask_api_key {
        Some(Credential::ApiKey(read_api_key(&args.name, false)?))
    } else if client_id.is_some() || new_secret_wanted || scope.is_some() {
        // A client's parts not given are the profile's, when it holds a client.
        let old = match Store::read(dir, timeout)?.credential(&args.name) {
            Some(Credential::OAuth(c)) => Some(c),
            _ => None,
        };
        let Some(client_id) = client_id.or_else(|| old.as_ref().map(|c| c.client_id.clone()))
        else {
            return Err(ConfigError::Usage(format!(
                "profile `{}` holds no OAuth client: give --client-id ID (and its secret) to \
                 switch it to one",
                args.name
            ))
            .into());
        };
        let client_secret = if let Some(secret) = inline_secret {
            secret
        } else if new_secret_wanted {
            read_client_secret(&args.name, args.client_secret_stdin)?
        } else {
            match &old {
                Some(c) => c.client_secret.clone(),
                None => {
                    return Err(ConfigError::Usage(format!(
                        "profile `{}` holds an API key: switching it to an OAuth client needs \
                         the client's secret too (--client-secret-stdin or --ask-client-secret)",
                        args.name
                    ))
                    .into());
                }
            }
        };
        let scope = scope
            .or_else(|| old.as_ref().map(|c| c.scope.clone()))
            .unwrap_or_else(|| config::DEFAULT_SCOPE.to_string());
        Some(Credential::OAuth(OAuthClient {
            client_id,
            client_secret,
            scope,
        }))
    } else {
        None
    };
    let server_changed = config::normalize_server(&before.server).ok()
        != config::normalize_server(&after.server).ok();
    let identity = if args.no_verify || !(server_changed || new_key.is_some()) {
        None
    } else {
        let key = match &new_key {
            Some(key) => key.clone(),
            None => Store::read(dir, timeout)?
                .credential(&args.name)
                .ok_or_else(|| Described {
                    message: format!(
                        "profile `{}` has no API key or OAuth client to check against the new \
                         server",
                        args.name
                    ),
                    hints: vec![
                        "give one with --api-key-stdin or --ask-api-key, or skip the check with \
                         --no-verify"
                            .into(),
                    ],
                    code: crate::error::AUTH,
                })?,
        };
        Some((verify(ctx, &args.name, &after, &key)?, noun(&key)))
    };

    // From here to the save, no other qlik changes the files; the changes are made to the
    // profile as it is now.
    let mut store = Store::open_for_update(dir, timeout)?;
    let current = store
        .profile(&args.name)
        .cloned()
        .ok_or_else(|| unknown_profile(&args.name))?;
    let updated = apply(&current);
    store.upsert(&args.name, &updated, new_key.as_ref())?;
    let make_default = args.default && store.default_profile() != Some(args.name.as_str());
    if make_default {
        store.set_default(Some(&args.name));
    }
    store.save()?;

    let changes = changes(&current, &updated);
    let mut said: Vec<String> = changes;
    if let Some(key) = &new_key {
        said.push(describe(key));
    }
    if make_default {
        said.push("now the default profile".into());
    }
    if said.is_empty() {
        eprintln!(
            "Profile `{}` already had these settings; nothing changed.",
            args.name
        );
    } else {
        eprintln!(
            "Updated profile `{}`: {}.",
            args.name,
            text::escape(&said.join(", "))
        );
    }
    if let Some((identity, noun)) = &identity {
        report_identity(Some(identity), noun);
    }
    if updated.insecure && !current.insecure {
        eprintln!(
            "warning: TLS certificates of {} will not be verified with this profile",
            text::escape(&updated.server)
        );
    }
    Ok(())
}

fn unknown_profile(name: &str) -> Described {
    Described {
        message: format!("no profile named `{name}`"),
        hints: vec![
            "`qlik profile ls` lists the profiles; `qlik profile add NAME --server URL` saves a \
             new one"
                .into(),
        ],
        code: crate::error::NOT_FOUND,
    }
}

/// What changed between two versions of a profile, one `setting value` (or `setting unset`)
/// each, in the order of `config.toml`.
fn changes(before: &Profile, after: &Profile) -> Vec<String> {
    fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
        v.as_ref()
            .map_or_else(|| "unset".to_string(), |v| v.to_string())
    }
    let mut out = Vec::new();
    if before.server != after.server {
        out.push(format!("server {}", after.server));
    }
    if before.output != after.output {
        out.push(format!("output {}", show(&after.output)));
    }
    if before.tier1_per_minute != after.tier1_per_minute {
        out.push(format!(
            "tier1_per_minute {}",
            show(&after.tier1_per_minute)
        ));
    }
    if before.tier2_per_minute != after.tier2_per_minute {
        out.push(format!(
            "tier2_per_minute {}",
            show(&after.tier2_per_minute)
        ));
    }
    if before.insecure != after.insecure {
        out.push(format!("insecure {}", after.insecure));
    }
    if before.ca_cert != after.ca_cert {
        out.push(format!(
            "ca_cert {}",
            show(&after.ca_cert.as_ref().map(|p| p.display()))
        ));
    }
    if before.allow_http != after.allow_http {
        out.push(format!("allow_http {}", after.allow_http));
    }
    if before.comment != after.comment {
        out.push(format!("comment {}", show(&after.comment)));
    }
    out
}
