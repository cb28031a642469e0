// internalBinding('crypto'): random bytes from OpenSSL's CSPRNG. The rest of
// node:crypto lives in JS on top of this.
#include <algorithm>
#include <climits>
#include <string>

#include "buffer.h"
#include "exception.h"
#include "openssl/libcrypto.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// randomFill(view): overwrites every byte of an ArrayBuffer or typed array
// with cryptographically strong random bytes. JS narrows other views (and
// offset/size arguments) to a Uint8Array before calling.
JSValueRef random_fill(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  if (argc < 1) return js::throw_type_error(ctx, exception, "randomFill needs a typed array or ArrayBuffer");
  if (JSValueGetTypedArrayType(ctx, argv[0], nullptr) == kJSTypedArrayTypeNone) {
    return js::throw_type_error(ctx, exception, "randomFill needs a typed array or ArrayBuffer");
  }
  std::string load_error;
  const openssl::LibCrypto* crypto = openssl::libcrypto(&load_error);
  if (crypto == nullptr) {
    return js::throw_error(ctx, exception, js::ErrorType::Error, load_error, "ERR_CRYPTO_OPERATION_FAILED");
  }
  js::Bytes bytes = js::bytes_of(ctx, argv[0]);
  uint8_t* at = bytes.data;
  size_t left = bytes.length;
  // RAND_bytes takes an int count.
  while (left > 0 && at != nullptr) {
    int chunk = static_cast<int>(std::min<size_t>(left, INT_MAX));
    if (crypto->RAND_bytes(at, chunk) != 1) {
      return js::throw_error(ctx, exception, js::ErrorType::Error, "OpenSSL RAND_bytes failed",
                             "ERR_CRYPTO_OPERATION_FAILED");
    }
    at += chunk;
    left -= static_cast<size_t>(chunk);
  }
  return argv[0];
}

}  // namespace

JSObjectRef init_crypto_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "randomFill", random_fill);
  return b;
}

}  // namespace jolt
