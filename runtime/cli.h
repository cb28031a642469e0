// The command line, parsed as node parses it: options up to the script name,
// everything after the script belongs to the script.
#pragma once

#include <string>
#include <vector>

namespace jolt {

struct Options {
  enum class Mode { Script, Eval, Stdin, Version, Help, Repl, Test };
  Mode mode = Mode::Repl;
  bool print = false;                    // -p: print the result of the eval
  std::string eval_source;               // -e / -p
  std::string script;                    // the main script as given
  std::vector<std::string> preload;      // -r MODULE, in order
  std::vector<std::string> script_args;  // process.argv[2..] (or [1..] for -e)
  std::vector<std::string> exec_argv;    // the options themselves (process.execArgv)
  std::string argv0;                     // argv[0] as typed
  bool no_warnings = false;
  bool no_deprecation = false;
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool trace_warnings = false;
  bool expose_gc = false;
  bool check_syntax = false;             // -c: parse only
  bool explicit_stdin = false;           // '-' was given: process.argv[1] is '-'
  std::string input_type;                // --input-type: "module" or "commonjs" for -e/stdin code
  std::vector<std::string> conditions;   // --conditions / -C: extra package "exports" conditions
  // node:test. With --test, the arguments after the options are test file
  // paths or globs (Mode::Test); the other options also apply to a script
  // that uses node:test directly.
  bool test = false;
  bool test_only = false;
  bool test_force_exit = false;
  std::string test_timeout;              // --test-timeout=ms, checked in JS
  std::vector<std::string> test_files;
  std::vector<std::string> test_reporters;
  std::vector<std::string> test_reporter_destinations;
  std::vector<std::string> test_name_patterns;
  std::vector<std::string> test_skip_patterns;
};

// Parses argv. On a bad option, returns false with `error` set to node's text
// ("bad option: --x"); the caller prints "<argv0>: <error>" and exits 9.
bool parse_command_line(int argc, char** argv, Options& options, std::string& error);

const char* help_text();

}  // namespace jolt
