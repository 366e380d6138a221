//! `msdk-codes scan`: every MSDK failure in server logs, line by line, in
//! flat memory. Each source is read in blocks of complete lines
//! (`blocks.rs`), whose failing lines are found without parsing the others
//! (`failures.rs`); invalid UTF-8 passes through.
//!
//! The output: each line, failures explained at its end (text); an object
//! per failing line, in one array (json) or one a line (jsonl), written as
//! they come; or with `--summary` a row per code and table, in any table
//! format, counted on every core (`counting.rs`). `main` lets through only
//! the formats of the mode.

mod blocks;
mod counting;
mod failures;
mod summary;
mod tally;

use std::fs::File;
use std::io::{self, Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use msdk_codes::text::Findings;
use msdk_codes::{Language, Table};
use serde_json::{Value, json};

use self::blocks::{Block, Blocks};
use self::failures::failures;
use self::tally::Tally;
use crate::code_text::{code_text, one_line};
use crate::format::Format;
use crate::input::Match;
use crate::json_stream::JsonStream;
use crate::match_row::match_object;
use crate::output::Output;

/// The size of a block, the most a read brings: large enough that a block
/// costs little beyond its lines (a read, a hand-over to a thread), small
/// enough that two per thread are little memory.
const BLOCK_SIZE: usize = 1 << 20;

/// Another block size, in bytes, for tests: many blocks from a small log.
const BLOCK_SIZE_VARIABLE: &str = "MSDK_CODES_BLOCK_SIZE";

pub struct Options {
    pub summary: bool,
    /// `--table`.
    pub only: Option<Table>,
    pub format: Format,
    pub language: Language,
    /// The threads that count with `--summary`.
    pub threads: NonZeroUsize,
}

/// Why a source was left before its end.
enum Stop {
    /// It could not be read.
    Read(io::Error),
    /// The output could not be written.
    Write(io::Error),
}

pub fn run(output: &mut Output, files: &[PathBuf], options: &Options) -> io::Result<ExitCode> {
    let block_size = std::env::var(BLOCK_SIZE_VARIABLE)
        .ok()
        .and_then(|size| size.parse().ok())
        .filter(|&size| size > 0)
        .unwrap_or(BLOCK_SIZE);
    if options.summary {
        let mut tally = Tally::default();
        let code = each_source(output, files, |_, source| {
            let counts = counting::count(source, options.threads, options.only, block_size);
            tally.merge(counts.map_err(Stop::Read)?);
            Ok(())
        })?;
        if code == ExitCode::SUCCESS {
            summary::write(output.out(), tally.rows(), options.format, options.language)?;
        }
        return Ok(code);
    }
    let json = match options.format {
        Format::Json | Format::Jsonl => Some(JsonStream::start(
            output.out(),
            options.format == Format::Jsonl,
        )?),
        _ => None,
    };
    let mut annotator = Annotator {
        options,
        block_size,
        json,
        lines: 0,
    };
    let code = each_source(output, files, |output, source| {
        annotator.source(output, source)
    })?;
    if let Some(json) = annotator.json.take() {
        // Closed even after an unreadable file: the document stays whole.
        json.finish(output.out())?;
    }
    Ok(code)
}

/// Every source in turn, the files or stdin when there are none, until one
/// cannot be read: that one is named on stderr, and the exit code is 2.
fn each_source(
    output: &mut Output,
    files: &[PathBuf],
    mut read: impl FnMut(&mut Output, &mut (dyn Read + Send)) -> Result<(), Stop>,
) -> io::Result<ExitCode> {
    let stdin = files.is_empty().then_some(None);
    for path in files.iter().map(Some).chain(stdin) {
        let done = match path {
            Some(path) => File::open(path)
                .map_err(Stop::Read)
                .and_then(|mut file| read(output, &mut file)),
            None => read(output, &mut io::stdin()),
        };
        match done {
            Ok(()) => {}
            Err(Stop::Read(err)) => {
                let name =
                    path.map_or_else(|| "stdin".to_owned(), |path| path.display().to_string());
                output.error(format_args!("msdk-codes scan: cannot read {name}: {err}"))?;
                return Ok(ExitCode::from(2));
            }
            Err(Stop::Write(err)) => return Err(err),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The annotating modes: each line with its failures explained (text), or
/// an object per failing line (json, jsonl).
struct Annotator<'a> {
    options: &'a Options,
    block_size: usize,
    json: Option<JsonStream>,
    /// The lines of the source before the one being read, for JSON's
    /// line numbers.
    lines: u64,
}

impl Annotator<'_> {
    fn source(&mut self, output: &mut Output, source: impl Read) -> Result<(), Stop> {
        self.lines = 0;
        let mut blocks = Blocks::new(source);
        let mut block = Block::new(self.block_size);
        while blocks.next_into(&mut block).map_err(Stop::Read)? {
            self.block(output, block.lines()).map_err(Stop::Write)?;
        }
        Ok(())
    }

    /// Complete lines: the failing ones are explained, the rest passed on.
    fn block(&mut self, output: &mut Output, bytes: &[u8]) -> io::Result<()> {
        let language = self.options.language;
        // What is written (text), or whose lines are counted (json).
        let mut done = 0;
        for line in failures(bytes, self.options.only) {
            if let Some(json) = &mut self.json {
                self.lines += memchr::memchr_iter(b'\n', &bytes[done..line.start]).count() as u64;
                done = line.start;
                let object = line_object(
                    self.lines + 1,
                    line.text,
                    line.findings,
                    &line.matches,
                    language,
                );
                json.item(output.out(), &object)?;
            } else {
                // The line, its explanation, then its own line ending.
                let out = output.out();
                out.write_all(&bytes[done..line.end])?;
                let annotation = annotation(line.findings, &line.matches, language);
                write!(out, "  # msdk: {annotation}")?;
                let ending = &bytes[line.end..line.next];
                out.write_all(if ending.is_empty() { b"\n" } else { ending })?;
                done = line.next;
            }
        }
        if self.json.is_none() {
            output.out().write_all(&bytes[done..])?;
        } else {
            self.lines += memchr::memchr_iter(b'\n', &bytes[done..]).count() as u64;
        }
        Ok(())
    }
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
