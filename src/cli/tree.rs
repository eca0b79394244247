//! The command tree as parsed, documented and completed: the derived [`Cli`] command with the
//! adjustments the derive attributes cannot express.
//!
//! - Examples: a command's help text ends with an `Examples:` block (in its doc comment, or in
//!   its `after_help`). `--help` shows them all, after the options; `-h` shows one.
//! - `qlik emulator start|exec` take no client options: the global ones (`--server`,
//!   `--profile`, `-o`, …) are still accepted there, and ignored, but not listed in its help.
//! - Profile names: `--profile` and the NAME of `profile use|rm|show|update` (and OLD of `rename`) are marked so the
//!   completion scripts complete them (see `commands::completion`).

use clap::{Arg, Command, CommandFactory, ValueHint};

use super::Cli;

/// The value hint that marks an argument taking a profile name. No other argument uses it;
/// the completion scripts replace what clap_complete makes of it with a list of the profiles.
pub const PROFILE_HINT: ValueHint = ValueHint::Username;

/// The subcommands of `qlik profile` whose NAME is an existing profile.
pub const PROFILE_NAME_SUBCOMMANDS: [&str; 5] = ["use", "rm", "show", "update", "rename"];

/// The command tree as parsed, with the help `-h` and `--help` print.
pub fn command() -> Command {
    with_examples(documented())
}

/// The command tree as the generated files (man pages, docs/commands.md, completions) show
/// it: the examples stay in each command's description, where a man page reads them.
pub fn documented() -> Command {
    hide_globals_of_the_emulator(profile_names(Cli::command()))
}

/// Applies `f` to each subcommand of `cmd`, in place (clap's `mut_subcommand` would move it
/// to the end, and so change the order of the help and of the generated files).
fn each_subcommand(cmd: &mut Command, mut f: impl FnMut(Command) -> Command) {
    for sub in cmd.get_subcommands_mut() {
        *sub = f(std::mem::take(sub));
    }
}

/// Splits help text at its examples block: the text before it, and the example lines.
fn split_examples(text: &str) -> Option<(String, Vec<String>)> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| matches!(l.trim_end(), "Examples:" | "Example:"))?;
    let rest = &lines[at + 1..];
    // Only examples after the heading: indented lines and blank ones.
    if !rest
        .iter()
        .all(|l| l.trim().is_empty() || l.starts_with("  "))
    {
        return None;
    }
    let examples: Vec<String> = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect();
    if examples.is_empty() {
        return None;
    }
    Some((lines[..at].join("\n").trim_end().to_string(), examples))
}

/// The examples as help shows them.
fn examples_block(examples: &[String]) -> String {
    let title = if examples.len() == 1 {
        "Example:"
    } else {
        "Examples:"
    };
    let lines: Vec<String> = examples.iter().map(|e| format!("  {e}")).collect();
    format!("{title}\n\n{}", lines.join("\n"))
}

/// The example `-h` shows: the first one that does more than run the bare command.
fn first_example<'a>(path: &str, examples: &'a [String]) -> &'a String {
    examples
        .iter()
        .find(|e| e.as_str() != path)
        .unwrap_or(&examples[0])
}

/// Moves each command's examples after its options: all of them for `--help`, one for `-h`.
fn with_examples(cmd: Command) -> Command {
    fn walk(mut cmd: Command, path: &str) -> Command {
        let path = if path.is_empty() {
            cmd.get_name().to_string()
        } else {
            format!("{path} {}", cmd.get_name())
        };
        let long = cmd.get_long_about().map(|s| s.to_string());
        let after = cmd.get_after_help().map(|s| s.to_string());
        if let Some((before, examples)) = long.as_deref().and_then(split_examples) {
            let one = first_example(&path, &examples).clone();
            cmd = cmd
                .long_about(before)
                .after_help(examples_block(std::slice::from_ref(&one)))
                .after_long_help(examples_block(&examples));
        } else if let Some((before, examples)) = after.as_deref().and_then(split_examples) {
            let one = first_example(&path, &examples).clone();
            let join = |block: String| {
                if before.is_empty() {
                    block
                } else {
                    format!("{before}\n\n{block}")
                }
            };
            cmd = cmd
                .after_help(join(examples_block(std::slice::from_ref(&one))))
                .after_long_help(join(examples_block(&examples)));
        }
        each_subcommand(&mut cmd, |sub| walk(sub, &path));
        cmd
    }
    walk(cmd, "")
}

/// Marks the NAME of `qlik profile use|rm|show|update` (OLD of `rename`) with [`PROFILE_HINT`] where the
/// definition does not already (`--profile` has it in `GlobalArgs`).
fn profile_names(mut cmd: Command) -> Command {
    each_subcommand(&mut cmd, |profile| {
        if profile.get_name() != "profile" {
            return profile;
        }
        let mut profile = profile;
        each_subcommand(&mut profile, |sub| {
            let unmarked = PROFILE_NAME_SUBCOMMANDS.contains(&sub.get_name())
                && sub
                    .get_arguments()
                    .any(|a| a.get_id() == "name" && a.get_value_hint() != PROFILE_HINT);
            if unmarked {
                sub.mut_arg("name", |a| a.value_hint(PROFILE_HINT))
            } else {
                sub
            }
        });
        profile
    });
    cmd
}

/// Gives `qlik emulator start|exec` hidden copies of the global options, which clap then uses
/// there instead of the global ones: accepted, ignored, and not in the help.
fn hide_globals_of_the_emulator(mut cmd: Command) -> Command {
    let globals: Vec<Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    each_subcommand(&mut cmd, |mut emulator| {
        if emulator.get_name() != "emulator" {
            return emulator;
        }
        each_subcommand(&mut emulator, |mut sub| {
            for g in &globals {
                if !sub.get_arguments().any(|a| a.get_id() == g.get_id()) {
                    sub = sub.arg(g.clone().global(false).hide(true));
                }
            }
            sub
        });
        emulator
    });
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_is_valid() {
        command().debug_assert();
    }

    #[test]
    fn examples_are_split_from_the_text() {
        let (before, ex) =
            split_examples("Lists things.\n\nExamples:\n\n  qlik a\n  qlik a -x\n").unwrap();
        assert_eq!(before, "Lists things.");
        assert_eq!(ex, ["qlik a", "qlik a -x"]);
        assert_eq!(first_example("qlik a", &ex), "qlik a -x");
        assert!(split_examples("No examples here.").is_none());
        assert!(split_examples("Examples:\n\n  qlik a\n\nMore text.").is_none());
    }
}
