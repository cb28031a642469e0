// Handle: reference counting toward liveness and the close protocol.
#include "loop.h"
#include "loop_impl.h"

namespace jolt::loop {

Handle::Handle(Loop& loop) : loop_(loop) {}

Handle::~Handle() {
  // Subclass destructors have stopped the handle already; this keeps the
  // count right if one did not.
  set_active(false);
  if (close_queued_) {
    // Freed before its close callback ran (the owner broke the contract, or
    // the program is tearing down): take it off whichever close list holds it
    // so the close phase never touches freed memory.
    Loop::Impl& impl = *loop_.impl_;
    for (Handle** link : {&impl.closing_head, &impl.closing_run}) {
      for (Handle** p = link; *p; p = &(*p)->next_closing_) {
        if (*p == this) {
          *p = next_closing_;
          return;
        }
      }
    }
  }
}

void Handle::ref() {
  if (ref_) return;
  ref_ = true;
  if (active_) ++loop_.active_handles_;
}

void Handle::unref() {
  if (!ref_) return;
  ref_ = false;
  if (active_) --loop_.active_handles_;
}

void Handle::set_active(bool active) {
  if (active_ == active) return;
  active_ = active;
  if (!ref_) return;
  if (active)
    ++loop_.active_handles_;
  else
    --loop_.active_handles_;
}

void Handle::close(std::function<void()> on_close) {
  if (closing_) return;
  closing_ = true;
  on_close_ = std::move(on_close);
  stop_for_close();
  set_active(false);
  // Queued even without a callback: until the close phase the handle counts
  // toward liveness (as in libuv), so run() does not return between close()
  // and the close callback.
  Loop::Impl& impl = *loop_.impl_;
  next_closing_ = impl.closing_head;
  impl.closing_head = this;
  close_queued_ = true;
}

}  // namespace jolt::loop
