//! The emulator's 250-item listing in each shape, byte for byte against the committed files
//! of `tests/cli/golden/` (`QLIK_UPDATE_GOLDEN=1` writes them anew; review the diff).

use qlik_emulator::Faults;

use crate::support::{emulator, ok};

const FIELDS: &str = "id,name,meta.tags,resourceAttributes.usage,updatedAt";

fn check(name: &str, out: &str) {
    let path = format!("{}/tests/cli/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var("QLIK_UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::write(&path, out).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e} (QLIK_UPDATE_GOLDEN=1 writes it)"));
    assert!(
        want == out,
        "{name} differs from {path} (QLIK_UPDATE_GOLDEN=1 rewrites it)"
    );
}

#[test]
fn the_250_item_listing_in_each_shape() {
    let server = emulator(250, Faults::default());
    let run = |args: &[&str]| {
        let mut all = vec!["item", "ls", "--all"];
        all.extend_from_slice(args);
        ok(&server, &all)
    };
    check("items-250.csv", &run(&["-o", "csv"]));
    check("items-250.tsv", &run(&["-o", "tsv"]));
    check(
        "items-250-fields.json",
        &run(&["-o", "json", "--fields", FIELDS]),
    );
    check(
        "items-250-fields.jsonl",
        &run(&["-o", "jsonl", "--fields", FIELDS]),
    );
    check(
        "items-250-fields.yaml",
        &run(&["-o", "yaml", "--fields", FIELDS]),
    );
    check(
        "items-250-fields.table",
        &run(&["-o", "table", "--fields", FIELDS]),
    );
    check("items-250.name", &run(&["-o", "name"]));
}
