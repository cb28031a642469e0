// internalBinding('contextify'): compiling user code. CommonJS modules are
// wrapped in Node's function header on their first line, so line numbers in
// stacks are the file's own (only columns on line 1 shift; the error
// formatter knows the header's length).
#include <string>

#include "../runtime.h"
#include "exception.h"
#include "registry.h"
#include "js_string.h"
#include "value.h"

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
  return JSEvaluateScript(ctx, script.get(), nullptr, filename.get(), 1, exception);
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

}  // namespace

JSObjectRef init_contextify_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "compileFunction", compile_function);
  js::set_method(ctx, b, "runInThisContext", run_in_this_context);
  js::set_method(ctx, b, "checkSyntax", check_syntax);
  js::set(ctx, b, "wrapperHeadLength", static_cast<double>(sizeof(kWrapperHead) / sizeof(char16_t) - 1));
  return b;
}

}  // namespace jolt
