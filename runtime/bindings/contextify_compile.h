// contextify's compileFunction for native callers (the plain main script
// path in plain_main.cc): `source` and `filename` are JS strings; returns
// the CommonJS module wrapper function, or null with *exception set.
#pragma once

#include <JavaScriptCore/JavaScript.h>

namespace jolt {

JSValueRef compile_module_wrapper(JSContextRef ctx, JSValueRef source, JSValueRef filename, JSValueRef* exception);

}  // namespace jolt
