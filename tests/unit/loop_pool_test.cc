// Worker pool: completion on the loop thread, cancel, sizing, signal mask.
#include <dirent.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "loop_test_util.h"

using namespace jolt::loop;

namespace {

// Work that counts itself running for `us` microseconds and records the
// most requests seen running at once.
struct Concurrency {
  std::atomic<int> running{0}, max_running{0};
  void run_for(useconds_t us) {
    int now = ++running;
    int prev = max_running.load();
    while (now > prev && !max_running.compare_exchange_weak(prev, now)) {
    }
    usleep(us);
    --running;
  }
};


// Pool threads of this process (named "jolt-worker" by the pool). Counting
// by name keeps io_uring's own io-wq threads out of the picture.
int thread_count() {
  int n = 0;
  DIR* d = opendir("/proc/self/task");
  if (!d) return -1;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] == '.') continue;
    std::string path = std::string("/proc/self/task/") + e->d_name + "/comm";
    FILE* f = fopen(path.c_str(), "r");
    if (!f) continue;
    char name[64] = {};
    if (fgets(name, sizeof name, f) && std::string(name).rfind("jolt-worker", 0) == 0) ++n;
    fclose(f);
  }
  closedir(d);
  return n;
}

// A latch the pool threads can wait on.
struct Gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  void wait() {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait(lk, [&] { return open; });
  }
  void release() {
    {
      std::lock_guard<std::mutex> lk(mu);
      open = true;
    }
    cv.notify_all();
  }
};

}  // namespace

TEST_CASE("work runs on a pool thread and done on the loop thread") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::thread::id loop_thread = std::this_thread::get_id(), work_thread, done_thread;
  int status = -1;
  WorkRequest req;
  req.work = [&] { work_thread = std::this_thread::get_id(); };
  req.done = [&](int s) {
    status = s;
    done_thread = std::this_thread::get_id();
  };
  loop.queue_work(&req);
  CHECK(loop.active_requests() == 1);
  CHECK(loop.alive());
  CHECK_FALSE(loop.run());
  CHECK(status == 0);
  CHECK(work_thread != loop_thread);
  CHECK(work_thread != std::thread::id());
  CHECK(done_thread == loop_thread);
  CHECK(loop.active_requests() == 0);
}

TEST_CASE("many requests complete; at most pool_size run at once; done may queue more") {
  LOOP_FOR_EACH_BACKEND(loop);
  constexpr int kN = 64;
  Concurrency c;
  int done = 0, chained = 0;
  std::vector<WorkRequest> reqs(kN);
  WorkRequest extra;
  extra.work = [] {};
  extra.done = [&](int s) {
    CHECK(s == 0);
    ++chained;
  };
  for (auto& r : reqs) {
    r.work = [&] {
      c.run_for(2000);
    };
    r.done = [&](int s) {
      CHECK(s == 0);
      if (++done == kN) loop.queue_work(&extra);
    };
    loop.queue_work(&r);
  }
  CHECK(loop.active_requests() == kN);
  CHECK_FALSE(loop.run());
  CHECK(done == kN);
  CHECK(chained == 1);
  CHECK(c.max_running.load() <= static_cast<int>(loop.pool_size()));
  CHECK(c.max_running.load() > 1);
}

// While the loop thread runs, a burst of requests wakes only some threads
// (the rest would compete with it for the cores); once the loop waits,
// every thread must take part, also when the burst was a whole number of
// staged batches and nothing was left staged for the wait.
TEST_CASE("a burst queued in one turn runs on every thread once the loop waits") {
  for (int n : {65, 129, 200}) {
    LOOP_FOR_EACH_BACKEND(loop);
    Concurrency c;
    int done = 0;
    std::vector<WorkRequest> reqs(static_cast<size_t>(n));
    for (auto& r : reqs) {
      r.work = [&] {
        c.run_for(3000);
      };
      r.done = [&](int) { ++done; };
      loop.queue_work(&r);
    }
    CHECK_FALSE(loop.run());
    CHECK(done == n);
    CHECK(c.max_running.load() == static_cast<int>(loop.pool_size()));
  }
}

// Requests sharing a batch function that sit together in the queue go to
// one call of it (never more than kMaxWorkBatch, never mixed with other
// requests); a lone one runs its own work; every done callback runs once.
namespace {
std::mutex g_batch_mu;
std::vector<size_t> g_batch_sizes;
std::atomic<int> g_batched_ran{0};
void count_batch(WorkRequest** reqs, size_t n) {
  {
    std::lock_guard<std::mutex> lk(g_batch_mu);
    g_batch_sizes.push_back(n);
  }
  for (size_t i = 0; i < n; ++i) CHECK((reqs[i]->batch == &count_batch));
  g_batched_ran += static_cast<int>(n);
}
}  // namespace

TEST_CASE("requests with a batch function run in batches") {
  EnvVar env("UV_THREADPOOL_SIZE", "1");
  LOOP_FOR_EACH_BACKEND(loop);
  g_batch_sizes.clear();
  g_batched_ran = 0;
  Gate gate;
  std::atomic<bool> started{false};
  WorkRequest blocker;
  blocker.work = [&] {
    started = true;
    gate.wait();
  };
  blocker.done = [](int) {};
  loop.queue_work(&blocker);
  loop.run(RunMode::NoWait);  // the blocker goes out alone
  while (!started) usleep(100);
  // Queued behind it: 40 batchable, one plain, 4 batchable, one plain.
  constexpr int kN = 46;
  std::vector<WorkRequest> reqs(kN);
  int own_work = 0, done = 0;
  for (int i = 0; i < kN; ++i) {
    WorkRequest& r = reqs[static_cast<size_t>(i)];
    bool plain = i == 40 || i == 45;
    r.work = [&own_work] { ++own_work; };
    if (!plain) r.batch = count_batch;
    r.done = [&done](int s) {
      CHECK(s == 0);
      ++done;
    };
    loop.queue_work(&r);
  }
  loop.run(RunMode::NoWait);  // hands them all to the (busy) thread
  gate.release();
  CHECK_FALSE(loop.run());
  CHECK(done == kN);
  CHECK(g_batched_ran.load() == kN - 2);
  CHECK(own_work == 2);  // the plain ones; no lone batchable one here
  std::vector<size_t> want{kMaxWorkBatch, kMaxWorkBatch, 40 - 2 * kMaxWorkBatch, 4};
  CHECK(g_batch_sizes == want);
}

TEST_CASE("cancel() before the work starts gives done(ECANCELED)") {
  EnvVar env("UV_THREADPOOL_SIZE", "1");
  LOOP_FOR_EACH_BACKEND(loop);
  REQUIRE(loop.pool_size() == 1);
  Gate gate;
  std::atomic<bool> started{false};
  bool second_ran = false;
  std::vector<int> statuses;
  WorkRequest blocker, victim, never;
  blocker.work = [&] {
    started = true;
    gate.wait();
  };
  blocker.done = [&](int s) { statuses.push_back(s); };
  victim.work = [&] { second_ran = true; };
  victim.done = [&](int s) { statuses.push_back(100 + s); };

  CHECK_FALSE(never.cancel());  // never queued
  loop.queue_work(&blocker);
  loop.queue_work(&victim);
  while (!started) usleep(100);
  CHECK_FALSE(blocker.cancel());  // already running
  CHECK(victim.cancel());
  CHECK_FALSE(victim.cancel());   // already cancelled
  CHECK(statuses.empty());        // done never runs inside cancel()
  CHECK(loop.active_requests() == 2);

  loop.run(RunMode::NoWait);
  CHECK(statuses == std::vector<int>{100 + ECANCELED});
  gate.release();
  CHECK_FALSE(loop.run());
  CHECK(statuses == std::vector<int>{100 + ECANCELED, 0});
  CHECK_FALSE(second_ran);
  CHECK_FALSE(blocker.cancel());  // finished
}

TEST_CASE("UV_THREADPOOL_SIZE sizes the pool (default 4, clamped 1..1024)") {
  LOOP_BACKEND_KIND(kind);
  struct Case {
    const char* value;
    size_t size;
  };
  for (Case c : {Case{nullptr, 4}, Case{"7", 7}, Case{"1", 1}, Case{"0", 1}, Case{"-3", 1},
                 Case{"5000", 1024}, Case{"", 4}}) {
    CAPTURE(c.value ? c.value : "(unset)");
    EnvVar env("UV_THREADPOOL_SIZE", c.value);
    auto loop = test::make_loop(kind);
    if (!loop) return;
    CHECK(loop->pool_size() == c.size);
  }

  // Threads are started by the first queue_work and joined by ~Loop.
  EnvVar env("UV_THREADPOOL_SIZE", "3");
  int before = thread_count();
  CHECK(before == 0);
  {
    auto loop = test::make_loop(kind);
    if (!loop) return;
    CHECK(thread_count() == before);  // lazy
    WorkRequest req;
    req.work = [] {};
    loop->queue_work(&req);
    CHECK(thread_count() == 3);
    CHECK_FALSE(loop->run());
  }
  CHECK(thread_count() == before);
}

TEST_CASE("pool threads block all signals") {
  LOOP_FOR_EACH_BACKEND(loop);
  bool int_blocked = false, term_blocked = false, chld_blocked = false;
  WorkRequest req;
  req.work = [&] {
    sigset_t set;
    pthread_sigmask(SIG_SETMASK, nullptr, &set);
    int_blocked = sigismember(&set, SIGINT);
    term_blocked = sigismember(&set, SIGTERM);
    chld_blocked = sigismember(&set, SIGCHLD);
  };
  loop.queue_work(&req);
  CHECK_FALSE(loop.run());
  CHECK(int_blocked);
  CHECK(term_blocked);
  CHECK(chld_blocked);
  // ... and the loop thread's own mask is untouched.
  sigset_t mine;
  pthread_sigmask(SIG_SETMASK, nullptr, &mine);
  CHECK_FALSE(sigismember(&mine, SIGINT));
}

TEST_CASE("the pool's Async does not keep the loop alive between requests") {
  LOOP_FOR_EACH_BACKEND(loop);
  int done = 0;
  WorkRequest req;
  req.work = [] {};
  req.done = [&](int) { ++done; };
  loop.queue_work(&req);
  CHECK_FALSE(loop.run());
  CHECK(done == 1);
  CHECK(loop.active_handles() == 0);
  CHECK_FALSE(loop.alive());
  // The same request can be queued again once done.
  loop.queue_work(&req);
  CHECK_FALSE(loop.run());
  CHECK(done == 2);
}
