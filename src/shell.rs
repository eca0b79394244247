//! Values in the command lines that notes and hints suggest, quoted for POSIX shells so that
//! pasting one runs `qlik` with exactly that value as one argument, and nothing else.

/// `s` as one word of a POSIX shell command line: as it is when every character is one that no
/// shell reads specially, otherwise in single quotes (inside which nothing is special; a `'`
/// itself is written `'\''`).
pub fn quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'_' | b'@' | b'%' | b'+' | b'=' | b':' | b',' | b'.' | b'/' | b'-'
                )
        });
    if plain {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `flag` with `value`, as words to paste: `--next 'a b'`. A value starting with `-` is
/// joined to the flag (`--next=-x`), where it cannot be read as another flag.
pub fn flag(flag: &str, value: &str) -> String {
    if value.starts_with('-') {
        format!("{flag}={}", quote(value))
    } else {
        format!("{flag} {}", quote(value))
    }
}

/// `flag` with `value` as words to paste, or `None` when `value` is not [`printable`] (and so
/// is better left out than shown).
pub fn pasteable(flag_name: &str, value: &str) -> Option<String> {
    printable(value).then(|| flag(flag_name, value))
}

/// Whether `s` can be shown on a terminal as it is: printable ASCII (space included) and
/// letters or digits of other scripts. Control characters (which would drive the terminal)
/// and invisible or direction-changing characters (which would hide what is pasted) are not.
pub fn printable(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(c, ' '..='~') || (!c.is_ascii() && c.is_alphanumeric()))
}

/// Splits a command line into words as a POSIX shell does, without expanding anything: blanks
/// separate words; in single quotes nothing is special; in double quotes a backslash escapes
/// only `"`, `\\`, `$` and `` ` ``; elsewhere a backslash escapes the next character (on
/// Windows it is an ordinary character there, as in paths). `$`, `*`, `;` and the like are
/// taken as they are. For `EDITOR='code --wait'`. An unclosed quote is an error.
pub fn split(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("a ' (single quote) is not closed".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err("a \" (double quote) is not closed".into()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("a \" (double quote) is not closed".into()),
                    }
                }
            }
            '\\' if cfg!(not(windows)) => {
                in_word = true;
                match chars.next() {
                    Some('\n') => {}
                    Some(c) => word.push(c),
                    None => word.push('\\'),
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `sh` makes of `words`: the arguments it passes on, one per line of the result.
    fn sh_words(words: &str) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let out = std::process::Command::new("sh")
            .current_dir(dir.path())
            .arg("-c")
            .arg(format!(r#"for a in {words}; do printf '%s\0' "$a"; done"#))
            .output()
            .unwrap();
        assert!(out.status.success(), "{words}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{words}");
        let text = String::from_utf8(out.stdout).unwrap();
        text.split_terminator('\0').map(str::to_string).collect()
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("c2"), "c2");
        assert_eq!(quote("a+b=/c:d,e@f%g.h-i_j"), "a+b=/c:d,e@f%g.h-i_j");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(
            quote("x'; touch PWNED; echo '"),
            r"'x'\''; touch PWNED; echo '\'''"
        );
        assert_eq!(quote("$(id)"), "'$(id)'");
        assert_eq!(flag("--next", "c2"), "--next c2");
        assert_eq!(flag("--next", "-c 2"), "--next='-c 2'");
    }

    #[test]
    fn quoted_words_are_read_back_whole_by_sh() {
        for s in [
            "x'; touch PWNED; echo '",
            "$(touch PWNED)",
            "`touch PWNED`",
            "a b\tc",
            "'",
            "''\\'",
            "*",
            "~",
            "#x",
            "a;b|c&d>e<f",
            "!x",
            "é",
            "",
        ] {
            assert_eq!(sh_words(&quote(s)), [s], "{s:?}");
        }
    }

    #[test]
    fn split_reads_words_as_sh_does() {
        for line in [
            "vi",
            "code --wait",
            "  emacs   -nw\t",
            "'/opt/My Editor/bin/ed' -x",
            r#""/opt/My Editor/ed" "a\"b" 'c\d' e\ f"#,
            r#"ed "a\$b\\c\`d\e""#,
            "ed a''b \"\" ''",
        ] {
            assert_eq!(split(line).unwrap(), sh_words(line), "{line}");
        }
        // Nothing is expanded or run.
        assert_eq!(
            split("ed $HOME *.txt a;b|c").unwrap(),
            ["ed", "$HOME", "*.txt", "a;b|c"]
        );
        assert_eq!(split("").unwrap(), Vec::<String>::new());
        assert!(split("code 'x").is_err());
        assert!(split("code \"x").is_err());
    }

    #[test]
    fn printable_text() {
        assert!(printable("abc+/= ~'\"$"));
        assert!(printable("Åland-東京"));
        for s in [
            "a\nb",
            "a\x1b[31m",
            "a\x7f",
            "a\u{202e}b",
            "a\u{200b}b",
            "a\u{85}",
        ] {
            assert!(!printable(s), "{s:?}");
        }
    }
}
