//! `from_code` + `description` against the usual alternatives, in one process
//! and on the same inputs, criterion medians printed as ns per lookup and as
//! ratios to std's `HashMap`:
//!
//! - `msdk`: the six MSDK tables, 1,024 lookups each of a fixed pseudo-random
//!   mix of their codes (80% known, in every form a table accepts, 20%
//!   unknown), against `HashMap`, binary search, `phf::Map` and the floor;
//! - `repeated`: one code (`-21`) 1,024 times;
//! - `random-1000`, `random-10000`, `random-100000`: tables of random codes
//!   in -2,000,000..2,000,000 (the build script writes them), 65,536
//!   lookups, 80% known, 20% unknown, against `HashMap` and the floor.
//!
//! For the random tables, `generated_column` reads a declared `u16` column
//! instead of the description. The floor is one load from a dense array
//! indexed by the code's low bits:
//! not a correct lookup, the least any lookup of that size can cost. Then
//! the bytes of each table's lookup arrays, per code.
//!
//! ```text
//! cargo bench -p msdk-codes-benches --bench lookup [--features large-tables]
//! ```

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput};
use msdk_codes::__private::LookupBytes;
use msdk_codes::{
    AccessTokenCode, CodeEnum, GameCenterCode, OidbCode, PayTokenCode, QqGroupCode, QqPlatformCode,
};

msdk_codes::msdk_codes! {
    /// 1,000 random codes.
    pub enum Random1k => concat!(env!("OUT_DIR"), "/random-1000.csv") { weight: u16 };
    /// 10,000 random codes.
    pub enum Random10k => concat!(env!("OUT_DIR"), "/random-10000.csv") { weight: u16 };
    /// 100,000 random codes (the `large-tables` feature: minutes to compile).
    #[cfg(feature = "large-tables")]
    pub enum Random100k => concat!(env!("OUT_DIR"), "/random-100000.csv") { weight: u16 };
}

/// A fixed xorshift: the same mix on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// One table: its codes with their descriptions, the lookups to run, and
/// the generated lookup over them.
struct Workload {
    name: &'static str,
    entries: Vec<(i32, &'static str)>,
    mix: Vec<i32>,
    generated: fn(&[i32]) -> usize,
    /// `from_code` + a declared column, where the table has one.
    column: Option<fn(&[i32]) -> usize>,
    lookup_bytes: usize,
}

impl Workload {
    fn new<T: CodeEnum + LookupBytes>(
        name: &'static str,
        lookups: usize,
        random: &mut Random,
    ) -> Workload {
        let mut entries = Vec::new();
        for row in T::ALL {
            for code in row.codes() {
                let value = T::from_code(code).expect("a code of the row");
                entries.push((code, value.description()));
                if value.signed() != code {
                    entries.push((value.signed(), value.description()));
                }
            }
        }
        let mix = (0..lookups)
            .map(|_| {
                if random.next() % 5 == 0 {
                    loop {
                        let code = (random.next() % 4_000_000) as i32 - 2_000_000;
                        if T::from_code(code).is_none() {
                            break code;
                        }
                    }
                } else {
                    entries[(random.next() % entries.len() as u64) as usize].0
                }
            })
            .collect();
        Workload {
            name,
            entries,
            mix,
            generated: generated_sum::<T>,
            column: None,
            lookup_bytes: T::BYTES,
        }
    }

    fn with_column(self, column: fn(&[i32]) -> usize) -> Workload {
        Workload {
            column: Some(column),
            ..self
        }
    }

    fn codes(&self) -> usize {
        self.entries.len()
    }
}

/// `from_code` + the declared `weight` column, as `generated_sum` reads
/// `description`.
macro_rules! weight_sum {
    ($ty:ident) => {
        |mix: &[i32]| -> usize {
            mix.iter()
                .map(|&code| {
                    $ty::from_code(black_box(code)).map_or(0, |value| usize::from(value.weight()))
                })
                .sum()
        }
    };
}

fn generated_sum<T: CodeEnum>(mix: &[i32]) -> usize {
    mix.iter()
        .map(|&code| T::from_code(black_box(code)).map_or(0, |value| value.description().len()))
        .sum()
}

/// The alternatives, built from the same entries.
struct Alternatives {
    hash_maps: Vec<HashMap<i32, &'static str>>,
    sorted: Vec<Vec<(i32, &'static str)>>,
    phf_maps: Vec<phf::Map<i32, &'static str>>,
    floors: Vec<Vec<&'static str>>,
}

impl Alternatives {
    fn new(workloads: &[Workload], with_phf: bool) -> Self {
        let hash_maps = workloads
            .iter()
            .map(|w| w.entries.iter().copied().collect())
            .collect();
        let sorted = workloads
            .iter()
            .map(|w| {
                let mut entries = w.entries.clone();
                entries.sort_unstable_by_key(|&(code, _)| code);
                entries
            })
            .collect();
        let phf_maps = if with_phf {
            workloads.iter().map(|w| phf_map(&w.entries)).collect()
        } else {
            Vec::new()
        };
        let floors = workloads
            .iter()
            .map(|w| {
                let mut floor = vec![""; w.codes().next_power_of_two().max(256)];
                let mask = floor.len() - 1;
                for &(code, description) in &w.entries {
                    floor[code as usize & mask] = description;
                }
                floor
            })
            .collect();
        Alternatives {
            hash_maps,
            sorted,
            phf_maps,
            floors,
        }
    }
}

/// A `phf::Map` built by phf's own generator, as `phf_map!` would build it.
fn phf_map(entries: &[(i32, &'static str)]) -> phf::Map<i32, &'static str> {
    let keys: Vec<i32> = entries.iter().map(|&(code, _)| code).collect();
    let state = phf_generator::generate_hash(&keys);
    let ordered: Vec<(i32, &'static str)> = state.map.iter().map(|&i| entries[i]).collect();
    phf::Map {
        key: state.key,
        disps: Box::leak(state.disps.into_boxed_slice()),
        entries: Box::leak(ordered.into_boxed_slice()),
    }
}

/// Runs every workload's mix through `lookup` on that table's structure and
/// sums the descriptions' lengths, so that nothing is optimized away.
#[inline(always)]
fn sum_over<T>(
    workloads: &[Workload],
    structures: &[T],
    lookup: impl Fn(&T, i32) -> Option<&'static str>,
) -> usize {
    let mut sum = 0;
    for (workload, structure) in workloads.iter().zip(structures) {
        for &code in &workload.mix {
            sum += lookup(structure, black_box(code)).map_or(0, str::len);
        }
    }
    sum
}

fn bench(c: &mut Criterion, group: &str, workloads: &[Workload], with_phf: bool) {
    let alternatives = Alternatives::new(workloads, with_phf);
    let lookups: usize = workloads.iter().map(|w| w.mix.len()).sum();
    let mut group = c.benchmark_group(group);
    group.throughput(Throughput::Elements(lookups as u64));
    group.bench_function("generated", |b| {
        b.iter(|| {
            workloads
                .iter()
                .map(|w| (w.generated)(black_box(&w.mix)))
                .sum::<usize>()
        });
    });
    if workloads.iter().all(|w| w.column.is_some()) {
        group.bench_function("generated_column", |b| {
            b.iter(|| {
                workloads
                    .iter()
                    .filter_map(|w| Some(w.column?(black_box(&w.mix))))
                    .sum::<usize>()
            });
        });
    }
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            sum_over(workloads, &alternatives.hash_maps, |map, code| {
                map.get(&code).copied()
            })
        });
    });
    if with_phf {
        group.bench_function("binary_search", |b| {
            b.iter(|| {
                sum_over(workloads, &alternatives.sorted, |sorted, code| {
                    let found = sorted.binary_search_by_key(&code, |&(key, _)| key);
                    found.ok().map(|i| sorted[i].1)
                })
            });
        });
        group.bench_function("phf", |b| {
            b.iter(|| {
                sum_over(workloads, &alternatives.phf_maps, |map, code| {
                    map.get(&code).copied()
                })
            });
        });
    }
    group.bench_function("dense_floor", |b| {
        b.iter(|| {
            sum_over(workloads, &alternatives.floors, |floor, code| {
                Some(floor[code as usize & (floor.len() - 1)])
            })
        });
    });
    group.finish();
}

fn output_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion")
}

/// Criterion's median for one benchmark, in ns per iteration.
fn median(group: &str, name: &str) -> Option<f64> {
    let path = output_directory()
        .join(group)
        .join(name)
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// Prints one group's medians; returns the generated lookup's ns.
fn report(group: &str, lookups: usize) -> Option<f64> {
    println!("\n{group}: median ns per lookup (from_code + description), ratio to HashMap");
    let hashmap = median(group, "hashmap");
    for name in [
        "generated",
        "generated_column",
        "hashmap",
        "binary_search",
        "phf",
        "dense_floor",
    ] {
        let Some(ns) = median(group, name) else {
            continue;
        };
        let per_lookup = ns / lookups as f64;
        let ratio = hashmap.map_or(f64::NAN, |h| ns / h);
        println!("  {name:<14} {per_lookup:>7.2} ns   {ratio:>5.2}x HashMap");
    }
    let generated = median(group, "generated")?;
    if let Some(floor) = median(group, "dense_floor") {
        println!("  generated / dense floor: {:.2}x", generated / floor);
    }
    Some(generated / lookups as f64)
}

fn report_memory(workloads: &[&Workload]) {
    println!("\nlookup arrays (slots, pilots, rows; the per-row data besides):");
    for w in workloads {
        println!(
            "  {:<14} {:>9} bytes for {:>6} codes: {:>5.1} bytes a code",
            w.name,
            w.lookup_bytes,
            w.codes(),
            w.lookup_bytes as f64 / w.codes() as f64
        );
    }
}

fn main() {
    let mut criterion = Criterion::default()
        .output_directory(&output_directory())
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut random = Random(0x5EED_1234_ABCD_0001);
    const PER_TABLE: usize = 1024;
    let msdk = vec![
        Workload::new::<QqPlatformCode>("qq-platform", PER_TABLE, &mut random),
        Workload::new::<QqGroupCode>("qq-group", PER_TABLE, &mut random),
        Workload::new::<GameCenterCode>("game-center", PER_TABLE, &mut random),
        Workload::new::<OidbCode>("oidb", PER_TABLE, &mut random),
        Workload::new::<PayTokenCode>("oidb-0x73a", PER_TABLE, &mut random),
        Workload::new::<AccessTokenCode>("oidb-0x711", PER_TABLE, &mut random),
    ];
    bench(&mut criterion, "msdk", &msdk, true);
    let mut repeated = Workload::new::<QqPlatformCode>("repeated", PER_TABLE, &mut random);
    repeated.mix = vec![-21; PER_TABLE];
    bench(
        &mut criterion,
        "repeated",
        std::slice::from_ref(&repeated),
        true,
    );

    const LOOKUPS: usize = 65_536;
    let random_tables = vec![
        Workload::new::<Random1k>("random-1000", LOOKUPS, &mut random)
            .with_column(weight_sum!(Random1k)),
        Workload::new::<Random10k>("random-10000", LOOKUPS, &mut random)
            .with_column(weight_sum!(Random10k)),
        #[cfg(feature = "large-tables")]
        Workload::new::<Random100k>("random-100000", LOOKUPS, &mut random)
            .with_column(weight_sum!(Random100k)),
    ];
    for workload in &random_tables {
        bench(
            &mut criterion,
            workload.name,
            std::slice::from_ref(workload),
            false,
        );
    }
    criterion.final_summary();

    let six = report("msdk", 6 * PER_TABLE);
    report("repeated", PER_TABLE);
    for workload in &random_tables {
        let generated = report(workload.name, LOOKUPS);
        if let (Some(generated), Some(six)) = (generated, six) {
            println!("  generated / six MSDK tables: {:.2}x", generated / six);
        }
    }
    let all: Vec<&Workload> = msdk.iter().chain(&random_tables).collect();
    report_memory(&all);
}
