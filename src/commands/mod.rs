//! One handler per leaf command, all with the same shape: validate the arguments, resolve
//! the connection, call `api`, hand the data to `output`.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;

use crate::api::{Client, ClientConfig, Log, LogEvent, SettingNames};
use crate::cli::item::BulkArgs;
use crate::cli::{AuthCommand, Cli, Command, GlobalArgs};
use crate::config::{self, Overrides, Settings};
use crate::error::{note, usage, warn};
use crate::output::{Fields, Format, Jq, JqOptions, Printer, Shaping, Terminal};

pub mod auth;
pub mod completion;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod item;
pub mod profile;
pub mod raw;
pub mod runtime;

/// Runs the parsed command and returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    let ctx = Ctx::new(cli.global, |k| std::env::var(k).ok());
    match cli.command {
        Command::Item(cmd) => item::run(&ctx, cmd),
        Command::Raw(cmd) => raw::run(&ctx, cmd),
        Command::Profile(cmd) => profile::run(&ctx, cmd),
        Command::Auth(AuthCommand::Status) | Command::Whoami => auth::status(&ctx),
        Command::Auth(AuthCommand::Logout) => auth::logout(&ctx),
        #[cfg(feature = "emulator")]
        Command::Emulator(cmd) => emulator::run(*cmd),
        Command::Completion { shell } => completion::run(shell),
    }
}

/// Default client-side limits of the multi-id commands, requests per minute.
pub const TIER1_PER_MINUTE: u32 = 1000;
pub const TIER2_PER_MINUTE: u32 = 100;

/// What a handler that talks to the service needs: built by [`Ctx::session`] (or
/// [`Ctx::bulk_session`]) once its own arguments are checked.
pub struct Session {
    /// Everything the handler prints as data goes through it.
    pub printer: StdPrinter,
    pub client: Client,
}

/// A printer to the process's stdout (buffered; handlers flush per page) and stderr.
pub type StdPrinter = Printer<Stdout, io::Stderr>;

/// The process's stdout as commands print to it: buffered.
pub type Stdout = io::BufWriter<io::StdoutLock<'static>>;

/// Reads an environment variable.
type EnvFn = Box<dyn Fn(&str) -> Option<String>>;

/// What every handler gets: the global options and the environment.
pub struct Ctx {
    pub global: GlobalArgs,
    env: EnvFn,
}

impl Ctx {
    pub fn new(global: GlobalArgs, env: impl Fn(&str) -> Option<String> + 'static) -> Ctx {
        Ctx {
            global,
            env: Box::new(env),
        }
    }

    pub fn env(&self, key: &str) -> Option<String> {
        (self.env)(key)
    }

    /// The settings, the output format (`quiet`: `-q` was given), the terminal and the
    /// client: the prologue of every handler that talks to the service.
    pub fn session(&self, quiet: bool) -> anyhow::Result<Session> {
        self.open(quiet, None)
    }

    /// [`Ctx::session`] for a multi-id command, whose client paces itself: the per-tier
    /// limits come from its flags, then the profile, then the defaults (0 turns one off).
    pub fn bulk_session(&self, quiet: bool, bulk: &BulkArgs) -> anyhow::Result<Session> {
        self.open(quiet, Some(bulk))
    }

    fn open(&self, quiet: bool, bulk: Option<&BulkArgs>) -> anyhow::Result<Session> {
        let jq = self.jq(quiet)?;
        let mut settings = self.settings()?;
        let format = self.format(&settings, quiet)?;
        let shaping = self.shaping()?;
        let term = self.terminal();
        if let Some(bulk) = bulk {
            settings.tier1_per_minute = bulk
                .tier1_per_minute
                .or(settings.tier1_per_minute)
                .or(Some(TIER1_PER_MINUTE));
            settings.tier2_per_minute = bulk
                .tier2_per_minute
                .or(settings.tier2_per_minute)
                .or(Some(TIER2_PER_MINUTE));
        }
        let client = self.client(&settings)?;
        Ok(Session {
            printer: printer(format, term)
                .shaping(shaping)
                .jq(jq)
                .held_cap(self.held_cap()?),
            client,
        })
    }

    /// Server, key and defaults, from flags, environment and profiles.
    pub fn settings(&self) -> anyhow::Result<Settings> {
        let overrides = Overrides {
            server: self.global.server.clone(),
            profile: self.global.profile.clone(),
        };
        let settings = config::resolve(&overrides, &|k| self.env(k))?;
        for n in &settings.notes {
            note(n);
        }
        Ok(settings)
    }

    /// `--jq` compiled, checked against the other output options: a usage error before
    /// anything is sent.
    pub fn jq(&self, quiet: bool) -> anyhow::Result<Option<Jq>> {
        let Some(expr) = &self.global.jq else {
            return Ok(None);
        };
        if quiet {
            return Err(usage(
                "--jq and -q/--quiet cannot be combined (`--jq .id` prints ids)",
            ));
        }
        if let Some(f) = self.global.output.as_deref()
            && !matches!(Format::parse(f), Some(Format::Json | Format::Jsonl))
        {
            return Err(usage(format!(
                "--jq prints its own lines: it cannot be combined with -o {f} (only json or jsonl, which it replaces)"
            )));
        }
        let args: Vec<(String, String)> = self
            .global
            .arg
            .chunks(2)
            .map(|p| (p[0].clone(), p.get(1).cloned().unwrap_or_default()))
            .collect();
        Jq::compile(&JqOptions {
            expr,
            args: &args,
            json_strings: self.global.jq_json,
            slurp: self.global.slurp,
        })
        .map(Some)
        .map_err(usage)
    }

    /// The output format: `-q`, then `-o`/`--json`, then QLIK_OUTPUT or the profile's
    /// `output`, then table on a terminal and json otherwise.
    pub fn format(&self, settings: &Settings, quiet: bool) -> anyhow::Result<Format> {
        if quiet {
            return Ok(Format::Ids);
        }
        if self.global.jq.is_some() {
            return Ok(Format::Jsonl);
        }
        if self.global.json {
            return Ok(Format::Json);
        }
        if let Some(f) = &self.global.output {
            return Format::parse(f).ok_or_else(|| usage(format!("unknown output format `{f}`")));
        }
        if let Some(name) = settings.output.as_deref().filter(|s| !s.trim().is_empty()) {
            return Format::parse(name).ok_or_else(|| {
                usage(format!(
                    "unknown output format `{name}` (from QLIK_OUTPUT or the profile); use {}",
                    Format::NAMES
                ))
            });
        }
        Ok(if self.terminal().tty {
            Format::Table
        } else {
            Format::Json
        })
    }

    /// `--fields` (checked: a malformed list is a usage error) and `--no-headers`.
    pub fn shaping(&self) -> anyhow::Result<Shaping> {
        let fields = match &self.global.fields {
            Some(list) => Some(Fields::parse(list).map_err(usage)?),
            None => None,
        };
        Ok(Shaping {
            fields,
            no_headers: self.global.no_headers,
        })
    }

    /// Whether stdout is a terminal (QLIK_FORCE_TTY=1 says yes, for tests) and its width
    /// (COLUMNS, else the terminal's, else 80).
    pub fn terminal(&self) -> Terminal {
        let tty = match self.env("QLIK_FORCE_TTY").as_deref() {
            Some("1") | Some("true") => true,
            Some("0") | Some("false") => false,
            _ => io::stdout().is_terminal(),
        };
        let width = self
            .env("COLUMNS")
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w > 0)
            .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0))
            .unwrap_or(80);
        Terminal { tty, width }
    }

    /// The OAuth side of the client of `settings`: the client, its token cache, the hint for
    /// a client the service refuses.
    pub fn oauth_config(
        &self,
        settings: &Settings,
        client: &config::OAuthClient,
    ) -> crate::api::OAuthConfig {
        let cache = crate::token_cache::cache_dir(&|k| self.env(k)).map(|dir| {
            Arc::new(crate::token_cache::FileCache::new(
                &dir,
                &settings.server,
                &client.client_id,
                &client.scope,
            )) as Arc<dyn crate::api::TokenCache>
        });
        let from_profile = settings
            .profile
            .as_deref()
            .filter(|_| !settings.key_from_env);
        crate::api::OAuthConfig {
            client_id: client.client_id.clone(),
            client_secret: client.client_secret.clone(),
            scope: client.scope.clone(),
            cache,
            refused_hint: Some(crate::hints::client_refused(
                &settings.server,
                &client.client_id,
                from_profile,
            )),
        }
    }

    /// The token cache of `settings`' OAuth client, if it has one and a cache directory is
    /// known.
    pub fn token_cache(&self, settings: &Settings) -> Option<crate::token_cache::FileCache> {
        let config::Credential::OAuth(client) = &settings.credential else {
            return None;
        };
        crate::token_cache::cache_dir(&|k| self.env(k)).map(|dir| {
            crate::token_cache::FileCache::new(
                &dir,
                &settings.server,
                &client.client_id,
                &client.scope,
            )
        })
    }

    /// The API client for these settings and flags.
    /// The most a held json or yaml listing may spool (`QLIK_MAX_HELD_BYTES`).
    pub fn held_cap(&self) -> anyhow::Result<usize> {
        crate::limits::max_held_bytes(self.env(crate::limits::MAX_HELD_ENV).as_deref())
            .map_err(usage)
    }

    pub fn client(&self, settings: &Settings) -> anyhow::Result<Client> {
        let g = &self.global;
        let key = settings.credential.key().cloned();
        let mut cfg = ClientConfig::new(
            settings.server.clone(),
            key.unwrap_or_else(|| crate::secret::Secret::new("")),
        );
        cfg.origin = Some(origin(settings));
        let from_profile = settings.profile.as_ref().filter(|_| !settings.key_from_env);
        if let config::Credential::OAuth(client) = &settings.credential {
            cfg.oauth = Some(self.oauth_config(settings, client));
        }
        cfg.auth_hint = Some(match from_profile {
            _ if settings.credential.key().is_none() => {
                crate::hints::token_refused(&settings.server, from_profile.map(String::as_str))
            }
            Some(p) => {
                let p = crate::shell::quote(p);
                format!(
                    "the API key of profile \"{p}\" was not accepted by {}: check it with \
                     `qlik profile show {p}` (keys expire; a new one is made in the hub, \
                     Profile settings > API keys)",
                    settings.server
                )
            }
            _ => format!(
                "the API key in QLIK_API_KEY was not accepted by {}: check that it is this \
                 tenant's and has not expired (a new one is made in the hub, Profile \
                 settings > API keys)",
                settings.server
            ),
        });
        if let Some(secs) = g.timeout {
            if !(secs.is_finite() && secs > 0.0 && secs <= 86_400.0) {
                return Err(usage(format!(
                    "--timeout must be a number of seconds above 0, not {secs}"
                )));
            }
            cfg.timeout = Duration::from_secs_f64(secs);
            cfg.connect_timeout = cfg.connect_timeout.min(cfg.timeout);
        }
        cfg.retries = g.retry.unwrap_or(3);
        if let Some(secs) = g.interval {
            if !(secs.is_finite() && secs > 0.0 && secs <= 3600.0) {
                return Err(usage(format!(
                    "--interval must be a number of seconds above 0, not {secs}"
                )));
            }
            cfg.backoff_base = Duration::from_secs_f64(secs);
            cfg.max_backoff = cfg.max_backoff.max(cfg.backoff_base);
        }
        cfg.insecure = g.insecure || settings.insecure;
        if cfg.insecure {
            warn(
                "TLS certificates are not checked (--insecure); use --ca-cert FILE instead where you can",
            );
        }
        if let Some(path) = g.ca_cert.as_ref().or(settings.ca_cert.as_ref()) {
            let pem =
                crate::limits::read_file(path, crate::limits::MAX_CA_CERT_BYTES).map_err(|e| {
                    match e {
                        crate::limits::ReadError::Io(e) => anyhow::Error::new(e)
                            .context(format!("cannot read the CA certificate {}", path.display())),
                        e => usage(e.describe(&format!("the CA certificate {}", path.display()))),
                    }
                })?;
            cfg.ca_certs_pem.push(pem);
        }
        cfg.max_response_bytes =
            crate::limits::max_response_bytes(self.env(crate::limits::MAX_RESPONSE_ENV).as_deref())
                .map_err(usage)?;
        cfg.headers = g.headers.iter().flat_map(|h| h.0.clone()).collect();
        cfg.proxy_env = crate::api::PROXY_VARS
            .iter()
            .filter_map(|name| Some((name.to_string(), self.env(name)?)))
            .collect();
        cfg.names = SettingNames {
            timeout: Some(crate::hints::TIMEOUT_SETTING.into()),
            max_response_bytes: Some(crate::limits::MAX_RESPONSE_ENV.into()),
        };
        cfg.tier1_per_minute = settings.tier1_per_minute;
        cfg.tier2_per_minute = settings.tier2_per_minute;
        if g.verbose {
            let _ = writeln!(
                io::stderr().lock(),
                "using {} ({})",
                crate::text::escape(&settings.server),
                crate::text::escape(&origin(settings))
            );
            cfg.logger = Some(Arc::new(log));
        }
        Ok(Client::new(cfg)?)
    }
}

/// Where the server came from, for `-v` and for the errors of a connection that failed:
/// `profile "prod"`, `from --server` or `from QLIK_SERVER`.
pub fn origin(settings: &Settings) -> String {
    match &settings.source {
        config::Source::Flags => "from --server".into(),
        config::Source::Env => "from QLIK_SERVER".into(),
        config::Source::Profile(p) => format!("profile \"{p}\""),
    }
}

/// The `-v` lines: one per request, and the pacer's own.
fn log(l: Log<'_>) {
    match l {
        Log::Request(e) => log_request(e),
        Log::Pacer(line) => {
            let _ = writeln!(io::stderr().lock(), "{line}");
        }
    }
}

/// The `-v` line for one request: method, URL, status, duration, trace id. No key.
fn log_request(e: &LogEvent) {
    let status = e
        .status
        .map_or_else(|| "---".to_string(), |s| s.to_string());
    let mut line = format!(
        "{} {} {} {}ms",
        e.method,
        e.url,
        status,
        e.duration.as_millis()
    );
    if let Some(t) = &e.trace_id {
        // The trace id is the server's text: cut, and escaped with the rest below.
        line.push_str(&format!(
            " trace={}",
            crate::text::cut(t, crate::text::SHORT_TEXT_CAP)
        ));
    }
    if let Some(n) = &e.note {
        line.push_str(&format!(" ({n})"));
    }
    let _ = writeln!(io::stderr().lock(), "{}", crate::text::escape(&line));
}

/// The printer of a command: to buffered stdout and to stderr. The requests of a dry run are
/// escaped when stdout itself is a terminal.
pub fn printer(format: Format, term: Terminal) -> StdPrinter {
    let out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    Printer::new(format, term, out, io::stderr()).escape_requests(io::stdout().is_terminal())
}
