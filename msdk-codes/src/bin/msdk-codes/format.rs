//! The output formats of `list` and `tables`, and the pieces `explain` shares.

use std::io::{self, Write};

use msdk_codes::{Code, Table};

use crate::Format;

/// Whether the table's codes are OIDB bytes or hex codes, shown in hex too.
pub fn shows_hex(table: Table) -> bool {
    matches!(table, Table::Oidb | Table::PayToken | Table::AccessToken)
}

/// Every code value of `table`: each code of a range row on its own.
pub fn codes(table: Table) -> impl Iterator<Item = Code> {
    table
        .iter()
        .flat_map(move |row| row.codes().filter_map(move |code| table.lookup(code)))
}

/// Whether the table's codes are OIDB bytes, known in a signed and an
/// unsigned form.
pub fn is_byte_table(table: Table) -> bool {
    matches!(table, Table::Oidb | Table::PayToken)
}

/// A code of `table` in its unsigned form: the byte of an OIDB code
/// (`-101` -> `155`), any other code as it is.
pub fn unsigned_form(table: Table, code: i32) -> i32 {
    if is_byte_table(table) && code < 0 {
        code + 0x100
    } else {
        code
    }
}

/// `-101 (0x9b)` for hex tables, `-21` elsewhere.
pub fn code_with_hex(code: Code) -> String {
    if shows_hex(code.table()) {
        format!(
            "{} ({:#x})",
            code.code(),
            unsigned_form(code.table(), code.code())
        )
    } else {
        code.code().to_string()
    }
}

/// A JSON object for one code value.
pub fn json_object(code: Code) -> String {
    let solution = code
        .solution()
        .map_or_else(|| "null".to_owned(), json_string);
    format!(
        "{{\"table\": {}, \"code\": {}, \"name\": {}, \"description\": {}, \"solution\": {}, \"action\": {}}}",
        json_string(code.table().id()),
        code.code(),
        json_string(code.name()),
        json_string(code.description()),
        solution,
        json_string(code.action().as_str()),
    )
}

pub fn json_array(out: &mut impl Write, objects: &[String]) -> io::Result<()> {
    if objects.is_empty() {
        return writeln!(out, "[]");
    }
    writeln!(out, "[")?;
    for (i, object) in objects.iter().enumerate() {
        let comma = if i + 1 < objects.len() { "," } else { "" };
        writeln!(out, "  {object}{comma}")?;
    }
    writeln!(out, "]")
}

fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            '\n' => json.push_str("\\n"),
            '\r' => json.push_str("\\r"),
            '\t' => json.push_str("\\t"),
            c if u32::from(c) < 0x20 => json.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => json.push(c),
        }
    }
    json.push('"');
    json
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// The row's codes as the CSV schema writes them: `-21`, `0x9b`, `A~B`.
fn csv_code(row: Code) -> (String, String, String) {
    let codes = row.codes();
    let (low, high) = (*codes.start(), *codes.end());
    let table = row.table();
    let spell = |code: i32| {
        if shows_hex(table) {
            format!("{:#x}", unsigned_form(table, code))
        } else {
            code.to_string()
        }
    };
    let join = |f: &dyn Fn(i32) -> String| {
        if low == high {
            f(low)
        } else {
            format!("{}~{}", f(low), f(high))
        }
    };
    let (signed, unsigned) = if is_byte_table(table) {
        (
            join(&|code| code.to_string()),
            join(&|code| unsigned_form(table, code).to_string()),
        )
    } else {
        (String::new(), String::new())
    };
    (join(&spell), signed, unsigned)
}

pub fn list(out: &mut impl Write, tables: Vec<Table>, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            let objects: Vec<String> = tables
                .into_iter()
                .flat_map(codes)
                .map(json_object)
                .collect();
            json_array(out, &objects)
        }
        Format::Csv => {
            writeln!(
                out,
                "table,code,signed,unsigned,name,description,solution,action"
            )?;
            for row in tables.into_iter().flat_map(Table::iter) {
                let (code, signed, unsigned) = csv_code(row);
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{}",
                    row.table().id(),
                    code,
                    signed,
                    unsigned,
                    row.name(),
                    csv_field(row.description()),
                    csv_field(row.solution().unwrap_or("")),
                    row.action()
                )?;
            }
            Ok(())
        }
        Format::Markdown => {
            writeln!(
                out,
                "| Table | Code | Name | Description | Solution | Action |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|")?;
            for row in tables.into_iter().flat_map(Table::iter) {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    row.table().id(),
                    row_code(row),
                    row.name(),
                    markdown_cell(row.description()),
                    markdown_cell(row.solution().unwrap_or("")),
                    row.action()
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
                    row.description().replace(['\r', '\n'], " ")
                )?;
            }
            Ok(())
        }
    }
}

/// A row's code for people: `-21`, `-101 (0x9b)`, `-500009..=-500003`.
fn row_code(row: Code) -> String {
    let codes = row.codes();
    if codes.start() == codes.end() {
        code_with_hex(row)
    } else {
        format!("{}..={}", codes.start(), codes.end())
    }
}

pub fn tables(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<11}  {:>4}  {:>5}  TITLE / SOURCE",
        "ID", "ROWS", "CODES"
    )?;
    for table in Table::ALL {
        let info = table.info();
        writeln!(
            out,
            "{:<11}  {:>4}  {:>5}  {}\n{:<26}{}",
            table.id(),
            table.rows(),
            codes(table).count(),
            info.title(),
            "",
            info.source()
        )?;
    }
    Ok(())
}
