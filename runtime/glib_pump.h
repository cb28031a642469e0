// Drives the GLib main context that JavaScriptCore's GTK port schedules its
// deferred work on, from Jolt's own loop.
//
// On Linux, WTF's RunLoop is backed by a GLib main context: the thread's
// default one if the thread has pushed one, else (as Jolt's thread does not
// count as WTF's main thread) a private context nobody can reach. JSC
// queues FinalizationRegistry cleanups (its DeferredWorkTimer), its GC
// timers (incremental sweeper, eden/full GC activity) and RunLoop::dispatch()
// work there as GSources. Nothing runs them unless someone iterates that
// context, and Jolt never runs a GMainLoop. The pump does the iteration in
// steps, without ever blocking in GLib:
//
//  - a Prepare hook dispatches the sources that are ready (no poll(2): the
//    JSC sources are ready by time, and GLib's wake-up fd is watched by the
//    loop itself), then arms a loop timer for GLib's next due time, so the
//    loop's poll does not sleep past it;
//  - the hook, the timer and the fd watchers are unref'd: GLib's work never
//    keeps the process alive by itself, as in node, where finalization
//    callbacks do not keep the loop alive either.
//
// So the pump must exist before the first JSC context: it makes a context
// and pushes it as the thread default, and JSC's RunLoop adopts it (JSC would
// have made one anyway, so this costs nothing). The context is acquired once
// and kept: as its owner, the loop thread's own
// re-arming of JSC's timers costs no wake-up write.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "loop.h"

struct _GMainContext;  // GMainContext, without <glib.h> in every includer

namespace jolt {

class GlibPump {
 public:
  // `after_dispatch` runs after GLib work ran JS (to process the nextTick
  // queue, as after any other entry into JS).
  GlibPump(loop::Loop& loop, std::function<void()> after_dispatch);
  ~GlibPump();
  GlibPump(const GlibPump&) = delete;
  GlibPump& operator=(const GlibPump&) = delete;

  // Dispatches what is ready now; returns whether anything was dispatched.
  // Also called by the runtime once the loop has run dry (node runs
  // finalization callbacks that are due before 'beforeExit').
  bool dispatch_ready();
  // Closes the loop handles (before the loop goes away).
  void close();

 private:
  void on_prepare();
  void watch_fds();

  loop::Loop& loop_;
  ::_GMainContext* context_ = nullptr;
  std::function<void()> after_dispatch_;
  bool owner_ = false;
  uint64_t last_check_ms_ = UINT64_MAX;  // loop time of the last GLib cycle
  int next_timeout_ms_ = -1;  // GLib's next due time, from the last dispatch_ready()
  std::unique_ptr<loop::PhaseHook> prepare_;
  std::unique_ptr<loop::Timer> wake_;
  std::vector<std::unique_ptr<loop::IoWatcher>> watchers_;
  std::vector<int> ready_fds_;  // fds the loop reported readable since the last dispatch
};

}  // namespace jolt
