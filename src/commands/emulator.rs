//! `qlik emulator start|exec`: the bundled local Items API.

use std::ffi::OsString;

use anyhow::Context;

use crate::cli::{EmulatorArgs, EmulatorCommand};

pub fn run(cmd: EmulatorCommand) -> anyhow::Result<u8> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    match cmd {
        EmulatorCommand::Start(args) => rt.block_on(start(args)),
        EmulatorCommand::Exec { args, command } => rt.block_on(exec(args, command)),
    }
}

fn config(args: EmulatorArgs) -> qlik_emulator::Config {
    qlik_emulator::Config {
        host: args.host,
        port: args.port,
        api_key: args.api_key,
        read_only_key: args.read_only_key,
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

async fn start(args: EmulatorArgs) -> anyhow::Result<u8> {
    let server = qlik_emulator::start(config(args))
        .await
        .context("cannot start the emulator")?;
    // Listen for Ctrl-C (and SIGTERM) before the banner tells anyone the server is up, so a
    // signal sent as soon as the banner is read still stops it cleanly.
    let stop = StopSignal::listen().context("cannot listen for Ctrl-C")?;
    // The banner goes to stdout so scripts can read it; the env lines are shell syntax.
    println!("Qlik Items API emulator listening on {}", server.base_url());
    println!("API key: {}", server.api_key());
    if let Some(cert) = server.tls_cert_path() {
        println!("TLS certificate: {}", cert.display());
    }
    println!();
    println!("export QLIK_SERVER={}", server.base_url());
    println!("export QLIK_API_KEY={}", server.api_key());
    println!();
    println!("Press Ctrl-C to stop.");
    stop.wait().await;
    server.shutdown().await;
    Ok(0)
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
    let server = qlik_emulator::start(config(args))
        .await
        .context("cannot start the emulator")?;
    let (program, rest) = command.split_first().context("no command given")?;
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
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot run `{}`", program.to_string_lossy()))?;
    // Ctrl-C reaches the child through the process group; wait for it to finish.
    let status = loop {
        tokio::select! {
            status = child.wait() => break status.context("waiting for the command")?,
            _ = tokio::signal::ctrl_c() => continue,
        }
    };
    server.shutdown().await;
    Ok(exit_code(status))
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
