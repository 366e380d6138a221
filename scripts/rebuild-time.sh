#!/usr/bin/env bash
# How long a release rebuild takes after an edit of a large table: a crate
# outside the workspace reads a CSV of N random codes with `msdk_codes!`;
# after one full build, the script edits one description (what a person
# editing the table does), times `cargo build --release`, and repeats.
#
#   bash scripts/rebuild-time.sh [rows...] [--runs N]   (default: 10000 100000, 3 runs)
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
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/crate/src" "$work/crate/codes"
cat > "$work/crate/Cargo.toml" <<TOML
[package]
name = "rebuild-probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
msdk-codes = { path = "$root/msdk-codes" }

[workspace]
TOML
cp "$root/Cargo.lock" "$work/crate/Cargo.lock"
cat > "$work/crate/src/main.rs" <<'RS'
msdk_codes::msdk_codes! {
    /// Random codes.
    pub enum RandomCode => "codes/random.csv";
}

fn main() {
    let code = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);
    println!("{:?}", RandomCode::from_code(code).map(RandomCode::description));
}
RS


echo "release rebuild after editing one description, $runs runs each, $(nproc) cores"
for rows in "${sizes[@]}"; do
  python3 - "$rows" > "$work/crate/codes/random.csv" <<'PY'
import random, sys
rows = int(sys.argv[1])
random.seed(rows)
print("code,name,description,action")
for i, code in enumerate(random.sample(range(-2_000_000, 2_000_000), rows)):
    print(f"{code},Row{i},random code number {i},retry")
PY
  (cd "$work/crate" && CARGO_TARGET_DIR="$work/target" cargo build --release --quiet)
  times=()
  for ((i = 1; i <= runs; i++)); do
    sed -i "2s/random code number 0[^,]*/random code number 0 edit $i/" "$work/crate/codes/random.csv"
    times+=("$(cd "$work/crate" && CARGO_TARGET_DIR="$work/target" seconds cargo build --release)")
  done
  first=$(sed -n 2p "$work/crate/codes/random.csv" | cut -d, -f1)
  answer=$("$work/target/release/rebuild-probe" "$first")
  case $answer in *"edit $runs"*) ;; *) echo "the rebuilt program did not see the edit: $answer" >&2; exit 1 ;; esac
  printf '  %7d rows: %s s, median %s s\n' "$rows" "${times[*]}" "$(printf '%s\n' "${times[@]}" | median)"
done
