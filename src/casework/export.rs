//! The queue as CSV, written by the `csv` crate (RFC 4180 quoting, CRLF line ends). On top of it,
//! a cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
//! return first) is neutralised with a leading apostrophe, so an applicant's answer can never run
//! as a formula on a caseworker's computer.

use std::borrow::Cow;

/// A cell's text made inert for spreadsheets: a would-be formula gets a leading apostrophe.
pub fn neutralise(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// A CSV document: a header row and the rows, every cell neutralised, quoted where RFC 4180
/// needs it (a comma, a quote, a line break), with CRLF line ends.
pub fn csv(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> Result<String, csv::Error> {
    // Flexible: a row may be shorter or longer than the header, as it could before the crate.
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    writer.write_record(header.iter().map(|c| neutralise(c).into_owned()))?;
    for row in rows {
        writer.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    let bytes = writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    // Every cell came in as UTF-8 and the writer adds only ASCII, so this cannot fail; still no panic.
    String::from_utf8(bytes).map_err(|e| csv::Error::from(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row of one cell, under a header `h`.
    fn cell(value: &str) -> String {
        let document = csv(&["h".into()], [vec![value.to_owned()]]).unwrap();
        document.strip_prefix("h\r\n").and_then(|rest| rest.strip_suffix("\r\n")).unwrap_or(&document).to_owned()
    }

    #[test]
    fn formulas_are_neutralised_and_special_characters_quoted() {
        assert_eq!(cell("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assert_eq!(cell("+44 20"), "'+44 20");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(csv(&["a".into(), "b".into()], [vec!["1".into(), "=2".into()]]).unwrap(), "a,b\r\n1,'=2\r\n");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted_and_read_back_whole() {
        let awkward = ["Flat 2, High St", "the \"blue\" door", "line one\nline two", "carriage\rreturn", "\tindented"];
        let document = csv(&["a".into(), "b".into(), "c".into(), "d".into(), "e".into()], [awkward.map(String::from).to_vec()]).unwrap();
        assert_eq!(
            document,
            "a,b,c,d,e\r\n\"Flat 2, High St\",\"the \"\"blue\"\" door\",\"line one\nline two\",\"carriage\rreturn\",'\tindented\r\n"
        );
        // A reader gets every cell back as it was, the neutralised one with its apostrophe.
        let mut reader = csv::Reader::from_reader(document.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        let read: Vec<&str> = row.iter().collect();
        assert_eq!(read, ["Flat 2, High St", "the \"blue\" door", "line one\nline two", "carriage\rreturn", "'\tindented"]);
    }

    #[test]
    fn rows_of_another_length_than_the_header_are_still_written() {
        assert_eq!(csv(&["a".into(), "b".into()], [vec!["1".into()], vec!["1".into(), "2".into(), "3".into()]]).unwrap(), "a,b\r\n1\r\n1,2,3\r\n");
    }
}
