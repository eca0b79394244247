//! Which top-level members of its input a `--jq` filter can see.
//!
//! A listing's items are large (about 2.5 KB of JSON each) and a filter such as `.name`
//! or `select(.resourceType == "app") | {id, name}` reads two or three of their members.
//! Building the whole item as a jq value costs more than fetching it, so the filter is
//! read first: when it can only observe the item through constant keys (`.name`,
//! `{id, name}`, `has("x")`), it is given an object of those members alone, each whole,
//! and its results are the same. Anything else the analysis cannot follow (the item
//! printed or stored whole, iterated, measured, compared, updated, passed to a function
//! it does not know, a `def`, `..`, `reduce`) gives `None`: the whole item, as before.
//!
//! The analysis is conservative by construction: each form of term is either understood
//! exactly or answered with `None`.

use jaq_core::load::lex::StrPart;
use jaq_core::load::parse::{BinaryOp, Pattern, Term};
use jaq_core::path::Part;

/// What the rest of the analysis needs to know of a term run on the item.
#[derive(Default)]
struct Flow {
    /// Some output may be the item itself (so what follows sees the item).
    item: bool,
}

/// The analysis was lost: the filter needs the whole item.
struct Whole;

type Res = Result<Flow, Whole>;

/// The top-level keys `expr` can observe of an object it is run on, when the filter is
/// simple enough to tell (see the module's comment); `None` when it needs the whole object.
pub fn keys(expr: &str) -> Option<Vec<String>> {
    let term: Term<&str> = jaq_core::load::parse(expr, |p| p.term())?;
    let mut keys = Vec::new();
    match on_item(&term, &mut keys) {
        Ok(Flow { item: false }) => Some(keys),
        Ok(Flow { item: true }) | Err(Whole) => None,
    }
}

/// The text of a string term without interpolation (`"name"`, the `name` of `.name`).
fn constant(t: &Term<&str>) -> Option<String> {
    let Term::Str(None, parts) = t else {
        return None;
    };
    let mut s = String::new();
    for part in parts {
        match part {
            StrPart::Str(text) => s.push_str(text),
            StrPart::Char(c) => s.push(*c),
            StrPart::Term(_) => return None,
        }
    }
    Some(s)
}

fn add(keys: &mut Vec<String>, key: String) {
    if !keys.contains(&key) {
        keys.push(key);
    }
}

/// A term whose outputs must not be the item (they are stored, combined or measured).
fn value_of(t: &Term<&str>, keys: &mut Vec<String>) -> Result<(), Whole> {
    match on_item(t, keys)? {
        Flow { item: true } => Err(Whole),
        Flow { item: false } => Ok(()),
    }
}

/// A term run on something that may be the item.
fn on_item(t: &Term<&str>, keys: &mut Vec<String>) -> Res {
    let none = Ok(Flow { item: false });
    match t {
        Term::Id => Ok(Flow { item: true }),
        Term::Num(_) | Term::Var(_) | Term::Break(_) => none,
        Term::Recurse | Term::Def(..) | Term::Fold(..) => Err(Whole),
        Term::Str(_, parts) => {
            for part in parts {
                if let StrPart::Term(t) = part {
                    value_of(t, keys)?;
                }
            }
            none
        }
        Term::Arr(inner) => {
            if let Some(t) = inner {
                value_of(t, keys)?;
            }
            none
        }
        Term::Obj(entries) => {
            for (k, v) in entries {
                match (constant(k), v) {
                    // `{name}` is `{name: .name}`.
                    (Some(key), None) => add(keys, key),
                    (Some(_), Some(v)) => value_of(v, keys)?,
                    // `{$x}`
                    (None, None) if matches!(k, Term::Var(_)) => {}
                    (None, None) => return Err(Whole),
                    (None, Some(v)) => {
                        value_of(k, keys)?;
                        value_of(v, keys)?;
                    }
                }
            }
            none
        }
        Term::Neg(t) => value_of(t, keys).and(none),
        Term::Label(_, t) => on_item(t, keys),
        Term::TryCatch(t, _) => {
            // The handler runs on the error, which is never the item itself: an error
            // that could quote the item comes from a form the analysis refuses.
            on_item(t, keys)
        }
        Term::IfThenElse(branches, otherwise) => {
            let mut item = false;
            for (cond, then) in branches {
                // A condition's value counts only as true or false, which the item and
                // the object of its members agree on (objects are true).
                on_item(cond, keys)?;
                item |= on_item(then, keys)?.item;
            }
            item |= match otherwise {
                Some(t) => on_item(t, keys)?.item,
                // `if c then x end` is `. ` when c is false.
                None => true,
            };
            Ok(Flow { item })
        }
        Term::BinOp(l, op, r) => match op {
            BinaryOp::Pipe(None) => {
                if on_item(l, keys)?.item {
                    on_item(r, keys)
                } else {
                    // The right side never sees the item.
                    none
                }
            }
            BinaryOp::Pipe(Some(pattern)) => {
                // `l as $x | r`: $x must not hold the item; r runs on the item.
                value_of(l, keys)?;
                pattern_keys(pattern, keys)?;
                on_item(r, keys)
            }
            BinaryOp::Comma | BinaryOp::Alt => {
                let a = on_item(l, keys)?.item;
                let b = on_item(r, keys)?.item;
                Ok(Flow { item: a || b })
            }
            BinaryOp::Or | BinaryOp::And => {
                on_item(l, keys)?;
                on_item(r, keys)?;
                none
            }
            BinaryOp::Math(_) | BinaryOp::Cmp(_) => {
                value_of(l, keys)?;
                value_of(r, keys)?;
                none
            }
            BinaryOp::Assign | BinaryOp::Update | BinaryOp::UpdateMath(_) | BinaryOp::UpdateAlt => {
                Err(Whole)
            }
        },
        Term::Path(base, path) => {
            let base_item = on_item(base, keys)?.item;
            for (i, (part, _)) in path.0.iter().enumerate() {
                // Index terms run on the input of the whole path expression.
                let key = match part {
                    Part::Index(t) => {
                        let key = constant(t);
                        if key.is_none() {
                            value_of(t, keys)?;
                        }
                        key
                    }
                    Part::Range(from, to) => {
                        for t in [from, to].into_iter().flatten() {
                            value_of(t, keys)?;
                        }
                        None
                    }
                };
                if i == 0 && base_item {
                    // Only a constant key applied to the item is understood.
                    add(keys, key.ok_or(Whole)?);
                }
            }
            Ok(Flow {
                item: base_item && path.0.is_empty(),
            })
        }
        Term::Call(name, args) => call(name, args, keys),
    }
}

/// The keys in a destructuring pattern's computed keys (`. as {(f): $x}`), which run on the
/// input of the `as`.
fn pattern_keys(p: &Pattern<&str>, keys: &mut Vec<String>) -> Result<(), Whole> {
    match p {
        Pattern::Var(_) => Ok(()),
        Pattern::Arr(ps) => ps.iter().try_for_each(|p| pattern_keys(p, keys)),
        Pattern::Obj(entries) => entries.iter().try_for_each(|(k, p)| {
            if constant(k).is_none() {
                value_of(k, keys)?;
            }
            pattern_keys(p, keys)
        }),
    }
}

/// A call run on something that may be the item: the few built-ins whose use of their
/// input is known; anything else needs the whole item.
fn call(name: &str, args: &[Term<&str>], keys: &mut Vec<String>) -> Res {
    let none = Ok(Flow { item: false });
    match (name, args) {
        // Constants, and facts about the input that the item and its members agree on.
        ("empty" | "true" | "false" | "null" | "not" | "type" | "env" | "now", []) => none,
        ("select", [cond]) => {
            on_item(cond, keys)?;
            Ok(Flow { item: true })
        }
        ("has", [key]) => {
            add(keys, constant(key).ok_or(Whole)?);
            none
        }
        ("error", [msg]) => value_of(msg, keys).and(none),
        ("first" | "last", [f]) => on_item(f, keys),
        ("limit", [n, f]) => {
            value_of(n, keys)?;
            on_item(f, keys)
        }
        _ => Err(Whole),
    }
}

#[cfg(test)]
mod tests {
    use super::keys;

    fn k(expr: &str) -> Option<Vec<&'static str>> {
        keys(expr).map(|v| v.into_iter().map(|s| &*s.leak()).collect())
    }

    #[test]
    fn constant_keys_are_found() {
        assert_eq!(k(".name"), Some(vec!["name"]));
        assert_eq!(k(".meta.tags"), Some(vec!["meta"]));
        assert_eq!(k(r#"."a b", .["c"]"#), Some(vec!["a b", "c"]));
        assert_eq!(k("{id, name}"), Some(vec!["id", "name"]));
        assert_eq!(k("{n: .name, $since}"), Some(vec!["name"]));
        assert_eq!(
            k(r#"select(.resourceType == "app") | .name"#),
            Some(vec!["resourceType", "name"])
        );
        assert_eq!(
            k(r#"select(.updatedAt > $since) | .id"#),
            Some(vec!["updatedAt", "id"])
        );
        assert_eq!(k(r#""\(.id) \(.name)""#), Some(vec!["id", "name"]));
        assert_eq!(k("[.id, .name] | @csv"), Some(vec!["id", "name"]));
        assert_eq!(
            k(r#"select(has("description") | not) | .id"#),
            Some(vec!["description", "id"])
        );
        assert_eq!(k(r#"if .a then .b else .c end"#), Some(vec!["a", "b", "c"]));
        assert_eq!(k(".name as $n | {$n, id}"), Some(vec!["name", "id"]));
        assert_eq!(k(".a // .b"), Some(vec!["a", "b"]));
        assert_eq!(k("{(.k): .v}"), Some(vec!["k", "v"]));
        assert_eq!(k("1, \"x\""), Some(vec![]));
        assert_eq!(k(".meta | .tags | length"), Some(vec!["meta"]));
        assert_eq!(k(".resourceType? // empty"), Some(vec!["resourceType"]));
    }

    #[test]
    fn anything_else_needs_the_whole_item() {
        for expr in [
            ".",
            "select(.a)",
            "if .a then .b end",
            "keys",
            "length",
            "to_entries",
            ".[]",
            ".[0]",
            ".[.k]",
            "..",
            "del(.a)",
            ".a = 1",
            ".a |= 1",
            ". as $x | $x.a",
            "{a: .}",
            "[.]",
            ". == {}",
            ". + {a: 1}",
            "tojson",
            "@csv",
            "has(.k)",
            "def f: .a; f",
            "reduce .a as $x (0; .)",
            "{\"\\(.k)\"}",
            ".a, .",
            "first(.)",
            "debug | .a",
            "not_a_function",
            "(",
        ] {
            assert_eq!(keys(expr), None, "{expr}");
        }
    }
}
