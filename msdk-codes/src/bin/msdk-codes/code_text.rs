//! How a code and its texts read in the output: the code in its table's
//! notation, alone or with its other forms, and a description or solution
//! on one line.

use msdk_codes::Code;

/// A code as its table writes it: `0x74` in a hex table, `-21` elsewhere.
pub fn code_text(code: Code) -> String {
    let hex = code.table().info().is_hex();
    msdk_codes::CodeText::new(code.code(), hex).to_string()
}

/// The code with its other forms, for people: `0x74 (116, signed -140)`,
/// `0x41 (65)`, `-21`.
pub fn code_with_forms(code: Code) -> String {
    let info = code.table().info();
    if info.has_byte_codes() {
        format!(
            "{} ({}, signed {})",
            code_text(code),
            code.code(),
            code.signed()
        )
    } else if info.is_hex() {
        format!("{} ({})", code_text(code), code.code())
    } else {
        code.code().to_string()
    }
}

/// A text on one line: each run of whitespace, line breaks included, as
/// one space. The tables' descriptions and solutions span lines at times.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
