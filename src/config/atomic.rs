//! Atomic writes: a temporary file in the same directory, fsync, rename, fsync of the
//! directory; private modes for new files and directories.

use std::io::Write;
use std::path::Path;

use super::error::{ConfigError, not_regular};

/// Writes `contents` to `path` atomically: a temporary file in the same directory (created
/// with `mode` on Unix), fsync, rename over `path`, fsync of the directory. The directory is
/// created (mode 0700) when missing. When `path` is a symlink, the file it points to is
/// replaced and the link kept.
pub fn write_atomic(path: &Path, contents: &[u8], mode: u32) -> Result<(), ConfigError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ConfigError::Io { path, source }
    };
    // A symlinked file (dotfile managers do that) stays a symlink: write where it points.
    let target;
    let path = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            target = std::fs::canonicalize(path).map_err(io(path))?;
            target.as_path()
        }
        _ => path,
    };
    // Never replace a FIFO or a device (the symlink may point at /dev/null).
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => return Err(not_regular(path, &meta.file_type())),
        _ => {}
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir).map_err(io(dir))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let result = (|| -> std::io::Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(mode);
        }
        #[cfg(not(unix))]
        let _ = mode;
        let mut file = options.open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if let Err(source) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(ConfigError::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    // Make the rename itself durable. Not every platform can open a directory; best effort.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

pub(super) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
