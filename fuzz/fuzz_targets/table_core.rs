//! The generator's core (CSV to model, then the rules) on arbitrary bytes:
//! errors, never a panic. The proc-macro crate can export nothing but
//! macros, so its modules are compiled in here by path.
#![no_main]

#[path = "../../msdk-codes-macros/src/code.rs"]
#[allow(dead_code)]
mod code;
#[path = "../../msdk-codes-macros/src/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "../../msdk-codes-macros/src/table.rs"]
#[allow(dead_code)]
mod table;
#[path = "../../msdk-codes-macros/src/valid.rs"]
#[allow(dead_code)]
mod valid;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut errors = error::Errors::new("fuzz.csv");
    let table = table::parse(bytes, &mut errors);
    valid::check(&table, &mut errors);
    for error in errors.into_vec() {
        assert!(!error.message.is_empty());
        let _ = error.to_string();
    }
    for row in &table.rows {
        assert!(row.codes.low <= row.codes.high);
        assert!(row.codes.contains(row.codes.first));
    }
});
