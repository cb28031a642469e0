// Signal handles: delivery on the loop thread, several watchers, liveness,
// and the disposition going back to the default after the last stop.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <thread>
#include <vector>

#include "loop_test_util.h"
#include "signal_handle.h"

using namespace jolt::loop;

namespace {

// Whether the process catches `signum` right now (else: its default action).
bool caught(int signum) {
  struct sigaction sa = {};
  sigaction(signum, nullptr, &sa);
  return sa.sa_handler != SIG_DFL;
}

}  // namespace

TEST_CASE("a raised signal runs the callback on the loop thread, in the poll phase") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<std::string> order;
  std::thread::id cb_thread;
  Signal s(loop, [&](Signal& self, int signum) {
    CHECK(signum == SIGUSR2);
    CHECK(self.signum() == SIGUSR2);
    cb_thread = std::this_thread::get_id();
    order.push_back("signal");
  });
  PhaseHook check(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { order.push_back("check"); });
  check.start();
  check.unref();
  CHECK(s.start(SIGUSR2) == 0);
  CHECK(s.is_active());
  CHECK(caught(SIGUSR2));
  raise(SIGUSR2);
  CHECK(order.empty());  // never inside the handler
  loop.run(RunMode::NoWait);
  REQUIRE(order.size() == 2);
  CHECK(order[0] == "signal");
  CHECK(order[1] == "check");
  CHECK(cb_thread == std::this_thread::get_id());
  s.stop();
  CHECK_FALSE(s.is_active());
  CHECK(!caught(SIGUSR2));
}

TEST_CASE("every watcher of a signal sees each delivery, in arrival order") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<int> seen;
  Signal a(loop, [&](Signal&, int n) { seen.push_back(100 + n); });
  Signal b(loop, [&](Signal&, int n) { seen.push_back(200 + n); });
  Signal c(loop, [&](Signal&, int n) { seen.push_back(300 + n); });
  REQUIRE(a.start(SIGUSR1) == 0);
  REQUIRE(b.start(SIGUSR1) == 0);
  REQUIRE(c.start(SIGWINCH) == 0);
  raise(SIGUSR1);
  raise(SIGWINCH);
  raise(SIGUSR1);
  loop.run(RunMode::NoWait);
  CHECK(seen == std::vector<int>{100 + SIGUSR1, 200 + SIGUSR1, 300 + SIGWINCH, 100 + SIGUSR1, 200 + SIGUSR1});
  // One watcher stopping keeps the signal caught for the other.
  a.stop();
  CHECK(caught(SIGUSR1));
  seen.clear();
  raise(SIGUSR1);
  loop.run(RunMode::NoWait);
  CHECK(seen == std::vector<int>{200 + SIGUSR1});
  b.stop();
  CHECK(!caught(SIGUSR1));
  c.stop();
  CHECK(!caught(SIGWINCH));
}

TEST_CASE("an active referenced signal keeps the loop alive; an unref'd one does not") {
  LOOP_FOR_EACH_BACKEND(loop);
  int calls = 0;
  Signal s(loop, [&](Signal& self, int) {
    ++calls;
    self.close();
  });
  REQUIRE(s.start(SIGUSR2) == 0);
  CHECK(loop.alive());
  // From another thread, into a loop blocked in poll with no timeout.
  std::thread t([] {
    usleep(20000);
    kill(getpid(), SIGUSR2);
  });
  CHECK_FALSE(loop.run());
  t.join();
  CHECK(calls == 1);
  CHECK(!caught(SIGUSR2));

  Signal u(loop, [&](Signal&, int) { ++calls; });
  REQUIRE(u.start(SIGUSR2) == 0);
  u.unref();
  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
  u.ref();
  CHECK(loop.alive());
  u.stop();
  CHECK_FALSE(loop.alive());
}

TEST_CASE("signals that cannot be caught, and numbers out of range, are EINVAL") {
  LOOP_FOR_EACH_BACKEND(loop);
  Signal s(loop, [](Signal&, int) {});
  CHECK(s.start(SIGKILL) == -EINVAL);
  CHECK(s.start(SIGSTOP) == -EINVAL);
  CHECK(s.start(0) == -EINVAL);
  CHECK(s.start(-1) == -EINVAL);
  CHECK(s.start(65) == -EINVAL);
  CHECK_FALSE(s.is_active());
  CHECK(loop.active_handles() == 0);
  // Still usable afterwards.
  CHECK(s.start(SIGUSR2) == 0);
  CHECK(s.start(SIGUSR2) == 0);  // same signal: no change
  CHECK(s.start(SIGUSR1) == 0);  // moves to another signal
  CHECK(!caught(SIGUSR2));
  CHECK(caught(SIGUSR1));
  s.stop();
  CHECK(!caught(SIGUSR1));
}

TEST_CASE("a callback may stop or destroy other watchers and itself") {
  LOOP_FOR_EACH_BACKEND(loop);
  int a_calls = 0, c_calls = 0;
  auto b = std::make_unique<Signal>(loop, [](Signal&, int) { FAIL_CHECK("destroyed watcher called"); });
  Signal c(loop, [&](Signal&, int) { ++c_calls; });
  Signal a(loop, [&](Signal& self, int) {
    ++a_calls;
    b.reset();   // destroyed before its turn
    c.stop();    // stopped before its turn
    self.stop(); // the last one: the loop's pipe goes away mid-dispatch
  });
  REQUIRE(a.start(SIGUSR2) == 0);
  REQUIRE(b->start(SIGUSR2) == 0);
  REQUIRE(c.start(SIGUSR2) == 0);
  raise(SIGUSR2);
  raise(SIGUSR2);  // still in the pipe when the pipe goes
  loop.run(RunMode::NoWait);
  CHECK(a_calls == 1);
  CHECK(c_calls == 0);
  CHECK(!caught(SIGUSR2));
  CHECK_FALSE(loop.run());  // the pipe's watcher closes; nothing left
  // A new start on the same loop sets things up again.
  REQUIRE(c.start(SIGUSR2) == 0);
  raise(SIGUSR2);
  loop.run(RunMode::NoWait);
  CHECK(c_calls == 1);
  c.close();
  CHECK_FALSE(loop.run());
}

TEST_CASE("two loops watching one signal both see it") {
  auto l1 = jolt::loop::test::make_loop(BackendKind::Epoll);
  auto l2 = jolt::loop::Loop::create(BackendKind::Auto);
  REQUIRE(l1);
  REQUIRE(l2);
  int c1 = 0, c2 = 0;
  {
    Signal s1(*l1, [&](Signal&, int) { ++c1; });
    Signal s2(*l2, [&](Signal&, int) { ++c2; });
    REQUIRE(s1.start(SIGUSR2) == 0);
    REQUIRE(s2.start(SIGUSR2) == 0);
    raise(SIGUSR2);
    l1->run(RunMode::NoWait);
    l2->run(RunMode::NoWait);
    CHECK(c1 == 1);
    CHECK(c2 == 1);
    s1.stop();
    CHECK(caught(SIGUSR2));  // l2 still watches
    raise(SIGUSR2);
    l1->run(RunMode::NoWait);
    l2->run(RunMode::NoWait);
    CHECK(c1 == 1);
    CHECK(c2 == 2);
  }
  CHECK(!caught(SIGUSR2));  // destructors stopped them
}

namespace {
int g_foreign_calls = 0;
void foreign_handler(int) { ++g_foreign_calls; }
}  // namespace

TEST_CASE("a signal another handler had is chained: kill(2) reaches the watchers, a thread's tgkill that handler") {
  LOOP_FOR_EACH_BACKEND(loop);
  struct sigaction sa = {}, old;
  sa.sa_handler = foreign_handler;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, &old);
  g_foreign_calls = 0;
  int calls = 0;
  Signal s(loop, [&](Signal&, int) { ++calls; });
  REQUIRE(s.start(SIGUSR1) == 0);
  raise(SIGUSR1);  // tgkill from this process: the other handler's
  loop.run(RunMode::NoWait);
  CHECK(g_foreign_calls == 1);
  CHECK(calls == 0);
  kill(getpid(), SIGUSR1);  // SI_USER: the watchers'
  loop.run(RunMode::NoWait);
  CHECK(g_foreign_calls == 1);
  CHECK(calls == 1);
  s.stop();
  struct sigaction now;
  sigaction(SIGUSR1, nullptr, &now);
  CHECK((now.sa_handler == foreign_handler));  // put back, not SIG_DFL
  sigaction(SIGUSR1, &old, nullptr);
}

TEST_CASE("a shielded signal: process-sent deliveries never reach the other handler, with or without watchers") {
  LOOP_FOR_EACH_BACKEND(loop);
  // SIGURG: ignored by default, so a mistake here cannot end the test run.
  // Shielding is for good: set up once for both backend variants.
  static bool set_up = false;
  if (!set_up) {
    struct sigaction sa = {};
    sa.sa_handler = foreign_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGURG, &sa, nullptr);
    set_up = true;
  }
  g_foreign_calls = 0;
  CHECK(Signal::shield(SIGURG) == 0);
  CHECK(Signal::shield(SIGURG) == 0);  // idempotent
  CHECK(Signal::shield(0) == -EINVAL);
  kill(getpid(), SIGURG);  // no watcher: dropped
  raise(SIGURG);           // a thread's tgkill: the other handler's
  CHECK(g_foreign_calls == 1);
  int calls = 0;
  Signal s(loop, [&](Signal&, int) { ++calls; });
  REQUIRE(s.start(SIGURG) == 0);
  kill(getpid(), SIGURG);
  loop.run(RunMode::NoWait);
  CHECK(calls == 1);
  s.stop();
  CHECK(caught(SIGURG));  // stays caught after the last stop
  kill(getpid(), SIGURG);
  raise(SIGURG);
  CHECK(g_foreign_calls == 2);
  CHECK(calls == 1);
}
