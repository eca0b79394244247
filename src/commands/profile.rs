//! `qlik profile …` handlers. Status messages go to stderr; data (lists, settings) to stdout in
//! the output format: `-o`/`--json`, else `QLIK_OUTPUT`, else a table on a terminal and JSON
//! when piped.

use std::io::{IsTerminal, Write};

use serde_json::{Value, json};

use super::Ctx;
use crate::cli::profile::{AddArgs, ProfileCommand};
use crate::config::{self, ConfigError, Profile, Store};
use crate::limits;
use crate::output::{self, Format, Shape, Terminal};
use crate::secret::Secret;
use crate::text;

pub fn run(ctx: &Ctx, cmd: ProfileCommand) -> anyhow::Result<u8> {
    let env = |k: &str| ctx.env(k);
    let dir = config::config_dir(&env)?;
    let timeout = config::lock_timeout(&env)?;
    let term = ctx.terminal();
    let format = format(ctx, term)?;
    let mut out = std::io::stdout().lock();
    match cmd {
        ProfileCommand::Add(args) => add(&dir, timeout, args)?,
        ProfileCommand::Ls => ls(&Store::read(&dir, timeout)?, format, term, &mut out)?,
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
            show(&store, &name, format, term, &mut out)?;
        }
        ProfileCommand::Rm { name } => {
            Store::read(&dir, timeout)?.require(&name)?;
            let mut store = Store::open_for_update(&dir, timeout)?;
            store.require(&name)?;
            let was_default = store.default_profile() == Some(name.as_str());
            store.remove(&name);
            store.save()?;
            eprintln!("Removed profile `{name}`.");
            if was_default {
                eprintln!(
                    "There is no default profile now; choose one with `qlik profile use NAME`."
                );
            }
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
                (Some(name), None) => writeln!(out, "{name}")?,
                (Some(name), Some(from)) => {
                    eprintln!(
                        "note: the server comes from {from}; profile `{name}` has that server, \
                         so its key and settings are used"
                    );
                    writeln!(out, "{name}")?;
                }
                (None, Some(from)) => {
                    eprintln!("No profile in use: commands use {from} and QLIK_API_KEY.");
                }
                (None, None) => return Err(no_current_profile().into()),
            }
        }
    }
    out.flush()?;
    Ok(0)
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

fn add(dir: &std::path::Path, timeout: std::time::Duration, args: AddArgs) -> anyhow::Result<()> {
    // A name too long to be one may be an API key typed in the wrong place: not shown.
    config::validate_profile_name(&args.name).map_err(|e| {
        if args.name.chars().count() > 64 {
            ConfigError::Usage(format!("profile name (not shown): {e}"))
        } else {
            ConfigError::Usage(format!("profile name `{}`: {e}", args.name))
        }
    })?;
    let server = config::normalize_server(&args.server)?;
    config::check_scheme(&server, args.allow_http)?;
    let ca_cert = match args.ca_cert {
        Some(path) => Some(
            std::path::absolute(&path).map_err(|source| ConfigError::Io {
                path: path.clone(),
                source,
            })?,
        ),
        None => None,
    };
    let exists_error = || {
        ConfigError::Usage(format!(
            "profile `{}` exists; add --force to replace it",
            args.name
        ))
    };
    // Refuse before asking for the key; the lock is not held while the key is typed.
    if !args.force && Store::read(dir, timeout)?.profile(&args.name).is_some() {
        return Err(exists_error().into());
    }

    let key = read_api_key(&args.name, args.api_key_stdin)?;

    // From here to the save, no other qlik changes the files.
    let mut store = Store::open_for_update(dir, timeout)?;
    let exists = store.profile(&args.name).is_some();
    if exists && !args.force {
        return Err(exists_error().into());
    }

    let profile = Profile {
        server: server.clone(),
        output: args.output,
        tier1_per_minute: args.tier1_per_minute,
        tier2_per_minute: args.tier2_per_minute,
        insecure: args.insecure,
        ca_cert,
        allow_http: args.allow_http,
    };
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
        "{verb} profile `{}` for {server} (API key {}).",
        args.name,
        key.masked()
    );
    if make_default {
        eprintln!("It is the default profile.");
    }
    if args.insecure {
        eprintln!("warning: TLS certificates of {server} will not be verified with this profile");
    }
    Ok(())
}

/// The API key: from stdin with `--api-key-stdin`, else from a hidden prompt on a terminal.
fn read_api_key(name: &str, from_stdin: bool) -> anyhow::Result<Secret> {
    let key = if from_stdin {
        // Capped with room for surrounding blank space; a longer input is refused whole,
        // never cut to a key that would fail later.
        let bytes = limits::read_capped(std::io::stdin().lock(), 2 * limits::MAX_KEY_BYTES)
            .map_err(|e| match e {
                limits::ReadError::TooLarge(_) => ConfigError::Usage(format!(
                    "the API key on standard input is longer than {}; give the key alone",
                    limits::human_bytes(limits::MAX_KEY_BYTES)
                )),
                e => ConfigError::Usage(e.describe("the API key from standard input")),
            })?;
        String::from_utf8(bytes).map_err(|_| {
            ConfigError::Usage(
                "the API key has characters other than ASCII letters, digits and punctuation"
                    .to_string(),
            )
        })?
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(format!("API key for profile `{name}`"))
            .interact()
            .map_err(|e| anyhow::anyhow!("cannot read the API key: {e}"))?
    } else {
        return Err(ConfigError::Usage(
            "no terminal to ask for the API key: pipe it in with --api-key-stdin (it is never \
             taken from the command line)"
                .to_string(),
        )
        .into());
    };
    let key = key.trim();
    crate::secret::check_api_key(key).map_err(|e| ConfigError::Usage(e.to_string()))?;
    Ok(Secret::new(key))
}

fn ls(store: &Store, format: Format, term: Terminal, out: &mut dyn Write) -> anyhow::Result<()> {
    let default = store.default_profile();
    let rows: Vec<(&str, &str, bool)> = store
        .profile_names()
        .filter_map(|name| {
            store
                .profile(name)
                .map(|p| (name, p.server.as_str(), Some(name) == default))
        })
        .collect();
    if format.is_table() && rows.is_empty() {
        eprintln!("No profiles. Add one with `qlik profile add NAME --server URL`.");
        return Ok(());
    }
    // A hand-edited config file may hold anything: the table shows it escaped.
    let mut list = output::ListWriter::new(&mut *out, format, Shape::Profiles, term);
    for (name, server, is_default) in &rows {
        list.push(&json!({"name": name, "server": server, "default": is_default}))?;
    }
    list.finish()?;
    Ok(())
}

fn show(
    store: &Store,
    name: &str,
    format: Format,
    term: Terminal,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let profile = store.require(name)?;
    let key = store.api_key(name).map(|k| k.masked());
    let mut value = json!({
        "name": name,
        "server": profile.server,
        "api_key": key,
        "default": store.default_profile() == Some(name),
        "output": profile.output,
        "tier1_per_minute": profile.tier1_per_minute,
        "tier2_per_minute": profile.tier2_per_minute,
        "insecure": profile.insecure,
        "ca_cert": profile.ca_cert.as_ref().map(|p| p.display().to_string()),
        "allow_http": profile.allow_http,
        "config_file": store.config_path().display().to_string(),
        "credentials_file": store.credentials_path().display().to_string(),
    });
    if format.is_table()
        && let Value::Object(map) = &mut value
    {
        // The table shows what is set; JSON and YAML keep every field.
        if map["api_key"].is_null() {
            map["api_key"] = json!("(none)");
        }
        map.retain(|_, v| !v.is_null());
    }
    output::write_object(&mut *out, format, Shape::Settings, term, &value)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTY: Terminal = Terminal {
        tty: true,
        width: 100,
    };

    fn store_with(names: &[(&str, &str)], default: Option<&str>) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        for (name, server) in names {
            let p = Profile {
                server: server.to_string(),
                ..Profile::default()
            };
            store
                .upsert(name, &p, Some(&Secret::new("sentinel-0123456789abcd")))
                .unwrap();
        }
        store.set_default(default);
        (dir, store)
    }

    #[test]
    fn ls_table_on_a_terminal() {
        let (_d, store) = store_with(
            &[
                ("prod", "https://p.example.com"),
                ("a", "https://a.example.com"),
            ],
            Some("prod"),
        );
        let mut out = Vec::new();
        ls(&store, Format::Table, TTY, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME  SERVER                 DEFAULT\n\
             a     https://a.example.com\n\
             prod  https://p.example.com  *\n"
        );
    }

    #[test]
    fn show_lines_on_a_terminal_mask_the_key() {
        let (_d, store) = store_with(&[("prod", "https://p.example.com")], Some("prod"));
        let mut out = Vec::new();
        show(&store, "prod", Format::Table, TTY, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("SETTING           VALUE\nname              prod\n"),
            "{text}"
        );
        assert!(text.contains("\napi_key           ****abcd\n"), "{text}");
        assert!(!text.contains("sentinel"), "{text}");
        assert!(!text.contains("output"), "{text}");
    }
}
