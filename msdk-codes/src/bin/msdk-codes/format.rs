//! The `--format` values: how the output is written.

use clap::ValueEnum;

/// How the output is written.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: aligned and explained.
    Text,
    /// One JSON document.
    Json,
    /// CSV with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
}
