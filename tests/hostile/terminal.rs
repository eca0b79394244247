//! Server text cannot drive the terminal or forge lines; hints are safe to paste.

#[allow(unused_imports)]
use super::support;
