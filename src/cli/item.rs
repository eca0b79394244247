//! `qlik item …`: clap types only.

use clap::{Args, Subcommand};

use super::other_spelling;
use super::value::{self, Checked};
use crate::api::items::{COLLECTION_TYPES, ITEM_SORTS, RESOURCE_TYPES, SORTS, SPACE_TYPES};

/// Manage, list and find apps and other content resources
///
/// Items are the Qlik Cloud catalogue of resources a user can reach: apps, automations,
/// data sets, notes, links and more.
#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    /// List items
    ///
    /// Lists the items the user has access to. Without --limit or --all, one page of 100
    /// items is shown, with a note on stderr when more exist. --limit N returns N items in
    /// total (fetched in pages of up to 100); --all returns every item.
    ///
    /// Examples:
    ///
    ///   qlik item ls
    ///   qlik item ls --resourceType app,qvapp --spaceType shared --all
    ///   qlik item ls --resourceType 'app[qvd,]' --sort -updatedAt --limit 500
    ///   qlik item ls --name sales -q
    ///   qlik item ls --all -o jsonl | jq -r .name
    ///   qlik item ls --all --jq 'select(.resourceType == "app") | .name'
    ///   qlik item ls --all --slurp --jq 'group_by(.resourceType) | map({t: .[0].resourceType, n: length})'
    ///   qlik item ls -o wide
    #[command(visible_alias = "list", verbatim_doc_comment)]
    Ls(Box<ItemLsArgs>),
    /// Get one or more items by id
    ///
    /// With one id, prints the item; with several, prints them as a list, in the order
    /// given. Ids that fail are reported on stderr and the exit code is 6 (3 when every id
    /// is missing).
    ///
    /// Examples:
    ///
    ///   qlik item get 65f1c0ffee0123456789abcd
    ///   qlik item get ID1 ID2 ID3 -o yaml
    ///   qlik item get ID --jq '.name'
    ///   qlik item ls --resourceType app -q | xargs qlik item get -o jsonl
    #[command(verbatim_doc_comment)]
    Get(ItemGetArgs),
    /// List the collections (and tags) of an item
    ///
    /// Does not include the user's favorites collection.
    ///
    /// Examples:
    ///
    ///   qlik item collections 65f1c0ffee0123456789abcd
    ///   qlik item collections ID --type public --all -o json
    #[command(verbatim_doc_comment)]
    Collections(ItemCollectionsArgs),
    /// List the published copies of an item
    ///
    /// Examples:
    ///
    ///   qlik item publisheditems 65f1c0ffee0123456789abcd
    ///   qlik item publisheditems ID --sort -updatedAt --all -q
    #[command(verbatim_doc_comment)]
    Publisheditems(ItemPublishedItemsArgs),
    /// Update an item
    ///
    /// Sends only the fields given (as flags or in the --file body; flags win). The
    /// service requires resourceType: when it is not given, the item is fetched first and
    /// its current type is sent. --unset FIELD sends the field's empty value, which clears
    /// it. Prints the updated item.
    ///
    /// Examples:
    ///
    ///   qlik item update 65f1c0ffee0123456789abcd --name "Sales 2025"
    ///   qlik item update ID --description "" --unset thumbnailId
    ///   qlik item update ID -f body.json --resourceType app
    ///   qlik item get ID -o yaml > item.yaml; $EDITOR item.yaml; qlik item update ID -f item.yaml
    ///   echo '{"name":"x"}' | qlik item update ID -f - --dry-run
    #[command(verbatim_doc_comment)]
    Update(Box<ItemUpdateArgs>),
    /// Edit an item in your editor
    ///
    /// Fetches the item and opens its editable fields (the ones `qlik item update` sends) in
    /// $VISUAL, else $EDITOR, else vi (notepad on Windows): YAML with a comment header, or
    /// JSON with --format json. When the editor exits, only the fields changed are sent, as
    /// `qlik item update` sends them (PUT, with the item's resourceType), and the updated
    /// item is printed. Nothing changed: nothing is sent ("No changes."). An empty file
    /// cancels ("Edit cancelled.", exit 0); an editor that exits with an error cancels too
    /// (exit 1). A file that is not valid (unreadable, an unknown or read-only field, a value
    /// update would refuse) is opened again with the error on top; saving it unchanged, or a
    /// tenth invalid save, gives up (exit 2, the file kept). When the update fails, the file
    /// is kept and its path printed. EDITOR may hold arguments (EDITOR='code --wait'): it is
    /// split into words as a shell splits them (quotes, backslashes), nothing expanded.
    ///
    /// Examples:
    ///
    ///   qlik item edit 65f1c0ffee0123456789abcd
    ///   EDITOR='code --wait' qlik item edit ID
    ///   qlik item edit ID --format json --dry-run
    ///   qlik item edit ID -q
    #[command(verbatim_doc_comment)]
    Edit(ItemEditArgs),
    /// Delete one or more items
    ///
    /// On a terminal, asks first (showing the count and the first names); elsewhere
    /// --yes is required. `-` reads the ids from standard input, one per line (the question
    /// is then asked on the terminal, /dev/tty, when there is one). Many ids
    /// are deleted concurrently (--concurrency) within the rate limits; a summary goes to
    /// stderr, and with -o json|jsonl one result per id to stdout. Exit code 0 when all
    /// were deleted, 6 when some failed, 3 when every id was unknown; with
    /// --ignore-not-found, 0 when each was deleted or already gone.
    ///
    /// Examples:
    ///
    ///   qlik item rm 65f1c0ffee0123456789abcd
    ///   qlik item rm ID1 ID2 ID3 --dry-run
    ///   qlik item ls --spaceId SPACE -q | qlik item rm - --yes
    ///   qlik item ls --spaceId SPACE -q | qlik item rm - --yes --ignore-not-found
    #[command(visible_alias = "delete", verbatim_doc_comment)]
    Rm(ItemRmArgs),
    /// Tenant-wide settings of the items service
    #[command(subcommand)]
    Settings(ItemSettingsCommand),
}

/// `qlik item settings …`
#[derive(Debug, Subcommand)]
pub enum ItemSettingsCommand {
    /// Show the items settings of the tenant
    ///
    /// Examples:
    ///
    ///   qlik item settings ls
    ///   qlik item settings ls --json
    #[command(visible_alias = "list", verbatim_doc_comment)]
    Ls(ItemSettingsLsArgs),
    /// Change the items settings of the tenant
    ///
    /// Three forms: --usageMetricsEnabled true|false; qlik-cli's --op replace --path
    /// /usageMetricsEnabled --value true; or -f FILE|- with a JSON Patch array or the
    /// settings as `qlik item settings ls` prints them (JSON or YAML). Prints the new settings.
    ///
    /// Examples:
    ///
    ///   qlik item settings patch --usageMetricsEnabled false
    ///   qlik item settings patch --op replace --path /usageMetricsEnabled --value true
    ///   echo '[{"op":"replace","path":"/usageMetricsEnabled","value":true}]' | qlik item settings patch -f -
    #[command(verbatim_doc_comment)]
    Patch(ItemSettingsPatchArgs),
}

/// How to print: shared by the commands that print objects.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct PrintArgs {
    /// Return only ids, one per line
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Return the response body from the server without any processing (one request)
    #[arg(long, conflicts_with = "quiet")]
    pub raw: bool,
}

/// Paging flags of the list commands.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Paging")]
pub struct PagingArgs {
    /// The total number of resources to retrieve (fetched in pages of up to 100)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = Checked(value::limit))]
    pub limit: Option<i64>,
    /// Retrieve every resource, following the pages to the end
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// The cursor to the next page of resources. Provide either the next or prev cursor, but not both.
    #[arg(long, value_name = "CURSOR")]
    pub next: Option<String>,
    /// The cursor to the previous page of resources. Provide either the next or prev cursor, but not both.
    #[arg(long, value_name = "CURSOR")]
    pub prev: Option<String>,
}

/// Flags of `qlik item ls`: one per query parameter of `GET /api/v1/items`.
#[derive(Debug, Clone, Default, Args)]
pub struct ItemLsArgs {
    /// The collection's unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection.
    #[arg(
        long = "collectionId",
        visible_alias = other_spelling("collectionId"),
        value_name = "ID"
    )]
    pub collection_id: Option<String>,
    /// User's unique identifier.
    #[arg(
        long = "createdByUserId",
        visible_alias = other_spelling("createdByUserId"),
        value_name = "ID"
    )]
    pub created_by_user_id: Option<String>,
    /// The item's unique identifier.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The case-insensitive string used to search for a resource by name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// If set, the user's available actions for each item are not evaluated and the actions array is omitted (faster).
    #[arg(long = "noActions", visible_alias = other_spelling("noActions"))]
    pub no_actions: bool,
    /// User's unique identifier: items not created by this user.
    #[arg(
        long = "notCreatedByUserId",
        visible_alias = other_spelling("notCreatedByUserId"),
        value_name = "ID"
    )]
    pub not_created_by_user_id: Option<String>,
    /// Owner identifier: items not owned by this user.
    #[arg(long = "notOwnerId", visible_alias = other_spelling("notOwnerId"), value_name = "ID")]
    pub not_owner_id: Option<String>,
    /// Owner identifier.
    #[arg(long = "ownerId", visible_alias = other_spelling("ownerId"), value_name = "ID")]
    pub owner_id: Option<String>,
    /// The case-insensitive string used to search for a resource by name or description.
    #[arg(long, value_name = "TEXT")]
    pub query: Option<String>,
    /// The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink.
    #[arg(long = "resourceId", visible_alias = other_spelling("resourceId"), value_name = "ID")]
    pub resource_id: Option<String>,
    /// Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType.
    #[arg(
        long = "resourceIds",
        visible_alias = other_spelling("resourceIds"),
        value_name = "IDS"
    )]
    pub resource_ids: Option<String>,
    /// The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId.
    #[arg(
        long = "resourceLink",
        visible_alias = other_spelling("resourceLink"),
        value_name = "URL"
    )]
    pub resource_link: Option<String>,
    /// Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType.
    #[arg(
        long = "resourceSubType",
        visible_alias = other_spelling("resourceSubType"),
        value_name = "SUBTYPES"
    )]
    pub resource_sub_type: Option<String>,
    /// Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: 'app[qvd,chart-monitoring,],qvapp' (a trailing comma includes items without subtype).
    ///
    /// Known types: app, qlikview, qvapp, genericlink, sharingservicetask, note, dataasset,
    /// dataset, automation, automl-experiment, automl-deployment, assistant, dataproduct,
    /// dataqualityrule, glossary, knowledgebase, script, semantictype, page. Other values are
    /// sent with a warning (the service adds types).
    #[arg(
        long = "resourceType",
        visible_alias = other_spelling("resourceType"),
        value_name = "TYPES",
        value_parser = value::Suggest(RESOURCE_TYPES),
        hide_possible_values = true
    )]
    pub resource_type: Option<String>,
    /// Whether or not to return items in a shared space (deprecated: use --spaceType).
    #[arg(long, hide = true, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub shared: Option<bool>,
    /// The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed; a bare field is ascending (name = +name).
    #[arg(long, value_name = "SORT", allow_hyphen_values = true, value_parser = value::Suggest(ITEM_SORTS), hide_possible_values = true)]
    pub sort: Option<String>,
    /// The space's unique identifier (supports 'personal').
    #[arg(long = "spaceId", visible_alias = other_spelling("spaceId"), value_name = "ID")]
    pub space_id: Option<String>,
    /// Comma-separated space types: shared, managed, personal, data.
    #[arg(long = "spaceType", visible_alias = other_spelling("spaceType"), value_name = "TYPES", value_parser = value::Suggest(SPACE_TYPES), hide_possible_values = true)]
    pub space_type: Option<String>,
    #[command(flatten)]
    pub paging: PagingArgs,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// Flags of `qlik item get`.
#[derive(Debug, Clone, Args)]
pub struct ItemGetArgs {
    /// The item ids
    #[arg(required = true, value_name = "ID", value_parser = Checked(value::item_id))]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub print: PrintArgs,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

/// Flags of `qlik item collections`.
#[derive(Debug, Clone, Args)]
pub struct ItemCollectionsArgs {
    /// The item's unique identifier
    #[arg(value_name = "ID", value_parser = Checked(value::item_id))]
    pub item_id: String,
    /// The case-sensitive string used to search for a collection by name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The case-insensitive string used to search for a resource by name or description.
    #[arg(long, value_name = "TEXT")]
    pub query: Option<String>,
    /// The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name).
    #[arg(long, value_name = "SORT", allow_hyphen_values = true, value_parser = value::Suggest(SORTS), hide_possible_values = true)]
    pub sort: Option<String>,
    /// The collection type: private, public (tags) or publicgoverned.
    #[arg(long = "type", value_name = "TYPE", value_parser = value::Suggest(COLLECTION_TYPES), hide_possible_values = true)]
    pub collection_type: Option<String>,
    #[command(flatten)]
    pub paging: PagingArgs,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// Flags of `qlik item publisheditems`.
#[derive(Debug, Clone, Args)]
pub struct ItemPublishedItemsArgs {
    /// The item's unique identifier
    #[arg(value_name = "ID", value_parser = Checked(value::item_id))]
    pub item_id: String,
    /// The case-sensitive string used to search for an item by resourceType.
    #[arg(
        long = "resourceType",
        visible_alias = other_spelling("resourceType"),
        value_name = "TYPE",
        value_parser = value::Suggest(RESOURCE_TYPES),
        hide_possible_values = true
    )]
    pub resource_type: Option<String>,
    /// The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name).
    #[arg(long, value_name = "SORT", allow_hyphen_values = true, value_parser = value::Suggest(SORTS), hide_possible_values = true)]
    pub sort: Option<String>,
    #[command(flatten)]
    pub paging: PagingArgs,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// Flags of `qlik item settings ls`.
#[derive(Debug, Clone, Args)]
pub struct ItemSettingsLsArgs {
    #[command(flatten)]
    pub print: SettingsPrintArgs,
}

/// How the settings commands print: settings have no id, so `-q` prints NAME=VALUE lines.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct SettingsPrintArgs {
    /// Print only NAME=VALUE, one line per setting (e.g. usageMetricsEnabled=true)
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Return the response body from the server without any processing
    #[arg(long, conflicts_with = "quiet")]
    pub raw: bool,
}

/// How `qlik item rm` prints, besides its summary on stderr.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct RmPrintArgs {
    /// Print only the ids deleted, one per line, in the order given
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Print each response body as the server sent it (a delete is answered with no body,
    /// so nothing is printed but what a server adds)
    #[arg(long, conflicts_with = "quiet")]
    pub raw: bool,
}

/// `--dry-run`, shared by the write commands.
#[derive(Debug, Clone, Default, Args)]
pub struct DryRunArgs {
    /// Print the request(s) (method, URL and body) and send nothing
    #[arg(long = "dry-run", visible_alias = other_spelling("dry-run"))]
    pub dry_run: bool,
}

/// Flags of `qlik item update`: one per field of the body of `PUT /api/v1/items/{itemId}`.
#[derive(Debug, Clone, Default, Args)]
pub struct ItemUpdateArgs {
    /// The item's unique identifier
    #[arg(value_name = "ID", value_parser = Checked(value::item_id))]
    pub item_id: String,
    /// The body fields to send, a JSON or YAML object (`-` reads standard input); flags override
    /// it. The output of `qlik item get ID` works: the fields the service computes (id,
    /// createdAt, links, …) are left out (-v lists them)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<String>,
    /// The item's name
    #[arg(long, value_name = "NAME", help_heading = "Body")]
    pub name: Option<String>,
    /// The item's description
    #[arg(long, value_name = "TEXT", help_heading = "Body")]
    pub description: Option<String>,
    /// The space the item is in
    #[arg(
        long = "spaceId",
        visible_alias = other_spelling("spaceId"),
        value_name = "ID",
        help_heading = "Body"
    )]
    pub space_id: Option<String>,
    /// The case-sensitive id of the resource (not with --resourceLink)
    #[arg(
        long = "resourceId",
        visible_alias = other_spelling("resourceId"),
        value_name = "ID",
        help_heading = "Body"
    )]
    pub resource_id: Option<String>,
    /// The link to the resource (not with --resourceId)
    #[arg(
        long = "resourceLink",
        visible_alias = other_spelling("resourceLink"),
        value_name = "URL",
        help_heading = "Body"
    )]
    pub resource_link: Option<String>,
    /// The resource type; when not given, the item's current type (fetched first)
    #[arg(
        long = "resourceType",
        visible_alias = other_spelling("resourceType"),
        value_name = "TYPE",
        value_parser = value::Suggest(RESOURCE_TYPES),
        hide_possible_values = true,
        help_heading = "Body"
    )]
    pub resource_type: Option<String>,
    /// The resource subtype, e.g. qvd
    #[arg(
        long = "resourceSubType",
        visible_alias = other_spelling("resourceSubType"),
        value_name = "SUBTYPE",
        help_heading = "Body"
    )]
    pub resource_sub_type: Option<String>,
    /// When the resource last changed (RFC 3339, e.g. 2024-05-01T10:00:00Z)
    #[arg(
        long = "resourceUpdatedAt",
        visible_alias = other_spelling("resourceUpdatedAt"),
        value_name = "TIME",
        help_heading = "Body"
    )]
    pub resource_updated_at: Option<String>,
    /// The thumbnail's id
    #[arg(
        long = "thumbnailId",
        visible_alias = other_spelling("thumbnailId"),
        value_name = "ID",
        help_heading = "Body"
    )]
    pub thumbnail_id: Option<String>,
    /// The resource's attributes, a JSON object
    #[arg(
        long = "resourceAttributes",
        visible_alias = other_spelling("resourceAttributes"),
        value_name = "JSON",
        help_heading = "Body"
    )]
    pub resource_attributes: Option<String>,
    /// The resource's custom attributes, a JSON object
    #[arg(
        long = "resourceCustomAttributes",
        visible_alias = other_spelling("resourceCustomAttributes"),
        value_name = "JSON",
        help_heading = "Body"
    )]
    pub resource_custom_attributes: Option<String>,
    /// Send this field's empty value on purpose, which clears it (repeatable), e.g. --unset description
    #[arg(long, value_name = "FIELD", help_heading = "Body")]
    pub unset: Vec<String>,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// Flags of `qlik item edit`.
#[derive(Debug, Clone, Args)]
pub struct ItemEditArgs {
    /// The item's unique identifier
    #[arg(value_name = "ID", value_parser = Checked(value::item_id))]
    pub item_id: String,
    /// The format of the file to edit: yaml (with a comment header) or json
    #[arg(long, value_name = "FORMAT", default_value = "yaml", value_parser = ["yaml", "json"])]
    pub format: String,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// Concurrency of the multi-id commands.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Bulk")]
pub struct BulkArgs {
    /// Requests in flight at once (within the rate limits)
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = Checked(value::concurrency))]
    pub concurrency: u16,
    /// Client-side limit for reads (tier 1), requests per minute; 0 turns it off
    /// [default: the profile's tier1_per_minute, else 1000]
    #[arg(
        long = "tier1-per-minute",
        visible_alias = other_spelling("tier1-per-minute"),
        value_name = "N",
        value_parser = Checked(value::per_minute)
    )]
    pub tier1_per_minute: Option<u32>,
    /// Client-side limit for writes (tier 2), requests per minute; 0 turns it off
    /// [default: the profile's tier2_per_minute, else 100]
    #[arg(
        long = "tier2-per-minute",
        visible_alias = other_spelling("tier2-per-minute"),
        value_name = "N",
        value_parser = Checked(value::per_minute)
    )]
    pub tier2_per_minute: Option<u32>,
}

/// Flags of `qlik item rm`.
#[derive(Debug, Clone, Args)]
pub struct ItemRmArgs {
    /// The item ids; `-` reads ids from standard input, one per line
    #[arg(required = true, value_name = "ID", value_parser = Checked(value::item_id_or_stdin))]
    pub ids: Vec<String>,
    /// Do not ask for confirmation (needed when not on a terminal)
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// Count an id that does not exist (404) as done: exit 0 when each id is deleted or
    /// already gone, and empty standard input is not an error
    #[arg(long = "ignore-not-found", visible_alias = other_spelling("ignore-not-found"))]
    pub ignore_not_found: bool,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub print: RmPrintArgs,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

/// Flags of `qlik item settings patch`.
#[derive(Debug, Clone, Default, Args)]
pub struct ItemSettingsPatchArgs {
    /// Turn usage metrics on or off
    #[arg(long = "usageMetricsEnabled", visible_alias = other_spelling("usageMetricsEnabled"), value_name = "BOOL", action = clap::ArgAction::Set)]
    pub usage_metrics_enabled: Option<bool>,
    /// The JSON Patch operation (qlik-cli's form): replace
    #[arg(long, value_name = "OP", requires_all = ["path", "value"], conflicts_with = "usage_metrics_enabled")]
    pub op: Option<String>,
    /// The JSON Patch path (qlik-cli's form): /usageMetricsEnabled
    #[arg(long, value_name = "PATH", requires = "op")]
    pub path: Option<String>,
    /// The JSON Patch value (qlik-cli's form), JSON: true or false
    #[arg(long, value_name = "VALUE", requires = "op")]
    pub value: Option<String>,
    /// A JSON Patch array, or the settings object `qlik item settings ls` prints, in JSON or
    /// YAML (`-` reads standard input)
    #[arg(short = 'f', long = "file", value_name = "FILE", conflicts_with_all = ["usage_metrics_enabled", "op"])]
    pub file: Option<String>,
    /// The same as -f, given as text (qlik-cli's form, deprecated there): a JSON Patch array or
    /// the settings object, in JSON
    #[arg(long, value_name = "JSON", conflicts_with_all = ["usage_metrics_enabled", "op", "file"])]
    pub body: Option<String>,
    #[command(flatten)]
    pub dry_run: DryRunArgs,
    #[command(flatten)]
    pub print: SettingsPrintArgs,
}
