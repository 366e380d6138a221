#!/usr/bin/env bash
# What msdk-codes costs a user's clean build, against thiserror: clean debug
# builds of a one-line binary that depends on
#   1. msdk-codes (default features), printing one code;
#   2. thiserror, deriving one error;
#   3. a bare proc macro on syn (parsing, printing, derive), quote,
#      proc-macro2 and csv-core: the floor the build-cost issue named for a
#      table-reading macro (ours no longer uses syn).
# Each in a target directory of its own, interleaved, with the workspace's
# lock-file versions where they overlap. Prints each median and the ratio
# msdk-codes / thiserror, then the critical path of the msdk-codes build
# from `cargo build --timings`.
#
#   bash scripts/build-cost.sh [runs]      (default: 5 runs each, medians)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/timing.sh
root=$PWD
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version() { cargo metadata --format-version 1 --locked 2>/dev/null |
  python3 -c "import json,sys; print([p['version'] for p in json.load(sys.stdin)['packages'] if p['name']=='$1'][0])"; }
syn=$(version syn); quote=$(version quote); pm2=$(version proc-macro2); csvcore=$(version csv-core)

binary() { # name, dependencies, main.rs
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' "$1" "$2" > "$work/$1/Cargo.toml"
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
}

binary ours "msdk-codes = { path = \"$root/msdk-codes\" }" \
  'fn main() { println!("{}", msdk_codes::QqPlatformCode::from_code(-21).unwrap()); }'
cp "$root/Cargo.lock" "$work/ours/Cargo.lock"
binary thiserror 'thiserror = "2"' \
  '#[derive(Debug, thiserror::Error)] #[error("shop failed")] struct ShopError; fn main() { println!("{}", ShopError); }'

mkdir -p "$work/bare-macro/src"
cat > "$work/bare-macro/Cargo.toml" <<TOML
[package]
name = "bare-macro"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
proc-macro = true

[dependencies]
csv-core = { version = "=$csvcore", default-features = false }
proc-macro2 = "=$pm2"
quote = "=$quote"
syn = { version = "=$syn", default-features = false, features = ["parsing", "printing", "derive"] }
TOML
cat > "$work/bare-macro/src/lib.rs" <<'RS'
use proc_macro::TokenStream;

#[proc_macro]
pub fn bare(input: TokenStream) -> TokenStream {
    let _ = csv_core::Reader::new();
    let _: syn::Result<syn::Ident> = syn::parse(input);
    quote::quote!(1).into()
}
RS
binary bare "bare-macro = { path = \"$work/bare-macro\" }" \
  'fn main() { println!("{}", bare_macro::bare!(x)); }'

for crate in ours thiserror bare; do
  cargo fetch --quiet --manifest-path "$work/$crate/Cargo.toml"
done


declare -A times
for ((i = 1; i <= runs; i++)); do
  for crate in ours thiserror bare; do
    rm -rf "$work/t-$crate"
    times[$crate]+="$(CARGO_TARGET_DIR=$work/t-$crate seconds cargo build --offline --manifest-path "$work/$crate/Cargo.toml") "
  done
done

echo "clean debug build of a one-line binary, $runs runs each, interleaved, $(nproc) cores"
declare -A medians
for crate in ours thiserror bare; do
  medians[$crate]=$(printf '%s\n' ${times[$crate]} | median)
done
printf '  %-44s %s s, median %s s\n' "msdk-codes:" "${times[ours]% }" "${medians[ours]}"
printf '  %-44s %s s, median %s s\n' "thiserror (one derive):" "${times[thiserror]% }" "${medians[thiserror]}"
printf '  %-44s %s s, median %s s\n' "bare proc macro (syn+quote+pm2+csv-core):" "${times[bare]% }" "${medians[bare]}"
echo "  ratio msdk-codes / thiserror: $(python3 -c "print(f'{${medians[ours]} / ${medians[thiserror]}:.2f}')")"

echo
echo "critical path of the msdk-codes build (cargo build --timings):"
rm -rf "$work/t-ours"
(cd "$work/ours" && CARGO_TARGET_DIR=$work/t-ours cargo build --offline --timings > /dev/null 2>&1)
python3 - "$work/t-ours/cargo-timings/cargo-timing.html" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
by_index = {u["i"]: u for u in units}
# Walk back from the last unit to finish along the dependency that finished last.
deps = {u["i"]: [] for u in units}
for u in units:
    for j in u.get("unblocked_units", []) + u.get("unblocked_rmeta_units", []):
        deps.setdefault(j, []).append(u["i"])
end = lambda u: u["start"] + u["duration"]
node = max(units, key=end)
path = []
while node:
    path.append(node)
    preds = [by_index[p] for p in deps.get(node["i"], [])]
    node = max(preds, key=end) if preds else None
for u in reversed(path):
    print(f"  {u['start']:6.2f}s +{u['duration']:5.2f}s  {u['name']} {u['version']} {u.get('target', '').strip()}")
PY
