#include "promise.h"

namespace jolt::js {

Deferred::Deferred(JSContextRef ctx) : ctx_(ctx) {
  JSObjectRef resolve = nullptr, reject = nullptr;
  JSObjectRef promise = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, nullptr);
  promise_.reset(ctx, promise);
  resolve_.reset(ctx, resolve);
  reject_.reset(ctx, reject);
}

void Deferred::resolve(JSValueRef value, JSValueRef* exception) {
  if (!resolve_) return;
  JSObjectCallAsFunction(ctx_, resolve_.object(), nullptr, 1, &value, exception);
  resolve_.reset();
  reject_.reset();
}

void Deferred::reject(JSValueRef reason, JSValueRef* exception) {
  if (!reject_) return;
  JSObjectCallAsFunction(ctx_, reject_.object(), nullptr, 1, &reason, exception);
  resolve_.reset();
  reject_.reset();
}

}  // namespace jolt::js
