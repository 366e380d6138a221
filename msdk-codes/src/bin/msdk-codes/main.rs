//! `msdk-codes`: explain MSDK return codes and OIDB failures, in a terminal,
//! a pipe or a log.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

mod code_text;
mod completions;
mod explain;
mod format;
mod input;
mod json_stream;
mod list;
mod man;
mod match_row;
mod output;
mod scan;
mod table_writer;
mod tables;

use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValue, RangedU64ValueParser};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use msdk_codes::{Language, Table};

use crate::format::Format;
use crate::output::Output;

/// Explains Tencent MSDK's QQ return codes and OIDB failures: what a code
/// means, what MSDK recommends, and what to do next.
///
/// Codes go in any spelling (-21, 0x47, -0x10, 155), as a variant name
/// (AccessTokenDeprecated), or inside a log line (ret=100014, "ret":-21,
/// "oidb decode0x73a failed, ret: 17").
#[derive(Parser)]
#[expect(
    clippy::doc_markdown,
    reason = "this is `--help`, where backticks would show"
)]
#[command(
    name = "msdk-codes",
    version,
    about = ABOUT,
    long_about,
    max_term_width = 100
)]
struct Args {
    #[command(subcommand)]
    command: Command,
    /// The language of descriptions and solutions: en (English) or zh
    /// (MSDK's Chinese). A row the table has in one language only is shown
    /// in that one.
    #[arg(long, global = true, value_name = "LANG", default_value = "en", value_parser = parse_language)]
    lang: Language,
}

fn parse_language(text: &str) -> Result<Language, String> {
    text.parse()
        .map_err(|err: msdk_codes::ParseError| err.to_string())
}

#[derive(Subcommand)]
#[expect(
    clippy::doc_markdown,
    reason = "this is `--help`, where backticks would show"
)]
enum Command {
    /// Explain codes, variant names, response bodies or log lines.
    ///
    /// Prints every match in every table (or in --table), in input order.
    /// A response body ({"ret":-10000,"msg":"-73,..."}) is explained layer
    /// by layer: ret, err_type, the platform's code in msg, platCode, an
    /// OIDB failure, and one action. With no INPUT, reads one input per line
    /// from stdin, a response body whole. Exits 1 when an input matches
    /// nothing, after naming the codes most likely meant.
    Explain {
        /// A code (-21, 0x47, -0x10), a variant name, a response body, or a
        /// text holding a `ret` or an OIDB failure.
        #[arg(value_name = "INPUT", allow_negative_numbers = true)]
        inputs: Vec<String>,
        /// Only this table.
        #[arg(long, value_name = "ID")]
        table: Option<TableId>,
        /// The endpoint the response came from (/share/qq,
        /// /relation/get_groupinfo, or its URL): its own table answers for
        /// the codes it has.
        #[arg(long, value_name = "PATH")]
        endpoint: Option<String>,
        /// The output format. json: one array, an object per input with its
        /// matches (possibly none); jsonl: those objects one per line, each
        /// written as soon as its input is read.
        #[arg(long, value_parser = format::parser(&format::EXPLAIN), default_value = "text")]
        format: Format,
    },
    /// Find every MSDK failure in server logs.
    ///
    /// Reads the FILEs (stdin when there are none) line by line: a `ret`
    /// other than 0 (`ret=-21`, `"ret":-21`, `ret: 100014`) or an OIDB failure
    /// anywhere in a line is a failure. Prints each line, failures explained
    /// at its end (--annotate), or a count per code (--summary).
    Scan {
        /// Log files; stdin when there are none.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// One row per code and table: count, action, description, most
        /// frequent first.
        #[arg(long, conflicts_with = "annotate")]
        summary: bool,
        /// Every line, failures explained at the end of theirs (the default).
        #[arg(long)]
        annotate: bool,
        /// Look `ret`s up in this table only (OIDB failures go to theirs).
        #[arg(long, value_name = "ID")]
        table: Option<TableId>,
        /// The output format: text, json or jsonl without --summary; text,
        /// json, csv or markdown with it. json: one array, an object per
        /// failing line (or, with --summary, per code and table), written
        /// as it goes; jsonl: those objects one per line.
        #[arg(long, value_parser = format::parser(&format::SCAN), default_value = "text")]
        format: Format,
        /// The threads that count with --summary, each a block of lines at
        /// a time; one per core unless given. 1 counts on the thread that
        /// reads. The summary is the same whatever the number.
        #[arg(long, value_name = "N", requires = "summary", value_parser = RangedU64ValueParser::<usize>::new().range(1..=1024))]
        threads: Option<usize>,
    },
    /// List every code.
    List {
        /// Only this table.
        #[arg(long, value_name = "ID")]
        table: Option<TableId>,
        /// The output format. json: one array, an object per code (each
        /// code of a range on its own), as `explain` writes a match.
        #[arg(long, value_parser = format::parser(&format::TABLE), default_value = "text")]
        format: Format,
    },
    /// List the tables: ids, titles, sources, row and code counts.
    Tables {
        /// The output format. json: one array, an object per table.
        #[arg(long, value_parser = format::parser(&format::TABLE), default_value = "text")]
        format: Format,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -`.
    Man,
}

/// What the tool is, in one line: `-h`, and the manual page's NAME.
const ABOUT: &str = "Explain Tencent MSDK return codes and find them in server logs";

/// A table id on the command line: the library's ids are the possible values.
#[derive(Clone, Copy)]
struct TableId(Table);

impl ValueEnum for TableId {
    fn value_variants<'a>() -> &'a [Self] {
        const IDS: [TableId; Table::ALL.len()] = {
            let mut ids = [TableId(Table::ALL[0]); Table::ALL.len()];
            let mut i = 0;
            while i < ids.len() {
                ids[i] = TableId(Table::ALL[i]);
                i += 1;
            }
            ids
        };
        &IDS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.id()).help(self.0.info().title()))
    }
}

/// Marks a negative hex code (`-0x10`) so that clap takes it for a value,
/// as it does a negative decimal one; `explain` takes the mark off.
const NEGATIVE_HEX: char = '\u{E000}';

fn main() -> ExitCode {
    let mut after_dashes = false;
    let command_line = std::env::args_os().map(|arg| {
        after_dashes |= arg == "--";
        match arg.to_str() {
            Some(text) if !after_dashes && is_negative_hex(text) => {
                format!("{NEGATIVE_HEX}{text}").into()
            }
            _ => arg,
        }
    });
    let command_line: Vec<_> = command_line.collect();
    let args = match Args::try_parse_from(&command_line) {
        Ok(args) => args,
        Err(err) => with_format_tip(err, &command_line).exit(),
    };
    if let Err(err) = check_scan_format(&args) {
        err.exit();
    }
    let mut output = Output::new();
    let result = run(args, &mut output).and_then(|code| output.finish().map(|()| code));
    match result {
        Ok(code) => code,
        // The reader went away (`| head`): stop quietly, as coreutils do.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(io::stderr(), "msdk-codes: cannot write the output: {err}");
            ExitCode::from(3)
        }
    }
}

/// `--jsn`, `--csv`: a flag that looks like a format is a tip to `--format`,
/// in a subcommand that has one and takes that format.
fn with_format_tip(mut err: clap::Error, command_line: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::UnknownArgument {
        return err;
    }
    let Some(ContextValue::String(flag)) = err.get(ContextKind::InvalidArg) else {
        return err;
    };
    let flag = flag.trim_start_matches('-').to_ascii_lowercase();
    let command = Args::command();
    let Some(format_arg) = command_line
        .iter()
        .skip(1)
        .find_map(|arg| command.find_subcommand(arg))
        .and_then(|subcommand| {
            subcommand
                .get_arguments()
                .find(|arg| arg.get_id() == "format")
        })
    else {
        return err;
    };
    let format = format_arg
        .get_possible_values()
        .into_iter()
        .find_map(|value| {
            let name = value.get_name().to_owned();
            (strsim::damerau_levenshtein(&flag, &name) <= 2).then_some(name)
        });
    if let Some(name) = format {
        err.insert(
            ContextKind::SuggestedArg,
            ContextValue::String(format!("--format {name}")),
        );
    }
    err
}

/// `scan`'s formats depend on its mode: csv and markdown are tables, for
/// `--summary`; jsonl streams lines, for annotating.
fn check_scan_format(args: &Args) -> Result<(), clap::Error> {
    let Command::Scan {
        summary, format, ..
    } = args.command
    else {
        return Ok(());
    };
    let (allowed, mode) = if summary {
        (&format::TABLE[..], "with --summary")
    } else {
        (&format::SCAN_ANNOTATE[..], "without --summary")
    };
    if allowed.contains(&format) {
        return Ok(());
    }
    let names: Vec<String> = allowed.iter().copied().map(format::name).collect();
    let mut command = Args::command();
    command.build();
    let scan = command
        .find_subcommand_mut("scan")
        .expect("scan is a subcommand");
    Err(scan.error(
        clap::error::ErrorKind::InvalidValue,
        format!(
            "invalid value '{}' for '--format <FORMAT>' {mode}\n  [possible values {mode}: {}]",
            format::name(format),
            names.join(", ")
        ),
    ))
}

fn is_negative_hex(text: &str) -> bool {
    text.strip_prefix("-0x")
        .or_else(|| text.strip_prefix("-0X"))
        .is_some_and(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit()))
}

fn run(args: Args, output: &mut Output) -> io::Result<ExitCode> {
    let table = |id: Option<TableId>| id.map(|id| id.0);
    let language = args.lang;
    match args.command {
        Command::Explain {
            inputs,
            table: id,
            endpoint,
            format,
        } => {
            let inputs: Vec<String> = inputs
                .into_iter()
                .map(|input| {
                    input
                        .strip_prefix(NEGATIVE_HEX)
                        .map_or(input.clone(), str::to_owned)
                })
                .collect();
            let options = explain::Options {
                only: table(id),
                endpoint: endpoint.as_deref(),
                format,
                language,
            };
            explain::run(output, &inputs, &options)
        }
        Command::Scan {
            files,
            summary,
            annotate: _,
            table: id,
            format,
            threads,
        } => {
            let threads = threads
                .and_then(NonZeroUsize::new)
                .or_else(|| std::thread::available_parallelism().ok())
                .unwrap_or(NonZeroUsize::MIN);
            let options = scan::Options {
                summary,
                only: table(id),
                format,
                language,
                threads,
            };
            scan::run(output, &files, &options)
        }
        Command::List { table: id, format } => {
            list::run(output.out(), table(id), format, language).map(|()| ExitCode::SUCCESS)
        }
        Command::Tables { format } => tables::run(output.out(), format).map(|()| ExitCode::SUCCESS),
        Command::Completions { shell } => {
            completions::run(output.out(), shell, Args::command());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => man::run(output.out(), Args::command()).map(|()| ExitCode::SUCCESS),
    }
}
