//! How codes are written in each `--format`: the pieces `explain`, `scan`,
//! `list` and `tables` share.

use std::io::{self, Write};

use msdk_codes::{Code, Table};
use serde_json::{Value, json};

use crate::Format;
use crate::input::Match;
use crate::output::Output;

/// A code as its table writes it: `0x74` in a hex table, `-21` elsewhere.
pub fn code_text(code: Code) -> String {
    let hex = code.table().info().is_hex();
    msdk_codes::CodeText::new(code.code(), hex).to_string()
}

/// The code with its other forms, for people: `0x74 (116, signed -140)`,
/// `0x41 (65)`, `-21`.
pub fn code_with_forms(code: Code) -> String {
    let info = code.table().info();
    if info.has_byte_codes() {
        format!(
            "{} ({}, signed {})",
            code_text(code),
            code.code(),
            code.signed()
        )
    } else if info.is_hex() {
        format!("{} ({})", code_text(code), code.code())
    } else {
        code.code().to_string()
    }
}

/// One match as a JSON object.
pub fn object(found: &Match) -> Value {
    let code = found.code;
    let info = code.table().info();
    let mut object = json!({
        "table": info.id(),
        "code": code.code(),
        "name": code.name(),
        "description": code.description(),
        "solution": code.solution(),
        "action": code.action().as_str(),
    });
    if info.is_hex() {
        object["hex"] = json!(code_text(code));
    }
    if info.has_byte_codes() {
        object["signed"] = json!(code.signed());
    }
    if let Some(command) = found.oidb_command {
        object["oidb_command"] = json!(format!("{command:#x}"));
    }
    object
}

/// The CSV columns of a match, after any columns of the caller's.
pub const MATCH_COLUMNS: [&str; 9] = [
    "table",
    "code",
    "hex",
    "signed",
    "name",
    "description",
    "solution",
    "action",
    "oidb_command",
];

pub fn match_fields(found: Option<&Match>) -> [String; 9] {
    let Some(found) = found else {
        return Default::default();
    };
    let code = found.code;
    let info = code.table().info();
    [
        info.id().to_owned(),
        code.code().to_string(),
        if info.is_hex() {
            code_text(code)
        } else {
            String::new()
        },
        if info.has_byte_codes() {
            code.signed().to_string()
        } else {
            String::new()
        },
        code.name().to_owned(),
        code.description().to_owned(),
        code.solution().unwrap_or("").to_owned(),
        code.action().as_str().to_owned(),
        found
            .oidb_command
            .map(|c| format!("{c:#x}"))
            .unwrap_or_default(),
    ]
}

/// A text block for one match.
pub fn block(out: &mut impl Write, found: &Match) -> io::Result<()> {
    let code = found.code;
    let info = code.table().info();
    writeln!(out, "{} ({})", info.title(), info.id())?;
    writeln!(out, "  code:        {}", code_with_forms(code))?;
    writeln!(out, "  name:        {}", code.name())?;
    writeln!(out, "  description: {}", one_line(code.description()))?;
    writeln!(
        out,
        "  solution:    {}",
        code.solution().map_or("-".into(), one_line)
    )?;
    writeln!(out, "  action:      {}", code.action())?;
    if let Some(command) = found.oidb_command {
        writeln!(out, "  via:         OIDB command {command:#x}")?;
    }
    Ok(())
}

pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn markdown_cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

pub fn markdown_row(out: &mut impl Write, cells: &[String]) -> io::Result<()> {
    let cells: Vec<String> = cells.iter().map(|cell| markdown_cell(cell)).collect();
    writeln!(out, "| {} |", cells.join(" | "))
}

pub fn markdown_header(out: &mut impl Write, names: &[&str]) -> io::Result<()> {
    writeln!(out, "| {} |", names.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(names.len()))
}

fn tables_of(only: Option<Table>) -> Vec<Table> {
    only.map_or_else(|| Table::ALL.to_vec(), |table| vec![table])
}

/// Every code value of `table`: each code of a range row on its own.
pub fn code_values(table: Table) -> impl Iterator<Item = Code> {
    table
        .iter()
        .flat_map(move |row| row.codes().filter_map(move |code| table.lookup(code)))
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

pub fn list(output: &mut Output, only: Option<Table>, format: Format) -> io::Result<()> {
    let tables = tables_of(only);
    let out = output.out();
    match format {
        Format::Json => {
            let objects: Vec<Value> = tables
                .into_iter()
                .flat_map(code_values)
                .map(|code| {
                    object(&Match {
                        code,
                        oidb_command: None,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &objects)?;
            writeln!(out)
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record([
                "table",
                "code",
                "signed",
                "unsigned",
                "name",
                "description",
                "solution",
                "action",
            ])?;
            for row in tables.into_iter().flat_map(Table::iter) {
                let [code, signed, unsigned] = schema_codes(row);
                writer.write_record([
                    row.table().id(),
                    &code,
                    &signed,
                    &unsigned,
                    row.name(),
                    row.description(),
                    row.solution().unwrap_or(""),
                    row.action().as_str(),
                ])?;
            }
            writer.flush()
        }
        Format::Markdown => {
            markdown_header(
                out,
                &["Table", "Code", "Name", "Description", "Solution", "Action"],
            )?;
            for row in tables.into_iter().flat_map(Table::iter) {
                markdown_row(
                    out,
                    &[
                        row.table().id().to_owned(),
                        row_code(row),
                        row.name().to_owned(),
                        row.description().to_owned(),
                        row.solution().unwrap_or("").to_owned(),
                        row.action().to_string(),
                    ],
                )?;
            }
            Ok(())
        }
        Format::Text => {
            let rows: Vec<Code> = tables.into_iter().flat_map(Table::iter).collect();
            let code_width = rows
                .iter()
                .map(|r| row_code(*r).len())
                .max()
                .unwrap_or(4)
                .max(4);
            let name_width = rows
                .iter()
                .map(|r| r.name().len())
                .max()
                .unwrap_or(4)
                .max(4);
            writeln!(
                out,
                "{:<11}  {:<code_width$}  {:<name_width$}  {:<15}  DESCRIPTION",
                "TABLE", "CODE", "NAME", "ACTION"
            )?;
            for row in rows {
                writeln!(
                    out,
                    "{:<11}  {:<code_width$}  {:<name_width$}  {:<15}  {}",
                    row.table().id(),
                    row_code(row),
                    row.name(),
                    row.action().as_str(),
                    one_line(row.description())
                )?;
            }
            Ok(())
        }
    }
}

pub fn tables(output: &mut Output, format: Format) -> io::Result<()> {
    let out = output.out();
    let fields = |table: Table| {
        let info = table.info();
        (
            info.id(),
            info.title(),
            info.source(),
            table.rows(),
            code_values(table).count(),
        )
    };
    match format {
        Format::Json => {
            let objects: Vec<Value> = Table::ALL
                .into_iter()
                .map(|table| {
                    let (id, title, source, rows, codes) = fields(table);
                    json!({"id": id, "title": title, "source": source, "rows": rows, "codes": codes})
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &objects)?;
            writeln!(out)
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(["id", "title", "source", "rows", "codes"])?;
            for table in Table::ALL {
                let (id, title, source, rows, codes) = fields(table);
                writer.write_record([id, title, source, &rows.to_string(), &codes.to_string()])?;
            }
            writer.flush()
        }
        Format::Markdown => {
            markdown_header(out, &["Id", "Title", "Source", "Rows", "Codes"])?;
            for table in Table::ALL {
                let (id, title, source, rows, codes) = fields(table);
                markdown_row(
                    out,
                    &[
                        id.into(),
                        title.into(),
                        source.into(),
                        rows.to_string(),
                        codes.to_string(),
                    ],
                )?;
            }
            Ok(())
        }
        Format::Text => {
            writeln!(
                out,
                "{:<11}  {:>4}  {:>5}  TITLE / SOURCE",
                "ID", "ROWS", "CODES"
            )?;
            for table in Table::ALL {
                let (id, title, source, rows, codes) = fields(table);
                writeln!(
                    out,
                    "{id:<11}  {rows:>4}  {codes:>5}  {title}\n{:<26}{source}",
                    ""
                )?;
            }
            Ok(())
        }
    }
}
