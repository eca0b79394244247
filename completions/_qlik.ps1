
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'qlik' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'qlik'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'qlik' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'List, inspect and manage items (apps, automations, data sets and other resources)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check the credential in use, and forget cached access tokens')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show whom the credential in use acts as (the same as `qlik auth status`)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the Items API, for trying the tool and testing scripts')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;item' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one or more items by id')
            [CompletionResult]::new('collections', 'collections', [CompletionResultType]::ParameterValue, 'List the collections (and tags) of an item')
            [CompletionResult]::new('publisheditems', 'publisheditems', [CompletionResultType]::ParameterValue, 'List the published copies of an item')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an item')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one or more items')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more items')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant-wide settings of the items service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;item;ls' {
            [CompletionResult]::new('--collectionId', '--collectionId', [CompletionResultType]::ParameterName, 'The collection''s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection')
            [CompletionResult]::new('--collection-id', '--collection-id', [CompletionResultType]::ParameterName, 'The collection''s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection')
            [CompletionResult]::new('--createdByUserId', '--createdByUserId', [CompletionResultType]::ParameterName, 'User''s unique identifier')
            [CompletionResult]::new('--created-by-user-id', '--created-by-user-id', [CompletionResultType]::ParameterName, 'User''s unique identifier')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The item''s unique identifier')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The case-insensitive string used to search for a resource by name')
            [CompletionResult]::new('--notCreatedByUserId', '--notCreatedByUserId', [CompletionResultType]::ParameterName, 'User''s unique identifier: items not created by this user')
            [CompletionResult]::new('--not-created-by-user-id', '--not-created-by-user-id', [CompletionResultType]::ParameterName, 'User''s unique identifier: items not created by this user')
            [CompletionResult]::new('--notOwnerId', '--notOwnerId', [CompletionResultType]::ParameterName, 'Owner identifier: items not owned by this user')
            [CompletionResult]::new('--not-owner-id', '--not-owner-id', [CompletionResultType]::ParameterName, 'Owner identifier: items not owned by this user')
            [CompletionResult]::new('--ownerId', '--ownerId', [CompletionResultType]::ParameterName, 'Owner identifier')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'Owner identifier')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The case-insensitive string used to search for a resource by name or description')
            [CompletionResult]::new('--resourceId', '--resourceId', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink')
            [CompletionResult]::new('--resourceIds', '--resourceIds', [CompletionResultType]::ParameterName, 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType')
            [CompletionResult]::new('--resource-ids', '--resource-ids', [CompletionResultType]::ParameterName, 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType')
            [CompletionResult]::new('--resourceLink', '--resourceLink', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId')
            [CompletionResult]::new('--resource-link', '--resource-link', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId')
            [CompletionResult]::new('--resourceSubType', '--resourceSubType', [CompletionResultType]::ParameterName, 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType')
            [CompletionResult]::new('--resource-sub-type', '--resource-sub-type', [CompletionResultType]::ParameterName, 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType')
            [CompletionResult]::new('--resourceType', '--resourceType', [CompletionResultType]::ParameterName, 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: ''app[qvd,chart-monitoring,],qvapp'' (a trailing comma includes items without subtype)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: ''app[qvd,chart-monitoring,],qvapp'' (a trailing comma includes items without subtype)')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Whether or not to return items in a shared space (deprecated: use --spaceType)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed; a bare field is ascending (name = +name)')
            [CompletionResult]::new('--spaceId', '--spaceId', [CompletionResultType]::ParameterName, 'The space''s unique identifier (supports ''personal'')')
            [CompletionResult]::new('--space-id', '--space-id', [CompletionResultType]::ParameterName, 'The space''s unique identifier (supports ''personal'')')
            [CompletionResult]::new('--spaceType', '--spaceType', [CompletionResultType]::ParameterName, 'Comma-separated space types: shared, managed, personal, data')
            [CompletionResult]::new('--space-type', '--space-type', [CompletionResultType]::ParameterName, 'Comma-separated space types: shared, managed, personal, data')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The total number of resources to retrieve (fetched in pages of up to 100)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('--prev', '--prev', [CompletionResultType]::ParameterName, 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--noActions', '--noActions', [CompletionResultType]::ParameterName, 'If set, the user''s available actions for each item are not evaluated and the actions array is omitted (faster)')
            [CompletionResult]::new('--no-actions', '--no-actions', [CompletionResultType]::ParameterName, 'If set, the user''s available actions for each item are not evaluated and the actions array is omitted (faster)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Retrieve every resource, following the pages to the end')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing (one request)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;list' {
            [CompletionResult]::new('--collectionId', '--collectionId', [CompletionResultType]::ParameterName, 'The collection''s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection')
            [CompletionResult]::new('--collection-id', '--collection-id', [CompletionResultType]::ParameterName, 'The collection''s unique identifier. Used to filter for items with a specific tag (collection type `public`), or collection')
            [CompletionResult]::new('--createdByUserId', '--createdByUserId', [CompletionResultType]::ParameterName, 'User''s unique identifier')
            [CompletionResult]::new('--created-by-user-id', '--created-by-user-id', [CompletionResultType]::ParameterName, 'User''s unique identifier')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The item''s unique identifier')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The case-insensitive string used to search for a resource by name')
            [CompletionResult]::new('--notCreatedByUserId', '--notCreatedByUserId', [CompletionResultType]::ParameterName, 'User''s unique identifier: items not created by this user')
            [CompletionResult]::new('--not-created-by-user-id', '--not-created-by-user-id', [CompletionResultType]::ParameterName, 'User''s unique identifier: items not created by this user')
            [CompletionResult]::new('--notOwnerId', '--notOwnerId', [CompletionResultType]::ParameterName, 'Owner identifier: items not owned by this user')
            [CompletionResult]::new('--not-owner-id', '--not-owner-id', [CompletionResultType]::ParameterName, 'Owner identifier: items not owned by this user')
            [CompletionResult]::new('--ownerId', '--ownerId', [CompletionResultType]::ParameterName, 'Owner identifier')
            [CompletionResult]::new('--owner-id', '--owner-id', [CompletionResultType]::ParameterName, 'Owner identifier')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The case-insensitive string used to search for a resource by name or description')
            [CompletionResult]::new('--resourceId', '--resourceId', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceId. Needs --resourceType; not with --resourceLink')
            [CompletionResult]::new('--resourceIds', '--resourceIds', [CompletionResultType]::ParameterName, 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType')
            [CompletionResult]::new('--resource-ids', '--resource-ids', [CompletionResultType]::ParameterName, 'Comma-separated resourceIds (at most 100), e.g. appId1,appId2. Needs --resourceType')
            [CompletionResult]::new('--resourceLink', '--resourceLink', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId')
            [CompletionResult]::new('--resource-link', '--resource-link', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceLink. Needs --resourceType; not with --resourceId')
            [CompletionResult]::new('--resourceSubType', '--resourceSubType', [CompletionResultType]::ParameterName, 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType')
            [CompletionResult]::new('--resource-sub-type', '--resource-sub-type', [CompletionResultType]::ParameterName, 'Comma-separated resourceSubTypes, e.g. chart-monitoring,qix-df,qvd. Not with the bracket syntax of --resourceType')
            [CompletionResult]::new('--resourceType', '--resourceType', [CompletionResultType]::ParameterName, 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: ''app[qvd,chart-monitoring,],qvapp'' (a trailing comma includes items without subtype)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Comma-separated resourceTypes, e.g. app,qvapp; subtypes in brackets: ''app[qvd,chart-monitoring,],qvapp'' (a trailing comma includes items without subtype)')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Whether or not to return items in a shared space (deprecated: use --spaceType)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt, +recentlyUsed, -recentlyUsed; a bare field is ascending (name = +name)')
            [CompletionResult]::new('--spaceId', '--spaceId', [CompletionResultType]::ParameterName, 'The space''s unique identifier (supports ''personal'')')
            [CompletionResult]::new('--space-id', '--space-id', [CompletionResultType]::ParameterName, 'The space''s unique identifier (supports ''personal'')')
            [CompletionResult]::new('--spaceType', '--spaceType', [CompletionResultType]::ParameterName, 'Comma-separated space types: shared, managed, personal, data')
            [CompletionResult]::new('--space-type', '--space-type', [CompletionResultType]::ParameterName, 'Comma-separated space types: shared, managed, personal, data')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The total number of resources to retrieve (fetched in pages of up to 100)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('--prev', '--prev', [CompletionResultType]::ParameterName, 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--noActions', '--noActions', [CompletionResultType]::ParameterName, 'If set, the user''s available actions for each item are not evaluated and the actions array is omitted (faster)')
            [CompletionResult]::new('--no-actions', '--no-actions', [CompletionResultType]::ParameterName, 'If set, the user''s available actions for each item are not evaluated and the actions array is omitted (faster)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Retrieve every resource, following the pages to the end')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing (one request)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;get' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (within the rate limits)')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier1PerMinute', '--tier1PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('--tier2PerMinute', '--tier2PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing (one request)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;collections' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for a collection by name')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'The case-insensitive string used to search for a resource by name or description')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The collection type: private, public (tags) or publicgoverned')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The total number of resources to retrieve (fetched in pages of up to 100)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('--prev', '--prev', [CompletionResultType]::ParameterName, 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Retrieve every resource, following the pages to the end')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing (one request)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;publisheditems' {
            [CompletionResult]::new('--resourceType', '--resourceType', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceType')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The case-sensitive string used to search for an item by resourceType')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The property to sort on: +createdAt (default), -createdAt, +name, -name, +updatedAt, -updatedAt; a bare field is ascending (name = +name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The total number of resources to retrieve (fetched in pages of up to 100)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'The cursor to the next page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('--prev', '--prev', [CompletionResultType]::ParameterName, 'The cursor to the previous page of resources. Provide either the next or prev cursor, but not both')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Retrieve every resource, following the pages to the end')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Return only ids, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing (one request)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The body fields to send, a JSON or YAML object (`-` reads standard input); flags override it. The output of `qlik item get ID` works: the fields the service computes (id, createdAt, links, …) are left out (-v lists them)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The body fields to send, a JSON or YAML object (`-` reads standard input); flags override it. The output of `qlik item get ID` works: the fields the service computes (id, createdAt, links, …) are left out (-v lists them)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The item''s name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The item''s description')
            [CompletionResult]::new('--spaceId', '--spaceId', [CompletionResultType]::ParameterName, 'The space the item is in')
            [CompletionResult]::new('--space-id', '--space-id', [CompletionResultType]::ParameterName, 'The space the item is in')
            [CompletionResult]::new('--resourceId', '--resourceId', [CompletionResultType]::ParameterName, 'The case-sensitive id of the resource (not with --resourceLink)')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'The case-sensitive id of the resource (not with --resourceLink)')
            [CompletionResult]::new('--resourceLink', '--resourceLink', [CompletionResultType]::ParameterName, 'The link to the resource (not with --resourceId)')
            [CompletionResult]::new('--resource-link', '--resource-link', [CompletionResultType]::ParameterName, 'The link to the resource (not with --resourceId)')
            [CompletionResult]::new('--resourceType', '--resourceType', [CompletionResultType]::ParameterName, 'The resource type; when not given, the item''s current type (fetched first)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The resource type; when not given, the item''s current type (fetched first)')
            [CompletionResult]::new('--resourceSubType', '--resourceSubType', [CompletionResultType]::ParameterName, 'The resource subtype, e.g. qvd')
            [CompletionResult]::new('--resource-sub-type', '--resource-sub-type', [CompletionResultType]::ParameterName, 'The resource subtype, e.g. qvd')
            [CompletionResult]::new('--resourceUpdatedAt', '--resourceUpdatedAt', [CompletionResultType]::ParameterName, 'When the resource last changed (RFC 3339, e.g. 2024-05-01T10:00:00Z)')
            [CompletionResult]::new('--resource-updated-at', '--resource-updated-at', [CompletionResultType]::ParameterName, 'When the resource last changed (RFC 3339, e.g. 2024-05-01T10:00:00Z)')
            [CompletionResult]::new('--thumbnailId', '--thumbnailId', [CompletionResultType]::ParameterName, 'The thumbnail''s id')
            [CompletionResult]::new('--thumbnail-id', '--thumbnail-id', [CompletionResultType]::ParameterName, 'The thumbnail''s id')
            [CompletionResult]::new('--resourceAttributes', '--resourceAttributes', [CompletionResultType]::ParameterName, 'The resource''s attributes, a JSON object')
            [CompletionResult]::new('--resource-attributes', '--resource-attributes', [CompletionResultType]::ParameterName, 'The resource''s attributes, a JSON object')
            [CompletionResult]::new('--resourceCustomAttributes', '--resourceCustomAttributes', [CompletionResultType]::ParameterName, 'The resource''s custom attributes, a JSON object')
            [CompletionResult]::new('--resource-custom-attributes', '--resource-custom-attributes', [CompletionResultType]::ParameterName, 'The resource''s custom attributes, a JSON object')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Send this field''s empty value on purpose, which clears it (repeatable), e.g. --unset description')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;rm' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (within the rate limits)')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier1PerMinute', '--tier1PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('--tier2PerMinute', '--tier2PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when not on a terminal)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error')
            [CompletionResult]::new('--ignoreNotFound', '--ignoreNotFound', [CompletionResultType]::ParameterName, 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;delete' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (within the rate limits)')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier1PerMinute', '--tier1PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for reads (tier 1), requests per minute; 0 turns it off [default: the profile''s tier1_per_minute, else 1000]')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('--tier2PerMinute', '--tier2PerMinute', [CompletionResultType]::ParameterName, 'Client-side limit for writes (tier 2), requests per minute; 0 turns it off [default: the profile''s tier2_per_minute, else 100]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when not on a terminal)')
            [CompletionResult]::new('--ignore-not-found', '--ignore-not-found', [CompletionResultType]::ParameterName, 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error')
            [CompletionResult]::new('--ignoreNotFound', '--ignoreNotFound', [CompletionResultType]::ParameterName, 'Count an id that does not exist (404) as done: exit 0 when each id is deleted or already gone, and empty standard input is not an error')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;settings' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show the items settings of the tenant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the items settings of the tenant')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change the items settings of the tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;item;settings;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;settings;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Return the response body from the server without any processing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;settings;patch' {
            [CompletionResult]::new('--usageMetricsEnabled', '--usageMetricsEnabled', [CompletionResultType]::ParameterName, 'Turn usage metrics on or off')
            [CompletionResult]::new('--usage-metrics-enabled', '--usage-metrics-enabled', [CompletionResultType]::ParameterName, 'Turn usage metrics on or off')
            [CompletionResult]::new('--op', '--op', [CompletionResultType]::ParameterName, 'The JSON Patch operation (qlik-cli''s form): replace')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'The JSON Patch path (qlik-cli''s form): /usageMetricsEnabled')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The JSON Patch value (qlik-cli''s form), JSON: true or false')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A JSON Patch array, or the settings object `qlik item settings ls` prints, in JSON or YAML (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A JSON Patch array, or the settings object `qlik item settings ls` prints, in JSON or YAML (`-` reads standard input)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Print the request(s) (method, URL and body) and send nothing')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;item;settings;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show the items settings of the tenant')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change the items settings of the tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;item;settings;help;ls' {
            break
        }
        'qlik;item;settings;help;patch' {
            break
        }
        'qlik;item;settings;help;help' {
            break
        }
        'qlik;item;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one or more items by id')
            [CompletionResult]::new('collections', 'collections', [CompletionResultType]::ParameterValue, 'List the collections (and tags) of an item')
            [CompletionResult]::new('publisheditems', 'publisheditems', [CompletionResultType]::ParameterValue, 'List the published copies of an item')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an item')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one or more items')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant-wide settings of the items service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;item;help;ls' {
            break
        }
        'qlik;item;help;get' {
            break
        }
        'qlik;item;help;collections' {
            break
        }
        'qlik;item;help;publisheditems' {
            break
        }
        'qlik;item;help;update' {
            break
        }
        'qlik;item;help;rm' {
            break
        }
        'qlik;item;help;settings' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show the items settings of the tenant')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change the items settings of the tenant')
            break
        }
        'qlik;item;help;settings;ls' {
            break
        }
        'qlik;item;help;settings;patch' {
            break
        }
        'qlik;item;help;help' {
            break
        }
        'qlik;profile' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile''s settings, keeping its credential unless a new one is given')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;context' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile''s settings, keeping its credential unless a new one is given')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;profile;add' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (default: user_default)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client''s secret from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking the key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (default: user_default)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client''s secret from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking the key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;add' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (default: user_default)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client''s secret from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking the key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client (machine-to-machine) instead of an API key; its secret is asked for, or read with --client-secret-stdin')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (default: user_default)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the OAuth client''s secret from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking the key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;update' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client''s secret too')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client''s secret too')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (user_default when unset)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute (0: no limit)')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute (0: no limit)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove an optional setting, so that its default applies (repeatable): output, tier1-per-minute, tier2-per-minute, insecure, ca-cert, allow-http')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read a new API key from standard input')
            [CompletionResult]::new('--ask-api-key', '--ask-api-key', [CompletionResultType]::ParameterName, 'Ask for a new API key, without echo, on the terminal')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read a new OAuth client secret from standard input')
            [CompletionResult]::new('--ask-client-secret', '--ask-client-secret', [CompletionResultType]::ParameterName, 'Ask for a new OAuth client secret, without echo, on the terminal')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--no-insecure', '--no-insecure', [CompletionResultType]::ParameterName, 'Verify TLS certificates again (the default)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-allow-http', '--no-allow-http', [CompletionResultType]::ParameterName, 'Refuse plain http:// to a host that is not loopback again (the default)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking a new server or key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;update' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'New tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing; a trailing /api/v1 is dropped)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client''s secret too')
            [CompletionResult]::new('--oauth-client-id', '--oauth-client-id', [CompletionResultType]::ParameterName, 'Authenticate with this OAuth client instead (or change the client id); a profile that held an API key needs the client''s secret too')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of the OAuth client''s tokens (user_default when unset)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute (0: no limit)')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute (0: no limit)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove an optional setting, so that its default applies (repeatable): output, tier1-per-minute, tier2-per-minute, insecure, ca-cert, allow-http')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read a new API key from standard input')
            [CompletionResult]::new('--ask-api-key', '--ask-api-key', [CompletionResultType]::ParameterName, 'Ask for a new API key, without echo, on the terminal')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read a new OAuth client secret from standard input')
            [CompletionResult]::new('--ask-client-secret', '--ask-client-secret', [CompletionResultType]::ParameterName, 'Ask for a new OAuth client secret, without echo, on the terminal')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--no-insecure', '--no-insecure', [CompletionResultType]::ParameterName, 'Verify TLS certificates again (the default)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('--no-allow-http', '--no-allow-http', [CompletionResultType]::ParameterName, 'Refuse plain http:// to a host that is not loopback again (the default)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without checking a new server or key against the server')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;use' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;use' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;show' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;get' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;show' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;get' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;remove' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;rm' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;remove' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;current' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;current' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile''s settings, keeping its credential unless a new one is given')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;profile;help;add' {
            break
        }
        'qlik;profile;help;update' {
            break
        }
        'qlik;profile;help;ls' {
            break
        }
        'qlik;profile;help;use' {
            break
        }
        'qlik;profile;help;show' {
            break
        }
        'qlik;profile;help;rm' {
            break
        }
        'qlik;profile;help;current' {
            break
        }
        'qlik;profile;help;help' {
            break
        }
        'qlik;context;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile''s settings, keeping its credential unless a new one is given')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;context;help;add' {
            break
        }
        'qlik;context;help;update' {
            break
        }
        'qlik;context;help;ls' {
            break
        }
        'qlik;context;help;use' {
            break
        }
        'qlik;context;help;show' {
            break
        }
        'qlik;context;help;rm' {
            break
        }
        'qlik;context;help;current' {
            break
        }
        'qlik;context;help;help' {
            break
        }
        'qlik;auth' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, profile and credential in use, and whom the credential acts as')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the server, profile and credential in use, and whom the credential acts as')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the cached access token of the OAuth client in use, and revoke it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;auth;status' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;auth;whoami' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;auth;logout' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, profile and credential in use, and whom the credential acts as')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the cached access token of the OAuth client in use, and revoke it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;auth;help;status' {
            break
        }
        'qlik;auth;help;logout' {
            break
        }
        'qlik;auth;help;help' {
            break
        }
        'qlik;whoami' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qlik;emulator' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator until Ctrl-C')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Start the emulator, run a command against it, stop it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;emulator;start' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key the emulator accepts (Authorization: Bearer KEY)')
            [CompletionResult]::new('--read-only-key', '--read-only-key', [CompletionResultType]::ParameterName, 'A second key that may only read: writes with it get 403')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client accepted by POST /oauth/token (repeatable, each followed by its --client-secret); replaces the built-in client, which is served on loopback only')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Secret of the --client-id given in the same position (never printed)')
            [CompletionResult]::new('--token-ttl-secs', '--token-ttl-secs', [CompletionResultType]::ParameterName, 'How long an access token lives, in seconds')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'Number of items to generate')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the generated items and the injected faults')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Load items from a JSON fixture instead of generating them')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off')
            [CompletionResult]::new('--rate-window-secs', '--rate-window-secs', [CompletionResultType]::ParameterName, 'Window the rate limits are evaluated over, in seconds')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Added latency per response, in milliseconds')
            [CompletionResult]::new('--jitter-ms', '--jitter-ms', [CompletionResultType]::ParameterName, 'Extra random latency per response, up to this many milliseconds')
            [CompletionResult]::new('--fail-500', '--fail-500', [CompletionResultType]::ParameterName, 'Fraction of requests answered 500 Internal Server Error')
            [CompletionResult]::new('--fail-503', '--fail-503', [CompletionResultType]::ParameterName, 'Fraction of requests answered 503 Service Unavailable')
            [CompletionResult]::new('--drop', '--drop', [CompletionResultType]::ParameterName, 'Fraction of connections dropped without an answer')
            [CompletionResult]::new('--truncate', '--truncate', [CompletionResultType]::ParameterName, 'Fraction of response bodies cut short')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Where to write the certificate with --tls (default: a file in the temp directory)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-rate-headers', '--no-rate-headers', [CompletionResultType]::ParameterName, 'Do not send Ratelimit-Limit/-Remaining/-Reset headers')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a generated self-signed certificate')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, duration) to stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;emulator;exec' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key the emulator accepts (Authorization: Bearer KEY)')
            [CompletionResult]::new('--read-only-key', '--read-only-key', [CompletionResultType]::ParameterName, 'A second key that may only read: writes with it get 403')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client accepted by POST /oauth/token (repeatable, each followed by its --client-secret); replaces the built-in client, which is served on loopback only')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Secret of the --client-id given in the same position (never printed)')
            [CompletionResult]::new('--token-ttl-secs', '--token-ttl-secs', [CompletionResultType]::ParameterName, 'How long an access token lives, in seconds')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'Number of items to generate')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for the generated items and the injected faults')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Load items from a JSON fixture instead of generating them')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off')
            [CompletionResult]::new('--rate-window-secs', '--rate-window-secs', [CompletionResultType]::ParameterName, 'Window the rate limits are evaluated over, in seconds')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Added latency per response, in milliseconds')
            [CompletionResult]::new('--jitter-ms', '--jitter-ms', [CompletionResultType]::ParameterName, 'Extra random latency per response, up to this many milliseconds')
            [CompletionResult]::new('--fail-500', '--fail-500', [CompletionResultType]::ParameterName, 'Fraction of requests answered 500 Internal Server Error')
            [CompletionResult]::new('--fail-503', '--fail-503', [CompletionResultType]::ParameterName, 'Fraction of requests answered 503 Service Unavailable')
            [CompletionResult]::new('--drop', '--drop', [CompletionResultType]::ParameterName, 'Fraction of connections dropped without an answer')
            [CompletionResult]::new('--truncate', '--truncate', [CompletionResultType]::ParameterName, 'Fraction of response bodies cut short')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Where to write the certificate with --tls (default: a file in the temp directory)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-rate-headers', '--no-rate-headers', [CompletionResultType]::ParameterName, 'Do not send Ratelimit-Limit/-Remaining/-Reset headers')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a generated self-signed certificate')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, duration) to stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;emulator;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator until Ctrl-C')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Start the emulator, run a command against it, stop it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;emulator;help;start' {
            break
        }
        'qlik;emulator;help;exec' {
            break
        }
        'qlik;emulator;help;help' {
            break
        }
        'qlik;completion' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (overrides QLIK_SERVER and profiles)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Connection profile to use (qlik-cli calls it a context)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, wide (a table with every column whole), json, yaml, jsonl, csv, tsv or name (`item/<id>` per line) [default: table on a terminal, json otherwise; QLIK_OUTPUT or the profile''s `output` changes it]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to print, in this order: dotted paths separated by commas, e.g. id,name,meta.tags (json, jsonl, yaml, csv, tsv and table; a path an object lacks is null, an empty cell)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--caCert', '--caCert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) in addition to the system roots')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, 0.001 to 86400 [default: 60]')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retries for rate limits (429), 502/503/504 and connection failures, 0 to 10 [default: 3]. With several ids (item get, item rm), an id still failing after them is tried once more; a single id is not')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds before the first retry, doubled for each next one, with jitter, 0.001 to 3600 [default: 0.25]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, NAME=VALUE (repeatable). Refused: Authorization (it comes from the API key), Proxy-Authorization, and the headers that frame the request or the connection: Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive, Upgrade, TE, Trailer, Expect, Proxy-Connection, Content-Encoding, Accept-Encoding')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--noHeaders', '--noHeaders', [CompletionResultType]::ParameterName, 'Leave out the header row of csv, tsv and the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request (method, URL, status, duration, trace id) to stderr')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (unsafe: only for test servers)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;help' {
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'List, inspect and manage items (apps, automations, data sets and other resources)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check the credential in use, and forget cached access tokens')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show whom the credential in use acts as (the same as `qlik auth status`)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the Items API, for trying the tool and testing scripts')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;help;item' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one or more items by id')
            [CompletionResult]::new('collections', 'collections', [CompletionResultType]::ParameterValue, 'List the collections (and tags) of an item')
            [CompletionResult]::new('publisheditems', 'publisheditems', [CompletionResultType]::ParameterValue, 'List the published copies of an item')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an item')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one or more items')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Tenant-wide settings of the items service')
            break
        }
        'qlik;help;item;ls' {
            break
        }
        'qlik;help;item;get' {
            break
        }
        'qlik;help;item;collections' {
            break
        }
        'qlik;help;item;publisheditems' {
            break
        }
        'qlik;help;item;update' {
            break
        }
        'qlik;help;item;rm' {
            break
        }
        'qlik;help;item;settings' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show the items settings of the tenant')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change the items settings of the tenant')
            break
        }
        'qlik;help;item;settings;ls' {
            break
        }
        'qlik;help;item;settings;patch' {
            break
        }
        'qlik;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key or OAuth client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a profile''s settings, keeping its credential unless a new one is given')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key or client secret masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile, its credential and its cached access token')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            break
        }
        'qlik;help;profile;add' {
            break
        }
        'qlik;help;profile;update' {
            break
        }
        'qlik;help;profile;ls' {
            break
        }
        'qlik;help;profile;use' {
            break
        }
        'qlik;help;profile;show' {
            break
        }
        'qlik;help;profile;rm' {
            break
        }
        'qlik;help;profile;current' {
            break
        }
        'qlik;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, profile and credential in use, and whom the credential acts as')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the cached access token of the OAuth client in use, and revoke it')
            break
        }
        'qlik;help;auth;status' {
            break
        }
        'qlik;help;auth;logout' {
            break
        }
        'qlik;help;whoami' {
            break
        }
        'qlik;help;emulator' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator until Ctrl-C')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Start the emulator, run a command against it, stop it')
            break
        }
        'qlik;help;emulator;start' {
            break
        }
        'qlik;help;emulator;exec' {
            break
        }
        'qlik;help;completion' {
            break
        }
        'qlik;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
