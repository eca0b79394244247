# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_qlik_global_optspecs
    string join \n h/help V/version
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

complete -c qlik -n "__fish_qlik_needs_command" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_needs_command" -s V -l version -d 'Print version'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "profile" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "context" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "emulator" -d 'Run a local emulator of the Items API, for trying the tool and testing scripts'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c qlik -n "__fish_qlik_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "add" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "create" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "list" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "show" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "get" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "rm" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "remove" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "add" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "create" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "list" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "show" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "get" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "rm" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "remove" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand context; and not __fish_seen_subcommand_from add create ls list use show get rm remove current help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s s -l server -d 'Tenant URL, e.g. https://tenant.eu.qlikcloud.com (https:// is added when missing)' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s o -l output -d 'Default output format for commands using this profile' -r -f -a "table\t''
json\t''
yaml\t''
jsonl\t''"
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l tier1-per-minute -d 'Client-side limit of tier 1 (read) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l tier2-per-minute -d 'Client-side limit of tier 2 (write) requests per minute' -r
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this PEM certificate (or bundle) for this profile\'s server' -r -F
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l api-key-stdin -d 'Read the API key from standard input instead of asking for it'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l default -d 'Make this profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l force -d 'Replace the profile if it exists'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l insecure -d 'Skip TLS certificate verification for this profile (unsafe; for test servers only)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -l allow-http -d 'Allow a plain http:// server that is not loopback (the key then travels unencrypted)'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand context; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -s h -l help -d 'Print help'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and not __fish_seen_subcommand_from start exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l host -d 'Address to listen on' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l api-key -d 'API key the emulator accepts (Authorization: Bearer KEY)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l read-only-key -d 'A second key that may only read: writes with it get 403' -r
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
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-rate-headers -d 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tls -d 'Serve HTTPS with a generated self-signed certificate'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -l log -d 'Log each request (method, path, status, duration) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l host -d 'Address to listen on' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l api-key -d 'API key the emulator accepts (Authorization: Bearer KEY)' -r
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l read-only-key -d 'A second key that may only read: writes with it get 403' -r
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
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l no-rate-headers -d 'Do not send Ratelimit-Limit/-Remaining/-Reset headers'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l tls -d 'Serve HTTPS with a generated self-signed certificate'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -l log -d 'Log each request (method, path, status, duration) to stderr'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
complete -c qlik -n "__fish_qlik_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from profile emulator completion help" -f -a "profile" -d 'Manage connection profiles'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from profile emulator completion help" -f -a "emulator" -d 'Run a local emulator of the Items API, for trying the tool and testing scripts'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from profile emulator completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c qlik -n "__fish_qlik_using_subcommand help; and not __fish_seen_subcommand_from profile emulator completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Save a profile: a server URL and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "ls" -d 'List profiles'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s settings, with the API key masked'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rm" -d 'Remove a profile and its API key'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "current" -d 'Print the name of the profile in use'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "start" -d 'Serve the emulator until Ctrl-C'
complete -c qlik -n "__fish_qlik_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "exec" -d 'Start the emulator, run a command against it, stop it'
