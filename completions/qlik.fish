# Profile names (the profiles in config.toml), from `qlik __complete profiles`.
function __fish_qlik_profiles
    set -l cmd (commandline -opc)
    $cmd[1] __complete profiles 2>/dev/null
end

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_qlik_global_optspecs
    string join \n s/server= profile= o/output= fields= no-headers json server-type= v/verbose insecure ca-cert= timeout= retry= interval= headers= jq= jq-json slurp arg= h/help V/version
end

function __fish_qlik_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_qlik_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_qlik_using_subcommand
    set -l cmd (__fish_qlik_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c qlik -n "__fish_qlik_needs_command" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_needs_command" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_needs_command" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_needs_command" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_needs_command" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_needs_command" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_needs_command" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_needs_command" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_needs_command" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_needs_command" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_needs_command" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_needs_command" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_needs_command" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_needs_command" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_needs_command" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_needs_command" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_needs_command" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_needs_command" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_needs_command" -s V -l version -d 'Print version'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "item" -d 'List, inspect and manage items (apps, automations, data sets and other resources)'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "raw" -d 'Call any other API of the server: GET, POST, PUT, PATCH or DELETE a path'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "api" -d 'Call any other API of the server: GET, POST, PUT, PATCH or DELETE a path'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "profile" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "context" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "auth" -d 'Check the credential in use, and forget cached access tokens'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "whoami" -d 'Show whom the credential in use acts as (the same as `qlik auth status`)'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "emulator" -d 'Run a local emulator of the Items API, for trying the tool and testing scripts'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "ls" -d 'List items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "list" -d 'List items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "get" -d 'Get one or more items by id'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "collections" -d 'List the collections (and tags) of an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "publisheditems" -d 'List the published copies of an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "update" -d 'Update an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "edit" -d 'Edit an item in your editor'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "rm" -d 'Delete one or more items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "delete" -d 'Delete one or more items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "settings" -d 'Tenant-wide settings of the items service'
complete -c qlik -n "__fish_qlik_using_subcommand item; and not __fish_seen_subcommand_from ls list get collections publisheditems update edit rm delete settings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l collectionId -l collection-id -d 'The collection\'s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l createdByUserId -l created-by-user-id -d 'User\'s unique identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l id -d 'The item\'s unique identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l name -d 'The case-insensitive string used to search for a resource by name' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l notCreatedByUserId -l not-created-by-user-id -d 'User\'s unique identifier: items not created by this user' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l notOwnerId -l not-owner-id -d 'Owner identifier: items not owned by this user' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l ownerId -l owner-id -d 'Owner identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l query -d 'The case-insensitive string used to search for a resource by name or description' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l resourceId -l resource-id -d 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l resourceIds -l resource-ids -d 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l resourceLink -l resource-link -d 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l resourceSubType -l resource-sub-type -d 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l resourceType -l resource-type -d 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: \'app[qvd,chart-monitoring,],qvapp\' (a trailing comma includes items without subtype)' -r -f -a "app\t''
qlikview\t''
qvapp\t''
genericlink\t''
sharingservicetask\t''
note\t''
dataasset\t''
dataset\t''
automation\t''
automl-experiment\t''
automl-deployment\t''
assistant\t''
dataproduct\t''
dataqualityrule\t''
glossary\t''
knowledgebase\t''
script\t''
semantictype\t''
page\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l shared -d 'Whether or not to return items in a shared space (deprecated: use --spaceType)' -r -f -a "true\t''
false\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l sort -d 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed; a bare field is ascending (name = +name)' -r -f -a "+createdAt\t''
-createdAt\t''
+name\t''
-name\t''
+updatedAt\t''
-updatedAt\t''
+recentlyUsed\t''
-recentlyUsed\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l spaceId -l space-id -d 'The space\'s unique identifier (supports \'personal\')' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l spaceType -l space-type -d 'Comma-separated space types: shared, managed, personal, data' -r -f -a "shared\t''
managed\t''
personal\t''
data\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l limit -d 'The total number of resources to retrieve (fetched in pages of up to 100)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l next -d 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l prev -d 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l noActions -l no-actions -d 'If set, the user\'s available actions for each item are not evaluated and the actions array is omitted (faster)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l all -d 'Retrieve every resource, following the pages to the end'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l collectionId -l collection-id -d 'The collection\'s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l createdByUserId -l created-by-user-id -d 'User\'s unique identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l id -d 'The item\'s unique identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l name -d 'The case-insensitive string used to search for a resource by name' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l notCreatedByUserId -l not-created-by-user-id -d 'User\'s unique identifier: items not created by this user' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l notOwnerId -l not-owner-id -d 'Owner identifier: items not owned by this user' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l ownerId -l owner-id -d 'Owner identifier' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l query -d 'The case-insensitive string used to search for a resource by name or description' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l resourceId -l resource-id -d 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l resourceIds -l resource-ids -d 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l resourceLink -l resource-link -d 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l resourceSubType -l resource-sub-type -d 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l resourceType -l resource-type -d 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: \'app[qvd,chart-monitoring,],qvapp\' (a trailing comma includes items without subtype)' -r -f -a "app\t''
qlikview\t''
qvapp\t''
genericlink\t''
sharingservicetask\t''
note\t''
dataasset\t''
dataset\t''
automation\t''
automl-experiment\t''
automl-deployment\t''
assistant\t''
dataproduct\t''
dataqualityrule\t''
glossary\t''
knowledgebase\t''
script\t''
semantictype\t''
page\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l shared -d 'Whether or not to return items in a shared space (deprecated: use --spaceType)' -r -f -a "true\t''
false\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l sort -d 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed; a bare field is ascending (name = +name)' -r -f -a "+createdAt\t''
-createdAt\t''
+name\t''
-name\t''
+updatedAt\t''
-updatedAt\t''
+recentlyUsed\t''
-recentlyUsed\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l spaceId -l space-id -d 'The space\'s unique identifier (supports \'personal\')' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l spaceType -l space-type -d 'Comma-separated space types: shared, managed, personal, data' -r -f -a "shared\t''
managed\t''
personal\t''
data\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l limit -d 'The total number of resources to retrieve (fetched in pages of up to 100)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l next -d 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l prev -d 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l noActions -l no-actions -d 'If set, the user\'s available actions for each item are not evaluated and the actions array is omitted (faster)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l all -d 'Retrieve every resource, following the pages to the end'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once (within the rate limits)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l name -d 'The case-sensitive string used to search for a collection by name' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l query -d 'The case-insensitive string used to search for a resource by name or description' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l sort -d 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name)' -r -f -a "+createdAt\t''
-createdAt\t''
+name\t''
-name\t''
+updatedAt\t''
-updatedAt\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l type -d 'The collection type: private, public (tags) or publicgoverned' -r -f -a "private\t''
public\t''
publicgoverned\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l limit -d 'The total number of resources to retrieve (fetched in pages of up to 100)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l next -d 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l prev -d 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l all -d 'Retrieve every resource, following the pages to the end'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from collections" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l resourceType -l resource-type -d 'The case-sensitive string used to search for an item by resourceType' -r -f -a "app\t''
qlikview\t''
qvapp\t''
genericlink\t''
sharingservicetask\t''
note\t''
dataasset\t''
dataset\t''
automation\t''
automl-experiment\t''
automl-deployment\t''
assistant\t''
dataproduct\t''
dataqualityrule\t''
glossary\t''
knowledgebase\t''
script\t''
semantictype\t''
page\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l sort -d 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name)' -r -f -a "+createdAt\t''
-createdAt\t''
+name\t''
-name\t''
+updatedAt\t''
-updatedAt\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l limit -d 'The total number of resources to retrieve (fetched in pages of up to 100)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l next -d 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l prev -d 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l all -d 'Retrieve every resource, following the pages to the end'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from publisheditems" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s f -l file -d 'The body fields to send, a JSON or YAML object (`-` reads standard input); flags override it. The output of `qlik item get ID` works: the fields the service computes (id, createdAt, links, …) are left out (-v lists them)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l name -d 'The item\'s name' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l description -d 'The item\'s description' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l spaceId -l space-id -d 'The space the item is in' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceId -l resource-id -d 'The case-sensitive id of the resource (not with --resourceLink)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceLink -l resource-link -d 'The link to the resource (not with --resourceId)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceType -l resource-type -d 'The resource type; when not given, the item\'s current type (fetched first)' -r -f -a "app\t''
qlikview\t''
qvapp\t''
genericlink\t''
sharingservicetask\t''
note\t''
dataasset\t''
dataset\t''
automation\t''
automl-experiment\t''
automl-deployment\t''
assistant\t''
dataproduct\t''
dataqualityrule\t''
glossary\t''
knowledgebase\t''
script\t''
semantictype\t''
page\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceSubType -l resource-sub-type -d 'The resource subtype, e.g. qvd' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceUpdatedAt -l resource-updated-at -d 'When the resource last changed (RFC 3339, e.g. 2024-05-01T10:00:00Z)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l thumbnailId -l thumbnail-id -d 'The thumbnail\'s id' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceAttributes -l resource-attributes -d 'The resource\'s attributes, a JSON object' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l resourceCustomAttributes -l resource-custom-attributes -d 'The resource\'s custom attributes, a JSON object' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l unset -d 'Send this field\'s empty value on purpose, which clears it (repeatable), e.g. --unset description' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l dry-run -l dryRun -d 'Print the request(s) (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l format -d 'The format of the file to edit: yaml (with a comment header) or json' -r -f -a "yaml\t''
json\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l dry-run -l dryRun -d 'Print the request(s) (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Return only ids, one per line'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l raw -d 'Return the response body from the server without any processing (one request)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l concurrency -d 'Requests in flight at once (within the rate limits)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (needed when not on a terminal)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l ignore-not-found -l ignoreNotFound -d 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l dry-run -l dryRun -d 'Print the request(s) (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids deleted, one per line, in the order given'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l raw -d 'Print each response body as the server sent it (a delete is answered with no body, so nothing is printed but what a server adds)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once (within the rate limits)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed when not on a terminal)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l ignore-not-found -l ignoreNotFound -d 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l dry-run -l dryRun -d 'Print the request(s) (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids deleted, one per line, in the order given'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l raw -d 'Print each response body as the server sent it (a delete is answered with no body, so nothing is printed but what a server adds)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -f -a "ls" -d 'Show the items settings of the tenant'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -f -a "list" -d 'Show the items settings of the tenant'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -f -a "patch" -d 'Change the items settings of the tenant'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from settings" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one or more items by id'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "collections" -d 'List the collections (and tags) of an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "publisheditems" -d 'List the published copies of an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an item'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit an item in your editor'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete one or more items'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Tenant-wide settings of the items service'
complete -c qlik -n "__fish_qlik_using_subcommand item; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "get" -d 'Send a GET request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "post" -d 'Send a POST request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "put" -d 'Send a PUT request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "patch" -d 'Send a PATCH request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "delete" -d 'Send a DELETE request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l max-pages -l maxPages -d 'With --paginate: the most pages to follow, 1 to 1000000; a listing with more ends with an error [default: 10000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l paginate -d 'Follow `links.next` to the last page and print the items of every page\'s `data`'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from patch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "get" -d 'Send a GET request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "post" -d 'Send a POST request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "put" -d 'Send a PUT request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "patch" -d 'Send a PATCH request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Send a DELETE request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand raw; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "get" -d 'Send a GET request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "post" -d 'Send a POST request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "put" -d 'Send a PUT request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "patch" -d 'Send a PATCH request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "delete" -d 'Send a DELETE request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and not __fish_seen_subcommand_from get post put patch delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l max-pages -l maxPages -d 'With --paginate: the most pages to follow, 1 to 1000000; a listing with more ends with an error [default: 10000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l paginate -d 'Follow `links.next` to the last page and print the items of every page\'s `data`'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from patch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l query -d 'Query parameter KEY=VALUE, added to those of PATH (repeatable; qlik-cli\'s k1=v1,k2=v2 is read as two when every part has an `=`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l output-file -l outputFile -d 'Write the response body, as received, to FILE instead of standard output' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l tier1-per-minute -l tier1PerMinute -d 'Client-side limit for tier 1 (reads of the Items API, collections and users), requests per minute; 0 turns it off [default: the profile\'s tier1_per_minute, else 1000]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l tier2-per-minute -l tier2PerMinute -d 'Client-side limit for tier 2 (writes, and every request to another path), requests per minute; 0 turns it off [default: the profile\'s tier2_per_minute, else 100]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l body -d 'The request body: JSON text' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s f -l body-file -l bodyFile -d 'The request body: a file of JSON, or - for standard input (at most 16 MiB)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l body-values -l bodyValues -d 'The request body as KEY=VALUE pairs (repeatable, or comma-separated): a dot in KEY nests objects (a.b=1), and a :bool or :number suffix on KEY sends the value as one' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Return only ids, one per line (of a list answer\'s items, or of the object)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l raw -d 'Return the response body from the server without any processing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l dry-run -l dryRun -d 'Print the request (method, URL and body) and send nothing'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "get" -d 'Send a GET request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "post" -d 'Send a POST request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "put" -d 'Send a PUT request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "patch" -d 'Send a PATCH request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Send a DELETE request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "add" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "create" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "update" -d 'Change a profile\'s settings, keeping its credential unless a new one is given'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "list" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "show" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "get" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "rm" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "remove" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "clear" -d 'Leave no profile as the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "rename" -d 'Rename a profile, keeping its settings, its credential and its place as the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "import" -d 'Import qlik-cli\'s contexts (~/.qlik/contexts.yml) as profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key -d 'The API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-secret -l oauth-client-secret -d 'The OAuth client\'s secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l scope -d 'Scope of the OAuth client\'s tokens (default: user_default)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-secret-stdin -d 'Read the OAuth client\'s secret from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-verify -d 'Save without checking the key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l api-key -d 'The API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l client-secret -l oauth-client-secret -d 'The OAuth client\'s secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l scope -d 'Scope of the OAuth client\'s tokens (default: user_default)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l client-secret-stdin -d 'Read the OAuth client\'s secret from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l no-verify -d 'Save without checking the key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -s s -l server -d 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l api-key -d 'A new API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client\'s secret too' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l client-secret -l oauth-client-secret -d 'A new OAuth client secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l scope -d 'Scope of the OAuth client\'s tokens (user_default when unset)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute (0: no limit)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute (0: no limit)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l unset -d 'Remove an optional setting, so that its default applies (repeatable): output, tier1-per-minute, tier2-per-minute, insecure, ca-cert, allow-http, comment' -r -f -a "output\t''
tier1-per-minute\t''
tier2-per-minute\t''
insecure\t''
ca-cert\t''
allow-http\t''
comment\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l api-key-stdin -d 'Read a new API key from standard input'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l ask-api-key -d 'Ask for a new API key, without echo, on the terminal'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Read a new OAuth client secret from standard input'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l ask-client-secret -d 'Ask for a new OAuth client secret, without echo, on the terminal'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l no-insecure -d 'Verify TLS certificates again (the default)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l no-allow-http -d 'Refuse plain http:// to a host that is not loopback again (the default)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l no-verify -d 'Save without checking a new server or key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l from -d 'The contexts file (default: ~/.qlik/contexts.yml)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l on-clash -d 'What to do with a context whose name is already a profile' -r -f -a "skip\t'Leave the profile as it is and do not import the context'
rename\t'Import the context as NAME-imported (NAME-imported-2, … when that is taken too)'"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -s y -l yes -d 'Import without asking for confirmation (needed when not on a terminal)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would be imported and write nothing'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a profile\'s settings, keeping its credential unless a new one is given'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Leave no profile as the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile, keeping its settings, its credential and its place as the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import qlik-cli\'s contexts (~/.qlik/contexts.yml) as profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "add" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "create" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "update" -d 'Change a profile\'s settings, keeping its credential unless a new one is given'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "list" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "show" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "get" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "rm" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "remove" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "clear" -d 'Leave no profile as the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "rename" -d 'Rename a profile, keeping its settings, its credential and its place as the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "import" -d 'Import qlik-cli\'s contexts (~/.qlik/contexts.yml) as profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create update ls list use show get rm remove clear rename import current help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l api-key -d 'The API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l client-secret -l oauth-client-secret -d 'The OAuth client\'s secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l scope -d 'Scope of the OAuth client\'s tokens (default: user_default)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l client-secret-stdin -d 'Read the OAuth client\'s secret from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l no-verify -d 'Save without checking the key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l api-key -d 'The API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l client-secret -l oauth-client-secret -d 'The OAuth client\'s secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l scope -d 'Scope of the OAuth client\'s tokens (default: user_default)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l client-secret-stdin -d 'Read the OAuth client\'s secret from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l no-verify -d 'Save without checking the key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -s s -l server -d 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l api-key -d 'A new API key itself, as qlik-cli takes it: visible to other users in the process list and kept in the shell history, so a warning says so; prefer --api-key-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l client-id -l oauth-client-id -d 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client\'s secret too' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l client-secret -l oauth-client-secret -d 'A new OAuth client secret itself, as qlik-cli takes it (visible in the process list and the shell history, with a warning); prefer --client-secret-stdin' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l scope -d 'Scope of the OAuth client\'s tokens (user_default when unset)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l comment -d 'A note about the profile, shown by `profile ls` and `profile show`' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute (0: no limit)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute (0: no limit)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l unset -d 'Remove an optional setting, so that its default applies (repeatable): output, tier1-per-minute, tier2-per-minute, insecure, ca-cert, allow-http, comment' -r -f -a "output\t''
tier1-per-minute\t''
tier2-per-minute\t''
insecure\t''
ca-cert\t''
allow-http\t''
comment\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l api-key-stdin -d 'Read a new API key from standard input'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l ask-api-key -d 'Ask for a new API key, without echo, on the terminal'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Read a new OAuth client secret from standard input'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l ask-client-secret -d 'Ask for a new OAuth client secret, without echo, on the terminal'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l no-insecure -d 'Verify TLS certificates again (the default)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l no-allow-http -d 'Refuse plain http:// to a host that is not loopback again (the default)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l no-verify -d 'Save without checking a new server or key against the server'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l from -d 'The contexts file (default: ~/.qlik/contexts.yml)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l on-clash -d 'What to do with a context whose name is already a profile' -r -f -a "skip\t'Leave the profile as it is and do not import the context'
rename\t'Import the context as NAME-imported (NAME-imported-2, … when that is taken too)'"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -s y -l yes -d 'Import without asking for confirmation (needed when not on a terminal)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would be imported and write nothing'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a profile\'s settings, keeping its credential unless a new one is given'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Leave no profile as the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile, keeping its settings, its credential and its place as the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import qlik-cli\'s contexts (~/.qlik/contexts.yml) as profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -f -a "status" -d 'Show the server, profile and credential in use, and whom the credential acts as'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -f -a "whoami" -d 'Show the server, profile and credential in use, and whom the credential acts as'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -f -a "logout" -d 'Forget the cached access token of the OAuth client in use, and revoke it'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and not __fish_seen_subcommand_from status whoami logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the server, profile and credential in use, and whom the credential acts as'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the cached access token of the OAuth client in use, and revoke it'
complete -c qlik -n "__fish_qlik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l host -d 'Address to listen on' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l api-key -d 'API key the emulator accepts (Authorization: Bearer KEY)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l read-only-key -d 'A second key that may only read: writes with it get 403' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l client-id -d 'OAuth client accepted by POST /oauth/token (repeatable, each followed by its --client-secret); replaces the built-in client, which is served on loopback only' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l client-secret -d 'Secret of the --client-id given in the same position (never printed)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l token-ttl-secs -d 'How long an access token lives, in seconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l items -d 'Number of items to generate' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l seed -d 'Seed for the generated items and the injected faults' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l data -d 'Load items from a JSON fixture instead of generating them' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tier1-per-minute -d 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tier2-per-minute -d 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l rate-window-secs -d 'Window the rate limits are evaluated over, in seconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l latency-ms -d 'Added latency per response, in milliseconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l jitter-ms -d 'Extra random latency per response, up to this many milliseconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l fail-500 -d 'Fraction of requests answered 500 Internal Server Error' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l fail-503 -d 'Fraction of requests answered 503 Service Unavailable' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l drop -d 'Fraction of connections dropped without an answer' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l truncate -d 'Fraction of response bodies cut short' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tls-cert -d 'Where to write the certificate with --tls (default: a file in the temp directory)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-rate-headers -d 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tls -d 'Serve HTTPS with a generated self-signed certificate'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l log -d 'Log each request (method, path, status, duration) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l host -d 'Address to listen on' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l api-key -d 'API key the emulator accepts (Authorization: Bearer KEY)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l read-only-key -d 'A second key that may only read: writes with it get 403' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l client-id -d 'OAuth client accepted by POST /oauth/token (repeatable, each followed by its --client-secret); replaces the built-in client, which is served on loopback only' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l client-secret -d 'Secret of the --client-id given in the same position (never printed)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l token-ttl-secs -d 'How long an access token lives, in seconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l items -d 'Number of items to generate' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l seed -d 'Seed for the generated items and the injected faults' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l data -d 'Load items from a JSON fixture instead of generating them' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l tier1-per-minute -d 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l tier2-per-minute -d 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l rate-window-secs -d 'Window the rate limits are evaluated over, in seconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l latency-ms -d 'Added latency per response, in milliseconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l jitter-ms -d 'Extra random latency per response, up to this many milliseconds' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l fail-500 -d 'Fraction of requests answered 500 Internal Server Error' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l fail-503 -d 'Fraction of requests answered 503 Service Unavailable' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l drop -d 'Fraction of connections dropped without an answer' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l truncate -d 'Fraction of response bodies cut short' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l tls-cert -d 'Where to write the certificate with --tls (default: a file in the temp directory)' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l no-rate-headers -d 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l tls -d 'Serve HTTPS with a generated self-signed certificate'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l log -d 'Log each request (method, path, status, duration) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l profile -l context -d 'Connection profile to use (qlik-cli calls it a context)' -r -f -a "(__fish_qlik_profiles)"
complete -c qlik -n "__fish_qlik_using_subcommand completion" -s o -l output -d 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile\'s `output` changes it]' -r -f -a "table\t''
wide\t''
json\t''
yaml\t''
jsonl\t''
csv\t''
tsv\t''
name\t''"
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l fields -d 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)' -r -f -a "actions\t''
collectionIds\t''
createdAt\t''
creatorId\t''
description\t''
id\t''
isFavorited\t''
itemViews\t''
links\t''
meta\t''
meta.actions\t''
meta.collections\t''
meta.isFavorited\t''
meta.tags\t''
name\t''
ownerId\t''
resourceAttributes\t''
resourceCreatedAt\t''
resourceCustomAttributes\t''
resourceId\t''
resourceLink\t''
resourceReloadEndTime\t''
resourceReloadStatus\t''
resourceSize\t''
resourceSubType\t''
resourceType\t''
resourceUpdatedAt\t''
spaceId\t''
tenantId\t''
thumbnailId\t''
updatedAt\t''
updaterId\t''"
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l server-type -l serverType -d 'qlik-cli\'s server type: only `cloud`, this tool\'s one kind of server, is accepted (so qlik-cli lines that give it run unchanged); another is a usage error' -r -f -a "cloud\t''"
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l ca-cert -l caCert -d 'Trust this PEM certificate (or bundle) in addition to the system roots' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l timeout -d 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l retry -d 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l interval -d 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l headers -l header -d 'Extra HTTP headers for every request: NAME=VALUE, or qlik-cli\'s comma-separated map X-A=1,X-B=2 (repeatable). An entry of a map holding a comma is quoted whole: \'"X-A=1,2",X-B=3\'; one NAME=VALUE alone keeps its commas. Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l jq -d 'Print what this jq expression makes of the data instead (embedded jq; see docs/jq.md). On a listing it runs on each item as it arrives, so memory stays flat. Strings print bare (as `jq -r`), anything else as one line of JSON (as `jq -c`)' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l arg -d 'With --jq: pass VALUE to the expression as the string `$NAME` (repeatable)' -r
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l no-headers -l noHeaders -d 'Leave out the header row of csv, tsv and the table'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l json -d 'Same as --output json. With it, or -o json|jsonl, an error prints on stderr as one JSON object: {"status", "title", "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -s v -l verbose -d 'Log each request (method, URL, status, duration, trace id) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l insecure -d 'Accept any TLS certificate (unsafe: only for test servers)'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l jq-json -d 'With --jq: print strings as JSON strings, quoted (as `jq -c` without `-r`)'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -l slurp -d 'With --jq: run the expression once, on the array of all items (memory then grows with the listing, about 12 KB per item: at most 100,000 items)'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "item" -d 'List, inspect and manage items (apps, automations, data sets and other resources)'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "raw" -d 'Call any other API of the server: GET, POST, PUT, PATCH or DELETE a path'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "profile" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "auth" -d 'Check the credential in use, and forget cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "whoami" -d 'Show whom the credential in use acts as (the same as `qlik auth status`)'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "emulator" -d 'Run a local emulator of the Items API, for trying the tool and testing scripts'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from item raw profile auth whoami emulator completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "ls" -d 'List items'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "get" -d 'Get one or more items by id'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "collections" -d 'List the collections (and tags) of an item'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "publisheditems" -d 'List the published copies of an item'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "update" -d 'Update an item'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "edit" -d 'Edit an item in your editor'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "rm" -d 'Delete one or more items'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from item" -f -a "settings" -d 'Tenant-wide settings of the items service'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from raw" -f -a "get" -d 'Send a GET request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from raw" -f -a "post" -d 'Send a POST request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from raw" -f -a "put" -d 'Send a PUT request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from raw" -f -a "patch" -d 'Send a PATCH request with a JSON body to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from raw" -f -a "delete" -d 'Send a DELETE request to any API of the server'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Save a profile: a server URL and its API key or OAuth client'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "update" -d 'Change a profile\'s settings, keeping its credential unless a new one is given'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s settings, with the API key or client secret masked'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rm" -d 'Remove profiles, their credentials and their cached access tokens'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "clear" -d 'Leave no profile as the default'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rename" -d 'Rename a profile, keeping its settings, its credential and its place as the default'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "import" -d 'Import qlik-cli\'s contexts (~/.qlik/contexts.yml) as profiles'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the server, profile and credential in use, and whom the credential acts as'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the cached access token of the OAuth client in use, and revoke it'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
