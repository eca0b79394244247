//! Profiles are never lost: concurrent writers, special files.

#[allow(unused_imports)]
use super::support;
