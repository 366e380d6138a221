//! `from_code` + `description` against the maps a Rust user would pick, in
//! one process, on the same probes, interleaved.
//!
//! Every implementation maps a code to its description's length: the
//! generated enum (`from_code(c).map(description)`), `FxHashMap`
//! (rustc-hash), foldhash's `HashMap`, std's `HashMap` (SipHash), `phf::Map`
//! built by phf's own generator, binary search over a sorted `Vec`, and the
//! floor: one load from an array of `&str` the table's size (rounded up to
//! a power of two) indexed by the code's low bits, not a correct lookup, the
//! least a lookup of that size can cost.
//!
//! Workloads: the six MSDK tables (each measurement runs the probes of all
//! six), and random tables of 100, 1,000, 10,000 and (with the
//! `large-tables` feature, on by default) 100,000 codes over the whole
//! `i32` range. For each, three mixes (all known, 80% known, 50% known;
//! the unknown codes are random `i32`s no table row holds) and two ways to
//! probe: independent lookups, and a dependent chain, where each probe's
//! code depends on the previous lookup's result, so lookups cannot overlap
//! (their latency).
//!
//! The probes are fresh: each round draws [`PROBES`] new ones per table and
//! mix, and every implementation runs the same ones in that round, one
//! after the other; the rounds repeat it, so the implementations interleave
//! and the machine's noise spreads over all of them. The figure is the
//! median over the rounds, in ns a lookup. (criterion runs one benchmark
//! after another, and cannot interleave; the expansion benchmark uses it.)
//!
//! ```text
//! cargo bench --bench lookup [--no-default-features] [-- --rounds N] [-- FILTER]
//! ```

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

use msdk_codes::__private::LookupBytes;
use msdk_codes::{
    AccessTokenCode, CodeEnum, GameCenterCode, OidbCode, PayTokenCode, QqGroupCode, QqPlatformCode,
};
use rustc_hash::FxHashMap;

msdk_codes::msdk_codes! {
    /// 100 random codes.
    pub enum Random100 => concat!(env!("OUT_DIR"), "/random-100.csv") { weight: u16 };
    /// 1,000 random codes.
    pub enum Random1k => concat!(env!("OUT_DIR"), "/random-1000.csv") { weight: u16 };
    /// 10,000 random codes.
    pub enum Random10k => concat!(env!("OUT_DIR"), "/random-10000.csv") { weight: u16 };
    /// 100,000 random codes (the `large-tables` feature, on by default: about
    /// 45 s of compiling in release).
    #[cfg(feature = "large-tables")]
    pub enum Random100k => concat!(env!("OUT_DIR"), "/random-100000.csv") { weight: u16 };
}

/// Fresh probes a table, a mix and a round.
const PROBES: usize = 1 << 17;
/// Rounds, by default.
const ROUNDS: usize = 11;

/// The share of known codes in the probes, in percent.
const MIXES: [u64; 3] = [100, 80, 50];

/// A fixed xorshift: the same probes on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// What each implementation answers: the description's length, or 0.
trait Lookup {
    fn length(&self, code: i32) -> usize;
}

struct Generated<T>(std::marker::PhantomData<T>);

impl<T: CodeEnum> Lookup for Generated<T> {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        T::from_code(code).map_or(0, |value| value.description().len())
    }
}

impl Lookup for FxHashMap<i32, &'static str> {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        self.get(&code).map_or(0, |d| d.len())
    }
}

impl Lookup for HashMap<i32, &'static str, foldhash::fast::FixedState> {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        self.get(&code).map_or(0, |d| d.len())
    }
}

impl Lookup for HashMap<i32, &'static str> {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        self.get(&code).map_or(0, |d| d.len())
    }
}

impl Lookup for phf::Map<i32, &'static str> {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        self.get(&code).map_or(0, |d| d.len())
    }
}

struct Sorted(Vec<(i32, &'static str)>);

impl Lookup for Sorted {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        match self.0.binary_search_by_key(&code, |&(key, _)| key) {
            Ok(at) => self.0[at].1.len(),
            Err(_) => 0,
        }
    }
}

struct Floor(Vec<&'static str>);

impl Lookup for Floor {
    #[inline(always)]
    fn length(&self, code: i32) -> usize {
        self.0[code as usize & (self.0.len() - 1)].len()
    }
}

/// Independent lookups: the CPU may overlap them. Each code goes through
/// `black_box`, so that the compiler cannot batch the loads (the floor's
/// would become vector gathers).
#[inline(never)]
fn independent<L: Lookup>(lookup: &L, probes: &[i32]) -> usize {
    probes
        .iter()
        .map(|&code| lookup.length(black_box(code)))
        .sum()
}

/// A dependent chain: each code is xor-ed with the previous result and
/// `zero` (0, which the compiler cannot know), so each lookup waits for the
/// one before.
#[inline(never)]
fn dependent<L: Lookup>(lookup: &L, probes: &[i32], zero: usize) -> usize {
    let mut last = 0;
    let mut sum = 0;
    for &code in probes {
        last = lookup.length(code ^ (last & zero) as i32);
        sum += last;
    }
    sum
}

/// The implementations, in the order of the report's columns.
const NAMES: [&str; 7] = [
    "generated",
    "FxHashMap",
    "foldhash",
    "std HashMap",
    "phf",
    "binary search",
    "floor",
];
const FX: usize = 1;
const FOLDHASH: usize = 2;
const FLOOR: usize = 6;

type Run = Box<dyn Fn(&[i32], bool) -> usize>;

fn run<L: Lookup + 'static>(lookup: L) -> Run {
    Box::new(move |probes, chained| {
        let probes = black_box(probes);
        if chained {
            dependent(&lookup, probes, black_box(0))
        } else {
            independent(&lookup, probes)
        }
    })
}

/// One table: its codes with their descriptions and every implementation
/// over them.
struct Table {
    name: &'static str,
    entries: Vec<(i32, &'static str)>,
    known: FxHashMap<i32, &'static str>,
    runs: Vec<Run>,
    lookup_bytes: usize,
}

impl Table {
    fn new<T: CodeEnum + LookupBytes + 'static>(name: &'static str) -> Table {
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
        let known: FxHashMap<i32, &'static str> = entries.iter().copied().collect();
        let foldhash: HashMap<i32, &'static str, foldhash::fast::FixedState> =
            entries.iter().copied().collect();
        let std: HashMap<i32, &'static str> = entries.iter().copied().collect();
        let mut sorted = entries.clone();
        sorted.sort_unstable_by_key(|&(code, _)| code);
        let mut floor = vec![""; entries.len().next_power_of_two()];
        let mask = floor.len() - 1;
        for &(code, description) in &entries {
            floor[code as usize & mask] = description;
        }
        let runs = vec![
            run(Generated::<T>(std::marker::PhantomData)),
            run(known.clone()),
            run(foldhash),
            run(std),
            run(phf_map(&entries)),
            run(Sorted(sorted)),
            run(Floor(floor)),
        ];
        Table {
            name,
            entries,
            known,
            runs,
            lookup_bytes: T::BYTES,
        }
    }

    /// `PROBES` fresh probes, `percent` of them known codes.
    fn probes(&self, percent: u64, random: &mut Random) -> Vec<i32> {
        (0..PROBES)
            .map(|_| {
                if random.next() % 100 < percent {
                    self.entries[(random.next() % self.entries.len() as u64) as usize].0
                } else {
                    loop {
                        let code = (random.next() >> 32) as u32 as i32;
                        if !self.known.contains_key(&code) {
                            break code;
                        }
                    }
                }
            })
            .collect()
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

/// A workload: tables measured together (the six MSDK tables), or one.
struct Workload {
    name: &'static str,
    tables: Vec<Table>,
}

/// ns a lookup, per round, for each implementation, of one workload, mix
/// and way of probing.
type Samples = Vec<Vec<f64>>;

fn measure(workload: &Workload, percent: u64, chained: bool, random: &mut Random) -> Vec<f64> {
    let probes: Vec<Vec<i32>> = workload
        .tables
        .iter()
        .map(|table| table.probes(percent, random))
        .collect();
    let lookups = (PROBES * workload.tables.len()) as f64;
    let mut answers = Vec::new();
    let times = (0..NAMES.len())
        .map(|index| {
            let start = Instant::now();
            let mut answer = 0;
            for (table, probes) in workload.tables.iter().zip(&probes) {
                answer += (table.runs[index])(probes, chained);
            }
            let ns = start.elapsed().as_nanos() as f64 / lookups;
            answers.push(black_box(answer));
            ns
        })
        .collect();
    // The correct implementations agree on every probe (the floor is not one).
    let correct = &answers[..FLOOR];
    assert!(
        correct.iter().all(|&a| a == correct[0]),
        "{}: implementations disagree: {answers:?}",
        workload.name
    );
    times
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let mut rounds = ROUNDS;
    let mut filter = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bench" => {}
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(ROUNDS),
            other => filter = Some(other.to_owned()),
        }
    }
    let mut workloads = vec![
        Workload {
            name: "six MSDK tables",
            tables: vec![
                Table::new::<QqPlatformCode>("qq-platform"),
                Table::new::<QqGroupCode>("qq-group"),
                Table::new::<GameCenterCode>("game-center"),
                Table::new::<OidbCode>("oidb"),
                Table::new::<PayTokenCode>("oidb-0x73a"),
                Table::new::<AccessTokenCode>("oidb-0x711"),
            ],
        },
        Workload {
            name: "100 codes",
            tables: vec![Table::new::<Random100>("random-100")],
        },
        Workload {
            name: "1k codes",
            tables: vec![Table::new::<Random1k>("random-1000")],
        },
        Workload {
            name: "10k codes",
            tables: vec![Table::new::<Random10k>("random-10000")],
        },
        #[cfg(feature = "large-tables")]
        Workload {
            name: "100k codes",
            tables: vec![Table::new::<Random100k>("random-100000")],
        },
    ];
    if let Some(filter) = &filter {
        workloads.retain(|w| w.name.contains(filter.as_str()));
    }
    let cases: Vec<(usize, u64, bool)> = (0..workloads.len())
        .flat_map(|w| {
            [false, true]
                .into_iter()
                .flat_map(move |chained| MIXES.map(|percent| (w, percent, chained)))
        })
        .collect();
    let mut samples: Vec<Samples> = vec![vec![Vec::new(); NAMES.len()]; cases.len()];
    let mut random = Random(0x5EED_1234_ABCD_0001);
    eprintln!(
        "{rounds} rounds of {} cases, {PROBES} fresh probes a table each",
        cases.len()
    );
    for round in 0..=rounds {
        for (case, &(w, percent, chained)) in cases.iter().enumerate() {
            let times = measure(&workloads[w], percent, chained, &mut random);
            // Round 0 warms the caches and the allocator, and is not counted.
            if round > 0 {
                for (sample, ns) in samples[case].iter_mut().zip(times) {
                    sample.push(ns);
                }
            }
        }
    }

    println!(
        "ns a lookup (median of {rounds} rounds, {PROBES} fresh probes a table each round); \
         ratios of generated to the faster of FxHashMap and foldhash, and to the floor\n"
    );
    print!("| workload | probes | known |");
    for name in NAMES {
        print!(" {name} |");
    }
    println!(" generated / fastest map | generated / floor |");
    print!("|---|---|---:|");
    for _ in 0..NAMES.len() + 2 {
        print!("---:|");
    }
    println!();
    let mut worst = (0.0_f64, 0.0_f64);
    for (case, &(w, percent, chained)) in cases.iter().enumerate() {
        let medians: Vec<f64> = samples[case].iter_mut().map(|s| median(s)).collect();
        let fastest = medians[FX].min(medians[FOLDHASH]);
        let (to_map, to_floor) = (medians[0] / fastest, medians[0] / medians[FLOOR]);
        worst = (worst.0.max(to_map), worst.1.max(to_floor));
        let probes = if chained { "dependent" } else { "independent" };
        print!("| {} | {probes} | {percent}% |", workloads[w].name);
        for ns in &medians {
            print!(" {ns:.2} |");
        }
        println!(" {to_map:.2} | {to_floor:.2} |");
    }
    println!(
        "\nworst ratios: {:.2}x the fastest map (goal: at most 0.8), {:.2}x the floor (goal: at most 2.5)",
        worst.0, worst.1
    );

    println!("\nlookup arrays (the per-row data besides):\n");
    println!("| table | bytes | codes | bytes a code |\n|---|---:|---:|---:|");
    for table in workloads.iter().flat_map(|w| &w.tables) {
        println!(
            "| {} | {} | {} | {:.1} |",
            table.name,
            table.lookup_bytes,
            table.entries.len(),
            table.lookup_bytes as f64 / table.entries.len() as f64
        );
    }
}
