#include "builtins.h"

#include <algorithm>
#include <string>

#include "exception.h"
#include "jsc_extra.h"
#include "js_string.h"
#include "value.h"

namespace jolt {

const BuiltinSource* find_builtin(std::string_view id) {
  // The generator emits the table sorted by id.
  const BuiltinSource* begin = kBuiltinSources;
  const BuiltinSource* end = kBuiltinSources + kBuiltinSourceCount;
  auto it = std::lower_bound(begin, end, id, [](const BuiltinSource& s, std::string_view key) { return s.id < key; });
  if (it != end && it->id == id) return it;
  return nullptr;
}

JSObjectRef compile_builtin(JSContextRef ctx, std::string_view id, JSValueRef* exception) {
  const BuiltinSource* src = find_builtin(id);
  if (!src) {
    std::string msg = "No such built-in module: ";
    msg += id;
    *exception = js::make_error(ctx, js::ErrorType::Error, msg, "ERR_UNKNOWN_BUILTIN_MODULE");
    return nullptr;
  }
  std::string url = "node:";
  url += id;
  js::String url_str = js::String::latin1(url);
  JSStringRef error_message = nullptr;
  int error_line = 0;
  JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(JSContextGetGroup(ctx), url_str.get(), 1,
                                                                  src->source, src->length, &error_message, &error_line);
  if (!script) {
    std::string msg = js::String::adopt(error_message).to_utf8();
    msg += " (" + url + ":" + std::to_string(error_line) + ")";
    *exception = js::make_error(ctx, js::ErrorType::SyntaxError, msg);
    return nullptr;
  }
  JSValueRef fn = JSScriptEvaluate(ctx, script, nullptr, exception);
  JSScriptRelease(script);
  if (!fn || !JSValueIsObject(ctx, fn)) return nullptr;
  return js::as_object(fn);
}

}  // namespace jolt
