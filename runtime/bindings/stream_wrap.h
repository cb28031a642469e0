// The native side of a net handle (internalBinding('net'), net_binding.cc),
// for other bindings that want a connection's bytes without a JS Buffer per
// chunk (node:http's parser).
//
// A JS handle (net.Socket's `_handle`) wraps a loop::Stream. Normally each
// read reaches JS as one call: `onread.call(handle, nread, buffer)` (see
// net_binding.cc). A ReadConsumer installed on the handle gets the bytes
// first, straight from the loop's read buffer (valid during the call only);
// when it returns true the bytes are taken and JS hears nothing of them.
// EOF and errors (n <= 0) are always passed on to JS after the consumer saw
// them.
#pragma once

#include <JavaScriptCore/JavaScript.h>
#include <sys/types.h>

#include <cstdint>

namespace jolt::net {

class ReadConsumer {
 public:
  virtual ~ReadConsumer() = default;
  // n > 0 bytes at `data`, or n <= 0 (Stream::kEof or -errno). Return true
  // when the bytes were consumed.
  virtual bool on_read(JSContextRef ctx, JSObjectRef handle, ssize_t n, const uint8_t* data) = 0;
};

// Installs (or with null removes) the consumer of a net handle. Returns
// false when `handle` is not a connected net handle. The consumer must
// outlive the handle or be removed first.
bool set_read_consumer(JSContextRef ctx, JSValueRef handle, ReadConsumer* consumer);

// The fd of a net handle, or -1.
int handle_fd(JSContextRef ctx, JSValueRef handle);

}  // namespace jolt::net
