// Holds JSC's API lock across a run of C API calls (see JSLock in
// jsc_extra.h): one acquisition instead of one per call, for native code
// that makes several calls in a row (a binding building a batch of
// results, a native function reading its arguments). Never hold it across
// a call into JS that Node's ordering needs to end with a microtask
// checkpoint: JSC runs the promise jobs when the lock is released last.
#pragma once

#include "jsc_extra.h"

namespace jolt::js {

class ApiLock {
 public:
  explicit ApiLock(JSContextRef ctx) : ctx_(ctx) { JSLock(ctx_); }
  ~ApiLock() { JSUnlock(ctx_); }
  ApiLock(const ApiLock&) = delete;
  ApiLock& operator=(const ApiLock&) = delete;

 private:
  JSContextRef ctx_;
};

}  // namespace jolt::js
