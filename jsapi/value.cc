#include "value.h"

#include <cmath>

namespace jolt::js {

JSValueRef get(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef* exception) {
  String n = String::latin1(name);
  return JSObjectGetProperty(ctx, obj, n.get(), exception);
}

JSValueRef get(JSContextRef ctx, JSObjectRef obj, const PropertyName& name, JSValueRef* exception) {
  return JSObjectGetProperty(ctx, obj, name.get(), exception);
}

void set(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef value, JSPropertyAttributes attrs,
         JSValueRef* exception) {
  String n = String::latin1(name);
  JSObjectSetProperty(ctx, obj, n.get(), value, attrs, exception);
}

void set(JSContextRef ctx, JSObjectRef obj, const char* name, std::string_view utf8) {
  set(ctx, obj, name, make_string(ctx, utf8));
}

void set(JSContextRef ctx, JSObjectRef obj, const char* name, double n) { set(ctx, obj, name, JSValueMakeNumber(ctx, n)); }

void set_bool(JSContextRef ctx, JSObjectRef obj, const char* name, bool value) {
  set(ctx, obj, name, JSValueMakeBoolean(ctx, value));
}

bool define_accessor(JSContextRef ctx, JSObjectRef obj, JSValueRef key, JSValueRef get, JSValueRef set,
                     bool enumerable, bool configurable, JSValueRef* exception) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSObjectRef define = as_object(js::get(ctx, as_object(js::get(ctx, global, "Object")), "defineProperty"));
  JSObjectRef desc = JSObjectMake(ctx, nullptr, nullptr);
  JSObjectSetPrototype(ctx, desc, JSValueMakeNull(ctx));
  js::set(ctx, desc, "get", get);
  js::set(ctx, desc, "set", set);
  set_bool(ctx, desc, "enumerable", enumerable);
  set_bool(ctx, desc, "configurable", configurable);
  JSValueRef args[] = {obj, key, desc};
  JSObjectCallAsFunction(ctx, define, nullptr, 3, args, exception);
  return *exception == nullptr;
}

JSObjectRef make_function(JSContextRef ctx, const char* name, NativeFn fn) {
  String n = String::latin1(name);
  return JSObjectMakeFunctionWithCallback(ctx, n.get(), fn);
}

void set_method(JSContextRef ctx, JSObjectRef obj, const char* name, NativeFn fn) {
  String n = String::latin1(name);
  JSObjectSetProperty(ctx, obj, n.get(), JSObjectMakeFunctionWithCallback(ctx, n.get(), fn), kJSPropertyAttributeDontEnum,
                      nullptr);
}

bool Args::is_function(size_t i) const {
  return i < count && JSValueIsObject(ctx, values[i]) && JSObjectIsFunction(ctx, as_object(values[i]));
}

int32_t Args::int32(size_t i) const {
  double d = number(i);
  if (!std::isfinite(d)) return 0;
  return static_cast<int32_t>(static_cast<int64_t>(d));
}

JSObjectRef make_object(JSContextRef ctx) { return JSObjectMake(ctx, nullptr, nullptr); }

JSObjectRef make_array(JSContextRef ctx, size_t n, const JSValueRef* items) {
  return JSObjectMakeArray(ctx, n, items, nullptr);
}

}  // namespace jolt::js
