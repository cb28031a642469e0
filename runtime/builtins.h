// The stdlib sources embedded in the binary (generated from stdlib/ by
// stdlib/embed.py), and their compilation. A module costs nothing until it is
// first required: only then is its text handed to JSC.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cstddef>
#include <string_view>

namespace jolt {

struct BuiltinSource {
  const char* id;      // e.g. "events", "internal/modules/cjs/loader"
  const char* source;  // ASCII, wrapped as (function (exports, require, module, process, internalBinding) {...})
  size_t length;
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

const BuiltinSource* find_builtin(std::string_view id);

// Evaluates the wrapped source of `id` and returns the module function, or
// null with *exception set (an Error for an unknown id or a syntax error).
JSObjectRef compile_builtin(JSContextRef ctx, std::string_view id, JSValueRef* exception);

}  // namespace jolt
