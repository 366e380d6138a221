//! The `--format` values: how the output is written, and which of them each
//! subcommand takes. `json` is one JSON document in every subcommand;
//! `jsonl`, where a subcommand streams, one JSON object per line.

use clap::ValueEnum;
use clap::builder::{PossibleValuesParser, TypedValueParser};

/// How the output is written.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: aligned and explained.
    Text,
    /// One JSON document: an array of objects.
    Json,
    /// JSON Lines: one JSON object per line, each written as it comes.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
}

/// `explain`: an answer per input, as it comes, in every format.
pub const EXPLAIN: [Format; 5] = [
    Format::Text,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Markdown,
];

/// `scan`: text, json and jsonl annotate; text, json, csv and markdown
/// summarize (checked in `main`, which knows `--summary`).
pub const SCAN: [Format; 5] = EXPLAIN;

/// `scan` without `--summary`: a line at a time.
pub const SCAN_ANNOTATE: [Format; 3] = [Format::Text, Format::Json, Format::Jsonl];

/// `scan --summary`, `list`, `tables`: one table, written at the end.
pub const TABLE: [Format; 4] = [Format::Text, Format::Json, Format::Csv, Format::Markdown];

/// A `--format` that takes `formats` and only them, each with its help.
pub fn parser(formats: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(formats.iter().filter_map(ValueEnum::to_possible_value))
        .map(|name| Format::from_str(&name, false).expect("a possible value is a format"))
}

/// The format's name on the command line.
pub fn name(format: Format) -> String {
    format
        .to_possible_value()
        .map_or_else(String::new, |value| value.get_name().to_owned())
}
