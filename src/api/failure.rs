//! What a request that got no answer ran into (a certificate, a protocol, a timeout, a
//! refused connection), read from the types of the error's causes; and the reading of a body
//! under a cap.

use super::error::Advice;
use super::{ApiError, Client, ErrorKind};

impl Client {
    /// What a request that got no answer tells the user, and whether a retry may help. Read
    /// from the types in the error's causes (rustls's, hyper's, the OS's), not their text.
    pub(super) fn no_answer(&self, e: &reqwest::Error) -> NoAnswer {
        let server = self.server_label();
        let fail = |kind, title: String, advice: Option<Advice>| {
            NoAnswer::Final(ApiError {
                kind,
                advice: advice.map(Box::new),
                ..ApiError::other(title)
            })
        };
        let host_port = self.host_port();
        let tls = causes(e).find_map(|c| c.downcast_ref::<rustls::Error>());
        if let Some(tls) = tls {
            return match tls {
                // The first bytes of the answer are not a TLS record: a plain HTTP server
                // answering the handshake with a text status line.
                rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType) => fail(
                    ErrorKind::Protocol,
                    format!("cannot connect to {server}: the server does not speak TLS (https)"),
                    Some(Advice::SpeaksPlainHttp {
                        host_port: host_port.clone(),
                    }),
                ),
                rustls::Error::InvalidCertificate(_)
                | rustls::Error::NoCertificatesPresented
                | rustls::Error::UnsupportedNameType => fail(
                    ErrorKind::Tls,
                    format!(
                        "cannot connect to {server}: its TLS certificate is not trusted ({})",
                        short(e)
                    ),
                    None,
                ),
                _ => fail(
                    ErrorKind::Protocol,
                    format!(
                        "cannot connect to {server}: the TLS handshake failed ({})",
                        short(e)
                    ),
                    None,
                ),
            };
        }
        if is_certificate_error(e) {
            return fail(
                ErrorKind::Tls,
                format!(
                    "cannot connect to {server}: its TLS certificate is not trusted ({})",
                    short(e)
                ),
                None,
            );
        }
        let hyper = causes(e).find_map(|c| c.downcast_ref::<hyper::Error>());
        if self.base.scheme() == "http"
            && let Some(h) = hyper
            && h.is_parse()
            && !h.is_parse_status()
            && !h.is_parse_too_large()
        {
            // The answer does not start with `HTTP/1.x`: a TLS server sends an alert record.
            return fail(
                ErrorKind::Protocol,
                format!(
                    "cannot connect to {server}: the answer is not plain HTTP ({})",
                    short(e)
                ),
                Some(Advice::NotPlainHttp { host_port }),
            );
        }
        NoAnswer::Transient(if e.is_timeout() {
            if e.is_connect() {
                format!(
                    "cannot connect to {server}: no connection within {:.0?}",
                    self.config.connect_timeout
                )
            } else {
                let raise = match &self.config.names.timeout {
                    Some(name) => format!(" (raise {name})"),
                    None => String::new(),
                };
                format!(
                    "no answer within {:.0?} from {server}{raise}",
                    self.config.timeout
                )
            }
        } else if e.is_dns() {
            format!(
                "cannot connect to {server}: the host name {} cannot be resolved ({})",
                self.base.host_str().unwrap_or_default(),
                short(e)
            )
        } else if e.is_connect() {
            let io = causes(e)
                .find_map(|c| c.downcast_ref::<std::io::Error>())
                .map(std::io::Error::kind);
            let reason = match io {
                Some(std::io::ErrorKind::ConnectionRefused) => "connection refused".into(),
                Some(std::io::ErrorKind::ConnectionReset) => "connection reset".into(),
                Some(std::io::ErrorKind::HostUnreachable) => "host unreachable".into(),
                Some(std::io::ErrorKind::NetworkUnreachable) => "network unreachable".into(),
                _ => short(e),
            };
            format!("cannot connect to {server}: {reason}")
        } else {
            format!("no answer from {server} ({})", short(e))
        })
    }
}

/// What to make of a request that got no answer.
pub(super) enum NoAnswer {
    /// Give up at once with this error: a retry would meet the same.
    Final(ApiError),
    /// Retry (when the request may be repeated); this is what went wrong.
    Transient(String),
}

/// The causes of an error, outermost first, including the errors an `io::Error` wraps (whose
/// `source` skips them).
pub(super) fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    let mut stack: Vec<&'a (dyn std::error::Error + 'static)> = vec![e];
    // Bounded: an error chain is a handful of links; 64 is far beyond any real one.
    let mut left = 64usize;
    std::iter::from_fn(move || {
        let next = stack.pop()?;
        left = left.checked_sub(1)?;
        if let Some(source) = next.source() {
            stack.push(source);
        }
        if let Some(inner) = next
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            stack.push(inner);
        }
        Some(next)
    })
}

/// Whether a failed request failed on the server's certificate, by the text of its causes:
/// the fallback for verifiers whose errors are not rustls's certificate errors.
pub(super) fn is_certificate_error(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        let text = s.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("unknownissuer") {
            return true;
        }
        source = s.source();
    }
    false
}

/// The innermost cause of a reqwest error, which is the informative one.
pub(super) fn short(e: &reqwest::Error) -> String {
    let mut source: &dyn std::error::Error = e;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

/// Why a body was not read whole.
pub(super) enum BodyError {
    /// Longer than the cap (after decompression).
    TooLarge,
    /// The connection failed or the body could not be decoded.
    Cut(reqwest::Error),
}

/// Reads a body chunk by chunk (decompressed as it comes), stopping as soon as it would pass
/// `cap` bytes. `Content-Length` is not trusted either way: a short one is no promise, and a
/// large one reserves nothing.
pub(super) async fn read_body(
    mut resp: reqwest::Response,
    cap: usize,
) -> Result<Vec<u8>, BodyError> {
    // Sized once from the announced length when there is one (a page is not copied as it
    // grows); a length beyond the cap or 8 MiB is not believed ahead of the bytes.
    let announced = resp.content_length().unwrap_or(0);
    let ahead = usize::try_from(announced)
        .unwrap_or(usize::MAX)
        .min(cap)
        .min(8 << 20);
    let mut body = Vec::with_capacity(ahead);
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Cut)? {
        if chunk.len() > cap - body.len() {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
