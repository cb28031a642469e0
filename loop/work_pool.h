// The worker pool behind Loop::queue_work: UV_THREADPOOL_SIZE threads that
// run WorkRequest::work, with completions handed back to the loop thread
// through an internal Async.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "loop.h"

namespace jolt::loop {

class WorkPool {
 public:
  // `size` threads, started by the first submit().
  WorkPool(Loop& loop, size_t size);
  // Joins the threads. Work already running finishes first; queued work that
  // has not started is dropped without its done callback.
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  void submit(WorkRequest* req);
  // Hands staged requests to the threads (loop thread). The loop calls it
  // with `before_wait` right before it waits in poll: then every sleeping
  // thread that has a request to take is woken.
  void flush(bool before_wait = true);
  // WorkRequest::cancel() (loop thread).
  static bool cancel(WorkRequest* req);

  size_t size() const { return size_; }

  // UV_THREADPOOL_SIZE, or 4, clamped to 1..1024 (libuv's rules).
  static size_t size_from_env();

 private:
  enum State : int { kIdle = 0, kQueued, kRunning, kDone, kCancelled };

  void start_threads();
  void worker();
  void on_async();  // loop thread: runs done callbacks
  // Appends `req` to one of the FIFOs below (staged, queued or done).
  static void append(WorkRequest*& head, WorkRequest*& tail, WorkRequest* req);

  Loop& loop_;
  size_t size_;
  std::unique_ptr<Async> async_;

  std::mutex mu_;
  std::condition_variable cv_;
  bool shutdown_ = false;
  // Intrusive FIFOs through WorkRequest::next_ (a request is on at most one).
  WorkRequest* queue_head_ = nullptr;
  WorkRequest* queue_tail_ = nullptr;
  WorkRequest* done_head_ = nullptr;
  WorkRequest* done_tail_ = nullptr;

  std::vector<std::thread> threads_;

  // Requests submitted while the pool has work wait here (loop thread only,
  // no lock) and go to the queue in one batch: at kStageBatch of them, or
  // before the loop waits. One lock and one wake-up per batch instead of per
  // request, which is what a burst of thousands of small file reads needs.
  // A request submitted to an idle pool goes out at once.
  static constexpr size_t kStageBatch = 64;
  // While JS runs on the loop thread (a flush from submit()), no more than
  // this many threads are kept awake: more runnable threads than cores
  // would take the loop thread's core away from the JS that is submitting
  // (on 2 cores, 4 busy threads made 5,000 readFile() calls ~6x slower to
  // issue). Cores minus one, at least one. Before the loop waits every
  // thread with something to take is woken.
  size_t awake_cap_ = 1;
  size_t sleeping_ = 0;     // threads waiting on cv_ (under mu_)
  bool held_back_ = false;  // a flush left sleeping threads and queued work
  WorkRequest* staged_head_ = nullptr;
  WorkRequest* staged_tail_ = nullptr;
  size_t staged_count_ = 0;
  // Requests handed to the threads and not finished yet; staging starts
  // only when this reaches the number of threads (all of them have work).
  std::atomic<size_t> in_flight_{0};
};

}  // namespace jolt::loop
