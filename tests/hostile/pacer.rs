//! The pacer never waits without end, and Ctrl-C always stops a paced command.

#[allow(unused_imports)]
use super::support;
