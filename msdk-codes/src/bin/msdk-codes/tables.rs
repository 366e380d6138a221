//! `msdk-codes tables`: the tables, with their ids, titles, sources, and
//! counts of rows and of codes.

use std::io::{self, Write};

use msdk_codes::Table;

use crate::format::Format;
use crate::table_writer::{self, Cell, Column};

const COLUMNS: [Column; 5] = [
    Column::new("id").markdown_header("Id"),
    Column::new("title").markdown_header("Title"),
    Column::new("source").markdown_header("Source"),
    Column::new("rows").markdown_header("Rows"),
    Column::new("codes").markdown_header("Codes"),
];

/// For people: the counts first, the source under the title.
const TEXT_COLUMNS: [Column; 4] = [
    Column::new("id").min_width(11),
    Column::new("rows").right_aligned(),
    Column::new("codes").right_aligned(),
    Column::new("title / source"),
];

pub fn run(out: &mut impl Write, format: Format) -> io::Result<()> {
    if format == Format::Text {
        let rows = Table::ALL.map(|table| {
            let info = table.info();
            [
                Cell::text(info.id()),
                row_count(table),
                code_count(table),
                Cell::text(format!("{}\n{}", info.title(), info.source())),
            ]
        });
        table_writer::write(out, format, &TEXT_COLUMNS, &rows)
    } else {
        let rows = Table::ALL.map(|table| {
            let info = table.info();
            [
                Cell::text(info.id()),
                Cell::text(info.title()),
                Cell::text(info.source()),
                row_count(table),
                code_count(table),
            ]
        });
        table_writer::write(out, format, &COLUMNS, &rows)
    }
}

fn row_count(table: Table) -> Cell {
    Cell::number(table.rows())
}

/// The codes the table knows: each code of a range row on its own, a code
/// a single row has inside a class of codes once.
fn code_count(table: Table) -> Cell {
    let ranges: Vec<_> = table
        .iter()
        .map(msdk_codes::Code::codes)
        .filter(|codes| codes.start() != codes.end())
        .collect();
    let in_ranges: u64 = ranges
        .iter()
        .map(|codes| u64::from(codes.end().abs_diff(*codes.start())) + 1)
        .sum();
    let singles = table
        .iter()
        .filter(|row| row.codes().start() == row.codes().end())
        .filter(|row| !ranges.iter().any(|codes| codes.contains(&row.code())))
        .count() as u64;
    Cell::number(in_ranges + singles)
}
