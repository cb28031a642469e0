// Async: cross-thread wake-up and coalescing.
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

#include "loop_test_util.h"

using namespace jolt::loop;

TEST_CASE("send() from another thread wakes a loop blocked in poll") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::thread::id loop_thread = std::this_thread::get_id(), cb_thread;
  int calls = 0;
  Async a(loop, [&](Async& self) {
    ++calls;
    cb_thread = std::this_thread::get_id();
    self.close();
  });
  CHECK(a.is_active());
  CHECK(loop.active_handles() == 1);
  std::thread t([&] {
    usleep(20000);
    a.send();
  });
  uint64_t t0 = Loop::hrtime();
  CHECK_FALSE(loop.run());  // infinite poll until the send
  t.join();
  CHECK(calls == 1);
  CHECK(cb_thread == loop_thread);
  CHECK(Loop::hrtime() - t0 >= 15000000u);
}

TEST_CASE("sends before the loop runs coalesce into one callback") {
  LOOP_FOR_EACH_BACKEND(loop);
  int calls = 0;
  Async a(loop, [&](Async&) { ++calls; });
  std::thread t([&] {
    for (int i = 0; i < 1000; ++i) a.send();
  });
  t.join();
  for (int i = 0; i < 100; ++i) a.send();
  CHECK(loop.run(RunMode::NoWait));  // a stays active and referenced
  CHECK(calls == 1);
  CHECK(loop.run(RunMode::NoWait));
  CHECK(calls == 1);  // nothing new
  a.send();
  loop.run(RunMode::NoWait);
  CHECK(calls == 2);
  a.close();
  CHECK_FALSE(loop.run());
}

TEST_CASE("concurrent senders: every send is followed by a callback") {
  LOOP_FOR_EACH_BACKEND(loop);
  constexpr int kThreads = 4, kPerThread = 2000;
  std::atomic<int> sent{0};
  int calls = 0;
  Async a(loop, [&](Async& self) {
    ++calls;
    if (sent.load() == kThreads * kPerThread) self.close();
  });
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&] {
      for (int j = 0; j < kPerThread; ++j) {
        sent.fetch_add(1);
        a.send();
        if (j % 256 == 0) usleep(100);
      }
    });
  CHECK_FALSE(loop.run());  // exits only once the last send was seen
  for (auto& t : threads) t.join();
  CHECK(calls >= 1);
  CHECK(calls <= kThreads * kPerThread);
}

TEST_CASE("several Asyncs: each pending one runs, in creation order") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::vector<int> order;
  Async a(loop, [&](Async&) { order.push_back(1); });
  Async b(loop, [&](Async&) { order.push_back(2); });
  Async c(loop, [&](Async&) { order.push_back(3); });
  std::thread t([&] {
    c.send();
    a.send();
  });
  t.join();
  loop.run(RunMode::NoWait);
  CHECK(order == std::vector<int>{1, 3});
  a.close();
  b.close();
  c.close();
  CHECK_FALSE(loop.run());
}

TEST_CASE("send() on the loop thread is seen before the loop blocks") {
  LOOP_FOR_EACH_BACKEND(loop);
  int calls = 0;
  Async a(loop, [&](Async&) { ++calls; });
  Timer t(loop, [&](Timer&) { a.send(); });
  PhaseHook check(loop, PhaseHook::Phase::Check, [&](PhaseHook& h) {
    if (calls == 1) {
      a.send();  // from the check phase: next iteration's poll must not block
      h.stop();
    }
  });
  check.start();
  t.start(0);
  CHECK(loop.run(RunMode::Once));  // timer, then the async in the same poll
  CHECK(calls == 1);
  uint64_t t0 = Loop::hrtime();
  CHECK(loop.run(RunMode::Once));
  CHECK(calls == 2);
  CHECK(Loop::hrtime() - t0 < 1000000000u);  // did not block (watchdog is 5s)
  a.close();
  CHECK_FALSE(loop.run());
}

TEST_CASE("a closed Async's pending send is dropped; an unref'd Async does not hold the loop") {
  LOOP_FOR_EACH_BACKEND(loop);
  int calls = 0;
  Async a(loop, [&](Async&) { ++calls; });
  a.send();
  a.close();
  CHECK_FALSE(loop.run());
  CHECK(calls == 0);

  Async b(loop, [&](Async&) { ++calls; });
  b.unref();
  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
  b.send();  // pending but the loop is not alive: run() returns at once
  CHECK_FALSE(loop.run());
  b.ref();
  loop.run(RunMode::NoWait);
  CHECK(calls == 1);  // the earlier send is delivered once the loop runs
  b.close();
  CHECK_FALSE(loop.run());
}
