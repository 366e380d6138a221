#!/usr/bin/env bash
# The build cost of msdk-codes, against the floor the issue sets: a clean
# debug build of msdk-codes (default features) versus a clean debug build of
# a bare proc-macro crate that depends on syn, quote, proc-macro2 and csv with
# their default features. Both run here, one after the other, each in a
# target directory of its own, with the same lock-file versions.
#
#   bash scripts/build-cost.sh [runs]      (default: 3 runs each, medians)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The bare proc-macro crate, pinned to the workspace's versions.
mkdir -p "$work/bare/src"
version() { cargo metadata --format-version 1 --locked 2>/dev/null |
  python3 -c "import json,sys; print([p['version'] for p in json.load(sys.stdin)['packages'] if p['name']=='$1'][0])"; }
cat > "$work/bare/Cargo.toml" <<TOML
[package]
name = "bare-proc-macro"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
proc-macro = true

[dependencies]
syn = "=$(version syn)"
quote = "=$(version quote)"
proc-macro2 = "=$(version proc-macro2)"
csv = "=$(version csv)"

[workspace]
TOML
cat > "$work/bare/src/lib.rs" <<'RS'
use proc_macro::TokenStream;

#[proc_macro]
pub fn bare(input: TokenStream) -> TokenStream {
    let _ = csv::Reader::from_reader(&b""[..]);
    let _: syn::Result<syn::Ident> = syn::parse(input);
    quote::quote!().into()
}
RS
cargo fetch --quiet --manifest-path "$work/bare/Cargo.toml"
cargo fetch --quiet --manifest-path "$root/Cargo.toml"

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=()
bare=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/t-ours" "$work/t-bare"
  ours+=("$(CARGO_TARGET_DIR=$work/t-ours seconds cargo build --offline -p msdk-codes --manifest-path "$root/Cargo.toml")")
  bare+=("$(CARGO_TARGET_DIR=$work/t-bare seconds cargo build --offline --manifest-path "$work/bare/Cargo.toml")")
done

ours_median=$(printf '%s\n' "${ours[@]}" | median)
bare_median=$(printf '%s\n' "${bare[@]}" | median)
echo "clean debug build, $runs runs each, $(nproc) cores"
echo "  msdk-codes (default features):             ${ours[*]} s, median $ours_median s"
echo "  bare proc-macro (syn+quote+pm2+csv, defaults): ${bare[*]} s, median $bare_median s"
echo "  ratio msdk-codes / bare: $(python3 -c "print(f'{$ours_median / $bare_median:.2f}')")"
