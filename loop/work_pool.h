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
  // before it waits in poll.
  void flush();
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

  // Requests submitted while every thread has work wait here (loop thread
  // only, no lock) and go to the queue in one batch: at kStageBatch of them,
  // as soon as a thread could take one, or before the loop waits. One lock and one
  // wake-up per batch instead of per request, which is what a burst of
  // thousands of small file reads needs.
  static constexpr size_t kStageBatch = 64;
  WorkRequest* staged_head_ = nullptr;
  WorkRequest* staged_tail_ = nullptr;
  size_t staged_count_ = 0;
  // Requests handed to the threads and not finished yet; staging starts
  // only when this reaches the number of threads (all of them have work).
  std::atomic<size_t> in_flight_{0};
};

}  // namespace jolt::loop
