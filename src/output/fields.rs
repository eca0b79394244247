//! `--fields`: the dotted paths that select and order the fields printed, and the columns of
//! csv and tsv when none are given.

use serde_json::{Map, Value};

use super::Shape;
use super::scan::{self, Picker};
use crate::jsonscan::Scanned;

/// The most paths one `--fields` list may hold.
const MAX_FIELDS: usize = 256;
/// The most segments one path may have.
const MAX_DEPTH: usize = 16;

/// A checked `--fields` list: each path as given (`meta.tags`) and split at its dots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    names: Vec<String>,
    paths: Vec<Vec<String>>,
    /// The first names of the paths, each once, and for each path the place of its own.
    firsts: Picker,
    first_of: Vec<usize>,
}

impl Fields {
    /// Parses `id,name,meta.tags`: paths separated by commas (spaces around them are
    /// ignored), each made of names separated by dots. An empty list, an empty path
    /// (`a,,b`) and an empty name (`.x`, `a..b`, `x.`) are refused with the reason.
    pub fn parse(list: &str) -> Result<Fields, String> {
        if list.trim().is_empty() {
            return Err("--fields is empty; give paths such as id,name,meta.tags".into());
        }
        let mut names = Vec::new();
        let mut paths = Vec::new();
        for (i, raw) in list.split(',').enumerate() {
            let name = raw.trim();
            if name.is_empty() {
                return Err(format!(
                    "--fields `{}`: path {} is empty; separate paths with one comma",
                    crate::text::one_line(list, crate::text::SHORT_TEXT_CAP),
                    i + 1
                ));
            }
            let path: Vec<String> = name.split('.').map(str::to_string).collect();
            if path.iter().any(|s| s.is_empty()) {
                return Err(format!(
                    "--fields: `{}` has an empty name; a path is names joined by single dots, e.g. meta.tags",
                    crate::text::one_line(name, crate::text::SHORT_TEXT_CAP)
                ));
            }
            if path.iter().any(|s| s.chars().any(char::is_control)) {
                return Err("--fields: a path has a control character".into());
            }
            if path.len() > MAX_DEPTH {
                return Err(format!(
                    "--fields: `{}` is deeper than {MAX_DEPTH} names",
                    crate::text::one_line(name, crate::text::SHORT_TEXT_CAP)
                ));
            }
            names.push(name.to_string());
            paths.push(path);
        }
        if names.len() > MAX_FIELDS {
            return Err(format!("--fields: more than {MAX_FIELDS} paths"));
        }
        Ok(Fields::new(names, paths))
    }

    fn new(names: Vec<String>, paths: Vec<Vec<String>>) -> Fields {
        let mut firsts: Vec<String> = Vec::new();
        let first_of = paths
            .iter()
            .map(|p| match firsts.iter().position(|f| *f == p[0]) {
                Some(i) => i,
                None => {
                    firsts.push(p[0].clone());
                    firsts.len() - 1
                }
            })
            .collect();
        Fields {
            names,
            paths,
            firsts: Picker::new(firsts),
            first_of,
        }
    }

    /// The default columns of csv and tsv for a kind of object: the contract's field names
    /// behind the table's columns. `None` for settings, whose own fields are the columns.
    pub fn defaults(shape: Shape) -> Option<Fields> {
        let list = match shape {
            Shape::Items => "id,name,resourceType,resourceSubType,spaceId,ownerId,updatedAt",
            Shape::Collections => "id,name,type,itemCount,updatedAt",
            Shape::Profiles => "name,server,default",
            Shape::Results => "id,status,httpStatus,error",
            Shape::Objects => "id,name",
            Shape::Settings => return None,
        };
        Fields::parse(list).ok()
    }

    /// The top-level fields of `v`, in its order (settings as csv).
    pub fn of_object(v: &Value) -> Fields {
        let names: Vec<String> = v
            .as_object()
            .map(|o| o.keys().take(MAX_FIELDS).cloned().collect())
            .unwrap_or_default();
        let paths = names.iter().map(|n| vec![n.clone()]).collect();
        Fields::new(names, paths)
    }

    /// The paths as given, for headers and keys.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The value at each path, in order; `None` where `v` has none.
    pub fn values<'a>(&'a self, v: &'a Value) -> impl Iterator<Item = Option<&'a Value>> + 'a {
        self.paths.iter().map(move |path| {
            path.iter()
                .try_fold(v, |at, name| at.as_object().and_then(|o| o.get(name)))
        })
    }

    /// An object of the selected fields, keyed by their paths, in the order given; a path
    /// `v` does not have is null.
    pub fn project(&self, v: &Value) -> Value {
        self.object_of(self.values(v).map(|value| value.cloned()).collect())
    }

    /// [`Fields::project`] of an object given as JSON text: only the selected fields are
    /// parsed when the text allows ([`Fields::values_raw`]), else the whole text.
    pub fn project_raw(&self, item: &Scanned) -> serde_json::Result<Value> {
        match self.values_raw(item) {
            Some(values) => Ok(self.object_of(values)),
            None => Ok(self.project(&serde_json::from_str(item.text)?)),
        }
    }

    /// [`Fields::project`] of the values [`Fields::values_raw`] found.
    pub fn object_of(&self, values: Vec<Option<Value>>) -> Value {
        let mut out = Map::with_capacity(self.names.len());
        for (name, value) in self.names.iter().zip(values) {
            out.insert(name.clone(), value.unwrap_or(Value::Null));
        }
        Value::Object(out)
    }

    /// The value at each path of the JSON text of one object, parsing only the objects on the
    /// paths and the values at their ends (a listing's items are read without building the
    /// whole tree of each). `None` when the text is not that simple (a key written with
    /// escapes on a path, an object that is not valid): then parse it whole and use
    /// [`Fields::values`], which gives the same answer.
    pub fn values_raw(&self, item: &Scanned) -> Option<Vec<Option<Value>>> {
        let texts = self.texts_raw(item)?;
        let mut out = Vec::with_capacity(texts.len());
        for text in texts {
            out.push(match text {
                Some(text) => Some(serde_json::from_str(text).ok()?),
                None => None,
            });
        }
        Some(out)
    }

    /// The JSON text of the value at each path, as [`Fields::values_raw`] finds them, not
    /// parsed.
    pub fn texts_raw<'a>(&self, item: &Scanned<'a>) -> Option<Vec<Option<&'a str>>> {
        // The page's scan found the object's members (else one pass over it finds them).
        let tops = self.firsts.pick_scanned(item)?;
        let mut out = Vec::with_capacity(self.paths.len());
        for (path, &first) in self.paths.iter().zip(&self.first_of) {
            let mut at = tops[first];
            for name in &path[1..] {
                at = match at {
                    Some(text) => scan::member(text, name)?,
                    None => None,
                };
            }
            out.push(at);
        }
        Some(out)
    }
}

/// The fields of an item that completion offers for `--fields`: the contract's
/// `ItemResultResponseBody` properties, and one level into `meta` and `resourceAttributes`
/// (a unit test checks them against `spec/items.openapi.json`).
pub const ITEM_FIELDS: &[&str] = &[
    "actions",
    "collectionIds",
    "createdAt",
    "creatorId",
    "description",
    "id",
    "isFavorited",
    "itemViews",
    "links",
    "meta",
    "meta.actions",
    "meta.collections",
    "meta.isFavorited",
    "meta.tags",
    "name",
    "ownerId",
    "resourceAttributes",
    "resourceCreatedAt",
    "resourceCustomAttributes",
    "resourceId",
    "resourceLink",
    "resourceReloadEndTime",
    "resourceReloadStatus",
    "resourceSize",
    "resourceSubType",
    "resourceType",
    "resourceUpdatedAt",
    "spaceId",
    "tenantId",
    "thumbnailId",
    "updatedAt",
    "updaterId",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jsonscan::Alone;
    use serde_json::json;

    /// The contract's item fields, top level and one level into `meta` and
    /// `resourceAttributes` (the objects it describes), sorted.
    fn contract_item_fields() -> Vec<String> {
        let spec: Value =
            serde_json::from_str(include_str!("../../spec/items.openapi.json")).unwrap();
        let schemas = &spec["components"]["schemas"];
        let resolve = |p: &Value| {
            let mut p = p.clone();
            for _ in 0..8 {
                let Some(r) = p.get("$ref").and_then(Value::as_str) else {
                    break;
                };
                p = schemas[r.rsplit('/').next().unwrap()].clone();
            }
            p
        };
        let body = resolve(&schemas["itemResultResponseBody"]);
        let mut out = Vec::new();
        for (k, p) in body["properties"].as_object().unwrap() {
            out.push(k.clone());
            if k == "meta" || k == "resourceAttributes" {
                let props = resolve(p)["properties"].as_object().cloned();
                out.extend(props.into_iter().flatten().map(|(n, _)| format!("{k}.{n}")));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn completion_offers_the_contract_item_fields() {
        assert_eq!(ITEM_FIELDS, contract_item_fields());
    }

    #[test]
    fn lists_parse_and_bad_ones_are_refused() {
        let f = Fields::parse(" id, meta.tags ,name").unwrap();
        assert_eq!(f.names(), ["id", "meta.tags", "name"]);
        for bad in ["", " ", "a,,b", ".x", "a..b", "x.", ",", "a,"] {
            assert!(Fields::parse(bad).is_err(), "{bad:?}");
        }
        let many = vec!["a"; MAX_FIELDS + 1].join(",");
        assert!(Fields::parse(&many).is_err());
    }

    #[test]
    fn raw_values_are_the_parsed_ones() {
        let f = Fields::parse("meta.tags,id,nope,id.deeper,meta.none,meta,a.b.c,n").unwrap();
        for text in [
            r#"{"id":"i","meta":{"tags":[{"id":"t"}],"x":1},"a":{"b":{"c":null}},"n":1.5}"#,
            r#"{"id":"\u0069\n","meta":[1],"a":{"b":7}}"#,
            r#"{}"#,
            r#"{"id":"a","id":"b"}"#,
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            let want: Vec<Option<Value>> = f.values(&v).map(|x| x.cloned()).collect();
            assert_eq!(
                f.values_raw(&Alone::scan(text).unwrap().get()),
                Some(want.clone()),
                "{text}"
            );
            assert_eq!(f.object_of(want), f.project(&v));
        }
        // A key written with an escape on a path: parsed whole instead.
        assert_eq!(
            f.values_raw(&Alone::scan(r#"{"\u0069d":"x"}"#).unwrap().get()),
            None
        );
    }

    #[test]
    fn paths_select_in_order_and_unknown_ones_are_null() {
        let v = json!({"id": "i", "name": "n", "meta": {"tags": [{"id": "t"}]}, "x": 1});
        let f = Fields::parse("meta.tags,id,nope,id.deeper,meta.none").unwrap();
        assert_eq!(
            serde_json::to_string(&f.project(&v)).unwrap(),
            r#"{"meta.tags":[{"id":"t"}],"id":"i","nope":null,"id.deeper":null,"meta.none":null}"#
        );
    }
}
