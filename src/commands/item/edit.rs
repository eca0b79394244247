//! `qlik item edit ID`: the item's editable fields in the user's editor, and what changed sent
//! as `qlik item update` sends it (PUT, with the item's resourceType).

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

use crate::cli::item::ItemEditArgs;
use crate::commands::runtime::Interactive;
use crate::commands::{Ctx, Session};
use crate::error::{Described, FAILURE, Hinted, USAGE, usage};
use crate::output::Shape;

use super::update::{check_body, check_type, editable_fields, is_computed};
use super::write::{BodyFormat, parse_body};

/// The most times the editor is opened on a file that is not valid.
const MAX_OPENS: usize = 10;

/// The format of the file edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Yaml,
    Json,
}

impl Format {
    fn of(name: &str) -> Format {
        if name.eq_ignore_ascii_case("json") {
            Format::Json
        } else {
            Format::Yaml
        }
    }

    /// How a comment line starts: YAML's own; in the JSON file, `//` lines at its top (which
    /// are dropped before it is read).
    fn comment(self) -> &'static str {
        match self {
            Format::Yaml => "#",
            Format::Json => "//",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Yaml => "yaml",
            Format::Json => "json",
        }
    }
}

/// The editor to run, as words, and where its name came from.
struct Editor {
    words: Vec<String>,
    from: &'static str,
}

impl Editor {
    /// `$VISUAL`, else `$EDITOR`, else vi (notepad on Windows); empty counts as unset. With
    /// neither and no terminal on stdin, a usage error (vi would wait for ever).
    fn find(ctx: &Ctx) -> anyhow::Result<Editor> {
        for var in ["VISUAL", "EDITOR"] {
            let Some(line) = ctx.env(var).filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            let words = crate::shell::split(&line).map_err(|why| {
                usage(format!(
                    "{var} cannot be read as a command line: {why} (it is split into words as a shell splits them)"
                ))
            })?;
            return Ok(Editor { words, from: var });
        }
        let default = if cfg!(windows) { "notepad" } else { "vi" };
        // vi without a terminal would wait for keys that never come (a script, CI).
        if !cfg!(windows) && !io::stdin().is_terminal() {
            return Err(usage(
                "no editor to run: VISUAL and EDITOR are not set, and vi needs a terminal; \
                 set EDITOR to a command that edits the file it is given (e.g. EDITOR='sed -i s/a/b/'), \
                 or use `qlik item update ID -f FILE`",
            ));
        }
        Ok(Editor {
            words: vec![default.to_string()],
            from: "the default",
        })
    }

    fn name(&self) -> String {
        crate::text::cut(&self.words.join(" "), 80).into_owned()
    }

    /// Runs the editor on `path` and waits for it. Its standard output is the terminal when
    /// ours is one, else our standard error: stdout stays the data's.
    fn run(&self, path: &Path) -> anyhow::Result<()> {
        let mut cmd = Command::new(&self.words[0]);
        cmd.args(&self.words[1..]).arg(path).stdin(Stdio::inherit());
        if !io::stdout().is_terminal() {
            cmd.stdout(Stdio::from(io::stderr()));
        }
        let status = cmd.status().map_err(|e| {
            anyhow::Error::new(Described {
                message: format!(
                    "cannot run the editor `{}` (from {}): {e}; nothing was sent",
                    self.name(),
                    self.from
                ),
                hints: vec![
                    "set VISUAL or EDITOR to the command of your editor, e.g. EDITOR='code --wait' or EDITOR=nano"
                        .into(),
                ],
                code: FAILURE,
            })
        })?;
        if !status.success() {
            let how = match status.code() {
                Some(c) => format!("exited with status {c}"),
                None => "was stopped by a signal".to_string(),
            };
            return Err(Described {
                message: format!(
                    "the editor `{}` {how}; the edit was cancelled and nothing was sent",
                    self.name()
                ),
                hints: Vec::new(),
                code: FAILURE,
            }
            .into());
        }
        Ok(())
    }
}

/// The private directory and the file being edited. The directory (mode 0700) is removed with
/// the file when dropped, unless [`Workspace::keep`] is called.
struct Workspace {
    dir: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl Workspace {
    fn new(id: &str, format: Format) -> anyhow::Result<Workspace> {
        let mut builder = tempfile::Builder::new();
        builder.prefix("qlik-edit-");
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
        let dir = builder.tempdir().map_err(|e| {
            anyhow::anyhow!("cannot create a temporary directory for the edit: {e}")
        })?;
        // The id names the file when it is a safe file name; it is the service's text.
        let stem = if !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            format!("item-{id}")
        } else {
            "item".to_string()
        };
        let path = dir.path().join(format!("{stem}.{}", format.extension()));
        Ok(Workspace {
            dir: Some(dir),
            path,
        })
    }

    /// Writes `text` to the file, readable and writable by the user alone.
    fn write(&self, text: &str) -> anyhow::Result<()> {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options
            .open(&self.path)
            .and_then(|mut f| f.write_all(text.as_bytes()).map(|()| f))
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", self.path.display()))?;
        f.flush()?;
        Ok(())
    }

    fn read(&self) -> Result<String, String> {
        use crate::limits::{MAX_INPUT_BYTES, read_file};
        let bytes = read_file(&self.path, MAX_INPUT_BYTES).map_err(|e| e.describe("the file"))?;
        String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())
    }

    /// Keeps the directory and the file; their path.
    fn keep(mut self) -> PathBuf {
        if let Some(dir) = self.dir.take() {
            let _ = dir.keep();
        }
        self.path
    }
}

/// The editable fields of `item`, in the contract's order: each that the item has, and the
/// empty value (`""` or `{}`) for one it lacks.
fn editable(item: &Value) -> Map<String, Value> {
    let mut m = Map::new();
    for (name, object) in editable_fields() {
        let v = match item.get(*name) {
            Some(v @ Value::String(_)) if !object => v.clone(),
            Some(v @ Value::Object(_)) if *object => v.clone(),
            _ if *object => Value::Object(Map::new()),
            _ => Value::String(String::new()),
        };
        m.insert(name.to_string(), v);
    }
    m
}

/// The comment header of the YAML file.
fn header(id: &str) -> String {
    let mut fields = String::from("# Editable:");
    let mut width = fields.len();
    let names = editable_fields();
    for (i, (name, _)) in names.iter().enumerate() {
        let word = if i + 1 == names.len() {
            format!("{name}.")
        } else {
            format!("{name},")
        };
        if width + 1 + word.len() > 88 {
            fields.push_str("\n#");
            width = 1;
        }
        fields.push(' ');
        fields.push_str(&word);
        width += 1 + word.len();
    }
    format!(
        "# Editing item {}. Change the fields below and save the file: only the fields\n\
         # changed are sent (with the item's resourceType), as `qlik item update` sends them.\n\
         {}\n\
         # The other fields of the item are the service's. A field left out is not changed;\n\
         # \"\" (or {{}}) clears one. Lines starting with # are ignored.\n\
         # To cancel, empty the file and save it, or quit the editor with an error (vi: :cq).\n\
         #\n",
        crate::text::escape(id),
        fields
    )
}

/// The file's first text.
fn first_text(id: &str, fields: &Map<String, Value>, format: Format) -> anyhow::Result<String> {
    let v = Value::Object(fields.clone());
    Ok(match format {
        Format::Yaml => header(id) + &crate::output::yaml_document(&v)?,
        Format::Json => serde_json::to_string_pretty(&v)? + "\n",
    })
}

/// The lines put on top of the file to say why it is opened again.
fn error_block(why: &str, format: Format) -> String {
    let c = format.comment();
    format!(
        "{c} error: {}\n{c} Nothing was sent. Fix the file and save it again; to cancel, empty it.\n{c}\n",
        crate::text::one_line(why, 400)
    )
}

/// What the user saved, read: `None` when it holds nothing but comments and blanks (cancel).
fn read_edit(text: &str, format: Format) -> Result<Option<Map<String, Value>>, String> {
    let c = format.comment();
    let body: String = match format {
        Format::Yaml => text.to_string(),
        // The `//` lines at the top become blank lines, so that errors keep their line numbers.
        Format::Json => {
            let mut top = true;
            text.lines()
                .map(|l| {
                    top = top && (l.trim().is_empty() || l.trim_start().starts_with(c));
                    if top { "" } else { l }
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    if body
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with(c))
    {
        return Ok(None);
    }
    let parsed = match format {
        Format::Yaml => parse_body(body.as_bytes(), BodyFormat::Yaml),
        Format::Json => parse_body(body.as_bytes(), BodyFormat::Json)
            .map_err(|e| format!("JSON: {}", crate::text::cut(&e, 200))),
    }
    .map_err(|e| format!("the file cannot be read: {e}"))?;
    match parsed {
        Value::Object(m) => Ok(Some(m)),
        Value::Null => Ok(None),
        _ => Err("the file must hold one object, the item's fields".into()),
    }
}

/// The body to send for the edited fields: those that differ from `before`, with the
/// resourceType the service requires; checked as `qlik item update` checks its body. `None`
/// when nothing changed.
fn changes(
    edited: &Map<String, Value>,
    before: &Map<String, Value>,
) -> anyhow::Result<Option<Map<String, Value>>> {
    let known: Vec<&str> = editable_fields().iter().map(|(n, _)| *n).collect();
    for key in edited.keys() {
        if known.contains(&key.as_str()) {
            continue;
        }
        let key = crate::text::cut(key, 60);
        if is_computed(&key) {
            return Err(usage(format!(
                "`{key}` cannot be edited: the service sets it; the editable fields are {}",
                known.join(", ")
            )));
        }
        return Err(usage(format!(
            "unknown field `{key}`; the editable fields are {}",
            known.join(", ")
        )));
    }
    let mut body: Map<String, Value> = edited
        .iter()
        .filter(|(k, v)| before.get(k.as_str()) != Some(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if body.is_empty() {
        return Ok(None);
    }
    // What the user changed is checked as update checks its flags; the item's own type, sent
    // back as the service requires, is not (a type the contract does not list would warn at
    // every edit of an item the user did not retype).
    check_body(&body)?;
    check_type(&body)?;
    if !body.contains_key("resourceType") {
        match before.get("resourceType") {
            Some(t @ Value::String(s)) if !s.is_empty() => {
                body.insert("resourceType".into(), t.clone());
            }
            _ => {
                return Err(usage(
                    "the item has no resourceType, which the service needs with every change: \
                     set resourceType in the file",
                ));
            }
        }
    }
    Ok(Some(body))
}

/// How the editing ended.
enum Outcome {
    Cancelled,
    Unchanged,
    /// The fields to send.
    Send(Map<String, Value>),
}

pub fn run(ctx: &Ctx, a: ItemEditArgs) -> anyhow::Result<u8> {
    let format = Format::of(&a.format);
    let editor = Editor::find(ctx)?;
    let Session {
        mut printer,
        client,
    } = ctx.session(a.print.quiet)?;
    let rt = Interactive::new()?;
    let id = a.item_id.clone();
    let item = rt.block_on(async {
        client
            .get_item_raw(&id)
            .await
            .map_err(|e| super::item_error(&id, e))?
            .json()
            .map_err(anyhow::Error::from)
    })?;
    let fields = editable(&item);
    let work = Workspace::new(&id, format)?;
    let first = first_text(&id, &fields, format)?;
    // What the file said before the edit, as it reads back: the changes are made against it.
    let before = match read_edit(&first, format) {
        Ok(Some(m)) => m,
        _ => fields.clone(),
    };

    let mut shown = first;
    let mut last_error: Option<String> = None;
    let mut opens = 0;
    let outcome = loop {
        work.write(&shown)?;
        opens += 1;
        rt.hand_over(|| editor.run(&work.path))?;
        let saved = work.read();
        let unchanged = saved.as_deref() == Ok(shown.as_str());
        // The user's text, without the error lines put on top of it.
        let text = saved.map(|t| match &last_error {
            Some(why) => t
                .strip_prefix(&error_block(why, format))
                .map(str::to_string)
                .unwrap_or(t),
            None => t,
        });
        let result = text.clone().and_then(|text| {
            let Some(edited) = read_edit(&text, format)? else {
                return Ok(Outcome::Cancelled);
            };
            match changes(&edited, &before) {
                Ok(Some(body)) => Ok(Outcome::Send(body)),
                Ok(None) => Ok(Outcome::Unchanged),
                Err(e) => Err(e.to_string()),
            }
        });
        let why = match result {
            Ok(outcome) => break (text.unwrap_or_default(), outcome),
            Err(why) => why,
        };
        // Bounded: the invalid file saved again as it was shown, or a tenth invalid one,
        // ends the edit; the file is kept. A file that cannot be read back (not UTF-8, over
        // the cap) ends it at once, kept as saved: rewriting it would lose the user's work.
        if text.is_err() || (last_error.is_some() && unchanged) || opens >= MAX_OPENS {
            if let Ok(text) = &text {
                let _ = work.write(text);
            }
            let path = work.keep();
            return Err(Described {
                message: format!("{why}; nothing was sent"),
                hints: vec![format!(
                    "the edit is kept in {}; fix it and send it with `qlik item update {} -f {}`",
                    path.display(),
                    crate::shell::quote(&id),
                    crate::shell::quote(&path.display().to_string())
                )],
                code: USAGE,
            }
            .into());
        }
        eprintln!(
            "error: {} (the editor is opened again)",
            crate::text::escape(&crate::text::one_line(&why, 400))
        );
        shown = error_block(&why, format) + &text.unwrap_or_default();
        last_error = Some(why);
    };
    let (text, body) = match outcome {
        (_, Outcome::Cancelled) => {
            eprintln!("Edit cancelled.");
            return Ok(0);
        }
        (_, Outcome::Unchanged) => {
            eprintln!("No changes.");
            return Ok(0);
        }
        (text, Outcome::Send(body)) => (text, body),
    };
    let path = crate::api::items::item_path(&id);
    if a.dry_run.dry_run {
        printer.dry_run("PUT", &client.full_url(&path), Some(&Value::Object(body)))?;
        printer.flush()?;
        return Ok(0);
    }
    let sent = rt.block_on(async { Ok(client.put_item(&id, &Value::Object(body)).await) })?;
    let resp = match sent {
        Ok(resp) => resp,
        Err(e) => {
            // The edit is not lost: the file stays, as saved (without the error lines).
            let _ = work.write(&text);
            let kept = work.keep();
            let mut hints = Vec::new();
            if e.kind == crate::api::ErrorKind::NotFound {
                hints.extend(super::not_found_hint(&id, true));
            }
            hints.push(format!(
                "the edit is kept in {}: send it again with `qlik item update {} -f {}`",
                kept.display(),
                crate::shell::quote(&id),
                crate::shell::quote(&kept.display().to_string())
            ));
            return Err(Hinted { error: e, hints }.into());
        }
    };
    if a.print.raw {
        printer.raw(&resp.body)?;
    } else {
        printer.object(Shape::Items, &resp.json()?)?;
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    /// The item's own type goes back with a change, unchecked (a type the contract does not
    /// list is the item's, not the user's); an item with none asks for one in the file; a
    /// type the user writes is checked.
    #[test]
    fn the_items_type_is_sent_back_and_only_the_users_is_checked() {
        let before = map(json!({"name": "a", "resourceType": "hologram[x]"}));
        let edited = map(json!({"name": "b", "resourceType": "hologram[x]"}));
        let body = changes(&edited, &before).unwrap().unwrap();
        assert_eq!(
            Value::Object(body),
            json!({"name": "b", "resourceType": "hologram[x]"})
        );

        let before = map(json!({"name": "a", "resourceType": ""}));
        let edited = map(json!({"name": "b", "resourceType": ""}));
        let e = changes(&edited, &before).unwrap_err().to_string();
        assert!(e.contains("set resourceType in the file"), "{e}");

        let edited = map(json!({"name": "b", "resourceType": "app,qvapp"}));
        let e = changes(&edited, &before).unwrap_err().to_string();
        assert!(e.contains("give one type"), "{e}");
        assert_eq!(changes(&before, &before).unwrap(), None);
    }
}
