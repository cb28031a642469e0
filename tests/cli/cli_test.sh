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
#   stdout_closed=1 stdout is a pipe whose reader is gone (EPIPE on write)
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

# --- a main script with or without the CommonJS loader (Jolt runs a plain
# .js/.cjs one without it; nothing may tell)
cli_case plain_script       stdout='object {} false'                   -- plain/this.js
cli_case plain_script_abs   stdout='object {} false'         -- "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fixtures/plain/this.js"
cli_case plain_script_dotdot stdout='object {} false'        -- plain/../plain/this.js
cli_case plain_script_link  stdout='object {} false'         -- plain/link.js
cli_case plain_type_module  stdout='undefined undefined false' -- plain/typed/this.js
cli_case plain_cjs_in_module_pkg stdout='object {} false'    -- plain/typed/this.cjs
cli_case plain_loader_word  stdout='object object'                     -- plain/words.js
cli_case plain_syntax_error exit=1 stdout= stderr_re="bad\\.js:2${NL}^SyntaxError" -- plain/bad.js

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

# --- ES modules as the main entry
cli_case esm_mjs            stdout='hello from mjs undefined true'     -- esm/hello.mjs
cli_case esm_plain_main     stdout="main ran string${NL}required 0 [object Module]" -- esm/plain_main.mjs
cli_case esm_plain_main_throws exit=1 stdout='before' stderr_re='^ReferenceError: require is not defined in ES module scope, you can use import instead$' -- esm/plain_main_throws.mjs
cli_case esm_type_module    stdout='typed dep undefined'               -- esm/typed/main.js
cli_case esm_detected       stdout='detected detect.js' stderr_re='MODULE_TYPELESS_PACKAGE_JSON' -- esm/untyped/detect.js
cli_case esm_untyped_cjs    stdout='commonjs function'                 -- esm/untyped/plain.js
cli_case esm_detected_redeclare stdout='redeclared number undefined' stderr_re='MODULE_TYPELESS_PACKAGE_JSON' -- esm/untyped/redeclare.js
cli_case esm_syntax_in_cjs exit=1 stderr_re="Warning: Failed to load the ES module: .*import_in_cjs\\.cjs\\. Make sure to set \"type\": \"module\"${NL}^SyntaxError: Cannot use import statement outside a module\$${NL}import_in_cjs\\.cjs:1\$" -- esm/import_in_cjs.cjs
cli_case esm_input_type     stdout='function true'                     -- --input-type=module -e "import { readFileSync } from 'node:fs'; console.log(typeof readFileSync, import.meta.url.endsWith('[eval1]'))"
cli_case esm_eval_detect    stdout='object'                            -- -e "import os from 'node:os'; console.log(typeof os)"
cli_case esm_eval_import    stdout='dep'                               -- -e "import('./esm/typed/dep.js').then((m) => console.log(m.value))"
cli_case esm_eval_tla       stdout='awaited'                           -- --input-type=module -e "console.log(await Promise.resolve('awaited'))"
cli_case esm_main_missing_export exit=1 stderr_re="does not provide an export named 'nope'" -- --input-type=module -e "import { nope } from './esm/typed/dep.js'"
cli_case esm_main_not_found exit=1 stderr_re="ERR_MODULE_NOT_FOUND" -- --input-type=module -e "import './esm/none.js'"
cli_case esm_tla_rejection  exit=1 stderr_re="Error: late" -- --input-type=module -e "await null; throw new Error('late')"
cli_case esm_conditions     stdout='import condition default condition' -- esm/conditions.mjs
cli_case esm_check_ok       stdout=                                    -- -c esm/hello.mjs
cli_case esm_unsettled_tla  exit=13 stdout='start' stderr_re='^Warning: Detected unsettled top-level await at file://.*unsettled\.mjs' -- esm/unsettled.mjs
cli_case esm_unsettled_cycle exit=13 stdout='b waits for a' stderr_re="^Warning: Detected unsettled top-level await at file://.*/cycle_b\\.mjs:2\$${NL}^  await import\\('\\./cycle_a\\.mjs'\\);\$${NL}^  \\^\$" -- esm/unsettled/cycle_a.mjs
cli_case esm_unsettled_import exit=13 stdout= stderr_re="^Warning: Detected unsettled top-level await at file://.*/stuck\\.mjs:3\$${NL}^await wait;\$${NL}^\\^\$" -- esm/unsettled/imports_stuck.mjs
cli_case esm_check_error    exit=1 stderr_re="bad_syntax\.mjs:1\$${NL}^SyntaxError: Unexpected token ';'" -- -c esm/bad_syntax.mjs
cli_case esm_conditions_c   stdout='custom condition custom condition' -- -C custom esm/conditions.mjs
cli_case esm_conditions_long stdout='custom condition custom condition' -- --conditions=custom esm/conditions.mjs

# --- where a syntax or link error is: the report names the file and line,
# shows the line and puts node's caret (column, width) under the token
# (JSC gives no column: the loaders find it), in ES modules and CommonJS.
# pos_re FILE:LINE SOURCE CARET MESSAGE -> the stderr regexes (exact lines)
pos_re() {
  local esc='s/[][\.*^$+?(){}|/]/\\&/g'
  printf '%s:%s$\n^%s$\n^%s$\n^%s$' "$(sed "$esc" <<<"${1%:*}")" "${1##*:}" "$(sed "$esc" <<<"$2")" \
    "$(sed "$esc" <<<"$3")" "$(sed "$esc" <<<"$4")"
}
P=esm/positions
cli_case pos_mid_line_mjs exit=1 stderr_re="$(pos_re mid_line.mjs:2 'const b = a +* 2;' '             ^' "SyntaxError: Unexpected token '*'")" -- $P/mid_line.mjs
cli_case pos_mid_line_cjs exit=1 stderr_re="$(pos_re mid_line.cjs:2 'const b = a +* 2;' '             ^' "SyntaxError: Unexpected token '*'")" -- $P/mid_line.cjs
cli_case pos_unterminated_mjs exit=1 stderr_re="$(pos_re unterminated.mjs:2 "const s = 'abc;" '          ^^^^^' 'SyntaxError: Invalid or unexpected token')" -- $P/unterminated.mjs
cli_case pos_unterminated_cjs exit=1 stderr_re="$(pos_re unterminated.cjs:2 "const s = 'abc;" '          ^^^^^' 'SyntaxError: Invalid or unexpected token')" -- $P/unterminated.cjs
cli_case pos_end_of_input_mjs exit=1 stderr_re="missing_brace\\.mjs:5\$${NL}^SyntaxError: Unexpected end of input\$${NL}!Expected" -- $P/missing_brace.mjs
cli_case pos_end_of_input_cjs exit=1 stderr_re="$(pos_re missing_brace.cjs:4 '}' ' ' 'SyntaxError: Unexpected end of input')" -- $P/missing_brace.cjs
cli_case pos_await_mjs exit=1 stderr_re="$(pos_re await_sync.mjs:2 '  const x = await g();' '            ^^^^^' 'SyntaxError: Unexpected reserved word')" -- $P/await_sync.mjs
cli_case pos_await_cjs exit=1 stderr_re="$(pos_re await_sync.cjs:2 '  const x = await g();' '            ^^^^^' 'SyntaxError: await is only valid in async functions and the top level bodies of modules')" -- $P/await_sync.cjs
cli_case pos_duplicate_export exit=1 stderr_re="$(pos_re duplicate_export.mjs:3 'export { y as x };' '         ^^^^^^' "SyntaxError: Duplicate export of 'x'")" -- $P/duplicate_export.mjs
cli_case pos_missing_import exit=1 stderr_re="$(pos_re missing_import.mjs:2 "import { a as b, missing as c } from './dep.mjs';" '                 ^^^^^^^' "SyntaxError: The requested module './dep.mjs' does not provide an export named 'missing'")" -- $P/missing_import.mjs
cli_case pos_missing_reexport exit=1 stderr_re="$(pos_re missing_reexport.mjs:2 "export { nope as other } from './dep.mjs';" '         ^^^^^^^^^^^^^' "SyntaxError: The requested module './dep.mjs' does not provide an export named 'nope'")${NL}!never printed" -- $P/imports_missing_reexport.mjs
cli_case pos_line_one_mjs exit=1 stderr_re="$(pos_re line_one.mjs:1 '  let x = ) ;' '          ^' "SyntaxError: Unexpected token ')'")" -- $P/line_one.mjs
cli_case pos_line_one_cjs exit=1 stderr_re="$(pos_re line_one.cjs:1 '  let x = ) ;' '          ^' "SyntaxError: Unexpected token ')'")" -- $P/line_one.cjs
cli_case pos_imported_module exit=1 stdout= stderr_re="$(pos_re mid_line.mjs:2 'const b = a +* 2;' '             ^' "SyntaxError: Unexpected token '*'")" -- $P/imports_bad.mjs
cli_case pos_required_module exit=1 stdout= stderr_re="$(pos_re mid_line.cjs:2 'const b = a +* 2;' '             ^' "SyntaxError: Unexpected token '*'")" -- $P/requires_bad.cjs
cli_case pos_open_comment exit=1 stderr_re="open_comment\\.mjs:2\$${NL}^/\\* never closed\$${NL}^SyntaxError: Invalid or unexpected token\$${NL}!\\^" -- $P/open_comment.mjs
cli_case pos_export_in_cjs exit=1 stderr_re="$(pos_re export_in.cjs:2 '  export const b = 2;' '  ^^^^^^' "SyntaxError: Unexpected token 'export'")" -- $P/export_in.cjs
cli_case pos_redeclared_cjs exit=1 stderr_re="$(pos_re redeclared.cjs:2 'let a = 2;' '    ^' "SyntaxError: Identifier 'a' has already been declared")" -- $P/redeclared.cjs
cli_case pos_no_engine_fields exit=1 stderr_re="!sourceURL${NL}!^  line:" -- $P/mid_line.mjs
# uncaught errors: the caret where node puts it (JSC marks a call at its parenthesis)
cli_case pos_throw_in_function exit=1 stderr_re="$(pos_re throw_in_function.cjs:1 "function fail() { throw new TypeError('thrown'); }" '                  ^' "TypeError: thrown")" -- $P/throw_in_function.cjs
cli_case pos_throw_module_top exit=1 stderr_re="$(pos_re throw_top.mjs:2 "  throw new RangeError('top');" '        ^' "RangeError: top")" -- $P/throw_top.mjs
cli_case pos_unknown_name exit=1 stdout=start stderr_re="unknown_name\\.mjs:2\$${NL}^  missingFunction\\(1\\);\$${NL}^  \\^\$${NL}^ReferenceError: " -- $P/unknown_name.mjs
cli_case pos_null_property exit=1 stderr_re="null_call\\.cjs:1\$${NL}^const o = \\{ m\\(\\) \\{ null\\.f\\(\\); \\} \\};\$${NL}^                       \\^\$${NL}^TypeError: " -- $P/null_call.cjs

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
cli_case uncaught_stack_columns exit=1 stdout='hi' stderr_re="stack_columns\\.js:1\$${NL}^function f\\(\\) \\{ throw new Error\\(\"boom\"\\); \\}\$${NL}^               \\^\$${NL}^Error: boom\$${NL}^    at f \\(/.*/stack_columns\\.js:1:22\\)\$${NL}^    at .*run \\(/.*/stack_columns\\.js:2:23\\)\$${NL}^    at .*stack_columns\\.js:5:4\\)?\$${NL}!stack_columns\\.js:[0-9]+:(31|25|8)" -- stack_columns.js

# --- --check
cli_case check_ok           stdout=                                     -- --check good.js
cli_case check_syntax_error exit=1 stdout= stderr_re="syntax_error\\.js:2${NL}SyntaxError" -- -c syntax_error.js

# --- warnings
cli_case warning_shown      stderr_re='Warning: shown'                  -- -e "process.emitWarning('shown')"
cli_case no_warnings        stderr_re='!hidden'                         -- --no-warnings -e "process.emitWarning('hidden')"

# --- console.time prints the elapsed time (format only)
cli_case console_time       stdout_re='^lbl: [0-9]+(\.[0-9]+)?ms extra$'$'\n''^lbl: [0-9]+(\.[0-9]+)?ms$' -- -e "console.time('lbl'); console.timeLog('lbl', 'extra'); console.timeEnd('lbl')"

# --- JSC's GC timers run on jolt's loop; the full-collection timer, which
# crashed there, must stay off even when JSC's options ask it to fire often
cli_case gc_timers_full_off env='JSC_percentCPUPerMBForFullTimer=10 JSC_collectionTimerMaxPercentCPU=1' stdout='ok' -- gc_timers.js

# --- jolt's loop back-ends give the same results
cli_case loop_epoll         only=jolt env='JOLT_LOOP=epoll'    stdout='tick, readFile true, immediate, timeout 0, timeout 5' -- loop_smoke.js
cli_case loop_io_uring      only=jolt env='JOLT_LOOP=io_uring' stdout='tick, readFile true, immediate, timeout 0, timeout 5' -- loop_smoke.js

# --- node:test: jolt --test and the reporter options (durations vary: the
# patterns leave them out)
D='\([0-9.e-]+ms\)'
cli_case test_discovery     exit=1 stdout_re="^✔ a one $D\$${NL}^✖ b fails $D\$${NL}^✖ test_runner/broken-test\\.js $D\$${NL}^✔ test_runner/empty\\.test\\.js $D\$${NL}^▶ c suite\$${NL}^  ✔ c it $D\$${NL}^ℹ tests 6\$${NL}^ℹ suites 1\$${NL}^ℹ pass 4\$${NL}^ℹ fail 2\$${NL}^ℹ duration_ms [0-9.]+\$${NL}^✖ failing tests:\$${NL}^test at test_runner/b_test\\.js:3:1\$${NL}^  Error: b failure\$${NL}^Error: cannot load\$${NL}!helper is not a test file${NL}!node_modules" -- --test
cli_case test_files         stdout_re="^✔ a one $D\$${NL}^✔ a two $D\$${NL}^  ✔ c it $D\$${NL}^ℹ tests 3\$${NL}^ℹ pass 3\$${NL}^ℹ fail 0\$${NL}!failing tests" -- --test test_runner/a.test.js test_runner/test/c.js
cli_case test_glob          stdout_re="^✔ a one $D\$${NL}^✔ test_runner/empty\\.test\\.js $D\$${NL}^ℹ tests 3\$${NL}!c suite" -- --test 'test_runner/*.test.js'
cli_case test_missing_file  exit=1 stderr_re="Could not find '.*nope\\.test\\.js'" -- --test test_runner/nope.test.js
cli_case test_failure_exit  exit=1 stdout_re="^✖ b fails $D\$${NL}^ℹ fail 1\$" -- --test test_runner/b_test.js
cli_case test_tap           stdout_re="^TAP version 13\$${NL}^# Subtest: a one\$${NL}^ok 1 - a one\$${NL}^  duration_ms: [0-9.]+\$${NL}^  type: 'test'\$${NL}^ok 2 - a two\$${NL}^1\\.\\.2\$${NL}^# pass 2\$" -- --test --test-reporter=tap test_runner/a.test.js
cli_case test_tap_failure   exit=1 stdout_re="^not ok 1 - b fails\$${NL}^  failureType: 'testCodeFailure'\$${NL}^  error: 'b failure'\$${NL}^  code: 'ERR_TEST_FAILURE'\$${NL}^  stack: \\|-\$${NL}^# fail 1\$" -- --test --test-reporter tap test_runner/b_test.js
cli_case test_dot           exit=1 stdout_re="^\\.\\.X\$${NL}^Failed tests:\$${NL}^✖ b fails $D\$${NL}^  Error: b failure\$" -- --test --test-reporter=dot test_runner/a.test.js test_runner/b_test.js
cli_case test_destination   stdout= stderr_re="^TAP version 13\$${NL}^ok 1 - a one\$" -- --test --test-reporter=tap --test-reporter-destination=stderr test_runner/a.test.js
cli_case test_two_reporters stdout_re="^\\.\\.\$${NL}!TAP" stderr_re="^TAP version 13\$${NL}^ok 2 - a two\$" -- --test --test-reporter=dot --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=stderr test_runner/a.test.js
cli_case test_reporter_mismatch exit=1 stderr_re="The argument '--test-reporter' must match the number of specified '--test-reporter-destination'\\. Received \\[ 'tap', 'dot' \\]" -- --test-reporter=tap --test-reporter=dot test_runner/a.test.js
cli_case test_name_pattern  stdout_re="^✔ a two $D\$${NL}!a one${NL}^✔ test_runner/test/c\\.js $D\$${NL}^ℹ tests 2\$" -- --test --test-name-pattern='two$' test_runner/a.test.js test_runner/test/c.js
cli_case test_skip_pattern  stdout_re="^✔ a two $D\$${NL}!a one${NL}^ℹ tests 1\$" -- --test --test-skip-pattern=one test_runner/a.test.js
cli_case test_name_pattern_missing exit=9 stderr_re='--test-name-pattern requires an argument' -- --test-name-pattern
cli_case test_reporter_script stdout_re="^TAP version 13\$${NL}^ok 1 - a one\$${NL}^# tests 2\$" -- --test-reporter=tap test_runner/a.test.js
cli_case test_spec_script   exit=1 stdout_re="^✖ b fails $D\$${NL}^test at test_runner/b_test\\.js:3:1\$" -- test_runner/b_test.js
cli_case test_only          stdout_re="^  ✔ kept $D\$${NL}!not only${NL}!dropped${NL}^ℹ tests 1\$" -- --test --test-only test_runner/only_fixture.js
cli_case test_only_needs_flag stdout_re="^✔ not only $D\$${NL}^  ✔ dropped $D\$${NL}^  ℹ 'only' and 'runOnly' require the --test-only command-line option\\.\$" -- --test test_runner/only_fixture.js
cli_case test_custom_reporter exit=1 stdout="test:pass a one${NL}test:pass a two${NL}test:fail b fails${NL}reporter done" -- --test --test-reporter=./test_runner/reporter.js test_runner/a.test.js test_runner/b_test.js
cli_case test_timeout_option exit=1 stdout_re="^✖ slow $D\$${NL}^  'test timed out after 20ms'\$${NL}^ℹ cancelled 1\$" -- --test --test-timeout=20 test_runner/slow.js
cli_case test_force_exit    stdout_re="^✔ leaves an interval running $D\$${NL}^ℹ pass 1\$" -- --test --test-force-exit test_runner/leaves_interval.js
cli_case test_dot_wraps       stdout="....................${NL}....." -- --test-reporter=dot test_runner/many_fixture.js
cli_case test_signal        exit=1 stdout_re="^not ok 1 - aborted while running\$${NL}^  failureType: 'testAborted'\$${NL}^  error: 'This operation was aborted'\$${NL}^  name: 'AbortError'\$${NL}^  error: 'aborted early'\$${NL}^not ok 3 - t\\.signal aborts when the test times out\$${NL}^ok 4 - after\$${NL}^# cancelled 3\$${NL}^# fail 0\$" -- --test-reporter=tap test_runner/signal_fixture.js

# --- standard streams (process.stdin/stdout as streams, tty, readline)
cli_case stdio_stdin_stream   stdin=$'a\nb\r\nc' stdout="class: Socket fd: 0${NL}\"a\\nb\\r\\nc\"${NL}ended: true" -- stdio/read_stream.js
cli_case stdio_stdin_iterate  stdin=$'a\nb\r\nc' stdout='bytes: 6' -- stdio/read_async.js
cli_case stdio_stdin_readfile stdin='abc' stdout='"abc"' -- stdio/stdin_readfile.js
cli_case stdio_stdin_untouched stdin='x' stdout="mode: untouched flowing: null${NL}exit" -- stdio/stdin_untouched.js untouched
cli_case stdio_stdin_unref    stdin='x' stdout="mode: unref flowing: null${NL}unref${NL}exit" -- stdio/stdin_untouched.js unref
cli_case stdio_stdin_reading  stdin='x' stdout="mode: resume flowing: null${NL}data: \"x\"${NL}exit" -- stdio/stdin_untouched.js resume
cli_case stdio_epipe_handled  stdout_closed=1 stderr_re="^error event: EPIPE write write EPIPE\$${NL}^callback: EPIPE\$" -- stdio/stdout_epipe.js handled
cli_case stdio_epipe_unhandled stdout_closed=1 exit=1 stderr_re="^Error: write EPIPE\$${NL}code: 'EPIPE'${NL}!gave up" -- stdio/stdout_epipe.js
cli_case stdio_epipe_console  stdout_closed=1 exit=1 stderr_re="^Error: write EPIPE\$${NL}!gave up" -- stdio/stdout_epipe.js console
cli_case stdio_epipe_console_values stdout_closed=1 exit=1 stderr_re="^Error: write EPIPE\$${NL}!gave up" -- stdio/stdout_epipe.js console-values
cli_case stdio_stdin_lines    stdin=$'a\nb\r\n\nlast' stdout="1: [a]${NL}2: [b]${NL}3: []${NL}4: [last]${NL}lines: 4" -- stdio/read_lines.js
cli_case stdio_stdin_for_await_lines stdin=$'x\ny\n' stdout="line: x${NL}line: y${NL}done" -- stdio/read_async.js lines
cli_case stdio_stdin_question stdin=$'Ada\n36\nmore\nlast' stdout="name? hello Ada${NL}age? age 36${NL}extra line: more${NL}extra line: last${NL}closed at end of input" -- stdio/question.js
cli_case stdio_tty_on_pipe    stdin='sent ' stdout="WriteStream: true undefined true function${NL}ReadStream: true false undefined function${NL}write callback${NL}\"sent from the WriteStream!\"" -- stdio/tty_on_pipe.js
# --- signals: without a listener a signal's default action ends the process
# (the shell sees 128 + the signal number); a removed listener brings it back
cli_case signal_default_term   exit=143 stdout= -- signals/self_kill.js SIGTERM
cli_case process_abort         exit=134 stdout= -- -e "process.abort()"
cli_case signal_default_usr2   exit=140 stdout= -- signals/self_kill.js SIGUSR2
cli_case signal_default_restored exit=143 stdout= -- signals/self_kill.js SIGTERM listen-then-remove
cli_case signal_default_hup_restored exit=129 stdout= -- signals/self_kill.js SIGHUP listen-then-remove
cli_case signal_pipe_ignored   stdout='still alive' -- signals/self_kill.js SIGPIPE
cli_case signal_usr1_survives  stdout='still alive' -- signals/self_kill.js SIGUSR1
# A terminal left in raw mode gets its modes back when SIGINT or SIGTERM ends
# the process (as node does), but not for other signals; and at a normal exit.
cli_case tty_raw_sigterm tty=1 stdout_re="^raw: yes\$${NL}^status: 143\$${NL}^icanon\$" -- stdio/raw_signal.js SIGTERM plain
cli_case tty_raw_sigint tty=1 stdout_re="^raw: yes\$${NL}^status: 130\$${NL}^icanon\$" -- stdio/raw_signal.js SIGINT plain
# jolt-only: node 24 gives SIGTERM plain SIG_DFL back once its last listener
# goes, so the terminal stays raw there; jolt keeps putting the modes back.
cli_case tty_raw_sigterm_after_listener tty=1 only=jolt stdout_re="^raw: yes\$${NL}^status: 143\$${NL}^icanon\$" -- stdio/raw_signal.js SIGTERM listen-then-remove
cli_case tty_raw_sighup tty=1 stdout_re="^raw: yes\$${NL}^status: 129\$${NL}^-icanon\$" -- stdio/raw_signal.js SIGHUP plain
cli_case tty_raw_caught tty=1 stdout_re="^raw: yes\$${NL}^caught SIGTERM\$${NL}^status: 0\$${NL}^icanon\$" -- stdio/raw_signal.js SIGTERM listener
# --- too many open files: every form of open reports EMFILE on its own
# callback, promise or 'error' event, and the process recovers once fds close
cli_case fs_emfile nofile=64 stdout="openSync: EMFILE open EMFILE: too many open files, open 'FILE'${NL}open cb: EMFILE EMFILE: too many open files, open 'FILE'${NL}readFile cb: EMFILE open${NL}promises.readFile: EMFILE${NL}stream error: EMFILE${NL}after closing: null true" -- emfile.js
