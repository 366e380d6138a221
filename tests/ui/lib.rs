//! The compile-fail suite's package: its test is `ui.rs`, its cases are
//! `table/` and `code-macro/`. Nothing to export.
