// process_methods.createConsoleFacade / consoleBuilt: the global console's
// facade (set up by internal/bootstrap/node; internal/bootstrap/console
// builds the real console onto it). On process_methods, which start-up
// makes anyway, rather than on the stdio binding, whose making costs
// start-up more and which a program that only logs strings never needs.
#include <string>
#include <utility>

#include "exception.h"
#include "js_string.h"
#include "stdio_binding.h"
#include "value.h"

namespace jolt {

namespace {

// The facade's methods are native: a call whose arguments are strings with
// nothing to format, made before the real console is built and before
// process.stdout (or stderr) is touched, is written here, with no JS
// compiled or run; any other call goes to the JS `call(name, fd, args, err)`
// it was made with. Native methods also cost start-up less than 24 JS
// closures in an object literal.

struct ConsoleMethod {
  const char* name;
  int fd;  // where its plain text goes; 0: never written here
};
constexpr ConsoleMethod kConsoleMethods[] = {
    {"log", 1}, {"info", 1}, {"debug", 1}, {"warn", 2}, {"error", 2}, {"dir", 0}, {"time", 0}, {"timeEnd", 0},
    {"timeLog", 0}, {"trace", 0}, {"assert", 0}, {"clear", 0}, {"count", 0}, {"countReset", 0}, {"group", 0},
    {"groupEnd", 0}, {"table", 0}, {"dirxml", 0}, {"groupCollapsed", 0}, {"profile", 0}, {"profileEnd", 0},
    {"timeStamp", 0}, {"context", 0}, {"createTask", 0},
};
constexpr size_t kConsoleMethodCount = sizeof(kConsoleMethods) / sizeof(kConsoleMethods[0]);

struct ConsoleFacade {
  JSObjectRef call = nullptr;          // the JS slow path (protected)
  JSObjectRef materialized = nullptr;  // [, stdout touched, stderr touched] (protected)
  bool built = false;                  // the real console has replaced the facade's methods
};
// One runtime per process (Runtime::current()), so one global console.
ConsoleFacade g_console;

// The text a call prints when it needs no formatting (no arguments, one
// string, or strings without a % in the first), as util.format would;
// false when it needs more.
bool plain_text(JSContextRef ctx, size_t argc, const JSValueRef argv[], std::string& out) {
  if (argc == 0) return true;
  for (size_t i = 0; i < argc; i++)
    if (!JSValueIsString(ctx, argv[i])) return false;
  out = js::to_utf8(ctx, argv[0]);
  if (argc == 1) return true;
  if (out.find('%') != std::string::npos) return false;
  for (size_t i = 1; i < argc; i++) {
    out += ' ';
    out += js::to_utf8(ctx, argv[i]);
  }
  return true;
}

JSValueRef console_slow_call(JSContextRef ctx, size_t index, size_t argc, const JSValueRef argv[], JSValueRef error,
                             JSValueRef* exception) {
  if (!g_console.call) return JSValueMakeUndefined(ctx);
  JSValueRef call_args[] = {js::make_string(ctx, kConsoleMethods[index].name),
                            JSValueMakeNumber(ctx, kConsoleMethods[index].fd), js::make_array(ctx, argc, argv),
                            error ? error : JSValueMakeUndefined(ctx)};
  JSValueRef result = JSObjectCallAsFunction(ctx, g_console.call, nullptr, 4, call_args, exception);
  return result ? result : JSValueMakeUndefined(ctx);
}

template <size_t I>
JSValueRef console_method(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  constexpr int fd = kConsoleMethods[I].fd;
  if (fd != 0 && !g_console.built && g_console.materialized &&
      !JSValueToBoolean(ctx, JSObjectGetPropertyAtIndex(ctx, g_console.materialized, fd, nullptr))) {
    std::string text;
    if (plain_text(ctx, argc, argv, text)) {
      text += '\n';
      int err = stdio_write_all(fd, text.data(), text.size());
      if (err == 0) return JSValueMakeUndefined(ctx);
      // As in node, the stream reports it (EPIPE: an 'error' event).
      return console_slow_call(ctx, I, argc, argv, js::make_system_error(ctx, err, "write"), exception);
    }
  }
  return console_slow_call(ctx, I, argc, argv, nullptr, exception);
}

// Writable, enumerable and configurable, as methods of an object literal.
template <size_t I>
void set_console_method(JSContextRef ctx, JSObjectRef facade) {
  js::String name = js::String::latin1(kConsoleMethods[I].name);
  JSObjectSetProperty(ctx, facade, name.get(), JSObjectMakeFunctionWithCallback(ctx, name.get(), console_method<I>),
                      kJSPropertyAttributeNone, nullptr);
}

template <size_t... I>
void set_console_methods(JSContextRef ctx, JSObjectRef facade, std::index_sequence<I...>) {
  (set_console_method<I>(ctx, facade), ...);
}

// createConsoleFacade(call, materialized, trace, consoleAccessors): the
// facade, an object whose prototype is an empty object, with the methods in
// the order node's global console lists them, trace being the JS one given
// (it prints the stack from its caller down: a JS method, whose tail call
// leaves no frame, where a native one would stay on the stack it prints);
// then Console, an accessor with the get and set of consoleAccessors, and
// the tag.
JSValueRef create_console_facade(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                 JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0) || !args.is_object(1) || !args.is_function(2) || !args.is_object(3) || g_console.call)
    return js::throw_type_error(ctx, exception,
                                "createConsoleFacade(call, materialized, trace, consoleAccessors) is called once");
  g_console.call = args.object(0);
  g_console.materialized = args.object(1);
  JSValueProtect(ctx, g_console.call);
  JSValueProtect(ctx, g_console.materialized);
  JSObjectRef facade = js::make_object(ctx);
  JSObjectSetPrototype(ctx, facade, js::make_object(ctx));
  set_console_methods(ctx, facade, std::make_index_sequence<kConsoleMethodCount>());
  js::set(ctx, facade, "trace", argv[2]);
  JSObjectRef accessors = args.object(3);
  if (!js::define_accessor(ctx, facade, js::make_string(ctx, "Console"), js::get(ctx, accessors, "get"),
                           js::get(ctx, accessors, "set"), false, true, exception))
    return nullptr;
  JSObjectRef symbol = js::as_object(js::get(ctx, JSContextGetGlobalObject(ctx), "Symbol"));
  JSObjectSetPropertyForKey(ctx, facade, js::get(ctx, symbol, "toStringTag"), js::make_string(ctx, "console"),
                            kJSPropertyAttributeReadOnly | kJSPropertyAttributeDontEnum, exception);
  if (*exception) return nullptr;
  return facade;
}

// consoleBuilt(): the real console now backs the facade; methods taken
// from the facade before that go to JS for every call.
JSValueRef console_built(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  g_console.built = true;
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_console_facade(JSContextRef ctx, JSObjectRef binding) {
  js::set_method(ctx, binding, "createConsoleFacade", create_console_facade);
  js::set_method(ctx, binding, "consoleBuilt", console_built);
}

}  // namespace jolt
