//! A match as a row: the columns `explain` writes of each match (and `scan`
//! of each failure, `list --format json` of each code), and their cells.

use msdk_codes::Language;
use serde_json::Value;

use crate::code_text::code_text;
use crate::input::Match;
use crate::table_writer::{self, Cell, Column};

/// The columns of a match, after any columns of the caller's.
pub const MATCH_COLUMNS: [Column; 11] = [
    Column::new("layer"),
    Column::new("table"),
    Column::new("code"),
    Column::new("hex"),
    Column::new("signed"),
    Column::new("name"),
    Column::new("description"),
    Column::new("solution"),
    Column::new("language"),
    Column::new("action"),
    Column::new("oidb_command"),
];

/// The cells of a match, its text in `language` (or the one the row has):
/// `layer` only for a response's match, `hex` only in a hex table, `signed`
/// only in a table of byte codes, `oidb_command` only when it came through
/// one.
pub fn match_cells(found: &Match, language: Language) -> [Cell; 11] {
    let code = found.code;
    let info = code.table().info();
    let text = code.text(language);
    [
        found
            .layer
            .map_or(Cell::Absent, |layer| Cell::text(layer.as_str())),
        Cell::text(info.id()),
        Cell::number(code.code()),
        if info.is_hex() {
            Cell::text(code_text(code))
        } else {
            Cell::Absent
        },
        if info.has_byte_codes() {
            Cell::number(code.signed())
        } else {
            Cell::Absent
        },
        Cell::text(code.name()),
        Cell::text(text.description()),
        text.solution().map_or(Cell::Null, Cell::text),
        Cell::text(text.language().tag()),
        Cell::text(code.action().as_str()),
        found
            .oidb_command
            .map_or(Cell::Absent, |command| Cell::text(format!("{command:#x}"))),
    ]
}

/// A match as a JSON object.
pub fn match_object(found: &Match, language: Language) -> Value {
    table_writer::object(&MATCH_COLUMNS, &match_cells(found, language))
}
