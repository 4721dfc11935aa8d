//! Which message ids the code uses: string literals in `src/**/*.rs` and in the service
//! definitions `src/services/definitions/*.toml`.
//!
//! * A literal equal to an English message id is a *use* (ids live in tables, `match` arms and
//!   constants as often as in calls).
//! * A literal is a *claim* (it must exist in English) when it is the id argument of
//!   `t!(i18n, "id", …)`, `.t("id")` or `.t_args("id", …)`, or the value of a definition key that
//!   holds message ids (`title`, `label`, `hint`, `body = [ … ]`, … see [`is_message_key`]).
//! * `// l10n: uses month-* weekday-*` anywhere in a `.rs` file marks every English id with one
//!   of those prefixes as used (a pattern without `*` names one id), for ids built at run time.
//! * `format!("status-{…}")` whose fixed start is the start of English ids, with no `l10n: uses`
//!   pattern covering it, is reported so that such a comment gets written.
//!
//! `src/l10n/` itself is not scanned: its tests are full of example ids.

use super::catalog::{position, relative, Pos};
use std::path::{Path, PathBuf};

/// A string literal in the code.
#[derive(Debug, Clone, PartialEq)]
pub struct Literal {
    pub file: String,
    pub pos: Pos,
    pub value: String,
    /// It is in a place where only a message id can be.
    pub claimed: bool,
}

/// A `// l10n: uses` pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct UsesPattern {
    pub file: String,
    pub pos: Pos,
    /// `month-*` or an exact id.
    pub pattern: String,
}

impl UsesPattern {
    pub fn matches(&self, id: &str) -> bool {
        match self.pattern.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => id == self.pattern,
        }
    }
}

/// `format!("prefix-{…}")`: an id may be built here.
#[derive(Debug, Clone, PartialEq)]
pub struct Dynamic {
    pub file: String,
    pub pos: Pos,
    /// The literal text before its first `{`.
    pub prefix: String,
}

/// What the scan found in every file.
#[derive(Debug, Default)]
pub struct CodeUsage {
    pub literals: Vec<Literal>,
    pub uses: Vec<UsesPattern>,
    pub dynamic: Vec<Dynamic>,
    /// Files that could not be read, with the reason.
    pub unreadable: Vec<(String, String)>,
}

/// Scans `root/src` (Rust) and `root/src/services/definitions` (TOML).
pub fn scan(root: &Path) -> CodeUsage {
    let mut usage = CodeUsage::default();
    let mut rust = Vec::new();
    collect(&root.join("src"), "rs", &root.join("src").join("l10n"), &mut rust);
    for file in rust {
        match std::fs::read_to_string(&file) {
            Ok(text) => scan_rust(&relative(root, &file), &text, &mut usage),
            Err(e) => usage.unreadable.push((relative(root, &file), e.to_string())),
        }
    }
    let definitions = root.join("src").join("services").join("definitions");
    let mut toml = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&definitions) {
        toml.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "toml")));
    }
    toml.sort();
    for file in toml {
        match std::fs::read_to_string(&file) {
            Ok(text) => scan_toml(&relative(root, &file), &text, &mut usage),
            Err(e) => usage.unreadable.push((relative(root, &file), e.to_string())),
        }
    }
    usage
}

fn collect(dir: &Path, ext: &str, skip: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path == skip {
            continue;
        }
        if path.is_dir() {
            collect(&path, ext, skip, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Whether a service definition key holds message ids (a string, or an array of them).
pub fn is_message_key(key: &str) -> bool {
    const KEYS: [&str; 3] = ["before_you_start", "what_happens_next", "declaration"];
    const SUFFIXES: [&str; 12] =
        ["title", "summary", "label", "hint", "heading", "body", "text", "message", "legend", "error", "errors", "paragraphs"];
    KEYS.contains(&key) || SUFFIXES.iter().any(|s| key.ends_with(s))
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Punct(char),
    Str(String, Pos),
}

/// Splits Rust source into identifiers, punctuation and string literals; comments are dropped
/// except for their `l10n: uses` patterns. Numbers come out as identifiers, which is harmless.
fn rust_tokens(file: &str, text: &str, uses: &mut Vec<UsesPattern>) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    let pos = |i: usize| position(text, i);
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'/' && bytes.get(i + 1) == Some(&b'/') {
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            read_uses(file, &text[i..end], pos(i), uses);
            i = end;
        } else if c == b'/' && bytes.get(i + 1) == Some(&b'*') {
            // Block comments nest in Rust.
            let (mut depth, mut j) = (1, i + 2);
            while j < bytes.len() && depth > 0 {
                if bytes[j] == b'/' && bytes.get(j + 1) == Some(&b'*') {
                    depth += 1;
                    j += 2;
                } else if bytes[j] == b'*' && bytes.get(j + 1) == Some(&b'/') {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            read_uses(file, &text[i..j.min(text.len())], pos(i), uses);
            i = j;
        } else if c == b'"' {
            let (value, end) = quoted(text, i + 1);
            tokens.push(Token::Str(value, pos(i)));
            i = end;
        } else if c == b'\'' {
            i = after_quote(text, i);
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
                i += 1;
            }
            let word = &text[start..i];
            let next = bytes.get(i).copied();
            if matches!(word, "r" | "br" | "cr") && matches!(next, Some(b'"') | Some(b'#')) {
                if let Some((value, end)) = raw(text, i) {
                    tokens.push(Token::Str(value, pos(start)));
                    i = end;
                    continue;
                }
            }
            if matches!(word, "b" | "c") && next == Some(b'"') {
                let (value, end) = quoted(text, i + 1);
                tokens.push(Token::Str(value, pos(start)));
                i = end;
                continue;
            }
            tokens.push(Token::Ident(word.to_owned()));
        } else {
            if !c.is_ascii_whitespace() {
                tokens.push(Token::Punct(c as char));
            }
            i += 1;
        }
    }
    tokens
}

/// The body of a `"…"` string starting at `start` (after the quote), escapes decoded, and the
/// offset after its closing quote. An unterminated string runs to the end of the file.
fn quoted(text: &str, start: usize) -> (String, usize) {
    let mut value = String::new();
    let mut chars = text[start..].char_indices();
    while let Some((n, c)) = chars.next() {
        match c {
            '"' => return (value, start + n + 1),
            '\\' => match chars.next() {
                Some((_, 'n')) => value.push('\n'),
                Some((_, 't')) => value.push('\t'),
                Some((_, 'r')) => value.push('\r'),
                Some((_, '0')) => value.push('\0'),
                Some((_, '\n')) => {
                    // A line continuation skips the next line's leading whitespace.
                    let rest = chars.as_str();
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..skip].chars().count() {
                        chars.next();
                    }
                }
                Some((_, other)) => value.push(other),
                None => {}
            },
            _ => value.push(c),
        }
    }
    (value, text.len())
}

/// A raw string `r#"…"#` whose hashes start at `start`; `None` if it is not one (`r#ident`).
fn raw(text: &str, start: usize) -> Option<(String, usize)> {
    let hashes = text[start..].bytes().take_while(|&b| b == b'#').count();
    let open = start + hashes;
    if text.as_bytes().get(open) != Some(&b'"') {
        return None;
    }
    let close = format!("\"{}", "#".repeat(hashes));
    let body_start = open + 1;
    match text[body_start..].find(&close) {
        Some(n) => Some((text[body_start..body_start + n].to_owned(), body_start + n + close.len())),
        None => Some((text[body_start..].to_owned(), text.len())),
    }
}

/// Skips a char literal (`'"'`, `'\''`, `'\u{202E}'`) or a lifetime's quote.
fn after_quote(text: &str, start: usize) -> usize {
    let rest = &text[start + 1..];
    let mut chars = rest.char_indices();
    match chars.next() {
        // `'\''`, `'\n'`, `'\u{202E}'`: the closing quote is the first after the escaped character.
        Some((_, '\\')) => text.get(start + 3..).and_then(|r| r.find('\'')).map_or(text.len(), |n| start + 3 + n + 1),
        Some((_, _)) => match chars.next() {
            Some((n, '\'')) => start + 1 + n + 1,
            _ => start + 1, // a lifetime: 'a
        },
        None => text.len(),
    }
}

/// Reads `l10n: uses a-* b` out of one comment.
fn read_uses(file: &str, comment: &str, pos: Pos, uses: &mut Vec<UsesPattern>) {
    for (n, line) in comment.lines().enumerate() {
        let Some(at) = line.find("l10n: uses") else { continue };
        let patterns = line[at + "l10n: uses".len()..].trim().trim_end_matches("*/");
        for pattern in patterns.split_whitespace() {
            let pattern = pattern.trim_end_matches([',', '.', ';']);
            if !pattern.is_empty() {
                let pos = if n == 0 { pos } else { Pos { line: pos.line + n, column: 1 } };
                uses.push(UsesPattern { file: file.to_owned(), pos, pattern: pattern.to_owned() });
            }
        }
    }
}

fn scan_rust(file: &str, text: &str, usage: &mut CodeUsage) {
    let tokens = rust_tokens(file, text, &mut usage.uses);
    let ident = |n: usize, name: &str| matches!(tokens.get(n), Some(Token::Ident(w)) if w == name);
    let punct = |n: usize, c: char| tokens.get(n) == Some(&Token::Punct(c));
    for (n, token) in tokens.iter().enumerate() {
        let Token::Str(value, pos) = token else { continue };
        // `.t("id")`, `.t_args("id", …)`
        let method = n >= 3
            && punct(n - 1, '(')
            && (ident(n - 2, "t") || ident(n - 2, "t_args"))
            && punct(n - 3, '.');
        let claimed = method || is_t_macro_id(&tokens, n);
        usage.literals.push(Literal { file: file.to_owned(), pos: *pos, value: value.clone(), claimed });
        // `format!("status-{…}")`
        if n >= 3 && punct(n - 1, '(') && punct(n - 2, '!') && ident(n - 3, "format") {
            if let Some((prefix, _)) = value.split_once('{') {
                if !prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                    usage.dynamic.push(Dynamic { file: file.to_owned(), pos: *pos, prefix: prefix.to_owned() });
                }
            }
        }
    }
}

/// Whether the string at `n` is the second argument of `t!(…)`: walk back over the first
/// argument, which may hold brackets but no top-level comma.
fn is_t_macro_id(tokens: &[Token], n: usize) -> bool {
    if n < 2 || tokens[n - 1] != Token::Punct(',') {
        return false;
    }
    let mut depth = 0usize;
    let mut k = n - 1;
    while k > 0 {
        k -= 1;
        match &tokens[k] {
            Token::Punct(')' | ']' | '}') => depth += 1,
            Token::Punct('(' | '[' | '{') if depth > 0 => depth -= 1,
            Token::Punct('(') => {
                return k >= 2
                    && tokens[k - 1] == Token::Punct('!')
                    && tokens[k - 2] == Token::Ident("t".to_owned())
                    && k + 1 < n - 1;
            }
            Token::Punct('[' | '{' | ',' | ';') if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// Finds every string in a service definition with the key it belongs to: `label = "…"`,
/// `body = ["…", "…"]`, `options = [{ value = "…", label = "…" }]`.
fn scan_toml(file: &str, text: &str, usage: &mut CodeUsage) {
    enum Frame {
        /// The document or an inline table: the key last assigned in it.
        Table(Option<String>),
        /// An array: the key it is the value of.
        Array(Option<String>),
    }
    let bytes = text.as_bytes();
    let mut stack = vec![Frame::Table(None)];
    let mut i = 0;
    let mut line_start = true;
    let mut word: Option<String> = None;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'#' => {
                i = text[i..].find('\n').map_or(text.len(), |n| i + n);
                continue;
            }
            b'\n' => {
                line_start = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let at_line_start = std::mem::replace(&mut line_start, false);
        match c {
            // A `[table]` or `[[array of tables]]` header starts a new table.
            b'[' if at_line_start && stack.len() == 1 => {
                i = text[i..].find('\n').map_or(text.len(), |n| i + n);
                stack = vec![Frame::Table(None)];
            }
            b'[' => {
                let key = match stack.last() {
                    Some(Frame::Array(key)) => key.clone(),
                    Some(Frame::Table(key)) => key.clone(),
                    None => None,
                };
                stack.push(Frame::Array(key));
                i += 1;
            }
            b'{' => {
                stack.push(Frame::Table(None));
                i += 1;
            }
            b',' => i += 1,
            b']' | b'}' => {
                if stack.len() > 1 {
                    stack.pop();
                }
                i += 1;
            }
            b'=' => {
                if let (Some(Frame::Table(key)), Some(w)) = (stack.last_mut(), word.take()) {
                    *key = Some(w);
                }
                i += 1;
            }
            b'"' | b'\'' => {
                let pos = position(text, i);
                let (value, end) = toml_string(text, i);
                i = end;
                // A quoted key: `"label" = …`
                if next_significant(text, i) == Some(b'=') {
                    word = Some(value);
                    continue;
                }
                let key = match stack.last() {
                    Some(Frame::Array(key)) | Some(Frame::Table(key)) => key.clone(),
                    None => None,
                };
                let claimed = key.as_deref().is_some_and(is_message_key);
                usage.literals.push(Literal { file: file.to_owned(), pos, value, claimed });
            }
            _ => {
                let start = i;
                while i < bytes.len() && !b" \t\r\n=,[]{}#\"'".contains(&bytes[i]) {
                    i += 1;
                }
                // The last part of a dotted key names the value.
                let w = &text[start..i];
                word = Some(w.rsplit('.').next().unwrap_or(w).to_owned());
            }
        }
    }
}

fn next_significant(text: &str, from: usize) -> Option<u8> {
    text.as_bytes()[from.min(text.len())..].iter().copied().find(|b| !b" \t".contains(b))
}

/// A TOML string at `start`: basic `"…"`, literal `'…'`, or their `"""`/`'''` forms.
fn toml_string(text: &str, start: usize) -> (String, usize) {
    let quote = text.as_bytes()[start];
    let triple = if quote == b'"' { "\"\"\"" } else { "'''" };
    if text[start..].starts_with(triple) {
        let body = start + 3;
        return match text[body..].find(triple) {
            Some(n) => (text[body..body + n].to_owned(), body + n + 3),
            None => (text[body..].to_owned(), text.len()),
        };
    }
    if quote == b'"' {
        quoted(text, start + 1)
    } else {
        match text[start + 1..].find(['\'', '\n']) {
            Some(n) => (text[start + 1..start + 1 + n].to_owned(), start + 1 + n + 1),
            None => (text[start + 1..].to_owned(), text.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rust(text: &str) -> CodeUsage {
        let mut usage = CodeUsage::default();
        scan_rust("src/x.rs", text, &mut usage);
        usage
    }

    fn claimed(usage: &CodeUsage) -> Vec<&str> {
        usage.literals.iter().filter(|l| l.claimed).map(|l| l.value.as_str()).collect()
    }

    #[test]
    fn ids_in_t_macros_and_t_methods_are_claimed_and_other_literals_are_not() {
        let usage = rust(
            r##"fn f() { let a = t!(i, "one"); let b = t!(ctx.i18n(), "two", n = 3);
            i.t("three"); i.t_args("four", &args); let x = "five"; foo(i, "six");
            let r = r#"seven"#; let c = '"'; let l: &'static str = "eight"; }"##,
        );
        assert_eq!(claimed(&usage), ["one", "two", "three", "four"]);
        let all: Vec<&str> = usage.literals.iter().map(|l| l.value.as_str()).collect();
        assert_eq!(all, ["one", "two", "three", "four", "five", "six", "seven", "eight"]);
    }

    #[test]
    fn literals_in_comments_are_ignored_and_positions_are_one_based() {
        let usage = rust("// \"not\"\n/* \"nor\" /* nested */ */\n  x(\"yes\")");
        assert_eq!(usage.literals.len(), 1);
        assert_eq!(usage.literals[0].pos, Pos { line: 3, column: 5 });
    }

    #[test]
    fn uses_comments_and_format_prefixes_are_collected() {
        let usage = rust("// l10n: uses month-* weekday-1\nlet s = i.t(&format!(\"month-{m}\")); format!(\"{id}-hint\");");
        let patterns: Vec<&str> = usage.uses.iter().map(|u| u.pattern.as_str()).collect();
        assert_eq!(patterns, ["month-*", "weekday-1"]);
        assert!(usage.uses[0].matches("month-12") && !usage.uses[1].matches("weekday-2"));
        assert_eq!(usage.dynamic.len(), 1);
        assert_eq!(usage.dynamic[0].prefix, "month-");
    }

    #[test]
    fn definition_values_under_message_keys_are_claimed() {
        let mut usage = CodeUsage::default();
        scan_toml(
            "d.toml",
            "# c \"x\"\nid = \"svc\"\ntitle = \"svc-title\"\nbefore_you_start = [\"b-1\",\n  \"b-2\"]\n\n[[questions]]\nid = \"q\"\nlabel = 'q-label'\noptions = [\n  { value = \"a\", label = \"q-a\", hint = \"q-a-hint\" },\n]\nexclusive = { value = \"none\", label = \"q-none\" }\n",
            &mut usage,
        );
        let claimed = claimed(&usage);
        assert_eq!(claimed, ["svc-title", "b-1", "b-2", "q-label", "q-a", "q-a-hint", "q-none"]);
        assert_eq!(usage.literals.len(), 11);
    }
}
