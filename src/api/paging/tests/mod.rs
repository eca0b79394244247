//! The paging tests, against scripted servers of their own (`server.rs`).

mod links;
mod read_ahead;
mod scanned;
mod server;
