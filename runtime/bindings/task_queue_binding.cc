// internalBinding('task_queue'): the flags the nextTick queue shares with the
// runtime, and the registration of the JS hooks the runtime calls.
#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "jsc_extra.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

bool take_hook(JSContextRef ctx, JSObjectRef hooks, const char* name, js::Persistent& slot) {
  JSValueRef v = js::get(ctx, hooks, name);
  if (!JSValueIsObject(ctx, v) || !JSObjectIsFunction(ctx, js::as_object(v))) return false;
  slot.reset(ctx, v);
  return true;
}

// setHooks({ runCallback, runCallback0..6 (optional), runHeadersCallback (optional), processTicks, runImmediate,
//            emitBeforeExit, emitExit })
JSValueRef set_hooks(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0)) return js::throw_type_error(ctx, exception, "setHooks needs an object");
  Runtime::Hooks& h = Runtime::current().hooks();
  JSObjectRef o = args.object(0);
  bool ok = take_hook(ctx, o, "runCallback", h.run_callback) && take_hook(ctx, o, "processTicks", h.process_ticks) &&
            take_hook(ctx, o, "runImmediate", h.run_immediate) &&
            take_hook(ctx, o, "emitBeforeExit", h.emit_before_exit) && take_hook(ctx, o, "emitExit", h.emit_exit);
  if (!ok) return js::throw_type_error(ctx, exception, "setHooks: a hook is missing");
  // Optional fixed-arity forms of runCallback (runCallback0 .. runCallback6;
  // the ones JS leaves out use the rest form).
  static const char* const kFixed[] = {"runCallback0", "runCallback1", "runCallback2", "runCallback3",
                                       "runCallback4", "runCallback5", "runCallback6"};
  for (size_t i = 0; i < Runtime::Hooks::kFixedArities; i++) {
    if (!take_hook(ctx, o, kFixed[i], h.run_callback_n[i])) h.run_callback_n[i].reset();
  }
  if (!take_hook(ctx, o, "runHeadersCallback", h.run_headers)) h.run_headers.reset();  // optional
  return JSValueMakeUndefined(ctx);
}

// JSC calls `fn(promise, reason)` for each rejection still unhandled when the
// microtask queue runs dry.
JSValueRef set_unhandled_rejection_callback(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc,
                                            const JSValueRef argv[], JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return js::throw_type_error(ctx, exception, "callback must be a function");
  JSGlobalContextSetUnhandledRejectionCallback(JSContextGetGlobalContext(ctx), args.object(0), exception);
  return JSValueMakeUndefined(ctx);
}

// tickInfo() -> an Int32Array over the runtime's tick flags. A function, not
// a property, so the array (the first typed array makes JSC build its typed
// array classes, ~0.2M instructions) is made only by a program that queues a
// tick or has a rejection to report; JS keeps the one it gets.
JSValueRef tick_info(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return js::make_typed_array_over(ctx, kJSTypedArrayTypeInt32Array, Runtime::current().tick_info(),
                                   sizeof(int32_t) * Runtime::kTickFieldCount);
}

}  // namespace

JSObjectRef init_task_queue_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "tickInfo", tick_info);
  js::set(ctx, b, "kHasTickScheduled", static_cast<double>(Runtime::kHasTickScheduled));
  js::set(ctx, b, "kHasRejectionToWarn", static_cast<double>(Runtime::kHasRejectionToWarn));
  js::set_method(ctx, b, "setHooks", set_hooks);
  js::set_method(ctx, b, "setUnhandledRejectionCallback", set_unhandled_rejection_callback);
  return b;
}

}  // namespace jolt
