//! Empty: the generator of completions/, docs/man/ and docs/commands.md is `crate::docs`
//! (src/docs/). This file goes with its declaration in `commands/mod.rs`.
