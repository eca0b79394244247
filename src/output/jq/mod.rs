//! `--jq EXPR`: a jq filter (the embedded `jaq`) run on what a command prints.
//!
//! On a list the filter runs on each object as it comes (as `jq` over `-o jsonl`), so memory
//! stays flat; with `--slurp` it runs once, at the end, on the array of them all. One object
//! (`get ID`, `update`, `settings ls`) is its input as it is.
//!
//! Output rule: each result on its own line; a string bare (as `jq -r`), or as a JSON string
//! with `--jq-json`; anything else compact JSON (as `jq -c`). On a terminal the characters of
//! a bare string that could drive it are escaped ([`crate::text::escape`]) and JSON is written
//! through [`JsonEscape`]; piped, the output is byte-exact.

use std::io::{self, Write};
use std::rc::Rc;

use jaq_core::data::JustLut;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, unwrap_valr};
use jaq_json::Val;
use serde::Deserialize;
use serde_json::Value;

use super::Terminal;
use super::scan::Picker;
use crate::jsonscan::{Alone, Scanned};
use crate::text::{self, JsonEscape};

mod needs;

/// The most objects `--slurp` holds.
pub const MAX_SLURP_ITEMS: usize = 100_000;

/// How much of an expression an error quotes.
const EXPR_CAP: usize = 60;

/// The formats jq has that jaq's libraries leave to its binary, defined as jq does them.
const FORMATS: &str = r#"
def @json: tojson;
def @csv:
  if type != "array" then error("\(type) cannot be csv-formatted, only an array can be")
  else map(
    if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif type == "number" or type == "boolean" then tostring
    elif . == null then ""
    else error("\(type) is not valid in a csv row") end) | join(",") end;
def @tsv:
  if type != "array" then error("\(type) cannot be tsv-formatted, only an array can be")
  else map(
    if type == "string" then
      split("\\") | join("\\\\") | split("\t") | join("\\t")
      | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif type == "number" or type == "boolean" then tostring
    elif . == null then ""
    else error("\(type) is not valid in a tsv row") end) | join("\t") end;
"#;

/// A compiled filter and its variables.
pub struct Jq {
    filter: jaq_core::Filter<JustLut<Val>>,
    vars: Vec<Val>,
    /// Strings as JSON strings (`--jq-json`), not bare.
    json_strings: bool,
    slurp: bool,
    /// The members of a listed item the filter can observe, when they are few and known
    /// (see `needs.rs`): only they are read from its text.
    needs: Option<Picker>,
}

/// What the command line gives.
pub struct JqOptions<'a> {
    pub expr: &'a str,
    pub args: &'a [(String, String)],
    pub json_strings: bool,
    pub slurp: bool,
}

/// The byte offset of `part` in `whole`, when it is a slice of it; else the end.
fn offset(whole: &str, part: &str) -> usize {
    let (w, p) = (whole.as_ptr() as usize, part.as_ptr() as usize);
    match p.checked_sub(w) {
        Some(o) if o <= whole.len() => o,
        _ => whole.len(),
    }
}

/// One line naming where in `expr` (1-based, in characters) `at` is.
fn located(expr: &str, at: usize, what: &str) -> String {
    let col = expr
        .get(..at)
        .map_or(expr.chars().count(), |s| s.chars().count())
        + 1;
    format!(
        "--jq: {what} at column {col} of `{}`",
        text::one_line(expr, EXPR_CAP)
    )
}

impl Jq {
    /// Parses and compiles the filter; the error is one line naming the column.
    pub fn compile(o: &JqOptions<'_>) -> Result<Jq, String> {
        let expr = o.expr;
        if expr.trim().is_empty() {
            return Err("--jq: the expression is empty (`.` prints each object)".to_string());
        }
        let mut names = Vec::with_capacity(o.args.len());
        for (name, _) in o.args {
            let ok = !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                return Err(format!(
                    "--arg: `{}` is not a variable name (letters, digits and _)",
                    text::one_line(name, EXPR_CAP)
                ));
            }
            names.push(format!("${name}"));
        }
        let formats = jaq_core::load::parse(FORMATS, |p| p.defs())
            .ok_or_else(|| "--jq: the formats @csv and @tsv cannot be read".to_string())?;
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(formats);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let program = File {
            code: expr,
            path: (),
        };
        let modules = Loader::new(defs).load(&arena, program).map_err(|errs| {
            let Some((_, err)) = errs.into_iter().next() else {
                return "--jq: the expression cannot be read".to_string();
            };
            use jaq_core::load::Error;
            match err {
                Error::Lex(es) => es.first().map_or_else(
                    || "--jq: syntax error".to_string(),
                    |(expect, at)| {
                        let what = format!("syntax error, expected {}", expect.as_str());
                        located(expr, offset(expr, at), &what)
                    },
                ),
                Error::Parse(es) => es.first().map_or_else(
                    || "--jq: syntax error".to_string(),
                    |(expect, at)| {
                        let what = if at.is_empty() {
                            format!("syntax error, expected {}", expect.as_str())
                        } else {
                            format!(
                                "syntax error, unexpected `{}`, expected {}",
                                text::one_line(at, 20),
                                expect.as_str()
                            )
                        };
                        located(expr, offset(expr, at), &what)
                    },
                ),
                Error::Io(_) => "--jq: modules cannot be imported".to_string(),
            }
        })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .with_global_vars(names.iter().map(String::as_str))
            .compile(modules)
            .map_err(|errs| {
                let Some((name, undefined)) = errs.into_iter().flat_map(|(_, e)| e).next() else {
                    return "--jq: the expression cannot be compiled".to_string();
                };
                let what = format!(
                    "undefined {} `{}`",
                    undefined.as_str(),
                    text::one_line(name, 20)
                );
                let mut msg = located(expr, offset(expr, name), &what);
                if let Some(var) = name.strip_prefix('$') {
                    msg.push_str(&format!(" (pass it with --arg {var} VALUE)"));
                }
                msg
            })?;
        Ok(Jq {
            filter,
            vars: o.args.iter().map(|(_, v)| Val::from(v.clone())).collect(),
            json_strings: o.json_strings,
            slurp: o.slurp,
            needs: (!o.slurp)
                .then(|| needs::keys(expr))
                .flatten()
                .map(Picker::new),
        })
    }

    /// Runs the filter on `input` and writes its results. A runtime error is an
    /// [`io::ErrorKind::Other`] error naming `id` (the object's id), when there is one.
    fn run<W: Write>(
        &self,
        input: Val,
        id: Option<&str>,
        out: &mut W,
        term: Terminal,
    ) -> io::Result<()> {
        let ctx = Ctx::<JustLut<Val>>::new(&self.filter.lut, Vars::new(self.vars.clone()));
        for r in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match r {
                Ok(v) => self.write(&v, out, term)?,
                Err(e) => {
                    let on = id.map_or_else(String::new, |id| {
                        format!(" on item {}", text::one_line(id, text::SHORT_TEXT_CAP))
                    });
                    // `error("text")` reads as its text, as jq says it.
                    let msg = match e.into_val() {
                        Val::TStr(b) => String::from_utf8_lossy(&b).into_owned(),
                        v => v.to_string(),
                    };
                    return Err(io::Error::other(format!(
                        "--jq{on}: {}",
                        text::one_line(&msg, text::SERVER_TEXT_CAP)
                    )));
                }
            }
        }
        Ok(())
    }

    /// One result on its own line.
    fn write<W: Write>(&self, v: &Val, out: &mut W, term: Terminal) -> io::Result<()> {
        match v {
            Val::TStr(b) | Val::BStr(b) if !self.json_strings => {
                if term.tty {
                    let s = String::from_utf8_lossy(b);
                    out.write_all(text::escape(&s).as_bytes())?;
                } else {
                    out.write_all(b)?;
                }
                out.write_all(b"\n")
            }
            _ => {
                let mut line = Vec::new();
                jaq_json::write::write(&mut line, &jaq_json::write::Pp::default(), 0, v)?;
                line.push(b'\n');
                JsonEscape::when(term.tty, &mut *out).write_all(&line)
            }
        }
    }
}

/// The filter at work on one list or object.
pub struct JqRun {
    jq: Rc<Jq>,
    term: Terminal,
    /// `--slurp`: the objects so far.
    held: Vec<Val>,
}

impl JqRun {
    pub fn new(jq: Rc<Jq>, term: Terminal) -> JqRun {
        JqRun {
            jq,
            term,
            held: Vec::new(),
        }
    }

    fn take(&mut self, v: Val, id: Option<&str>, out: &mut impl Write) -> io::Result<()> {
        if self.jq.slurp {
            if self.held.len() >= MAX_SLURP_ITEMS {
                return Err(io::Error::other(format!(
                    "--slurp holds at most {MAX_SLURP_ITEMS} objects; filter each one without it"
                )));
            }
            self.held.push(v);
            Ok(())
        } else {
            self.jq.run(v, id, out, self.term)
        }
    }

    /// One object.
    pub fn push(&mut self, v: &Value, out: &mut impl Write) -> io::Result<()> {
        let val = Val::deserialize(v).map_err(io::Error::other)?;
        let id = v.get("id").and_then(Value::as_str);
        self.take(val, id, out)
    }

    /// One object as the service's JSON text, scanned.
    pub fn push_raw(&mut self, item: &Scanned, out: &mut impl Write) -> io::Result<()> {
        let raw = item.text;
        let val = match self.jq.needs.as_ref().and_then(|p| members(p, item)) {
            Some(val) => val,
            None => serde_json::from_str(raw).map_err(io::Error::other)?,
        };
        self.push_val(val, raw, out)
    }

    /// One object as JSON text of its own.
    pub fn push_text(&mut self, raw: &str, out: &mut impl Write) -> io::Result<()> {
        // Scanned for its members only when the filter reads a few of them.
        match self.jq.needs.as_ref().and_then(|_| Alone::scan(raw)) {
            Some(alone) => self.push_raw(&alone.get(), out),
            // The whole text (or not JSON: the parse says why).
            None => {
                let val = serde_json::from_str(raw).map_err(io::Error::other)?;
                self.push_val(val, raw, out)
            }
        }
    }

    fn push_val(&mut self, val: Val, raw: &str, out: &mut impl Write) -> io::Result<()> {
        if self.jq.slurp {
            return self.take(val, None, out);
        }
        self.jq
            .run(val, None, out, self.term)
            .map_err(|e| name_item(e, raw))
    }

    /// With `--slurp`, runs the filter on the array of all objects.
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.jq.slurp {
            let all: Val = std::mem::take(&mut self.held).into_iter().collect();
            self.jq.run(all, None, out, self.term)?;
        }
        Ok(())
    }
}

/// The object of the members of `raw` that `picker` names, each whole; `None` when the
/// text cannot be read that way (then it is parsed whole).
fn members(picker: &Picker, item: &Scanned) -> Option<Val> {
    // Only an object has members: anything else is read whole (an object of none would
    // answer `type`, `not` or `.name` as an empty object does).
    let _ = item.members()?;
    let texts = picker.pick_scanned(item)?;
    let mut map = jaq_json::Map::default();
    for (key, text) in picker.keys().iter().zip(texts) {
        if let Some(text) = text {
            let v: Val = serde_json::from_str(text).ok()?;
            map.insert(Val::from(key.clone()), v);
        }
    }
    Some(Val::obj(map))
}

/// A runtime error on an object given as text: names its id (read only now, on failure).
fn name_item(e: io::Error, raw: &str) -> io::Error {
    #[derive(Deserialize)]
    struct Id {
        #[serde(default)]
        id: Option<Value>,
    }
    let id = serde_json::from_str::<Id>(raw)
        .ok()
        .and_then(|i| i.id)
        .and_then(|v| v.as_str().map(str::to_string));
    match (id, e.kind()) {
        (Some(id), io::ErrorKind::Other) => {
            let msg = e.to_string();
            let rest = msg.strip_prefix("--jq").unwrap_or(&msg);
            io::Error::other(format!(
                "--jq on item {}{rest}",
                text::one_line(&id, text::SHORT_TEXT_CAP)
            ))
        }
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PIPE: Terminal = Terminal {
        tty: false,
        width: 80,
    };

    fn jq(expr: &str, args: &[(String, String)], slurp: bool) -> Result<Jq, String> {
        Jq::compile(&JqOptions {
            expr,
            args,
            json_strings: false,
            slurp,
        })
    }

    fn run(expr: &str, items: &[Value], slurp: bool) -> io::Result<String> {
        let mut run = JqRun::new(Rc::new(jq(expr, &[], slurp).unwrap()), PIPE);
        let mut out = Vec::new();
        for v in items {
            run.push(v, &mut out)?;
        }
        run.finish(&mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn strings_bare_and_the_rest_compact() {
        let items = [json!({"id": "a", "n": 1}), json!({"id": "b", "n": 2})];
        assert_eq!(run(".id", &items, false).unwrap(), "a\nb\n");
        assert_eq!(run("{n}", &items, false).unwrap(), "{\"n\":1}\n{\"n\":2}\n");
        assert_eq!(run("length", &items, true).unwrap(), "2\n");
    }

    #[test]
    fn errors_name_the_column_and_the_item() {
        let e = jq(".a | | .b", &[], false).err().unwrap();
        assert!(e.contains("column 6"), "{e}");
        let e = jq("$x", &[], false).err().unwrap();
        assert!(e.contains("--arg x"), "{e}");
        assert!(jq("$x", &[("x".into(), "1".into())], false).is_ok());
        let e = run(".id | tonumber", &[json!({"id": "x1"})], false)
            .err()
            .unwrap();
        assert!(e.to_string().contains("on item x1"), "{e}");
    }

    /// A filter given only the members it needs prints what it prints given the whole item,
    /// errors included.
    #[test]
    fn the_members_a_filter_needs_give_what_the_whole_item_gives() {
        let items = [
            r#"{"id":"a1","name":"Sales","resourceType":"app","meta":{"tags":[{"id":"t","name":"x"}]},"updatedAt":"2024-01-02T00:00:00Z","n":1}"#,
            r#"{"id":"b2","name":"Ops \"q\"","resourceType":"note","description":"d","updatedAt":"2023-05-06T00:00:00Z","n":"x","id":"b3"}"#,
            r#"{ "id" : "c3" , "resourceType":"dataset", "meta": null }"#,
            // Not objects (a `raw` answer, a listing of other things): read whole.
            "[1,2]",
            r#""s""#,
            "null",
        ];
        let exprs = [
            ".name",
            ".meta.tags",
            "{id, name}",
            r#"select(.resourceType == "app") | .name"#,
            r#"select(.updatedAt > "2024") | .id"#,
            r#""\(.id): \(.name)""#,
            "[.id, .name] | @csv",
            r#"select(has("description") | not) | .id"#,
            ".n + 1",
            "if .meta then .meta.tags else .id end",
            ".name as $n | {$n, id}",
            "try (.n | tonumber) catch \"bad\"",
            ".n | tonumber",
            "type",
            "not",
            r#"has("id")"#,
        ];
        for expr in exprs {
            let whole = jq(expr, &[], false).unwrap();
            assert!(whole.needs.is_some(), "{expr} reads the whole item");
            let picked = Rc::new(whole);
            let whole = Rc::new(Jq {
                needs: None,
                ..jq(expr, &[], false).unwrap()
            });
            let mut outs = Vec::new();
            for jq in [picked, whole] {
                let mut run = JqRun::new(jq, PIPE);
                let mut out = Vec::new();
                let mut errors = Vec::new();
                for item in items {
                    if let Err(e) = run.push_text(item, &mut out) {
                        errors.push(e.to_string());
                    }
                }
                outs.push((String::from_utf8(out).unwrap(), errors));
            }
            assert_eq!(outs[0], outs[1], "{expr}");
        }
    }
}
