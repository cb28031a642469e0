// Base64 and base64url as Node's Buffer speaks them: encoding with or
// without padding; decoding leniently (either alphabet, characters outside
// it skipped, stops at the first '=').
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::encoding {

// Characters that encoding n bytes produces.
inline size_t base64_encoded_length(size_t n, bool pad) { return pad ? (n + 2) / 3 * 4 : (n * 4 + 2) / 3; }
// Writes base64 (url: '-', '_' and no padding) of `p` to `out`, one byte per
// character; returns the characters written.
size_t base64_encode(const uint8_t* p, size_t n, uint8_t* out, bool url);

// Node's Buffer.byteLength(str, 'base64'): an upper bound from the length and
// trailing '=' signs, not from decoding.
template <typename Char>
size_t base64_decoded_length(const Char* s, size_t n) {
  size_t len = n;
  if (len > 0 && s[len - 1] == '=') len--;
  if (len > 0 && s[len - 1] == '=') len--;
  return (len * 3) >> 2;
}
// Decodes into `out` (at most `cap` bytes); returns the bytes written.
size_t base64_decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap);
size_t base64_decode(const char16_t* s, size_t n, uint8_t* out, size_t cap);

}  // namespace jolt::encoding
