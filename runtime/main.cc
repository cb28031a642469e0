// jolt: run a Node.js program on JavaScriptCore.
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "cli.h"
#include "loop.h"
#include "runtime.h"
#include "signal_handle.h"
#include "version.h"

int main(int argc, char** argv) {
  // As in node: a write to a closed pipe is an EPIPE error, not a signal.
  signal(SIGPIPE, SIG_IGN);

  jolt::Options options;
  std::string error;
  if (!jolt::parse_command_line(argc, argv, options, error)) {
    std::fprintf(stderr, "%s: %s\n", options.argv0.c_str(), error.c_str());
    return 9;  // node's exit code for an invalid argument
  }
  switch (options.mode) {
    case jolt::Options::Mode::Version:
      std::printf("%s\n", jolt::kNodeVersion);
      return 0;
    case jolt::Options::Mode::Help:
      std::fputs(jolt::help_text(), stdout);
      return 0;
    case jolt::Options::Mode::Repl:
      if (!isatty(STDIN_FILENO)) {
        options.mode = jolt::Options::Mode::Stdin;
        break;
      }
      std::fprintf(stderr, "%s: the interactive REPL is not implemented yet; pass a script, -e CODE or -\n",
                   options.argv0.c_str());
      return 9;
    default:
      break;
  }

  std::string loop_error;
  auto loop = jolt::loop::Loop::create(jolt::loop::BackendKind::Auto, &loop_error);
  if (!loop) {
    std::fprintf(stderr, "%s: cannot start the event loop: %s\n", options.argv0.c_str(), loop_error.c_str());
    return 1;
  }
  auto runtime = std::make_unique<jolt::Runtime>(std::move(options), std::move(loop));
  // JSC (set up by now) suspends threads with SIGUSR1 and crashes on one it
  // did not send. node catches SIGUSR1 at start-up too (its inspector); here
  // a SIGUSR1 another process sends does nothing unless JS listens for it.
  jolt::loop::Signal::shield(SIGUSR1);
  int code = runtime->run();
#if defined(__SANITIZE_ADDRESS__) || defined(JOLT_CLEAN_EXIT)
  // Tear everything down so leak checkers see only real leaks.
  runtime.reset();
  return code & 0xff;
#else
  // Like node, leave the teardown of the JS heap to the kernel: a full VM
  // destruction costs milliseconds and frees nothing the exit would not.
  runtime->exit_now(code);
#endif
}
