//! `msdk-codes list`: every code of every table, or of `--table`.

use std::io::{self, Write};

use msdk_codes::{Code, Language, Table};

use crate::code_text::{code_text, code_with_forms, one_line};
use crate::format::Format;
use crate::input::Match;
use crate::match_row::{MATCH_COLUMNS, match_cells};
use crate::table_writer::{self, Cell, Column};

/// A match's columns, and a class's last code.
const JSON_COLUMNS: [Column; MATCH_COLUMNS.len() + 1] = {
    let mut columns = [Column::new("last_code"); MATCH_COLUMNS.len() + 1];
    let mut i = 0;
    while i < MATCH_COLUMNS.len() {
        columns[i] = MATCH_COLUMNS[i];
        i += 1;
    }
    columns
};

/// The tables' own CSV schema: a range on one row, the signed and unsigned
/// forms of a byte code.
const CSV_COLUMNS: [Column; 8] = [
    Column::new("table"),
    Column::new("code"),
    Column::new("signed"),
    Column::new("unsigned"),
    Column::new("name"),
    Column::new("description"),
    Column::new("solution"),
    Column::new("action"),
];

const MARKDOWN_COLUMNS: [Column; 6] = [
    Column::new("Table"),
    Column::new("Code"),
    Column::new("Name"),
    Column::new("Description"),
    Column::new("Solution"),
    Column::new("Action"),
];

/// As wide for one table as for all of them.
const TEXT_COLUMNS: [Column; 5] = [
    Column::new("table").min_width(11),
    Column::new("code"),
    Column::new("name"),
    Column::new("action").min_width(15),
    Column::new("description"),
];

pub fn run(
    out: &mut impl Write,
    only: Option<Table>,
    format: Format,
    language: Language,
) -> io::Result<()> {
    let tables = only.map_or_else(|| Table::ALL.to_vec(), |table| vec![table]);
    let rows = || tables.iter().copied().flat_map(Table::iter);
    // What a row is depends on the format: JSON has an object per code, as
    // `explain` writes them; CSV the tables' schema; Markdown and text a row
    // of the tables for people.
    let (columns, cells): (&[Column], Vec<Vec<Cell>>) = match format {
        Format::Json | Format::Jsonl => (
            &JSON_COLUMNS,
            tables
                .iter()
                .copied()
                .flat_map(code_values)
                .map(|code| {
                    let last = is_class(code).then(|| Cell::number(*code.codes().end()));
                    let cells = match_cells(&Match::of(code), language).into_iter();
                    cells.chain([last.unwrap_or(Cell::Absent)]).collect()
                })
                .collect(),
        ),
        Format::Csv => (
            &CSV_COLUMNS,
            rows().map(|row| csv_cells(row, language)).collect(),
        ),
        Format::Markdown => (
            &MARKDOWN_COLUMNS,
            rows().map(|row| markdown_cells(row, language)).collect(),
        ),
        Format::Text => (
            &TEXT_COLUMNS,
            rows().map(|row| text_cells(row, language)).collect(),
        ),
    };
    table_writer::write(out, format, columns, &cells)
}

/// A range of more codes than this is a class of codes (msdk-logic's
/// `-100~-999`), listed once rather than code by code.
const CLASS_CODES: usize = 64;

/// Whether `row` is a class of codes: a range listed once.
pub fn is_class(row: Code) -> bool {
    row.codes().nth(CLASS_CODES).is_some()
}

/// Every code value of `table`: each code of a range row on its own, a
/// class once, with its first code; a code a single row has inside a class
/// is that row's.
pub fn code_values(table: Table) -> impl Iterator<Item = Code> {
    table.iter().flat_map(move |row| {
        let codes = if is_class(row) {
            let first = *row.codes().start();
            first..=first
        } else {
            row.codes()
        };
        codes.filter_map(move |code| {
            table
                .lookup(code)
                .filter(|found| found.name() == row.name())
        })
    })
}

fn csv_cells(row: Code, language: Language) -> Vec<Cell> {
    let [code, signed, unsigned] = schema_codes(row);
    let text = row.text(language);
    vec![
        Cell::text(row.table().id()),
        Cell::text(code),
        Cell::text(signed),
        Cell::text(unsigned),
        Cell::text(row.name()),
        Cell::text(text.description()),
        Cell::text(text.solution().unwrap_or("")),
        Cell::text(row.action().as_str()),
    ]
}

fn markdown_cells(row: Code, language: Language) -> Vec<Cell> {
    let text = row.text(language);
    vec![
        Cell::text(row.table().id()),
        Cell::text(row_code(row)),
        Cell::text(row.name()),
        Cell::text(text.description()),
        Cell::text(text.solution().unwrap_or("")),
        Cell::text(row.action().as_str()),
    ]
}

fn text_cells(row: Code, language: Language) -> Vec<Cell> {
    vec![
        Cell::text(row.table().id()),
        Cell::text(row_code(row)),
        Cell::text(row.name()),
        Cell::text(row.action().as_str()),
        Cell::text(one_line(row.text(language).description())),
    ]
}

/// The row's codes as the tables' CSV schema writes them: `-21`, `0x9b`,
/// `A~B`, with the signed and unsigned columns of a byte table.
fn schema_codes(row: Code) -> [String; 3] {
    let table = row.table();
    let codes = row.codes();
    let ends: Vec<Code> = [*codes.start(), *codes.end()]
        .into_iter()
        .filter_map(|code| table.lookup(code))
        .collect();
    let spell = |f: &dyn Fn(Code) -> String| match ends[..] {
        [low, high] if low != high => format!("{}~{}", f(low), f(high)),
        [low, ..] => f(low),
        [] => String::new(),
    };
    if table.info().has_byte_codes() {
        [
            spell(&code_text),
            spell(&|code| code.signed().to_string()),
            spell(&|code| code.code().to_string()),
        ]
    } else {
        [spell(&code_text), String::new(), String::new()]
    }
}

/// A row's codes for people: `-21`, `0x74 (116, signed -140)`, `-500009..=-500003`.
fn row_code(row: Code) -> String {
    let codes = row.codes();
    if codes.start() == codes.end() {
        code_with_forms(row)
    } else {
        let table = row.table();
        let end = |code: i32| table.lookup(code).map(code_text).unwrap_or_default();
        format!("{}..={}", end(*codes.start()), end(*codes.end()))
    }
}
