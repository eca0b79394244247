//! `qlik emulator start|exec`: the bundled local Items API.

use std::ffi::OsString;

use anyhow::Context;

use crate::cli::{EmulatorArgs, EmulatorCommand};

pub fn run(cmd: EmulatorCommand) -> anyhow::Result<u8> {
    let rt = super::runtime::multi_thread(None)?;
    match cmd {
        EmulatorCommand::Start(args) => rt.block_on(start(args)),
        EmulatorCommand::Exec { args, command } => rt.block_on(exec(args, command)),
    }
}

fn config(
    args: EmulatorArgs,
    oauth_clients: Vec<qlik_emulator::OAuthClient>,
) -> qlik_emulator::Config {
    qlik_emulator::Config {
        host: args.host,
        port: args.port,
        api_key: args.api_key,
        read_only_key: args.read_only_key,
        oauth_clients,
        token_ttl_secs: args.token_ttl_secs,
        items: args.items,
        seed: args.seed,
        data: args.data,
        tier1_per_minute: args.tier1_per_minute,
        tier2_per_minute: args.tier2_per_minute,
        rate_window_secs: args.rate_window_secs,
        rate_headers: !args.no_rate_headers,
        faults: qlik_emulator::Faults {
            latency_ms: args.latency_ms,
            jitter_ms: args.jitter_ms,
            error_500: args.fail_500,
            error_503: args.fail_503,
            drop: args.drop,
            truncate: args.truncate,
            ..Default::default()
        },
        tls: args.tls,
        tls_cert_path: args.tls_cert,
        log: args.log,
        ..Default::default()
    }
}

/// The emulator's default key is public: it may only be served on a loopback address.
fn check_exposure(args: &EmulatorArgs) -> anyhow::Result<()> {
    if !args.host.is_loopback() && args.api_key == qlik_emulator::DEFAULT_API_KEY {
        return Err(crate::error::usage(format!(
            "--host {} serves the emulator beyond this machine, and its default key is public: \
             give a key of your own with --api-key (or QLIK_EMULATOR_API_KEY)",
            args.host
        )));
    }
    Ok(())
}

/// The OAuth clients to serve: the `--client-id`/`--client-secret` pairs, in the order given;
/// without any, the built-in client on a loopback address and none beyond it (its secret is
/// public, like the default key).
fn oauth_clients(args: &EmulatorArgs) -> anyhow::Result<Vec<qlik_emulator::OAuthClient>> {
    let (ids, secrets) = (&args.client_id, &args.client_secret);
    if secrets.len() > ids.len() {
        return Err(crate::error::usage(
            "--client-secret without a --client-id: give each OAuth client as \
             --client-id ID --client-secret SECRET",
        ));
    }
    if let Some(id) = ids.get(secrets.len()) {
        return Err(crate::error::usage(format!(
            "--client-id {} has no --client-secret: give each OAuth client as \
             --client-id ID --client-secret SECRET",
            crate::text::one_line(id, 80)
        )));
    }
    if ids.is_empty() {
        return Ok(if args.host.is_loopback() {
            vec![qlik_emulator::OAuthClient::fixture()]
        } else {
            Vec::new()
        });
    }
    let clients: Vec<_> = ids
        .iter()
        .zip(secrets)
        .map(|(id, secret)| qlik_emulator::OAuthClient::new(id, secret))
        .collect();
    qlik_emulator::check_oauth_clients(&clients).map_err(|why| {
        crate::error::usage(format!(
            "--client-id/--client-secret: {}",
            crate::text::one_line(&why, 400)
        ))
    })?;
    Ok(clients)
}

/// The banner's lines about the OAuth clients: which are served (never a secret the user
/// gave; the built-in client's is public, like the default key), and how to get a token.
fn oauth_banner(server: &qlik_emulator::Server, ttl_secs: u64) -> Vec<String> {
    let clients = server.oauth_clients();
    let Some(first) = clients.first() else {
        return vec![
            "OAuth clients: none (the built-in client is served on loopback only; give \
             --client-id ID --client-secret SECRET)"
                .to_string(),
        ];
    };
    let fixture = clients.len() == 1 && *first == qlik_emulator::OAuthClient::fixture();
    let mut lines = Vec::new();
    if fixture {
        lines.push(format!(
            "OAuth client: {} (secret: {}); tokens last {ttl_secs} s",
            first.id, first.secret
        ));
    } else {
        const SHOWN: usize = 5;
        let names: Vec<&str> = clients.iter().take(SHOWN).map(|c| c.id.as_str()).collect();
        let more = clients.len().saturating_sub(SHOWN);
        let label = if clients.len() == 1 {
            "client"
        } else {
            "clients"
        };
        let mut line = format!("OAuth {label}: {}", names.join(", "));
        if more > 0 {
            line.push_str(&format!(" and {more} more"));
        }
        line.push_str(&format!(" (the secrets given); tokens last {ttl_secs} s"));
        lines.push(line);
    }
    let secret = if fixture {
        sh_quote(&format!("client_secret={}", first.secret))
    } else {
        "client_secret=\"$SECRET\"".to_string()
    };
    lines.push(format!(
        "  token: curl -s {}/oauth/token -d grant_type=client_credentials --data-urlencode {} --data-urlencode {secret}",
        server.base_url(),
        sh_quote(&format!("client_id={}", first.id)),
    ));
    lines.push(
        "  then send its access_token as `Authorization: Bearer TOKEN`, as the API key".to_string(),
    );
    lines
}

/// Where the server listens, as a person should read it: `0.0.0.0:PORT` is every interface.
fn listening_on(server: &qlik_emulator::Server) -> String {
    let addr = server.addr();
    if addr.ip().is_unspecified() {
        format!(
            "{addr} (every interface; from this machine: {})",
            server.base_url()
        )
    } else {
        server.base_url().to_string()
    }
}

async fn start(args: EmulatorArgs) -> anyhow::Result<u8> {
    check_exposure(&args)?;
    let clients = oauth_clients(&args)?;
    let ttl_secs = args.token_ttl_secs;
    let server = qlik_emulator::start(config(args, clients))
        .await
        .context("cannot start the emulator")?;
    // Listen for Ctrl-C (and SIGTERM) before the banner tells anyone the server is up, so a
    // signal sent as soon as the banner is read still stops it cleanly.
    let stop = StopSignal::listen().context("cannot listen for Ctrl-C")?;
    // The banner goes to stdout so scripts can read it; the env lines are shell syntax.
    println!(
        "Qlik Items API emulator listening on {}",
        listening_on(&server)
    );
    println!("API key: {}", server.api_key());
    if let Some(cert) = server.tls_cert_path() {
        println!("TLS certificate: {}", cert.display());
    }
    println!();
    println!("export QLIK_SERVER={}", server.base_url());
    println!("export QLIK_API_KEY={}", sh_quote(server.api_key()));
    if let Some(cert) = server.tls_cert_path() {
        // qlik (like curl and most TLS clients) trusts the certificates in SSL_CERT_FILE.
        println!("export SSL_CERT_FILE={}", sh_quote(&cert.to_string_lossy()));
    }
    println!();
    // After the export lines, which scripts read at fixed places.
    for line in oauth_banner(&server, ttl_secs) {
        println!("{line}");
    }
    println!();
    println!("Press Ctrl-C to stop.");
    stop.wait().await;
    server.shutdown().await;
    Ok(0)
}

/// `s` as one word of a POSIX shell: as it is when it holds only safe characters, else in
/// single quotes.
fn sh_quote(s: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c);
    if !s.is_empty() && s.chars().all(safe) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Ctrl-C or SIGTERM, with the handlers installed when it is made (not when first awaited).
struct StopSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignal {
    fn listen() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(StopSignal {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(StopSignal {})
        }
    }

    async fn wait(mut self) {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => {}
                _ = self.terminate.recv() => {}
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

async fn exec(args: EmulatorArgs, command: Vec<OsString>) -> anyhow::Result<u8> {
    check_exposure(&args)?;
    let clients = oauth_clients(&args)?;
    let (program, rest) = command.split_first().context("no command given")?;
    let server = qlik_emulator::start(config(args, clients))
        .await
        .context("cannot start the emulator")?;
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(rest)
        .env("QLIK_SERVER", server.base_url())
        .env("QLIK_API_KEY", server.api_key());
    if let Some(cert) = server.tls_cert_path() {
        cmd.env("SSL_CERT_FILE", cert);
    }
    // Put this `qlik` first on PATH so the command finds the same binary.
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.to_path_buf()))
    {
        let mut paths = vec![dir];
        if let Some(path) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&path));
        }
        cmd.env(
            "PATH",
            std::env::join_paths(paths).context("cannot build PATH")?,
        );
    }
    // Say on stderr what runs where, so that output naming this server (a `--next` cursor,
    // a URL) is not mistaken for a lasting one.
    eprintln!(
        "emulator: started a temporary emulator at {} with {} items (QLIK_SERVER and QLIK_API_KEY are set for the command)",
        listening_on(&server),
        server.item_count()
    );
    let code = match cmd.spawn() {
        Ok(mut child) => {
            // Ctrl-C reaches the child through the process group; wait for it to finish.
            let status = loop {
                tokio::select! {
                    status = child.wait() => break status.context("waiting for the command")?,
                    _ = tokio::signal::ctrl_c() => continue,
                }
            };
            exit_code(status)
        }
        Err(e) => {
            // As shells do: 127 when the command is not found, 126 when it cannot be run.
            let (code, why) = match e.kind() {
                std::io::ErrorKind::NotFound => (127, "command not found".to_string()),
                std::io::ErrorKind::PermissionDenied => (126, "permission denied".to_string()),
                _ => (126, e.to_string()),
            };
            crate::error::report(&anyhow::anyhow!(
                "cannot run `{}`: {why}",
                program.to_string_lossy()
            ));
            code
        }
    };
    let url = server.base_url().to_string();
    server.shutdown().await;
    eprintln!("emulator: stopped the emulator at {url}");
    Ok(code)
}

fn exit_code(status: std::process::ExitStatus) -> u8 {
    if let Some(code) = status.code() {
        return u8::try_from(code).unwrap_or(1);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return u8::try_from(128 + sig).unwrap_or(1);
        }
    }
    1
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_lines_default_token_lifetime_is_the_emulators() {
        use clap::CommandFactory;
        let cmd = crate::cli::Cli::command();
        let start = cmd
            .find_subcommand("emulator")
            .and_then(|e| e.find_subcommand("start"))
            .unwrap();
        let ttl = start
            .get_arguments()
            .find(|a| a.get_id() == "token_ttl_secs")
            .unwrap();
        assert_eq!(
            ttl.get_default_values(),
            [qlik_emulator::DEFAULT_TOKEN_TTL_SECS.to_string().as_str()]
        );
    }

    #[test]
    fn the_command_lines_default_key_is_the_emulators() {
        assert_eq!(
            crate::cli::EMULATOR_DEFAULT_KEY,
            qlik_emulator::DEFAULT_API_KEY
        );
    }
}
