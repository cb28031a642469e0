// Unit tests of the command-line parser (runtime/cli.cc).
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "cli.h"

using jolt::Options;

namespace {

struct Parsed {
  bool ok;
  Options options;
  std::string error;
};

Parsed parse(std::initializer_list<const char*> args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("jolt"));
  for (const char* a : args) argv.push_back(const_cast<char*>(a));
  Parsed p;
  p.ok = jolt::parse_command_line(static_cast<int>(argv.size()), argv.data(), p.options, p.error);
  return p;
}

}  // namespace

TEST_CASE("a script and its arguments; options after the script belong to it") {
  Parsed p = parse({"--no-warnings", "app.js", "-e", "x", "--bogus"});
  REQUIRE(p.ok);
  CHECK(p.options.mode == Options::Mode::Script);
  CHECK(p.options.script == "app.js");
  CHECK(p.options.script_args == std::vector<std::string>{"-e", "x", "--bogus"});
  CHECK(p.options.exec_argv == std::vector<std::string>{"--no-warnings"});
  CHECK(p.options.no_warnings);
}

TEST_CASE("-e, -p, --eval=, -pe") {
  Parsed e = parse({"-e", "1+1", "a", "b"});
  REQUIRE(e.ok);
  CHECK(e.options.mode == Options::Mode::Eval);
  CHECK(!e.options.print);
  CHECK(e.options.eval_source == "1+1");
  CHECK(e.options.script_args == std::vector<std::string>{"a", "b"});
  Parsed p = parse({"--print=2"});
  REQUIRE(p.ok);
  CHECK(p.options.print);
  CHECK(p.options.eval_source == "2");
  Parsed pe = parse({"-pe", "3"});
  REQUIRE(pe.ok);
  CHECK(pe.options.print);
  CHECK(pe.options.eval_source == "3");
}

TEST_CASE("-r is repeatable and keeps order") {
  Parsed p = parse({"-r", "a", "--require=b", "--require", "c", "main.js"});
  REQUIRE(p.ok);
  CHECK(p.options.preload == std::vector<std::string>{"a", "b", "c"});
  CHECK(p.options.exec_argv == std::vector<std::string>{"-r", "a", "--require=b", "--require", "c"});
}

TEST_CASE("-- ends options; - reads the script from stdin") {
  Parsed p = parse({"--", "-weird.js", "x"});
  REQUIRE(p.ok);
  CHECK(p.options.mode == Options::Mode::Script);
  CHECK(p.options.script == "-weird.js");
  CHECK(p.options.script_args == std::vector<std::string>{"x"});
  Parsed s = parse({"-", "arg"});
  REQUIRE(s.ok);
  CHECK(s.options.mode == Options::Mode::Stdin);
  CHECK(s.options.script_args == std::vector<std::string>{"arg"});
}

TEST_CASE("version, help, and no arguments") {
  CHECK(parse({"--version"}).options.mode == Options::Mode::Version);
  CHECK(parse({"-v"}).options.mode == Options::Mode::Version);
  CHECK(parse({"-h"}).options.mode == Options::Mode::Help);
  CHECK(parse({}).options.mode == Options::Mode::Repl);
}

TEST_CASE("bad input: unknown options and missing values") {
  Parsed bad = parse({"--bogus", "x.js"});
  CHECK(!bad.ok);
  CHECK(bad.error == "bad option: --bogus");
  Parsed missing = parse({"-e"});
  CHECK(!missing.ok);
  CHECK(missing.error == "-e requires an argument");
  Parsed missing_r = parse({"x.js", "-r"});  // after the script: the script's argument
  CHECK(missing_r.ok);
}

TEST_CASE("--test: every argument after the options is a test file or glob") {
  Parsed p = parse({"--test", "--test-reporter=tap", "--test-reporter-destination", "stderr", "a.test.js",
                    "--test-only", "b/**/*.js"});
  REQUIRE(p.ok);
  CHECK(p.options.mode == Options::Mode::Test);
  CHECK(p.options.test_files == std::vector<std::string>{"a.test.js", "--test-only", "b/**/*.js"});
  CHECK(p.options.test_reporters == std::vector<std::string>{"tap"});
  CHECK(p.options.test_reporter_destinations == std::vector<std::string>{"stderr"});
  CHECK(!p.options.test_only);
  Parsed none = parse({"--test"});
  REQUIRE(none.ok);
  CHECK(none.options.mode == Options::Mode::Test);
  CHECK(none.options.test_files.empty());
}

TEST_CASE("node:test options apply to a plain script too") {
  Parsed p = parse({"--test-name-pattern=/a/i", "--test-skip-pattern", "b", "--test-only", "app.js", "x"});
  REQUIRE(p.ok);
  CHECK(p.options.mode == Options::Mode::Script);
  CHECK(p.options.test_name_patterns == std::vector<std::string>{"/a/i"});
  CHECK(p.options.test_skip_patterns == std::vector<std::string>{"b"});
  CHECK(p.options.test_only);
  CHECK(p.options.script_args == std::vector<std::string>{"x"});
  Parsed missing = parse({"--test-reporter"});
  CHECK(!missing.ok);
  CHECK(missing.error == "--test-reporter requires an argument");
}
