#!/usr/bin/env bash
# `msdk-codes scan --summary` against GNU `grep -c ret` on the same log, in
# one run: the script writes a realistic server log (most lines without a
# failure; JSON and key=value lines; successes with ret 0; known codes; OIDB
# failures inside messages; codes no table knows), then times grep, scan on
# one thread per core and scan on one thread, interleaved, and prints the
# medians, MB/s and the ratio.
#
#   bash scripts/scan-throughput.sh [megabytes] [runs]   (default: 200 MB, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/timing.sh
megabytes=${1:-200}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet -p msdk-codes --features cli
binary=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/msdk-codes

python3 - "$megabytes" > "$work/server.log" <<'PY'
import random, sys
random.seed(7)
target = int(sys.argv[1]) * 1_000_000
known = [-21, -6, -1, 100014, 100015, 221008, -500005, -4009, 1, 220028]
oidb = [("0x73a", "17"), ("0x711", "0x41"), ("0x5e1", "116"), ("0x5e8", "153"), ("0x73a", "9999")]
def line(i):
    t = f"2026-11-27T10:{i // 60000 % 60:02d}:{i // 1000 % 60:02d}.{i % 1000:03d}Z"
    r = random.random()
    uid = random.randrange(10**9)
    if r < 0.70:
        return f"{t} INFO gate uid={uid} route=/v1/match/join latency_ms={random.randrange(300)} status=200"
    if r < 0.80:
        return f'{{"time":"{t}","level":"info","api":"/auth/verify_login","uid":{uid},"ret":0,"msg":"ok"}}'
    if r < 0.85:
        return f"{t} INFO msdk api=/relation/qqfriends_detail uid={uid} ret=0 msg=success"
    if r < 0.93:
        code = random.choice(known)
        if random.random() < 0.5:
            return f'{{"time":"{t}","level":"warn","api":"/auth/verify_login","uid":{uid},"ret":{code},"msg":"request failed"}}'
        return f"{t} WARN msdk api=/share/qq uid={uid} ret={code} msg=\"request failed\""
    if r < 0.97:
        command, ret = random.choice(oidb)
        return f'{{"time":"{t}","level":"error","api":"/auth/verify_login","uid":{uid},"ret":-1,"msg":"oidb decode{command} failed, ret: {ret}"}}'
    return f"{t} ERROR msdk api=/group/bind uid={uid} ret={random.randrange(300000, 999999)} msg=unknown"
out = sys.stdout
written = 0
i = 0
chunk = []
while written < target:
    text = line(i) + "\n"
    chunk.append(text)
    written += len(text)
    i += 1
    if len(chunk) == 10000:
        out.write("".join(chunk))
        chunk.clear()
out.write("".join(chunk))
PY


# Output to a file, not /dev/null: GNU grep stops at its first match when
# its output is /dev/null.
output="$work/out"
size=$(stat -c %s "$work/server.log")
threads=$(nproc)
grep_times=()
scan_times=()
single_times=()
cat "$work/server.log" > /dev/null
for ((i = 1; i <= runs; i++)); do
  grep_times+=("$(seconds grep -c ret "$work/server.log")")
  scan_times+=("$(seconds "$binary" scan --summary --threads "$threads" "$work/server.log")")
  single_times+=("$(seconds "$binary" scan --summary --threads 1 "$work/server.log")")
done
grep_median=$(printf '%s\n' "${grep_times[@]}" | median)
scan_median=$(printf '%s\n' "${scan_times[@]}" | median)
single_median=$(printf '%s\n' "${single_times[@]}" | median)
mb() { python3 -c "print(f'{$size / $1 / 1e6:.0f}')"; }
ratio() { python3 -c "print(f'{$grep_median / $1:.2f}')"; }
echo "a $((size / 1000000)) MB log, $(wc -l < "$work/server.log") lines, $runs runs each, interleaved; $threads threads (nproc)"
echo "  grep -c ret:                           ${grep_times[*]} s, median $grep_median s, $(mb "$grep_median") MB/s"
echo "  msdk-codes scan --summary --threads $threads: ${scan_times[*]} s, median $scan_median s, $(mb "$scan_median") MB/s"
echo "  msdk-codes scan --summary --threads 1: ${single_times[*]} s, median $single_median s, $(mb "$single_median") MB/s"
echo "  scan throughput / grep's: $(ratio "$scan_median")"
echo "  on one thread / grep's:   $(ratio "$single_median")"
echo
"$binary" scan --summary "$work/server.log" | head -12
