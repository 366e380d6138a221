//! CSV text to the table model. Every row keeps the line it came from; every
//! problem is recorded and parsing goes on, so one build reports them all.

use crate::code::{Codes, parse_codes};
use crate::error::Errors;

/// A parsed table: the rows that could be read, in file order.
#[derive(Debug)]
pub struct Table {
    /// Whether the table has `signed`/`unsigned` columns: its codes are bytes
    /// that callers may meet in either form (`0x9b` is `155` and `-101`).
    pub byte_table: bool,
    pub rows: Vec<Row>,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub codes: Codes,
    pub signed: Option<Codes>,
    pub unsigned: Option<Codes>,
    pub name: String,
    pub description: String,
    pub solution: Option<String>,
    pub action: Action,
}

impl Row {
    /// In a byte table: what `signed` adds to the byte, `0` or `-0x100`
    /// (`0x9b` is `-101`, and the source writes `0x70` as `-144`). Taken from
    /// the `signed` cell, else the byte read as i8; `None` for a range that
    /// crosses 0x80 without a `signed` cell, or a `signed` cell that fits no
    /// shift (the validator reports both).
    pub fn signed_shift(&self) -> Option<i32> {
        let codes = self.codes;
        match self.signed {
            Some(signed) => {
                // In i64: a `signed` cell may be any i32, far from the code.
                let gap = |a: i32, b: i32| i64::from(a) - i64::from(b);
                let shift = gap(signed.first, codes.first);
                let fits = matches!(shift, 0 | -0x100)
                    && gap(signed.low, codes.low) == shift
                    && gap(signed.high, codes.high) == shift;
                fits.then_some(shift as i32)
            }
            None if codes.low >= 0x80 => Some(-0x100),
            None if codes.high < 0x80 => Some(0),
            None => None,
        }
    }
}

/// The `action` vocabulary: the primary remedy for a code.
// `UserAction` is the vocabulary's `user_action`, not a stutter.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    None,
    Retry,
    Reauthorize,
    FixRequest,
    SlowDown,
    FixAppConfig,
    UserAction,
    ContactSupport,
}

impl Action {
    pub const ALL: [Action; 8] = [
        Action::None,
        Action::Retry,
        Action::Reauthorize,
        Action::FixRequest,
        Action::SlowDown,
        Action::FixAppConfig,
        Action::UserAction,
        Action::ContactSupport,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Action::None => "none",
            Action::Retry => "retry",
            Action::Reauthorize => "reauthorize",
            Action::FixRequest => "fix_request",
            Action::SlowDown => "slow_down",
            Action::FixAppConfig => "fix_app_config",
            Action::UserAction => "user_action",
            Action::ContactSupport => "contact_support",
        }
    }

    /// The variant's name in the runtime crate's `Action`.
    pub fn variant(self) -> &'static str {
        match self {
            Action::None => "None",
            Action::Retry => "Retry",
            Action::Reauthorize => "Reauthorize",
            Action::FixRequest => "FixRequest",
            Action::SlowDown => "SlowDown",
            Action::FixAppConfig => "FixAppConfig",
            Action::UserAction => "UserAction",
            Action::ContactSupport => "ContactSupport",
        }
    }

    fn from_word(word: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|action| action.word() == word)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Code,
    Name,
    Description,
    Solution,
    Action,
    Signed,
    Unsigned,
}

impl Column {
    const ALL: [(Column, &'static str); 7] = [
        (Column::Code, "code"),
        (Column::Name, "name"),
        (Column::Description, "description"),
        (Column::Solution, "solution"),
        (Column::Action, "action"),
        (Column::Signed, "signed"),
        (Column::Unsigned, "unsigned"),
    ];
    const REQUIRED: [Column; 3] = [Column::Code, Column::Name, Column::Description];

    fn from_header(header: &str) -> Option<Column> {
        Column::ALL
            .into_iter()
            .find(|(_, name)| *name == header)
            .map(|(column, _)| column)
    }

    fn header(self) -> &'static str {
        Column::ALL
            .into_iter()
            .find(|(column, _)| *column == self)
            .map_or("", |(_, name)| name)
    }
}

const COLUMN_LIST: &str = "code, name, description, solution, action, signed, unsigned";

/// Parses a CSV table. Problems go to `errors`; the rows that could be read
/// are returned either way.
pub fn parse(bytes: &[u8], errors: &mut Errors) -> Table {
    let mut table = Table {
        byte_table: false,
        rows: Vec::new(),
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line = 1 + valid.iter().filter(|&&b| b == b'\n').count() as u64;
            errors.at(
                line,
                format!(
                    "the file is not UTF-8 (invalid byte 0x{:02x}); save it as UTF-8",
                    bytes[err.valid_up_to()]
                ),
            );
            return table;
        }
    };

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();

    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(err)) => {
            errors.at(1, format!("cannot read the header row: {err}"));
            return table;
        }
        None => {
            errors.in_file(format!(
                "the table is empty; it needs a header row naming its columns ({COLUMN_LIST}) \
                 and at least one row"
            ));
            return table;
        }
    };
    let header_line = header.position().map_or(1, |p| p.line());
    let Some(columns) = parse_header(&header, header_line, errors) else {
        return table;
    };
    table.byte_table = columns
        .iter()
        .any(|c| matches!(c, Column::Signed | Column::Unsigned));

    let mut records_seen = 0;
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(header_line, |p| p.line());
                errors.at(line, format!("cannot read this row: {err}"));
                continue;
            }
        };
        records_seen += 1;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != columns.len() {
            errors.at(
                line,
                format!(
                    "this row has {} fields but the header has {} ({}); \
                     quote a field that contains a comma, e.g. \"a, b\"",
                    record.len(),
                    columns.len(),
                    columns
                        .iter()
                        .map(|c| c.header())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            );
            continue;
        }
        if let Some(row) = parse_row(&columns, &record, line, errors) {
            table.rows.push(row);
        }
    }
    if records_seen == 0 {
        errors.at(
            header_line,
            "the table has a header but no rows; add one row per code",
        );
    }
    table
}

fn parse_header(header: &csv::StringRecord, line: u64, errors: &mut Errors) -> Option<Vec<Column>> {
    let mut columns = Vec::new();
    let mut ok = true;
    for field in header {
        let name = field.trim();
        match Column::from_header(name) {
            Some(column) if columns.contains(&column) => {
                errors.at(line, format!("column `{name}` appears twice; keep one"));
                ok = false;
            }
            Some(column) => columns.push(column),
            None => {
                errors.at(
                    line,
                    format!("unknown column `{name}`; the columns are {COLUMN_LIST}"),
                );
                ok = false;
            }
        }
    }
    for required in Column::REQUIRED {
        if !columns.contains(&required) {
            errors.at(
                line,
                format!(
                    "the header has no `{}` column; the first line must name the columns, \
                     with at least code, name and description",
                    required.header()
                ),
            );
            ok = false;
        }
    }
    ok.then_some(columns)
}

fn parse_row(
    columns: &[Column],
    record: &csv::StringRecord,
    line: u64,
    errors: &mut Errors,
) -> Option<Row> {
    let mut ok = true;
    let mut codes = None;
    let mut signed = None;
    let mut unsigned = None;
    let mut name = String::new();
    let mut description = String::new();
    let mut solution = None;
    let mut action = Action::None;
    for (column, cell) in columns.iter().zip(record) {
        match column {
            Column::Code => match parse_codes(cell) {
                Ok(value) => codes = Some(value),
                Err(message) => {
                    errors.at(line, format!("code {message}"));
                    ok = false;
                }
            },
            Column::Signed | Column::Unsigned if cell.trim().is_empty() => {}
            Column::Signed | Column::Unsigned => match parse_codes(cell) {
                Ok(value) if *column == Column::Signed => signed = Some(value),
                Ok(value) => unsigned = Some(value),
                Err(message) => {
                    errors.at(line, format!("{} {message}", column.header()));
                    ok = false;
                }
            },
            Column::Name => name = cell.trim().to_owned(),
            Column::Description => description = cell.to_owned(),
            Column::Solution => {
                solution = Some(cell.to_owned()).filter(|s| !s.trim().is_empty());
            }
            Column::Action => match cell.trim() {
                "" => {}
                word => match Action::from_word(word) {
                    Some(value) => action = value,
                    None => {
                        errors.at(
                            line,
                            format!(
                                "unknown action `{word}`; use one of {}",
                                Action::ALL.map(Action::word).join(", ")
                            ),
                        );
                        ok = false;
                    }
                },
            },
        }
    }
    Some(Row {
        line,
        codes: codes?,
        signed,
        unsigned,
        name,
        description,
        solution,
        action,
    })
    .filter(|_| ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Table, Vec<String>) {
        let mut errors = Errors::new("t.csv");
        let table = parse(text.as_bytes(), &mut errors);
        let messages = errors.into_vec().iter().map(|e| e.to_string()).collect();
        (table, messages)
    }

    #[test]
    fn rows_keep_their_lines_and_text() {
        let (table, errors) = parse_str(
            "code,name,description,solution,action\n\
             -21,TokenDeprecated,access_token has been deprecated,Reauthorize,reauthorize\n\
             \"0x10~0x11\",BadAppid,\"a, \"\"quoted\"\"\nline\",,\n\
             5,Five,five,,retry\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!table.byte_table);
        let lines: Vec<u64> = table.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 3, 5]);
        let row = &table.rows[1];
        assert_eq!(row.description, "a, \"quoted\"\nline");
        assert_eq!(row.solution, None);
        assert_eq!(row.action, Action::None);
        assert_eq!((row.codes.low, row.codes.high), (16, 17));
        assert_eq!(table.rows[0].action, Action::Reauthorize);
        assert_eq!(table.rows[2].action, Action::Retry);
    }

    #[test]
    fn columns_in_any_order_with_bom_and_crlf() {
        let (table, errors) = parse_str("\u{feff}description,code,name\r\n说明,7,Seven\r\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(table.rows[0].description, "说明");
        assert_eq!(table.rows[0].codes.first, 7);
        assert_eq!(table.rows[0].name, "Seven");
    }

    #[test]
    fn a_signed_cell_far_from_its_code_is_no_shift() {
        let (table, errors) =
            parse_str("code,signed,name,description\n0x1,-2147483648,A,a\n0xff,2147483647,B,b\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(table.rows[0].signed_shift(), None);
        assert_eq!(table.rows[1].signed_shift(), None);
    }

    #[test]
    fn signed_columns_make_a_byte_table() {
        let (table, errors) =
            parse_str("code,signed,unsigned,name,description\n0x9b,-101,155,A,a\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert!(table.byte_table);
        assert_eq!(table.rows[0].signed.map(|c| c.first), Some(-101));
        assert_eq!(table.rows[0].unsigned.map(|c| c.first), Some(155));
    }

    #[test]
    fn header_errors_name_the_column() {
        let (_, errors) = parse_str("code,name,description,colour\n1,A,a,red\n");
        assert_eq!(
            errors,
            [
                "t.csv:1: unknown column `colour`; the columns are code, name, description, solution, action, signed, unsigned"
            ]
        );
        let (_, errors) = parse_str("code,name\n1,A\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("t.csv:1: the header has no `description` column"));
    }

    #[test]
    fn every_bad_row_is_reported() {
        let (table, errors) = parse_str(
            "code,name,description,action\n\
             x1,A,a,\n\
             1,B,b,maybe\n\
             2,C,c\n\
             3,D,d,retry\n\
             99999999999,E,e,\n",
        );
        assert_eq!(table.rows.len(), 1);
        assert_eq!(errors.len(), 4, "{errors:#?}");
        assert!(errors[0].starts_with("t.csv:2: code `x1` is not an integer"));
        assert!(errors[1].starts_with("t.csv:3: unknown action `maybe`"));
        assert!(errors[2].starts_with("t.csv:4: this row has 3 fields but the header has 4"));
        assert!(errors[3].starts_with("t.csv:6: code `99999999999` is beyond i32"));
    }

    #[test]
    fn empty_tables_and_bad_encoding() {
        let (_, errors) = parse_str("");
        assert!(errors[0].starts_with("t.csv: the table is empty"));
        let (_, errors) = parse_str("code,name,description\n");
        assert!(errors[0].starts_with("t.csv:1: the table has a header but no rows"));
        let mut errors = Errors::new("t.csv");
        parse(b"code,name,description\n1,A,caf\xe9\n", &mut errors);
        let errors = errors.into_vec();
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[0].message.contains("not UTF-8 (invalid byte 0xe9)"));
    }
}
