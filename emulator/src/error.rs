//! Error answers in the contract's `ErrorResponseBody` format.

use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub title: &'static str,
    pub detail: String,
    /// `meta.explain`; `None` leaves `meta` out (the 429 body, like the service's).
    pub explain: Option<Box<Value>>,
    /// Seconds to wait (429).
    pub retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: u16, code: &'static str, title: &'static str, detail: String) -> ApiError {
        ApiError {
            status,
            code,
            title,
            detail,
            explain: Some(Box::new(json!({}))),
            retry_after: None,
        }
    }

    /// 400 about one query parameter (named in `meta.explain.parameter`).
    pub fn bad_param(param: &str, detail: impl Into<String>) -> ApiError {
        let mut e = ApiError::new(400, "HTTP-400", "Bad request.", detail.into());
        e.explain = Some(Box::new(json!({ "parameter": param })));
        e
    }

    pub fn bad_body(detail: impl Into<String>) -> ApiError {
        ApiError::new(400, "HTTP-400", "Bad request.", detail.into())
    }

    pub fn unauthorized(detail: impl Into<String>) -> ApiError {
        ApiError::new(401, "HTTP-401", "Unauthorized.", detail.into())
    }

    pub fn forbidden(detail: impl Into<String>) -> ApiError {
        ApiError::new(403, "HTTP-403", "Forbidden.", detail.into())
    }

    pub fn not_found(detail: impl Into<String>) -> ApiError {
        ApiError::new(404, "HTTP-404", "Not found.", detail.into())
    }

    pub fn method_not_allowed(detail: impl Into<String>) -> ApiError {
        ApiError::new(405, "HTTP-405", "Method not allowed.", detail.into())
    }

    pub fn conflict(detail: impl Into<String>) -> ApiError {
        ApiError::new(409, "HTTP-409", "Conflict.", detail.into())
    }

    pub fn rate_limited(seconds: u64) -> ApiError {
        ApiError {
            status: 429,
            code: "HTTP-429",
            title: "API rate limit reached.",
            detail: format!("You need to wait {seconds} seconds until limit is lifted."),
            explain: None,
            retry_after: Some(seconds),
        }
    }

    pub fn internal() -> ApiError {
        ApiError::new(
            500,
            "HTTP-500",
            "Internal server error.",
            "An injected fault: the emulator was told to fail this request.".into(),
        )
    }

    pub fn unavailable() -> ApiError {
        let mut e = ApiError::new(
            503,
            "HTTP-503",
            "Service unavailable.",
            "An injected fault: the emulator was told to fail this request.".into(),
        );
        e.retry_after = Some(1);
        e
    }

    pub fn body(&self) -> Vec<u8> {
        let mut err = serde_json::Map::new();
        err.insert("code".into(), json!(self.code));
        err.insert("title".into(), json!(self.title));
        err.insert("detail".into(), json!(self.detail));
        if let Some(explain) = &self.explain {
            err.insert(
                "meta".into(),
                json!({
                    "explain": explain,
                    "fault": self.status >= 500,
                    "temporary": self.status == 503 || self.status == 429,
                    "timeout": false,
                }),
            );
        }
        serde_json::to_vec(&json!({ "errors": [Value::Object(err)] })).unwrap_or_default()
    }
}
