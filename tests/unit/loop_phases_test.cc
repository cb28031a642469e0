// Phase order, phase hooks, deferred callbacks and the close queue.
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "loop_test_util.h"

using namespace jolt::loop;
using Strings = std::vector<std::string>;

TEST_CASE("one iteration runs timers, pending, idle, prepare, poll, check, close") {
  LOOP_FOR_EACH_BACKEND(loop);
  Strings seq;
  int p[2];
  REQUIRE(pipe(p) == 0);
  REQUIRE(write(p[1], "x", 1) == 1);

  Timer timer(loop, [&](Timer&) { seq.push_back("timer"); });
  PhaseHook idle(loop, PhaseHook::Phase::Idle, [&](PhaseHook& h) {
    seq.push_back("idle");
    h.stop();
  });
  PhaseHook prepare(loop, PhaseHook::Phase::Prepare, [&](PhaseHook& h) {
    seq.push_back("prepare");
    h.stop();
  });
  PhaseHook check(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    seq.push_back("check");
    h.stop();
  });
  IoWatcher io(loop, p[0], [&](IoWatcher& w, int ev) {
    CHECK((ev & IoWatcher::Readable));
    seq.push_back("poll");
    char c;
    CHECK(read(w.fd(), &c, 1) == 1);
    w.stop();
  });
  Timer closer(loop, [](Timer&) {});

  // Registered in scrambled order on purpose.
  check.start();
  closer.close([&] { seq.push_back("close"); });
  io.start(IoWatcher::Readable);
  prepare.start();
  loop.defer([&] { seq.push_back("pending"); });
  idle.start();
  timer.start(0);

  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(seq == Strings{"timer", "pending", "idle", "prepare", "poll", "check", "close"});
  close(p[0]);
  close(p[1]);
}

TEST_CASE("hooks run in start order; hooks started during their phase wait") {
  LOOP_FOR_EACH_BACKEND(loop);
  Strings seq;
  std::unique_ptr<PhaseHook> c;
  PhaseHook late(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    seq.push_back("late");
    h.stop();
  });
  PhaseHook a(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    seq.push_back("a");
    late.start();  // appended during the walk: next iteration
    h.stop();
  });
  PhaseHook b(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    seq.push_back("b");
    c->stop();  // the next hook in the walk
    c.reset();  // ... and destroyed
    h.stop();
  });
  c = std::make_unique<PhaseHook>(loop, PhaseHook::Phase::Check,
                                  [&](PhaseHook&) { seq.push_back("c"); });
  PhaseHook d(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    seq.push_back("d");
    h.stop();
  });
  a.start();
  b.start();
  c->start();
  d.start();
  CHECK(loop.active_handles() == 4);
  CHECK(loop.run(RunMode::NoWait));  // `late` is active
  CHECK(seq == Strings{"a", "b", "d"});
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(seq == Strings{"a", "b", "d", "late"});
}

TEST_CASE("a hook that stops itself and the last hook ends the walk cleanly") {
  LOOP_FOR_EACH_BACKEND(loop);
  Strings seq;
  PhaseHook* last_ptr = nullptr;
  PhaseHook first(loop, PhaseHook::Phase::Prepare, [&](PhaseHook& h) {
    seq.push_back("first");
    last_ptr->stop();
    h.stop();
    h.start();  // re-appended after the walk's end: next iteration
  });
  PhaseHook last(loop, PhaseHook::Phase::Prepare, [&](PhaseHook&) { seq.push_back("last"); });
  last_ptr = &last;
  first.start();
  last.start();
  loop.run(RunMode::NoWait);
  CHECK(seq == Strings{"first"});
  first.stop();
  loop.run(RunMode::NoWait);
  CHECK(seq == Strings{"first"});
}

TEST_CASE("an active idle hook keeps poll from blocking") {
  LOOP_FOR_EACH_BACKEND(loop);
  int idle_calls = 0, check_calls = 0;
  PhaseHook idle(loop, PhaseHook::Phase::Idle, [&](PhaseHook&) { ++idle_calls; });
  PhaseHook check(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++check_calls; });
  Timer t(loop, [&](Timer&) {
    idle.stop();
    check.stop();
  });
  idle.start();
  check.start();
  t.start(20);
  CHECK_FALSE(loop.run());
  CHECK(idle_calls > 5);  // spun through poll without blocking
  CHECK(check_calls == idle_calls);

  // Without idle, poll blocks until the timer: only a few iterations.
  int iterations = 0;
  PhaseHook counter(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++iterations; });
  counter.start();
  counter.unref();
  Timer t2(loop, [](Timer&) {});
  t2.start(20);
  CHECK_FALSE(loop.run());
  CHECK(iterations <= 3);
}

TEST_CASE("deferred callbacks run in the pending phase and count as requests") {
  LOOP_FOR_EACH_BACKEND(loop);
  Strings seq;
  int iteration = 0;
  PhaseHook counter(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++iteration; });
  counter.start();
  counter.unref();

  loop.defer([&] {
    seq.push_back("d1@" + std::to_string(iteration));
    loop.defer([&] { seq.push_back("d3@" + std::to_string(iteration)); });
  });
  loop.defer([&] { seq.push_back("d2@" + std::to_string(iteration)); });
  CHECK(loop.active_requests() == 2);
  CHECK(loop.alive());
  Timer t(loop, [&](Timer&) {
    // From the timers phase: the same iteration's pending phase.
    loop.defer([&] { seq.push_back("t@" + std::to_string(iteration)); });
  });
  t.start(0);
  CHECK(loop.run(RunMode::NoWait));
  CHECK(seq == Strings{"d1@0", "d2@0", "t@0"});
  CHECK(loop.active_requests() == 1);
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(seq == Strings{"d1@0", "d2@0", "t@0", "d3@1"});
  CHECK(loop.active_requests() == 0);
}

TEST_CASE("close callbacks: LIFO per iteration, may free the handle, chain to next iteration") {
  LOOP_FOR_EACH_BACKEND(loop);
  Strings seq;
  int iteration = 0;
  PhaseHook counter(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++iteration; });
  counter.start();
  counter.unref();

  auto a = std::make_unique<Timer>(loop, [](Timer&) {});
  auto b = std::make_unique<Timer>(loop, [](Timer&) {});
  Timer c(loop, [](Timer&) {});
  a->start(100);
  a->close([&] {
    seq.push_back("a@" + std::to_string(iteration));
    a.reset();  // freeing the handle from its own close callback
    c.close([&] { seq.push_back("c@" + std::to_string(iteration)); });
  });
  b->close([&] {
    seq.push_back("b@" + std::to_string(iteration));
    b.reset();
  });
  CHECK(loop.alive());  // closing handles keep it alive
  CHECK(loop.active_handles() == 0);
  CHECK_FALSE(loop.run());
  // libuv's order: the most recently closed first.
  CHECK(seq == Strings{"b@1", "a@1", "c@2"});
  CHECK(!a);
  CHECK(!b);
}

TEST_CASE("a handle destroyed before its close callback is dropped from the queue") {
  LOOP_FOR_EACH_BACKEND(loop);
  int closed = 0;
  auto t = std::make_unique<Timer>(loop, [](Timer&) {});
  Timer u(loop, [](Timer&) {});
  u.close([&] { ++closed; });
  t->close([&] { closed += 100; });
  t.reset();  // against the contract, but must not crash
  CHECK_FALSE(loop.run());
  CHECK(closed == 1);
}
