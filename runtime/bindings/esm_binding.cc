// internalBinding('esm'): the ES module source transform (runtime/esm/) and
// compiling its output with the module's filename.
#include <chrono>
#include <string>
#include <unordered_map>
#include <vector>

#include "../esm/transform.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "line_one_shift.h"
#include "value.h"

namespace jolt {

namespace {

JSValueRef str(JSContextRef ctx, const std::u16string& s) {
  js::String v = js::String::utf16(s.data(), s.size());
  return JSValueMakeString(ctx, v.get());
}

JSValueRef list(JSContextRef ctx, const std::vector<JSValueRef>& items) {
  return js::make_array(ctx, items.size(), items.data());
}

// transform() sets a dozen properties per module: their names are made
// once (a JSStringRef per call cost an allocation and a hashing each; a
// thousand-module graph spent 3% of its instructions there). Keyed by the
// literal's address.
JSStringRef key(const char* name) {
  static std::unordered_map<const char*, js::String> names;
  auto it = names.find(name);
  if (it == names.end()) it = names.emplace(name, js::String::latin1(name)).first;
  return it->second.get();
}

void put(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef value) {
  JSObjectSetProperty(ctx, obj, key(name), value, kJSPropertyAttributeNone, nullptr);
}

// transform(source[, module[, codeCalls]]) -> { body, requests, imports, exports, reexports,
// stars, tla (tlaOffset: the first top-level await), moduleSyntax, anonymousDefault, codeCalls and columnShifts (when
// there are some),
// redeclaresWrapperName, and
// error/errorOffset/errorName for an early error }: the rewritten text (see
// runtime/esm/transform.h) and what it declares. Lists are flat: requests [specifier, type, other
// attribute key] per request (undefined when absent), imports [request,
// imported, local] per binding (importOffsets: where each is), exports [exported, local, reassigned],
// reexports [request, imported, exported] (reexportOffsets: where each is).
JSValueRef transform(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return js::throw_type_error(ctx, exception, "transform(source): source must be a string");
  js::String source = js::String::from_value(ctx, args[0], exception);
  if (!source) return nullptr;
  // A second argument `false`: CommonJS code (see esm::transform); a third
  // `false`: calls of eval and Function are left as they are (the text
  // keeps every column, for placing a syntax error).
  bool module = argc < 2 || JSValueToBoolean(ctx, argv[1]);
  bool code_calls = argc < 3 || JSValueToBoolean(ctx, argv[2]);
  esm::Result r = esm::transform(source.chars(), source.length(), module, code_calls);
  JSObjectRef out = js::make_object(ctx);
  put(ctx, out, "body", str(ctx, r.body));
  std::vector<JSValueRef> items;
  for (const esm::Request& q : r.requests) {
    items.push_back(str(ctx, q.specifier));
    items.push_back(q.has_type ? str(ctx, q.type) : JSValueMakeUndefined(ctx));
    items.push_back(q.other_attribute.empty() ? JSValueMakeUndefined(ctx) : str(ctx, q.other_attribute));
  }
  put(ctx, out, "requests", list(ctx, items));
  items.clear();
  for (const esm::ImportBinding& b : r.imports) {
    items.push_back(JSValueMakeNumber(ctx, static_cast<double>(b.request)));
    items.push_back(str(ctx, b.imported));
    items.push_back(str(ctx, b.local));
  }
  put(ctx, out, "imports", list(ctx, items));
  items.clear();
  for (const esm::ImportBinding& b : r.imports) items.push_back(JSValueMakeNumber(ctx, static_cast<double>(b.offset)));
  put(ctx, out, "importOffsets", list(ctx, items));
  items.clear();
  bool import_assigned = false;
  for (const esm::ImportBinding& b : r.imports) import_assigned = import_assigned || b.assigned;
  put(ctx, out, "importAssigned", JSValueMakeBoolean(ctx, import_assigned));
  for (const esm::LocalExport& e : r.exports) {
    items.push_back(str(ctx, e.exported));
    items.push_back(str(ctx, e.local));
    items.push_back(JSValueMakeBoolean(ctx, e.reassigned));
  }
  put(ctx, out, "exports", list(ctx, items));
  items.clear();
  for (const esm::ReExport& e : r.reexports) {
    items.push_back(JSValueMakeNumber(ctx, static_cast<double>(e.request)));
    items.push_back(str(ctx, e.imported));
    items.push_back(str(ctx, e.exported));
  }
  put(ctx, out, "reexports", list(ctx, items));
  items.clear();
  for (const esm::ReExport& e : r.reexports) items.push_back(JSValueMakeNumber(ctx, static_cast<double>(e.offset)));
  put(ctx, out, "reexportOffsets", list(ctx, items));
  items.clear();
  for (size_t star : r.star_exports) items.push_back(JSValueMakeNumber(ctx, static_cast<double>(star)));
  put(ctx, out, "stars", list(ctx, items));
  put(ctx, out, "tla", JSValueMakeBoolean(ctx, r.top_level_await));
  if (r.top_level_await) put(ctx, out, "tlaOffset", JSValueMakeNumber(ctx, static_cast<double>(r.first_await_offset)));
  put(ctx, out, "moduleSyntax", JSValueMakeBoolean(ctx, r.module_syntax));
  put(ctx, out, "anonymousDefault", JSValueMakeBoolean(ctx, r.anonymous_default_function));
  if (r.anonymous_default_class) put(ctx, out, "anonymousDefaultClass", JSValueMakeBoolean(ctx, true));
  if (r.code_calls) put(ctx, out, "codeCalls", JSValueMakeBoolean(ctx, true));
  if (!r.column_shifts.empty()) {
    items.clear();
    for (size_t v : r.column_shifts) items.push_back(JSValueMakeNumber(ctx, static_cast<double>(v)));
    put(ctx, out, "columnShifts", list(ctx, items));
  }
  put(ctx, out, "redeclaresWrapperName", JSValueMakeBoolean(ctx, r.redeclares_wrapper_name));
  if (!r.error.empty()) {
    put(ctx, out, "error", str(ctx, r.error));
    put(ctx, out, "errorOffset", JSValueMakeNumber(ctx, static_cast<double>(r.error_offset)));
    put(ctx, out, "errorName", str(ctx, r.error_name));
    put(ctx, out, "errorCheck", str(ctx, r.error_check));
  }
  return out;
}

std::vector<std::u16string> string_list(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  std::vector<std::u16string> out;
  if (!JSValueIsArray(ctx, v)) return out;
  JSObjectRef array = js::as_object(v);
  double n = JSValueToNumber(ctx, js::get(ctx, array, "length"), exception);
  for (unsigned i = 0; !*exception && i < n && i < 1000000; i++) {
    js::String item = js::String::from_value(ctx, JSObjectGetPropertyAtIndex(ctx, array, i, exception), exception);
    if (!item) break;
    out.emplace_back(item.chars(), item.length());
  }
  return out;
}

// script(body, live, tla, importLocals, exportLocals) -> the script to
// compile for a module (esm::make_script).
JSValueRef script(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                  JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return js::throw_type_error(ctx, exception, "script(body, ...): body must be a string");
  js::String body = js::String::from_value(ctx, args[0], exception);
  if (!body) return nullptr;
  std::vector<std::u16string> imports = string_list(ctx, args[3], exception);
  if (*exception) return nullptr;
  std::vector<std::u16string> exports = string_list(ctx, args[4], exception);
  if (*exception) return nullptr;
  std::u16string text(body.chars(), body.length());
  return str(ctx, esm::make_script(text, JSValueToBoolean(ctx, args[1]), JSValueToBoolean(ctx, args[2]), imports,
                                   exports));
}

// compile(code, filename) -> the module's outer function.
JSValueRef compile(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                   JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0) || !args.is_string(1))
    return js::throw_type_error(ctx, exception, "compile(code, filename): strings expected");
  js::String code = js::String::from_value(ctx, args[0], exception);
  if (!code) return nullptr;
  js::String filename = js::String::from_value(ctx, args[1], exception);
  if (!filename) return nullptr;
  line_one_shifts()[args.utf8(1)] = static_cast<int>(esm::kHeaderLength);
  return JSEvaluateScript(ctx, code.get(), nullptr, filename.get(), 1, exception);
}

// tokens(source, from, to) -> [start, end, ...] of the tokens starting in
// [from, to) (esm::token_spans).
JSValueRef tokens(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                  JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0) || !args.is_number(1) || !args.is_number(2))
    return js::throw_type_error(ctx, exception, "tokens(source, from, to): a string and two numbers expected");
  js::String source = js::String::from_value(ctx, args[0], exception);
  if (!source) return nullptr;
  double from = args.number(1), to = args.number(2);
  double n = static_cast<double>(source.length());
  if (!(from >= 0)) from = 0;
  if (!(to <= n)) to = n;
  if (!(from < to)) return list(ctx, {});
  std::vector<size_t> spans =
      esm::token_spans(source.chars(), source.length(), static_cast<size_t>(from), static_cast<size_t>(to));
  std::vector<JSValueRef> items;
  items.reserve(spans.size());
  for (size_t at : spans) items.push_back(JSValueMakeNumber(ctx, static_cast<double>(at)));
  return list(ctx, items);
}

// speed(source, times) -> seconds spent transforming `source` `times`
// times (bench/esm.sh: the transform alone, without JS object creation).
JSValueRef speed(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                 JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0) || !args.is_number(1))
    return js::throw_type_error(ctx, exception, "speed(source, times): a string and a number expected");
  js::String source = js::String::from_value(ctx, args[0], exception);
  if (!source) return nullptr;
  double times = args.number(1);
  if (!(times >= 1 && times <= 1e6)) times = 1;
  size_t total = 0;
  auto begin = std::chrono::steady_clock::now();
  for (int i = 0; i < static_cast<int>(times); i++) total += esm::transform(source.chars(), source.length()).body.size();
  std::chrono::duration<double> spent = std::chrono::steady_clock::now() - begin;
  return JSValueMakeNumber(ctx, total == 0 ? 0 : spent.count());
}

}  // namespace

JSObjectRef init_esm_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "transform", transform);
  js::set_method(ctx, b, "script", script);
  js::set_method(ctx, b, "compile", compile);
  js::set_method(ctx, b, "speed", speed);
  js::set_method(ctx, b, "tokens", tokens);
  js::set(ctx, b, "headerLength", static_cast<double>(esm::kHeaderLength));
  return b;
}

}  // namespace jolt
