// Loop: backend selection, the iteration (phases in Node's order), liveness,
// deferred callbacks and the close queue.
#include "loop.h"

#include <time.h>

#include <climits>
#include <cstdlib>
#include <cstring>

#include "backend.h"
#include "loop_impl.h"
#include "work_pool.h"

namespace jolt::loop {

thread_local Loop* tls_running_loop = nullptr;

Loop::Impl::Impl() = default;
Loop::Impl::~Impl() = default;

// ---------------------------------------------------------------------------
// Creation

std::unique_ptr<Loop> Loop::create(BackendKind kind, std::string* error) {
  bool forced = kind != BackendKind::Auto;
  if (!forced) {
    // The environment only overrides Auto: an explicit kind is a decision
    // the caller made on purpose (tests, --loop style flags).
    const char* env = std::getenv("JOLT_LOOP");
    if (env && *env && std::strcmp(env, "auto") != 0) {
      if (std::strcmp(env, "epoll") == 0) {
        kind = BackendKind::Epoll;
      } else if (std::strcmp(env, "io_uring") == 0) {
        kind = BackendKind::IoUring;
      } else {
        if (error)
          *error = std::string("JOLT_LOOP=") + env + ": expected io_uring, epoll or auto";
        return nullptr;
      }
      forced = true;
    }
  }

  std::string uring_error;
  std::unique_ptr<Backend> backend;
  if (kind != BackendKind::Epoll) {
    backend = make_io_uring_backend(&uring_error);
    if (!backend && forced) {
      if (error) *error = "io_uring unavailable: " + uring_error;
      return nullptr;
    }
    // Auto: any failure (ENOSYS on old kernels, EPERM from seccomp or
    // kernel.io_uring_disabled, ENOMEM from RLIMIT_MEMLOCK...) means epoll.
  }
  if (!backend) {
    std::string epoll_error;
    backend = make_epoll_backend(&epoll_error);
    if (!backend) {
      if (error)
        *error = uring_error.empty() ? epoll_error
                                     : "io_uring unavailable: " + uring_error + "; " + epoll_error;
      return nullptr;
    }
  }
  return std::unique_ptr<Loop>(new Loop(std::move(backend)));
}

Loop::Loop(std::unique_ptr<Backend> backend)
    : impl_(std::make_unique<Impl>()), backend_(std::move(backend)) {
  impl_->pool_size = WorkPool::size_from_env();
  update_time();
}

Loop::~Loop() {
  // The pool first: its threads may still call send() on its Async, which
  // must be unlinked from impl_ before impl_ goes.
  impl_->pool.reset();
  backend_.reset();
  impl_.reset();
}

// ---------------------------------------------------------------------------
// Clock

uint64_t Loop::hrtime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);  // vDSO: no syscall
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

void Loop::update_time() { now_ms_ = hrtime() / 1000000u; }

uint64_t Loop::idle_ns() const { return backend_->idle_ns(); }

const char* Loop::backend_name() const { return backend_->name(); }

void Loop::flush_writes() { backend_->flush_writes(); }

// ---------------------------------------------------------------------------
// Liveness

bool Loop::alive() const {
  // Closing handles count until their close callback has run (as in libuv),
  // so run() does not return between close() and the callback.
  return active_handles_ > 0 || active_requests_ > 0 || impl_->closing_head != nullptr;
}

void Loop::stop() { stop_flag_ = true; }

// ---------------------------------------------------------------------------
// Deferred callbacks and work

void Loop::defer(std::function<void()> cb) {
  impl_->pending.push_back(std::move(cb));
  request_started();
}

void Loop::queue_work(WorkRequest* req) {
  if (!impl_->pool) impl_->pool = std::make_unique<WorkPool>(*this, impl_->pool_size);
  impl_->pool->submit(req);
}

size_t Loop::pool_size() const { return impl_->pool ? impl_->pool->size() : impl_->pool_size; }

// ---------------------------------------------------------------------------
// Phases

// Timers due at the start of the phase run in (due, start) order. Timers
// started (or restarted, or re-armed) during the phase carry a start id at or
// above `limit` and wait for the next iteration, even with timeout 0, so a
// callback that restarts itself with 0 cannot livelock the loop.
void Loop::Impl::run_timers(uint64_t now) {
  uint64_t limit = next_timer_id;
  for (;;) {
    Timer* t = timers.top();
    if (!t || t->due_ > now || t->start_id_ >= limit) break;
    t->stop();
    // Re-armed before the callback, as libuv does: a stop() or start() in the
    // callback simply overrides it, and nothing touches the timer after its
    // callback (which may destroy it).
    if (t->repeat_) t->start(t->repeat_, t->repeat_);
    if (t->cb_) t->cb_(*t);
  }
}

// Returns whether there was anything to run (RunMode::Once then polls
// without blocking, like libuv).
bool Loop::Impl::run_pending(Loop& loop) {
  if (pending.empty()) return false;
  pending_run.swap(pending);
  for (auto& cb : pending_run) {
    loop.request_finished();
    if (cb) cb();
  }
  pending_run.clear();  // keeps the capacity for the next iteration
  return true;
}

void Loop::Impl::run_hooks(PhaseHook::Phase phase) {
  hooks[static_cast<int>(phase)].walk([](PhaseHook* h) {
    if (h->cb_) h->cb_(*h);
  });
}

void Loop::Impl::run_asyncs() {
  // Cleared before the scan: a send() racing with the scan either is seen by
  // it or sets the flag (and wakes the loop) again. See Async::send().
  async_signalled.store(false, std::memory_order_seq_cst);
  asyncs.walk([](Async* a) {
    if (a->pending_.exchange(false, std::memory_order_acq_rel) && a->cb_) a->cb_(*a);
  });
}

void Loop::Impl::run_closing() {
  closing_run = closing_head;
  closing_head = nullptr;
  // Handles closed by these callbacks go on closing_head: next iteration.
  while (Handle* h = closing_run) {
    closing_run = h->next_closing_;
    h->next_closing_ = nullptr;
    if (h->close_blocked()) {
      // Next iteration (whose poll does not wait while anything is closing).
      h->next_closing_ = closing_head;
      closing_head = h;
      continue;
    }
    h->close_queued_ = false;
    h->before_close_callback();
    // Moved out: the callback is allowed to destroy the handle.
    std::function<void()> cb = std::move(h->on_close_);
    h->on_close_ = nullptr;
    if (cb) cb();
  }
}

int Loop::Impl::poll_timeout(const Loop& loop) const {
  if (loop.stop_flag_ || !loop.alive()) return 0;
  if (!hooks[static_cast<int>(PhaseHook::Phase::Idle)].empty()) return 0;
  if (!pending.empty() || closing_head) return 0;
  // A send() from the loop thread itself skipped the wake-up.
  if (async_signalled.load(std::memory_order_acquire)) return 0;
  const Timer* t = timers.top();
  if (!t) return -1;
  if (t->due_ <= loop.now_ms_) return 0;
  uint64_t d = t->due_ - loop.now_ms_;
  return d > static_cast<uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(d);
}

bool Loop::run(RunMode mode) {
  Loop* outer = tls_running_loop;
  tls_running_loop = this;
  Impl& impl = *impl_;
  if (first_run_ns_ == 0) first_run_ns_ = hrtime();

  bool alive_now = alive();
  if (!alive_now) update_time();
  while (alive_now && !stop_flag_) {
    update_time();
    impl.run_timers(now_ms_);
    bool ran_pending = impl.run_pending(*this);
    impl.run_hooks(PhaseHook::Phase::Idle);
    impl.run_hooks(PhaseHook::Phase::Prepare);

    int timeout = 0;
    if (mode == RunMode::Default || (mode == RunMode::Once && !ran_pending))
      timeout = impl.poll_timeout(*this);
    // Work staged while the pool was busy starts before the loop waits.
    if (impl.pool) impl.pool->flush();
    backend_->poll(timeout);
    if (impl.async_signalled.load(std::memory_order_acquire)) impl.run_asyncs();

    impl.run_hooks(PhaseHook::Phase::Check);
    impl.run_closing();

    if (mode == RunMode::Once) {
      // Once promises progress: if poll returned because a timer came due,
      // run it now rather than report "still alive" having done nothing.
      update_time();
      impl.run_timers(now_ms_);
    }
    alive_now = alive();
    if (mode != RunMode::Default) break;
  }
  stop_flag_ = false;
  // Stopped watchers' cancellations reach the kernel even if run() is not
  // called again soon (io_uring holds the files until then).
  backend_->submit();
  tls_running_loop = outer;
  return alive_now;
}

}  // namespace jolt::loop
