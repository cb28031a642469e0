// Async: cross-thread wake-up. send() may run on any thread; everything else
// runs on the loop thread.
#include "backend.h"
#include "loop.h"
#include "loop_impl.h"

namespace jolt::loop {

Async::Async(Loop& loop, Callback cb) : Handle(loop), cb_(std::move(cb)) {
  // Active from construction, like uv_async_init: a referenced Async keeps
  // the loop alive until it is closed or unref'd.
  loop.impl_->asyncs.push_back(this);
  set_active(true);
}

Async::~Async() { stop_for_close(); }

void Async::stop_for_close() {
  if (!is_active()) return;
  loop().impl_->asyncs.unlink(this);
  set_active(false);
}

void Async::send() {
  // Coalescing: only the send that flips pending_ has anything to do; later
  // ones are covered until the loop clears the flag right before the callback.
  if (pending_.exchange(true, std::memory_order_acq_rel)) return;
  Loop& l = loop();
  // One loop-wide flag so that a burst of sends to different Asyncs costs
  // one wake-up, and the loop knows to scan without a per-Async queue.
  if (l.impl_->async_signalled.exchange(true, std::memory_order_acq_rel)) return;
  // On the loop thread inside run() the loop sees the flag before it blocks
  // (the poll timeout drops to 0), so the eventfd write can be skipped.
  if (tls_running_loop == &l) return;
  l.backend_->wake();
}

}  // namespace jolt::loop
