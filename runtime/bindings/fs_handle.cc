// fs binding: the guard that closes a FileHandle's descriptor when the
// handle is garbage-collected while still open.
//
// FinalizationRegistry callbacks never run under Jolt (JSC schedules them on
// a run loop the runtime does not drive), so each FileHandle holds a small
// native object instead. Its GC finalizer, which may not call into JS,
// closes the descriptor and queues it; an Async then hands the numbers to
// the JS handler on the loop thread, which prints node's warnings.
//
// fdGuard(fd) -> guard, guardRelease(guard) (the handle closed itself),
// setLeakHandler(fn(fd)).
#include <unistd.h>

#include <memory>
#include <mutex>
#include <vector>

#include "../runtime.h"
#include "class.h"
#include "exception.h"
#include "fs_job.h"

namespace jolt::fs {

namespace {

struct Guard {
  int fd;
};

struct LeakQueue {
  std::mutex mu;
  std::vector<int> fds;
  loop::Async* async = nullptr;  // lives as long as the process
  js::Persistent handler;
};

LeakQueue& leaks() {
  static auto* q = new LeakQueue();
  return *q;
}

void finalize_guard(JSObjectRef obj) {
  std::unique_ptr<Guard> g(js::NativeClass::unwrap<Guard>(obj));
  if (!g || g->fd < 0) return;
  ::close(g->fd);
  LeakQueue& q = leaks();
  {
    std::lock_guard<std::mutex> lk(q.mu);
    q.fds.push_back(g->fd);
  }
  if (q.async) q.async->send();
}

const js::NativeClass& guard_class() {
  static auto* cls = new js::NativeClass("FileHandleGuard", finalize_guard, {});
  return *cls;
}

// Loop thread: tells JS about descriptors closed by the collector.
void report_leaks() {
  LeakQueue& q = leaks();
  std::vector<int> fds;
  {
    std::lock_guard<std::mutex> lk(q.mu);
    fds.swap(q.fds);
  }
  Runtime& rt = Runtime::current();
  if (!rt.ctx() || !q.handler) return;  // the context is going away
  for (int fd : fds) {
    JSValueRef arg = JSValueMakeNumber(rt.ctx(), fd);
    rt.make_callback(q.handler.object(), nullptr, 1, &arg);
  }
}

FS_FN(fd_guard) {  // fdGuard(fd) -> guard
  js::Args args{ctx, argc, argv};
  auto* g = new Guard{static_cast<int>(int_arg(ctx, args[0], -1))};
  return guard_class().make(ctx, g);
}

FS_FN(guard_release) {  // guardRelease(guard)
  js::Args args{ctx, argc, argv};
  if (Guard* g = guard_class().unwrap_checked<Guard>(ctx, args[0])) g->fd = -1;
  return JSValueMakeUndefined(ctx);
}

FS_FN(set_leak_handler) {  // setLeakHandler(fn)
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return js::throw_type_error(ctx, exception, "handler must be a function");
  LeakQueue& q = leaks();
  q.handler.reset(ctx, args[0]);
  if (!q.async) {
    q.async = new loop::Async(Runtime::current().loop(), [](loop::Async&) { report_leaks(); });
    q.async->unref();  // never keeps the process alive
  }
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_handle_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "fdGuard", fd_guard);
  js::set_method(ctx, b, "guardRelease", guard_release);
  js::set_method(ctx, b, "setLeakHandler", set_leak_handler);
}

}  // namespace jolt::fs
