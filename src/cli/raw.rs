//! `qlik raw get|post|put|patch|delete PATH` (alias `qlik api`): any API of the configured
//! server, with this tool's connection, retries, pacing, output and exit codes.

use clap::{Args, Subcommand};

use super::other_spelling;
use super::value::{self, Checked};

/// The most pages `--paginate` follows unless `--max-pages` says otherwise.
pub const DEFAULT_MAX_PAGES: u64 = 10_000;

#[derive(Debug, Subcommand)]
pub enum RawCommand {
    /// Send a GET request to any API of the server
    ///
    /// PATH is a path on the configured server: /api/v1/spaces, api/v1/spaces, or qlik-cli's
    /// v1/spaces (read as /api/v1/spaces), with or without a query string. A full URL is
    /// accepted only when it has the server's own scheme, host and port: the credential is
    /// never sent elsewhere. The answer prints whole: pretty JSON on a terminal and when
    /// piped (-o json), or each item of a list answer (its `data`) with -o jsonl, csv, tsv,
    /// table, name, -q or --fields; --raw prints the bytes exactly as received.
    ///
    /// With --paginate, the `links.next` link of each list answer (an href, or the URL
    /// itself) is followed page after page, on the same path and server only, and the items
    /// of every page's `data` print as one JSON array (-o json), one object a line (-o
    /// jsonl) or a table. A link that leaves the listing, leads back to a page already
    /// listed, or a listing longer than --max-pages, ends it with an error after the pages
    /// before.
    ///
    /// Exit codes: 0 ok, 2 bad input (nothing sent), 3 not found, 4 refused (401, 403),
    /// 5 conflict, 7 rate-limited or unavailable after the retries, 1 anything else.
    ///
    /// Examples:
    ///
    ///   qlik raw get /api/v1/spaces --paginate -o jsonl
    ///   qlik raw get v1/items --query resourceType=app --query limit=5 --jq '.data[].name'
    ///   qlik api get /api/v1/users/me --fields id,name,email
    ///   qlik raw get /api/v1/items --paginate --query limit=100 -q
    #[command(verbatim_doc_comment)]
    Get(RawGetArgs),
    /// Send a POST request with a JSON body to any API of the server
    ///
    /// The body is --body JSON, or -f/--body-file FILE (- for standard input), or qlik-cli's
    /// --body-values key=value pairs; it is checked to be JSON before anything is sent (a
    /// malformed body is exit 2, with the line and column). A POST is not retried once it
    /// may have reached the service (only after a 429, which the service did not process).
    /// --dry-run prints the request and sends nothing.
    ///
    /// Examples:
    ///
    ///   qlik raw post /api/v1/spaces --body '{"name":"Finance","type":"shared"}'
    ///   qlik raw post /api/v1/reloads -f reload.json --jq .id
    ///   qlik raw post /api/v1/spaces --body-values name=Sales --body-values type=managed --dry-run
    #[command(verbatim_doc_comment)]
    Post(RawWriteArgs),
    /// Send a PUT request with a JSON body to any API of the server
    ///
    /// As `qlik raw post`; a PUT is retried like a read, since sending it twice changes
    /// nothing more.
    ///
    /// Examples:
    ///
    ///   qlik raw put /api/v1/items/ITEM_ID -f item.json
    ///   qlik item get ITEM_ID | qlik raw put /api/v1/items/ITEM_ID -f - --dry-run
    #[command(verbatim_doc_comment)]
    Put(RawWriteArgs),
    /// Send a PATCH request with a JSON body to any API of the server
    ///
    /// As `qlik raw post`: a PATCH is not retried once it may have reached the service.
    ///
    /// Examples:
    ///
    ///   qlik raw patch /api/v1/items/settings --body '[{"op":"replace","path":"/usageMetricsEnabled","value":false}]'
    ///   qlik raw patch /api/v1/spaces/SPACE_ID -f ops.json --dry-run
    #[command(verbatim_doc_comment)]
    Patch(RawWriteArgs),
    /// Send a DELETE request to any API of the server
    ///
    /// Sends at once, without asking: `qlik item rm` is the command that asks first. A body
    /// is sent only when given. A 204 answer prints nothing.
    ///
    /// Examples:
    ///
    ///   qlik raw delete /api/v1/items/ITEM_ID
    ///   qlik raw delete /api/v1/spaces/SPACE_ID --dry-run
    #[command(verbatim_doc_comment)]
    Delete(RawWriteArgs),
}

/// What every `qlik raw` method takes.
#[derive(Debug, Clone, Default, Args)]
pub struct RawArgs {
    /// The path on the server, e.g. /api/v1/spaces (a query string may follow it)
    #[arg(value_name = "PATH")]
    pub path: String,
    /// Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli's
    /// k1=v1,k2=v2 is read as two when every part has an `=`)
    #[arg(long, value_name = "KEY=VALUE")]
    pub query: Vec<String>,
    /// Return only ids, one per line (of a list answer's items, or of the object)
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Return the response body from the server without any processing
    #[arg(long, conflicts_with = "quiet")]
    pub raw: bool,
    /// Write the response body, as received, to FILE instead of standard output
    #[arg(
        long = "output-file",
        visible_alias = other_spelling("output-file"),
        value_name = "FILE",
        value_hint = clap::ValueHint::FilePath,
        conflicts_with_all = ["quiet", "raw"]
    )]
    pub output_file: Option<std::path::PathBuf>,
    /// Client-side limit for tier 1 (reads of the Items API, collections and users),
    /// requests per minute; 0 turns it off [default: the profile's tier1_per_minute, else 1000]
    #[arg(
        long = "tier1-per-minute",
        visible_alias = other_spelling("tier1-per-minute"),
        value_name = "N",
        value_parser = Checked(value::per_minute)
    )]
    pub tier1_per_minute: Option<u32>,
    /// Client-side limit for tier 2 (writes, and every request to another path), requests
    /// per minute; 0 turns it off [default: the profile's tier2_per_minute, else 100]
    #[arg(
        long = "tier2-per-minute",
        visible_alias = other_spelling("tier2-per-minute"),
        value_name = "N",
        value_parser = Checked(value::per_minute)
    )]
    pub tier2_per_minute: Option<u32>,
}

/// `qlik raw get`.
#[derive(Debug, Clone, Default, Args)]
pub struct RawGetArgs {
    #[command(flatten)]
    pub common: RawArgs,
    /// Follow `links.next` to the last page and print the items of every page's `data`
    #[arg(long, conflicts_with_all = ["raw", "output_file"])]
    pub paginate: bool,
    /// With --paginate: the most pages to follow, 1 to 1000000; a listing with more ends with
    /// an error [default: 10000]
    #[arg(
        long = "max-pages",
        visible_alias = other_spelling("max-pages"),
        value_name = "N",
        requires = "paginate",
        value_parser = Checked(value::max_pages)
    )]
    pub max_pages: Option<u64>,
}

/// `qlik raw post|put|patch|delete`.
#[derive(Debug, Clone, Default, Args)]
pub struct RawWriteArgs {
    #[command(flatten)]
    pub common: RawArgs,
    /// The request body: JSON text
    #[arg(long, value_name = "JSON", conflicts_with_all = ["body_file", "body_values"])]
    pub body: Option<String>,
    /// The request body: a file of JSON, or - for standard input (at most 16 MiB)
    #[arg(
        short = 'f',
        long = "body-file",
        visible_alias = other_spelling("body-file"),
        value_name = "FILE",
        value_hint = clap::ValueHint::FilePath,
        conflicts_with = "body_values"
    )]
    pub body_file: Option<String>,
    /// The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY
    /// nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one
    #[arg(
        long = "body-values",
        visible_alias = other_spelling("body-values"),
        value_name = "KEY=VALUE"
    )]
    pub body_values: Vec<String>,
    /// Print the request (method, URL and body) and send nothing
    #[arg(long = "dry-run", visible_alias = other_spelling("dry-run"))]
    pub dry_run: bool,
}
