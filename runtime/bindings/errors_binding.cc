// internalBinding('errors'): libuv-style names and descriptions of errno
// values, which Node puts in system error messages.
#include <cmath>

#include "../runtime.h"
#include "exception.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

int errno_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  js::Args args{ctx, argc, argv};
  int v = args.int32(0);
  return v < 0 ? -v : v;  // Node passes negative errno values
}

JSValueRef errname(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  return js::make_string(ctx, js::errno_name(errno_arg(ctx, argc, argv)));
}

JSValueRef strerror(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  return js::make_string(ctx, js::errno_description(errno_arg(ctx, argc, argv)));
}

}  // namespace

JSObjectRef init_errors_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "errname", errname);
  js::set_method(ctx, b, "strerror", strerror);
  return b;
}

}  // namespace jolt
