#include "glib_pump.h"

#include <glib.h>

#include <algorithm>

namespace jolt {

namespace {
// A GLib context normally has one fd (its wake-up eventfd).
constexpr int kMaxFds = 16;

// The first half of a GLib iteration: prepare, then query the fds to poll
// and the timeout. `all_fds` asks for every source's fds, whatever the
// priorities ready now.
struct Cycle {
  gint max_priority = 0;
  gint timeout = -1;
  gint n = 0;
  GPollFD fds[kMaxFds];
};

void begin_cycle(GMainContext* ctx, Cycle& c, bool all_fds) {
  g_main_context_prepare(ctx, &c.max_priority);
  gint priority = all_fds ? G_MAXINT : c.max_priority;
  c.n = std::min(g_main_context_query(ctx, priority, &c.timeout, c.fds, kMaxFds), kMaxFds);
}
}  // namespace

GlibPump::GlibPump(loop::Loop& loop, std::function<void()> after_dispatch)
    : loop_(loop), after_dispatch_(std::move(after_dispatch)) {
  context_ = g_main_context_new();
  g_main_context_push_thread_default(context_);
  owner_ = g_main_context_acquire(context_);
  if (!owner_) return;
  prepare_ = std::make_unique<loop::PhaseHook>(loop_, loop::PhaseHook::Phase::Prepare,
                                               [this](loop::PhaseHook&) { on_prepare(); });
  prepare_->start();
  prepare_->unref();
  // Does nothing itself: firing makes the loop iterate, and the Prepare hook
  // of that iteration dispatches what came due.
  wake_ = std::make_unique<loop::Timer>(loop_, [](loop::Timer&) {});
  wake_->unref();
  watch_fds();
}

GlibPump::~GlibPump() {
  // JSC's RunLoop keeps its own reference to the context.
  if (owner_) g_main_context_release(context_);
  g_main_context_pop_thread_default(context_);
  g_main_context_unref(context_);
}

void GlibPump::close() {
  if (prepare_) prepare_->close([p = prepare_.release()] { delete p; });
  if (wake_) wake_->close([t = wake_.release()] { delete t; });
  for (auto& w : watchers_) w->close([p = w.release()] { delete p; });
  watchers_.clear();
}

// GLib's fds (its wake-up eventfd, written when another thread, e.g. JSC's
// GC thread, schedules work) are watched by the loop, so a blocked poll
// wakes for them; GLib then learns of their readiness through check().
void GlibPump::watch_fds() {
  Cycle c;
  begin_cycle(context_, c, true);
  g_main_context_check(context_, c.max_priority, c.fds, 0);
  for (gint i = 0; i < c.n; i++) {
    int fd = c.fds[i].fd;
    auto w = std::make_unique<loop::IoWatcher>(loop_, fd, [this](loop::IoWatcher& watcher, int) {
      if (std::find(ready_fds_.begin(), ready_fds_.end(), watcher.fd()) == ready_fds_.end())
        ready_fds_.push_back(watcher.fd());
    });
    w->start(loop::IoWatcher::Readable);
    w->unref();
    watchers_.push_back(std::move(w));
  }
}

bool GlibPump::dispatch_ready() {
  if (!owner_) return false;
  Cycle c;
  begin_cycle(context_, c, false);
  // No poll(2) here: the loop has already polled GLib's fds for us.
  for (gint i = 0; i < c.n; i++) {
    GPollFD& f = c.fds[i];
    bool readable = std::find(ready_fds_.begin(), ready_fds_.end(), f.fd) != ready_fds_.end();
    f.revents = readable ? static_cast<gushort>(f.events & (G_IO_IN | G_IO_PRI)) : 0;
  }
  ready_fds_.clear();
  bool ready = g_main_context_check(context_, c.max_priority, c.fds, c.n);
  // Finalization callbacks run in here (JS called by JSC directly; JSC
  // drains the microtask queue when they return).
  if (ready) {
    g_main_context_dispatch(context_);
    if (after_dispatch_) after_dispatch_();
  }
  // After a dispatch the sources may have re-armed: look again next turn.
  next_timeout_ms_ = ready ? 0 : c.timeout;
  return ready;
}

void GlibPump::on_prepare() {
  // A GLib cycle costs ~800 instructions; a busy loop (setImmediate chains)
  // turns hundreds of times per millisecond, and JSC's work has no need to
  // run more often than once a millisecond. A skipped turn keeps the poll
  // from sleeping past the next millisecond, when the check is made.
  uint64_t now = loop_.now();
  if (now == last_check_ms_ && ready_fds_.empty()) {
    if (!wake_->is_active() || wake_->due() > now + 1) wake_->start(1);
    return;
  }
  last_check_ms_ = now;
  dispatch_ready();
  // The loop computes its poll timeout after the Prepare hooks: an unref'd
  // timer at GLib's next due time caps it, and only while GLib has work due.
  if (next_timeout_ms_ < 0) {
    wake_->stop();
  } else {
    uint64_t due = loop_.now() + static_cast<uint64_t>(next_timeout_ms_);
    if (!wake_->is_active() || wake_->due() != due) wake_->start(static_cast<uint64_t>(next_timeout_ms_));
  }
}

}  // namespace jolt
