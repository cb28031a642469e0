// process_methods.defineErrorAccessors / defineGlobals / isModuleGlobal:
// the accessors internal/bootstrap/node puts on globalThis at start-up (18
// for the error constructors, 56 for the module globals), with the tables
// of names they are for, and the globals it adds. The JS that made
// them (a closure pair per name, the tables as text) was a good share of
// start-up: JS that runs once is parsed twice and compiled for that one run.
// What happens on first use stays in JS (the functions these
// are given).
#include <string>

#include "exception.h"
#include "js_string.h"
#include "value.h"

namespace jolt {

namespace {

// Each accessor has one function, both its getter and its setter: JSC calls
// a getter with no arguments and a setter with one, so the function tells
// them apart by its argument count (a function less to make per name). All
// of a kind share one callback (JSC makes a host function per callback, so
// one per name was costly); a call finds the name it is for from its
// function object. These functions are made only here, so a recorded one
// that was collected cannot be confused with a live one: no other function
// has these callbacks.
template <size_t N>
int index_of(JSObjectRef const (&fns)[N], JSObjectRef fn) {
  for (size_t i = 0; i < N; i++)
    if (fns[i] == fn) return static_cast<int>(i);
  return -1;
}

// Defines configurable accessors through Object.defineProperty, with one
// descriptor whose get and set are replaced per property (nothing else can
// see it meanwhile); `*made` is the function made.
class AccessorDefiner {
 public:
  AccessorDefiner(JSContextRef ctx, bool enumerable) : ctx_(ctx) {
    JSObjectRef object_ctor = js::as_object(js::get(ctx, JSContextGetGlobalObject(ctx), "Object"));
    define_ = js::as_object(js::get(ctx, object_ctor, "defineProperty"));
    desc_ = js::make_object(ctx);
    js::set_bool(ctx, desc_, "configurable", true);
    js::set_bool(ctx, desc_, "enumerable", enumerable);
  }

  bool define(JSObjectRef target, JSValueRef key, JSObjectCallAsFunctionCallback accessor, JSObjectRef* made,
              JSValueRef* exception) {
    *made = JSObjectMakeFunctionWithCallback(ctx_, get_.get(), accessor);
    JSObjectSetProperty(ctx_, desc_, get_.get(), *made, kJSPropertyAttributeNone, nullptr);
    JSObjectSetProperty(ctx_, desc_, set_.get(), *made, kJSPropertyAttributeNone, nullptr);
    JSValueRef args[] = {target, key, desc_};
    JSObjectCallAsFunction(ctx_, define_, nullptr, 3, args, exception);
    return *exception == nullptr;
  }

 private:
  JSContextRef ctx_;
  JSObjectRef define_;
  JSObjectRef desc_;
  js::String get_ = js::String::latin1("get");
  js::String set_ = js::String::latin1("set");
};

JSValueRef or_undefined(JSContextRef ctx, JSValueRef v) { return v ? v : JSValueMakeUndefined(ctx); }

// ---- error constructors -------------------------------------------------
// internal/bootstrap/error_stacks wraps these (its kErrorNames); until the
// first read or write of one of them, or of the `constructor` of their
// prototypes, those are accessors that call install(intrinsics) first.

constexpr const char* kErrorNames[] = {"Error",     "TypeError", "RangeError",     "SyntaxError",    "ReferenceError",
                                       "EvalError", "URIError",  "AggregateError", "SuppressedError"};
constexpr size_t kErrorCount = sizeof(kErrorNames) / sizeof(kErrorNames[0]);

struct ErrorAccessors {
  JSObjectRef install = nullptr;     // protected until called
  JSObjectRef intrinsics = nullptr;  // name -> the engine's constructor (protected)
  JSObjectRef protos[kErrorCount] = {};
  JSObjectRef global[kErrorCount] = {};  // globalThis[name]
  JSObjectRef proto[kErrorCount] = {};   // name.prototype.constructor
  bool made = false;
};
// One runtime per process (Runtime::current()), so one set of globals.
ErrorAccessors g_errors;

// Runs install(intrinsics) the first time; false if it threw.
bool install_error_stacks(JSContextRef ctx, JSValueRef* exception) {
  JSObjectRef install = g_errors.install;
  if (install == nullptr) return true;
  g_errors.install = nullptr;
  JSValueRef arg = g_errors.intrinsics;
  JSObjectCallAsFunction(ctx, install, nullptr, 1, &arg, exception);
  JSValueUnprotect(ctx, install);
  return *exception == nullptr;
}

// Getter: as `globalThis[name]` / `proto.constructor`; setter: as
// `globalThis[name] = value` / `this.constructor = value` (on an object made
// from the prototype, say); either after installing.
JSValueRef error_accessor(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  int i = index_of(g_errors.global, fn);
  int p = i < 0 ? index_of(g_errors.proto, fn) : -1;
  if (i < 0 && p < 0) return JSValueMakeUndefined(ctx);
  if (!install_error_stacks(ctx, exception)) return nullptr;
  JSObjectRef target = i >= 0 ? JSContextGetGlobalObject(ctx) : g_errors.protos[p];
  js::String name = js::String::latin1(i >= 0 ? kErrorNames[i] : "constructor");
  if (argc == 0) return or_undefined(ctx, JSObjectGetProperty(ctx, target, name.get(), exception));
  if (p >= 0) {
    if (self == nullptr)
      return js::throw_type_error(ctx, exception, "Cannot set properties of undefined (setting 'constructor')");
    target = self;
  }
  JSObjectSetProperty(ctx, target, name.get(), argv[0], kJSPropertyAttributeNone, exception);
  return JSValueMakeUndefined(ctx);
}

// defineErrorAccessors(install): puts the accessors on globalThis's error
// constructors and their prototypes' `constructor`; the first call of any
// of them calls install(intrinsics), where intrinsics (null prototype) maps
// the names to the engine's constructors.
JSValueRef define_error_accessors(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                           JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0) || g_errors.made)
    return js::throw_type_error(ctx, exception, "defineErrorAccessors(install) is called once");
  g_errors.made = true;
  g_errors.install = args.object(0);
  JSValueProtect(ctx, g_errors.install);
  g_errors.intrinsics = js::make_object(ctx);
  JSObjectSetPrototype(ctx, g_errors.intrinsics, JSValueMakeNull(ctx));
  JSValueProtect(ctx, g_errors.intrinsics);
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef constructor_key = js::make_string(ctx, "constructor");
  AccessorDefiner definer(ctx, false);
  for (size_t i = 0; i < kErrorCount; i++) {
    js::String name = js::String::latin1(kErrorNames[i]);
    JSValueRef intrinsic = JSObjectGetProperty(ctx, global, name.get(), nullptr);
    // Not every engine has them all (SuppressedError).
    if (!intrinsic || !JSValueIsObject(ctx, intrinsic) || !JSObjectIsFunction(ctx, js::as_object(intrinsic)))
      continue;
    JSValueRef proto = js::get(ctx, js::as_object(intrinsic), "prototype");
    if (!proto || !JSValueIsObject(ctx, proto)) continue;
    JSObjectSetProperty(ctx, g_errors.intrinsics, name.get(), intrinsic, kJSPropertyAttributeNone, nullptr);
    g_errors.protos[i] = js::as_object(proto);
    JSValueProtect(ctx, proto);
    if (!definer.define(global, JSValueMakeString(ctx, name.get()), error_accessor, &g_errors.global[i], exception) ||
        !definer.define(js::as_object(proto), constructor_key, error_accessor, &g_errors.proto[i], exception))
      return nullptr;
  }
  return JSValueMakeUndefined(ctx);
}

// ---- module globals -----------------------------------------------------
// Web and Node globals that live in their own modules. Each is an accessor
// that on first read becomes the data property load(id, name, enumerable)
// makes (the module's export; undefined for a module not written yet), and
// on a write the data property define(name, value, enumerable) makes.
// Groups 0 and 1 are enumerable, 2 is not; their places in the order of
// globalThis's keys differ (see defineGlobals). Adding a
// global is adding its row here (in the order node lists it).

struct ModuleGlobal {
  int group;
  const char* id;
  const char* name;
};
constexpr ModuleGlobal kModuleGlobals[] = {
    {0, "timers", "clearImmediate"},
    {0, "timers", "setImmediate"},
    {0, "timers", "clearInterval"},
    {0, "timers", "clearTimeout"},
    {0, "timers", "setInterval"},
    {0, "timers", "setTimeout"},
    {1, "internal/structured_clone", "structuredClone"},
    {1, "buffer", "atob"},
    {1, "buffer", "btoa"},
    {1, "perf_hooks", "performance"},
    {1, "internal/fetch", "fetch"},
    {1, "internal/crypto/webcrypto", "crypto"},
    {1, "internal/navigator", "navigator"},
    {2, "buffer", "Buffer"},
    {2, "buffer", "Blob"},
    {2, "buffer", "File"},
    {2, "internal/encoding", "TextEncoder"},
    {2, "internal/encoding", "TextDecoder"},
    {2, "internal/url", "URL"},
    {2, "internal/url", "URLSearchParams"},
    {2, "internal/dom_exception", "DOMException"},
    {2, "internal/event_target", "EventTarget"},
    {2, "internal/event_target", "Event"},
    {2, "internal/event_target", "CustomEvent"},
    {2, "internal/abort_controller", "AbortController"},
    {2, "internal/abort_controller", "AbortSignal"},
    {2, "perf_hooks", "PerformanceEntry"},
    {2, "perf_hooks", "PerformanceMark"},
    {2, "perf_hooks", "PerformanceMeasure"},
    {2, "perf_hooks", "PerformanceObserver"},
    {2, "perf_hooks", "PerformanceObserverEntryList"},
    {2, "internal/crypto/webcrypto", "Crypto"},
    {2, "internal/navigator", "Navigator"},
    {2, "stream/web", "TransformStream"},
    {2, "stream/web", "TransformStreamDefaultController"},
    {2, "stream/web", "WritableStream"},
    {2, "stream/web", "WritableStreamDefaultWriter"},
    {2, "stream/web", "WritableStreamDefaultController"},
    {2, "stream/web", "ReadableStream"},
    {2, "stream/web", "ReadableStreamDefaultReader"},
    {2, "stream/web", "ReadableStreamBYOBReader"},
    {2, "stream/web", "ReadableStreamBYOBRequest"},
    {2, "stream/web", "ReadableByteStreamController"},
    {2, "stream/web", "ReadableStreamDefaultController"},
    {2, "stream/web", "ByteLengthQueuingStrategy"},
    {2, "stream/web", "CountQueuingStrategy"},
    {2, "stream/web", "TextEncoderStream"},
    {2, "stream/web", "TextDecoderStream"},
    {2, "internal/fetch", "Headers"},
    {2, "internal/fetch", "Request"},
    {2, "internal/fetch", "Response"},
    {2, "internal/fetch", "FormData"},
    {2, "internal/messaging", "MessageChannel"},
    {2, "internal/messaging", "MessagePort"},
    {2, "internal/messaging", "MessageEvent"},
    {2, "internal/messaging", "BroadcastChannel"},
};
constexpr size_t kModuleGlobalCount = sizeof(kModuleGlobals) / sizeof(kModuleGlobals[0]);

struct ModuleGlobals {
  JSObjectRef load = nullptr;    // (id, name, enumerable) -> value (protected)
  JSObjectRef define = nullptr;  // (name, value, enumerable) (protected)
  JSObjectRef accessors[kModuleGlobalCount] = {};
};
ModuleGlobals g_globals;

// Getter: load(id, name, enumerable); setter: define(name, value, enumerable).
JSValueRef module_global_accessor(JSContextRef ctx, JSObjectRef fn, JSObjectRef, size_t argc, const JSValueRef argv[],
                                  JSValueRef* exception) {
  int i = index_of(g_globals.accessors, fn);
  if (i < 0) return JSValueMakeUndefined(ctx);
  const ModuleGlobal& g = kModuleGlobals[i];
  JSValueRef enumerable = JSValueMakeBoolean(ctx, g.group < 2);
  if (argc == 0) {
    JSValueRef args[] = {js::make_string(ctx, g.id), js::make_string(ctx, g.name), enumerable};
    return or_undefined(ctx, JSObjectCallAsFunction(ctx, g_globals.load, nullptr, 3, args, exception));
  }
  JSValueRef args[] = {js::make_string(ctx, g.name), argv[0], enumerable};
  JSObjectCallAsFunction(ctx, g_globals.define, nullptr, 3, args, exception);
  return JSValueMakeUndefined(ctx);
}

// The accessors of one group's globals, in table order.
bool define_module_group(JSContextRef ctx, int group, JSValueRef* exception) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  AccessorDefiner definer(ctx, group < 2);
  for (size_t i = 0; i < kModuleGlobalCount; i++) {
    if (kModuleGlobals[i].group != group) continue;
    if (!definer.define(global, js::make_string(ctx, kModuleGlobals[i].name), module_global_accessor,
                        &g_globals.accessors[i], exception))
      return false;
  }
  return true;
}

// globalThis[name] = value as data property: writable and configurable,
// enumerable or not.
void define_global(JSContextRef ctx, const char* name, JSValueRef value, bool enumerable) {
  js::String key = js::String::latin1(name);
  JSObjectSetProperty(ctx, JSContextGetGlobalObject(ctx), key.get(), value,
                      enumerable ? kJSPropertyAttributeNone : kJSPropertyAttributeDontEnum, nullptr);
}

// defineGlobals(load, define, queueMicrotask, process, console, gc): the
// globals the bootstrap adds, in Node's order (Object.keys(globalThis)
// shows it): the enumerable ones (global, the timer functions, ...), the
// tag, then the others; gc only when given (--expose-gc).
JSValueRef define_globals(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (g_globals.load != nullptr || !args.is_function(0) || !args.is_function(1) || argc < 5)
    return js::throw_type_error(ctx, exception, "defineGlobals(load, define, queueMicrotask, process, console) is called once");
  g_globals.load = args.object(0);
  g_globals.define = args.object(1);
  JSValueProtect(ctx, g_globals.load);
  JSValueProtect(ctx, g_globals.define);
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  define_global(ctx, "global", global, true);
  if (!define_module_group(ctx, 0, exception)) return nullptr;
  define_global(ctx, "queueMicrotask", argv[2], true);
  if (!define_module_group(ctx, 1, exception)) return nullptr;
  JSObjectRef symbol = js::as_object(js::get(ctx, global, "Symbol"));
  JSObjectSetPropertyForKey(ctx, global, js::get(ctx, symbol, "toStringTag"), js::make_string(ctx, "global"),
                            kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum, exception);
  if (*exception) return nullptr;
  define_global(ctx, "process", argv[3], false);
  define_global(ctx, "console", argv[4], false);
  if (!define_module_group(ctx, 2, exception)) return nullptr;
  if (argc > 5 && !JSValueIsUndefined(ctx, argv[5])) define_global(ctx, "gc", argv[5], false);
  return JSValueMakeUndefined(ctx);
}

// isModuleGlobal(name): whether `name` is one of the globals above (util
// tells Jolt's JS classes from the engine's with it).
JSValueRef is_module_global(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                            JSValueRef*) {
  if (argc == 0 || !JSValueIsString(ctx, argv[0])) return JSValueMakeBoolean(ctx, false);
  std::string name = js::to_utf8(ctx, argv[0]);
  for (const ModuleGlobal& g : kModuleGlobals)
    if (name == g.name) return JSValueMakeBoolean(ctx, true);
  return JSValueMakeBoolean(ctx, false);
}

}  // namespace

void register_lazy_globals(JSContextRef ctx, JSObjectRef binding) {
  js::set_method(ctx, binding, "defineErrorAccessors", define_error_accessors);
  js::set_method(ctx, binding, "defineGlobals", define_globals);
  js::set_method(ctx, binding, "isModuleGlobal", is_module_global);
}

}  // namespace jolt
