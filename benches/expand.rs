//! What `msdk_codes!` costs at compile time: parse + validate + expand of
//! the six built-in tables, of a 2,000-row fixture, and of random tables of
//! 1,000, 10,000 and 100,000 codes (the two-level perfect hash).
//!
//! ```text
//! cargo bench -p msdk-codes-benches --bench expand
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use msdk_codes_generator::expand::{expand, generate};
use msdk_codes_generator::input::parse;
use msdk_codes_generator::spec::EnumSpec;

/// A table of `rows` distinct pseudo-random codes, the same on every run.
fn random_table(rows: usize) -> Vec<u8> {
    let mut state: u64 = 0x5EED_1234_ABCD_0001;
    let mut codes = std::collections::BTreeSet::new();
    while codes.len() < rows {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        codes.insert((state % 4_000_000) as i32 - 2_000_000);
    }
    let mut csv = String::from("code,name,description\n");
    for (i, code) in codes.into_iter().enumerate() {
        csv.push_str(&format!("{code},Row{i},description of row {i}\n"));
    }
    csv.into_bytes()
}

fn main() {
    let mut criterion = Criterion::default()
        .output_directory(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion"),
        )
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    criterion.bench_function("expand_six_builtin_tables", |b| {
        b.iter(|| {
            let input = parse(black_box("[::msdk_codes]").parse().unwrap()).unwrap();
            expand(input).into_iter().count()
        });
    });
    let two_thousand = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/nasty/two-thousand-rows.csv"),
    )
    .unwrap();
    let spec = EnumSpec::plain("BigCode", "two-thousand-rows.csv", "Big", Vec::new());
    criterion.bench_function("expand_2000_row_table", |b| {
        b.iter(|| {
            generate(&spec, black_box(&two_thousand))
                .into_iter()
                .count()
        });
    });
    for rows in [1_000, 10_000, 100_000] {
        let table = random_table(rows);
        let spec = EnumSpec::plain("RandomCode", "random.csv", "Random", Vec::new());
        criterion.bench_function(&format!("expand_random_{rows}_row_table"), |b| {
            b.iter(|| generate(&spec, black_box(&table)).into_iter().count());
        });
    }
    criterion.final_summary();
}
