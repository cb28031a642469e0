// internalBinding('stdio') terminal controls: raw mode for tty.ReadStream's
// setRawMode(), the saved modes put back at exit, and SIGWINCH delivered to
// JS for tty.WriteStream's 'resize' event.
//
// setRawMode(fd, bool) -> 0 or a negative errno; resetModes() restores every
// terminal changed so far, as the runtime does at exit (an exit hook). winchStart(callback) / winchStop(): the callback
// runs on the loop after each SIGWINCH; the watcher never keeps the process
// alive (as a signal listener in node does not).
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <map>
#include <memory>

#include "../runtime.h"
#include "signal_handle.h"
#include "stdio_binding.h"
#include "value.h"

namespace jolt {

namespace {

// The mode each terminal had before its first change, to restore at exit.
std::map<int, termios>& saved_modes() {
  static auto* modes = new std::map<int, termios>();
  return *modes;
}

void restore_all_modes();

// The same saved modes in fixed storage, for restore_modes_before_death(),
// which runs in a signal handler and must not walk a std::map that the loop
// thread might be changing. Entries are only ever added.
struct SavedForSignal {
  int fd;
  termios mode;
};
constexpr int kMaxSavedForSignal = 8;
SavedForSignal saved_for_signal[kMaxSavedForSignal];
std::atomic<int> saved_for_signal_count{0};

// Async-signal-safe (tcsetattr is): SIGINT/SIGTERM ending the process.
void restore_modes_before_death() {
  int n = saved_for_signal_count.load();
  for (int i = 0; i < n; ++i) ::tcsetattr(saved_for_signal[i].fd, TCSANOW, &saved_for_signal[i].mode);
}

JSValueRef set_raw_mode(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  js::Args args{ctx, argc, argv};
  int fd = args.int32(0);
  bool raw = JSValueToBoolean(ctx, args[1]);
  auto saved = saved_modes().find(fd);
  termios mode;
  if (saved != saved_modes().end()) {
    mode = saved->second;
  } else {
    if (::tcgetattr(fd, &mode) != 0) return JSValueMakeNumber(ctx, -errno);
    // Whatever way the process ends, the terminal gets its modes back.
    if (saved_modes().empty()) {
      Runtime::add_exit_hook(restore_all_modes);
      // ... including death by SIGINT or SIGTERM, as in node.
      loop::Signal::set_death_cleanup(restore_modes_before_death);
    }
    saved = saved_modes().emplace(fd, mode).first;
    int n = saved_for_signal_count.load();
    if (n < kMaxSavedForSignal) {
      saved_for_signal[n] = {fd, mode};
      saved_for_signal_count.store(n + 1);
    }
  }
  if (raw) {
    // Bytes as typed: no line editing, echo, signals from keys, flow control
    // or CR->NL mapping; output still maps NL to CR NL.
    mode.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    mode.c_oflag |= ONLCR;
    mode.c_cflag |= CS8;
    mode.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    mode.c_cc[VMIN] = 1;
    mode.c_cc[VTIME] = 0;
  }
  int rc;
  do {
    rc = ::tcsetattr(fd, TCSADRAIN, &mode);
  } while (rc != 0 && errno == EINTR);
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

void restore_all_modes() {
  for (auto& [fd, mode] : saved_modes()) ::tcsetattr(fd, TCSADRAIN, &mode);
}

JSValueRef reset_modes(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  restore_all_modes();
  return JSValueMakeUndefined(ctx);
}

// SIGWINCH through a loop::Signal (loop/signal_handle.h), unref'd: a 'resize'
// listener never keeps the process alive. Made on first start, kept (stopped)
// afterwards; while stopped, SIGWINCH has its default action (ignored).
loop::Signal* winch_signal = nullptr;
js::Persistent* winch_callback = nullptr;

void on_winch() {
  if (!winch_callback || !*winch_callback) return;
  Runtime& rt = Runtime::current();
  JSObjectRef cb = winch_callback->object();
  JSValueProtect(rt.ctx(), cb);
  rt.make_callback(cb, nullptr, 0, nullptr);
  JSValueUnprotect(rt.ctx(), cb);
}

JSValueRef winch_start(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return JSValueMakeBoolean(ctx, false);
  if (!winch_callback) winch_callback = new js::Persistent();
  winch_callback->reset(ctx, args[0]);
  if (!winch_signal) {
    winch_signal = new loop::Signal(Runtime::current().loop(), [](loop::Signal&, int) { on_winch(); });
    winch_signal->unref();
  }
  return JSValueMakeBoolean(ctx, winch_signal->start(SIGWINCH) == 0);
}

JSValueRef winch_stop(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  if (winch_signal) winch_signal->stop();
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_stdio_tty(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "setRawMode", set_raw_mode);
  js::set_method(ctx, b, "resetModes", reset_modes);
  js::set_method(ctx, b, "winchStart", winch_start);
  js::set_method(ctx, b, "winchStop", winch_stop);
}

}  // namespace jolt
