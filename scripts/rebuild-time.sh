#!/usr/bin/env bash
# How long a release rebuild takes after an edit of a large table, against
# phf_codegen for the same keys. Two crates outside the workspace read the
# same CSV of N random codes:
#   1. ours: `msdk_codes!` makes the enum;
#   2. phf: a build script with phf_codegen writes a
#      `phf::Map<i32, (&str, &str)>` (code -> name, description) that
#      main.rs includes.
# Both programs look up the code on their command line and print its
# description. After one full build of each, the script edits one
# description in both CSVs (what a person editing the table does), times
# `cargo build --release` of each, interleaved, and repeats; then checks
# that both rebuilt programs saw the last edit. Prints each run, the
# medians and the ratio ours / phf. Goals: at most 1.5x at 10,000 rows,
# at most 2x at 100,000.
#
#   bash scripts/rebuild-time.sh [rows...] [--runs N]   (default: 1000 10000 100000, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/timing.sh
root=$PWD
runs=3
sizes=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A binary crate in $work/$1, with the workspace's lock file (so phf is the
# version the benchmarks use); its own target directory is $work/$1-target.
probe() { # name, [dependencies] and more sections
  mkdir -p "$work/$1/src" "$work/$1/codes"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n%s\n\n[workspace]\n' \
    "$1" "$2" > "$work/$1/Cargo.toml"
  cp "$root/Cargo.lock" "$work/$1/Cargo.lock"
}

probe ours "[dependencies]
msdk-codes = { path = \"$root/msdk-codes\" }"
cat > "$work/ours/src/main.rs" <<'RS'
msdk_codes::msdk_codes! {
    /// Random codes.
    pub enum RandomCode => "codes/random.csv";
}

fn main() {
    let code = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);
    println!("{:?}", RandomCode::from_code(code).map(RandomCode::description));
}
RS

probe phf '[dependencies]
phf = "0.14"

[build-dependencies]
phf_codegen = "0.14"'
cat > "$work/phf/build.rs" <<'RS'
use std::io::Write;

fn main() {
    println!("cargo:rerun-if-changed=codes/random.csv");
    let csv = std::fs::read_to_string("codes/random.csv").unwrap();
    let mut map = phf_codegen::Map::new();
    // The script's CSV has no quoted fields: code,name,description,action.
    for line in csv.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        map.entry(fields[0].parse::<i32>().unwrap(), format!("({:?}, {:?})", fields[1], fields[2]));
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("codes.rs");
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "static CODES: phf::Map<i32, (&'static str, &'static str)> = {};", map.build()).unwrap();
}
RS
cat > "$work/phf/src/main.rs" <<'RS'
include!(concat!(env!("OUT_DIR"), "/codes.rs"));

fn main() {
    let code: i32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);
    println!("{:?}", CODES.get(&code).map(|&(_, description)| description));
}
RS

build() { (cd "$work/$1" && CARGO_TARGET_DIR="$work/$1-target" cargo build --release "${@:2}"); }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

echo "release rebuild after editing one description, $runs runs each, interleaved, $(nproc) cores"
for rows in "${sizes[@]}"; do
  python3 - "$rows" > "$work/ours/codes/random.csv" <<'PY'
import random, sys
rows = int(sys.argv[1])
random.seed(rows)
print("code,name,description,action")
for i, code in enumerate(random.sample(range(-2_000_000, 2_000_000), rows)):
    print(f"{code},Row{i},random code number {i},retry")
PY
  cp "$work/ours/codes/random.csv" "$work/phf/codes/random.csv"
  build ours --quiet
  build phf --quiet
  ours=() phf=()
  for ((i = 1; i <= runs; i++)); do
    for name in ours phf; do
      sed -i "2s/random code number 0[^,]*/random code number 0 edit $i/" "$work/$name/codes/random.csv"
    done
    ours+=("$(seconds build ours)")
    phf+=("$(seconds build phf)")
  done
  first=$(sed -n 2p "$work/ours/codes/random.csv" | cut -d, -f1)
  for name in ours phf; do
    answer=$("$work/$name-target/release/$name" "$first")
    case $answer in *"edit $runs"*) ;; *) echo "the rebuilt $name program did not see the edit: $answer" >&2; exit 1 ;; esac
  done
  ours_median=$(printf '%s\n' "${ours[@]}" | median)
  phf_median=$(printf '%s\n' "${phf[@]}" | median)
  printf '  %7d rows: msdk_codes! %s s, median %s s\n' "$rows" "${ours[*]}" "$ours_median"
  printf '  %7s       phf_codegen %s s, median %s s\n' "" "${phf[*]}" "$phf_median"
  printf '  %7s       ours / phf: %sx\n' "" "$(ratio "$ours_median" "$phf_median")"
done
