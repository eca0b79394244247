//! The real binary on a pseudo-terminal: `script` (util-linux) gives it a terminal for stdin,
//! stdout and stderr and passes typed input through to it.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a run on a terminal showed.
pub struct Screen {
    pub code: i32,
    /// Everything the terminal showed (stdout and stderr share it), lossily decoded.
    pub text: String,
    /// The same, as the bytes the terminal received.
    pub bytes: Vec<u8>,
}

/// A command to run on a terminal of `cols` columns.
pub struct Terminal<'a> {
    pub args: Vec<String>,
    pub vars: Vec<(String, String)>,
    pub input: String,
    pub cols: u16,
    pub rows: u16,
    pub config_dir: &'a Path,
    /// Shell text appended to the command line, e.g. `" </dev/null"` or `" | cat"`.
    pub redirect: String,
}

impl<'a> Terminal<'a> {
    /// `qlik ARGS` on an 80×24 terminal, with an empty environment but for `PATH`, `TERM` and
    /// `QLIK_CONFIG_DIR`.
    pub fn new(config_dir: &'a Path, args: &[&str]) -> Terminal<'a> {
        Terminal {
            args: args.iter().map(|s| s.to_string()).collect(),
            vars: Vec::new(),
            input: String::new(),
            cols: 80,
            rows: 24,
            config_dir,
            redirect: String::new(),
        }
    }
    pub fn var(mut self, k: &str, v: &str) -> Self {
        self.vars.push((k.into(), v.into()));
        self
    }
    /// `QLIK_SERVER` and `QLIK_API_KEY`.
    pub fn server(self, url: &str, key: &str) -> Self {
        self.var("QLIK_SERVER", url).var("QLIK_API_KEY", key)
    }
    pub fn input(mut self, s: &str) -> Self {
        self.input = s.into();
        self
    }
    pub fn size(mut self, cols: u16, rows: u16) -> Self {
        self.cols = cols;
        self.rows = rows;
        self
    }
    pub fn redirect(mut self, s: &str) -> Self {
        self.redirect = s.into();
        self
    }

    /// Runs it, or `None` when `script` is missing (skipped, except under CI, where it fails).
    /// A run that lasts over 60 s is killed and fails the test.
    pub fn run(self) -> Option<Screen> {
        if !script_found() {
            assert!(
                std::env::var_os("CI").is_none(),
                "`script` (util-linux) is needed for the terminal tests"
            );
            eprintln!("skipped: `script` (util-linux) is not installed");
            return None;
        }
        let bin = env!("CARGO_BIN_EXE_qlik");
        let command = std::iter::once(bin.to_string())
            .chain(self.args.iter().cloned())
            .map(|s| shell_quote(&s))
            .collect::<Vec<_>>()
            .join(" ");
        let line = format!(
            "stty cols {} rows {} 2>/dev/null; exec {command}{}",
            self.cols, self.rows, self.redirect
        );
        let mut cmd = Command::new("script");
        // -q: no banner; -e: the child's exit code; -c: the command; /dev/null: no typescript.
        cmd.args(["-q", "-e", "-c", &line, "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TERM", "xterm")
            .env("QLIK_CONFIG_DIR", self.config_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.vars {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(self.input.as_bytes())
            .unwrap();
        // Read the screen as it comes, so a long output never blocks the terminal.
        let mut stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stdout.read_to_end(&mut bytes);
            bytes
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("`qlik {}` did not end within 60 s", self.args.join(" "));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let bytes = reader.join().unwrap();
        Some(Screen {
            code: status.code().unwrap_or(-1),
            text: String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
            bytes,
        })
    }
}

fn script_found() -> bool {
    Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}
