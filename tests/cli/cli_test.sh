#!/usr/bin/env bash
# Command-line tests. Sourced by tests/run.sh, which defines cli_case:
#
#   cli_case NAME [key=value ...] -- ARG...
#
# runs `node ARG...` and `jolt ARG...` in tests/cli/fixtures with a clean
# environment and checks each against the keys:
#   exit=N          exit status (default 0)
#   stdout=TEXT     stdout is exactly TEXT plus a newline ("stdout=": empty)
#   stdout_re=RES   newline-separated extended regexes; each must match a line
#                   of stdout ("!RE": no line may match)
#   stderr_re=RES   the same for stderr
#   stdin=TEXT      sent to stdin (otherwise stdin is /dev/null)
#   env='K=V ...'   extra environment variables
#   only=jolt       run under jolt only
# Patterns must not name the program (node vs jolt). Run alone with
# `tests/run.sh cli` or `tests/run.sh cli/NAME` (or execute this file).

if ! declare -F cli_case >/dev/null; then
  [ $# -gt 0 ] || set -- cli
  exec "$(dirname "${BASH_SOURCE[0]}")/../run.sh" "$@"
fi

NL=$'\n'

# --- scripts and arguments
cli_case script_args        stdout='["a","b c","--flag"]'               -- argv.js a 'b c' --flag
cli_case script_no_args     stdout='[]'                                 -- argv.js
cli_case options_after_script stdout='["--bogus","-e","x"]'             -- argv.js --bogus -e x
cli_case double_dash        stdout='["--version"]'                      -- -- argv.js --version
cli_case script_directory   stdout='pkgdir/index.js'                    -- pkgdir
cli_case script_no_extension stdout='noext_target.js'                   -- noext_target
cli_case script_exit_code   exit=4 stdout=                              -- exit_code.js
cli_case execargv           stdout='{"execArgv":["--no-warnings"],"argv":["a"]}' -- --no-warnings execargv.js a

# --- -e / --eval
cli_case eval               stdout='2'                                  -- -e 'console.log(1 + 1)'
cli_case eval_long          stdout='long'                               -- --eval "console.log('long')"
cli_case eval_equals        stdout='7'                                  -- '--eval=console.log(7)'
cli_case eval_argv          stdout='["x","y"]'                          -- -e 'console.log(JSON.stringify(process.argv.slice(1)))' x y
cli_case eval_require_cwd   stdout='mod.js, resolved from the working directory' -- -e "console.log(require('./mod.js'))"
cli_case eval_async         stdout="now${NL}later"                      -- -e "setTimeout(() => console.log('later'), 5); console.log('now')"
cli_case eval_exit          exit=3 stdout='before'                      -- -e "console.log('before'); process.exit(3); console.log('after')"
cli_case eval_throw         exit=1 stderr_re="^Error: boom\$${NL}\\[eval\\]"  -- -e "throw new Error('boom')"
cli_case eval_syntax_error  exit=1 stderr_re='SyntaxError'              -- -e 'let = ;'
cli_case eval_unhandled_rejection exit=1 stderr_re='Error: nope'        -- -e "Promise.reject(new Error('nope'))"
cli_case eval_missing_arg   exit=9 stderr_re='-e requires an argument'  -- -e
cli_case eval_filename      stdout="[eval] ."                           -- -e 'console.log(__filename, __dirname)'

# --- -p / --print
cli_case print_number       stdout='3'                                  -- -p '1 + 2'
cli_case print_object       stdout='{ a: 1, b: [ 1, 2 ] }'              -- -p '({ a: 1, b: [1, 2] })'
cli_case print_string       stdout='hi'                                 -- --print "'hi'"
cli_case print_undefined    stdout='undefined'                          -- -p 'undefined'
cli_case print_pe           stdout='42'                                 -- -pe '6 * 7'
cli_case print_args         stdout='3'                                  -- -p 'process.argv.length' a b
cli_case print_exit_code    exit=2 stdout='2'                           -- -p 'process.exitCode = 2'

# --- script on stdin
cli_case stdin_dash         stdin='console.log(JSON.stringify(process.argv.slice(1)))' stdout='["-","a","b"]' -- - a b
cli_case stdin_piped        stdin='console.log("from stdin")' stdout='from stdin' --
cli_case stdin_require_cwd  stdin="console.log(require('./mod.js'))" stdout='mod.js, resolved from the working directory' -- -
cli_case stdin_syntax_error stdin='let = ;' exit=1 stderr_re='SyntaxError' -- -
cli_case stdin_empty        stdout=                                     --

# --- -r / --require
cli_case preload            stdout="preload a${NL}main sees [\"a\"] | require.main is main: true" -- -r ./preload_a.js main_preloaded.js
cli_case preload_repeat     stdout="preload a${NL}preload b, sees [\"a\"]${NL}main sees [\"a\",\"b\"] | require.main is main: true" -- -r ./preload_a.js --require ./preload_b.js main_preloaded.js
cli_case preload_equals     stdout="preload a${NL}main sees [\"a\"] | require.main is main: true" -- --require=./preload_a.js main_preloaded.js
cli_case preload_package    stdout='main sees ["pkg"] | require.main is main: true' -- -r cli-preload-pkg main_preloaded.js
cli_case preload_eval       stdout="preload a${NL}[ 'a' ]"               -- -r ./preload_a.js -p 'globalThis.preloaded'
cli_case preload_missing    exit=1 stderr_re="Cannot find module '\\./nope\\.js'${NL}MODULE_NOT_FOUND" stdout= -- -r ./nope.js argv.js

# --- informational options
cli_case version            stdout_re='^v24\.[0-9]+\.[0-9]+$'          -- --version
cli_case version_short      stdout_re='^v24\.[0-9]+\.[0-9]+$'          -- -v
cli_case help               stdout_re="^Usage: ${NL}--eval"            -- --help

# --- errors
cli_case bad_option         exit=9 stderr_re='bad option: --bogus' stdout= -- --bogus
cli_case bad_option_before_script exit=9 stderr_re='bad option: --bogus' stdout= -- --bogus argv.js
cli_case missing_script     exit=1 stderr_re="Cannot find module '.*/nope\\.js'${NL}code: 'MODULE_NOT_FOUND'" stdout= -- nope.js
cli_case syntax_error_script exit=1 stderr_re="syntax_error\\.js:2${NL}SyntaxError${NL}!never printed" stdout= -- syntax_error.js
cli_case uncaught_script    exit=1 stdout='about to throw' stderr_re="throws\\.js:3${NL}^  throw new Error\\('boom'\\);\$${NL}^Error: boom\$${NL}^    at boom .*throws\\.js:3" -- throws.js

# --- --check
cli_case check_ok           stdout=                                     -- --check good.js
cli_case check_syntax_error exit=1 stdout= stderr_re="syntax_error\\.js:2${NL}SyntaxError" -- -c syntax_error.js

# --- warnings
cli_case warning_shown      stderr_re='Warning: shown'                  -- -e "process.emitWarning('shown')"
cli_case no_warnings        stderr_re='!hidden'                         -- --no-warnings -e "process.emitWarning('hidden')"

# --- console.time prints the elapsed time (format only)
cli_case console_time       stdout_re='^lbl: [0-9]+(\.[0-9]+)?ms extra$'$'\n''^lbl: [0-9]+(\.[0-9]+)?ms$' -- -e "console.time('lbl'); console.timeLog('lbl', 'extra'); console.timeEnd('lbl')"

# --- jolt's loop back-ends give the same results
cli_case loop_epoll         only=jolt env='JOLT_LOOP=epoll'    stdout='tick, readFile true, immediate, timeout 0, timeout 5' -- loop_smoke.js
cli_case loop_io_uring      only=jolt env='JOLT_LOOP=io_uring' stdout='tick, readFile true, immediate, timeout 0, timeout 5' -- loop_smoke.js
