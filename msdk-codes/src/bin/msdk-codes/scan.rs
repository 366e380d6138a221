//! `msdk-codes scan`: every MSDK failure in server logs, line by line, in
//! flat memory. Lines are found by searching the buffer for `ret` (every
//! failure has one: `ret=-21`, `"ret":-21`, OIDB's `failed, ret: 17`), so
//! lines without one are never parsed; invalid UTF-8 passes through.
//!
//! The output: each line, failures explained at its end (text); an object
//! per failing line, in one array (json) or one a line (jsonl), written as
//! they come; or with `--summary` a row per code and table, in any table
//! format. `main` lets through only the formats of the mode.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use msdk_codes::text::Findings;
use msdk_codes::{Code, Language, Table};
use serde_json::{Value, json};

use crate::code_text::{code_text, one_line};
use crate::format::Format;
use crate::input::{self, Match, Reading};
use crate::json_stream::JsonStream;
use crate::match_row::{MATCH_COLUMNS, match_cells, match_object};
use crate::output::Output;
use crate::table_writer::{self, Cell, Column};

/// The summary's columns: a row per code and table, most frequent first.
const SUMMARY_COLUMNS: [Column; 6] = [
    Column::new("count").right_aligned().min_width(8),
    Column::new("table"),
    Column::new("code"),
    Column::new("name"),
    Column::new("action"),
    Column::new("description"),
];

/// What the summary counts: a code of a table, or a number no table knows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Known(Code),
    UnknownRet(i32),
    UnknownOidb { command: u32, ret: i32 },
}

struct Scanner {
    summary: bool,
    only: Option<Table>,
    format: Format,
    language: Language,
    /// The failing lines' objects (json, jsonl).
    json: Option<JsonStream>,
    counts: HashMap<Key, u64>,
    /// Lines before the current buffer, for JSON's line numbers.
    lines: u64,
}

pub fn run(
    output: &mut Output,
    files: &[PathBuf],
    summary: bool,
    only: Option<Table>,
    format: Format,
    language: Language,
) -> io::Result<ExitCode> {
    let json = match format {
        Format::Json | Format::Jsonl if !summary => {
            Some(JsonStream::start(output.out(), format == Format::Jsonl)?)
        }
        _ => None,
    };
    let mut scanner = Scanner {
        summary,
        only,
        format,
        language,
        json,
        counts: HashMap::new(),
        lines: 0,
    };
    let code = scanner.sources(output, files)?;
    if let Some(json) = scanner.json.take() {
        // Closed even after an unreadable file: the document stays whole.
        json.finish(output.out())?;
    }
    if summary && code == ExitCode::SUCCESS {
        scanner.summary(output)?;
    }
    Ok(code)
}

impl Scanner {
    /// Every source in turn: the files, or stdin when there are none.
    fn sources(&mut self, output: &mut Output, files: &[PathBuf]) -> io::Result<ExitCode> {
        if files.is_empty() {
            self.source(output, io::stdin().lock())?;
        } else {
            for path in files {
                match File::open(path) {
                    Ok(file) => self.source(output, file)?,
                    Err(err) => {
                        output.error(format_args!(
                            "msdk-codes scan: cannot read {}: {err}",
                            path.display()
                        ))?;
                        return Ok(ExitCode::from(2));
                    }
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Reads one source in large chunks; complete lines go to `lines`.
    fn source(&mut self, output: &mut Output, mut source: impl Read) -> io::Result<()> {
        self.lines = 0;
        let mut buffer = vec![0; 1 << 20];
        let mut filled = 0;
        loop {
            if filled == buffer.len() {
                buffer.resize(buffer.len() * 2, 0);
            }
            let read = match source.read(&mut buffer[filled..]) {
                Ok(read) => read,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            filled += read;
            if read == 0 {
                return self.lines_of(output, &buffer[..filled]);
            }
            if let Some(last) = memchr::memrchr(b'\n', &buffer[..filled]) {
                self.lines_of(output, &buffer[..=last])?;
                buffer.copy_within(last + 1..filled, 0);
                filled -= last + 1;
            }
        }
    }

    /// Complete lines: the ones holding `ret` are read, the rest passed on.
    fn lines_of(&mut self, output: &mut Output, bytes: &[u8]) -> io::Result<()> {
        let mut written = 0;
        let mut from = 0;
        while let Some(hit) = find_ret_key(&bytes[from..]) {
            let hit = from + hit;
            let start = memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |at| at + 1);
            let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |at| hit + at);
            from = (end + 1).min(bytes.len());
            let line = bytes[start..end]
                .strip_suffix(b"\r")
                .unwrap_or(&bytes[start..end]);
            let findings = Findings::of(line);
            if !findings.is_failure() {
                continue;
            }
            // `--table` names the API whose `ret`s the log holds; an OIDB
            // failure goes to its command's table whatever it is.
            // A response body in the line is read layer by layer.
            let response = memchr::memchr(b'{', line)
                .and_then(|_| std::str::from_utf8(line).ok())
                .filter(|text| msdk_codes::Response::find_in(text).is_some());
            let reading = match response {
                Some(text) => Reading::Response(text.to_owned()),
                None => Reading::Text(findings),
            };
            let matches = input::matches(&reading, self.only, false, None);
            if self.summary {
                self.count(findings, &matches);
            } else if let Some(json) = &mut self.json {
                let number =
                    self.lines + memchr::memchr_iter(b'\n', &bytes[..start]).count() as u64 + 1;
                let object = line_object(number, line, findings, &matches, self.language);
                json.item(output.out(), &object)?;
            } else {
                // The line, its explanation, then its own line ending.
                let content_end = start + line.len();
                let out = output.out();
                out.write_all(&bytes[written..content_end])?;
                let annotation = annotation(findings, &matches, self.language);
                write!(out, "  # msdk: {annotation}")?;
                let ending = &bytes[content_end..from];
                out.write_all(if ending.is_empty() { b"\n" } else { ending })?;
                written = from;
            }
        }
        if self.summary {
            return Ok(());
        }
        if self.json.is_none() {
            output.out().write_all(&bytes[written..])?;
        } else {
            self.lines += memchr::memchr_iter(b'\n', bytes).count() as u64;
        }
        Ok(())
    }

    fn count(&mut self, findings: Findings, matches: &[Match]) {
        let mut keys: Vec<Key> = matches.iter().map(|found| Key::Known(found.code)).collect();
        if let Some(ret) = findings.failing_ret() {
            if !matches.iter().any(|found| found.oidb_command.is_none()) {
                keys.push(Key::UnknownRet(ret));
            }
        }
        if let Some(failure) = findings.failing_oidb() {
            if !matches.iter().any(|found| found.oidb_command.is_some()) {
                keys.push(Key::UnknownOidb {
                    command: failure.command(),
                    ret: failure.ret(),
                });
            }
        }
        for key in keys {
            *self.counts.entry(key).or_default() += 1;
        }
    }

    fn summary(&self, output: &mut Output) -> io::Result<()> {
        let mut counts: Vec<(Key, u64)> = self.counts.iter().map(|(k, v)| (*k, *v)).collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let out = output.out();
        if self.format == Format::Json {
            let columns: Vec<Column> = [Column::new("count")]
                .into_iter()
                .chain(MATCH_COLUMNS)
                .collect();
            let rows: Vec<Vec<Cell>> = counts
                .into_iter()
                .map(|(key, count)| {
                    [Cell::number(count)]
                        .into_iter()
                        .chain(json_cells(key, self.language))
                        .collect()
                })
                .collect();
            return table_writer::write(out, self.format, &columns, &rows);
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
                        one_line(code.text(self.language).description()),
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
        table_writer::write(out, self.format, &SUMMARY_COLUMNS, &rows)
    }
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

/// The first `ret`, in any case, in `bytes`: every failure has one, so the
/// lines without one are passed on unread.
fn find_ret_key(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = memchr::memchr2(b'r', b'R', &bytes[from..]) {
        let at = from + at;
        if bytes
            .get(at + 1..at + 3)
            .is_some_and(|et| et.eq_ignore_ascii_case(b"et"))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The explanation appended to a line: each match, and what no table knows.
fn annotation(findings: Findings, matches: &[Match], language: Language) -> String {
    let mut parts: Vec<String> = matches
        .iter()
        .map(|found| {
            let code = found.code;
            let via = found
                .oidb_command
                .map(|command| format!(" via OIDB {command:#x}"))
                .unwrap_or_default();
            format!(
                "{} {} [{}]{via} {}: {}",
                code_text(code),
                code.name(),
                code.table(),
                code.action(),
                one_line(code.text(language).description())
            )
        })
        .collect();
    if let Some(ret) = findings.failing_ret() {
        if !matches.iter().any(|found| found.oidb_command.is_none()) {
            parts.push(format!("ret {ret}: no table knows it"));
        }
    }
    if let Some(failure) = findings.failing_oidb() {
        if !matches.iter().any(|found| found.oidb_command.is_some()) {
            parts.push(format!(
                "OIDB command {:#x} ret {}: no table knows it",
                failure.command(),
                failure.ret()
            ));
        }
    }
    parts.join(" | ")
}

fn line_object(
    number: u64,
    line: &[u8],
    findings: Findings,
    matches: &[Match],
    language: Language,
) -> Value {
    let objects: Vec<Value> = matches
        .iter()
        .map(|found| match_object(found, language))
        .collect();
    json!({
        "line": number,
        "text": String::from_utf8_lossy(line),
        "ret": findings.ret(),
        "oidb_command": findings.oidb().map(|failure| format!("{:#x}", failure.command())),
        "oidb_ret": findings.oidb().map(|failure| failure.ret()),
        "matches": objects,
    })
}
