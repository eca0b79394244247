//! The command-line surface: clap types only, no behaviour.
//!
//! Conventions: flags keep qlik-cli's camelCase names (`--resourceType`) and also accept
//! kebab-case (`--resource-type`), an alias that [`other_spelling`] derives; options shared
//! by every command live in [`GlobalArgs`] under the "Global options" heading and may be
//! given before or after the subcommand.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub mod item;
pub mod profile;
pub mod raw;
pub mod tree;
pub mod value;

use value::Checked;

/// The other spelling of a long flag, its visible alias: kebab-case for a camelCase name
/// (`spaceId` → `space-id`), camelCase for a kebab-case one (`dry-run` → `dryRun`). Digits
/// stay with the word before them (`tier1-per-minute` ↔ `tier1PerMinute`).
pub fn other_spelling(long: &str) -> String {
    let mut out = String::with_capacity(long.len() + 4);
    let mut upper_next = false;
    for c in long.chars() {
        if c == '-' {
            upper_next = true;
        } else if upper_next {
            out.push(c.to_ascii_uppercase());
            upper_next = false;
        } else if c.is_ascii_uppercase() && !long.contains('-') {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A fast command-line client for the Qlik Cloud Items API.
///
/// Connection settings come from flags (`--server`, `--profile`), then the environment
/// (QLIK_SERVER + QLIK_API_KEY or QLIK_CLIENT_ID + QLIK_CLIENT_SECRET, QLIK_PROFILE), then the
/// default profile. `qlik auth status` shows which are in use.
///
/// Examples:
///
///   qlik item ls --resourceType app --all
///   qlik item get 65f1c0ffee0123456789abcd -o yaml
///   qlik emulator exec -- qlik item ls
#[derive(Debug, Parser)]
#[command(name = "qlik", version, verbatim_doc_comment)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AUTH_STATUS_EXAMPLES: &str = "\
Examples:

  qlik auth status
  qlik whoami --profile prod
  qlik auth status -o json | jq -r .user_email";

/// `qlik auth …`.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Show the server, profile and credential in use, and whom the credential acts as
    ///
    /// Asks GET /api/v1/users/me with the credential that every other command would use
    /// (same precedence of flags, environment and profiles) and prints the server, the profile
    /// and where each came from, the credential's kind (api-key or oauth-client), and the
    /// user's name, id, email and tenant. For an API key that is a JWT, its expiry is read
    /// from the key itself. A SETTING/VALUE table on a terminal, a JSON object when piped.
    ///
    /// Exit codes: 0 the credential works; 4 it is refused (with the reason); 1 it cannot be
    /// told: the server cannot be reached, or fails, even after the retries. The object is
    /// printed in every case where a server was named, with `ok` and `error` saying what
    /// happened.
    #[command(visible_alias = "whoami", verbatim_doc_comment, after_help = AUTH_STATUS_EXAMPLES)]
    Status,
    /// Forget the cached access token of the OAuth client in use, and revoke it
    ///
    /// Deletes the token kept in the cache directory for the client in use (profile or
    /// QLIK_CLIENT_ID) and asks the server to revoke it (POST /oauth/revoke). The next command
    /// fetches a new token. With an API key there is nothing to forget: a note says so.
    ///
    /// Examples:
    ///
    ///   qlik auth logout
    ///   qlik auth logout --profile bot
    #[command(verbatim_doc_comment)]
    Logout,
}

/// Options accepted by every command.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)
    #[arg(short = 's', long, global = true, value_name = "URL", value_parser = Checked(value::server))]
    pub server: Option<String>,
    /// Connection profile to use (qlik-cli calls it a context)
    #[arg(long, visible_alias = "context", global = true, value_name = "NAME", value_hint = tree::PROFILE_HINT)]
    pub profile: Option<String>,
    // A String, not an enum: `qlik profile add --output` shares this id and type, and clap
    // hands the value of a global option up to this struct.
    /// Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv,
    /// tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise;
    /// QLIK_OUTPUT or the profile's `output` changes it]
    #[arg(short = 'o', long, global = true, value_name = "FORMAT", value_parser = ["table", "wide", "json", "yaml", "jsonl", "csv", "tsv", "name"])]
    pub output: Option<String>,
    /// Fields to print, in this order: dotted paths separated by commas, e.g.
    /// id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is
    /// null, an empty cell)
    #[arg(long, global = true, value_name = "LIST", value_parser = value::FieldList, hide_possible_values = true)]
    pub fields: Option<String>,
    /// Leave out the header row of csv, tsv and the table
    #[arg(long = "no-headers", visible_alias = "noHeaders", global = true)]
    pub no_headers: bool,
    /// Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one
    /// JSON object: {"status", "title", "error": {"title", "detail", "status", "code",
    /// "traceId", "hint", "message"}, "exitCode": N}
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,
    /// qlik-cli's server type: only `cloud`, this tool's one kind of server, is accepted (so
    /// qlik-cli lines that give it run unchanged); another is a usage error.
    #[arg(long = "server-type", visible_alias = "serverType", global = true, hide = true, value_name = "TYPE", value_parser = ["cloud"])]
    pub server_type: Option<String>,
    /// Log each request (method, URL, status, duration, trace id) to stderr
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,
    /// Accept any TLS certificate (unsafe: only for test servers)
    #[arg(long, global = true)]
    pub insecure: bool,
    /// Trust this PEM certificate (or bundle) in addition to the system roots
    #[arg(
        long = "ca-cert",
        visible_alias = other_spelling("ca-cert"),
        global = true,
        value_name = "FILE"
    )]
    pub ca_cert: Option<PathBuf>,
    /// Give up on a request after this many seconds, 0.001 to 86400 [default: 60]
    #[arg(long, global = true, value_name = "SECS", value_parser = Checked(value::timeout))]
    pub timeout: Option<f64>,
    /// Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10
    /// [default: 3]. With several ids (item get, item rm), an id still failing after them is
    /// tried once more; a single id is not
    #[arg(long, global = true, value_name = "N", value_parser = Checked(value::retry))]
    pub retry: Option<u32>,
    /// Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600
    /// [default: 0.25]
    #[arg(long, global = true, value_name = "SECS", value_parser = Checked(value::interval))]
    pub interval: Option<f64>,
    /// Extra HTTP headers for every request: NAME=VALUE, or qlik-cli's comma-separated map
    /// X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole:
    /// '"X-A=1,2",X-B=3'; one NAME=VALUE alone keeps its commas. Refused: Authorization
    /// (it comes from the API key), Proxy-Authorization, and the headers that frame the
    /// request or the connection: Host, Content-Length, Transfer-Encoding, Connection,
    /// Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding,
    /// Accept-Encoding
    #[arg(long = "headers", visible_alias = "header", global = true, value_name = "NAME=VALUE", value_parser = Checked(value::header))]
    pub headers: Vec<value::Headers>,
    /// Print what this jq expression makes of the data instead (embedded jq; see
    /// docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat.
    /// Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)
    #[arg(
        long,
        global = true,
        value_name = "EXPR",
        help_heading = "Output shaping"
    )]
    pub jq: Option<String>,
    /// With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)
    #[arg(
        long = "jq-json",
        global = true,
        requires = "jq",
        help_heading = "Output shaping"
    )]
    pub jq_json: bool,
    /// With --jq: run the expression once, on the array of all items (memory then grows
    /// with the listing, about 12 KB per item: at most 100,000 items)
    #[arg(long, global = true, requires = "jq", help_heading = "Output shaping")]
    pub slurp: bool,
    /// With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)
    #[arg(long, global = true, num_args = 2, value_names = ["NAME", "VALUE"], action = clap::ArgAction::Append, requires = "jq", help_heading = "Output shaping")]
    pub arg: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List, inspect and manage items (apps, automations, data sets and other resources)
    #[command(subcommand)]
    Item(item::ItemCommand),
    /// Call any other API of the server: GET, POST, PUT, PATCH or DELETE a path
    #[command(subcommand, visible_alias = "api")]
    Raw(raw::RawCommand),
    /// Manage connection profiles
    #[command(subcommand, visible_alias = "context")]
    Profile(profile::ProfileCommand),
    /// Check the credential in use, and forget cached access tokens
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Show whom the credential in use acts as (the same as `qlik auth status`)
    #[command(verbatim_doc_comment, after_help = AUTH_STATUS_EXAMPLES)]
    Whoami,
    /// Run a local emulator of the Items API, for trying the tool and testing scripts
    #[cfg(feature = "emulator")]
    #[command(subcommand)]
    Emulator(Box<EmulatorCommand>),
    /// Print a shell completion script
    ///
    /// Examples:
    ///
    ///   qlik completion bash > ~/.local/share/bash-completion/completions/qlik
    ///   qlik completion zsh > ~/.zfunc/_qlik
    ///   qlik completion fish > ~/.config/fish/completions/qlik.fish
    ///   qlik completion powershell >> $PROFILE
    #[command(verbatim_doc_comment)]
    Completion {
        /// The shell to complete for
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}
#[cfg(feature = "emulator")]
#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the emulator until Ctrl-C
    ///
    /// Prints the base URL, the API key, the OAuth client (and how to get a token with it)
    /// and the two environment lines that point `qlik` (or any other client) at it.
    ///
    /// Examples:
    ///
    ///   qlik emulator start
    ///   qlik emulator start --port 8080 --items 10000 --seed 7
    ///   qlik emulator start --fail-503 0.1 --latency-ms 20 --log
    ///   qlik emulator start --client-id ci-bot --client-secret "$SECRET" --token-ttl-secs 60
    #[command(verbatim_doc_comment)]
    Start(EmulatorArgs),
    /// Start the emulator, run a command against it, stop it
    ///
    /// The command runs with QLIK_SERVER and QLIK_API_KEY set and the directory of this
    /// `qlik` first on PATH; `qlik emulator exec` exits with the command's status.
    ///
    /// Examples:
    ///
    ///   qlik emulator exec -- qlik item ls
    ///   qlik emulator exec --items 1000 -- ./my-cleanup-script.sh
    #[command(verbatim_doc_comment)]
    Exec {
        #[command(flatten)]
        args: EmulatorArgs,
        /// The command to run, and its arguments
        #[arg(required = true, last = true, value_name = "CMD")]
        command: Vec<std::ffi::OsString>,
    },
}

/// The key the bundled emulator accepts unless `--api-key` says otherwise: the emulator's own
/// default (a test in `commands/emulator.rs` holds them equal), written here so that the
/// command line does not depend on the emulator crate.
#[cfg(feature = "emulator")]
pub const EMULATOR_DEFAULT_KEY: &str = "qlik-emulator-dev-key";

#[cfg(feature = "emulator")]
#[derive(Debug, clap::Args)]
pub struct EmulatorArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// API key the emulator accepts (Authorization: Bearer KEY)
    #[arg(long = "api-key", default_value = EMULATOR_DEFAULT_KEY, env = "QLIK_EMULATOR_API_KEY", hide_env_values = true)]
    pub api_key: String,
    /// A second key that may only read: writes with it get 403
    #[arg(long = "read-only-key", value_name = "KEY")]
    pub read_only_key: Option<String>,
    /// OAuth client accepted by POST /oauth/token (repeatable, each followed by its
    /// --client-secret); replaces the built-in client, which is served on loopback only
    #[arg(long = "client-id", value_name = "ID", help_heading = "OAuth clients")]
    pub client_id: Vec<String>,
    /// Secret of the --client-id given in the same position (never printed)
    #[arg(
        long = "client-secret",
        value_name = "SECRET",
        help_heading = "OAuth clients"
    )]
    pub client_secret: Vec<String>,
    /// How long an access token lives, in seconds
    #[arg(
        long = "token-ttl-secs",
        default_value_t = 3600,
        value_name = "SECS",
        value_parser = clap::value_parser!(u64).range(1..=31_536_000),
        help_heading = "OAuth clients"
    )]
    pub token_ttl_secs: u64,
    /// Number of items to generate
    #[arg(long, default_value_t = 250)]
    pub items: usize,
    /// Seed for the generated items and the injected faults
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Load items from a JSON fixture instead of generating them
    #[arg(long, value_name = "FILE.json")]
    pub data: Option<std::path::PathBuf>,
    /// Tier 1 (GET) requests allowed per minute; 0 turns the limit off
    #[arg(long = "tier1-per-minute", default_value_t = 1000, value_name = "N")]
    pub tier1_per_minute: u32,
    /// Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off
    #[arg(long = "tier2-per-minute", default_value_t = 100, value_name = "N")]
    pub tier2_per_minute: u32,
    /// Window the rate limits are evaluated over, in seconds
    #[arg(long = "rate-window-secs", default_value_t = 300, value_name = "SECS")]
    pub rate_window_secs: u64,
    /// Do not send Ratelimit-Limit/-Remaining/-Reset headers
    #[arg(long = "no-rate-headers")]
    pub no_rate_headers: bool,
    /// Added latency per response, in milliseconds
    #[arg(
        long = "latency-ms",
        default_value_t = 0,
        value_name = "MS",
        help_heading = "Fault injection"
    )]
    pub latency_ms: u64,
    /// Extra random latency per response, up to this many milliseconds
    #[arg(
        long = "jitter-ms",
        default_value_t = 0,
        value_name = "MS",
        help_heading = "Fault injection"
    )]
    pub jitter_ms: u64,
    /// Fraction of requests answered 500 Internal Server Error
    #[arg(long = "fail-500", default_value_t = 0.0, value_name = "FRACTION", value_parser = fraction, help_heading = "Fault injection")]
    pub fail_500: f64,
    /// Fraction of requests answered 503 Service Unavailable
    #[arg(long = "fail-503", default_value_t = 0.0, value_name = "FRACTION", value_parser = fraction, help_heading = "Fault injection")]
    pub fail_503: f64,
    /// Fraction of connections dropped without an answer
    #[arg(long = "drop", default_value_t = 0.0, value_name = "FRACTION", value_parser = fraction, help_heading = "Fault injection")]
    pub drop: f64,
    /// Fraction of response bodies cut short
    #[arg(long = "truncate", default_value_t = 0.0, value_name = "FRACTION", value_parser = fraction, help_heading = "Fault injection")]
    pub truncate: f64,
    /// Serve HTTPS with a generated self-signed certificate
    #[arg(long)]
    pub tls: bool,
    /// Where to write the certificate with --tls (default: a file in the temp directory)
    #[arg(long = "tls-cert", value_name = "FILE.pem", requires = "tls")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// Log each request (method, path, status, duration) to stderr
    #[arg(long)]
    pub log: bool,
}

#[cfg(feature = "emulator")]
fn fraction(s: &str) -> Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("`{s}` is not a fraction between 0 and 1"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn other_spelling_goes_both_ways() {
        for (camel, kebab) in [
            ("spaceId", "space-id"),
            ("resourceCustomAttributes", "resource-custom-attributes"),
            ("usageMetricsEnabled", "usage-metrics-enabled"),
            ("caCert", "ca-cert"),
            ("tier1PerMinute", "tier1-per-minute"),
            ("dryRun", "dry-run"),
        ] {
            assert_eq!(other_spelling(camel), kebab);
            assert_eq!(other_spelling(kebab), camel);
        }
    }
}
