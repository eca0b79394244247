
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the Items API, for trying the tool and testing scripts')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;profile' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;context' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;profile;add' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;add' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;create' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Default output format for commands using this profile')
            [CompletionResult]::new('--tier1-per-minute', '--tier1-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 1 (read) requests per minute')
            [CompletionResult]::new('--tier2-per-minute', '--tier2-per-minute', [CompletionResultType]::ParameterName, 'Client-side limit of tier 2 (write) requests per minute')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this PEM certificate (or bundle) for this profile''s server')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input instead of asking for it')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification for this profile (unsafe; for test servers only)')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;ls' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;list' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;ls' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;list' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;use' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;use' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;show' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;show' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;current' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;context;current' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;profile;help;add' {
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;context;help;add' {
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
        'qlik;emulator' {
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
            [CompletionResult]::new('--no-rate-headers', '--no-rate-headers', [CompletionResultType]::ParameterName, 'Do not send Ratelimit-Limit/-Remaining/-Reset headers')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a generated self-signed certificate')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, duration) to stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;emulator;exec' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key the emulator accepts (Authorization: Bearer KEY)')
            [CompletionResult]::new('--read-only-key', '--read-only-key', [CompletionResultType]::ParameterName, 'A second key that may only read: writes with it get 403')
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
            [CompletionResult]::new('--no-rate-headers', '--no-rate-headers', [CompletionResultType]::ParameterName, 'Do not send Ratelimit-Limit/-Remaining/-Reset headers')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a generated self-signed certificate')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Log each request (method, path, status, duration) to stderr')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qlik;help' {
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local emulator of the Items API, for trying the tool and testing scripts')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qlik;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: a server URL and its API key')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, with the API key masked')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a profile and its API key')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the name of the profile in use')
            break
        }
        'qlik;help;profile;add' {
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
