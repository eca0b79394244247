//! Input refused before anything is sent exits 2; `--headers` cannot break a request; loopback is never proxied.

#[allow(unused_imports)]
use super::support;
