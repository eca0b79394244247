//! `qlik profile add`: a new profile, its key checked against the server before it is saved.

use super::input::{
    absolute, api_key_arg, check_name, client_id_arg, client_secret_arg, comment_arg, read_api_key,
    read_client_secret, scope_arg, server_arg,
};
use super::verify::{noun, report_identity, verify};
use crate::cli::profile::AddArgs;
use crate::commands::Ctx;
use crate::config::{self, ConfigError, Credential, OAuthClient, Profile, Store};
use crate::text;

pub(super) fn add(
    ctx: &Ctx,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    args: AddArgs,
) -> anyhow::Result<()> {
    // A key on the command line is warned about first, whatever else is wrong.
    let inline_key = args
        .api_key
        .as_deref()
        .map(|k| {
            api_key_arg(
                k,
                "pipe it in with --api-key-stdin, or leave it out to be asked for it",
            )
        })
        .transpose()?;
    let inline_secret = args
        .client_secret
        .as_deref()
        .map(|s| {
            client_secret_arg(
                s,
                "pipe it in with --client-secret-stdin, or leave it out to be asked for it",
            )
        })
        .transpose()?;
    check_name(&args.name)?;
    let comment = args.comment.as_deref().map(comment_arg).transpose()?;
    let server = server_arg(&args.server)?;
    config::check_scheme(&server, args.allow_http)?;
    let ca_cert = args.ca_cert.map(absolute).transpose()?;
    let client_id = args.client_id.as_deref().map(client_id_arg).transpose()?;
    let scope = args.scope.as_deref().map(scope_arg).transpose()?;
    let exists_error = || {
        ConfigError::Usage(format!(
            "profile `{}` exists; add --force to replace it, or change it with `qlik profile \
             update {}`",
            args.name,
            crate::shell::quote(&args.name)
        ))
    };
    // Refuse before asking for the key; the lock is not held while the key is typed.
    if !args.force && Store::read(dir, timeout)?.profile(&args.name).is_some() {
        return Err(exists_error().into());
    }

    let key = match client_id {
        Some(client_id) => Credential::OAuth(OAuthClient {
            client_id,
            client_secret: match inline_secret {
                Some(secret) => secret,
                None => read_client_secret(&args.name, args.client_secret_stdin)?,
            },
            scope: scope.unwrap_or_else(|| config::DEFAULT_SCOPE.to_string()),
        }),
        None => Credential::ApiKey(match inline_key {
            Some(key) => key,
            None => read_api_key(&args.name, args.api_key_stdin)?,
        }),
    };
    let profile = Profile {
        server: server.clone(),
        output: args.output,
        tier1_per_minute: args.tier1_per_minute,
        tier2_per_minute: args.tier2_per_minute,
        insecure: args.insecure,
        ca_cert,
        allow_http: args.allow_http,
        comment,
    };
    // Checked before the lock is taken: a slow server holds up no other qlik.
    let identity = if args.no_verify {
        None
    } else {
        Some(verify(ctx, &args.name, &profile, &key)?)
    };

    // From here to the save, no other qlik changes the files.
    let mut store = Store::open_for_update(dir, timeout)?;
    let exists = store.profile(&args.name).is_some();
    if exists && !args.force {
        return Err(exists_error().into());
    }

    let first = store.profile_names().next().is_none();
    store.upsert(&args.name, &profile, Some(&key))?;
    let make_default = args.default || first || store.default_profile().is_none();
    if make_default {
        store.set_default(Some(&args.name));
    }
    store.save()?;

    let verb = if exists { "Replaced" } else { "Saved" };
    let server = text::escape(&server);
    eprintln!(
        "{verb} profile `{}` for {server} ({}).",
        args.name,
        describe(&key)
    );
    report_identity(identity.as_ref(), noun(&key));
    if make_default {
        eprintln!("It is the default profile.");
    }
    if args.insecure {
        eprintln!("warning: TLS certificates of {server} will not be verified with this profile");
    }
    Ok(())
}

/// How a saved credential is named in messages: `API key ****abcd`, or `OAuth client ID,
/// secret ****abcd`.
pub(super) fn describe(credential: &Credential) -> String {
    match credential {
        Credential::ApiKey(key) => format!("API key {}", key.masked()),
        Credential::OAuth(c) => format!(
            "OAuth client {}, secret {}{}",
            text::one_line(&c.client_id, 100),
            c.client_secret.masked(),
            if c.scope == config::DEFAULT_SCOPE {
                String::new()
            } else {
                format!(", scope {}", text::one_line(&c.scope, 200))
            }
        ),
    }
}
