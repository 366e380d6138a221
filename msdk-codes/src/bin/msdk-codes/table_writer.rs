//! Headers and rows written in every `--format`: an aligned text table, a
//! JSON array of objects (or, for `jsonl`, an object per line), CSV with a
//! header row, or a Markdown table.
//! `list`, `tables` and `scan --summary` write theirs with [`write`];
//! `explain`, which writes each answer as it comes, takes the CSV and
//! Markdown lines and the JSON object one by one.

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::{Map, Number, Value};

use crate::code_text::one_line;
use crate::format::Format;

/// A column: its name, and how a text table lays it out.
#[derive(Clone, Copy)]
pub struct Column {
    /// The JSON key, the CSV header and, unless `markdown_header` differs,
    /// the Markdown header. A text table writes it in capitals.
    key: &'static str,
    markdown_header: &'static str,
    right_aligned: bool,
    min_width: usize,
}

impl Column {
    pub const fn new(key: &'static str) -> Column {
        Column {
            key,
            markdown_header: key,
            right_aligned: false,
            min_width: 0,
        }
    }

    /// The Markdown header, where it is not the key (`Id` for `id`).
    pub const fn markdown_header(self, header: &'static str) -> Column {
        Column {
            markdown_header: header,
            ..self
        }
    }

    /// Numbers in a text table: aligned to the right.
    pub const fn right_aligned(self) -> Column {
        Column {
            right_aligned: true,
            ..self
        }
    }

    /// At least this wide in a text table, whatever its cells.
    pub const fn min_width(self, width: usize) -> Column {
        Column {
            min_width: width,
            ..self
        }
    }
}

/// One value of a row.
pub enum Cell {
    Text(String),
    /// A JSON number; its digits elsewhere.
    Number(Number),
    /// JSON's `null`; empty elsewhere.
    Null,
    /// No key in JSON; empty elsewhere.
    Absent,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    pub fn number(number: impl Into<Number>) -> Cell {
        Cell::Number(number.into())
    }

    fn as_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => Cow::Borrowed(text),
            Cell::Number(number) => Cow::Owned(number.to_string()),
            Cell::Null | Cell::Absent => Cow::Borrowed(""),
        }
    }
}

/// Writes the rows under `columns` in `format`. Each row has a cell per
/// column.
pub fn write<R: AsRef<[Cell]>>(
    out: &mut impl Write,
    format: Format,
    columns: &[Column],
    rows: &[R],
) -> io::Result<()> {
    match format {
        Format::Text => text_table(out, columns, rows),
        Format::Json => {
            let objects: Vec<Value> = rows
                .iter()
                .map(|row| object(columns, row.as_ref()))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &objects)?;
            writeln!(out)
        }
        Format::Jsonl => rows.iter().try_for_each(|row| {
            serde_json::to_writer(&mut *out, &object(columns, row.as_ref()))?;
            writeln!(out)
        }),
        Format::Csv => {
            csv_header(out, columns)?;
            rows.iter().try_for_each(|row| csv_row(out, row.as_ref()))
        }
        Format::Markdown => {
            markdown_header(out, columns)?;
            rows.iter()
                .try_for_each(|row| markdown_row(out, row.as_ref()))
        }
    }
}

/// A row as a JSON object, keyed by the columns.
pub fn object(columns: &[Column], cells: &[Cell]) -> Value {
    debug_assert_eq!(columns.len(), cells.len());
    let mut object = Map::new();
    for (column, cell) in columns.iter().zip(cells) {
        let value = match cell {
            Cell::Text(text) => Value::String(text.clone()),
            Cell::Number(number) => Value::Number(number.clone()),
            Cell::Null => Value::Null,
            Cell::Absent => continue,
        };
        object.insert(column.key.to_owned(), value);
    }
    Value::Object(object)
}

/// The CSV header row.
pub fn csv_header(out: &mut impl Write, columns: &[Column]) -> io::Result<()> {
    csv_record(out, columns.iter().map(|column| column.key))
}

/// One CSV row, written through at once.
pub fn csv_row(out: &mut impl Write, cells: &[Cell]) -> io::Result<()> {
    let fields: Vec<Cow<str>> = cells.iter().map(Cell::as_text).collect();
    csv_record(out, fields.iter().map(|field| field.as_bytes()))
}

fn csv_record<T: AsRef<[u8]>>(
    out: &mut impl Write,
    fields: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(fields)?;
    writer.flush()
}

/// The Markdown header and the line under it.
pub fn markdown_header(out: &mut impl Write, columns: &[Column]) -> io::Result<()> {
    let headers: Vec<&str> = columns
        .iter()
        .map(|column| column.markdown_header)
        .collect();
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(columns.len()))
}

/// One Markdown row: each cell on one line, its `|`s escaped.
pub fn markdown_row(out: &mut impl Write, cells: &[Cell]) -> io::Result<()> {
    let cells: Vec<String> = cells
        .iter()
        .map(|cell| one_line(&cell.as_text()).replace('|', "\\|"))
        .collect();
    writeln!(out, "| {} |", cells.join(" | "))
}

/// A text table: the headers in capitals, every column but the last as wide
/// as its widest cell, two spaces between. The last column's cells are not
/// padded; the lines after the first of one go under it.
fn text_table<R: AsRef<[Cell]>>(
    out: &mut impl Write,
    columns: &[Column],
    rows: &[R],
) -> io::Result<()> {
    let headers: Vec<Cow<str>> = columns
        .iter()
        .map(|column| Cow::Owned(column.key.to_uppercase()))
        .collect();
    let rows: Vec<Vec<Cow<str>>> = rows
        .iter()
        .map(|row| row.as_ref().iter().map(Cell::as_text).collect())
        .collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            rows.iter()
                .chain([&headers])
                .map(|row| row[i].chars().count())
                .fold(column.min_width, usize::max)
        })
        .collect();
    for row in [&headers].into_iter().chain(&rows) {
        text_line(out, columns, &widths, row)?;
    }
    Ok(())
}

fn text_line(
    out: &mut impl Write,
    columns: &[Column],
    widths: &[usize],
    cells: &[Cow<str>],
) -> io::Result<()> {
    let Some((last, cells)) = cells.split_last() else {
        return writeln!(out);
    };
    let mut indent = 0;
    for ((column, &width), cell) in columns.iter().zip(widths).zip(cells) {
        if column.right_aligned {
            write!(out, "{cell:>width$}  ")?;
        } else {
            write!(out, "{cell:<width$}  ")?;
        }
        indent += width + 2;
    }
    let mut lines = last.split('\n');
    write!(out, "{}", lines.next().unwrap_or_default())?;
    for line in lines {
        write!(out, "\n{:indent$}{line}", "")?;
    }
    writeln!(out)
}
