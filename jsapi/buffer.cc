#include "buffer.h"

#include <cstdlib>
#include <cstring>

namespace jolt::js {

namespace {
void free_bytes(void* bytes, void*) { std::free(bytes); }
void keep_bytes(void*, void*) {}
}  // namespace

Bytes bytes_of(JSContextRef ctx, JSValueRef v) {
  // Every C API call takes the VM lock, so the type query (which accepts any
  // value, objects or not) comes first and alone decides.
  JSTypedArrayType type = JSValueGetTypedArrayType(ctx, v, nullptr);
  if (type == kJSTypedArrayTypeNone) return {};
  JSObjectRef obj = const_cast<JSObjectRef>(reinterpret_cast<const OpaqueJSValue*>(v));
  if (type == kJSTypedArrayTypeArrayBuffer) {
    return {static_cast<uint8_t*>(JSObjectGetArrayBufferBytesPtr(ctx, obj, nullptr)),
            JSObjectGetArrayBufferByteLength(ctx, obj, nullptr)};
  }
  // JSObjectGetTypedArrayBytesPtr gives the start of the whole buffer; the
  // view's offset is added here.
  auto* base = static_cast<uint8_t*>(JSObjectGetTypedArrayBytesPtr(ctx, obj, nullptr));
  if (!base) return {};
  return {base + JSObjectGetTypedArrayByteOffset(ctx, obj, nullptr), JSObjectGetTypedArrayByteLength(ctx, obj, nullptr)};
}

JSObjectRef make_uint8array_adopting(JSContextRef ctx, uint8_t* data, size_t length) {
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, length, free_bytes, nullptr,
                                               nullptr);
}

JSObjectRef make_uint8array_copy(JSContextRef ctx, const void* data, size_t length) {
  auto* copy = static_cast<uint8_t*>(std::malloc(length ? length : 1));
  if (length) std::memcpy(copy, data, length);
  return make_uint8array_adopting(ctx, copy, length);
}

JSObjectRef make_arraybuffer_adopting(JSContextRef ctx, uint8_t* data, size_t length) {
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, length, free_bytes, nullptr, nullptr);
}

JSObjectRef make_uint8array_adopting(JSContextRef ctx, uint8_t* data, size_t length,
                                     JSTypedArrayBytesDeallocator release, void* context) {
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, data, length, release, context,
                                               nullptr);
}

JSObjectRef make_arraybuffer_adopting(JSContextRef ctx, uint8_t* data, size_t length,
                                      JSTypedArrayBytesDeallocator release, void* context) {
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, data, length, release, context, nullptr);
}

JSObjectRef make_typed_array_over(JSContextRef ctx, JSTypedArrayType type, void* data, size_t byte_length) {
  return JSObjectMakeTypedArrayWithBytesNoCopy(ctx, type, data, byte_length, keep_bytes, nullptr, nullptr);
}

}  // namespace jolt::js
