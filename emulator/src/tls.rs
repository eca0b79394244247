//! A self-signed certificate for 127.0.0.1 and localhost, generated at start.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::TlsAcceptor;

pub fn setup(cert_path: Option<&Path>, port: u16) -> anyhow::Result<(TlsAcceptor, PathBuf)> {
    let certified = rcgen::generate_simple_self_signed(vec![
        "127.0.0.1".to_string(),
        "localhost".to_string(),
        "::1".to_string(),
    ])
    .context("cannot generate a self-signed certificate")?;
    let path = match cert_path {
        Some(p) => p.to_path_buf(),
        None => {
            std::env::temp_dir().join(format!("qlik-emulator-{}-{port}.pem", std::process::id()))
        }
    };
    std::fs::write(&path, certified.cert.pem())
        .with_context(|| format!("cannot write the certificate to {}", path.display()))?;
    let cert: CertificateDer<'static> = certified.cert.der().clone();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("cannot configure TLS")?
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .context("cannot use the generated certificate")?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok((TlsAcceptor::from(Arc::new(config)), path))
}
