// Hex as Node's Buffer speaks it: lower-case on output; on input, pairs are
// decoded up to the first pair that is not two hex digits.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::encoding {

// Writes 2n characters to `out` (as bytes, or straight as UTF-16 units).
void hex_encode(const uint8_t* p, size_t n, uint8_t* out);
void hex_encode(const uint8_t* p, size_t n, char16_t* out);
// Decodes up to `cap` bytes from the n characters of `s`; returns the bytes written.
size_t hex_decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap);
size_t hex_decode(const char16_t* s, size_t n, uint8_t* out, size_t cap);

}  // namespace jolt::encoding
