// IoWatcher: fd readiness. The backend does the kernel side; this file keeps
// the handle state and skips the backend when nothing changes, so re-arming
// with the same events (the common case in a stream's read path) is free.
#include "backend.h"
#include "loop.h"

namespace jolt::loop {

IoWatcher::IoWatcher(Loop& loop, int fd, Callback cb)
    : Handle(loop), fd_(fd), cb_(std::move(cb)) {}

IoWatcher::~IoWatcher() { stop(); }

void IoWatcher::start(int events) {
  if (is_closing()) return;
  events &= Readable | Writable;
  if (events == 0) {
    // Nothing to wait for: same as stop(), as uv_poll_start(0) would be.
    stop();
    return;
  }
  if (is_active() && events == events_) return;
  events_ = events;
  set_active(true);
  loop().backend().watch(*this);
}

void IoWatcher::stop() {
  if (!is_active()) return;
  loop().backend().unwatch(*this);
  events_ = 0;
  set_active(false);
}

}  // namespace jolt::loop
