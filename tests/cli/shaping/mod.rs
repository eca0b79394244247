//! Shaping the output without jq: `--fields`, `-o csv`, `-o tsv`, `-o name`, `--no-headers`.
//!
//! - `fields`: selection and order in each format, unknown paths, bad lists (exit 2);
//! - `csv`: csv and tsv read back by Python's `csv` and by `awk`, objects as one row, `-o name`;
//! - `golden`: the 250-item listing in each shape, byte for byte against `tests/cli/golden/`.

mod csv;
mod fields;
mod golden;

/// Whether `program` runs here; under `CI=true` a missing one fails the test instead.
fn have(program: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok();
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{program} is missing, and CI=true"
        );
        eprintln!("skipped: {program} is missing");
    }
    found
}
