// Worker pool. See work_pool.h.
#include "work_pool.h"

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "loop_impl.h"

namespace jolt::loop {

size_t WorkPool::size_from_env() {
  const char* s = std::getenv("UV_THREADPOOL_SIZE");
  if (!s || !*s) return 4;
  // libuv: atoi, then 0 -> 1 and > 1024 -> 1024. Negative or garbage is 0 -> 1.
  long n = std::strtol(s, nullptr, 10);
  if (n < 1) return 1;
  if (n > 1024) return 1024;
  return static_cast<size_t>(n);
}

WorkPool::WorkPool(Loop& loop, size_t size) : loop_(loop), size_(size) {
  cpu_set_t set;
  long cores = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : sysconf(_SC_NPROCESSORS_ONLN);
  awake_cap_ = cores > 2 ? static_cast<size_t>(cores - 1) : 1;
  async_ = std::make_unique<Async>(loop, [this](Async&) { on_async(); });
  // Never keeps the loop alive by itself: each WorkRequest is an active
  // request until its done callback, which is what liveness needs.
  async_->unref();
}

WorkPool::~WorkPool() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    shutdown_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) t.join();
  // Only now may the Async go: threads call send() until they exit.
  async_.reset();
}

void WorkPool::start_threads() {
  // Threads inherit the creator's signal mask; block everything around the
  // spawn so signals (SIGINT, SIGCHLD, SIGPIPE, ...) are never delivered to
  // a pool thread, whose handlers would run in the middle of blocking work.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  threads_.reserve(size_);
  for (size_t i = 0; i < size_; ++i) threads_.emplace_back([this] { worker(); });
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  for (auto& t : threads_) pthread_setname_np(t.native_handle(), "jolt-worker");
}

void WorkPool::append(WorkRequest*& head, WorkRequest*& tail, WorkRequest* req) {
  if (tail)
    tail->next_ = req;
  else
    head = req;
  tail = req;
}

void WorkPool::submit(WorkRequest* req) {
  req->loop_ = &loop_;
  req->next_ = nullptr;
  loop_.request_started();
  if (threads_.empty()) start_threads();
  req->state_ = kQueued;
  append(staged_head_, staged_tail_, req);
  if (++staged_count_ >= kStageBatch || in_flight_.load(std::memory_order_acquire) == 0) flush(false);
}

void WorkPool::flush(bool before_wait) {
  // A mid-turn flush may have woken fewer threads than it had requests for;
  // before the wait those threads are woken even if nothing new is staged.
  if (!staged_head_ && !(before_wait && held_back_)) return;
  size_t n = staged_count_;
  in_flight_.fetch_add(n, std::memory_order_acq_rel);
  size_t wake, asleep;
  {
    std::lock_guard<std::mutex> lk(mu_);
    if (staged_head_) {
      if (queue_tail_)
        queue_tail_->next_ = staged_head_;
      else
        queue_head_ = staged_head_;
      queue_tail_ = staged_tail_;
    }
    // Awake threads take queued requests without being woken.
    asleep = sleeping_;
    size_t awake = size_ - asleep;
    size_t cap = before_wait ? size_ : awake_cap_;
    wake = awake >= cap ? 0 : std::min(cap - awake, asleep);
    held_back_ = !before_wait && queue_head_ && wake < asleep;
  }
  staged_head_ = staged_tail_ = nullptr;
  staged_count_ = 0;
  if (wake >= asleep) {
    cv_.notify_all();
  } else {
    for (size_t i = 0; i < wake; ++i) cv_.notify_one();
  }
}

void WorkPool::worker() {
  std::unique_lock<std::mutex> lk(mu_);
  for (;;) {
    while (!shutdown_ && !queue_head_) {
      ++sleeping_;
      cv_.wait(lk);
      --sleeping_;
    }
    if (shutdown_) return;
    // The request at the head, and the ones right behind it that share its
    // batch function.
    WorkRequest* taken[kMaxWorkBatch];
    size_t n = 0;
    WorkRequest::BatchFn batch = queue_head_->batch;
    do {
      WorkRequest* req = queue_head_;
      queue_head_ = req->next_;
      req->next_ = nullptr;
      req->state_ = kRunning;
      taken[n++] = req;
    } while (batch && n < kMaxWorkBatch && queue_head_ && queue_head_->batch == batch);
    if (!queue_head_) queue_tail_ = nullptr;
    lk.unlock();

    if (n > 1) {
      batch(taken, n);
    } else if (taken[0]->work) {
      taken[0]->work();
    }

    lk.lock();
    for (size_t i = 0; i < n; ++i) {
      taken[i]->state_ = kDone;
      append(done_head_, done_tail_, taken[i]);
    }
    in_flight_.fetch_sub(n, std::memory_order_acq_rel);
    // send() coalesces; a burst of completions is one loop wake-up. Called
    // under the lock so the Async cannot be destroyed in between (the
    // destructor takes the lock before joining).
    async_->send();
  }
}

bool WorkPool::cancel(WorkRequest* req) {
  if (!req->loop_) return false;
  WorkPool* pool = req->loop_->impl_->pool.get();
  if (!pool) return false;
  // Still staged (loop thread only): take it out of the staged list.
  WorkRequest* prev = nullptr;
  WorkRequest* r = pool->staged_head_;
  while (r && r != req) prev = r, r = r->next_;
  bool staged = r != nullptr;
  if (staged) {
    (prev ? prev->next_ : pool->staged_head_) = req->next_;
    if (pool->staged_tail_ == req) pool->staged_tail_ = prev;
    --pool->staged_count_;
  }
  {
    std::lock_guard<std::mutex> lk(pool->mu_);
    if (!staged) {
      if (req->state_ != kQueued) return false;
      prev = nullptr;
      for (r = pool->queue_head_; r != req; r = r->next_) prev = r;
      (prev ? prev->next_ : pool->queue_head_) = req->next_;
      if (pool->queue_tail_ == req) pool->queue_tail_ = prev;
      pool->in_flight_.fetch_sub(1, std::memory_order_acq_rel);
    }
    req->next_ = nullptr;
    req->state_ = kCancelled;
    append(pool->done_head_, pool->done_tail_, req);
  }
  // done(ECANCELED) runs from the loop like any completion, never inside
  // cancel() itself (as in libuv).
  pool->async_->send();
  return true;
}

void WorkPool::on_async() {
  WorkRequest* list;
  {
    std::lock_guard<std::mutex> lk(mu_);
    list = done_head_;
    done_head_ = done_tail_ = nullptr;
  }
  while (list) {
    WorkRequest* req = list;
    list = req->next_;  // before done(), which may free or requeue req
    req->next_ = nullptr;
    int status = req->state_ == kCancelled ? ECANCELED : 0;
    req->state_ = kIdle;
    loop_.request_finished();
    if (req->done) req->done(status);
  }
}

}  // namespace jolt::loop

namespace jolt::loop {

bool WorkRequest::cancel() { return WorkPool::cancel(this); }

}  // namespace jolt::loop
