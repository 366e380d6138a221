//! `msdk-codes explain`: inputs to their meanings, in input order, each
//! input's answer on stdout or its error on stderr.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use msdk_codes::{Code, Table};
use msdk_codes_generator::suggest::{Candidate, nearest};
use serde_json::json;

use crate::Format;
use crate::format::{self, MATCH_COLUMNS};
use crate::input::{self, Match, Reading};
use crate::output::Output;

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
}

impl Writer {
    fn start(&mut self, output: &mut Output) -> io::Result<()> {
        let out = output.out();
        match self.format {
            Format::Json => writeln!(out, "["),
            Format::Csv => {
                let mut header = vec!["input"];
                header.extend(MATCH_COLUMNS);
                self.csv_row(output, &header)
            }
            Format::Markdown => {
                let mut header = vec!["input"];
                header.extend(MATCH_COLUMNS);
                format::markdown_header(out, &header)
            }
            Format::Text => Ok(()),
        }
    }

    /// One CSV record, written through at once.
    fn csv_row<S: AsRef<[u8]>>(&mut self, output: &mut Output, fields: &[S]) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(fields)?;
        let bytes = writer.into_inner().map_err(|err| err.into_error())?;
        output.out().write_all(&bytes)
    }

    fn input(
        &mut self,
        output: &mut Output,
        input: &str,
        reading: &Reading,
        matches: &[Match],
    ) -> io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            Format::Json => {
                let objects: Vec<_> = matches.iter().map(format::object).collect();
                let object = json!({ "input": input, "matches": objects });
                let out = output.out();
                if !first {
                    writeln!(out, ",")?;
                }
                serde_json::to_writer_pretty(&mut *out, &object)?;
                Ok(())
            }
            Format::Csv | Format::Markdown => {
                let rows: Vec<Option<&Match>> = if matches.is_empty() {
                    vec![None]
                } else {
                    matches.iter().map(Some).collect()
                };
                for found in rows {
                    let mut fields = vec![input.to_owned()];
                    fields.extend(format::match_fields(found));
                    if self.format == Format::Csv {
                        self.csv_row(output, &fields)?;
                    } else {
                        format::markdown_row(output.out(), &fields)?;
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
                    format::block(out, found)?;
                }
                Ok(())
            }
        }
    }

    fn finish(&mut self, output: &mut Output) -> io::Result<()> {
        if self.format == Format::Json {
            let out = output.out();
            if self.written > 0 {
                writeln!(out)?;
            }
            writeln!(out, "]")?;
        }
        Ok(())
    }
}

/// What stderr says of an input that matched nothing.
fn not_found(input: &str, reading: &Reading, only: Option<Table>) -> String {
    let scope = only.map_or_else(|| "any table".to_owned(), |table| format!("table {table}"));
    let number = match reading {
        Reading::Code(code) => Some((input.trim().to_owned(), *code)),
        Reading::Text(findings) => findings
            .ret
            .filter(|&ret| ret != 0)
            .map(|ret| (ret.to_string(), ret)),
        Reading::Name(_) | Reading::Unreadable => None,
    };
    let mut message = match reading {
        Reading::Code(code) => format!("{input}: no code {code} in {scope}"),
        Reading::Name(name) => format!("{input}: no variant named {name} in {scope}"),
        Reading::Text(findings) => {
            let mut parts = Vec::new();
            if let Some(ret) = findings.ret {
                parts.push(format!("ret {ret} is not in {scope}"));
            }
            if let Some(failure) = findings.oidb {
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
        for index in nearest(&written, &candidates, 3) {
            let row = rows[index];
            message.push_str(&format!(
                "\n  {} {} [{}]: {}",
                format::code_with_forms(row),
                row.name(),
                row.table(),
                format::one_line(row.description())
            ));
        }
    }
    message
}
