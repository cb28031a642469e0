// Helpers shared by the loop unit tests.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "loop.h"

namespace jolt::loop::test {

// A loop on `kind`. Where the kernel refuses io_uring the io_uring variant of
// a test is skipped with a message, unless JOLT_TEST_REQUIRE_IO_URING is set.
inline std::unique_ptr<Loop> make_loop(BackendKind kind) {
  std::string err;
  auto loop = Loop::create(kind, &err);
  if (!loop) {
    if (kind == BackendKind::IoUring && !std::getenv("JOLT_TEST_REQUIRE_IO_URING")) {
      MESSAGE("io_uring unavailable, variant skipped: " << err);
      return nullptr;
    }
    FAIL("Loop::create failed: " << err);
  }
  return loop;
}

inline std::string kind_name(BackendKind k) {
  return k == BackendKind::IoUring ? "io_uring" : k == BackendKind::Epoll ? "epoll" : "auto";
}

// Fails the test and stops the loop if it is still running after `ms`.
// Unref'd, so it never keeps a loop alive by itself.
class Watchdog {
 public:
  Watchdog(Loop& loop, uint64_t ms = 5000)
      : timer_(loop, [](Timer& t) {
          FAIL_CHECK("watchdog: loop still running");
          t.loop().stop();
        }) {
    timer_.start(ms);
    timer_.unref();
  }

 private:
  Timer timer_;
};

}  // namespace jolt::loop::test

// Runs the rest of the test case once per backend (a doctest SUBCASE each)
// with `var` naming a Loop& on that backend. Handles declared after this are
// destroyed before the loop, as the loop requires.
#define LOOP_BACKEND_KIND(kind)                                           \
  ::jolt::loop::BackendKind kind = ::jolt::loop::BackendKind::Epoll;     \
  SUBCASE("io_uring") { kind = ::jolt::loop::BackendKind::IoUring; }    \
  SUBCASE("epoll") { kind = ::jolt::loop::BackendKind::Epoll; }         \
  INFO("backend: " << ::jolt::loop::test::kind_name(kind))

#define LOOP_FOR_EACH_BACKEND(var)                                        \
  LOOP_BACKEND_KIND(var##_kind);                                          \
  auto var##_owner = ::jolt::loop::test::make_loop(var##_kind);           \
  if (!var##_owner) return;                                               \
  ::jolt::loop::Loop& var = *var##_owner;                                 \
  ::jolt::loop::test::Watchdog var##_watchdog(var)

#include <cstdlib>
#include <string>

// Sets an environment variable for the scope of a test (null unsets it).
struct EnvVar {
  const char* name;
  std::string old;
  bool had;
  EnvVar(const char* n, const char* value) : name(n) {
    const char* o = std::getenv(n);
    had = o != nullptr;
    if (had) old = o;
    if (value)
      setenv(n, value, 1);
    else
      unsetenv(n);
  }
  ~EnvVar() {
    if (had)
      setenv(name, old.c_str(), 1);
    else
      unsetenv(name);
  }
};
