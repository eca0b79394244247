//! Memory stays bounded on any answer and any input.

#[allow(unused_imports)]
use super::support;
