// Promises made from native code (JSObjectMakeDeferredPromise): the promise
// is handed to JS at once and settled later, e.g. from a loop completion.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include "value.h"

namespace jolt::js {

class Deferred {
 public:
  // Creates the promise; resolve/reject functions are kept alive (protected)
  // until the promise is settled.
  explicit Deferred(JSContextRef ctx);
  Deferred(const Deferred&) = delete;
  Deferred& operator=(const Deferred&) = delete;

  JSObjectRef promise() const { return promise_.object(); }
  // Settling calls into JS: only from the loop thread. A second settle is ignored.
  void resolve(JSValueRef value, JSValueRef* exception = nullptr);
  void reject(JSValueRef reason, JSValueRef* exception = nullptr);
  bool settled() const { return !resolve_; }

 private:
  JSContextRef ctx_;
  Persistent promise_;
  Persistent resolve_;
  Persistent reject_;
};

}  // namespace jolt::js
