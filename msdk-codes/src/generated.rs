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
#[inline]
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

/// The constant that carries a table's errors: a code macro of a table
/// with errors expands to `<Enum as RowAt<{ usize::MAX }, 0>>::VALUE`,
/// whose impl holds one `compile_error!` per problem, a value of the enum
/// and so a valid pattern and expression: rustc then reports those errors
/// alone. An unknown code's error is `RowAt<0, { compile_error!(..) }>`:
/// with an erroneous argument, rustc reports that error alone. (A code in a
/// range row is `Enum::Row(<CodeInRange<..> as InRange<CODE>>::VALUE)`.)
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
