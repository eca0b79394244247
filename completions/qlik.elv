
use builtin;
use str;

set edit:completion:arg-completer[qlik] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'qlik'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'qlik'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand profile 'Manage connection profiles'
            cand context 'Manage connection profiles'
            cand emulator 'Run a local emulator of the Items API, for trying the tool and testing scripts'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;profile'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Save a profile: a server URL and its API key'
            cand create 'Save a profile: a server URL and its API key'
            cand ls 'List profiles'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show a profile''s settings, with the API key masked'
            cand get 'Show a profile''s settings, with the API key masked'
            cand rm 'Remove a profile and its API key'
            cand remove 'Remove a profile and its API key'
            cand current 'Print the name of the profile in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;context'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Save a profile: a server URL and its API key'
            cand create 'Save a profile: a server URL and its API key'
            cand ls 'List profiles'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show a profile''s settings, with the API key masked'
            cand get 'Show a profile''s settings, with the API key masked'
            cand rm 'Remove a profile and its API key'
            cand remove 'Remove a profile and its API key'
            cand current 'Print the name of the profile in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;profile;add'= {
            cand -s 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand --server 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand -o 'Default output format for commands using this profile'
            cand --output 'Default output format for commands using this profile'
            cand --tier1-per-minute 'Client-side limit of tier 1 (read) requests per minute'
            cand --tier2-per-minute 'Client-side limit of tier 2 (write) requests per minute'
            cand --ca-cert 'Trust this PEM certificate (or bundle) for this profile''s server'
            cand --api-key-stdin 'Read the API key from standard input instead of asking for it'
            cand --default 'Make this profile the default'
            cand --force 'Replace the profile if it exists'
            cand --insecure 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
            cand --allow-http 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;create'= {
            cand -s 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand --server 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand -o 'Default output format for commands using this profile'
            cand --output 'Default output format for commands using this profile'
            cand --tier1-per-minute 'Client-side limit of tier 1 (read) requests per minute'
            cand --tier2-per-minute 'Client-side limit of tier 2 (write) requests per minute'
            cand --ca-cert 'Trust this PEM certificate (or bundle) for this profile''s server'
            cand --api-key-stdin 'Read the API key from standard input instead of asking for it'
            cand --default 'Make this profile the default'
            cand --force 'Replace the profile if it exists'
            cand --insecure 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
            cand --allow-http 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;add'= {
            cand -s 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand --server 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand -o 'Default output format for commands using this profile'
            cand --output 'Default output format for commands using this profile'
            cand --tier1-per-minute 'Client-side limit of tier 1 (read) requests per minute'
            cand --tier2-per-minute 'Client-side limit of tier 2 (write) requests per minute'
            cand --ca-cert 'Trust this PEM certificate (or bundle) for this profile''s server'
            cand --api-key-stdin 'Read the API key from standard input instead of asking for it'
            cand --default 'Make this profile the default'
            cand --force 'Replace the profile if it exists'
            cand --insecure 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
            cand --allow-http 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;create'= {
            cand -s 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand --server 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)'
            cand -o 'Default output format for commands using this profile'
            cand --output 'Default output format for commands using this profile'
            cand --tier1-per-minute 'Client-side limit of tier 1 (read) requests per minute'
            cand --tier2-per-minute 'Client-side limit of tier 2 (write) requests per minute'
            cand --ca-cert 'Trust this PEM certificate (or bundle) for this profile''s server'
            cand --api-key-stdin 'Read the API key from standard input instead of asking for it'
            cand --default 'Make this profile the default'
            cand --force 'Replace the profile if it exists'
            cand --insecure 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
            cand --allow-http 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;ls'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;list'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;ls'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;list'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;use'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;use'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;show'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;get'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;show'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;get'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;rm'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;remove'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;rm'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;remove'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;current'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;context;current'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;profile;help'= {
            cand add 'Save a profile: a server URL and its API key'
            cand ls 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show a profile''s settings, with the API key masked'
            cand rm 'Remove a profile and its API key'
            cand current 'Print the name of the profile in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;profile;help;add'= {
        }
        &'qlik;profile;help;ls'= {
        }
        &'qlik;profile;help;use'= {
        }
        &'qlik;profile;help;show'= {
        }
        &'qlik;profile;help;rm'= {
        }
        &'qlik;profile;help;current'= {
        }
        &'qlik;profile;help;help'= {
        }
        &'qlik;context;help'= {
            cand add 'Save a profile: a server URL and its API key'
            cand ls 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show a profile''s settings, with the API key masked'
            cand rm 'Remove a profile and its API key'
            cand current 'Print the name of the profile in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;context;help;add'= {
        }
        &'qlik;context;help;ls'= {
        }
        &'qlik;context;help;use'= {
        }
        &'qlik;context;help;show'= {
        }
        &'qlik;context;help;rm'= {
        }
        &'qlik;context;help;current'= {
        }
        &'qlik;context;help;help'= {
        }
        &'qlik;emulator'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand start 'Serve the emulator until Ctrl-C'
            cand exec 'Start the emulator, run a command against it, stop it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;emulator;start'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --host 'Address to listen on'
            cand --api-key 'API key the emulator accepts (Authorization: Bearer KEY)'
            cand --read-only-key 'A second key that may only read: writes with it get 403'
            cand --items 'Number of items to generate'
            cand --seed 'Seed for the generated items and the injected faults'
            cand --data 'Load items from a JSON fixture instead of generating them'
            cand --tier1-per-minute 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off'
            cand --tier2-per-minute 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off'
            cand --rate-window-secs 'Window the rate limits are evaluated over, in seconds'
            cand --latency-ms 'Added latency per response, in milliseconds'
            cand --jitter-ms 'Extra random latency per response, up to this many milliseconds'
            cand --fail-500 'Fraction of requests answered 500 Internal Server Error'
            cand --fail-503 'Fraction of requests answered 503 Service Unavailable'
            cand --drop 'Fraction of connections dropped without an answer'
            cand --truncate 'Fraction of response bodies cut short'
            cand --tls-cert 'Where to write the certificate with --tls (default: a file in the temp directory)'
            cand --no-rate-headers 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
            cand --tls 'Serve HTTPS with a generated self-signed certificate'
            cand --log 'Log each request (method, path, status, duration) to stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;emulator;exec'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --host 'Address to listen on'
            cand --api-key 'API key the emulator accepts (Authorization: Bearer KEY)'
            cand --read-only-key 'A second key that may only read: writes with it get 403'
            cand --items 'Number of items to generate'
            cand --seed 'Seed for the generated items and the injected faults'
            cand --data 'Load items from a JSON fixture instead of generating them'
            cand --tier1-per-minute 'Tier 1 (GET) requests allowed per minute; 0 turns the limit off'
            cand --tier2-per-minute 'Tier 2 (PUT, DELETE, PATCH) requests allowed per minute; 0 turns the limit off'
            cand --rate-window-secs 'Window the rate limits are evaluated over, in seconds'
            cand --latency-ms 'Added latency per response, in milliseconds'
            cand --jitter-ms 'Extra random latency per response, up to this many milliseconds'
            cand --fail-500 'Fraction of requests answered 500 Internal Server Error'
            cand --fail-503 'Fraction of requests answered 503 Service Unavailable'
            cand --drop 'Fraction of connections dropped without an answer'
            cand --truncate 'Fraction of response bodies cut short'
            cand --tls-cert 'Where to write the certificate with --tls (default: a file in the temp directory)'
            cand --no-rate-headers 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
            cand --tls 'Serve HTTPS with a generated self-signed certificate'
            cand --log 'Log each request (method, path, status, duration) to stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;emulator;help'= {
            cand start 'Serve the emulator until Ctrl-C'
            cand exec 'Start the emulator, run a command against it, stop it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;emulator;help;start'= {
        }
        &'qlik;emulator;help;exec'= {
        }
        &'qlik;emulator;help;help'= {
        }
        &'qlik;completion'= {
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qlik;help'= {
            cand profile 'Manage connection profiles'
            cand emulator 'Run a local emulator of the Items API, for trying the tool and testing scripts'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qlik;help;profile'= {
            cand add 'Save a profile: a server URL and its API key'
            cand ls 'List profiles'
            cand use 'Make a profile the default'
            cand show 'Show a profile''s settings, with the API key masked'
            cand rm 'Remove a profile and its API key'
            cand current 'Print the name of the profile in use'
        }
        &'qlik;help;profile;add'= {
        }
        &'qlik;help;profile;ls'= {
        }
        &'qlik;help;profile;use'= {
        }
        &'qlik;help;profile;show'= {
        }
        &'qlik;help;profile;rm'= {
        }
        &'qlik;help;profile;current'= {
        }
        &'qlik;help;emulator'= {
            cand start 'Serve the emulator until Ctrl-C'
            cand exec 'Start the emulator, run a command against it, stop it'
        }
        &'qlik;help;emulator;start'= {
        }
        &'qlik;help;emulator;exec'= {
        }
        &'qlik;help;completion'= {
        }
        &'qlik;help;help'= {
        }
    ]
    $completions[$command]
}
