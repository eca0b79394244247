//! `qlik completion SHELL` prints exactly the committed scripts in completions/.

use assert_cmd::Command;

fn qlik() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("qlik"));
    cmd.env_clear();
    cmd
}

#[test]
fn completion_prints_the_committed_scripts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file, needle) in [
        ("bash", "qlik.bash", "complete -F _qlik"),
        ("zsh", "_qlik", "#compdef qlik"),
        ("fish", "qlik.fish", "complete -c qlik"),
        ("powershell", "_qlik.ps1", "Register-ArgumentCompleter"),
        ("elvish", "qlik.elv", "edit:completion:arg-completer[qlik]"),
    ] {
        let out = qlik().args(["completion", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}: {out:?}");
        assert!(out.stderr.is_empty(), "{shell}: {out:?}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains(needle), "{shell}: {needle} missing");
        for word in ["profile", "context", "api-key-stdin"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
        assert!(
            !script.contains("__generate-docs"),
            "{shell}: hidden command completed"
        );
        if cfg!(feature = "emulator") {
            let committed = std::fs::read_to_string(root.join("completions").join(file)).unwrap();
            assert!(
                committed == script,
                "completions/{file} is stale: run `QLIK_REGENERATE=1 cargo test --bin qlik generated_files`"
            );
        }
    }
}

#[test]
fn unknown_shells_are_usage_errors() {
    let out = qlik().args(["completion", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("possible values: bash, elvish, fish, powershell, zsh"),
        "{err}"
    );
}
