//! `qlik profile …` handlers. Status messages go to stderr; data (lists, settings) to stdout in
//! the output format: `-o`/`--json`, else `QLIK_OUTPUT`, else a table on a terminal and JSON
//! when piped.

use std::io::{IsTerminal, Write};

use serde_json::{Value, json};

use super::Ctx;
use crate::api::{ApiError, Client, ErrorKind};
use crate::cli::profile::{AddArgs, ProfileCommand, UpdateArgs};
use crate::config::{self, ConfigError, Profile, Store};
use crate::error::Described;
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
        ProfileCommand::Add(args) => add(ctx, &dir, timeout, args)?,
        ProfileCommand::Update(args) => update(ctx, &dir, timeout, args)?,
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

/// A profile name as given on the command line, checked. A name too long to be one may be an
/// API key typed in the wrong place: it is not shown.
fn check_name(name: &str) -> Result<(), ConfigError> {
    config::validate_profile_name(name).map_err(|e| {
        if name.chars().count() > 64 {
            ConfigError::Usage(format!("profile name (not shown): {e}"))
        } else {
            ConfigError::Usage(format!("profile name `{name}`: {e}"))
        }
    })
}

/// A server URL given to `profile add|update`, normalised, with a note when `/api/v1` was
/// dropped from it.
fn server_arg(raw: &str) -> Result<String, ConfigError> {
    let (server, stripped) = config::parse_server(raw)?;
    if stripped {
        crate::error::note(config::api_path_note("--server", &server));
    }
    Ok(server)
}

fn absolute(path: std::path::PathBuf) -> Result<std::path::PathBuf, ConfigError> {
    std::path::absolute(&path).map_err(|source| ConfigError::Io { path, source })
}

fn add(
    ctx: &Ctx,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    args: AddArgs,
) -> anyhow::Result<()> {
    check_name(&args.name)?;
    let server = server_arg(&args.server)?;
    config::check_scheme(&server, args.allow_http)?;
    let ca_cert = args.ca_cert.map(absolute).transpose()?;
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

    let key = read_api_key(&args.name, args.api_key_stdin)?;
    let profile = Profile {
        server: server.clone(),
        output: args.output,
        tier1_per_minute: args.tier1_per_minute,
        tier2_per_minute: args.tier2_per_minute,
        insecure: args.insecure,
        ca_cert,
        allow_http: args.allow_http,
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
        "{verb} profile `{}` for {server} (API key {}).",
        args.name,
        key.masked()
    );
    report_identity(identity.as_ref());
    if make_default {
        eprintln!("It is the default profile.");
    }
    if args.insecure {
        eprintln!("warning: TLS certificates of {server} will not be verified with this profile");
    }
    Ok(())
}

/// `qlik profile update NAME …`: the settings given change, the rest (the key included) stay.
fn update(
    ctx: &Ctx,
    dir: &std::path::Path,
    timeout: std::time::Duration,
    args: UpdateArgs,
) -> anyhow::Result<()> {
    check_name(&args.name)?;
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
    ] {
        if given && unset(setting) {
            return Err(ConfigError::Usage(format!(
                "--unset {setting} and a value for {setting} were both given; give one"
            ))
            .into());
        }
    }
    let new_key_wanted = args.api_key_stdin || args.ask_api_key;
    let nothing = args.server.is_none()
        && !new_key_wanted
        && !args.default
        && args.output.is_none()
        && args.tier1_per_minute.is_none()
        && args.tier2_per_minute.is_none()
        && !(args.insecure || args.no_insecure || args.allow_http || args.no_allow_http)
        && args.ca_cert.is_none()
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
        p
    };
    let after = apply(&before);
    if new_server.is_some() || before.allow_http != after.allow_http {
        config::check_scheme(&config::normalize_server(&after.server)?, after.allow_http)?;
    }

    let new_key = if args.api_key_stdin {
        Some(read_api_key(&args.name, true)?)
    } else if args.ask_api_key {
        Some(read_api_key(&args.name, false)?)
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
                .api_key(&args.name)
                .ok_or_else(|| Described {
                    message: format!(
                        "profile `{}` has no API key to check against the new server",
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
        Some(verify(ctx, &args.name, &after, &key)?)
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
        said.push(format!("API key {}", key.masked()));
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
    report_identity(identity.as_ref());
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
    out
}

/// Whom a checked key acts as.
#[derive(Debug)]
enum Identity {
    /// `GET /api/v1/users/me` answered with this user.
    User {
        name: Option<String>,
        email: Option<String>,
        id: String,
    },
    /// users/me is not there, but the key may list items.
    Accepted,
}

/// The longest user name or email shown.
const IDENTITY_CAP: usize = 200;

fn report_identity(identity: Option<&Identity>) {
    match identity {
        None => {}
        Some(Identity::User { name, email, id }) => {
            let cut = |s: &str| text::one_line(s, IDENTITY_CAP);
            let who = match (name, email) {
                (Some(n), Some(e)) => format!("{} <{}>", cut(n), cut(e)),
                (Some(n), None) => cut(n),
                (None, Some(e)) => cut(e),
                (None, None) => "a user".to_string(),
            };
            eprintln!(
                "The key was checked: it acts as {who} (user id {}).",
                text::one_line(id, IDENTITY_CAP)
            );
        }
        Some(Identity::Accepted) => eprintln!(
            "The key was checked: the server accepted it (it has no /api/v1/users/me to say \
             whom the key acts as)."
        ),
    }
}

/// Checks `key` against `profile`'s server before it is saved: `GET /api/v1/users/me`, and
/// where that is 404 (or a redirect, which is not followed), one `GET /api/v1/items?limit=1`.
/// Refused key: exit 4; no connection or still failing after the retries: exit 7; an answer
/// that is not Qlik Cloud's: exit 1. Each with a hint, and nothing saved.
fn verify(ctx: &Ctx, name: &str, profile: &Profile, key: &Secret) -> anyhow::Result<Identity> {
    let server = config::normalize_server(&profile.server)?;
    let settings = config::Settings {
        server: server.clone(),
        api_key: key.clone(),
        source: config::Source::Profile(name.to_string()),
        output: None,
        tier1_per_minute: None,
        tier2_per_minute: None,
        insecure: profile.insecure,
        ca_cert: profile.ca_cert.clone(),
        profile: Some(name.to_string()),
        notes: Vec::new(),
        key_from_env: false,
    };
    let client = ctx.client(&settings)?;
    let mut outcome = None;
    super::runtime::block_on_local(async {
        outcome = Some(check_key(&client).await);
        Ok(0)
    })?;
    let outcome = outcome.unwrap_or_else(|| Err(ApiError::other("the check did not run").into()));
    outcome.map_err(|failure| verify_error(&server, failure))
}

/// Why a check failed: the API's error, or an answer not shaped like Qlik Cloud's.
#[derive(Debug)]
enum CheckFailure {
    Api(ApiError),
    NotQlik(String),
}

impl From<ApiError> for CheckFailure {
    fn from(e: ApiError) -> CheckFailure {
        CheckFailure::Api(e)
    }
}

async fn check_key(client: &Client) -> Result<Identity, CheckFailure> {
    match client.get(USERS_ME).await {
        Ok(resp) => {
            let user = resp.json().ok().filter(|v| v["id"].is_string());
            let Some(user) = user else {
                return Err(CheckFailure::NotQlik(format!(
                    "its answer to GET {USERS_ME} is not a user"
                )));
            };
            let field = |f: &str| {
                user[f]
                    .as_str()
                    .filter(|s| !s.trim().is_empty())
                    .map(str::to_string)
            };
            Ok(Identity::User {
                name: field("name"),
                email: field("email"),
                id: field("id").unwrap_or_default(),
            })
        }
        Err(e) if matches!(e.status, Some(404) | Some(300..=399)) => {
            match client.get(ITEMS_PROBE).await {
                Ok(resp) => {
                    let listing = resp.json().ok().filter(|v| v["data"].is_array());
                    match listing {
                        Some(_) => Ok(Identity::Accepted),
                        None => Err(CheckFailure::NotQlik(format!(
                            "its answer to GET {ITEMS_PROBE} is not a list of items"
                        ))),
                    }
                }
                Err(e) if e.status == Some(404) => Err(CheckFailure::NotQlik(format!(
                    "it has neither {USERS_ME} nor /api/v1/items (both 404)"
                ))),
                Err(e) => Err(e.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// The user the key acts as (Users API).
const USERS_ME: &str = "/api/v1/users/me";
/// The smallest request that needs a valid key on any tenant.
const ITEMS_PROBE: &str = "/api/v1/items?limit=1";

const NO_VERIFY_HINT: &str = "nothing was saved; to save it anyway, add --no-verify";

fn verify_error(server: &str, failure: CheckFailure) -> anyhow::Error {
    let e = match failure {
        CheckFailure::NotQlik(why) => {
            return Described {
                message: format!("{server} does not look like Qlik Cloud: {why}"),
                hints: vec![
                    format!(
                        "the server is the tenant's address, in the form {}",
                        config::SERVER_FORM
                    ),
                    NO_VERIFY_HINT.into(),
                ],
                code: crate::error::FAILURE,
            }
            .into();
        }
        CheckFailure::Api(e) => e,
    };
    let code = crate::error::api_exit_code(&e);
    let (message, mut hints) = match e.kind {
        ErrorKind::Auth => (
            format!("{server} refused the API key: {e}"),
            vec![format!(
                "nothing was saved; check that the key is for this tenant and not expired \
                 (Qlik Cloud: Profile settings > API keys){}",
                if e.status == Some(403) {
                    ", and that its user may use the API"
                } else {
                    ""
                }
            )],
        ),
        ErrorKind::Transient => (
            format!("cannot check the API key: {e}"),
            vec![NO_VERIFY_HINT.into()],
        ),
        ErrorKind::Interrupted => return e.into(),
        _ => (
            format!("cannot check the API key: {e}"),
            crate::hints::api_hint(&e)
                .into_iter()
                .chain([NO_VERIFY_HINT.to_string()])
                .collect(),
        ),
    };
    if e.kind == ErrorKind::Transient && e.status.is_none() {
        hints.insert(0, "check the server URL and the network".into());
    }
    Described {
        message,
        hints,
        code,
    }
    .into()
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
