// internalBinding('messaging'): the loop side of MessagePort delivery.
//
// Messages between ports of one thread are queued in JS; what JS needs from
// the loop is a wake-up in the poll phase (where Node delivers port
// messages, after timers and before immediates) and a way to keep the
// process alive while a port is listening. One Async serves the whole
// process: wake() asks for a delivery round, ref(bool) says whether any
// port holds the loop open. The round calls the JS hook until it returns
// false, one message per call, so ticks and promise jobs run between
// messages as they do between Node's.
#include "../runtime.h"
#include "exception.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

struct Messaging {
  loop::Async* async = nullptr;  // lives as long as the process
  js::Persistent deliver;        // () -> true while this round has more
};

// Never destroyed: a static object's destructor would unprotect `deliver`
// from exit handlers, after the JS context is gone (a crash under ASan).
Messaging& state() {
  static auto* m = new Messaging();
  return *m;
}

void run_round() {
  Messaging& m = state();
  if (!m.deliver) return;
  Runtime& rt = Runtime::current();
  JSValueRef more = rt.make_callback(m.deliver.object(), nullptr, 0, nullptr);
  while (JSValueToBoolean(rt.ctx(), more)) more = rt.make_callback(m.deliver.object(), nullptr, 0, nullptr);
}

loop::Async& async_handle() {
  Messaging& m = state();
  if (!m.async) {
    m.async = new loop::Async(Runtime::current().loop(), [](loop::Async&) { run_round(); });
    m.async->unref();
  }
  return *m.async;
}

JSValueRef set_deliver(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return js::throw_type_error(ctx, exception, "callback must be a function");
  state().deliver.reset(ctx, args[0]);
  return JSValueMakeUndefined(ctx);
}

JSValueRef wake(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  async_handle().send();
  return JSValueMakeUndefined(ctx);
}

JSValueRef set_ref(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  if (argc > 0 && JSValueToBoolean(ctx, argv[0]))
    async_handle().ref();
  else
    async_handle().unref();
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_messaging_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "setDeliverCallback", set_deliver);
  js::set_method(ctx, b, "wake", wake);
  js::set_method(ctx, b, "setRef", set_ref);
  return b;
}

}  // namespace jolt
