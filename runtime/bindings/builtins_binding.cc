// internalBinding('builtins'): the embedded stdlib, for the builtin loader.
#include "../builtins.h"
#include "../runtime.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

JSValueRef compile(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                   JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string id = args.utf8(0, exception);
  if (*exception) return nullptr;
  JSObjectRef fn = compile_builtin(ctx, id, exception);
  return fn;
}

JSValueRef has(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  return JSValueMakeBoolean(ctx, args.is_string(0) && find_builtin(args.utf8(0)) != nullptr);
}

}  // namespace

JSObjectRef init_builtins_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "compile", compile);
  js::set_method(ctx, b, "has", has);
  // No list of the ids: building an array of ~300 strings cost every
  // start-up ~0.4M instructions, and nothing reads it (`has` answers).
  return b;
}

}  // namespace jolt
