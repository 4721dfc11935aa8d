//! Reading `locales/<lang>/**/*.ftl` into an owned summary of each entry: where it is, which
//! variables, references and select expressions it uses, and a normalised text to compare.
//!
//! The fluent-syntax AST has no spans, but when parsing a `&str` every identifier is a slice of
//! the source, so its byte offset (and so its line and column) is recovered from the pointer.

use crate::i18n::languages::{self, Completeness, ListError, Listed, LANGUAGES_FILE};
use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind};
use fluent_syntax::serializer;
use std::path::{Path, PathBuf};

/// The source language folder.
pub const SOURCE_LOCALE: &str = "en";

/// A place in a file, 1-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// One language folder and its files.
#[derive(Debug)]
pub struct Locale {
    pub code: String,
    pub files: Vec<FtlFile>,
}

impl Locale {
    /// Every message and term of the locale, in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&FtlFile, &Entry)> {
        self.files.iter().flat_map(|f| f.entries.iter().map(move |e| (f, e)))
    }

    /// The first definition of `id` (terms carry their `-`).
    pub fn find(&self, id: &str) -> Option<(&FtlFile, &Entry)> {
        self.entries().find(|(_, e)| e.id == id)
    }

    /// Whether `id` is defined, or was meant to be but is broken (inside Junk).
    pub fn knows(&self, id: &str) -> bool {
        self.find(id).is_some() || self.files.iter().any(|f| f.junk_ids.iter().any(|j| j == id))
    }
}

/// One `.ftl` file.
#[derive(Debug)]
pub struct FtlFile {
    /// Relative to the repository root, with `/`: `locales/cy/services/blue-badge.ftl`.
    pub path: String,
    /// Relative to the locale folder: `services/blue-badge.ftl`.
    pub within_locale: String,
    pub entries: Vec<Entry>,
    pub syntax_errors: Vec<SyntaxError>,
    /// Ids at the start of Junk entries: broken, so neither missing nor unknown.
    pub junk_ids: Vec<String>,
    /// Set when the file could not be read at all (permissions, not UTF-8).
    pub read_error: Option<String>,
    /// It starts with a byte order mark, which Fluent does not accept.
    pub bom: bool,
}

#[derive(Debug)]
pub struct SyntaxError {
    pub pos: Pos,
    pub kind: ErrorKind,
}

/// A message or a term.
#[derive(Debug)]
pub struct Entry {
    /// Terms keep their leading `-`, so `-brand` and `brand` stay apart.
    pub id: String,
    pub pos: Pos,
    /// The lines of the `#` comment directly above it.
    pub comment: Vec<String>,
    pub value: Option<PatternInfo>,
    pub attributes: Vec<Attribute>,
    /// The entry re-serialised without its comment: equal text means equal translation.
    pub normalised: String,
}

impl Entry {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }

    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    /// The value (`None`) and each attribute (`Some(name)`), for per-pattern comparisons.
    pub fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &PatternInfo)> {
        self.value
            .iter()
            .map(|p| (None, p))
            .chain(self.attributes.iter().map(|a| (Some(a.name.as_str()), &a.pattern)))
    }

    pub fn pattern(&self, attribute: Option<&str>) -> Option<&PatternInfo> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self.attribute(name).map(|a| &a.pattern),
        }
    }

    /// Whether any text of it has a letter; `{ $weekday } { $date }` has nothing to translate.
    pub fn has_letters(&self) -> bool {
        self.patterns().any(|(_, p)| p.has_letters)
    }
}

#[derive(Debug)]
pub struct Attribute {
    pub name: String,
    pub pos: Pos,
    pub pattern: PatternInfo,
}

/// What one pattern (a value or an attribute, all variants included) uses.
#[derive(Debug, Default)]
pub struct PatternInfo {
    pub variables: Vec<(String, Pos)>,
    pub references: Vec<Reference>,
    pub selects: Vec<Select>,
    pub has_letters: bool,
}

impl PatternInfo {
    pub fn uses_variable(&self, name: &str) -> bool {
        self.variables.iter().any(|(v, _)| v == name)
    }
}

#[derive(Debug)]
pub struct Reference {
    /// Terms keep their leading `-`.
    pub id: String,
    pub attribute: Option<String>,
    pub pos: Pos,
}

#[derive(Debug)]
pub struct Select {
    /// `$count`, or `NUMBER($count)`: the variable, without `$`.
    pub variable: Option<String>,
    pub keys: Vec<VariantKey>,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum VariantKey {
    Name(String),
    Number(String),
}

/// `root/locales/languages.toml`, read as the portal reads it; `Ok(None)` when there is none.
pub fn read_list(root: &Path) -> Result<Option<Vec<Listed>>, ListError> {
    let path = root.join("locales").join(LANGUAGES_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => languages::parse(&text).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ListError { line: 1, column: 1, message: format!("the file could not be read ({e}); it must be UTF-8 text") }),
    }
}

/// How complete language `code` is declared to be: `None` when the list does not name it (it is
/// not served). Without a list every folder is served, and counts as in progress.
pub fn completeness(list: Option<&[Listed]>, code: &str) -> Option<Completeness> {
    match list {
        None => Some(Completeness::InProgress),
        Some(list) => list.iter().find(|l| l.code == code).map(|l| l.completeness),
    }
}

/// Language folders under `root/locales`, English first, then by code.
pub fn load_locales(root: &Path) -> std::io::Result<Vec<Locale>> {
    let dir = root.join("locales");
    let mut codes = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        // As in `i18n.rs`: only a folder named as a language tag is a language.
        if path.is_dir() && name.parse::<unic_langid::LanguageIdentifier>().is_ok() {
            codes.push((name, path));
        }
    }
    codes.sort_by(|a, b| (a.0 != SOURCE_LOCALE, &a.0).cmp(&(b.0 != SOURCE_LOCALE, &b.0)));
    let mut locales = Vec::new();
    for (code, path) in codes {
        let mut files = Vec::new();
        for file in ftl_files(&path)? {
            let within_locale = relative(&path, &file);
            let rel = relative(root, &file);
            files.push(match std::fs::read_to_string(&file) {
                Ok(source) => parse_file(rel, within_locale, &source),
                Err(e) => FtlFile {
                    path: rel,
                    within_locale,
                    entries: Vec::new(),
                    syntax_errors: Vec::new(),
                    junk_ids: Vec::new(),
                    read_error: Some(e.to_string()),
                    bom: false,
                },
            });
        }
        locales.push(Locale { code, files });
    }
    Ok(locales)
}

/// `.ftl` files under `dir`, any depth, sorted. The portal reads its folders with this too.
pub fn ftl_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `path` relative to `base`, always with `/` so reports read the same on every system.
pub fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Line and column (1-based, in characters) of byte `offset`.
pub fn position(source: &str, offset: usize) -> Pos {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos { line, column }
}

/// Where slice `part` starts in `source`, if it is a slice of it.
fn offset_of(source: &str, part: &str) -> Option<usize> {
    let start = source.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + source.len()).then(|| at - start)
}

/// Parses one file's text.
pub fn parse_file(path: String, within_locale: String, source: &str) -> FtlFile {
    let (resource, errors) = match parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let syntax_errors = errors
        .into_iter()
        .map(|e| SyntaxError { pos: position(source, e.pos.start), kind: e.kind })
        .collect();
    let at = |part: &str, back: usize| {
        offset_of(source, part).map_or_else(Pos::default, |o| position(source, o.saturating_sub(back)))
    };
    let mut entries = Vec::new();
    let mut junk_ids = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => entries.push(Entry {
                id: m.id.name.to_owned(),
                pos: at(m.id.name, 0),
                comment: comment_lines(&m.comment),
                value: m.value.as_ref().map(|p| pattern_info(p, &at)),
                attributes: attributes(&m.attributes, &at),
                normalised: normalised(ast::Entry::Message(ast::Message { comment: None, ..m.clone() })),
            }),
            ast::Entry::Term(t) => entries.push(Entry {
                id: format!("-{}", t.id.name),
                pos: at(t.id.name, 1),
                comment: comment_lines(&t.comment),
                value: Some(pattern_info(&t.value, &at)),
                attributes: attributes(&t.attributes, &at),
                normalised: normalised(ast::Entry::Term(ast::Term { comment: None, ..t.clone() })),
            }),
            ast::Entry::Junk { content } => junk_ids.extend(junk_id(content)),
            _ => {}
        }
    }
    FtlFile { path, within_locale, entries, syntax_errors, junk_ids, read_error: None, bom: source.starts_with('\u{feff}') }
}

fn comment_lines(comment: &Option<ast::Comment<&str>>) -> Vec<String> {
    comment.as_ref().map(|c| c.content.iter().map(|l| l.to_string()).collect()).unwrap_or_default()
}

fn normalised(entry: ast::Entry<&str>) -> String {
    serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// The id a broken entry was meant to define: `name =` or `-name =` at its start.
fn junk_id(content: &str) -> Option<String> {
    let line = content.trim_start_matches('\u{feff}').lines().next()?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let bare = id.strip_prefix('-').unwrap_or(id);
    let mut chars = bare.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| id.to_owned())
}

fn attributes(attrs: &[ast::Attribute<&str>], at: &impl Fn(&str, usize) -> Pos) -> Vec<Attribute> {
    attrs
        .iter()
        .map(|a| Attribute { name: a.id.name.to_owned(), pos: at(a.id.name, 1), pattern: pattern_info(&a.value, at) })
        .collect()
}

fn pattern_info(pattern: &ast::Pattern<&str>, at: &impl Fn(&str, usize) -> Pos) -> PatternInfo {
    let mut info = PatternInfo::default();
    walk_pattern(pattern, at, &mut info);
    info
}

fn walk_pattern(pattern: &ast::Pattern<&str>, at: &impl Fn(&str, usize) -> Pos, info: &mut PatternInfo) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                info.has_letters |= value.chars().any(char::is_alphabetic);
            }
            ast::PatternElement::Placeable { expression } => walk_expression(expression, at, info),
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, at: &impl Fn(&str, usize) -> Pos, info: &mut PatternInfo) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, at, info),
        ast::Expression::Select { selector, variants } => {
            let (variable, name) = match selector {
                ast::InlineExpression::VariableReference { id } => (Some(id.name.to_owned()), Some(id.name)),
                // NUMBER($count, …) selects on the number just the same.
                ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                    match arguments.positional.first() {
                        Some(ast::InlineExpression::VariableReference { id }) => {
                            (Some(id.name.to_owned()), Some(id.name))
                        }
                        _ => (None, Some(id.name)),
                    }
                }
                _ => (None, None),
            };
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => VariantKey::Name(name.to_string()),
                    ast::VariantKey::NumberLiteral { value } => VariantKey::Number(value.to_string()),
                })
                .collect();
            let pos = name.map_or_else(Pos::default, |n| at(n, 1));
            info.selects.push(Select { variable, keys, pos });
            walk_inline(selector, at, info);
            for variant in variants {
                walk_pattern(&variant.value, at, info);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, at: &impl Fn(&str, usize) -> Pos, info: &mut PatternInfo) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.push((id.name.to_owned(), at(id.name, 1)));
        }
        ast::InlineExpression::MessageReference { id, attribute } => info.references.push(Reference {
            id: id.name.to_owned(),
            attribute: attribute.as_ref().map(|a| a.name.to_owned()),
            pos: at(id.name, 0),
        }),
        ast::InlineExpression::TermReference { id, attribute, arguments } => {
            info.references.push(Reference {
                id: format!("-{}", id.name),
                attribute: attribute.as_ref().map(|a| a.name.to_owned()),
                pos: at(id.name, 1),
            });
            if let Some(arguments) = arguments {
                walk_arguments(arguments, at, info);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, at, info),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, at, info),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, at: &impl Fn(&str, usize) -> Pos, info: &mut PatternInfo) {
    for argument in &arguments.positional {
        walk_inline(argument, at, info);
    }
    for named in &arguments.named {
        walk_inline(&named.value, at, info);
    }
}
