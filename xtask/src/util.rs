//! Running commands with clear output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// Prints a step heading.
pub fn step(name: &str) {
    eprintln!("\n==> {name}");
}

/// `~/.cargo/bin`, where `cargo install` puts trunk and wasm-bindgen.
pub fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"));
    home.join("bin")
}

/// A command to run from the repository, echoed before it runs.
pub struct Cmd {
    inner: Command,
    shown: String,
}

impl Cmd {
    pub fn new(program: &str) -> Cmd {
        Cmd {
            inner: Command::new(program),
            shown: program.to_owned(),
        }
    }

    pub fn args<I, S>(mut self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for a in args {
            self.shown.push(' ');
            self.shown.push_str(a.as_ref());
            self.inner.arg(a.as_ref());
        }
        self
    }

    pub fn dir(mut self, dir: impl AsRef<Path>) -> Cmd {
        self.inner.current_dir(dir);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Cmd {
        self.inner.env(key, value);
        self
    }

    /// Puts the installed tools first on PATH: cargo's bin (trunk, wasm-bindgen) and the
    /// npm tools of `tests/e2e` (binaryen's wasm-opt).
    pub fn tools_path(self) -> Cmd {
        let mut paths = vec![cargo_bin(), root().join("tests/e2e/node_modules/.bin")];
        if let Some(p) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&p));
        }
        match std::env::join_paths(paths) {
            Ok(joined) => self.env("PATH", joined),
            Err(_) => self,
        }
    }

    /// Runs it, failing with the command line if it fails.
    pub fn run(mut self) -> Result<(), String> {
        eprintln!("$ {}", self.shown);
        let status = self
            .inner
            .status()
            .map_err(|e| format!("could not start `{}`: {e}", self.shown))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` exited with {status}", self.shown))
        }
    }

    /// Runs it quietly and returns its standard output, or `None` if it cannot run or fails.
    pub fn output(mut self) -> Option<String> {
        let out = self
            .inner
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}
