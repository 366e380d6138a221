//! CSV text to the table model. Every row keeps the line it came from; every
//! problem is recorded and parsing goes on, so one build reports them all.

use crate::action::Action;
use crate::code::{Codes, parse_codes};
use crate::column::{DeclaredColumn, Value};
use crate::error::Errors;
use crate::records::{Record, records};

/// A parsed table: the rows that could be read, in file order.
#[derive(Debug, Clone)]
pub struct Table {
    /// Whether the table has `signed`/`unsigned` columns: its codes are bytes
    /// that callers may meet in either form (`0x9b` is `155` and `-101`).
    pub byte_table: bool,
    /// Whether every `code` cell is written in hex, as the OIDB tables are:
    /// the generated `Display` shows the codes in hex too.
    pub hex: bool,
    /// The columns the macro call declared, in the order it declared them.
    pub declared: Vec<DeclaredColumn>,
    pub rows: Vec<Row>,
    /// Rows with a cell that could not be read: what a stub needs of them.
    pub rejected: Vec<Rejected>,
}

/// A row that could not be read whole: its name, its description and, if
/// it could be read, its code; what the checks of names and descriptions and
/// a stub need of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub line: u64,
    pub name: String,
    /// `None` when the header has no `description` column, so there is
    /// nothing of the row's own to check.
    pub description: Option<String>,
    pub description_zh: Option<String>,
    pub codes: Option<Codes>,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub codes: Codes,
    pub signed: Option<Codes>,
    pub unsigned: Option<Codes>,
    pub name: String,
    /// The English description; empty where the table has the row in
    /// Chinese only.
    pub description: String,
    pub solution: Option<String>,
    /// The Chinese description and solution, where the table has them.
    pub description_zh: Option<String>,
    pub solution_zh: Option<String>,
    pub action: Action,
    /// One value per declared column, in the order of `Table::declared`.
    pub values: Vec<Value>,
}

impl Row {
    /// What `description()` returns: the English description, or the
    /// Chinese where the row has no English.
    pub fn description(&self) -> &str {
        match &self.description_zh {
            Some(zh) if self.description.trim().is_empty() => zh,
            _ => &self.description,
        }
    }

    /// What `solution()` returns: the solution in `description()`'s language.
    pub fn solution(&self) -> Option<&str> {
        if self.has_english() {
            self.solution.as_deref()
        } else {
            self.solution_zh.as_deref()
        }
    }

    /// Whether the row has an English description.
    pub fn has_english(&self) -> bool {
        !self.description.trim().is_empty() || self.description_zh.is_none()
    }

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

/// A column of the header: one the format defines, or one the call declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Code,
    Name,
    Description,
    Solution,
    DescriptionZh,
    SolutionZh,
    Action,
    Signed,
    Unsigned,
    /// The index in the declared columns.
    Declared(usize),
    /// A column the header should not have (unknown, or there twice): its
    /// cells are skipped, so the rows can still be read.
    Ignored,
}

/// The columns the format defines, by header name.
pub const BUILT_IN_COLUMNS: [&str; 9] = [
    "code",
    "name",
    "description",
    "solution",
    "description_zh",
    "solution_zh",
    "action",
    "signed",
    "unsigned",
];

impl Column {
    const BUILT_IN: [Column; 9] = [
        Column::Code,
        Column::Name,
        Column::Description,
        Column::Solution,
        Column::DescriptionZh,
        Column::SolutionZh,
        Column::Action,
        Column::Signed,
        Column::Unsigned,
    ];
    const REQUIRED: [Column; 3] = [Column::Code, Column::Name, Column::Description];

    fn from_header(header: &str, declared: &[DeclaredColumn]) -> Option<Column> {
        BUILT_IN_COLUMNS
            .iter()
            .position(|name| *name == header)
            .map(|index| Column::BUILT_IN[index])
            .or_else(|| {
                declared
                    .iter()
                    .position(|column| column.name == header)
                    .map(Column::Declared)
            })
    }

    fn header(self, declared: &[DeclaredColumn]) -> String {
        match self {
            Column::Declared(index) => declared[index].name.to_string(),
            Column::Ignored => String::new(),
            column => {
                let index = Column::BUILT_IN.iter().position(|c| *c == column);
                index.map_or_else(String::new, |index| BUILT_IN_COLUMNS[index].to_owned())
            }
        }
    }
}

impl Table {
    /// A table with no rows, whose declared columns are `declared`.
    pub fn empty(declared: &[DeclaredColumn]) -> Table {
        Table {
            byte_table: false,
            hex: false,
            declared: declared.to_vec(),
            rows: Vec::new(),
            rejected: Vec::new(),
        }
    }
}

/// Parses a CSV table whose declared columns are `declared`. Problems go to
/// `errors`; the rows that could be read are returned either way.
pub fn parse(bytes: &[u8], declared: &[DeclaredColumn], errors: &mut Errors) -> Table {
    let mut table = Table::empty(declared);
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

    let mut records = records(text).into_iter();
    let Some(header) = records.next() else {
        errors.in_file(format!(
            "the table is empty; it needs a header row naming its columns ({}) \
             and at least one row",
            BUILT_IN_COLUMNS.join(", ")
        ));
        return table;
    };
    let Some(Header {
        columns,
        rows_checkable,
    }) = parse_header(&header, declared, errors)
    else {
        return table;
    };
    table.byte_table = columns
        .iter()
        .any(|c| matches!(c, Column::Signed | Column::Unsigned));

    let mut records_seen = 0;
    let mut hex = true;
    for record in records {
        records_seen += 1;
        let line = record.line;
        if record.fields.len() != columns.len() {
            let names: Vec<String> = columns.iter().map(|c| c.header(declared)).collect();
            errors.at(
                line,
                format!(
                    "this row has {} fields but the header has {} ({}); \
                     quote a field that contains a comma, e.g. \"a, b\"",
                    record.fields.len(),
                    columns.len(),
                    names.join(",")
                ),
            );
            continue;
        }
        if let Some(code) = columns.iter().position(|c| *c == Column::Code) {
            hex &= is_hex(&record.fields[code]);
        }
        match parse_row(&columns, &record, declared, errors) {
            Ok(row) if rows_checkable => table.rows.push(row),
            // Without all the columns a row needs, its name and code are
            // kept for the stub, and nothing else is checked.
            Ok(row) => table.rejected.push(Rejected {
                line: row.line,
                name: row.name,
                description: None,
                description_zh: None,
                codes: Some(row.codes),
            }),
            Err(rejected) => table.rejected.push(rejected),
        }
    }
    table.hex = hex && records_seen > 0;
    if records_seen == 0 {
        errors.at(
            header.line,
            "the table has a header but no rows; add one row per code",
        );
    }
    table
}

/// Whether a code cell is written in hex (`0x47`, `0x32~0x36`).
fn is_hex(cell: &str) -> bool {
    cell.split('~').all(|code| {
        let code = code.trim();
        let code = code.strip_prefix('-').unwrap_or(code);
        code.starts_with("0x") || code.starts_with("0X")
    })
}

/// The header's columns, in the file's order.
struct Header {
    columns: Vec<Column>,
    /// Whether the header has every column the rows' checks need; without
    /// one, the rows are read for their names and codes only.
    rows_checkable: bool,
}

/// The header, reported whole. `None` when no row can be read without it
/// (no `code` or no `name` column); otherwise the rows are read even when
/// the header has problems, so that the stub keeps their variants and the
/// caller's code naming them adds no errors.
fn parse_header(
    header: &Record,
    declared: &[DeclaredColumn],
    errors: &mut Errors,
) -> Option<Header> {
    let line = header.line;
    let mut columns = Vec::new();
    for field in &header.fields {
        let name = field.trim();
        match Column::from_header(name, declared) {
            Some(column) if columns.contains(&column) => {
                errors.at(line, format!("column `{name}` appears twice; keep one"));
                columns.push(Column::Ignored);
            }
            Some(column) => columns.push(column),
            None => {
                let declare = if crate::column::is_snake_case(name) {
                    format!("`{name}: &str` (or another type)")
                } else {
                    "it under a snake_case name".to_owned()
                };
                errors.at(
                    line,
                    format!(
                        "unknown column `{name}`; the columns are {}, and the ones the macro \
                         call declares: to keep this one, declare {declare} in braces after the \
                         table's path, `enum Name => \"file.csv\" {{ ... }};`",
                        BUILT_IN_COLUMNS.join(", ")
                    ),
                );
                columns.push(Column::Ignored);
            }
        }
    }
    let mut rows_checkable = true;
    for required in Column::REQUIRED {
        if !columns.contains(&required) {
            errors.at(
                line,
                format!(
                    "the header has no `{}` column; the first line must name the columns, \
                     with at least code, name and description",
                    required.header(declared)
                ),
            );
            rows_checkable = false;
        }
    }
    for (index, column) in declared.iter().enumerate() {
        if !columns.contains(&Column::Declared(index)) {
            errors.at(
                line,
                format!(
                    "the macro call declares the column `{}` but the header has none; add it \
                     to the header (and a cell to every row), or remove the declaration",
                    column.name
                ),
            );
        }
    }
    let readable = columns.contains(&Column::Code) && columns.contains(&Column::Name);
    readable.then_some(Header {
        columns,
        rows_checkable,
    })
}

fn parse_row(
    columns: &[Column],
    record: &Record,
    declared: &[DeclaredColumn],
    errors: &mut Errors,
) -> Result<Row, Rejected> {
    let line = record.line;
    let mut ok = true;
    let mut codes = None;
    let mut signed = None;
    let mut unsigned = None;
    let mut name = String::new();
    let mut description = String::new();
    let mut solution = None;
    let mut description_zh = None;
    let mut solution_zh = None;
    let mut action = Action::UNCLASSIFIED;
    let mut values = vec![Value::None; declared.len()];
    for (column, cell) in columns.iter().zip(&record.fields) {
        match *column {
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
                    errors.at(line, format!("{} {message}", column.header(declared)));
                    ok = false;
                }
            },
            Column::Name => name = cell.trim().to_owned(),
            Column::Description => description = cell.clone(),
            Column::Solution => {
                solution = Some(cell.clone()).filter(|s| !s.trim().is_empty());
            }
            Column::DescriptionZh => {
                description_zh = Some(cell.clone()).filter(|s| !s.trim().is_empty());
            }
            Column::SolutionZh => {
                solution_zh = Some(cell.clone()).filter(|s| !s.trim().is_empty());
            }
            Column::Action => match cell.trim() {
                "" => {}
                word => match Action::from_word(word) {
                    Some(value) => action = value,
                    None => {
                        let hint = if word == "none" {
                            " (a success row is `success`)"
                        } else {
                            ""
                        };
                        errors.at(
                            line,
                            format!(
                                "unknown action `{word}`{hint}; use one of {}, or leave the \
                                 cell empty (unclassified)",
                                crate::action::WORDS.join(", ")
                            ),
                        );
                        ok = false;
                    }
                },
            },
            Column::Ignored => {}
            Column::Declared(index) => {
                let column = &declared[index];
                match column.ty.parse(cell) {
                    Ok(value) => values[index] = value,
                    Err(message) => {
                        errors.at(line, format!("column {}: {message}", column.name));
                        ok = false;
                    }
                }
            }
        }
    }
    match codes {
        Some(codes) if ok => Ok(Row {
            line,
            codes,
            signed,
            unsigned,
            name,
            description,
            solution,
            description_zh,
            solution_zh,
            action,
            values,
        }),
        codes => Err(Rejected {
            line,
            name,
            description: Some(description),
            description_zh,
            codes,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Table, Vec<String>) {
        let mut errors = Errors::new("t.csv");
        let table = parse(text.as_bytes(), &[], &mut errors);
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
        assert_eq!(row.action, Action::UNCLASSIFIED);
        assert_eq!((row.codes.low, row.codes.high), (16, 17));
        assert_eq!(table.rows[0].action.word(), "reauthorize");
        assert_eq!(table.rows[2].action.word(), "retry");
        assert!(!table.hex);
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
        assert!(table.hex);
        assert_eq!(table.rows[0].signed.map(|c| c.first), Some(-101));
        assert_eq!(table.rows[0].unsigned.map(|c| c.first), Some(155));
    }

    #[test]
    fn header_errors_name_the_column() {
        let (_, errors) = parse_str("code,name,description,colour\n1,A,a,red\n");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with(
                "t.csv:1: unknown column `colour`; the columns are code, name, description, solution, description_zh, solution_zh, action, signed, unsigned, and the ones the macro call declares: to keep this one, declare `colour: &str`"
            ),
            "{errors:?}"
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
        let rejected: Vec<(u64, &str, bool)> = table
            .rejected
            .iter()
            .map(|r| (r.line, r.name.as_str(), r.codes.is_some()))
            .collect();
        assert_eq!(rejected, [(2, "A", false), (3, "B", true), (6, "E", false)]);
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
        parse(b"code,name,description\n1,A,caf\xe9\n", &[], &mut errors);
        let errors = errors.into_vec();
        assert_eq!(errors[0].line, Some(2));
        assert!(errors[0].message.contains("not UTF-8 (invalid byte 0xe9)"));
    }

    fn declared(text: &str) -> Vec<DeclaredColumn> {
        let input = format!("[::msdk_codes] enum E => \"e.csv\" {{ {text} }}");
        let input = crate::input::parse(input.parse().unwrap()).unwrap();
        input.tables.unwrap().remove(0).columns
    }

    #[test]
    fn declared_columns_are_read_by_type() {
        let columns = declared("http_status: u16, retry_after_ms: Option<u32>");
        let mut errors = Errors::new("t.csv");
        let table = parse(
            b"retry_after_ms,code,name,description,http_status\n\
              ,1,A,a,404\n\
              250,2,B,b,0x1F4\n\
              x,3,C,c,70000\n\
              ,4,D,d,\n",
            &columns,
            &mut errors,
        );
        let errors: Vec<String> = errors.into_vec().iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                "t.csv:4: column retry_after_ms: `x` is not an integer; write it as Rust does: 404, -1, 0x1F, 1_000",
                "t.csv:4: column http_status: 70000 does not fit u16 (0..=65535); write a value in that range or declare a wider type",
                "t.csv:5: column http_status: the cell is empty; give it a u16 value, or declare the column as Option<u16>",
            ]
        );
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].values, [Value::Integer(404), Value::None]);
        assert_eq!(
            table.rows[1].values,
            [
                Value::Integer(500),
                Value::Some(Box::new(Value::Integer(250)))
            ]
        );
    }

    #[test]
    fn a_declared_column_missing_from_the_header() {
        let columns = declared("level: &str");
        let mut errors = Errors::new("t.csv");
        parse(b"code,name,description\n1,A,a\n", &columns, &mut errors);
        let errors = errors.into_vec();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .message
                .starts_with("the macro call declares the column `level` but the header has none"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_none_action_gets_a_hint() {
        let (_, errors) = parse_str("code,name,description,action\n0,Ok,ok,none\n");
        assert!(
            errors[0].contains("unknown action `none` (a success row is `success`)"),
            "{errors:?}"
        );
    }
}
