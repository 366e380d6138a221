//! `msdk-codes explain`: inputs to their meanings, in input order, each
//! input's answer on stdout or its error on stderr.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use msdk_codes::{Code, Explanation, Language, Layer, Response, Table};
use msdk_codes_generator::suggest::{Candidate, nearest};
use serde_json::json;

use crate::code_text::{code_with_forms, one_line};
use crate::format::Format;
use crate::input::{self, Match, Reading};
use crate::json_stream::JsonStream;
use crate::match_row::{MATCH_COLUMNS, match_cells, match_object};
use crate::output::Output;
use crate::table_writer::{self, Cell, Column};

/// What `explain` is asked, besides its inputs.
pub struct Options<'a> {
    pub only: Option<Table>,
    pub endpoint: Option<&'a str>,
    pub format: Format,
    pub language: Language,
}

pub fn run(output: &mut Output, inputs: &[String], options: &Options) -> io::Result<ExitCode> {
    let mut writer = Writer {
        format: options.format,
        language: options.language,
        headers: inputs.len() != 1,
        written: 0,
        json: None,
    };
    writer.start(output)?;
    let mut all_found = true;
    if inputs.is_empty() {
        let mut stdin = io::stdin().lock();
        let mut line = Vec::new();
        let mut body = String::new();
        while stdin.read_until(b'\n', &mut line)? > 0 {
            let text = String::from_utf8_lossy(&line).into_owned();
            line.clear();
            // A response body may span lines: it is read whole.
            if !body.is_empty() || text.trim_start().starts_with('{') {
                body.push_str(&text);
                if is_open_object(&body) {
                    continue;
                }
                let input = std::mem::take(&mut body);
                all_found &= explain(output, &mut writer, input.trim(), options)?;
                continue;
            }
            let text = text.trim_end_matches(['\n', '\r']);
            if !text.trim().is_empty() {
                all_found &= explain(output, &mut writer, text, options)?;
            }
        }
        if !body.trim().is_empty() {
            all_found &= explain(output, &mut writer, body.trim(), options)?;
        }
    } else {
        for input in inputs {
            all_found &= explain(output, &mut writer, input, options)?;
        }
    }
    writer.finish(output)?;
    Ok(if all_found {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Whether `text` opens a JSON object it does not close yet: its braces
/// outside strings do not balance.
fn is_open_object(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0_i64, false, false);
    for byte in text.bytes() {
        match (in_string, escaped, byte) {
            (true, true, _) => escaped = false,
            (true, false, b'\\') => escaped = true,
            (true, false, b'"') | (false, _, b'"') => in_string = !in_string,
            (false, _, b'{' | b'[') => depth += 1,
            (false, _, b'}' | b']') => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Explains one input; `false` when it matched nothing.
fn explain(
    output: &mut Output,
    writer: &mut Writer,
    input: &str,
    options: &Options,
) -> io::Result<bool> {
    let reading = input::read(input);
    let matches = input::matches(&reading, options.only, true, options.endpoint);
    let response = match &reading {
        Reading::Response(text) => input::explanation(text, options.endpoint),
        _ => None,
    };
    writer.input(output, input, &reading, &matches, response.as_ref())?;
    if matches.is_empty() {
        output.error(not_found(input, &reading, options.only))?;
    }
    Ok(!matches.is_empty())
}

/// Writes the answers in one format, as they come.
struct Writer {
    format: Format,
    language: Language,
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
        response: Option<&Explanation>,
    ) -> io::Result<()> {
        self.written += 1;
        let language = self.language;
        match self.format {
            Format::Json | Format::Jsonl => {
                let objects: Vec<_> = matches
                    .iter()
                    .map(|found| match_object(found, language))
                    .collect();
                let mut object = json!({ "input": input, "matches": objects });
                if let Some(response) = response {
                    object["response"] = response_object(response);
                }
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
                        Some(found) => cells.extend(match_cells(found, language)),
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
                if self.headers || matches!(reading, Reading::Text(_) | Reading::Response(_)) {
                    writeln!(out, "{input}")?;
                }
                for (i, found) in matches.iter().enumerate() {
                    if i > 0 {
                        writeln!(out)?;
                    }
                    block(out, found, language)?;
                }
                if let Some(response) = response {
                    writeln!(out)?;
                    response_block(out, response)?;
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
fn block(out: &mut impl Write, found: &Match, language: Language) -> io::Result<()> {
    let code = found.code;
    let info = code.table().info();
    let text = code.text(language);
    writeln!(out, "{} ({})", info.title(), info.id())?;
    if let Some(layer) = found.layer {
        writeln!(out, "  layer:       {layer}")?;
    }
    writeln!(out, "  code:        {}", code_with_forms(code))?;
    writeln!(out, "  name:        {}", code.name())?;
    writeln!(out, "  description: {}", one_line(text.description()))?;
    writeln!(
        out,
        "  solution:    {}",
        text.solution().map_or("-".into(), one_line)
    )?;
    if text.language() != language {
        writeln!(
            out,
            "  language:    {} (the table has no {language} text for this row)",
            text.language()
        )?;
    }
    writeln!(out, "  action:      {}", code.action())?;
    if let Some(command) = found.oidb_command {
        writeln!(out, "  via:         OIDB command {command:#x}")?;
    }
    Ok(())
}

/// What a response's answer adds to its matches: the action, and what no
/// table knows.
fn response_object(response: &Explanation) -> serde_json::Value {
    json!({
        "ret": response.response().ret(),
        "msg_code": response.msg_code(),
        "plat_code": response.response().plat_code(),
        "err_type": response.response().err_type(),
        "oidb_command": response.oidb().map(|failure| format!("{:#x}", failure.command())),
        "oidb_ret": response.oidb().map(|failure| failure.ret()),
        "endpoint_table": response.endpoint_table().map(Table::id),
        "cause": response.cause().map(|found| json!({
            "layer": found.layer().as_str(),
            "table": found.table().id(),
            "code": found.code().code(),
        })),
        "action": response.action().as_str(),
    })
}

/// The text that closes a response's answer: its action and what it came
/// from, and the codes no table knows.
fn response_block(out: &mut impl Write, response: &Explanation) -> io::Result<()> {
    let from = response.cause().map_or_else(
        || "no table says".to_owned(),
        |found| {
            format!(
                "from {} {} [{}]",
                found.layer(),
                code_with_forms(found.code()),
                found.table()
            )
        },
    );
    writeln!(out, "action: {} ({from})", response.action())?;
    if let Some(code) = response.msg_code() {
        let known = response.matches().any(|found| {
            matches!(found.layer(), Layer::QqPlatform | Layer::WechatPlatform)
                && found.code().codes().contains(&code)
        });
        if !known {
            writeln!(out, "msg code {code}: no table knows it")?;
        }
    }
    if let Some(failure) = response.oidb() {
        if failure.code().is_none() {
            writeln!(out, "{failure}: no table knows it")?;
        }
    }
    Ok(())
}

/// What stderr says of an input that matched nothing.
fn not_found(input: &str, reading: &Reading, only: Option<Table>) -> String {
    let scope = only.map_or_else(|| "any table".to_owned(), |table| format!("table {table}"));
    let number = match reading {
        Reading::Code(code) => Some((input.trim().to_owned(), *code)),
        Reading::Text(findings) => findings.failing_ret().map(|ret| (ret.to_string(), ret)),
        Reading::Name(_) | Reading::Response(_) | Reading::Unreadable => None,
    };
    let mut message = match reading {
        Reading::Code(code) => format!("{input}: no code {code} in {scope}"),
        Reading::Name(name) => format!("{input}: no variant named {name} in {scope}"),
        Reading::Response(text) => match Response::find_in(text) {
            Some((response, _)) => format!(
                "{input}: no table in {scope} knows ret {}{}",
                response.ret(),
                response
                    .msg()
                    .and_then(|msg| msg.code())
                    .map(|code| format!(" or the code {code} in msg"))
                    .unwrap_or_default()
            ),
            None => format!("{input}: not a response"),
        },
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
