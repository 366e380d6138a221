//! The generator's core (CSV to model, then the rules, then the tokens) on
//! arbitrary bytes: errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msdk_codes_generator::expand::generate;
use msdk_codes_generator::load::load;
use msdk_codes_generator::spec::EnumSpec;

fuzz_target!(|bytes: &[u8]| {
    match load("fuzz.csv", bytes, &[]) {
        Ok(table) => {
            for row in &table.rows {
                assert!(row.codes.low <= row.codes.high);
                assert!(row.codes.contains(row.codes.first));
            }
        }
        Err(failure) => {
            for error in failure.errors {
                assert!(!error.message.is_empty());
                let _ = error.to_string();
            }
        }
    }
    let spec = EnumSpec::plain("FuzzCode", "fuzz.csv", "Fuzz codes", Vec::new());
    let _ = generate(&spec, bytes);
});
