// Liveness (ref/unref, requests, closing handles), run modes and stop().
#include <memory>

#include "loop_test_util.h"

using namespace jolt::loop;

TEST_CASE("an empty loop is not alive and run() returns at once") {
  LOOP_FOR_EACH_BACKEND(loop);
  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
  CHECK_FALSE(loop.run(RunMode::Once));
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(loop.active_handles() == 0);
  CHECK(loop.active_requests() == 0);
}

TEST_CASE("only active, referenced handles count") {
  LOOP_FOR_EACH_BACKEND(loop);
  Timer t(loop, [](Timer&) {});
  CHECK(loop.active_handles() == 0);  // not started
  t.start(1000);
  CHECK(loop.active_handles() == 1);
  t.unref();
  CHECK_FALSE(t.has_ref());
  CHECK(loop.active_handles() == 0);
  t.unref();  // idempotent
  CHECK(loop.active_handles() == 0);
  t.ref();
  t.ref();
  CHECK(loop.active_handles() == 1);
  t.stop();
  CHECK(loop.active_handles() == 0);
  t.unref();
  t.start(1000);  // unref'd while inactive stays unref'd
  CHECK(loop.active_handles() == 0);
  CHECK(t.is_active());
  t.ref();
  CHECK(loop.active_handles() == 1);
  t.stop();
  CHECK_FALSE(loop.alive());
}

TEST_CASE("the loop exits when only unref'd handles remain") {
  LOOP_FOR_EACH_BACKEND(loop);
  int unref_fired = 0, ref_fired = 0;
  Timer background(loop, [&](Timer&) { ++unref_fired; });
  background.start(1, 1);
  background.unref();
  PhaseHook idle(loop, PhaseHook::Phase::Check, [](PhaseHook&) {});
  idle.start();
  idle.unref();

  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
  CHECK(unref_fired == 0);  // never got to run

  Timer fg(loop, [&](Timer&) { ++ref_fired; });
  fg.start(20);
  CHECK_FALSE(loop.run());  // runs until fg is done, then stops despite background
  CHECK(ref_fired == 1);
  CHECK(unref_fired >= 3);  // ran meanwhile
  CHECK(background.is_active());
}

TEST_CASE("closing handles keep the loop alive until their callback ran") {
  LOOP_FOR_EACH_BACKEND(loop);
  bool closed = false;
  Timer t(loop, [](Timer&) {});
  t.start(1000);
  t.unref();
  t.close([&] { closed = true; });
  CHECK(loop.alive());
  CHECK(loop.active_handles() == 0);
  CHECK_FALSE(loop.run());
  CHECK(closed);
  CHECK_FALSE(loop.alive());

  // close() with no callback still goes through the close phase.
  Timer u(loop, [](Timer&) {});
  u.close();
  CHECK(loop.alive());
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK_FALSE(loop.alive());
}

TEST_CASE("an Async keeps the loop alive from construction until unref'd") {
  LOOP_FOR_EACH_BACKEND(loop);
  Async a(loop, [](Async&) {});
  CHECK(loop.alive());
  CHECK(loop.active_handles() == 1);
  CHECK(loop.run(RunMode::NoWait));
  a.unref();
  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
}

TEST_CASE("request_started/finished and defer keep the loop alive") {
  LOOP_FOR_EACH_BACKEND(loop);
  loop.request_started();
  CHECK(loop.alive());
  CHECK(loop.run(RunMode::NoWait));
  loop.request_finished();
  CHECK_FALSE(loop.alive());
  bool ran = false;
  loop.defer([&] { ran = true; });
  CHECK(loop.alive());
  CHECK_FALSE(loop.run());
  CHECK(ran);
}

TEST_CASE("NoWait never blocks; Once blocks until something happens") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0;
  Timer t(loop, [&](Timer&) { ++fired; });
  t.start(30);
  uint64_t t0 = Loop::hrtime();
  CHECK(loop.run(RunMode::NoWait));
  CHECK(fired == 0);
  CHECK(Loop::hrtime() - t0 < 20000000u);

  // Once: waits for the timer and runs it before returning (progress).
  CHECK_FALSE(loop.run(RunMode::Once));
  CHECK(fired == 1);
  CHECK(Loop::hrtime() - t0 >= 25000000u);
}

TEST_CASE("stop() makes run() return after the current iteration") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0, checks = 0;
  Timer t(loop, [&](Timer& self) {
    if (++fired == 3) self.loop().stop();
  });
  PhaseHook check(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++checks; });
  check.start();
  check.unref();
  t.start(1, 1);
  CHECK(loop.run());  // stopped while still alive
  CHECK(fired == 3);
  int checks_at_stop = checks;
  // The iteration finished (check ran after the stopping timer).
  CHECK(checks_at_stop >= 3);

  // The flag is consumed: running again continues.
  Timer stopper(loop, [&](Timer&) { t.stop(); });
  stopper.start(5);
  CHECK_FALSE(loop.run());
  CHECK(fired > 3);

  // stop() before run(): returns without running an iteration.
  int zero = 0;
  Timer z(loop, [&](Timer&) { ++zero; });
  z.start(0);
  loop.stop();
  CHECK(loop.run());
  CHECK(zero == 0);
  CHECK_FALSE(loop.run());
  CHECK(zero == 1);
}

TEST_CASE("stop() from another handle's callback does not block in poll") {
  LOOP_FOR_EACH_BACKEND(loop);
  Timer far(loop, [](Timer&) {});
  far.start(60000);
  PhaseHook prepare(loop, PhaseHook::Phase::Prepare, [&](PhaseHook& h) {
    h.loop().stop();  // before poll: poll timeout must become 0
  });
  prepare.start();
  uint64_t t0 = Loop::hrtime();
  CHECK(loop.run());
  CHECK(Loop::hrtime() - t0 < 1000000000u);
  far.stop();
  prepare.stop();
}

TEST_CASE("now() is cached per iteration; hrtime() is not") {
  LOOP_FOR_EACH_BACKEND(loop);
  uint64_t a = Loop::hrtime(), b = Loop::hrtime();
  CHECK(b >= a);
  uint64_t before = loop.now();
  Timer t(loop, [&](Timer& self) {
    CHECK(self.loop().now() >= before + 10);
  });
  t.start(10);
  CHECK_FALSE(loop.run());
  uint64_t cached = loop.now();
  CHECK(loop.now() == cached);
  loop.update_time();
  CHECK(loop.now() >= cached);
}
