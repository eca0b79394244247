//! `qlik profile …` (alias `qlik context …`): clap types only.

use std::path::PathBuf;

use clap::{Args, Subcommand};

const PROFILE_HELP: &str = "\
A profile names a tenant: its server URL, its API key or OAuth client (kept in
credentials.toml, mode 0600) and optional defaults such as the output format. Commands use
the default profile unless --profile/--context, QLIK_PROFILE or QLIK_SERVER + QLIK_API_KEY
(or QLIK_CLIENT_ID + QLIK_CLIENT_SECRET) say otherwise.

Examples:

  qlik profile add prod --server https://tenant.eu.qlikcloud.com --default
  qlik profile update prod --output yaml
  qlik profile ls
  qlik profile use prod
  qlik context get";

/// `qlik profile …`. The group's one-line help is the doc comment of `Command::Profile`;
/// [`PROFILE_HELP`] is shown after its options.
#[derive(Debug, Subcommand)]
#[command(after_help = PROFILE_HELP)]
pub enum ProfileCommand {
    /// Save a profile: a server URL and its API key or OAuth client
    ///
    /// The API key is asked for without echo on a terminal, or read from standard input with
    /// --api-key-stdin. qlik-cli's --api-key KEY is accepted too, with a warning: on the
    /// command line the key ends up in the shell history and the process list. The first
    /// profile saved becomes the default. --comment keeps a note, shown by `profile ls`.
    ///
    /// With --client-id ID the profile holds an OAuth machine-to-machine client instead: its
    /// secret is asked for the same way (or read with --client-secret-stdin), and its access
    /// tokens, asked for scope --scope (default user_default), are fetched when needed and
    /// kept in the user cache directory until they expire (docs/auth.md).
    ///
    /// The server is the tenant's address alone (https://TENANT.REGION.qlikcloud.com): a
    /// trailing /api/v1 is dropped, with a note; any other path, a query or a fragment is
    /// refused.
    ///
    /// Before saving, the key is checked against the server (GET /api/v1/users/me, or one
    /// GET /api/v1/items?limit=1 where that is missing), and the user it acts as is shown.
    /// Nothing is saved when the key is refused (exit 4), the server cannot be reached
    /// (exit 7) or does not answer as Qlik Cloud does (exit 1); --no-verify saves without
    /// checking.
    ///
    /// Examples:
    ///
    ///   qlik profile add prod --server https://tenant.eu.qlikcloud.com
    ///   printf '%s' "$KEY" | qlik profile add ci --server tenant.eu.qlikcloud.com --api-key-stdin
    ///   qlik profile add dev --server https://dev.us.qlikcloud.com --output yaml --default
    ///   qlik profile add offline --server https://tenant.eu.qlikcloud.com --no-verify
    ///   qlik context create me@cloud --server tenant.eu.qlikcloud.com --comment "Production"
    ///   printf '%s' "$SECRET" | qlik profile add bot --server tenant.eu.qlikcloud.com \
    ///       --client-id 0123456789abcdef0123456789abcdef --client-secret-stdin
    #[command(visible_alias = "create", verbatim_doc_comment)]
    Add(AddArgs),
    /// Change a profile's settings, keeping its credential unless a new one is given
    ///
    /// Only the settings given change. --unset SETTING (repeatable) removes an optional
    /// setting, so that the built-in default applies again; --no-insecure and --no-allow-http
    /// turn those off. The API key is kept unless --api-key-stdin or --ask-api-key gives a new
    /// one. --client-id, --client-secret-stdin (or --ask-client-secret) and --scope change an
    /// OAuth client, or switch a profile from an API key to a client (id and secret both
    /// needed); --api-key-stdin switches a client's profile to a key. When the server or the
    /// credential changes, the pair is checked as `profile add` checks it (--no-verify skips
    /// that), and nothing is saved if the check fails.
    ///
    /// An unknown NAME is an error with exit code 3 (not found).
    ///
    /// Examples:
    ///
    ///   qlik profile update prod --server https://tenant.eu.qlikcloud.com
    ///   qlik profile update prod --output yaml --tier2-per-minute 50
    ///   qlik profile update prod --unset output --unset ca-cert --no-insecure
    ///   printf '%s' "$NEW_KEY" | qlik profile update ci --api-key-stdin
    ///   qlik profile update prod --ask-api-key
    ///   qlik profile update bot --client-id 0123456789abcdef0123456789abcdef --ask-client-secret
    ///   qlik profile update bot --scope "user_default admin_classic"
    #[command(verbatim_doc_comment)]
    Update(UpdateArgs),
    /// List profiles
    ///
    /// A table (NAME, SERVER, DEFAULT, COMMENT) on a terminal; a JSON array of
    /// {"name", "server", "default", "comment"} objects when piped. -o/--json and QLIK_OUTPUT
    /// choose another format.
    ///
    /// Examples:
    ///
    ///   qlik profile ls
    ///   qlik profile ls | jq -r '.[].name'
    #[command(visible_alias = "list", verbatim_doc_comment)]
    Ls,
    /// Make a profile the default
    ///
    /// Example:
    ///
    ///   qlik profile use prod
    #[command(verbatim_doc_comment)]
    Use {
        /// Profile name
        #[arg(value_name = "NAME", value_hint = super::tree::PROFILE_HINT)]
        name: String,
    },
    /// Show a profile's settings, with the API key or client secret masked
    ///
    /// Without NAME, shows the profile in use (QLIK_PROFILE, else the default profile). Prints
    /// a SETTING/VALUE table on a terminal and a JSON object when piped; -o/--json and
    /// QLIK_OUTPUT choose another format.
    ///
    /// Examples:
    ///
    ///   qlik profile show
    ///   qlik context get prod -o yaml
    #[command(visible_alias = "get", verbatim_doc_comment)]
    Show {
        /// Profile name (default: the profile in use)
        #[arg(value_name = "NAME", value_hint = super::tree::PROFILE_HINT)]
        name: Option<String>,
    },
    /// Remove profiles, their credentials and their cached access tokens
    ///
    /// Every NAME is checked first: when one is not a profile, nothing is removed (exit 2).
    /// Removing the default profile leaves none as the default.
    ///
    /// Examples:
    ///
    ///   qlik profile rm old-tenant
    ///   qlik context rm ctx1 ctx2
    #[command(visible_alias = "remove", verbatim_doc_comment)]
    Rm {
        /// Profile names
        #[arg(value_name = "NAME", required = true, num_args = 1.., value_hint = super::tree::PROFILE_HINT)]
        names: Vec<String>,
    },
    /// Leave no profile as the default
    ///
    /// Commands then need --profile, QLIK_PROFILE or QLIK_SERVER with a credential, until
    /// `qlik profile use NAME` chooses a default again. The profiles themselves stay.
    ///
    /// Example:
    ///
    ///   qlik context clear
    #[command(verbatim_doc_comment)]
    Clear,
    /// Rename a profile, keeping its settings, its credential and its place as the default
    ///
    /// A NEW name that is already a profile is refused (exit 2), as `profile add` refuses it.
    ///
    /// Example:
    ///
    ///   qlik context rename me@tenant prod
    #[command(verbatim_doc_comment)]
    Rename {
        /// The profile's name now
        #[arg(value_name = "OLD", value_hint = super::tree::PROFILE_HINT)]
        old: String,
        /// Its new name: letters, digits, - _ . @
        #[arg(value_name = "NEW")]
        new: String,
    },
    /// Import qlik-cli's contexts (~/.qlik/contexts.yml) as profiles
    ///
    /// Reads the contexts file of qlik-cli (or of corectl, which it grew out of) and shows
    /// what it will create: a NAME, SERVER, CREDENTIAL, COMMENT and ACTION table on stderr,
    /// never a key. A context's `Authorization: Bearer KEY` header (or its `api-key`) becomes
    /// the profile's API key; `oauth-client-id` and `oauth-client-secret` an OAuth client;
    /// `insecure` and `comment` are kept. Other headers and `certificates` are not imported,
    /// with a warning. A context with no server, a server that is not a Qlik Cloud URL, a
    /// server-type other than cloud, or a key with spaces or control characters is reported
    /// and skipped.
    ///
    /// A context whose name is already a profile is skipped (--on-clash skip, the default) or
    /// imported under the name NAME-imported (--on-clash rename). A name with characters a
    /// profile name cannot have gets them replaced with `-`. Keys go to credentials.toml (mode
    /// 0600); they are not checked against the server (`qlik auth status --profile NAME`
    /// does). The default profile becomes the file's current-context only when none is set.
    ///
    /// On a terminal the import is confirmed first; elsewhere --yes is needed. --dry-run shows
    /// the plan and writes nothing. Exit 0 when every context was imported or skipped for a
    /// clash; 6 when some were skipped because they cannot be imported (each is reported); 1
    /// when none could be. A file that cannot be read or is not a contexts file: exit 2.
    ///
    /// Examples:
    ///
    ///   qlik profile import --dry-run
    ///   qlik context import --from ./contexts.yml --on-clash rename --yes
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
    /// Print the name of the profile in use
    ///
    /// The profile whose key and settings commands would use, by the same precedence:
    /// --profile (--context), then --server or QLIK_SERVER (a profile with that server, if
    /// any), then QLIK_PROFILE, then the default profile. Prints nothing, with a note on
    /// stderr, when --server or QLIK_SERVER is used with QLIK_API_KEY and no profile has that
    /// server.
    ///
    /// Example:
    ///
    ///   qlik profile current
    #[command(verbatim_doc_comment)]
    Current,
}

/// What `qlik profile import` does with a context whose name is already a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnClash {
    /// Leave the profile as it is and do not import the context
    Skip,
    /// Import the context as NAME-imported (NAME-imported-2, … when that is taken too)
    Rename,
}

/// `qlik profile import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The contexts file (default: ~/.qlik/contexts.yml)
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// What to do with a context whose name is already a profile
    #[arg(long = "on-clash", value_name = "WHAT", value_enum, default_value_t = OnClash::Skip)]
    pub on_clash: OnClash,
    /// Import without asking for confirmation (needed when not on a terminal)
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Show what would be imported and write nothing
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

/// `qlik profile add` arguments.
///
/// The field names `server`, `output`, `insecure` and `ca_cert` match the global options of the
/// same names on purpose: clap then uses these for `profile add` instead of the global ones.
/// Their value types must match the global ones too, since clap copies the values of global
/// ids up to the top-level matches.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Profile name: letters, digits, - _ . @ (e.g. prod, me@tenant)
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)
    #[arg(short = 's', long, value_name = "URL")]
    pub server: String,
    /// Read the API key from standard input instead of asking for it
    #[arg(long = "api-key-stdin")]
    pub api_key_stdin: bool,
    /// The API key itself, as qlik-cli takes it: visible to other users in the process list
    /// and kept in the shell history, so a warning says so; prefer --api-key-stdin
    #[arg(long = "api-key", value_name = "KEY", conflicts_with = "api_key_stdin")]
    pub api_key: Option<String>,
    /// Authenticate with this OAuth client (machine-to-machine) instead of an API key; its
    /// secret is asked for, or read with --client-secret-stdin
    #[arg(
        long = "client-id",
        visible_alias = "oauth-client-id",
        value_name = "ID",
        conflicts_with_all = ["api_key_stdin", "api_key"]
    )]
    pub client_id: Option<String>,
    /// Read the OAuth client's secret from standard input instead of asking for it
    #[arg(long = "client-secret-stdin", requires = "client_id")]
    pub client_secret_stdin: bool,
    /// The OAuth client's secret itself, as qlik-cli takes it (visible in the process list
    /// and the shell history, with a warning); prefer --client-secret-stdin
    #[arg(
        long = "client-secret",
        visible_alias = "oauth-client-secret",
        value_name = "SECRET",
        requires = "client_id",
        conflicts_with = "client_secret_stdin"
    )]
    pub client_secret: Option<String>,
    /// A note about the profile, shown by `profile ls` and `profile show`
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// Scope of the OAuth client's tokens (default: user_default)
    #[arg(long, value_name = "SCOPE", requires = "client_id")]
    pub scope: Option<String>,
    /// Make this profile the default
    #[arg(long)]
    pub default: bool,
    /// Replace the profile if it exists
    #[arg(long)]
    pub force: bool,
    /// Default output format for commands using this profile
    #[arg(short = 'o', long, value_name = "FORMAT", value_parser = ["table", "wide", "json", "yaml", "jsonl"])]
    pub output: Option<String>,
    /// Client-side limit of tier 1 (read) requests per minute
    #[arg(long = "tier1-per-minute", value_name = "N")]
    pub tier1_per_minute: Option<u32>,
    /// Client-side limit of tier 2 (write) requests per minute
    #[arg(long = "tier2-per-minute", value_name = "N")]
    pub tier2_per_minute: Option<u32>,
    /// Skip TLS certificate verification for this profile (unsafe; for test servers only)
    #[arg(long)]
    pub insecure: bool,
    /// Trust this PEM certificate (or bundle) for this profile's server
    #[arg(long = "ca-cert", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow a plain http:// server that is not loopback (the key then travels unencrypted)
    #[arg(long = "allow-http")]
    pub allow_http: bool,
    /// Save without checking the key against the server
    #[arg(long = "no-verify")]
    pub no_verify: bool,
}

/// The optional settings `qlik profile update --unset` removes.
pub const UNSETTABLE: [&str; 7] = [
    "output",
    "tier1-per-minute",
    "tier2-per-minute",
    "insecure",
    "ca-cert",
    "allow-http",
    "comment",
];

fn unset_values() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(UNSETTABLE.map(|name| {
        // The key's name in config.toml is accepted too.
        let key: &'static str = match name {
            "tier1-per-minute" => "tier1_per_minute",
            "tier2-per-minute" => "tier2_per_minute",
            "ca-cert" => "ca_cert",
            "allow-http" => "allow_http",
            other => other,
        };
        let value = clap::builder::PossibleValue::new(name);
        if key == name { value } else { value.alias(key) }
    }))
}

/// `qlik profile update` arguments. As for [`AddArgs`], `server`, `output`, `insecure` and
/// `ca_cert` share the ids (and value types) of the global options of the same names.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Name of the profile to change
    #[arg(value_name = "NAME")]
    pub name: String,
    /// New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a
    /// trailing /api/v1 is dropped)
    #[arg(short = 's', long, value_name = "URL", value_parser = crate::cli::value::Checked(crate::cli::value::server))]
    pub server: Option<String>,
    /// Read a new API key from standard input
    #[arg(long = "api-key-stdin", conflicts_with = "ask_api_key")]
    pub api_key_stdin: bool,
    /// Ask for a new API key, without echo, on the terminal
    #[arg(long = "ask-api-key")]
    pub ask_api_key: bool,
    /// A new API key itself, as qlik-cli takes it: visible to other users in the process list
    /// and kept in the shell history, so a warning says so; prefer --api-key-stdin
    #[arg(long = "api-key", value_name = "KEY", conflicts_with_all = ["api_key_stdin", "ask_api_key"])]
    pub api_key: Option<String>,
    /// Authenticate with this OAuth client instead (or change the client id); a profile that
    /// held an API key needs the client's secret too
    #[arg(long = "client-id", visible_alias = "oauth-client-id", value_name = "ID", conflicts_with_all = ["api_key_stdin", "ask_api_key", "api_key"])]
    pub client_id: Option<String>,
    /// Read a new OAuth client secret from standard input
    #[arg(long = "client-secret-stdin", conflicts_with_all = ["ask_client_secret", "api_key_stdin", "ask_api_key", "api_key"])]
    pub client_secret_stdin: bool,
    /// Ask for a new OAuth client secret, without echo, on the terminal
    #[arg(long = "ask-client-secret", conflicts_with_all = ["api_key_stdin", "ask_api_key", "api_key"])]
    pub ask_client_secret: bool,
    /// A new OAuth client secret itself, as qlik-cli takes it (visible in the process list and
    /// the shell history, with a warning); prefer --client-secret-stdin
    #[arg(long = "client-secret", visible_alias = "oauth-client-secret", value_name = "SECRET", conflicts_with_all = ["client_secret_stdin", "ask_client_secret", "api_key_stdin", "ask_api_key", "api_key"])]
    pub client_secret: Option<String>,
    /// Scope of the OAuth client's tokens (user_default when unset)
    #[arg(long, value_name = "SCOPE", conflicts_with_all = ["api_key_stdin", "ask_api_key", "api_key"])]
    pub scope: Option<String>,
    /// A note about the profile, shown by `profile ls` and `profile show`
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// Make this profile the default
    #[arg(long)]
    pub default: bool,
    /// Default output format for commands using this profile
    #[arg(short = 'o', long, value_name = "FORMAT", value_parser = ["table", "wide", "json", "yaml", "jsonl"])]
    pub output: Option<String>,
    /// Client-side limit of tier 1 (read) requests per minute (0: no limit)
    #[arg(long = "tier1-per-minute", value_name = "N")]
    pub tier1_per_minute: Option<u32>,
    /// Client-side limit of tier 2 (write) requests per minute (0: no limit)
    #[arg(long = "tier2-per-minute", value_name = "N")]
    pub tier2_per_minute: Option<u32>,
    /// Skip TLS certificate verification for this profile (unsafe; for test servers only)
    #[arg(long)]
    pub insecure: bool,
    /// Verify TLS certificates again (the default)
    #[arg(long = "no-insecure", conflicts_with = "insecure")]
    pub no_insecure: bool,
    /// Trust this PEM certificate (or bundle) for this profile's server
    #[arg(long = "ca-cert", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Allow a plain http:// server that is not loopback (the key then travels unencrypted)
    #[arg(long = "allow-http")]
    pub allow_http: bool,
    /// Refuse plain http:// to a host that is not loopback again (the default)
    #[arg(long = "no-allow-http", conflicts_with = "allow_http")]
    pub no_allow_http: bool,
    /// Remove an optional setting, so that its default applies (repeatable): output,
    /// tier1-per-minute, tier2-per-minute, insecure, ca-cert, allow-http, comment
    #[arg(long, value_name = "SETTING", value_parser = unset_values(), hide_possible_values = true)]
    pub unset: Vec<String>,
    /// Save without checking a new server or key against the server
    #[arg(long = "no-verify")]
    pub no_verify: bool,
}
