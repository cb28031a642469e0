// process_methods.buildProcess(process, values, lazy, forward, emitterStub):
// makes process's prototype and puts process's own properties in place, in
// Node's order, from the tables below. internal/bootstrap/node makes the
// JS functions among them (values, in table order) and gives the helpers
// for lazy, forwarding and EventEmitter properties.
// Done natively because start-up pays ~10K instructions for each statement
// of JS that runs once (parsed, compiled, and its first run through the
// interpreter's slow paths), against ~2K for a property set from here.
#include <iterator>
#include <string>

#include "exception.h"
#include "js_string.h"
#include "value.h"

namespace jolt {

namespace {

enum class Kind {
  kTag,        // [Symbol.toStringTag]: 'process' (not writable, not enumerable)
  kFacts,      // process_methods.setProcessFacts(process, group)
  kLazy,       // lazy(process, name, id, make[, fd])
  kAccessor,   // get and set: those of the next value; enumerable, not configurable
  kValue,      // the next value
  kBinding,    // process_methods[name]
  kForward,    // forward(id, name)
  kFalse,
  kNumber,
  kNull,
};

struct Entry {
  Kind kind;
  const char* name = nullptr;
  const char* id = nullptr;    // kLazy, kForward: module; kBinding: binding method; kValue: the
                               // binding method set as the value's `extra` property
  const char* make = nullptr;  // kLazy: export to call; kValue: name of that property
  int number = -1;             // kFacts: group; kLazy: fd (or -1); kNumber: value
};

// EventEmitter methods, on process's prototype until node:events is first
// loaded (see internal/bootstrap/node).
constexpr const char* kEmitterMethods[] = {
    "on",   "addListener", "once",      "prependListener", "prependOnceListener", "off",
    "removeListener", "removeAllListeners", "emit", "listeners", "rawListeners", "listenerCount",
    "eventNames", "setMaxListeners", "getMaxListeners",
};

constexpr const char* kCredentials = "internal/process/credentials";
constexpr const char* kExtras = "internal/process/extras";

constexpr Entry kProcessEntries[] = {
    {Kind::kTag},
    // title, version, versions, arch, platform, release, argv, execArgv,
    // execPath, argv0, pid, ppid
    {Kind::kFacts, nullptr, nullptr, nullptr, 0},
    {Kind::kLazy, "env", "internal/process/env", "createEnv"},
    // config, features, moduleLoadList, _exiting and the deprecation flags
    {Kind::kFacts, nullptr, nullptr, nullptr, 1},
    {Kind::kAccessor, "exitCode"},
    {Kind::kValue, "exit"},
    {Kind::kBinding, "reallyExit", "reallyExit"},
    {Kind::kValue, "abort"},
    {Kind::kBinding, "cwd", "cwd"},
    {Kind::kValue, "chdir"},
    {Kind::kValue, "umask"},
    {Kind::kValue, "hrtime", "hrtimeBigint", "bigint"},
    {Kind::kValue, "memoryUsage", "rss", "rss"},
    {Kind::kValue, "cpuUsage"},
    {Kind::kValue, "uptime"},
    {Kind::kValue, "kill"},
    {Kind::kValue, "nextTick"},
    {Kind::kValue, "emitWarning"},
    // Rarely used methods: stubs that load their module on the first call.
    {Kind::kForward, "getuid", kCredentials},
    {Kind::kForward, "geteuid", kCredentials},
    {Kind::kForward, "getgid", kCredentials},
    {Kind::kForward, "getegid", kCredentials},
    {Kind::kForward, "getgroups", kCredentials},
    {Kind::kForward, "setuid", kCredentials},
    {Kind::kForward, "seteuid", kCredentials},
    {Kind::kForward, "setgid", kCredentials},
    {Kind::kForward, "setegid", kCredentials},
    {Kind::kForward, "setgroups", kCredentials},
    {Kind::kForward, "initgroups", kCredentials},
    {Kind::kForward, "resourceUsage", kCredentials},
    {Kind::kForward, "threadCpuUsage", kCredentials},
    {Kind::kForward, "getBuiltinModule", kExtras},
    {Kind::kForward, "loadEnvFile", kExtras},
    {Kind::kForward, "setUncaughtExceptionCaptureCallback", kExtras},
    {Kind::kForward, "hasUncaughtExceptionCaptureCallback", kExtras},
    {Kind::kForward, "_rawDebug", kExtras},
    {Kind::kForward, "ref", kExtras},
    {Kind::kForward, "unref", kExtras},
    {Kind::kForward, "setSourceMapsEnabled", kExtras},
    {Kind::kForward, "openStdin", kExtras},
    {Kind::kForward, "dlopen", kExtras},
    {Kind::kForward, "binding", kExtras},
    {Kind::kForward, "constrainedMemory", kExtras},
    {Kind::kForward, "availableMemory", kExtras},
    {Kind::kLazy, "allowedNodeEnvironmentFlags", kExtras, "allowedNodeEnvironmentFlags"},
    {Kind::kLazy, "finalization", kExtras, "getFinalization"},
    {Kind::kFalse, "sourceMapsEnabled"},  // setSourceMapsEnabled() rewrites it
    {Kind::kNumber, "debugPort", nullptr, nullptr, 9229},
    {Kind::kNull, "domain"},
    // The standard streams, created on first use.
    {Kind::kLazy, "stdout", "internal/process/stdio", "getStdout", 1},
    {Kind::kLazy, "stderr", "internal/process/stdio", "getStderr", 2},
    {Kind::kLazy, "stdin", "internal/process/stdio", "getStdin"},
};

// Calls fn(args...) and reports whether it returned normally.
bool call(JSContextRef ctx, JSObjectRef fn, size_t argc, const JSValueRef argv[], JSValueRef* exception) {
  JSObjectCallAsFunction(ctx, fn, nullptr, argc, argv, exception);
  return *exception == nullptr;
}

// A data property as an assignment makes it (writable, enumerable,
// configurable).
void set_plain(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef value) {
  js::String key = js::String::latin1(name);
  JSObjectSetProperty(ctx, obj, key.get(), value, kJSPropertyAttributeNone, nullptr);
}

// The prototype: `constructor` (not enumerable) is the first value (a
// function named process, whose prototype it becomes, so util.inspect
// names process `process`), then the EventEmitter stubs, plain
// (enumerable) properties as EventEmitter.prototype's methods are, which
// take their place.
JSObjectRef make_prototype(JSContextRef ctx, JSValueRef constructor, JSObjectRef emitter_stub, JSValueRef* exception) {
  JSObjectRef proto = js::make_object(ctx);
  // Without a prototype while `constructor` is defined: JSObjectSetProperty
  // only applies attributes to a property found nowhere on the chain.
  JSValueRef object_prototype = JSObjectGetPrototype(ctx, proto);
  JSObjectSetPrototype(ctx, proto, JSValueMakeNull(ctx));
  js::set(ctx, proto, "constructor", constructor, kJSPropertyAttributeDontEnum);
  JSObjectSetPrototype(ctx, proto, object_prototype);
  if (JSValueIsObject(ctx, constructor)) set_plain(ctx, js::as_object(constructor), "prototype", proto);
  for (const char* name : kEmitterMethods) {
    JSValueRef arg = js::make_string(ctx, name);
    JSValueRef stub = JSObjectCallAsFunction(ctx, emitter_stub, nullptr, 1, &arg, exception);
    if (*exception) return nullptr;
    set_plain(ctx, proto, name, stub);
  }
  return proto;
}

JSValueRef build_process(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                         JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (self == nullptr || !args.is_object(0) || !args.is_object(1) || !args.is_function(2) || !args.is_function(3) ||
      !args.is_function(4))
    return js::throw_type_error(ctx, exception, "buildProcess(process, values, lazy, forward, emitterStub)");
  JSObjectRef process = args.object(0);
  JSObjectRef values = args.object(1);
  JSObjectRef lazy = args.object(2);
  JSObjectRef forward = args.object(3);
  unsigned next = 0;  // the next of `values`
  auto take = [&]() { return JSObjectGetPropertyAtIndex(ctx, values, next++, nullptr); };
  JSObjectRef proto = make_prototype(ctx, take(), args.object(4), exception);
  if (proto == nullptr) return nullptr;
  JSObjectSetPrototype(ctx, process, proto);
  for (const Entry& e : kProcessEntries) {
    switch (e.kind) {
      case Kind::kTag: {
        JSObjectRef symbol = js::as_object(js::get(ctx, JSContextGetGlobalObject(ctx), "Symbol"));
        JSObjectSetPropertyForKey(ctx, process, js::get(ctx, symbol, "toStringTag"), js::make_string(ctx, "process"),
                                  kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum, exception);
        if (*exception) return nullptr;
        break;
      }
      case Kind::kFacts: {
        JSValueRef facts_args[] = {process, JSValueMakeNumber(ctx, e.number)};
        if (!call(ctx, js::as_object(js::get(ctx, self, "setProcessFacts")), 2, facts_args, exception))
          return nullptr;
        break;
      }
      case Kind::kLazy: {
        JSValueRef lazy_args[] = {process, js::make_string(ctx, e.name), js::make_string(ctx, e.id),
                                  js::make_string(ctx, e.make),
                                  e.number < 0 ? JSValueMakeUndefined(ctx) : JSValueMakeNumber(ctx, e.number)};
        if (!call(ctx, lazy, 5, lazy_args, exception)) return nullptr;
        break;
      }
      case Kind::kAccessor: {
        JSValueRef pair = take();
        if (!JSValueIsObject(ctx, pair)) return js::throw_type_error(ctx, exception, "buildProcess: no accessor pair");
        if (!js::define_accessor(ctx, process, js::make_string(ctx, e.name), js::get(ctx, js::as_object(pair), "get"),
                                 js::get(ctx, js::as_object(pair), "set"), true, false, exception))
          return nullptr;
        break;
      }
      case Kind::kValue: {
        JSValueRef value = take();
        if (e.id != nullptr && JSValueIsObject(ctx, value))
          set_plain(ctx, js::as_object(value), e.make, js::get(ctx, self, e.id));
        set_plain(ctx, process, e.name, value);
        break;
      }
      case Kind::kBinding:
        set_plain(ctx, process, e.name, js::get(ctx, self, e.id));
        break;
      case Kind::kForward: {
        JSValueRef forward_args[] = {js::make_string(ctx, e.id), js::make_string(ctx, e.name)};
        JSValueRef stub = JSObjectCallAsFunction(ctx, forward, nullptr, 2, forward_args, exception);
        if (*exception) return nullptr;
        set_plain(ctx, process, e.name, stub);
        break;
      }
      case Kind::kFalse:
        set_plain(ctx, process, e.name, JSValueMakeBoolean(ctx, false));
        break;
      case Kind::kNumber:
        set_plain(ctx, process, e.name, JSValueMakeNumber(ctx, e.number));
        break;
      case Kind::kNull:
        set_plain(ctx, process, e.name, JSValueMakeNull(ctx));
        break;
    }
  }
  return proto;
}

// emitterMethodNames(): the names of the EventEmitter stubs.
JSValueRef emitter_method_names(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  JSValueRef names[std::size(kEmitterMethods)];
  for (size_t i = 0; i < std::size(kEmitterMethods); i++) names[i] = js::make_string(ctx, kEmitterMethods[i]);
  return js::make_array(ctx, std::size(kEmitterMethods), names);
}

}  // namespace

void register_process_object(JSContextRef ctx, JSObjectRef binding) {
  js::set_method(ctx, binding, "buildProcess", build_process);
  js::set_method(ctx, binding, "emitterMethodNames", emitter_method_names);
}

}  // namespace jolt
