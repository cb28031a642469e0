// Native classes: JS objects that carry a C++ pointer and free it when the
// GC finalizes them. Methods are native functions on a shared prototype.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <initializer_list>

namespace jolt::js {

struct Method {
  const char* name;
  JSObjectCallAsFunctionCallback fn;
};

class NativeClass {
 public:
  // `finalize` runs on the GC; it must not call into JS (JSC forbids it).
  NativeClass(const char* name, JSObjectFinalizeCallback finalize, std::initializer_list<Method> methods);
  ~NativeClass();
  NativeClass(const NativeClass&) = delete;
  NativeClass& operator=(const NativeClass&) = delete;

  JSClassRef get() const { return class_; }
  // A new instance holding `data` (may be null and set later).
  JSObjectRef make(JSContextRef ctx, void* data) const { return JSObjectMake(ctx, class_, data); }
  bool is_instance(JSContextRef ctx, JSValueRef v) const { return JSValueIsObjectOfClass(ctx, v, class_); }

  template <typename T>
  static T* unwrap(JSObjectRef obj) {
    return static_cast<T*>(JSObjectGetPrivate(obj));
  }
  // The private pointer of `v` if it is an instance of this class, else null.
  template <typename T>
  T* unwrap_checked(JSContextRef ctx, JSValueRef v) const {
    if (!is_instance(ctx, v)) return nullptr;
    return static_cast<T*>(JSObjectGetPrivate(const_cast<JSObjectRef>(reinterpret_cast<const OpaqueJSValue*>(v))));
  }

 private:
  JSClassRef class_;
  JSStaticFunction* functions_;
};

}  // namespace jolt::js
