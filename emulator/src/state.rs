//! The state every connection shares: the store, the keys, the OAuth clients and their
//! tokens, the clock, the rate limiter, the faults to inject and the record of requests
//! answered. The HTTP layer and the handlers both
//! read it from here; nothing here depends on either.

use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::oauth::Tokens;
use crate::ratelimit::RateLimiter;
use crate::render;
use crate::store::Store;
use crate::time::Clock;
use crate::{Faults, OAuthClient, RecordedRequest};

/// Who a request acts as.
#[derive(Debug, Clone, PartialEq)]
pub enum Principal {
    /// An API key (or the read-only key): the fixture's user.
    Key,
    /// An access token of this OAuth client: the client's bot user.
    Client(String),
}

/// State shared by every connection.
pub struct Shared {
    pub store: RwLock<Store>,
    pub base_url: String,
    pub api_key: String,
    pub read_only_key: Option<String>,
    /// The OAuth clients whose credentials `POST /oauth/token` accepts.
    pub clients: Vec<OAuthClient>,
    /// How long an access token lives, in seconds.
    pub token_ttl_secs: u64,
    /// The access tokens handed out.
    pub tokens: Mutex<Tokens>,
    /// Requests to `/oauth/token` received, whatever their answer.
    pub token_requests: AtomicU64,
    pub clock: Clock,
    pub rate: Mutex<RateLimiter>,
    pub rate_headers: bool,
    pub faults: Faults,
    pub seed: u64,
    pub log: bool,
    pub requests: Mutex<Vec<RecordedRequest>>,
    pub counter: AtomicU64,
}

impl Shared {
    pub fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(|e| e.into_inner())
    }
    pub fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(|e| e.into_inner())
    }
    pub fn record(&self, r: RecordedRequest) {
        let mut requests = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        // A long-running emulator keeps the most recent requests only.
        if requests.len() >= MAX_RECORDED {
            requests.drain(..MAX_RECORDED / 2);
        }
        requests.push(r);
    }

    /// Read access for [`crate::Server`] and [`crate::BackgroundServer`]: the ids of all items.
    pub fn item_ids(&self) -> Vec<String> {
        self.read().ids()
    }

    /// One item as `GET /api/v1/items/{id}` renders it.
    pub fn item(&self, id: &str) -> Option<serde_json::Value> {
        let store = self.read();
        let item = store.get(id)?;
        let ctx = render::Ctx {
            base: &self.base_url,
            store: &store,
        };
        serde_json::to_value(render::ItemJson {
            ctx: &ctx,
            item,
            actions: true,
            published_entry: false,
        })
        .ok()
    }

    /// The tenant settings: `usageMetricsEnabled`.
    pub fn settings(&self) -> serde_json::Value {
        serde_json::json!({ "usageMetricsEnabled": self.read().usage_metrics_enabled })
    }

    /// The requests recorded so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// Requests kept for [`crate::Server::requests`].
const MAX_RECORDED: usize = 1_000_000;
