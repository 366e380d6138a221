//! `msdk-codes explain`: inputs to their meanings, in input order, each
//! input's answer on stdout or its error on stderr.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use msdk_codes::{Code, Table};
use msdk_codes_generator::suggest::{Candidate, nearest};
use serde_json::json;

use crate::code_text::{code_with_forms, one_line};
use crate::format::Format;
use crate::input::{self, Match, Reading};
use crate::json_stream::JsonStream;
use crate::match_row::{MATCH_COLUMNS, match_cells, match_object};
use crate::output::Output;
use crate::table_writer::{self, Cell, Column};

pub fn run(
    output: &mut Output,
    inputs: &[String],
    only: Option<Table>,
    format: Format,
) -> io::Result<ExitCode> {
    let mut writer = Writer {
        format,
        headers: inputs.len() != 1,
        written: 0,
        json: None,
    };
    writer.start(output)?;
    let mut all_found = true;
    if inputs.is_empty() {
        let mut stdin = io::stdin().lock();
        let mut line = Vec::new();
        while stdin.read_until(b'\n', &mut line)? > 0 {
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\n', '\r']);
            if !text.trim().is_empty() {
                all_found &= explain(output, &mut writer, text, only)?;
            }
            line.clear();
        }
    } else {
        for input in inputs {
            all_found &= explain(output, &mut writer, input, only)?;
        }
    }
    writer.finish(output)?;
    Ok(if all_found {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Explains one input; `false` when it matched nothing.
fn explain(
    output: &mut Output,
    writer: &mut Writer,
    input: &str,
    only: Option<Table>,
) -> io::Result<bool> {
    let reading = input::read(input);
    let matches = input::matches(&reading, only, true);
    writer.input(output, input, &reading, &matches)?;
    if matches.is_empty() {
        output.error(not_found(input, &reading, only))?;
    }
    Ok(!matches.is_empty())
}

/// Writes the answers in one format, as they come.
struct Writer {
    format: Format,
    /// Name each input above its answer (text).
    headers: bool,
    written: usize,
    /// The answers' objects (json, jsonl).
    json: Option<JsonStream>,
}

impl Writer {
    fn start(&mut self, output: &mut Output) -> io::Result<()> {
        let out = output.out();
        let columns: Vec<Column> = [Column::new("input")]
            .into_iter()
            .chain(MATCH_COLUMNS)
            .collect();
        match self.format {
            Format::Json | Format::Jsonl => {
                self.json = Some(JsonStream::start(out, self.format == Format::Jsonl)?);
                Ok(())
            }
            Format::Csv => table_writer::csv_header(out, &columns),
            Format::Markdown => table_writer::markdown_header(out, &columns),
            Format::Text => Ok(()),
        }
    }

    fn input(
        &mut self,
        output: &mut Output,
        input: &str,
        reading: &Reading,
        matches: &[Match],
    ) -> io::Result<()> {
        self.written += 1;
        match self.format {
            Format::Json | Format::Jsonl => {
                let objects: Vec<_> = matches.iter().map(match_object).collect();
                let object = json!({ "input": input, "matches": objects });
                match &mut self.json {
                    Some(json) => json.item(output.out(), &object),
                    None => Ok(()),
                }
            }
            Format::Csv | Format::Markdown => {
                // An input that matches nothing still has its row.
                let rows: Vec<Option<&Match>> = if matches.is_empty() {
                    vec![None]
                } else {
                    matches.iter().map(Some).collect()
                };
                for found in rows {
                    let mut cells = vec![Cell::text(input)];
                    match found {
                        Some(found) => cells.extend(match_cells(found)),
                        None => cells.extend(MATCH_COLUMNS.map(|_| Cell::Absent)),
                    }
                    let out = output.out();
                    if self.format == Format::Csv {
                        table_writer::csv_row(out, &cells)?;
                    } else {
                        table_writer::markdown_row(out, &cells)?;
                    }
                }
                Ok(())
            }
            Format::Text => {
                if matches.is_empty() {
                    return Ok(());
                }
                let out = output.out();
                if self.written > 1 {
                    writeln!(out)?;
                }
                if self.headers || matches!(reading, Reading::Text(_)) {
                    writeln!(out, "{input}")?;
                }
                for (i, found) in matches.iter().enumerate() {
                    if i > 0 {
                        writeln!(out)?;
                    }
                    block(out, found)?;
                }
                Ok(())
            }
        }
    }

    fn finish(&mut self, output: &mut Output) -> io::Result<()> {
        match self.json.take() {
            Some(json) => json.finish(output.out()),
            None => Ok(()),
        }
    }
}

/// A text block for one match.
fn block(out: &mut impl Write, found: &Match) -> io::Result<()> {
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

/// What stderr says of an input that matched nothing.
fn not_found(input: &str, reading: &Reading, only: Option<Table>) -> String {
    let scope = only.map_or_else(|| "any table".to_owned(), |table| format!("table {table}"));
    let number = match reading {
        Reading::Code(code) => Some((input.trim().to_owned(), *code)),
        Reading::Text(findings) => findings.failing_ret().map(|ret| (ret.to_string(), ret)),
        Reading::Name(_) | Reading::Unreadable => None,
    };
    let mut message = match reading {
        Reading::Code(code) => format!("{input}: no code {code} in {scope}"),
        Reading::Name(name) => format!("{input}: no variant named {name} in {scope}"),
        Reading::Text(findings) => {
            let mut parts = Vec::new();
            if let Some(ret) = findings.ret() {
                parts.push(format!("ret {ret} is not in {scope}"));
            }
            if let Some(failure) = findings.oidb() {
                parts.push(failure.to_string());
            }
            format!("{input}: {}", parts.join("; "))
        }
        Reading::Unreadable => format!(
            "{input}: not a code (-21, 0x47), a variant name (AccessTokenDeprecated), or a text \
             holding a `ret` (ret=-21) or an OIDB failure (\"oidb decode0x73a failed, ret: 17\")"
        ),
    };
    if let Some((written, _)) = number {
        let rows: Vec<Code> = Table::ALL
            .into_iter()
            .filter(|table| only.is_none_or(|only| only == *table))
            .flat_map(Table::iter)
            .collect();
        let candidates: Vec<Candidate> = rows
            .iter()
            .map(|row| Candidate {
                low: *row.codes().start(),
                high: *row.codes().end(),
                shift: row.signed() - row.code(),
            })
            .collect();
        message.push_str("; did you mean:");
        message.extend(nearest(&written, &candidates, 3).into_iter().map(|index| {
            let row = rows[index];
            format!(
                "\n  {} {} [{}]: {}",
                code_with_forms(row),
                row.name(),
                row.table(),
                one_line(row.description())
            )
        }));
    }
    message
}
