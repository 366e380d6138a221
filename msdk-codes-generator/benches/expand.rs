//! Parse + validate + expand of the six built-in tables: what
//! `msdk_codes!()` costs at compile time. A proc-macro crate exports only
//! macros, so the generator's modules are compiled in here by path.
//!
//! ```text
//! cargo bench -p msdk-codes-macros
//! ```

// `cargo bench` sets cfg(test), which brings in the modules' unit tests.
#![allow(dead_code, unused_imports)]

#[path = "../src/builtin.rs"]
mod builtin;
#[path = "../src/code.rs"]
mod code;
#[path = "../src/code_macro.rs"]
mod code_macro;
#[path = "../src/error.rs"]
mod error;
#[path = "../src/expand.rs"]
mod expand;
#[path = "../src/input.rs"]
mod input;
#[path = "../src/phf.rs"]
mod phf;
#[path = "../src/table.rs"]
mod table;
#[path = "../src/valid.rs"]
mod valid;

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;

fn main() {
    let mut criterion = Criterion::default()
        .output_directory(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion"),
        )
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    criterion.bench_function("expand_six_builtin_tables", |b| {
        b.iter(|| {
            expand::expand(black_box(input::Input::Builtin))
                .into_iter()
                .count()
        });
    });
    // The 2,000-row fixture of the nasty-tables test: 2,000 codes, past the
    // perfect hash's limit, so it also measures the `match` fallback.
    let big = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/nasty/two-thousand-rows.csv"),
    )
    .unwrap();
    // `plain` is `#[cfg(test)]`: `cargo bench` builds this target with cfg(test).
    let spec = expand::EnumSpec::plain("BigCode", "two-thousand-rows.csv", "Big");
    criterion.bench_function("expand_2000_row_table", |b| {
        b.iter(|| expand::generate(&spec, black_box(&big)).into_iter().count());
    });
    criterion.final_summary();
}
