//! `msdk-codes explain`: codes and messages to their meanings.

use std::io::{self, Write};
use std::process::ExitCode;

use msdk_codes::oidb::{self, OidbFailure};
use msdk_codes::{Code, Table};

use crate::format;

/// What one input turned out to be.
enum Input {
    Code(i32),
    Oidb(OidbFailure),
    Unreadable,
}

fn read(input: &str) -> Input {
    if let Some(code) = msdk_codes::__private::parse_code(input.trim()) {
        Input::Code(code)
    } else if let Some(failure) = oidb::parse(input) {
        Input::Oidb(failure)
    } else {
        Input::Unreadable
    }
}

pub fn run(
    out: &mut impl Write,
    inputs: &[String],
    only: Option<Table>,
    json: bool,
) -> io::Result<ExitCode> {
    let mut all_found = true;
    let mut objects = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let (header, matches) = match read(input) {
            Input::Code(number) => (None, msdk_codes::lookup_all(number).collect::<Vec<_>>()),
            Input::Oidb(failure) => (Some(failure), failure.code().into_iter().collect()),
            Input::Unreadable => (None, Vec::new()),
        };
        let matches: Vec<Code> = matches
            .into_iter()
            .filter(|code| only.is_none_or(|table| code.table() == table))
            .collect();
        if matches.is_empty() {
            all_found = false;
            not_found(input, only);
            continue;
        }
        if json {
            objects.extend(matches.into_iter().map(format::json_object));
            continue;
        }
        if i > 0 {
            writeln!(out)?;
        }
        if let Some(failure) = header {
            writeln!(
                out,
                "{input}: OIDB command {:#x} failed with ret {}",
                failure.command(),
                failure.ret()
            )?;
        }
        for (j, code) in matches.into_iter().enumerate() {
            if j > 0 {
                writeln!(out)?;
            }
            describe(out, code)?;
        }
    }
    if json {
        format::json_array(out, &objects)?;
    }
    Ok(if all_found {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn describe(out: &mut impl Write, code: Code) -> io::Result<()> {
    let info = code.table().info();
    writeln!(out, "{} ({})", info.title(), info.id())?;
    writeln!(out, "  code:        {}", format::code_with_hex(code))?;
    writeln!(out, "  name:        {}", code.name())?;
    writeln!(out, "  description: {}", code.description())?;
    writeln!(out, "  solution:    {}", code.solution().unwrap_or("-"))?;
    writeln!(out, "  action:      {}", code.action())
}

/// Says on stderr that `input` matched nothing, with the nearest known codes
/// when it was a number.
fn not_found(input: &str, only: Option<Table>) {
    let scope = only.map_or_else(|| "any table".to_owned(), |table| format!("table {table}"));
    let mut err = io::stderr().lock();
    let number = match read(input) {
        Input::Code(number) => number,
        Input::Oidb(failure) => {
            let _ = writeln!(
                err,
                "{input}: {failure}; ret {} is not in {scope}",
                failure.ret()
            );
            failure.ret()
        }
        Input::Unreadable => {
            let _ = writeln!(
                err,
                "{input}: not a code (write -21 or 0x47) nor an OIDB failure message \
                 (\"oidb decode0x73a failed, ret: 17\")"
            );
            return;
        }
    };
    let mut nearest: Vec<Code> = only
        .map_or_else(|| Table::ALL.to_vec(), |table| vec![table])
        .into_iter()
        .flat_map(Table::iter)
        .collect();
    nearest.sort_by_key(|&code| (distance(code, number), code.table()));
    let _ = writeln!(
        err,
        "{input}: no code {number} in {scope}; the nearest known codes:"
    );
    for code in nearest.into_iter().take(3) {
        let _ = writeln!(
            err,
            "  {} {} [{}]: {}",
            format::code_with_hex(code),
            code.name(),
            code.table(),
            code.description()
        );
    }
}

/// How far `number` is from `code`'s row; OIDB bytes count in both forms.
fn distance(code: Code, number: i32) -> i64 {
    let codes = code.codes();
    let (start, end) = (i64::from(*codes.start()), i64::from(*codes.end()));
    let to = |start: i64, end: i64| {
        let number = i64::from(number);
        if number < start {
            start - number
        } else {
            (number - end).max(0)
        }
    };
    let signed = to(start, end);
    if format::is_byte_table(code.table()) && code.code() < 0 {
        signed.min(to(start + 0x100, end + 0x100))
    } else {
        signed
    }
}
