#include "cli.h"

#include <cstring>

namespace jolt {

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Splits "--name=value" into name and value.
bool split_eq(const std::string& arg, std::string& name, std::string& value) {
  size_t eq = arg.find('=');
  if (eq == std::string::npos || !starts_with(arg, "--")) return false;
  name = arg.substr(0, eq);
  value = arg.substr(eq + 1);
  return true;
}

}  // namespace

bool parse_command_line(int argc, char** argv, Options& o, std::string& error) {
  o.argv0 = argc > 0 ? argv[0] : "jolt";
  bool have_eval = false;
  int i = 1;
  auto take_value = [&](const std::string& name, std::string& inline_value, bool has_inline,
                        std::string& out) -> bool {
    if (has_inline) {
      out = inline_value;
      return true;
    }
    if (i + 1 >= argc) {
      error = name + " requires an argument";
      return false;
    }
    o.exec_argv.push_back(argv[i + 1]);
    out = argv[++i];
    return true;
  };

  for (; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--") {
      i++;
      break;
    }
    if (arg == "-") {
      o.mode = Options::Mode::Stdin;
      o.explicit_stdin = true;
      i++;
      break;
    }
    if (arg.empty() || arg[0] != '-') break;  // the script
    o.exec_argv.push_back(arg);

    std::string name = arg, value;
    bool has_inline = split_eq(arg, name, value);

    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "-pe" || name == "-ep") {
      if (name == "-p" || name == "--print" || name == "-pe" || name == "-ep") o.print = true;
      if (!take_value(name, value, has_inline, o.eval_source)) return false;
      have_eval = true;
    } else if (name == "-r" || name == "--require") {
      std::string mod;
      if (!take_value(name, value, has_inline, mod)) return false;
      o.preload.push_back(mod);
    } else if (name == "-v" || name == "--version") {
      o.mode = Options::Mode::Version;
      return true;
    } else if (name == "-h" || name == "--help") {
      o.mode = Options::Mode::Help;
      return true;
    } else if (name == "-c" || name == "--check") {
      o.check_syntax = true;
    } else if (name == "--input-type") {
      if (!take_value(name, value, has_inline, o.input_type)) return false;
    } else if (name == "-C" || name == "--conditions") {
      if (!take_value(name, value, has_inline, o.conditions.emplace_back())) return false;
    } else if (name == "--no-warnings") {
      o.no_warnings = true;
    } else if (name == "--no-deprecation") {
      o.no_deprecation = true;
    } else if (name == "--throw-deprecation") {
      o.throw_deprecation = true;
    } else if (name == "--trace-deprecation") {
      o.trace_deprecation = true;
    } else if (name == "--trace-warnings") {
      o.trace_warnings = true;
    } else if (name == "--expose-gc" || name == "--expose_gc") {
      o.expose_gc = true;
    } else if (name == "--test") {
      o.test = true;
    } else if (name == "--test-only") {
      o.test_only = true;
    } else if (name == "--test-force-exit") {
      o.test_force_exit = true;
    } else if (name == "--test-timeout") {
      if (!take_value(name, value, has_inline, o.test_timeout)) return false;
    } else if (name == "--test-reporter") {
      if (!take_value(name, value, has_inline, o.test_reporters.emplace_back())) return false;
    } else if (name == "--test-reporter-destination") {
      if (!take_value(name, value, has_inline, o.test_reporter_destinations.emplace_back())) return false;
    } else if (name == "--test-name-pattern") {
      if (!take_value(name, value, has_inline, o.test_name_patterns.emplace_back())) return false;
    } else if (name == "--test-skip-pattern") {
      if (!take_value(name, value, has_inline, o.test_skip_patterns.emplace_back())) return false;
    } else {
      error = "bad option: " + arg;
      return false;
    }
  }

  if (o.test && !have_eval && o.mode != Options::Mode::Stdin) {
    // `--test [paths...]`: every remaining argument is a test file or glob.
    o.mode = Options::Mode::Test;
    for (; i < argc; i++) o.test_files.push_back(argv[i]);
    return true;
  }
  if (have_eval) {
    // With -e, what follows the options is all script arguments (process.argv[1..]).
    o.mode = Options::Mode::Eval;
  } else if (o.mode != Options::Mode::Stdin) {
    if (i < argc) {
      o.mode = Options::Mode::Script;
      o.script = argv[i++];
    } else {
      o.mode = Options::Mode::Repl;  // decided later: stdin script if not a TTY
    }
  }
  for (; i < argc; i++) o.script_args.push_back(argv[i]);
  return true;
}

const char* help_text() {
  return "Usage: jolt [options] [ script.js ] [arguments]\n"
         "       jolt [options] -e|-p CODE [arguments]\n"
         "       jolt [options] - [arguments]   (script read from stdin)\n"
         "\n"
         "Jolt runs Node.js programs on JavaScriptCore.\n"
         "\n"
         "Options:\n"
         "  -                          script read from stdin (default if no file name is\n"
         "                             provided and stdin is not a terminal)\n"
         "  --                         indicate the end of jolt options\n"
         "  -c, --check                syntax check script without executing\n"
         "  -e, --eval=...             evaluate script\n"
         "  -p, --print [...]          evaluate script and print result\n"
         "  -r, --require=...          CommonJS module to preload (option can be repeated)\n"
         "  --expose-gc                expose gc() on the global object\n"
         "  --no-deprecation           silence deprecation warnings\n"
         "  --test                     launch test runner on startup\n"
         "  --test-name-pattern=...    run tests whose name matches this regular expression\n"
         "  --test-only                run tests with 'only' option set\n"
         "  --test-reporter=...        report test output using the given reporter\n"
         "  --test-reporter-destination=...\n"
         "                             report given reporter to the given destination\n"
         "  --test-skip-pattern=...    run tests whose name do not match this regular expression\n"
         "  --test-timeout=...         specify test runner timeout\n"
         "  --test-force-exit          force test runner to exit upon completion\n"
         "  --no-warnings              silence all process warnings\n"
         "  --throw-deprecation        throw an exception on deprecations\n"
         "  --trace-deprecation        show stack traces on deprecations\n"
         "  --trace-warnings           show stack traces on process warnings\n"
         "  -h, --help                 print jolt command line options\n"
         "  -v, --version              print the Node.js version Jolt implements\n"
         "\n"
         "Environment variables:\n"
         "  JOLT_LOOP                  force the event loop backend: io_uring or epoll\n"
         "  NODE_DEBUG                 ','-separated list of core modules that should print\n"
         "                             debug information\n"
         "  UV_THREADPOOL_SIZE         number of threads in the worker pool (default 4)\n";
}

}  // namespace jolt
