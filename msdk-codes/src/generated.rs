//! What generated enums lean on besides the macros: constructors of the
//! runtime's types and the traits behind code macros, benchmarks and
//! `CodeEnum`'s seal.

use crate::{Language, Rows, TableInfo, Text, UnknownCode};

/// A generated enum's `TABLE`.
#[must_use]
pub const fn table_info(
    id: &'static str,
    title: &'static str,
    source: &'static str,
    file: &'static str,
    byte_codes: bool,
    hex: bool,
) -> TableInfo {
    TableInfo::new(id, title, source, file, byte_codes, hex)
}

/// A generated enum's `ALL`: `len` rows, each made by `value`.
#[must_use]
pub const fn rows<T>(len: usize, value: fn(usize) -> T) -> Rows<T> {
    Rows::new(len, value)
}

/// A generated row's text in `language`, from its English and Chinese
/// `[description, solution]` ("" for none).
#[must_use]
pub const fn text(
    language: Language,
    english: [&'static str; 2],
    chinese: [&'static str; 2],
) -> Text {
    Text::choose(language, english, chinese)
}

/// The error of a generated enum's `TryFrom` and `FromStr`.
#[must_use]
pub const fn unknown_code(table: TableInfo, code: Option<i32>) -> UnknownCode {
    UnknownCode::new(table, code)
}

/// The value of range row `ROW` holding `CODE`: what a code macro expands to
/// for a code inside a range row, a constant and so a valid pattern. A code
/// macro's compile error is one too, with an erroneous `CODE`: rustc then
/// reports that error alone.
pub trait RowAt<const ROW: usize, const CODE: i32> {
    /// The value.
    const VALUE: Self;
}

/// The bytes of a generated enum's lookup arrays, for the benchmarks' report.
pub trait LookupBytes {
    /// The bytes.
    const BYTES: usize;
}

/// Keeps `CodeEnum` for the generated enums.
pub trait Sealed {}
