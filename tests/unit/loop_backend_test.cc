// Backend selection: explicit kinds, JOLT_LOOP, fallback when io_uring is
// refused.
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

#include "loop_test_util.h"

using namespace jolt::loop;

namespace {


bool io_uring_available() { return Loop::create(BackendKind::IoUring) != nullptr; }

}  // namespace

TEST_CASE("explicit backend kinds") {
  EnvVar env("JOLT_LOOP", nullptr);
  auto e = Loop::create(BackendKind::Epoll);
  REQUIRE(e);
  CHECK(std::string(e->backend_name()) == "epoll");
  std::string err;
  auto u = Loop::create(BackendKind::IoUring, &err);
  if (u) {
    CHECK(std::string(u->backend_name()) == "io_uring");
  } else {
    MESSAGE("io_uring unavailable: " << err);
    CHECK_FALSE(err.empty());
  }
  auto a = Loop::create();
  REQUIRE(a);
  CHECK(std::string(a->backend_name()) == (u ? "io_uring" : "epoll"));
}

TEST_CASE("JOLT_LOOP overrides Auto only") {
  {
    EnvVar env("JOLT_LOOP", "epoll");
    auto l = Loop::create();
    REQUIRE(l);
    CHECK(std::string(l->backend_name()) == "epoll");
    if (io_uring_available()) {
      auto x = Loop::create(BackendKind::IoUring);  // explicit kind wins
      REQUIRE(x);
      CHECK(std::string(x->backend_name()) == "io_uring");
    }
  }
  {
    EnvVar env("JOLT_LOOP", "io_uring");
    std::string err;
    auto l = Loop::create(BackendKind::Auto, &err);
    if (io_uring_available()) {
      REQUIRE(l);
      CHECK(std::string(l->backend_name()) == "io_uring");
    } else {
      CHECK(!l);
      CHECK(err.find("io_uring") != std::string::npos);
    }
    auto x = Loop::create(BackendKind::Epoll);
    REQUIRE(x);
    CHECK(std::string(x->backend_name()) == "epoll");
  }
  {
    EnvVar env("JOLT_LOOP", "kqueue");
    std::string err;
    CHECK(!Loop::create(BackendKind::Auto, &err));
    CHECK(err.find("JOLT_LOOP") != std::string::npos);
  }
  {
    EnvVar env("JOLT_LOOP", "");
    auto l = Loop::create();
    CHECK(l);
  }
}

#if defined(__x86_64__) || defined(__aarch64__)
// In a child with io_uring_setup refused by seccomp (as Docker's default
// profile does): Auto falls back to epoll, a forced io_uring fails with a
// message.
TEST_CASE("Auto falls back to epoll when the kernel refuses io_uring") {
  for (int refusal : {ENOSYS, EPERM}) {
    CAPTURE(refusal);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
#if defined(__x86_64__)
      constexpr unsigned arch = AUDIT_ARCH_X86_64;
#else
      constexpr unsigned arch = AUDIT_ARCH_AARCH64;
#endif
      sock_filter filter[] = {
          BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
          BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, arch, 1, 0),
          BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
          BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
          BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 0, 1),
          BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | static_cast<unsigned>(refusal)),
          BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
      };
      sock_fprog prog{static_cast<unsigned short>(sizeof filter / sizeof filter[0]), filter};
      if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) _exit(10);
      if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) _exit(11);
      unsetenv("JOLT_LOOP");
      auto a = Loop::create();
      if (!a) _exit(12);
      if (std::strcmp(a->backend_name(), "epoll") != 0) _exit(13);
      // The fallback loop works.
      bool fired = false;
      {
        Timer t(*a, [&](Timer&) { fired = true; });
        t.start(1);
        a->run();
      }
      if (!fired) _exit(14);
      std::string err;
      if (Loop::create(BackendKind::IoUring, &err)) _exit(15);
      if (err.find("io_uring") == std::string::npos) _exit(16);
      if (err.find(std::strerror(refusal)) == std::string::npos) _exit(17);
      setenv("JOLT_LOOP", "io_uring", 1);
      if (Loop::create(BackendKind::Auto, &err)) _exit(18);
      _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
}
#endif
