//! The build script that writes the random tables of 100, 1,000, 10,000 and
//! 100,000 codes that the lookup benchmark and the large-table tests compile
//! (`$OUT_DIR/random-N.csv`): distinct codes over the whole `i32` range, the
//! same on every build, with a declared `weight: u16` column.

use std::fmt::Write;

fn main() {
    // This file is the build script of two packages: the root one, where it
    // is `benches/random_tables.rs`, and the benchmarks', where it is
    // `random_tables.rs`.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    for path in ["random_tables.rs", "benches/random_tables.rs"] {
        if std::path::Path::new(&manifest_dir).join(path).is_file() {
            println!("cargo::rerun-if-changed={path}");
        }
    }
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for rows in [100, 1_000, 10_000, 100_000] {
        let mut state: u64 = 0x5EED_1234_ABCD_0001 ^ rows;
        let mut seen = std::collections::HashSet::new();
        let mut csv = String::from("code,name,description,action,weight\n");
        let mut row = 0;
        while row < rows {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let code = (state >> 32) as u32 as i32;
            if seen.insert(code) {
                let weight = row % 65_536;
                writeln!(
                    csv,
                    "{code},Row{row},random code number {row},retry,{weight}"
                )
                .unwrap();
                row += 1;
            }
        }
        std::fs::write(format!("{out_dir}/random-{rows}.csv"), csv).unwrap();
    }
}
