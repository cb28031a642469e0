// internalBinding('contextify'): compiling user code. CommonJS modules are
// wrapped in Node's function header on their first line, so line numbers in
// stacks are the file's own (only columns on line 1 shift; the error
// formatter knows the header's length).
//
// It also makes the contexts of node:vm: a context is a second JSC global
// object in the main context's group (so objects pass freely between them)
// whose class forwards global property access to the "sandbox" object the
// program contextified (see the ContextState comment).
#include <cstdio>
#include <string>
#include <vector>

#include "../builtins.h"
#include "../runtime.h"
#include "exception.h"
#include "jsc_extra.h"
#include "registry.h"
#include "js_string.h"
#include "value.h"
#include "line_one_shift.h"
#include "contextify_compile.h"

namespace jolt {

namespace {

constexpr char16_t kWrapperHead[] = u"(function (exports, require, module, __filename, __dirname) { ";
constexpr char16_t kWrapperTail[] = u"\n})";

// The script text as UTF-16 with a leading "#!" line turned into a comment.
std::u16string source_text(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  js::String s = js::String::from_value(ctx, v, exception);
  if (!s) return {};
  std::u16string text(s.chars(), s.length());
  if (text.size() >= 2 && text[0] == u'#' && text[1] == u'!') {
    text[0] = u'/';
    text[1] = u'/';
  }
  return text;
}

// The (source, filename) arguments every entry point takes, as JSC strings;
// `wrap` puts the CommonJS function header around the source.
bool script_args(JSContextRef ctx, size_t argc, const JSValueRef argv[], bool wrap, js::String& script,
                 js::String& filename, JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::u16string body = source_text(ctx, args[0], exception);
  if (*exception) return false;
  filename = js::String::from_value(ctx, args[1], exception);
  if (*exception) return false;
  if (wrap) body = kWrapperHead + body + kWrapperTail;
  script = js::String::utf16(body.data(), body.size());
  return true;
}

// compileFunction(source, filename) -> the module wrapper function.
JSValueRef compile_function(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception) {
  js::String script, filename;
  if (!script_args(ctx, argc, argv, true, script, filename, exception)) return nullptr;
  js::Args args{ctx, argc, argv};
  if (args.is_string(1)) line_one_shifts()[args.utf8(1)] = sizeof(kWrapperHead) / sizeof(char16_t) - 1;
  return JSEvaluateScript(ctx, script.get(), nullptr, filename.get(), 1, exception);
}

}  // namespace

JSValueRef compile_module_wrapper(JSContextRef ctx, JSValueRef source, JSValueRef filename, JSValueRef* exception) {
  JSValueRef args[] = {source, filename};
  return compile_function(ctx, nullptr, nullptr, 2, args, exception);
}

namespace {

// lineOneShift(filename) -> columns a line-1 stack frame of that file must
// lose (0 for a file compiled without a header).
JSValueRef line_one_shift(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return JSValueMakeNumber(ctx, 0);
  auto it = line_one_shifts().find(args.utf8(0));
  return JSValueMakeNumber(ctx, it == line_one_shifts().end() ? 0 : it->second);
}

// runInThisContext(source, filename) -> the completion value of the script.
JSValueRef run_in_this_context(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                               JSValueRef* exception) {
  js::String script, filename;
  if (!script_args(ctx, argc, argv, false, script, filename, exception)) return nullptr;
  return JSEvaluateScript(ctx, script.get(), nullptr, filename.get(), 1, exception);
}

// checkSyntax(source, filename): throws the SyntaxError, if any, without running.
JSValueRef check_syntax(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef* exception) {
  js::String script, filename;
  if (!script_args(ctx, argc, argv, true, script, filename, exception)) return nullptr;
  JSCheckScriptSyntax(ctx, script.get(), filename.get(), 1, exception);
  return JSValueMakeUndefined(ctx);
}

// ---- node:vm contexts ---------------------------------------------------------

// A context's global object has the ContextGlobal class. Its callbacks run
// before the global's own properties are looked at, so:
// - reads of a global name give the sandbox's property when the sandbox has
//   one (builtins of the context otherwise);
// - writes (assignments, var and function declarations) land on the
//   sandbox. JSC keeps declared `var`/function bindings on the global object
//   itself and reads them from there without asking the class, so a write
//   to a name the global also has is stored on both (`mirrored`), and
//   evaluate() copies the sandbox's current values of those names onto the
//   global before running code (the sandbox may have changed meanwhile).
// While `bypass` is set the callbacks step aside, to reach the real global.
struct ContextState {
  JSObjectRef sandbox = nullptr;  // kept alive by a private property of the global
  bool bypass = false;
  std::vector<js::String> mirrored;
};

ContextState* state_of(JSObjectRef global) { return static_cast<ContextState*>(JSObjectGetPrivate(global)); }

class Bypass {
 public:
  explicit Bypass(ContextState* s) : s_(s), was_(s->bypass) { s->bypass = true; }
  ~Bypass() { s_->bypass = was_; }
  Bypass(const Bypass&) = delete;
  Bypass& operator=(const Bypass&) = delete;

 private:
  ContextState* s_;
  bool was_;
};

// The state of `v` if it is the global object of a contextified context.
ContextState* checked_state_of(JSContextRef ctx, JSValueRef v);

bool forwards(ContextState* s) { return s != nullptr && s->sandbox != nullptr && !s->bypass; }

JSValueRef global_get(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef* exception) {
  ContextState* s = state_of(object);
  if (!forwards(s) || !JSObjectHasProperty(ctx, s->sandbox, name)) return nullptr;
  return JSObjectGetProperty(ctx, s->sandbox, name, exception);
}

bool global_set(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef value, JSValueRef* exception) {
  ContextState* s = state_of(object);
  if (!forwards(s)) return false;
  JSObjectSetProperty(ctx, s->sandbox, name, value, kJSPropertyAttributeNone, exception);
  if (*exception) return true;
  Bypass bypass(s);
  if (!JSObjectHasProperty(ctx, object, name)) return true;
  // A binding of the global itself: store it there too (returning false
  // lets JSC do the ordinary write).
  bool known = false;
  for (const js::String& m : s->mirrored) known = known || JSStringIsEqual(m.get(), name);
  if (!known) s->mirrored.push_back(js::String::adopt(JSStringRetain(name)));
  return false;
}

bool global_delete(JSContextRef ctx, JSObjectRef object, JSStringRef name, JSValueRef* exception) {
  ContextState* s = state_of(object);
  if (!forwards(s)) return false;
  JSObjectDeleteProperty(ctx, s->sandbox, name, exception);
  return *exception != nullptr;  // false: the global's own property goes too
}

void global_names(JSContextRef ctx, JSObjectRef object, JSPropertyNameAccumulatorRef names) {
  ContextState* s = state_of(object);
  if (!forwards(s)) return;
  JSPropertyNameArrayRef list = JSObjectCopyPropertyNames(ctx, s->sandbox);
  size_t n = JSPropertyNameArrayGetCount(list);
  for (size_t i = 0; i < n; i++) JSPropertyNameAccumulatorAddName(names, JSPropertyNameArrayGetNameAtIndex(list, i));
  JSPropertyNameArrayRelease(list);
}

void global_finalize(JSObjectRef object) { delete state_of(object); }

JSClassRef context_global_class() {
  static JSClassRef cls = [] {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Object";
    def.getProperty = global_get;
    def.setProperty = global_set;
    def.deleteProperty = global_delete;
    def.getPropertyNames = global_names;
    def.finalize = global_finalize;
    return JSClassCreate(&def);
  }();
  return cls;
}

ContextState* checked_state_of(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObjectOfClass(ctx, v, context_global_class())) return nullptr;
  return state_of(js::as_object(v));
}

// True when `v` is the global object of its own realm (of any context).
bool is_global_object(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return false;
  JSGlobalContextRef realm = JSObjectGetGlobalContext(js::as_object(v));
  return realm != nullptr && JSValueIsStrictEqual(ctx, JSContextGetGlobalObject(realm), v);
}

// Copies the sandbox's values of the mirrored names onto the global.
void sync_mirrored(JSContextRef ctx, JSObjectRef global, ContextState* s) {
  if (!forwards(s) || s->mirrored.empty()) return;
  Bypass bypass(s);
  for (const js::String& name : s->mirrored) {
    if (JSObjectHasProperty(ctx, s->sandbox, name.get())) {
      JSValueRef v = JSObjectGetProperty(ctx, s->sandbox, name.get(), nullptr);
      if (v) JSObjectSetProperty(ctx, global, name.get(), v, kJSPropertyAttributeNone, nullptr);
    } else {
      JSObjectDeleteProperty(ctx, global, name.get(), nullptr);
    }
  }
}

// After a run: JSC stores to a name that is already a binding of the global
// (a `var` redeclared by a later script) without asking the class, so the
// global's newer values of the mirrored names are copied to the sandbox.
void sync_back(JSContextRef ctx, JSObjectRef global, ContextState* s) {
  if (!forwards(s) || s->mirrored.empty()) return;
  Bypass bypass(s);
  for (const js::String& name : s->mirrored) {
    if (!JSObjectHasProperty(ctx, global, name.get())) continue;
    JSValueRef v = JSObjectGetProperty(ctx, global, name.get(), nullptr);
    JSValueRef old = JSObjectGetProperty(ctx, s->sandbox, name.get(), nullptr);
    if (v && !(old && JSValueIsStrictEqual(ctx, v, old)))
      JSObjectSetProperty(ctx, s->sandbox, name.get(), v, kJSPropertyAttributeNone, nullptr);
  }
}

// makeContext(sandbox, name) -> the new context's global object. Without a
// sandbox (vm.constants.DONT_CONTEXTIFY) the global is an ordinary one.
JSValueRef make_context(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  bool contextify = args.is_object(0);
  JSGlobalContextRef context =
      JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), contextify ? context_global_class() : nullptr);
  JSObjectRef global = JSContextGetGlobalObject(context);
  if (contextify) {
    auto* state = new ContextState();
    if (!JSObjectSetPrivate(global, state)) {
      delete state;
      JSGlobalContextRelease(context);
      return js::throw_error(ctx, exception, js::ErrorType::Error, "cannot create a vm context");
    }
    js::PropertyName key("sandbox");
    JSObjectSetPrivateProperty(ctx, global, key.get(), args[0]);
    state->sandbox = args.object(0);
  }
  if (args.is_string(1)) {
    js::String name = js::String::from_value(ctx, args[1], nullptr);
    JSGlobalContextSetName(context, name.get());
  }
  // The global object keeps what it needs; JS keeps the global.
  JSValueRef result = global;
  JSGlobalContextRelease(context);
  return result;
}

// A vm script's timeout: JSC's watchdog ends the script once the CPU time
// passes the limit. Its termination cannot be caught by JS (see vm.js).
bool g_timed_out = false;
bool should_terminate(JSContextRef, void*) {
  g_timed_out = true;
  return true;
}

// evaluate(global | undefined, source, filename, lineOffset, columnOffset,
// timeoutMs) -> the completion value of the script run in that context (the
// caller's when undefined).
JSValueRef evaluate(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                    JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  JSContextRef target = ctx;
  if (args.is_object(0)) {
    if (!is_global_object(ctx, args[0])) return js::throw_type_error(ctx, exception, "evaluate: not a vm context");
    target = JSObjectGetGlobalContext(args.object(0));
    sync_mirrored(target, args.object(0), checked_state_of(ctx, args[0]));
  }
  js::String script, filename;
  if (argc < 3) return js::throw_type_error(ctx, exception, "evaluate: missing arguments");
  if (!script_args(ctx, argc - 1, argv + 1, false, script, filename, exception)) return nullptr;
  double line_offset = args.is_number(3) ? args.number(3) : 0;
  double column_offset = args.is_number(4) ? args.number(4) : 0;
  if (column_offset >= 1 && column_offset < 1e6) {
    // JSC takes no column offset: shift the first line instead.
    std::u16string text(static_cast<size_t>(column_offset), u' ');
    text.append(script.chars(), script.length());
    script = js::String::utf16(text.data(), text.size());
  }
  int first_line = 1;
  if (line_offset > 0 && line_offset < 2e9) first_line += static_cast<int>(line_offset);
  double timeout_ms = args.is_number(5) ? args.number(5) : 0;
  JSContextGroupRef group = JSContextGetGroup(ctx);
  if (timeout_ms > 0) {
    g_timed_out = false;
    JSContextGroupSetExecutionTimeLimit(group, timeout_ms / 1000.0, should_terminate, nullptr);
  }
  JSValueRef result = JSEvaluateScript(target, script.get(), nullptr, filename.get(), first_line, exception);
  if (timeout_ms > 0) {
    JSContextGroupClearExecutionTimeLimit(group);
    if (g_timed_out && *exception) {
      std::string message = "Script execution timed out after " + js::to_utf8(ctx, args[5]) + "ms";
      // JSC does not let a terminated script's caller go on: the rest of
      // this turn would be ended too, and no JS can run any more to report
      // it. So the timeout is reported here, as an uncaught error is.
      std::fprintf(stderr,
                   "Uncaught Error [ERR_SCRIPT_EXECUTION_TIMEOUT]: %s\n"
                   "(Jolt cannot resume a program after a vm timeout, so it exits)\n",
                   message.c_str());
      Runtime::current().exit_now(1);
    }
  }
  if (args.is_object(0)) sync_back(target, args.object(0), checked_state_of(ctx, args[0]));
  return result;
}

// checkScript(source, filename, lineOffset): throws the script's
// SyntaxError, if any, without running it.
JSValueRef check_script(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef* exception) {
  js::String script, filename;
  if (!script_args(ctx, argc, argv, false, script, filename, exception)) return nullptr;
  js::Args args{ctx, argc, argv};
  double line_offset = args.is_number(2) ? args.number(2) : 0;
  int first_line = 1;
  if (line_offset > 0 && line_offset < 2e9) first_line += static_cast<int>(line_offset);
  JSCheckScriptSyntax(ctx, script.get(), filename.get(), first_line, exception);
  return JSValueMakeUndefined(ctx);
}

// compileBuiltinIn(global, id) -> the module function of stdlib module
// `id` compiled in that context (its globals are the context's).
JSValueRef compile_builtin_in(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                              JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0) || !args.is_string(1))
    return js::throw_type_error(ctx, exception, "compileBuiltinIn(global, id)");
  if (!is_global_object(ctx, args[0])) return js::throw_type_error(ctx, exception, "compileBuiltinIn: not a context");
  return compile_builtin(JSObjectGetGlobalContext(args.object(0)), args.utf8(1), exception);
}

// runBypassed(global, fn) -> fn(), with the context's global properties
// seen and set as they are, not through the sandbox.
JSValueRef run_bypassed(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0) || !args.is_function(1))
    return js::throw_type_error(ctx, exception, "runBypassed(global, fn)");
  ContextState* s = checked_state_of(ctx, args[0]);
  if (s == nullptr) return JSObjectCallAsFunction(ctx, args.object(1), nullptr, 0, nullptr, exception);
  Bypass bypass(s);
  return JSObjectCallAsFunction(ctx, args.object(1), nullptr, 0, nullptr, exception);
}

}  // namespace

JSObjectRef init_contextify_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "compileFunction", compile_function);
  js::set_method(ctx, b, "runInThisContext", run_in_this_context);
  js::set_method(ctx, b, "checkSyntax", check_syntax);
  js::set_method(ctx, b, "makeContext", make_context);
  js::set_method(ctx, b, "evaluate", evaluate);
  js::set_method(ctx, b, "checkScript", check_script);
  js::set_method(ctx, b, "compileBuiltinIn", compile_builtin_in);
  js::set_method(ctx, b, "runBypassed", run_bypassed);
  js::set_method(ctx, b, "lineOneShift", line_one_shift);
  js::set(ctx, b, "wrapperHeadLength", static_cast<double>(sizeof(kWrapperHead) / sizeof(char16_t) - 1));
  return b;
}

}  // namespace jolt
