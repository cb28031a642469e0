// internalBinding('signal_wrap'): loop::Signal handles for process.on('SIGxxx').
//
// JS holds watchers by number: start(signum, callback) -> id > 0, or a
// negative errno (-EINVAL for SIGKILL/SIGSTOP) with nothing started;
// stop(id) stops and frees it. The callback runs on the loop, through the
// callback trampoline, once per delivery, with no arguments (the JS side
// knows which signal name it watches). The handles are unref'd: as in node,
// a signal listener never keeps the process alive by itself.
//
// kill(pid, signum) -> 0 or a negative errno, for process.kill (which throws
// node's "kill ESRCH" form of the error in JS).
#include <signal.h>

#include <cerrno>
#include <map>
#include <memory>

#include "../runtime.h"
#include "registry.h"
#include "signal_handle.h"
#include "value.h"

namespace jolt {

namespace {

struct Watch {
  std::unique_ptr<loop::Signal> handle;
  js::Persistent callback;
};

// Never destroyed: watchers still started at exit must not be torn down
// after the loop they belong to.
std::map<int, std::unique_ptr<Watch>>& watches() {
  static auto* all = new std::map<int, std::unique_ptr<Watch>>();
  return *all;
}
int next_id = 1;

void deliver(int id) {
  auto it = watches().find(id);
  if (it == watches().end()) return;
  Runtime& rt = Runtime::current();
  JSObjectRef cb = it->second->callback.object();
  // The callback may stop this watcher (and free the Persistent) while it runs.
  JSValueProtect(rt.ctx(), cb);
  rt.make_callback(cb, nullptr, 0, nullptr);
  JSValueUnprotect(rt.ctx(), cb);
}

JSValueRef start(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(1) || !JSValueIsNumber(ctx, args[0])) return JSValueMakeNumber(ctx, -EINVAL);
  int signum = args.int32(0);
  int id = next_id++;
  auto w = std::make_unique<Watch>();
  w->handle = std::make_unique<loop::Signal>(Runtime::current().loop(), [id](loop::Signal&, int) { deliver(id); });
  int err = w->handle->start(signum);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  w->handle->unref();
  w->callback.reset(ctx, args[1]);
  watches()[id] = std::move(w);
  return JSValueMakeNumber(ctx, id);
}

JSValueRef stop(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  auto it = watches().find(args.int32(0));
  if (it == watches().end()) return JSValueMakeUndefined(ctx);
  std::unique_ptr<Watch> w = std::move(it->second);
  watches().erase(it);
  // Stopped at once (the default action is back when this returns); the
  // handle is freed from its close callback, as the loop requires.
  loop::Signal* h = w->handle.release();
  h->close([h] { delete h; });
  return JSValueMakeUndefined(ctx);
}

JSValueRef kill_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  int rc = ::kill(args.int32(0), args.int32(1));
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

}  // namespace

JSObjectRef init_signal_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "start", start);
  js::set_method(ctx, b, "stop", stop);
  js::set_method(ctx, b, "kill", kill_fn);
  return b;
}

}  // namespace jolt
