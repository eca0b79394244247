//! The files generated from the clap tree, so they cannot drift from it: shell completions in
//! `completions/`, one man page per command in `docs/man/`, and the Markdown command reference
//! `docs/commands.md`. A test fails when the committed copies differ from what the current tree
//! produces; the same test rewrites them when run with `QLIK_REGENERATE=1` (see [`REGENERATE`]).
//! Test-only code: the binary does not carry the generator.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Arg, Command};
use clap_complete::{Generator, Shell};

/// The one command that regenerates every generated file (run from the repository root).
pub const REGENERATE: &str = "QLIK_REGENERATE=1 cargo test --bin qlik generated_files";

/// The shells `completions/` holds a script for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

const MAN_DIR: &str = "docs/man";
const COMPLETIONS_DIR: &str = "completions";
const REFERENCE: &str = "docs/commands.md";

/// Writes every generated file under the repository root `dir`, and removes generated files
/// the tree no longer produces.
pub fn write_all(dir: &Path) -> anyhow::Result<()> {
    let files = generate()?;
    for sub in [COMPLETIONS_DIR, MAN_DIR] {
        let full = dir.join(sub);
        std::fs::create_dir_all(&full).with_context(|| format!("creating {}", full.display()))?;
    }
    for (path, contents) in &files {
        let full = dir.join(path);
        std::fs::write(&full, contents).with_context(|| format!("writing {}", full.display()))?;
    }
    for path in extra_files(dir, &files)? {
        let full = dir.join(&path);
        std::fs::remove_file(&full).with_context(|| format!("removing {}", full.display()))?;
    }
    Ok(())
}

/// Every generated file: its path relative to the repository root, and its contents.
pub fn generate() -> anyhow::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    for shell in SHELLS {
        files.push((
            Path::new(COMPLETIONS_DIR).join(shell.file_name("qlik")),
            crate::commands::completion::script(shell),
        ));
    }
    let tree = doc_tree();
    let mut pages = Vec::new();
    man_pages(&tree, &mut pages)?;
    files.extend(pages);
    files.push((PathBuf::from(REFERENCE), markdown(&tree).into_bytes()));
    Ok(files)
}

/// The clap tree as documented: built (globals propagated, bin names set), without the `help`
/// subcommand, with help text in its source formatting.
fn doc_tree() -> Command {
    let mut cmd = crate::cli::tree::documented()
        .disable_help_subcommand(true)
        .term_width(0);
    cmd.build();
    cmd
}

fn visible_subcommands(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands().filter(|c| !c.is_hide_set())
}

fn man_pages(cmd: &Command, out: &mut Vec<(PathBuf, Vec<u8>)>) -> anyhow::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    buf.extend_from_slice(common_sections(cmd.get_name() == "qlik").as_bytes());
    out.push((Path::new(MAN_DIR).join(man.get_filename()), buf));
    for sub in visible_subcommands(cmd) {
        man_pages(sub, out)?;
    }
    Ok(())
}

/// The exit codes (`crate::error`), as every page lists them.
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success."),
    (
        "1",
        "Any other failure: an answer that cannot be used, a server error (500), a TLS or protocol failure.",
    ),
    (
        "2",
        "Usage: bad flags or values, refused before anything was sent (also a declined confirmation).",
    ),
    ("3", "Not found (404)."),
    (
        "4",
        "Authentication or permission: no credentials, 401, 403.",
    ),
    ("5", "Conflict (409)."),
    (
        "6",
        "Partial failure: some ids of a multi-id command failed (each is reported).",
    ),
    (
        "7",
        "Rate limit (429), 502/503/504 or a connection failure, still failing after the retries.",
    ),
    ("130", "Interrupted (Ctrl-C)."),
];

/// The environment the tool reads (`crate::config`, `crate::commands`).
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "QLIK_SERVER",
        "Tenant URL, e.g. https://tenant.eu.qlikcloud.com; beats the profiles.",
    ),
    (
        "QLIK_API_KEY",
        "API key for QLIK_SERVER (or --server); never sent to another server.",
    ),
    ("QLIK_PROFILE", "Profile to use instead of the default one."),
    (
        "QLIK_OUTPUT",
        "Default output format; beats the profile's output.",
    ),
    (
        "QLIK_CONFIG_DIR",
        "Directory of config.toml and credentials.toml.",
    ),
    (
        "QLIK_ALLOW_HTTP",
        "1 allows plain http:// to a host that is not loopback.",
    ),
    (
        "QLIK_EMULATOR_API_KEY",
        "The key qlik emulator accepts, instead of its public default.",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "Proxies, as curl reads them; never used for a loopback server.",
    ),
    (
        "SSL_CERT_FILE",
        "A PEM file of trusted certificates, read as OpenSSL-based tools read it (the export lines of qlik emulator start --tls set it); --ca-cert adds a certificate for one command or profile.",
    ),
];

/// The files the tool reads and writes (`crate::config`).
const FILES: &[(&str, &str)] = &[
    (
        "~/.config/qlik/config.toml",
        "Profiles: server, output, rate limits, TLS settings, the default profile. Safe to share and edit by hand. macOS: ~/Library/Application Support/qlik/, Windows: %APPDATA%\\qlik\\config\\, or $XDG_CONFIG_HOME/qlik/, or QLIK_CONFIG_DIR.",
    ),
    (
        "~/.config/qlik/credentials.toml",
        "The profiles' API keys, mode 0600, written atomically.",
    ),
];

/// EXIT STATUS on every page; ENVIRONMENT and FILES in full on the root page, as a pointer to
/// it on the others.
fn common_sections(is_root: bool) -> String {
    let esc = |t: &str| t.replace('\\', "\\e").replace('-', "\\-");
    let list = |title: &str, rows: &[(&str, &str)]| {
        let mut s = format!(".SH \"{title}\"\n");
        for (k, v) in rows {
            let _ = write!(s, ".TP\n\\fB{}\\fR\n{}\n", esc(k), esc(v));
        }
        s
    };
    let mut s = list("EXIT STATUS", EXIT_STATUS);
    if is_root {
        s.push_str(&list("ENVIRONMENT", ENVIRONMENT));
        s.push_str(&list("FILES", FILES));
    } else {
        s.push_str(".SH ENVIRONMENT\nSee \\fBqlik\\fR(1).\n.SH FILES\nSee \\fBqlik\\fR(1).\n");
    }
    s
}

/// Files in the generated directories that the current tree no longer produces (a removed
/// command's man page, say).
fn extra_files(root: &Path, files: &[(PathBuf, Vec<u8>)]) -> anyhow::Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for dir in [COMPLETIONS_DIR, MAN_DIR] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            if !entry.file_type()?.is_file() {
                continue;
            }
            let rel = Path::new(dir).join(entry.file_name());
            if !files.iter().any(|(p, _)| p == &rel) {
                extra.push(rel);
            }
        }
    }
    extra.sort();
    Ok(extra)
}

/// How the files under `root` differ from what the current clap tree produces, one line each.
pub fn stale(root: &Path) -> anyhow::Result<Vec<String>> {
    let files = generate()?;
    let mut problems = Vec::new();
    for (path, contents) in &files {
        match std::fs::read(root.join(path)) {
            Ok(on_disk) if &on_disk == contents => {}
            Ok(_) => problems.push(format!("{} differs", path.display())),
            Err(_) => problems.push(format!("{} is missing", path.display())),
        }
    }
    for path in extra_files(root, &files)? {
        problems.push(format!("{} is no longer generated", path.display()));
    }
    Ok(problems)
}

// ---- the Markdown reference ----

fn full_name(cmd: &Command) -> String {
    cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string()
}

fn anchor(cmd: &Command) -> String {
    full_name(cmd).replace(' ', "-").to_ascii_lowercase()
}

/// `docs/commands.md`: every visible command with its usage, description, arguments and
/// options, from the clap tree.
pub fn markdown(root: &Command) -> String {
    let mut md = String::new();
    md.push_str("# Command reference\n\n");
    let _ = writeln!(
        md,
        "<!-- Generated from the command-line definition by `{REGENERATE}`; do not edit. -->\n"
    );
    toc(root, 0, &mut md);
    md.push('\n');
    section(root, true, &mut md);
    md
}

fn toc(cmd: &Command, depth: usize, md: &mut String) {
    let _ = writeln!(
        md,
        "{}- [{}](#{})",
        "  ".repeat(depth),
        full_name(cmd),
        anchor(cmd)
    );
    for sub in visible_subcommands(cmd) {
        toc(sub, depth + 1, md);
    }
}

fn section(cmd: &Command, is_root: bool, md: &mut String) {
    let _ = writeln!(md, "## {}\n", full_name(cmd));
    let description = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|s| s.to_string())
        .unwrap_or_default();
    if !description.trim().is_empty() {
        md.push_str(&paragraphs(&description));
        md.push('\n');
    }
    if let Some(after) = cmd.get_after_long_help().or(cmd.get_after_help()) {
        md.push_str(&paragraphs(&after.to_string()));
        md.push('\n');
    }
    let usage = cmd.clone().render_usage().to_string();
    let _ = writeln!(md, "```text\n{}\n```\n", usage.trim_end());

    let aliases: Vec<_> = cmd.get_visible_aliases().collect();
    if !aliases.is_empty() {
        let list: Vec<String> = aliases.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(md, "Aliases: {}\n", list.join(", "));
    }

    let shown = |a: &&Arg| {
        !a.is_hide_set()
            && !matches!(a.get_id().as_str(), "help" | "version")
            && (is_root || !a.is_global_set())
    };
    let positionals: Vec<&Arg> = cmd.get_positionals().filter(shown).collect();
    if !positionals.is_empty() {
        md.push_str("**Arguments**\n\n");
        for arg in positionals {
            arg_item(arg, md);
        }
        md.push('\n');
    }
    let options: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional())
        .filter(shown)
        .collect();
    if !options.is_empty() {
        md.push_str(if is_root {
            "**Options** (global: they apply to every command)\n\n"
        } else {
            "**Options**\n\n"
        });
        for arg in options {
            arg_item(arg, md);
        }
        md.push('\n');
    }
    let subs: Vec<&Command> = visible_subcommands(cmd).collect();
    if !subs.is_empty() {
        md.push_str("**Commands**\n\n");
        for sub in &subs {
            let about = sub.get_about().map(|s| s.to_string()).unwrap_or_default();
            let _ = writeln!(
                md,
                "- [`{}`](#{}): {}",
                sub.get_name(),
                anchor(sub),
                about.trim()
            );
        }
        md.push('\n');
    }
    for sub in subs {
        section(sub, false, md);
    }
}

fn arg_item(arg: &Arg, md: &mut String) {
    let value_names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| format!("<{n}>")).collect(),
        None => vec![format!("<{}>", arg.get_id().as_str().to_ascii_uppercase())],
    };
    let takes_value = arg.get_action().takes_values();
    let mut name = if arg.is_positional() {
        value_names.join(" ")
    } else {
        let mut forms = Vec::new();
        if let Some(s) = arg.get_short() {
            forms.push(format!("-{s}"));
        }
        if let Some(l) = arg.get_long() {
            forms.push(format!("--{l}"));
        }
        let mut name = forms.join(", ");
        if takes_value {
            name.push(' ');
            name.push_str(&value_names.join(" "));
        }
        name
    };
    if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
        name.push_str("...");
    }
    let help = arg
        .get_long_help()
        .or(arg.get_help())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let mut line = format!("- `{name}`");
    if !help.trim().is_empty() {
        let _ = write!(line, ": {}", help.trim().replace('\n', "\n  "));
    }
    let mut notes = Vec::new();
    let aliases: Vec<String> = arg
        .get_visible_aliases()
        .into_iter()
        .flatten()
        .map(|a| format!("`--{a}`"))
        .collect();
    if !aliases.is_empty() {
        notes.push(format!("aliases: {}", aliases.join(", ")));
    }
    if takes_value && !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| format!("`{}`", v.get_name()))
            .collect();
        if !values.is_empty() {
            notes.push(format!("values: {}", values.join(", ")));
        }
    }
    if takes_value && !arg.is_hide_default_value_set() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| format!("`{}`", v.to_string_lossy()))
            .collect();
        if !defaults.is_empty() {
            notes.push(format!("default: {}", defaults.join(", ")));
        }
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        notes.push(format!("env: `{}`", env.to_string_lossy()));
    }
    if !notes.is_empty() {
        let _ = write!(line, " ({})", notes.join("; "));
    }
    md.push_str(&line);
    md.push('\n');
}

/// Help text to Markdown: lines indented by two or more spaces (the examples) become fenced
/// code blocks; everything else is kept as written.
fn paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let mut out = String::new();
    let mut in_code = false;
    for (i, line) in lines.iter().enumerate() {
        let indented = line.starts_with("  ") && !line.trim().is_empty();
        if indented {
            if !in_code {
                out.push_str("```sh\n");
                in_code = true;
            }
            out.push_str(&line[2..]);
            out.push('\n');
        } else if in_code && line.trim().is_empty() {
            let next_indented = lines
                .get(i + 1)
                .is_some_and(|l| l.starts_with("  ") && !l.trim().is_empty());
            if next_indented {
                out.push('\n');
            } else {
                out.push_str("```\n\n");
                in_code = false;
            }
        } else {
            if in_code {
                out.push_str("```\n\n");
                in_code = false;
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if in_code {
        out.push_str("```\n");
    }
    out
}

#[cfg(test)]
mod tests;
