//! Paging always ends, never repeats, and never leaves the listing.

#[allow(unused_imports)]
use super::support;
