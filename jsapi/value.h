// Values and objects: small helpers over JSValueRef/JSObjectRef, and
// Persistent, a protected (GC-rooted) reference owned by C++.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "js_string.h"

namespace jolt::js {

// A GC root for a value kept by native code (JSValueProtect/Unprotect).
class Persistent {
 public:
  Persistent() = default;
  Persistent(JSContextRef ctx, JSValueRef v) { reset(ctx, v); }
  Persistent(const Persistent&) = delete;
  Persistent& operator=(const Persistent&) = delete;
  Persistent(Persistent&& o) noexcept : ctx_(o.ctx_), v_(o.v_) { o.v_ = nullptr; }
  Persistent& operator=(Persistent&& o) noexcept {
    if (this != &o) {
      reset();
      ctx_ = o.ctx_;
      v_ = o.v_;
      o.v_ = nullptr;
    }
    return *this;
  }
  ~Persistent() { reset(); }

  void reset() {
    if (v_) JSValueUnprotect(ctx_, v_);
    v_ = nullptr;
  }
  void reset(JSContextRef ctx, JSValueRef v) {
    if (v) JSValueProtect(ctx, v);
    reset();
    ctx_ = ctx;
    v_ = v;
  }
  // Forgets the value without unprotecting it: for finalizers that run while
  // the VM itself is being destroyed, when calling into JSC is not allowed.
  void abandon() { v_ = nullptr; }
  JSValueRef get() const { return v_; }
  JSObjectRef object() const { return const_cast<JSObjectRef>(reinterpret_cast<const OpaqueJSValue*>(v_)); }
  explicit operator bool() const { return v_ != nullptr; }

 private:
  JSContextRef ctx_ = nullptr;
  JSValueRef v_ = nullptr;
};

// Property names used on hot paths are cached JSStringRefs.
class PropertyName {
 public:
  explicit PropertyName(const char* ascii) : s_(JSStringCreateWithUTF8CString(ascii)) {}
  ~PropertyName() { JSStringRelease(s_); }
  PropertyName(const PropertyName&) = delete;
  PropertyName& operator=(const PropertyName&) = delete;
  JSStringRef get() const { return s_; }

 private:
  JSStringRef s_;
};

inline JSObjectRef as_object(JSValueRef v) { return const_cast<JSObjectRef>(reinterpret_cast<const OpaqueJSValue*>(v)); }

JSValueRef get(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef* exception = nullptr);
JSValueRef get(JSContextRef ctx, JSObjectRef obj, const PropertyName& name, JSValueRef* exception = nullptr);
void set(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef value,
         JSPropertyAttributes attrs = kJSPropertyAttributeNone, JSValueRef* exception = nullptr);
void set(JSContextRef ctx, JSObjectRef obj, const char* name, std::string_view utf8);
void set(JSContextRef ctx, JSObjectRef obj, const char* name, double number);
void set_bool(JSContextRef ctx, JSObjectRef obj, const char* name, bool value);
// Object.defineProperty(obj, key, { get, set, enumerable, configurable })
// (null-prototype descriptor); false if it threw.
bool define_accessor(JSContextRef ctx, JSObjectRef obj, JSValueRef key, JSValueRef get, JSValueRef set,
                     bool enumerable, bool configurable, JSValueRef* exception);

// Binds a native function as obj[name].
using NativeFn = JSObjectCallAsFunctionCallback;
JSObjectRef make_function(JSContextRef ctx, const char* name, NativeFn fn);
void set_method(JSContextRef ctx, JSObjectRef obj, const char* name, NativeFn fn);

// Argument access inside a native callback.
struct Args {
  JSContextRef ctx;
  size_t count;
  const JSValueRef* values;
  JSValueRef operator[](size_t i) const { return i < count ? values[i] : JSValueMakeUndefined(ctx); }
  bool is_string(size_t i) const { return i < count && JSValueIsString(ctx, values[i]); }
  bool is_number(size_t i) const { return i < count && JSValueIsNumber(ctx, values[i]); }
  bool is_object(size_t i) const { return i < count && JSValueIsObject(ctx, values[i]); }
  bool is_function(size_t i) const;
  std::string utf8(size_t i, JSValueRef* exception = nullptr) const { return to_utf8(ctx, (*this)[i], exception); }
  double number(size_t i) const { return JSValueToNumber(ctx, (*this)[i], nullptr); }
  int32_t int32(size_t i) const;
  JSObjectRef object(size_t i) const { return as_object((*this)[i]); }
};

inline JSValueRef undefined(JSContextRef ctx) { return JSValueMakeUndefined(ctx); }
inline JSValueRef number(JSContextRef ctx, double d) { return JSValueMakeNumber(ctx, d); }
inline JSValueRef boolean(JSContextRef ctx, bool b) { return JSValueMakeBoolean(ctx, b); }

JSObjectRef make_object(JSContextRef ctx);
JSObjectRef make_array(JSContextRef ctx, size_t n, const JSValueRef* items);

}  // namespace jolt::js
