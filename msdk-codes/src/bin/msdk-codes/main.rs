//! `msdk-codes`: explain MSDK return codes and OIDB failures in a terminal.

mod explain;
mod format;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use msdk_codes::Table;

/// Explains Tencent MSDK's QQ return codes and OIDB failures.
#[derive(Parser)]
#[command(name = "msdk-codes", version, about)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explain codes (-21, 0x47, 155) or messages ("oidb decode0x73a failed, ret: 17").
    ///
    /// Prints every match in every table (or in --table). Exits 1 when an
    /// input matches nothing, after naming the nearest known codes.
    Explain {
        /// Codes in decimal or hex, or message texts. Put a negative hex
        /// code after `--`.
        #[arg(required = true, value_name = "INPUT", allow_negative_numbers = true)]
        inputs: Vec<String>,
        /// Only this table.
        #[arg(long, value_name = "ID", value_parser = parse_table)]
        table: Option<Table>,
        /// Print one JSON array of the matches.
        #[arg(long)]
        json: bool,
    },
    /// List every code.
    List {
        /// Only this table.
        #[arg(long, value_name = "ID", value_parser = parse_table)]
        table: Option<Table>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the tables: ids, titles, sources, row and code counts.
    Tables,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Aligned columns, one row per table row.
    Text,
    /// One array, one object per code (each code of a range on its own).
    Json,
    /// One row per table row, in the tables' CSV schema, with a table column first.
    Csv,
    /// A Markdown table.
    Markdown,
}

fn parse_table(id: &str) -> Result<Table, String> {
    Table::from_id(id).ok_or_else(|| {
        let ids: Vec<&str> = Table::ALL.iter().map(|table| table.id()).collect();
        format!("unknown table `{id}`; the tables are {}", ids.join(", "))
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = match args.command {
        Command::Explain {
            inputs,
            table,
            json,
        } => explain::run(&mut out, &inputs, table, json),
        Command::List { table, format } => {
            format::list(&mut out, tables(table), format).map(|()| ExitCode::SUCCESS)
        }
        Command::Tables => format::tables(&mut out).map(|()| ExitCode::SUCCESS),
    };
    match result.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`| head`) or a full disk: say so, no backtrace.
            let _ = writeln!(io::stderr(), "msdk-codes: cannot write the output: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The tables to show: one, or all six.
fn tables(table: Option<Table>) -> Vec<Table> {
    table.map_or_else(|| Table::ALL.to_vec(), |table| vec![table])
}
