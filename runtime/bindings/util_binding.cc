// internalBinding('util'): what util.inspect needs that JS cannot see.
#include "../runtime.h"
#include "jsc_extra.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// [target, handler] for a Proxy, undefined otherwise. The C API exposes the
// target only, so the handler is reported as null.
JSValueRef get_proxy_details(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                             JSValueRef*) {
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  // util.inspect asks this for every object it prints, so the common answer
  // (no proxy) is found first, with as few C API calls (each takes the VM
  // lock) as possible; the checks below are for proxies only.
  JSObjectRef target = JSObjectGetProxyTarget(js::as_object(argv[0]));
  if (!target) return JSValueMakeUndefined(ctx);
  const js::Persistent& transparent = Runtime::current().hooks().transparent_proxy;
  if (transparent && JSValueIsStrictEqual(ctx, argv[0], transparent.get())) return JSValueMakeUndefined(ctx);
  // JSC reaches a global object through a proxy of its own (also the one
  // of a node:vm context): that is no Proxy to inspect.
  JSGlobalContextRef realm = JSObjectGetGlobalContext(js::as_object(argv[0]));
  if (realm && JSValueIsStrictEqual(ctx, JSContextGetGlobalObject(realm), argv[0])) return JSValueMakeUndefined(ctx);
  JSValueRef items[] = {target, JSValueMakeNull(ctx)};
  return js::make_array(ctx, 2, items);
}

// markTransparentProxy(proxy): getProxyDetails reports it as no proxy, so
// util.inspect formats it through its traps (process.env).
JSValueRef mark_transparent_proxy(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                  JSValueRef*) {
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) Runtime::current().hooks().transparent_proxy.reset(ctx, argv[0]);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_util_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "getProxyDetails", get_proxy_details);
  js::set_method(ctx, b, "markTransparentProxy", mark_transparent_proxy);
  return b;
}

}  // namespace jolt
