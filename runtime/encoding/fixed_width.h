// The fixed-width encodings of Node's Buffer: latin1 (alias binary), ascii
// and utf16le (alias ucs2). Encoding keeps the low byte(s) of each UTF-16
// code unit, as Node does; ascii decoding clears the high bit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::encoding {

// One byte per code unit (latin1 and ascii encode alike).
void latin1_encode(const char16_t* s, size_t n, uint8_t* out);
void latin1_decode(const uint8_t* p, size_t n, char16_t* out);
void ascii_decode(const uint8_t* p, size_t n, char16_t* out);
// Two bytes per code unit, little-endian; `bytes` is even.
void utf16le_encode(const char16_t* s, size_t bytes, uint8_t* out);
void utf16le_decode(const uint8_t* p, size_t units, char16_t* out);

// WHATWG decoders for TextDecoder. windows-1252 (the "latin1" label) maps
// 0x80-0x9F to its own table. UTF-16 replaces lone surrogates with U+FFFD
// (or, with `fatal`, returns SIZE_MAX); returns the units written.
void windows1252_decode(const uint8_t* p, size_t n, char16_t* out);
size_t utf16_decode(const uint8_t* p, size_t units, char16_t* out, bool big_endian, bool fatal);

// True if no byte is >= 0x80.
bool is_ascii(const uint8_t* p, size_t n);

}  // namespace jolt::encoding
