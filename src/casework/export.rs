//! The queue as CSV. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a
//! tab or carriage return first) is neutralised with a leading apostrophe, so an applicant's
//! answer can never run as a formula on a caseworker's computer.

/// One CSV cell: quoted when needed, and neutralised against formula injection.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    if neutral.contains([',', '"', '\n', '\r']) || neutral.starts_with(' ') || neutral.ends_with(' ') {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// A CSV document: a header row and the rows, with CRLF line ends (RFC 4180).
pub fn csv<'a>(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    let line = |cells: &[String]| cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n";
    out.push_str(&line(header));
    for row in rows {
        out.push_str(&line(&row));
    }
    let _: Option<&'a str> = None;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_special_characters_quoted() {
        assert_eq!(cell("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assert_eq!(cell("+44 20"), "'+44 20");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(csv(&["a".into(), "b".into()], [vec!["1".into(), "=2".into()]]), "a,b\r\n1,'=2\r\n");
    }
}
