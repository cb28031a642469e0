// ArrayBuffers and typed arrays shared with native code without copying.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cstddef>
#include <cstdint>

namespace jolt::js {

struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

// Bytes viewed by an ArrayBuffer, a typed array or a DataView-less
// ArrayBufferView; {nullptr, 0} if `v` is none of them.
Bytes bytes_of(JSContextRef ctx, JSValueRef v);

// A Uint8Array over `data`, which is freed with free() when the GC collects it.
JSObjectRef make_uint8array_adopting(JSContextRef ctx, uint8_t* data, size_t length);
// A Uint8Array holding a copy of `data`.
JSObjectRef make_uint8array_copy(JSContextRef ctx, const void* data, size_t length);
// An ArrayBuffer over `data` (freed with free()).
JSObjectRef make_arraybuffer_adopting(JSContextRef ctx, uint8_t* data, size_t length);
// The two above for memory that `release(data, context)` frees instead.
JSObjectRef make_uint8array_adopting(JSContextRef ctx, uint8_t* data, size_t length,
                                     JSTypedArrayBytesDeallocator release, void* context);
JSObjectRef make_arraybuffer_adopting(JSContextRef ctx, uint8_t* data, size_t length,
                                      JSTypedArrayBytesDeallocator release, void* context);
// A typed array over caller-owned memory that outlives the context
// (e.g. shared state between C++ and JS such as the tick info flags).
JSObjectRef make_typed_array_over(JSContextRef ctx, JSTypedArrayType type, void* data, size_t byte_length);

}  // namespace jolt::js
