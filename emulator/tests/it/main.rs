//! End-to-end tests of the emulator over real HTTP on 127.0.0.1.

mod basics;
mod common;
mod filters;
mod limits;
mod oauth;
mod paging;
