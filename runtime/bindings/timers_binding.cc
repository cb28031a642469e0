// internalBinding('timers'): one loop timer per JS Timeout, and the
// immediate queue's shared counters.
//
// A Timeout must not be collected while it is armed, even unref'd, so the
// native side roots its owner (the JS Timeout) exactly while the timer is
// armed. Disarmed, the pair can be collected; the finalizer closes the timer.
#include "../runtime.h"
#include "buffer.h"
#include "class.h"
#include "exception.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

struct TimerWrap {
  explicit TimerWrap(loop::Loop& loop) : timer(loop, [this](loop::Timer&) { fire(); }) {}
  void fire();
  loop::Timer timer;
  js::Persistent owner;  // set while armed
};

void TimerWrap::fire() {
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  JSValueRef owner_value = owner.get();
  if (!owner_value) return;
  // A one-shot timer is disarmed now; keep the owner rooted just for the call.
  js::Persistent keep(ctx, owner_value);
  if (!timer.is_active()) owner.reset();
  rt.make_callback(rt.hooks().on_timeout.object(), nullptr, 1, &owner_value);
}

void finalize_timer(JSObjectRef obj) {
  auto* w = static_cast<TimerWrap*>(JSObjectGetPrivate(obj));
  if (!w) return;
  // A wrapper is collected while armed only when the whole VM goes away
  // (an armed timer roots its owner); then JSC must not be called again.
  w->owner.abandon();
  // The finalizer may not call into JS; closing the loop handle does not.
  w->timer.close([w] { delete w; });
}

TimerWrap* this_timer(JSObjectRef self);

JSValueRef timer_start(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  TimerWrap* w = this_timer(self);
  if (!w || !args.is_object(0)) return js::throw_type_error(ctx, exception, "Timer.start(owner, ms, repeat)");
  double ms = args.number(1), repeat = args.number(2);
  w->owner.reset(ctx, args[0]);
  // As Node does (Environment::GetNowUint64), measure from the current time,
  // not the loop's cached one: the script may have run for a while.
  w->timer.loop().update_time();
  w->timer.start(ms > 0 ? static_cast<uint64_t>(ms) : 0, repeat > 0 ? static_cast<uint64_t>(repeat) : 0);
  return JSValueMakeUndefined(ctx);
}

JSValueRef timer_stop(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[], JSValueRef*) {
  if (TimerWrap* w = this_timer(self)) {
    w->timer.stop();
    w->owner.reset();
  }
  return JSValueMakeUndefined(ctx);
}

JSValueRef timer_ref(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                     JSValueRef*) {
  if (TimerWrap* w = this_timer(self)) {
    if (argc == 0 || JSValueToBoolean(ctx, argv[0]))
      w->timer.ref();
    else
      w->timer.unref();
  }
  return JSValueMakeUndefined(ctx);
}

JSValueRef timer_has_ref(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[], JSValueRef*) {
  TimerWrap* w = this_timer(self);
  return JSValueMakeBoolean(ctx, w && w->timer.has_ref());
}

const js::NativeClass& timer_class() {
  static const js::NativeClass cls("Timer", finalize_timer,
                                   {{"start", timer_start}, {"stop", timer_stop}, {"ref", timer_ref},
                                    {"hasRef", timer_has_ref}});
  return cls;
}

TimerWrap* this_timer(JSObjectRef self) { return js::NativeClass::unwrap<TimerWrap>(self); }

JSValueRef create_timer(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return timer_class().make(ctx, new TimerWrap(Runtime::current().loop()));
}

JSValueRef set_timeout_callback(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return js::throw_type_error(ctx, exception, "callback must be a function");
  Runtime::current().hooks().on_timeout.reset(ctx, args[0]);
  return JSValueMakeUndefined(ctx);
}

JSValueRef toggle_immediate_ref(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                JSValueRef*) {
  Runtime::current().toggle_immediate_ref(argc > 0 && JSValueToBoolean(ctx, argv[0]));
  return JSValueMakeUndefined(ctx);
}

JSValueRef get_loop_time(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return JSValueMakeNumber(ctx, static_cast<double>(Runtime::current().loop().now()));
}

// Milliseconds the loop has spent waiting for events (perf_hooks'
// eventLoopUtilization and nodeTiming.idleTime).
JSValueRef get_loop_idle_time(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return JSValueMakeNumber(ctx, static_cast<double>(Runtime::current().loop().idle_ns()) / 1e6);
}

// hrtime() in ns when the loop first ran, 0 while the main script runs.
JSValueRef get_loop_start_ns(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return JSValueMakeNumber(ctx, static_cast<double>(Runtime::current().loop().first_run_ns()));
}

}  // namespace

JSObjectRef init_timers_binding(JSContextRef ctx, Runtime& rt) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "createTimer", create_timer);
  js::set_method(ctx, b, "setTimeoutCallback", set_timeout_callback);
  js::set_method(ctx, b, "toggleImmediateRef", toggle_immediate_ref);
  js::set_method(ctx, b, "getLoopTime", get_loop_time);
  js::set_method(ctx, b, "getLoopIdleTime", get_loop_idle_time);
  js::set_method(ctx, b, "getLoopStartNs", get_loop_start_ns);
  js::set(ctx, b, "immediateInfo",
          js::make_typed_array_over(ctx, kJSTypedArrayTypeUint32Array, rt.immediate_info(),
                                    sizeof(uint32_t) * Runtime::kImmediateFieldCount));
  js::set(ctx, b, "kCount", static_cast<double>(Runtime::kImmediateCount));
  js::set(ctx, b, "kRefCount", static_cast<double>(Runtime::kImmediateRefCount));
  return b;
}

}  // namespace jolt
