//! The files of one service version, as written: its definition (TOML) and its texts (one
//! Fluent file per language), and how they lie in a folder (`{id}.toml`, `{lang}/{id}.ftl`), so
//! that writing a version out gives back the very bytes it was made from.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

/// The files of one version, as written: the definition and, by language code, its texts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Files {
    pub definition: String,
    pub texts: BTreeMap<String, String>,
}

/// Why a folder could not be read as a version, or written as one.
#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}: expected exactly one service definition (a .toml file)")]
    NoDefinition(PathBuf),
    #[error("{0}: not UTF-8 text")]
    NotText(PathBuf),
}

pub(super) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> FilesError + '_ {
    move |source| FilesError::Io { path: path.to_path_buf(), source }
}

impl Files {
    /// The layout of a version on disk: `{id}.toml`, and `{lang}/{id}.ftl` for each language.
    pub fn paths(&self, id: &str) -> Vec<(PathBuf, &str)> {
        let mut paths = vec![(PathBuf::from(format!("{id}.toml")), self.definition.as_str())];
        paths.extend(self.texts.iter().map(|(lang, text)| (PathBuf::from(lang).join(format!("{id}.ftl")), text.as_str())));
        paths
    }

    /// Writes the version into `dir` (created when missing), byte for byte.
    pub fn write(&self, id: &str, dir: &Path) -> Result<Vec<PathBuf>, FilesError> {
        let mut written = Vec::new();
        for (relative, text) in self.paths(id) {
            let path = dir.join(relative);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::write(&path, text).map_err(io(&path))?;
            written.push(path);
        }
        Ok(written)
    }

    /// Reads a folder laid out as [`Files::paths`] says: the one `.toml` file names the service,
    /// and each sub-folder holding `{id}.ftl` is a language. Returns the id (the file's stem).
    pub fn read(dir: &Path) -> Result<(String, Self), FilesError> {
        let mut tomls = Vec::new();
        let mut folders = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let path = entry.map_err(io(dir))?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                tomls.push(path);
            }
        }
        let [toml] = tomls.as_slice() else { return Err(FilesError::NoDefinition(dir.to_path_buf())) };
        let id = toml.file_stem().and_then(|s| s.to_str()).ok_or_else(|| FilesError::NotText(toml.clone()))?.to_owned();
        let text = |path: &Path| -> Result<String, FilesError> {
            let bytes = std::fs::read(path).map_err(io(path))?;
            String::from_utf8(bytes).map_err(|_| FilesError::NotText(path.to_path_buf()))
        };
        let mut files = Files { definition: text(toml)?, texts: BTreeMap::new() };
        for folder in folders {
            let ftl = folder.join(format!("{id}.ftl"));
            let Some(lang) = folder.file_name().and_then(|n| n.to_str()) else { continue };
            if ftl.is_file() {
                files.texts.insert(lang.to_owned(), text(&ftl)?);
            }
        }
        Ok((id, files))
    }
}

