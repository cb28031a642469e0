// Timers: ordering, repeat/again, stop/start from callbacks.
#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "loop_test_util.h"

using namespace jolt::loop;

TEST_CASE("timers fire by due time, then by start order") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<std::string> order;
  auto rec = [&](const char* name) { return [&order, name](Timer&) { order.push_back(name); }; };
  Timer t30(loop, rec("30")), t10a(loop, rec("10a")), t20(loop, rec("20")),
      t10b(loop, rec("10b")), t0(loop, rec("0")), t10c(loop, rec("10c"));
  // All started with the same loop time, so due order is timeout order.
  t30.start(30);
  t10a.start(10);
  t20.start(20);
  t10b.start(10);
  t0.start(0);
  t10c.start(10);
  CHECK_FALSE(loop.run());
  CHECK(order == std::vector<std::string>{"0", "10a", "10b", "10c", "20", "30"});
}

TEST_CASE("equal timeouts fire in start order; restart moves to the back") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<int> order;
  std::vector<std::unique_ptr<Timer>> timers;
  for (int i = 0; i < 8; ++i)
    timers.push_back(std::make_unique<Timer>(loop, [&order, i](Timer&) { order.push_back(i); }));
  for (auto& t : timers) t->start(5);
  timers[2]->start(5);  // restarted: newest start among equals
  timers[5]->stop();
  CHECK_FALSE(loop.run());
  CHECK(order == std::vector<int>{0, 1, 3, 4, 6, 7, 2});
}

TEST_CASE("a zero timeout fires in the first iteration") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0;
  Timer t(loop, [&](Timer& self) {
    ++fired;
    CHECK_FALSE(self.is_active());  // one-shot: stopped before its callback
  });
  t.start(0);
  CHECK(t.is_active());
  CHECK(t.due() == loop.now());
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(fired == 1);
  CHECK_FALSE(t.is_active());
}

TEST_CASE("repeating timer re-arms until stopped in its callback") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0;
  uint64_t first = 0, last = 0;
  Timer t(loop, [&](Timer& self) {
    if (++fired == 1) first = self.loop().now();
    last = self.loop().now();
    CHECK(self.is_active());  // re-armed before the callback (libuv)
    if (fired == 4) self.stop();
  });
  t.start(2, 3);
  CHECK(t.repeat() == 3);
  CHECK_FALSE(loop.run());
  CHECK(fired == 4);
  CHECK_FALSE(t.is_active());
  CHECK(last - first >= 9);  // three repeat intervals
}

TEST_CASE("restarting a repeating timer inside its callback overrides the re-arm") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0;
  uint64_t expected_due = 0;
  Timer t(loop, [&](Timer& self) {
    ++fired;
    if (fired == 1) {
      self.start(40, 0);  // now one-shot, 40ms out instead of repeat 1
      expected_due = self.loop().now() + 40;
      CHECK(self.due() == expected_due);
    }
  });
  t.start(1, 1);
  CHECK_FALSE(loop.run());
  CHECK(fired == 2);
}

TEST_CASE("again() restarts from now with the repeat interval") {
  LOOP_FOR_EACH_BACKEND(loop);
  Timer none(loop, [](Timer&) {});
  none.again();  // no repeat: no-op
  CHECK_FALSE(none.is_active());

  int fired = 0;
  Timer t(loop, [&](Timer& self) {
    ++fired;
    self.stop();
  });
  t.start(10000, 5);
  CHECK(t.due() == loop.now() + 10000);
  t.again();
  CHECK(t.is_active());
  CHECK(t.due() == loop.now() + 5);
  t.set_repeat(7);
  t.again();
  CHECK(t.due() == loop.now() + 7);
  CHECK_FALSE(loop.run());
  CHECK(fired == 1);
}

TEST_CASE("a timer stopped or destroyed by an earlier callback does not fire") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<std::string> order;
  auto b = std::make_unique<Timer>(loop, [&](Timer&) { order.push_back("b"); });
  auto c = std::make_unique<Timer>(loop, [&](Timer&) { order.push_back("c"); });
  Timer a(loop, [&](Timer&) {
    order.push_back("a");
    b->stop();
    c->stop();
    c.reset();  // destroying a stopped timer from a callback is fine
  });
  Timer d(loop, [&](Timer&) { order.push_back("d"); });
  a.start(1);
  b.get()->start(1);
  c.get()->start(1);
  d.start(1);
  CHECK_FALSE(loop.run());
  CHECK(order == std::vector<std::string>{"a", "d"});
}

TEST_CASE("timers started inside a timer callback do not run in the same phase") {
  LOOP_FOR_EACH_BACKEND(loop);
  int iteration = 0;
  PhaseHook counter(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++iteration; });
  counter.start();
  counter.unref();

  std::vector<std::pair<std::string, int>> seen;
  Timer inner(loop, [&](Timer&) { seen.push_back({"inner", iteration}); });
  Timer outer(loop, [&](Timer&) {
    seen.push_back({"outer", iteration});
    inner.start(0);
  });
  outer.start(0);
  CHECK(loop.run(RunMode::NoWait));  // inner is pending: still alive
  REQUIRE(seen.size() == 1);
  CHECK(seen[0] == std::pair<std::string, int>{"outer", 0});
  CHECK_FALSE(loop.run(RunMode::NoWait));
  REQUIRE(seen.size() == 2);
  CHECK(seen[1] == std::pair<std::string, int>{"inner", 1});
}

TEST_CASE("a timer restarting itself with timeout 0 runs once per iteration") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0;
  Timer t(loop, [&](Timer& self) {
    if (++fired < 5) self.start(0);
  });
  t.start(0);
  for (int i = 1; i <= 4; ++i) {
    CHECK(loop.run(RunMode::NoWait));
    CHECK(fired == i);
  }
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(fired == 5);
}

TEST_CASE("heap keeps (due, start) order under random starts and stops") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::mt19937 rng(12345);
  struct Fired {
    uint64_t due;
    int seq;
  };
  std::vector<Fired> fired;
  std::vector<int> seq_of(400, -1);
  std::vector<std::unique_ptr<Timer>> timers;
  int seq = 0;
  for (int i = 0; i < 400; ++i) {
    timers.push_back(std::make_unique<Timer>(loop, [&, i](Timer& t) {
      fired.push_back({t.due(), seq_of[i]});
    }));
  }
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 400; ++i) {
      if (rng() % 3 == 0) {
        timers[i]->start(rng() % 15);
        seq_of[i] = seq++;
      } else if (rng() % 5 == 0) {
        timers[i]->stop();
      }
    }
  }
  size_t expected = 0;
  for (int i = 0; i < 400; ++i) expected += timers[i]->is_active();
  CHECK_FALSE(loop.run());
  CHECK(fired.size() == expected);
  for (size_t i = 1; i < fired.size(); ++i) {
    bool ordered = fired[i - 1].due < fired[i].due ||
                   (fired[i - 1].due == fired[i].due && fired[i - 1].seq < fired[i].seq);
    CHECK(ordered);
  }
}

TEST_CASE("closing a timer stops it and runs the close callback once") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fired = 0, closed = 0;
  Timer t(loop, [&](Timer&) { ++fired; });
  t.start(1, 1);
  t.close([&] { ++closed; });
  t.close([&] { closed += 100; });  // second close: no-op
  CHECK(t.is_closing());
  CHECK_FALSE(t.is_active());
  t.start(0);  // ignored once closing
  CHECK_FALSE(t.is_active());
  CHECK_FALSE(loop.run());
  CHECK(fired == 0);
  CHECK(closed == 1);
}

TEST_CASE("huge timeouts saturate instead of wrapping") {
  LOOP_FOR_EACH_BACKEND(loop);
  Timer t(loop, [](Timer&) { FAIL("must not fire"); });
  t.start(UINT64_MAX);
  CHECK(t.due() == UINT64_MAX);
  CHECK(loop.run(RunMode::NoWait));
  t.stop();
  CHECK_FALSE(loop.run());
}
