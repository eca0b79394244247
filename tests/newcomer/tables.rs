//! See the list in main.rs.

use crate::support::{emulator, pty::Terminal};
use qlik_emulator::Faults;

#[test]
fn the_pty_helper_runs_the_binary_on_a_terminal_of_the_given_width() {
    let server = emulator(3, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "-o", "json"])
        .server(server.base_url(), server.api_key())
        .size(100, 30)
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(screen.text.trim_start().starts_with('['), "{}", screen.text);
}
