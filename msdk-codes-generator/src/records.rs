//! CSV text to records, each with the line it starts on: RFC 4180 as the
//! csv project's own `csv-core` reads it (quoted fields may hold commas,
//! doubled quotes and line breaks; LF or CRLF; blank lines are skipped).

/// One record of a CSV text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: u64,
    pub fields: Vec<String>,
}

/// Every record of `text`, in order. csv-core accepts any input, so this
/// cannot fail; what a record means is the table's business.
pub fn records(text: &str) -> Vec<Record> {
    let bytes = text.as_bytes();
    let mut reader = csv_core::Reader::new();
    // A record's fields never take more room than its text.
    let mut output = vec![0; bytes.len() + 1];
    let mut ends = vec![0; 16];
    let mut records = Vec::new();
    let mut position = 0;
    let mut line = 1;
    loop {
        let start = position;
        let (mut written, mut fields) = (0, 0);
        loop {
            let (result, read, wrote, ended) = reader.read_record(
                &bytes[position..],
                &mut output[written..],
                &mut ends[fields..],
            );
            position += read;
            written += wrote;
            fields += ended;
            match result {
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputFull => output.resize(output.len() * 2, 0),
                csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                csv_core::ReadRecordResult::Record => break,
                csv_core::ReadRecordResult::End => return records,
            }
        }
        let consumed = &bytes[start..position];
        let blank = consumed
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .filter(|&&b| b == b'\n')
            .count();
        let mut from = 0;
        let fields = ends[..fields]
            .iter()
            .map(|&end| {
                let field = String::from_utf8_lossy(&output[from..end]).into_owned();
                from = end;
                field
            })
            .collect();
        records.push(Record {
            line: line + blank as u64,
            fields,
        });
        line += consumed.iter().filter(|&&b| b == b'\n').count() as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<(u64, Vec<&'static str>)> {
        records(text)
            .into_iter()
            .map(|r| {
                let fields = r.fields.into_iter().map(|f| &*f.leak()).collect();
                (r.line, fields)
            })
            .collect()
    }

    #[test]
    fn quoting_and_lines() {
        assert_eq!(
            fields("a,b\n\"x, \"\"y\"\"\nz\",2\r\n\n\n3,\n"),
            [
                (1, vec!["a", "b"]),
                (2, vec!["x, \"y\"\nz", "2"]),
                (6, vec!["3", ""]),
            ]
        );
    }

    #[test]
    fn no_trailing_newline_and_empty_input() {
        assert_eq!(fields("a\nb"), [(1, vec!["a"]), (2, vec!["b"])]);
        assert!(records("").is_empty());
        assert!(records("\n\r\n").is_empty());
    }

    #[test]
    fn many_fields_and_long_fields() {
        let wide = vec!["x"; 100].join(",");
        assert_eq!(records(&wide)[0].fields.len(), 100);
        let long = "y".repeat(10_000);
        assert_eq!(records(&format!("\"{long}\"\n"))[0].fields, [long]);
    }
}
