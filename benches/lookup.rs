//! `from_code` + `description` against the usual alternatives, in one process
//! and on the same inputs: a fixed pseudo-random mix over all six tables'
//! codes (80% known, 20% unknown, so branches are unpredictable), and one code
//! repeated (branches predicted). Prints ns per lookup and each ratio to std's
//! `HashMap`, from criterion's medians.
//!
//! ```text
//! cargo bench --bench lookup
//! ```

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput};
use msdk_codes::{
    AccessTokenCode, GameCenterCode, OidbCode, PayTokenCode, QqGroupCode, QqPlatformCode, Table,
};

const LOOKUPS_PER_TABLE: usize = 1024;

/// One table's generated lookup, so the benchmark loop can be generic.
trait Generated {
    const LOOKUP_BYTES: usize;
    const ROWS: usize;
    fn describe(code: i32) -> Option<&'static str>;
}

macro_rules! generated {
    ($($ty:ident),*) => {$(
        impl Generated for $ty {
            const LOOKUP_BYTES: usize = $ty::__LOOKUP_BYTES;
            const ROWS: usize = $ty::ALL.len();
            #[inline]
            fn describe(code: i32) -> Option<&'static str> {
                match $ty::from_code(code) {
                    Some(value) => Some(value.description()),
                    None => None,
                }
            }
        }
    )*};
}

generated!(
    QqPlatformCode,
    QqGroupCode,
    GameCenterCode,
    OidbCode,
    PayTokenCode,
    AccessTokenCode
);

/// Every code a table knows, in every form (both forms of an OIDB byte).
fn known_codes(table: Table) -> Vec<i32> {
    (-600_000..=10_000_000)
        .filter(|&code| table.lookup(code).is_some())
        .collect()
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

/// Per table: the codes it knows, and the mix of lookups to run on it.
struct Workload {
    table: Table,
    entries: Vec<(i32, &'static str)>,
    mix: Vec<i32>,
}

fn workloads(random: &mut Random) -> Vec<Workload> {
    Table::ALL
        .into_iter()
        .map(|table| {
            let known = known_codes(table);
            let entries: Vec<(i32, &'static str)> = known
                .iter()
                .map(|&code| (code, table.lookup(code).unwrap().description()))
                .collect();
            let mix = (0..LOOKUPS_PER_TABLE)
                .map(|_| {
                    if random.next() % 5 == 0 {
                        loop {
                            let code = (random.next() % 2_000_000) as i32 - 1_000_000;
                            if table.lookup(code).is_none() {
                                break code;
                            }
                        }
                    } else {
                        known[(random.next() % known.len() as u64) as usize]
                    }
                })
                .collect();
            Workload {
                table,
                entries,
                mix,
            }
        })
        .collect()
}

fn generated_sum<T: Generated>(mix: &[i32]) -> usize {
    mix.iter()
        .map(|&code| T::describe(black_box(code)).map_or(0, str::len))
        .sum()
}

/// The generated lookups, table by table.
fn generated(workloads: &[Workload]) -> usize {
    let mut sum = 0;
    for workload in workloads {
        sum += match workload.table {
            Table::QqPlatform => generated_sum::<QqPlatformCode>(&workload.mix),
            Table::QqGroup => generated_sum::<QqGroupCode>(&workload.mix),
            Table::GameCenter => generated_sum::<GameCenterCode>(&workload.mix),
            Table::Oidb => generated_sum::<OidbCode>(&workload.mix),
            Table::PayToken => generated_sum::<PayTokenCode>(&workload.mix),
            Table::AccessToken => generated_sum::<AccessTokenCode>(&workload.mix),
        };
    }
    sum
}

struct Alternatives {
    hash_maps: Vec<HashMap<i32, &'static str>>,
    sorted: Vec<Vec<(i32, &'static str)>>,
    phf_maps: Vec<phf::Map<i32, &'static str>>,
    dense: Vec<[&'static str; 256]>,
}

impl Alternatives {
    fn new(workloads: &[Workload]) -> Self {
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
        let phf_maps = workloads.iter().map(|w| phf_map(&w.entries)).collect();
        let dense = workloads
            .iter()
            .map(|w| {
                let mut dense = [""; 256];
                for &(code, description) in &w.entries {
                    dense[usize::from(code as u8)] = description;
                }
                dense
            })
            .collect();
        Alternatives {
            hash_maps,
            sorted,
            phf_maps,
            dense,
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

fn bench_mix(c: &mut Criterion, group: &str, workloads: &[Workload]) {
    let alternatives = Alternatives::new(workloads);
    let lookups: usize = workloads.iter().map(|w| w.mix.len()).sum();
    let mut group = c.benchmark_group(group);
    group.throughput(Throughput::Elements(lookups as u64));
    group.bench_function("generated", |b| b.iter(|| generated(black_box(workloads))));
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            sum_over(workloads, &alternatives.hash_maps, |map, code| {
                map.get(&code).copied()
            })
        });
    });
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
    group.bench_function("dense_floor", |b| {
        b.iter(|| {
            sum_over(workloads, &alternatives.dense, |dense, code| {
                Some(dense[usize::from(code as u8)])
            })
        });
    });
    group.finish();
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

fn output_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion")
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

fn report(group: &str, lookups: usize) {
    println!("\n{group}: median ns per lookup (from_code + description), ratio to HashMap");
    let hashmap = median(group, "hashmap");
    for name in [
        "generated",
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
    if let (Some(generated), Some(floor)) =
        (median(group, "generated"), median(group, "dense_floor"))
    {
        println!("  generated / dense floor: {:.2}x", generated / floor);
    }
}

fn report_memory() {
    let tables: [(&str, usize, usize); 6] = [
        (
            "qq-platform",
            QqPlatformCode::LOOKUP_BYTES,
            QqPlatformCode::ROWS,
        ),
        ("qq-group", QqGroupCode::LOOKUP_BYTES, QqGroupCode::ROWS),
        (
            "game-center",
            GameCenterCode::LOOKUP_BYTES,
            GameCenterCode::ROWS,
        ),
        ("oidb", OidbCode::LOOKUP_BYTES, OidbCode::ROWS),
        ("oidb-0x73a", PayTokenCode::LOOKUP_BYTES, PayTokenCode::ROWS),
        (
            "oidb-0x711",
            AccessTokenCode::LOOKUP_BYTES,
            AccessTokenCode::ROWS,
        ),
    ];
    // name, description and solution (&str), action (u8), first and last code.
    let per_row = 3 * size_of::<&str>() + size_of::<u8>() + size_of::<(i32, i32)>();
    println!(
        "\nlookup data (the perfect-hash slots; per-row arrays of {per_row} bytes a row besides):"
    );
    let mut total = 0;
    let mut total_rows = 0;
    for (id, bytes, rows) in tables {
        println!(
            "  {id:<12} {bytes:>6} bytes of slots, {:>5} bytes of per-row arrays",
            rows * per_row
        );
        total += bytes;
        total_rows += rows * per_row;
    }
    println!(
        "  all six      {total:>6} bytes of slots ({:.1} KiB), {total_rows} bytes of per-row arrays",
        total as f64 / 1024.0
    );
}

fn main() {
    let mut criterion = Criterion::default()
        .output_directory(&output_directory())
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut random = Random(0x5EED_1234_ABCD_0001);
    let workloads = workloads(&mut random);
    bench_mix(&mut criterion, "unpredictable", &workloads);

    let repeated: Vec<Workload> = workloads
        .into_iter()
        .filter(|w| w.table == Table::QqPlatform)
        .map(|w| Workload {
            mix: vec![-21; LOOKUPS_PER_TABLE],
            ..w
        })
        .collect();
    bench_mix(&mut criterion, "repeated", &repeated);
    criterion.final_summary();

    report("unpredictable", 6 * LOOKUPS_PER_TABLE);
    report("repeated", LOOKUPS_PER_TABLE);
    report_memory();
}
