use std::path::PathBuf;

use clap::CommandFactory;
use serde_json::Value;

use super::*;
use crate::cli::Cli;

/// The contract, vendored in `spec/`.
fn spec() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/items.openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn enum_of(spec: &Value, schema: &Value) -> Vec<String> {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &spec["components"]["schemas"][r.rsplit('/').next().unwrap()],
        None => schema,
    };
    schema["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn params(spec: &Value, path: &str) -> Vec<Value> {
    spec["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| match p.get("$ref").and_then(Value::as_str) {
            Some(r) => spec["components"]["parameters"][r.rsplit('/').next().unwrap()].clone(),
            None => p.clone(),
        })
        .collect()
}

fn strings(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| x.to_string()).collect()
}

#[test]
fn enums_match_the_contract() {
    let spec = spec();
    let schemas = &spec["components"]["schemas"];
    assert_eq!(
        enum_of(&spec, &schemas["itemResourceTypeEnum"]),
        strings(RESOURCE_TYPES)
    );
    assert_eq!(
        enum_of(&spec, &schemas["spaceTypeEnum"]),
        strings(SPACE_TYPES)
    );
    assert_eq!(
        enum_of(&spec, &schemas["CollectionTypes"]),
        strings(COLLECTION_TYPES)
    );
    let sort = |path: &str| {
        let p = params(&spec, path);
        let s = p.iter().find(|p| p["name"] == "sort").unwrap();
        enum_of(&spec, &s["schema"])
    };
    assert_eq!(sort("/api/v1/items"), strings(ITEM_SORTS));
    assert_eq!(sort("/api/v1/items/{itemId}/collections"), strings(SORTS));
    assert_eq!(
        sort("/api/v1/items/{itemId}/publisheditems"),
        strings(SORTS)
    );
    let limit = params(&spec, "/api/v1/items")
        .into_iter()
        .find(|p| p["name"] == "limit")
        .unwrap();
    assert_eq!(limit["schema"]["maximum"], crate::api::paging::MAX_PAGE);
}

/// The help of `qlik item ls --resourceType` spells out the known types: the same list.
#[test]
fn resource_type_help_names_the_known_types() {
    let mut cli = Cli::command();
    cli.build();
    let ls = cli
        .find_subcommand("item")
        .and_then(|i| i.find_subcommand("ls"))
        .unwrap();
    let arg = ls
        .get_arguments()
        .find(|a| a.get_long() == Some("resourceType"))
        .unwrap();
    let help = arg.get_long_help().unwrap().to_string();
    let listed = help
        .split_once("Known types: ")
        .and_then(|(_, rest)| rest.split_once(". "))
        .map(|(list, _)| list.split_whitespace().collect::<String>())
        .expect("the help lists the known types");
    assert_eq!(listed.split(',').collect::<Vec<_>>(), RESOURCE_TYPES);
}

#[test]
fn every_query_parameter_has_a_flag() {
    let spec = spec();
    let cli = Cli::command();
    let item = cli.find_subcommand("item").unwrap();
    for (path, cmd) in [
        ("/api/v1/items", "ls"),
        ("/api/v1/items/{itemId}/collections", "collections"),
        ("/api/v1/items/{itemId}/publisheditems", "publisheditems"),
    ] {
        let sub = item.find_subcommand(cmd).unwrap();
        for p in params(&spec, path) {
            if p["in"] != "query" {
                continue;
            }
            let name = p["name"].as_str().unwrap();
            let arg = sub
                .get_arguments()
                .find(|a| a.get_long() == Some(name))
                .unwrap_or_else(|| panic!("`qlik item {cmd}` has no --{name}"));
            // `shared` is deprecated in favour of `spaceType` (the service's changelog;
            // the file does not mark it), so its flag is hidden.
            let deprecated = p["deprecated"].as_bool().unwrap_or(false) || name == "shared";
            assert_eq!(
                arg.is_hide_set(),
                deprecated,
                "--{name} hidden iff deprecated"
            );
        }
    }
}
