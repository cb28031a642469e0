// Signal: a handle that watches one POSIX signal, as uv_signal_t does.
//
// The callback runs on the loop thread in the poll phase, once per delivery
// (deliveries the kernel merged while the signal was pending count as one).
// Several handles, on one loop or on several, may watch the same signal;
// every one of them sees each delivery. While a handle of any loop watches a
// signal, the process catches it (the default action is suppressed); when the
// last one stops, the disposition goes back to SIG_DFL (as libuv does, even
// for a signal that was ignored before).
//
// A signal that already had a handler (JSC's SIGUSR1, which suspends threads,
// and its SIGSEGV/SIGBUS) is chained, not taken over: deliveries a process
// sent (kill(2), sigqueue) go to the watchers, everything else (faults, a
// thread of this process signalling another) to that handler, which the last
// stop() puts back.
//
// How: a sigaction handler, which may run on any thread that does not block
// the signal (JSC's threads included; the worker pool blocks everything),
// writes the signal number to a pipe of each loop that watches it; an unref'd
// IoWatcher on that pipe reads the numbers and runs the callbacks in order of
// arrival. Nothing is set up until the first start() of a loop.
#pragma once

#include <functional>

#include "loop.h"

namespace jolt::loop {

struct LoopSignals;  // per-loop state (signal.cc)

class Signal : public Handle {
 public:
  using Callback = std::function<void(Signal&, int signum)>;
  Signal(Loop& loop, Callback cb);
  ~Signal() override;

  // Watches `signum` (replacing the signal watched so far). Returns 0, or
  // -EINVAL for a number out of range or a signal that cannot be caught
  // (SIGKILL, SIGSTOP, the ones the C library reserves), -EMFILE/-ENFILE when
  // no pipe can be made, -EBUSY when too many loops watch signals at once.
  int start(int signum);
  void stop();
  // The signal watched, 0 when stopped.
  int signum() const { return signum_; }

  // Catches `signum` for good, chained over whatever handler it has now
  // (JSC's SIGUSR1, which crashes on a SIGUSR1 it did not send): deliveries
  // a process sends go to the watchers, or nowhere while there are none;
  // the rest still reach that handler. The last stop() then leaves it
  // caught. Process-wide, idempotent; 0 or -errno.
  static int shield(int signum);

  // Runs `cleanup` when SIGINT or SIGTERM is about to end the process by its
  // default action (no watcher), then lets the default action happen: how a
  // terminal left in raw mode gets its modes back, as node does for these
  // two. `cleanup` must be async-signal-safe. Process-wide; a later call
  // replaces the function. 0 or -errno.
  static int set_death_cleanup(void (*cleanup)());

 protected:
  void stop_for_close() override { stop(); }

 private:
  friend struct LoopSignals;
  Callback cb_;
  int signum_ = 0;
  LoopSignals* state_ = nullptr;
};

}  // namespace jolt::loop
