//! Editing the Fluent text of a service version one message at a time, as the designer does: read
//! a message's value, set it, remove it. Everything else in the file (comments, other messages,
//! blank lines) stays as it was, so an exported file still reads as a translator left it.
//!
//! A message here is `id = value`, the value on the same line and indented lines after it (the
//! shape of every file Portico writes and ships). Attributes and terms are kept as they are.

/// Where each message of `ftl` is: `(id, first line, lines after the last)`.
fn entries(ftl: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut found = Vec::new();
    let mut n = 0;
    while n < lines.len() {
        let Some(id) = message_id(lines[n]) else {
            n += 1;
            continue;
        };
        let start = n;
        n += 1;
        // The value goes on while lines are indented; blank lines belong to it only when an
        // indented line follows them.
        loop {
            let mut m = n;
            while m < lines.len() && lines[m].trim().is_empty() {
                m += 1;
            }
            if m < lines.len() && lines[m].starts_with(' ') {
                n = m + 1;
            } else {
                break;
            }
        }
        found.push((id.to_owned(), start, n));
    }
    found
}

/// The id of a line that starts a message (`id = …`), if it does.
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    (chars.next()?.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some(id)
}

/// The value of message `id` as a person typed it: continuation lines without their indent.
pub fn value(ftl: &str, id: &str) -> Option<String> {
    let lines: Vec<&str> = ftl.lines().collect();
    let (_, start, end) = entries(ftl).into_iter().find(|(found, ..)| found == id)?;
    let first = lines[start].split_once('=').map_or("", |(_, v)| v.trim());
    let rest = &lines[start + 1..end];
    let indent = rest.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !first.is_empty() {
        out.push(first.to_owned());
    }
    out.extend(rest.iter().map(|l| if l.trim().is_empty() { String::new() } else { l[indent..].trim_end().to_owned() }));
    Some(out.join("\n"))
}

/// The ids of every message, in file order.
pub fn ids(ftl: &str) -> Vec<String> {
    entries(ftl).into_iter().map(|(id, ..)| id).collect()
}

/// `ftl` with message `id` set to `value` (in place when it exists, else at the end). A value of
/// several lines keeps them, each continuation indented by four spaces.
pub fn set(ftl: &str, id: &str, value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    let mut lines_of_value = value.trim().lines();
    let mut entry = format!("{id} = {}", lines_of_value.next().unwrap_or_default().trim_end());
    for line in lines_of_value {
        entry.push('\n');
        if !line.trim().is_empty() {
            entry.push_str("    ");
            entry.push_str(line.trim_end());
        }
    }
    let lines: Vec<&str> = ftl.lines().collect();
    match entries(ftl).into_iter().find(|(found, ..)| found == id) {
        Some((_, start, end)) => {
            let mut out: Vec<String> = lines[..start].iter().map(|l| l.to_string()).collect();
            out.push(entry);
            out.extend(lines[end..].iter().map(|l| l.to_string()));
            finish(out)
        }
        None => {
            let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            out.push(entry);
            finish(out)
        }
    }
}

/// `ftl` without message `id` (and without the comment lines just above it, which describe it).
pub fn remove(ftl: &str, id: &str) -> String {
    let lines: Vec<&str> = ftl.lines().collect();
    let Some((_, mut start, end)) = entries(ftl).into_iter().find(|(found, ..)| found == id) else { return ftl.to_owned() };
    while start > 0 && lines[start - 1].starts_with("# ") {
        start -= 1;
    }
    let out: Vec<String> = lines[..start].iter().chain(&lines[end..]).map(|l| l.to_string()).collect();
    finish(out)
}

fn finish(lines: Vec<String>) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// Whether `value` is a Fluent pattern that parses (a `{` must open a placeable: `{ $name }`, or
/// `{"{"}` for a brace). The message why not, when it does not.
pub fn check_value(value: &str) -> Result<(), String> {
    // No words is no message, which is not a mistake of syntax.
    if value.trim().is_empty() {
        return Ok(());
    }
    let source = set("", "x", value);
    match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) if resource.body.len() == 1 && matches!(resource.body[0], fluent_syntax::ast::Entry::Message(_)) => Ok(()),
        Ok(_) => Err("not one message".into()),
        Err((_, errors)) => Err(errors.first().map(|e| e.kind.to_string()).unwrap_or_default()),
    }
}

/// Why a translation cannot be used: the checks of `portico l10n check`, on one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Untranslatable {
    /// Not Fluent that parses.
    Syntax,
    /// It leaves out a variable the English has, or has one the English does not.
    Variables,
    /// A plural variant the language does not have (Welsh has zero, one, two, few, many, other).
    Plural,
}

/// Checks a translation of `english` into language `lang`.
pub fn check_translation(english: &str, translated: &str, lang: &str) -> Result<(), Untranslatable> {
    if translated.trim().is_empty() {
        return Ok(());
    }
    check_value(translated).map_err(|_| Untranslatable::Syntax)?;
    let info = |value: &str| {
        let file = crate::l10n::parse_file("x".into(), "x".into(), &set("", "x", value));
        file.entries.into_iter().next().and_then(|e| e.value)
    };
    let (Some(source), Some(target)) = (info(english), info(translated)) else { return Ok(()) };
    let names = |i: &crate::l10n::PatternInfo| i.variables.iter().map(|(v, _)| v.clone()).collect::<std::collections::BTreeSet<_>>();
    if names(&source) != names(&target) {
        return Err(Untranslatable::Variables);
    }
    if let Some(categories) = crate::l10n::cardinal_categories(lang) {
        let allowed = crate::l10n::category_names(&categories);
        let bad = target.selects.iter().flat_map(|s| &s.keys).any(|k| matches!(k, crate::l10n::VariantKey::Name(n) if !allowed.contains(&n.as_str())));
        if bad {
            return Err(Untranslatable::Plural);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "### Service: litter.\n\n# The page title.\nlitter-title = Report litter\nlitter-hint =\n    First line\n\n    Second line\nlitter-other = Other\n";

    #[test]
    fn a_value_reads_back_as_it_was_typed() {
        assert_eq!(value(FILE, "litter-title").as_deref(), Some("Report litter"));
        assert_eq!(value(FILE, "litter-hint").as_deref(), Some("First line\n\nSecond line"));
        assert_eq!(value(FILE, "missing"), None);
        assert_eq!(ids(FILE), ["litter-title", "litter-hint", "litter-other"]);
    }

    #[test]
    fn setting_a_message_changes_only_that_message() {
        let changed = set(FILE, "litter-hint", "One\r\n\r\nTwo");
        assert_eq!(changed, FILE.replace("litter-hint =\n    First line\n\n    Second line\n", "litter-hint = One\n\n    Two\n"));
        assert_eq!(value(&changed, "litter-hint").as_deref(), Some("One\n\nTwo"));
        let added = set(FILE, "litter-new", "New");
        assert_eq!(added, format!("{FILE}litter-new = New\n"));
        assert_eq!(set("", "a", "b"), "a = b\n");
    }

    #[test]
    fn removing_a_message_takes_its_comment_with_it() {
        assert_eq!(remove(FILE, "litter-title"), FILE.replace("# The page title.\nlitter-title = Report litter\n", ""));
        assert_eq!(remove(FILE, "missing"), FILE);
    }

    #[test]
    fn a_value_must_be_fluent_that_parses() {
        assert!(check_value("Item { $number }").is_ok());
        assert!(check_value("  ").is_ok(), "empty is allowed: the message is removed");
        assert!(check_value("A {\"{\"} brace").is_ok());
        assert!(check_value("A { brace").is_err());
        assert!(check_value("Line\n[one] looks like a variant").is_err());
        let plural = "{ $count ->\n    [one] One item\n   *[other] { $count } items\n}";
        assert_eq!(check_translation(plural, "{ $count ->\n    [one] Un\n    [two] Dau\n   *[other] { $count }\n}", "cy"), Ok(()));
        assert_eq!(check_translation(plural, "{ $count ->\n    [two] Dwa\n   *[other] { $count }\n}", "pl"), Err(Untranslatable::Plural));
        assert_eq!(check_translation("Item { $number }", "Eitem", "cy"), Err(Untranslatable::Variables));
        assert_eq!(check_translation("Item", "Eitem {", "cy"), Err(Untranslatable::Syntax));
    }
}
