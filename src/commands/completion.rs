//! `qlik completion SHELL`: prints the completion script generated from the clap tree, with
//! profile names completed from the config file.
//!
//! clap_complete writes static scripts; profile names are not static. The arguments that take
//! one are marked with [`PROFILE_HINT`] (see `cli::tree`), and here the bash, zsh and fish
//! scripts get a function that lists the profiles with `qlik __complete profiles` ([`HOOK`],
//! handled before the command line is parsed: it is not a command). PowerShell and elvish
//! complete flags and values but not profile names.

use std::ffi::OsString;
use std::io::Write;

use clap::Command;

use crate::cli::tree::{self, PROFILE_HINT, PROFILE_NAME_SUBCOMMANDS};

/// The first argument of the call the completion scripts make: `qlik __complete profiles`.
pub const HOOK: &str = "__complete";

/// The most profile names listed.
const MAX_NAMES: usize = 1000;

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<u8> {
    let script = script(shell);
    match std::io::stdout().lock().write_all(&script) {
        Ok(()) => Ok(0),
        // `qlik completion bash | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(e.into()),
    }
}

/// `qlik __complete WHAT`: prints the words to offer, one a line, and gives the exit code.
/// `profiles`: the profile names of config.toml (nothing is sent anywhere; no key is
/// printed). Quiet on any failure: a completion has nowhere to show an error.
pub fn words(args: &[OsString]) -> u8 {
    match args.first().and_then(|a| a.to_str()) {
        Some("profiles") if args.len() == 1 => {
            let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
            let Ok(dir) = crate::config::config_dir(&env) else {
                return 0;
            };
            let Ok(store) = crate::config::Store::read(&dir, std::time::Duration::from_secs(1))
            else {
                return 0;
            };
            let mut out = std::io::stdout().lock();
            for name in store
                .profile_names()
                .filter(|n| crate::config::validate_profile_name(n).is_ok())
                .take(MAX_NAMES)
            {
                if writeln!(out, "{name}").is_err() {
                    break;
                }
            }
            let _ = out.flush();
            0
        }
        _ => {
            eprintln!("error: usage: qlik {HOOK} profiles (used by the completion scripts)");
            crate::error::USAGE
        }
    }
}

/// The completion script for `shell`, exactly as committed under `completions/`.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = tree::documented();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "qlik", &mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let text = match shell {
        clap_complete::Shell::Bash => bash(&cmd, &text),
        clap_complete::Shell::Zsh => zsh(&text),
        clap_complete::Shell::Fish => fish(&text),
        _ => text,
    };
    text.into_bytes()
}

/// What clap_complete writes for [`PROFILE_HINT`] in zsh and fish.
const ZSH_HINT: &str = ":_users'";
const FISH_HINT: &str = "(__fish_complete_users)";

/// The spellings of the options that take a value (`-s`, `--server`, `--context`, …), of the
/// profile options, of the `profile` group, and of its subcommands whose NAME is a profile.
struct Words {
    valued: Vec<String>,
    profile_options: Vec<String>,
    groups: Vec<String>,
    verbs: Vec<String>,
    /// Options whose value is a comma list: each entry after a comma completes as the first.
    lists: Vec<String>,
}

fn words_of(cmd: &Command) -> Words {
    let spellings = |a: &clap::Arg| -> Vec<String> {
        let mut v: Vec<String> = a
            .get_short_and_visible_aliases()
            .unwrap_or_default()
            .into_iter()
            .map(|c| format!("-{c}"))
            .collect();
        v.extend(
            a.get_long_and_visible_aliases()
                .unwrap_or_default()
                .into_iter()
                .map(|l| format!("--{l}")),
        );
        v
    };
    let globals: Vec<&clap::Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).collect();
    let valued = globals
        .iter()
        .copied()
        .filter(|a| a.get_action().takes_values())
        .flat_map(spellings)
        .collect();
    let profile_options = globals
        .into_iter()
        .filter(|a| a.get_value_hint() == PROFILE_HINT)
        .flat_map(spellings)
        .collect();
    let (mut groups, mut verbs) = (Vec::new(), Vec::new());
    if let Some(profile) = cmd.find_subcommand("profile") {
        groups.push(profile.get_name().to_string());
        groups.extend(profile.get_visible_aliases().map(str::to_string));
        for name in PROFILE_NAME_SUBCOMMANDS {
            verbs.push(name.to_string());
            if let Some(sub) = profile.find_subcommand(name) {
                verbs.extend(sub.get_visible_aliases().map(str::to_string));
            }
        }
    }
    let mut lists = Vec::new();
    comma_lists(cmd, &spellings, &mut lists);
    lists.sort();
    lists.dedup();
    Words {
        valued,
        profile_options,
        groups,
        verbs,
        lists,
    }
}

/// The spellings of the options, in `cmd` and its subcommands, whose value is a comma list
/// (their help says so): `--fields`, `--spaceType`, `--resourceType`, …
fn comma_lists(
    cmd: &Command,
    spellings: &dyn Fn(&clap::Arg) -> Vec<String>,
    out: &mut Vec<String>,
) {
    for a in cmd.get_arguments() {
        let help = a.get_help().map(ToString::to_string).unwrap_or_default();
        if help.starts_with("Comma-separated") || help.contains("separated by commas") {
            out.extend(spellings(a));
        }
    }
    for sub in cmd.get_subcommands() {
        comma_lists(sub, spellings, out);
    }
}

/// Bash: `_qlik` (clap_complete's) wrapped by `_qlik_with_profiles`, which completes profile
/// names after `--profile`/`--context` and as the NAME of `profile use|rm|show|update` (OLD of `rename`),
/// and each entry of a comma list (`--fields id,na<TAB>`) as the first.
fn bash(cmd: &Command, generated: &str) -> String {
    let w = words_of(cmd);
    let wrapper = format!(
        r#"
# Profile names (the profiles in config.toml), from `qlik {HOOK} profiles`.
_qlik_profile_names() {{
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$("${{COMP_WORDS[0]}}" {HOOK} profiles 2>/dev/null)" -- "$1"))
    # No file names instead when no profile matches.
    compopt +o default +o bashdefault 2>/dev/null
    return 0
}}

# Profile names after {profile_options} and as the NAME of `qlik profile {verbs_slash}`;
# everything else is _qlik's.
_qlik_with_profiles() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="" before="" word group="" verb="" nargs=0 i
    if (( COMP_CWORD > 0 )); then prev="${{COMP_WORDS[COMP_CWORD-1]}}"; fi
    if (( COMP_CWORD > 1 )); then before="${{COMP_WORDS[COMP_CWORD-2]}}"; fi
    if [[ "$prev" == "=" ]]; then prev="$before"; fi
    case "$prev" in
        {profile_case})
            _qlik_profile_names "$cur"
            return 0
            ;;
        {list_case})
            # A comma list: the entry after the last comma completes as the first does,
            # behind the entries before it.
            if [[ "$cur" == *,* ]]; then
                local head="${{cur%,*}}," tail="${{cur##*,}}"
                COMP_WORDS[COMP_CWORD]="$tail"
                _qlik "$1" "$tail" "$prev"
                COMP_WORDS[COMP_CWORD]="$cur"
                COMPREPLY=("${{COMPREPLY[@]/#/$head}}")
                compopt -o nospace 2>/dev/null
                return 0
            fi
            ;;
    esac
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${{COMP_WORDS[i]}}"
        case "$word" in
            {valued_case})
                if [[ "${{COMP_WORDS[i+1]}}" == "=" ]]; then (( i += 2 )); else (( i++ )); fi
                ;;
            -*)
                ;;
            *)
                if [[ -z "$group" ]]; then
                    group="$word"
                elif [[ -z "$verb" ]]; then
                    verb="$word"
                else
                    (( nargs++ ))
                fi
                ;;
        esac
    done
    case "$group" in
        {group_case})
            case "$verb" in
                {verb_case})
                    if [[ $nargs -eq 0 && "$cur" != -* ]]; then
                        _qlik_profile_names "$cur"
                        return 0
                    fi
                    ;;
            esac
            ;;
    esac
    _qlik "$@"
}}

"#,
        profile_options = w.profile_options.join("/"),
        verbs_slash = PROFILE_NAME_SUBCOMMANDS.join("|"),
        profile_case = w.profile_options.join("|"),
        list_case = w.lists.join("|"),
        valued_case = w.valued.join("|"),
        group_case = w.groups.join("|"),
        verb_case = w.verbs.join("|"),
    );
    let marker = "if [[ \"${BASH_VERSINFO[0]}\" -eq 4";
    let mut text = match generated.rfind(marker) {
        Some(at) => format!("{}{wrapper}{}", &generated[..at], &generated[at..]),
        None => format!("{generated}{wrapper}"),
    };
    text = text.replace("complete -F _qlik -o", "complete -F _qlik_with_profiles -o");
    text
}

/// Zsh: the profile arguments complete with `_qlik_profiles`.
fn zsh(generated: &str) -> String {
    let function = format!(
        r#"(( $+functions[_qlik_profiles] )) ||
_qlik_profiles() {{
    local -a names
    names=(${{(f)"$(${{words[1]}} {HOOK} profiles 2>/dev/null)"}})
    _wanted profiles expl 'profile' compadd -a names
}}

"#
    );
    let text = generated.replace(ZSH_HINT, ":_qlik_profiles'");
    let marker = "if [ \"$funcstack[1]\" = \"_qlik\" ]; then";
    match text.rfind(marker) {
        Some(at) => format!("{}{function}{}", &text[..at], &text[at..]),
        None => format!("{text}\n{function}"),
    }
}

/// Fish: the profile arguments complete with `__fish_qlik_profiles`.
fn fish(generated: &str) -> String {
    let function = format!(
        r#"# Profile names (the profiles in config.toml), from `qlik {HOOK} profiles`.
function __fish_qlik_profiles
    set -l cmd (commandline -opc)
    $cmd[1] {HOOK} profiles 2>/dev/null
end

"#
    );
    format!(
        "{function}{}",
        generated.replace(FISH_HINT, "(__fish_qlik_profiles)")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument marked as a profile name is completed with the profiles in zsh and
    /// fish: the text clap_complete writes for the mark is replaced.
    #[test]
    fn the_profile_mark_is_replaced() {
        let zsh = String::from_utf8(script(clap_complete::Shell::Zsh)).unwrap();
        assert!(!zsh.contains(ZSH_HINT));
        assert!(zsh.contains("--profile=[") && zsh.contains(":_qlik_profiles'"));
        let fish = String::from_utf8(script(clap_complete::Shell::Fish)).unwrap();
        assert!(!fish.contains(FISH_HINT));
        assert!(fish.contains("(__fish_qlik_profiles)"));
        let bash = String::from_utf8(script(clap_complete::Shell::Bash)).unwrap();
        assert!(bash.contains("complete -F _qlik_with_profiles -o nosort"));
        // The comma lists are found by their help.
        let lists = words_of(&tree::documented()).lists;
        for list in [
            "--fields",
            "--spaceType",
            "--space-type",
            "--resourceType",
            "--resourceSubType",
            "--resourceIds",
        ] {
            assert!(lists.iter().any(|l| l == list), "{list} not in {lists:?}");
        }
        assert!(!bash.contains("complete -F _qlik -o"));
    }
}
