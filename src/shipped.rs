//! The translations (`locales/`) and service definitions (`src/services/definitions/`) that ship
//! with Portico, built into the binary, so that `portico` serves the whole portal from any
//! working folder. `PORTICO_LOCALES_DIR` and `PORTICO_SERVICES_DIR` replace them with a folder
//! (see `config::Source`).
//!
//! Why `include_dir`: it embeds a whole tree, sub-folders included, with one macro and no code
//! of ours to walk it, and it embeds in debug builds too. (`rust-embed` reads the files from disk
//! in debug builds unless a feature says otherwise, which would make a debug binary depend on its
//! working folder again.) `build.rs` makes Cargo rebuild when a file is added to either folder.

use include_dir::{include_dir, Dir, DirEntry};
use std::path::{Path, PathBuf};

/// `locales/`: `languages.toml` and one folder of `.ftl` files per language.
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// `src/services/definitions/`: one `*.toml` per service.
pub static SERVICES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/services/definitions");

/// Where the built-in files came from, for messages: `locales/cy/shell.ftl (built in)`.
pub fn display_path(folder: &str, path: &Path) -> PathBuf {
    PathBuf::from(format!("{folder}/{} (built in)", path.display()))
}

/// The files under `dir` at any depth, paths relative to the embedded folder, sorted.
pub fn files(dir: &'static Dir<'static>) -> Vec<&'static include_dir::File<'static>> {
    let mut files = Vec::new();
    let mut pending: Vec<&DirEntry> = dir.entries().iter().collect();
    while let Some(entry) = pending.pop() {
        match entry {
            DirEntry::Dir(dir) => pending.extend(dir.entries()),
            DirEntry::File(file) => files.push(file),
        }
    }
    files.sort_by_key(|f| f.path());
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_translation_and_definition_is_built_in() {
        let on_disk = |dir: &str, ext: &str| {
            let mut found = Vec::new();
            let mut pending = vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/")).join(dir)];
            while let Some(dir) = pending.pop() {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        pending.push(path);
                    } else if path.extension().is_some_and(|e| e == ext) {
                        found.push(path);
                    }
                }
            }
            found.len()
        };
        let built_in = |dir, ext| files(dir).iter().filter(|f| f.path().extension().is_some_and(|e| e == ext)).count();
        assert!(built_in(&LOCALES, "ftl") >= 50);
        assert_eq!(built_in(&LOCALES, "ftl"), on_disk("locales", "ftl"));
        assert_eq!(built_in(&SERVICES, "toml"), on_disk("src/services/definitions", "toml"));
    }

    #[test]
    fn built_in_paths_are_relative_to_their_folder() {
        assert!(LOCALES.get_file("cy/shell.ftl").is_some());
        assert!(SERVICES.get_file("parking-permit.toml").is_some());
        assert_eq!(display_path("locales", Path::new("cy/shell.ftl")), PathBuf::from("locales/cy/shell.ftl (built in)"));
    }
}
