//! `scan --summary`'s output: a row per code and table with its count, most
//! frequent first, in any table format.

use std::io::{self, Write};

use msdk_codes::Language;

use super::tally::Key;
use crate::code_text::{code_text, one_line};
use crate::format::Format;
use crate::input::Match;
use crate::match_row::{MATCH_COLUMNS, match_cells};
use crate::table_writer::{self, Cell, Column};

/// The summary's columns in text, CSV and Markdown.
const SUMMARY_COLUMNS: [Column; 6] = [
    Column::new("count").right_aligned().min_width(8),
    Column::new("table"),
    Column::new("code"),
    Column::new("name"),
    Column::new("action"),
    Column::new("description"),
];

pub fn write(
    out: &mut impl Write,
    counts: Vec<(Key, u64)>,
    format: Format,
    language: Language,
) -> io::Result<()> {
    if format == Format::Json {
        let columns: Vec<Column> = [Column::new("count")]
            .into_iter()
            .chain(MATCH_COLUMNS)
            .collect();
        let rows: Vec<Vec<Cell>> = counts
            .into_iter()
            .map(|(key, count)| {
                [Cell::number(count)]
                    .into_iter()
                    .chain(json_cells(key, language))
                    .collect()
            })
            .collect();
        return table_writer::write(out, format, &columns, &rows);
    }
    let rows: Vec<[Cell; 6]> = counts
        .into_iter()
        .map(|(key, count)| {
            let [table, code, name, action, description] = match key {
                Key::Known(code) => [
                    code.table().id().to_owned(),
                    code_text(code),
                    code.name().to_owned(),
                    code.action().as_str().to_owned(),
                    one_line(code.text(language).description()),
                ],
                Key::UnknownRet(ret) => [
                    "unknown".to_owned(),
                    ret.to_string(),
                    String::new(),
                    String::new(),
                    "ret no table knows".to_owned(),
                ],
                Key::UnknownOidb { command, ret } => [
                    "unknown".to_owned(),
                    ret.to_string(),
                    String::new(),
                    String::new(),
                    format!("OIDB command {command:#x} failed with a ret no table knows"),
                ],
            }
            .map(Cell::Text);
            [Cell::number(count), table, code, name, action, description]
        })
        .collect();
    table_writer::write(out, format, &SUMMARY_COLUMNS, &rows)
}

/// A summary row's cells in JSON, after its count: a known code as
/// `explain` writes it, so `code` is a number; a code no table knows with
/// `null` for what a table would say, and its OIDB command if it came
/// through one.
fn json_cells(key: Key, language: Language) -> [Cell; 11] {
    let unknown = |ret: i32, command: Option<u32>| {
        [
            Cell::Absent,
            Cell::Null,
            Cell::number(ret),
            Cell::Absent,
            Cell::Absent,
            Cell::Null,
            Cell::Null,
            Cell::Null,
            Cell::Null,
            Cell::Absent,
            command.map_or(Cell::Absent, |command| Cell::text(format!("{command:#x}"))),
        ]
    };
    match key {
        Key::Known(code) => match_cells(&Match::of(code), language),
        Key::UnknownRet(ret) => unknown(ret, None),
        Key::UnknownOidb { command, ret } => unknown(ret, Some(command)),
    }
}
