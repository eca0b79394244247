use super::*;

/// The committed completions and docs match the clap tree. Regenerate with
/// [`REGENERATE`], or run this test with `QLIK_REGENERATE=1`.
#[test]
#[cfg(feature = "emulator")]
fn generated_files_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("QLIK_REGENERATE").is_some_and(|v| v == "1") {
        write_all(root).unwrap();
    }
    let problems = stale(root).unwrap();
    assert!(
        problems.is_empty(),
        "completions/ and docs/ are stale:\n  {}\nrun `{REGENERATE}` to regenerate them, \
         and commit the result",
        problems.join("\n  ")
    );
}

#[test]
fn write_all_writes_every_file_and_removes_stale_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(MAN_DIR)).unwrap();
    let gone = dir.path().join(MAN_DIR).join("qlik-gone.1");
    std::fs::write(&gone, "old").unwrap();
    write_all(dir.path()).unwrap();
    assert!(!gone.exists());
    assert_eq!(stale(dir.path()).unwrap(), Vec::<String>::new());
    std::fs::write(dir.path().join(REFERENCE), "edited").unwrap();
    std::fs::remove_file(dir.path().join("completions/qlik.fish")).unwrap();
    std::fs::write(&gone, "old").unwrap();
    assert_eq!(
        stale(dir.path()).unwrap(),
        [
            "completions/qlik.fish is missing",
            "docs/commands.md differs",
            "docs/man/qlik-gone.1 is no longer generated",
        ]
    );
}

#[test]
fn every_visible_command_gets_a_man_page_and_a_section() {
    let files = generate().unwrap();
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    for expected in [
        "completions/qlik.bash",
        "completions/_qlik",
        "completions/qlik.fish",
        "completions/_qlik.ps1",
        "completions/qlik.elv",
        "docs/man/qlik.1",
        "docs/man/qlik-profile.1",
        "docs/man/qlik-profile-add.1",
        "docs/man/qlik-completion.1",
        "docs/commands.md",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not in {names:?}"
        );
    }
    assert!(
        !names
            .iter()
            .any(|n| n.contains("generate-docs") || n.ends_with("-help.1")),
        "hidden commands are not documented: {names:?}"
    );
    let md = markdown(&doc_tree());
    assert!(md.contains("## qlik profile add\n"), "{md}");
    assert!(md.contains("Aliases: `create`"), "{md}");
    assert!(
        md.contains("A profile names a tenant"),
        "after_help is kept: {md}"
    );
    assert!(md.contains("- `--api-key-stdin`: Read the API key from standard input"));
    assert!(
        md.contains("qlik profile add [OPTIONS] --server <URL> <NAME>"),
        "{md}"
    );
}

/// Every man page has EXIT STATUS; the root page lists every exit code, environment
/// variable and file, and the exit codes are the ones `crate::error` defines.
#[test]
fn man_pages_have_exit_status_environment_and_files() {
    let files = generate().unwrap();
    let page = |name: &str| {
        let (_, bytes) = files
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .unwrap_or_else(|| panic!("no {name}"));
        String::from_utf8(bytes.clone()).unwrap()
    };
    let root = page("qlik.1");
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH \"ENVIRONMENT\"",
        ".SH \"FILES\"",
    ] {
        assert!(root.contains(section), "{section} in {root}");
    }
    let codes = [
        crate::error::OK,
        crate::error::FAILURE,
        crate::error::USAGE,
        crate::error::NOT_FOUND,
        crate::error::AUTH,
        crate::error::CONFLICT,
        crate::error::PARTIAL,
        crate::error::TRANSIENT,
        crate::error::INTERRUPTED,
    ];
    let listed: Vec<String> = EXIT_STATUS.iter().map(|(c, _)| c.to_string()).collect();
    assert_eq!(listed, codes.map(|c| c.to_string()));
    for code in listed {
        assert!(root.contains(&format!("\\fB{code}\\fR")), "{code}");
    }
    assert!(root.contains("QLIK_API_KEY"));
    assert!(root.contains("credentials.toml"));
    let rm = page("qlik-item-rm.1");
    assert!(rm.contains(".SH \"EXIT STATUS\""));
    assert!(rm.contains(".SH ENVIRONMENT\nSee \\fBqlik\\fR(1)."));
}

#[test]
fn examples_become_code_blocks() {
    let text = "Do things\n\nExamples:\n\n  qlik a\n  qlik b\n\n  qlik c\nAfter\n";
    assert_eq!(
        paragraphs(text),
        "Do things\n\nExamples:\n\n```sh\nqlik a\nqlik b\n\nqlik c\n```\n\nAfter\n"
    );
}
