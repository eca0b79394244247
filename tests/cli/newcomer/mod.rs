//! A newcomer's first hour: errors that diagnose, profiles that can be changed, tables a
//! person can read, and the habits of scripts and shells.
//!
//! One test binary, one module per class:
//! - `errors`: wrong scheme, a path in the server URL, which profile and server failed, wording;
//! - `profiles`: `profile update`, the check of a new credential at `profile add`;
//! - `tables`: column priorities, `-o wide`, times with their zone, empty results, single
//!   objects, progress of `ls --all`;
//! - `scripts`: `-f` with `get` output or YAML, `rm --ignore-not-found`, completions.
//! - `session`: the paging seams of the listing engine (query of each page, `--raw`, the note).

mod errors;
mod profiles;
mod scripts;
mod session;
mod tables;
