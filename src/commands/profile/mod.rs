//! `qlik profile …` handlers. Status messages go to stderr; data (lists, settings) to stdout in
//! the output format: `-o`/`--json`, else `QLIK_OUTPUT`, else a table on a terminal and JSON
//! when piped.

use super::Ctx;
use crate::cli::profile::ProfileCommand;
use crate::config::{self, ConfigError, Store};
use crate::output::{Format, Printer, Terminal};

mod add;
mod import;
mod input;
mod show;
mod update;
mod verify;

use add::add;
use show::{ls, show};
use update::update;

pub fn run(ctx: &Ctx, cmd: ProfileCommand) -> anyhow::Result<u8> {
    let env = |k: &str| ctx.env(k);
    let dir = config::config_dir(&env)?;
    let timeout = config::lock_timeout(&env)?;
    let term = ctx.terminal();
    let jq = ctx.jq(false)?;
    let format = if jq.is_some() {
        Format::Jsonl
    } else {
        format(ctx, term)?
    };
    let shaping = ctx.shaping()?;
    let mut printer = Printer::new(format, term, std::io::stdout().lock(), std::io::stderr())
        .shaping(shaping)
        .jq(jq);
    match cmd {
        ProfileCommand::Add(args) => add(ctx, &dir, timeout, args)?,
        ProfileCommand::Update(args) => update(ctx, &dir, timeout, args)?,
        ProfileCommand::Ls => ls(&Store::read(&dir, timeout)?, &mut printer)?,
        ProfileCommand::Use { name } => {
            // A look first, so that an unknown name creates nothing; then the change, locked.
            Store::read(&dir, timeout)?.require(&name)?;
            let mut store = Store::open_for_update(&dir, timeout)?;
            store.require(&name)?;
            store.set_default(Some(&name));
            store.save()?;
            eprintln!("Default profile is now `{name}`.");
        }
        ProfileCommand::Show { name } => {
            let store = Store::read(&dir, timeout)?;
            let name = match name {
                Some(name) => name,
                None => current_name(&store, &env)?.ok_or_else(no_current_profile)?,
            };
            show(&store, &name, &mut printer)?;
        }
        ProfileCommand::Rm { names } => rm(ctx, &dir, timeout, names)?,
        ProfileCommand::Clear => {
            let mut store = Store::open_for_update(&dir, timeout)?;
            match store.default_profile().map(str::to_string) {
                Some(name) => {
                    store.set_default(None);
                    store.save()?;
                    eprintln!(
                        "Profile `{name}` is no longer the default; there is no default profile now."
                    );
                }
                None => eprintln!("There was no default profile; nothing changed."),
            }
        }
        ProfileCommand::Rename { old, new } => rename(&dir, timeout, &old, &new)?,
        ProfileCommand::Import(args) => {
            let code = import::import(ctx, &dir, timeout, args)?;
            printer.flush()?;
            return Ok(code);
        }
        ProfileCommand::Current => {
            // What every other command would use: the one precedence function decides.
            let settings = ctx.settings()?;
            let server_from = match settings.source {
                config::Source::Flags => Some("--server"),
                config::Source::Env => Some("QLIK_SERVER"),
                config::Source::Profile(_) => None,
            };
            match (&settings.profile, server_from) {
                (Some(name), None) => printer.line(name)?,
                (Some(name), Some(from)) => {
                    eprintln!(
                        "note: the server comes from {from}; profile `{name}` has that server, \
                         so its key and settings are used"
                    );
                    printer.line(name)?;
                }
                (None, Some(from)) => {
                    let credential = match settings.credential {
                        config::Credential::ApiKey(_) => "QLIK_API_KEY",
                        config::Credential::OAuth(_) => "QLIK_CLIENT_ID and QLIK_CLIENT_SECRET",
                    };
                    eprintln!("No profile in use: commands use {from} and {credential}.");
                }
                (None, None) => return Err(no_current_profile().into()),
            }
        }
    }
    printer.flush()?;
    Ok(0)
}

/// `qlik profile rm NAME...`: every name is checked before anything is removed.
fn rm(
    ctx: &Ctx,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    mut names: Vec<String>,
) -> anyhow::Result<()> {
    // The same name twice is removed once.
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    let check = |store: &Store| -> anyhow::Result<()> {
        let unknown: Vec<&String> = names
            .iter()
            .filter(|n| store.profile(n).is_none())
            .collect();
        match unknown.as_slice() {
            [] => Ok(()),
            [one] if names.len() == 1 => Err(ConfigError::UnknownProfile((*one).clone()).into()),
            _ => Err(crate::error::Described {
                // A name that cannot be a profile's may be a key pasted in the wrong place.
                message: format!(
                    "no profile named {}; nothing was removed",
                    unknown
                        .iter()
                        .map(|n| if config::validate_profile_name(n).is_ok() {
                            format!("`{n}`")
                        } else {
                            "(a name not shown: it is not a profile name, it may be a secret)"
                                .to_string()
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                hints: vec!["`qlik profile ls` lists the profiles".into()],
                code: crate::error::USAGE,
            }
            .into()),
        }
    };
    // A look first, so that an unknown name removes nothing; then the change, locked.
    check(&Store::read(dir, timeout)?)?;
    let mut store = Store::open_for_update(dir, timeout)?;
    check(&store)?;
    let default = store.default_profile().map(str::to_string);
    let tokens: Vec<_> = names
        .iter()
        .filter_map(|name| token_cache_of(ctx, &store, name))
        .collect();
    for name in &names {
        store.remove(name);
    }
    store.save()?;
    for name in &names {
        eprintln!("Removed profile `{name}`.");
    }
    for cache in tokens {
        if let Err(e) = cache.remove() {
            crate::error::warn(format!(
                "cannot delete the cached access token {}: {e}",
                cache.path().display()
            ));
        }
    }
    if default.is_some_and(|d| names.contains(&d)) {
        eprintln!("There is no default profile now; choose one with `qlik profile use NAME`.");
    }
    Ok(())
}

/// `qlik profile rename OLD NEW`: the settings, the credential and the default pointer move.
fn rename(
    dir: &std::path::Path,
    timeout: std::time::Duration,
    old: &str,
    new: &str,
) -> anyhow::Result<()> {
    input::check_name(new)?;
    let check = |store: &Store| -> Result<(), ConfigError> {
        store.require(old)?;
        if old != new && store.profile(new).is_some() {
            return Err(ConfigError::Usage(format!(
                "profile `{new}` exists; remove it first (`qlik profile rm {}`) or choose \
                 another name",
                crate::shell::quote(new)
            )));
        }
        Ok(())
    };
    check(&Store::read(dir, timeout)?)?;
    if old == new {
        eprintln!("Profile `{old}` already has that name; nothing changed.");
        return Ok(());
    }
    let mut store = Store::open_for_update(dir, timeout)?;
    check(&store)?;
    let was_default = store.default_profile() == Some(old);
    store.rename(old, new)?;
    store.save()?;
    eprintln!("Renamed profile `{old}` to `{new}`.");
    if was_default {
        eprintln!("It is still the default profile.");
    }
    Ok(())
}

/// `-o`/`--json`, else `QLIK_OUTPUT`, else table on a terminal and JSON when piped. (A
/// profile's own `output` is for the commands that talk to its tenant.)
fn format(ctx: &Ctx, term: Terminal) -> Result<Format, ConfigError> {
    if ctx.global.json {
        return Ok(Format::Json);
    }
    if let Some(f) = &ctx.global.output {
        return Format::parse(f)
            .ok_or_else(|| ConfigError::Usage(format!("unknown output format `{f}`")));
    }
    if let Some(name) = ctx.env("QLIK_OUTPUT").filter(|s| !s.trim().is_empty()) {
        return Format::parse(&name).ok_or_else(|| {
            ConfigError::Usage(format!(
                "unknown output format `{name}` in QLIK_OUTPUT; use {}",
                Format::NAMES
            ))
        });
    }
    Ok(if term.tty {
        Format::Table
    } else {
        Format::Json
    })
}

/// The profile in use without flags: `QLIK_PROFILE`, else `default_profile`. An unknown name
/// is an error, as it is for every other command.
fn current_name(
    store: &Store,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<String>, ConfigError> {
    let name = env("QLIK_PROFILE")
        .filter(|s| !s.trim().is_empty())
        .or_else(|| store.default_profile().map(str::to_string));
    if let Some(name) = &name {
        store.require(name)?;
    }
    Ok(name)
}

fn no_current_profile() -> ConfigError {
    ConfigError::NoCredentials {
        hint: format!("no profile in use: {}", config::SETUP_HINT),
    }
}

/// The token cache of a profile's OAuth client, if it holds one.
fn token_cache_of(ctx: &Ctx, store: &Store, name: &str) -> Option<crate::token_cache::FileCache> {
    let Some(config::Credential::OAuth(client)) = store.credential(name) else {
        return None;
    };
    let server = config::normalize_server(&store.profile(name)?.server).ok()?;
    let dir = crate::token_cache::cache_dir(&|k| ctx.env(k))?;
    Some(crate::token_cache::FileCache::new(
        &dir,
        &server,
        &client.client_id,
        &client.scope,
    ))
}
