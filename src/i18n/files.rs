//! The translation files read into memory, from a folder or from the copy built into the binary
//! (`crate::shipped`), so that the catalog is built the same way from either.

use super::{languages::LANGUAGES_FILE, CatalogError};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// A file's path as messages name it, and its text.
pub(super) type Text = (PathBuf, String);

/// Every language folder of a locales folder.
pub(super) struct LocaleFiles {
    /// The locales folder, for messages.
    pub dir: PathBuf,
    /// `languages.toml`, when there is one.
    pub list: Option<Text>,
    /// Each language folder's name and tag, with its `.ftl` files (sub-folders included) in a
    /// stable order. Only folders named as a language tag are languages; anything else (a README)
    /// is ignored.
    pub folders: Vec<(String, LanguageIdentifier, Vec<Text>)>,
}

impl LocaleFiles {
    /// Reads the language folders under `dir`.
    pub fn read_folder(dir: &Path) -> Result<Self, CatalogError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| CatalogError::Io { path, source }
        };
        let mut folders = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let path = entry.map_err(io(dir))?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            let Ok(id) = name.parse::<LanguageIdentifier>() else { continue };
            if !path.is_dir() {
                continue;
            }
            let mut sources = Vec::new();
            for file in crate::l10n::ftl_files(&path).map_err(io(&path))? {
                let text = std::fs::read_to_string(&file).map_err(io(&file))?;
                sources.push((file, text));
            }
            folders.push((name, id, sources));
        }
        let path = dir.join(LANGUAGES_FILE);
        let list = match std::fs::read_to_string(&path) {
            Ok(text) => Some((path, text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(CatalogError::Io { path, source }),
        };
        Ok(Self { dir: dir.to_path_buf(), list, folders })
    }

    /// The translations this version of Portico ships with.
    pub fn built_in() -> Result<Self, CatalogError> {
        use crate::shipped::{display_path, files, LOCALES};
        let mut folders = Vec::new();
        for dir in LOCALES.dirs() {
            let Some(name) = dir.path().to_str() else { continue };
            let Ok(id) = name.parse::<LanguageIdentifier>() else { continue };
            let mut sources = Vec::new();
            for file in files(dir).into_iter().filter(|f| f.path().extension().is_some_and(|e| e == "ftl")) {
                let path = display_path("locales", file.path());
                let Some(text) = file.contents_utf8() else {
                    let source = std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text");
                    return Err(CatalogError::Io { path, source });
                };
                sources.push((path, text.to_owned()));
            }
            folders.push((name.to_owned(), id, sources));
        }
        let list = LOCALES
            .get_file(LANGUAGES_FILE)
            .map(|file| (display_path("locales", file.path()), String::from_utf8_lossy(file.contents()).into_owned()));
        Ok(Self { dir: PathBuf::from("locales (built in)"), list, folders })
    }
}


/// The latest modification time among the translation files (and their folders, for deletions).
pub(super) fn newest_change(dir: &Path) -> std::time::SystemTime {
    let mut newest = std::time::SystemTime::UNIX_EPOCH;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        if let Ok(modified) = std::fs::metadata(&dir).and_then(|m| m.modified()) {
            newest = newest.max(modified);
        }
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(modified) = entry.metadata().and_then(|m| m.modified()) {
                newest = newest.max(modified);
            }
        }
    }
    newest
}
