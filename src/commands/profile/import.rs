//! `qlik profile import`: qlik-cli's contexts (`~/.qlik/contexts.yml`) as profiles.
//!
//! The file is corectl's `pkg/dynconf` shape, which qlik-cli kept: `current-context`, and
//! `contexts` mapping a name to free-form settings. Those read here: `server`, `server-type`,
//! `headers` (`Authorization: Bearer KEY`), `api-key`, `oauth-client-id`,
//! `oauth-client-secret`, `insecure`, `comment` and `certificates`; others are ignored.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::cli::profile::{ImportArgs, OnClash};
use crate::commands::Ctx;
use crate::commands::item::write::{confirm, prompt_on};
use crate::config::{self, Credential, OAuthClient, Profile, Store};
use crate::error::{self, Described};
use crate::limits;
use crate::secret::Secret;
use crate::text;

/// The largest contexts file read.
const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The most contexts imported from one file.
const MAX_CONTEXTS: usize = 1000;
/// How many `NAME-imported-N` are tried before a clash is given up on.
const MAX_RENAMES: usize = 100;

/// One context of the file, and what becomes of it.
struct Entry {
    /// Its name in the file.
    source: String,
    outcome: Outcome,
    /// What is left out of it (header names, certificates), without values.
    warnings: Vec<String>,
}

enum Outcome {
    /// Imported as this profile.
    Import {
        name: String,
        profile: Profile,
        credential: Option<Credential>,
    },
    /// Skipped: a profile has its name.
    Clash { name: String },
    /// Skipped: it cannot be imported.
    Invalid { reason: String },
}

pub(super) fn import(
    ctx: &Ctx,
    dir: &Path,
    timeout: std::time::Duration,
    args: ImportArgs,
) -> anyhow::Result<u8> {
    let path = match args.from {
        Some(path) => path,
        None => default_path(ctx)?,
    };
    let (current, contexts) = read_file(&path)?;
    let shown_path = text::escape(&path.display().to_string()).into_owned();
    if contexts.is_empty() {
        eprintln!("No contexts in {shown_path}; nothing to import.");
        return Ok(error::OK);
    }
    let store = Store::read(dir, timeout)?;
    let existing: HashSet<String> = store.profile_names().map(str::to_string).collect();
    let mut taken = existing.clone();
    let entries: Vec<Entry> = contexts
        .iter()
        .map(|(source, value)| plan(source, value, args.on_clash, &existing, &mut taken))
        .collect();
    drop(store);
    let (imports, clashes, invalid) = counts(&entries);
    let asked_on = if args.yes || args.dry_run || imports == 0 {
        None
    } else {
        Some(prompt_on(ctx).ok_or_else(|| Described {
            message: format!(
                "refusing to import {} without confirmation: not on a terminal",
                plural(imports, "profile")
            ),
            hints: vec![
                "add --yes to import without asking, or --dry-run to see what would be imported"
                    .into(),
            ],
            code: error::USAGE,
        })?)
    };

    print_plan(&entries);
    for entry in &entries {
        for warning in &entry.warnings {
            error::warn(format!(
                "context `{}`: {warning}",
                text::one_line(&entry.source, 64)
            ));
        }
    }
    if clashes > 0 {
        eprintln!(
            "{} skipped: a profile has that name (--on-clash rename imports them under another).",
            plural(clashes, "context")
        );
    }
    if invalid > 0 {
        eprintln!(
            "{} skipped: cannot be imported (see ACTION).",
            plural(invalid, "context")
        );
    }
    let code = if invalid == 0 {
        error::OK
    } else if imports == 0 {
        error::FAILURE
    } else {
        error::PARTIAL
    };
    if imports == 0 {
        eprintln!("Nothing to import.");
        return Ok(code);
    }
    if args.dry_run {
        eprintln!(
            "Dry run: {} would be imported; nothing was written.",
            plural(imports, "profile")
        );
        return Ok(code);
    }
    if let Some(on) = asked_on {
        let question = format!(
            "Import {} into {}?",
            plural(imports, "profile"),
            text::escape(&dir.display().to_string())
        );
        if !confirm(&question, on)? {
            eprintln!("Nothing was imported.");
            return Ok(error::USAGE);
        }
    }

    // From here to the save, no other qlik changes the files.
    let mut store = Store::open_for_update(dir, timeout)?;
    let mut imported = Vec::new();
    let mut source_of_default = None;
    for entry in &entries {
        let Outcome::Import {
            name,
            profile,
            credential,
        } = &entry.outcome
        else {
            continue;
        };
        if store.profile(name).is_some() {
            // Added by another qlik since the plan was made.
            eprintln!("Skipped `{name}`: a profile of that name was added meanwhile.");
            continue;
        }
        store.upsert(name, profile, credential.as_ref())?;
        if current.as_deref() == Some(entry.source.as_str()) {
            source_of_default = Some(name.clone());
        }
        imported.push(name.clone());
    }
    let make_default = match source_of_default {
        Some(name) if store.default_profile().is_none() => {
            store.set_default(Some(&name));
            Some(name)
        }
        _ => None,
    };
    store.save()?;
    eprintln!(
        "Imported {}: {}.",
        plural(imported.len(), "profile"),
        imported
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(name) = make_default {
        eprintln!("Default profile is now `{name}` (the file's current-context).");
    }
    if imported.iter().any(|n| store.credential(n).is_none()) {
        eprintln!(
            "A profile without a credential needs one before use: `qlik profile update NAME \
             --ask-api-key`."
        );
    }
    Ok(code)
}

/// `~/.qlik/contexts.yml`, where qlik-cli keeps its contexts.
fn default_path(ctx: &Ctx) -> Result<PathBuf, Described> {
    let home = ctx
        .env("HOME")
        .or_else(|| ctx.env("USERPROFILE"))
        .filter(|h| !h.trim().is_empty())
        .ok_or_else(|| Described {
            message: "no home directory (HOME is not set) to find ~/.qlik/contexts.yml in".into(),
            hints: vec!["give the contexts file with --from FILE".into()],
            code: error::USAGE,
        })?;
    Ok(Path::new(&home).join(".qlik").join("contexts.yml"))
}

/// A contexts file: its `current-context`, and its contexts (name, settings) in its order.
type ContextsFile = (Option<String>, Vec<(String, Value)>);

/// Reads and parses a contexts file.
fn read_file(path: &Path) -> Result<ContextsFile, Described> {
    let shown = text::escape(&path.display().to_string()).into_owned();
    let refuse = |message: String| Described {
        message,
        hints: vec![
            "qlik-cli keeps its contexts in ~/.qlik/contexts.yml; give another file with --from \
             FILE"
                .into(),
        ],
        code: error::USAGE,
    };
    // As every file qlik reads: the file opened is the one checked, and a pipe
    // (`--from <(ssh host cat ~/.qlik/contexts.yml)`) is read as a file is.
    let bytes = limits::read_file(path, MAX_FILE_BYTES).map_err(|e| match e {
        limits::ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            refuse(format!("no contexts file at {shown}"))
        }
        limits::ReadError::Io(e) => refuse(format!("cannot read {shown}: {e}")),
        limits::ReadError::NotAFile(kind) => {
            refuse(format!("{shown} is not a regular file: it is {kind}"))
        }
        e => refuse(e.describe(&shown)),
    })?;
    let value = crate::commands::item::write::parse_body(
        &bytes,
        crate::commands::item::write::BodyFormat::Yaml,
    )
    .map_err(|e| refuse(format!("{shown} is not a contexts file: {e}")))?;
    let not_contexts = |what: &str| refuse(format!("{shown} is not a contexts file: {what}"));
    let top = match value {
        Value::Null => return Ok((None, Vec::new())),
        Value::Object(map) => map,
        _ => return Err(not_contexts("it is not a mapping")),
    };
    let current = match top.get("current-context") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(not_contexts("`current-context` is not a name")),
    };
    // A mapping with neither key is some other YAML file, not an empty contexts file.
    if !top.contains_key("contexts") && !top.contains_key("current-context") {
        return Err(not_contexts("no `contexts`"));
    }
    let contexts = match top.get("contexts") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map.clone(),
        Some(_) => return Err(not_contexts("`contexts` is not a mapping of names")),
    };
    if contexts.len() > MAX_CONTEXTS {
        return Err(not_contexts(&format!("more than {MAX_CONTEXTS} contexts")));
    }
    Ok((current, contexts.into_iter().collect()))
}

/// What becomes of one context: its profile name (clashes resolved against `taken`: the
/// `existing` profiles and the names planned so far, which gains it), or why it is skipped.
fn plan(
    source: &str,
    value: &Value,
    on_clash: OnClash,
    existing: &HashSet<String>,
    taken: &mut HashSet<String>,
) -> Entry {
    let mut warnings = Vec::new();
    let outcome = match convert(value, &mut warnings) {
        Err(reason) => Outcome::Invalid { reason },
        Ok((profile, credential)) => match profile_name(source) {
            Err(reason) => Outcome::Invalid { reason },
            Ok(name) if !taken.contains(&name) => {
                taken.insert(name.clone());
                Outcome::Import {
                    name,
                    profile,
                    credential,
                }
            }
            Ok(name) => match on_clash {
                OnClash::Skip if existing.contains(&name) => Outcome::Clash { name },
                // Two contexts of the file whose names make the same profile name.
                OnClash::Skip => Outcome::Invalid {
                    reason: format!(
                        "its profile name `{name}` is another context's in this file \
                         (--on-clash rename imports it under another)"
                    ),
                },
                OnClash::Rename => match free_name(&name, taken) {
                    Some(free) => {
                        taken.insert(free.clone());
                        Outcome::Import {
                            name: free,
                            profile,
                            credential,
                        }
                    }
                    None => Outcome::Invalid {
                        reason: format!("no free name left for `{name}` to be renamed to"),
                    },
                },
            },
        },
    };
    Entry {
        source: source.to_string(),
        outcome,
        warnings,
    }
}

/// The profile name of a context: its own, or with the characters a profile name cannot
/// have replaced by `-`.
fn profile_name(source: &str) -> Result<String, String> {
    if config::validate_profile_name(source).is_ok() {
        return Ok(source.to_string());
    }
    let name: String = source
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    let name = name.trim_matches('-').to_string();
    config::validate_profile_name(&name)
        .map(|()| name)
        .map_err(|e| format!("name: {e}"))
}

/// `NAME-imported`, else `NAME-imported-2`, … : the first that no profile has.
fn free_name(name: &str, taken: &HashSet<String>) -> Option<String> {
    (1..=MAX_RENAMES).find_map(|n| {
        let suffix = if n == 1 {
            "-imported".to_string()
        } else {
            format!("-imported-{n}")
        };
        let base: String = name.chars().take(64 - suffix.len()).collect();
        let candidate = format!("{base}{suffix}");
        (!taken.contains(&candidate)).then_some(candidate)
    })
}

/// A context's settings as a profile and its credential; warnings for what is left out.
fn convert(
    value: &Value,
    warnings: &mut Vec<String>,
) -> Result<(Profile, Option<Credential>), String> {
    let Value::Object(ctx) = value else {
        return Err("not a mapping of settings".into());
    };
    let string = |key: &str| -> Result<Option<&str>, String> {
        match ctx.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim())),
            Some(_) => Err(format!("`{key}` is not text")),
        }
    };
    if let Some(kind) = string("server-type")?
        && !kind.eq_ignore_ascii_case("cloud")
    {
        return Err(format!(
            "server-type `{}` is not Qlik Cloud",
            text::one_line(kind, 40)
        ));
    }
    let raw = string("server")?.ok_or("no server")?;
    // The error names the server (its secrets left out) and, where one helps, the form.
    let refused = |e: config::ConfigError| match e.hint() {
        Some(hint) => format!("{e} ({hint})"),
        None => e.to_string(),
    };
    let (server, _) = config::parse_server(raw).map_err(refused)?;
    config::check_scheme(&server, false).map_err(refused)?;
    let insecure = match ctx.get("insecure") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err("`insecure` is not true or false".into()),
    };
    let comment = match string("comment")? {
        Some(c) if config::check_comment(c).is_ok() => Some(c.to_string()),
        Some(_) => {
            warnings.push(format!(
                "its comment is not kept (more than one line, control characters or more than \
                 {} characters)",
                config::MAX_COMMENT_CHARS
            ));
            None
        }
        None => None,
    };
    if string("certificates")?.is_some() {
        warnings.push(
            "its certificates are not imported (a profile trusts one CA file: `qlik profile \
             update NAME --ca-cert FILE`)"
                .into(),
        );
    }

    let mut bearer = None;
    match ctx.get("headers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(headers)) => {
            for (header, value) in headers {
                let bearer_value = value.as_str().and_then(|v| {
                    let v = v.trim();
                    v.get(..7)
                        .filter(|p| p.eq_ignore_ascii_case("bearer "))
                        .map(|_| v[7..].trim())
                });
                match bearer_value {
                    Some(key) if header.eq_ignore_ascii_case("authorization") => {
                        bearer = Some(key.to_string());
                    }
                    // Names only: a header's value may be a secret.
                    _ => warnings.push(format!(
                        "its header `{}` is not imported (profiles hold no headers; give it \
                         with --headers NAME=VALUE)",
                        text::one_line(header, 64)
                    )),
                }
            }
        }
        Some(_) => return Err("`headers` is not a mapping".into()),
    }
    let client_id = string("oauth-client-id")?;
    let client_secret = string("oauth-client-secret")?;
    let credential = match (client_id, client_secret) {
        // A client's contexts may also hold an access token as a header: the client is kept,
        // its token (which expires) is not.
        (Some(id), Some(secret)) => {
            config_check(crate::secret::check_client_id(id), "oauth-client-id")?;
            config_check(
                crate::secret::check_client_secret(secret),
                "oauth-client-secret",
            )?;
            Some(Credential::OAuth(OAuthClient {
                client_id: id.to_string(),
                client_secret: Secret::new(secret),
                scope: config::DEFAULT_SCOPE.to_string(),
            }))
        }
        (Some(_), None) => return Err("oauth-client-id without oauth-client-secret".into()),
        (None, Some(_)) => return Err("oauth-client-secret without oauth-client-id".into()),
        (None, None) => match string("api-key")?.or(bearer.as_deref()) {
            Some(key) => {
                config_check(crate::secret::check_api_key(key), "API key")?;
                Some(Credential::ApiKey(Secret::new(key)))
            }
            None => None,
        },
    };
    let profile = Profile {
        server,
        insecure,
        comment,
        ..Profile::default()
    };
    Ok((profile, credential))
}

/// A check of a secret, its message (which never holds the secret) as the reason.
fn config_check(result: Result<(), String>, what: &str) -> Result<(), String> {
    result.map_err(|e| format!("{what}: {e}"))
}

fn counts(entries: &[Entry]) -> (usize, usize, usize) {
    entries
        .iter()
        .fold((0, 0, 0), |(i, c, v), e| match e.outcome {
            Outcome::Import { .. } => (i + 1, c, v),
            Outcome::Clash { .. } => (i, c + 1, v),
            Outcome::Invalid { .. } => (i, c, v + 1),
        })
}

/// The plan, as a table on stderr: NAME, SERVER, CREDENTIAL, COMMENT, ACTION. Every cell is
/// escaped and cut; no key is in it.
fn print_plan(entries: &[Entry]) {
    let mut rows: Vec<[String; 5]> = vec![[
        "NAME".into(),
        "SERVER".into(),
        "CREDENTIAL".into(),
        "COMMENT".into(),
        "ACTION".into(),
    ]];
    for e in entries {
        let source = text::one_line(&e.source, 64);
        let row = match &e.outcome {
            Outcome::Import {
                name,
                profile,
                credential,
            } => [
                name.clone(),
                text::one_line(&profile.server, 60),
                credential
                    .as_ref()
                    .map_or("none", Credential::kind)
                    .to_string(),
                profile
                    .comment
                    .as_deref()
                    .map(|c| text::one_line(c, 40))
                    .unwrap_or_default(),
                if *name == e.source {
                    "import".to_string()
                } else {
                    format!("import (context `{source}`)")
                },
            ],
            Outcome::Clash { name } => [
                name.clone(),
                String::new(),
                String::new(),
                String::new(),
                "skip: a profile has this name".into(),
            ],
            Outcome::Invalid { reason } => [
                source.clone(),
                String::new(),
                String::new(),
                String::new(),
                format!("skip: {}", text::one_line(reason, 120)),
            ],
        };
        rows.push(row);
    }
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            rows.iter()
                .map(|r| unicode_width::UnicodeWidthStr::width(r[i].as_str()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - unicode_width::UnicodeWidthStr::width(cell.as_str());
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    eprint!("{out}");
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_profile_cannot_have_are_made_into_ones_it_can() {
        assert_eq!(profile_name("me@tenant").unwrap(), "me@tenant");
        assert_eq!(
            profile_name("Production Tenant").unwrap(),
            "Production-Tenant"
        );
        assert!(profile_name("///").is_err());
    }

    #[test]
    fn a_clash_is_renamed_to_the_first_free_name() {
        let taken: HashSet<String> = ["a", "a-imported"].map(String::from).into();
        assert_eq!(free_name("a", &taken).unwrap(), "a-imported-2");
        let long = "x".repeat(64);
        assert_eq!(free_name(&long, &taken).unwrap().chars().count(), 64);
    }

    #[test]
    fn a_bearer_header_is_the_key_and_other_headers_are_named_not_shown() {
        let v: Value = serde_json::json!({
            "server": "https://t.eu.qlikcloud.com",
            "headers": {"Authorization": "Bearer k-0123456789", "X-Secret": "hidden-value"},
        });
        let mut warnings = Vec::new();
        let (profile, credential) = convert(&v, &mut warnings).unwrap();
        assert_eq!(profile.server, "https://t.eu.qlikcloud.com");
        assert_eq!(credential.unwrap().key().unwrap().expose(), "k-0123456789");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("X-Secret"), "{warnings:?}");
        assert!(!warnings[0].contains("hidden-value"), "{warnings:?}");
    }
}
