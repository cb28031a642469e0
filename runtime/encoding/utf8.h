// UTF-8 <-> UTF-16 conversion as Node's Buffer and the WHATWG Encoding
// standard define it: lone surrogates encode as U+FFFD (EF BF BD); invalid
// input decodes with one U+FFFD per maximal subpart of an ill-formed sequence.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::encoding {

// Number of leading bytes of `p` below 0x80 (word-at-a-time scan).
size_t ascii_prefix(const uint8_t* p, size_t n);
// Number of leading code units of `s` below 0x80.
size_t ascii_prefix(const char16_t* s, size_t n);

// Bytes needed to encode `s` as UTF-8.
size_t utf8_length(const char16_t* s, size_t n);
// Encodes as much of `s` as fits in `cap` bytes without splitting a
// character; returns the bytes written and stores the code units read in
// *consumed when given.
size_t utf8_encode(const char16_t* s, size_t n, uint8_t* out, size_t cap, size_t* consumed = nullptr);

// Decodes `n` bytes into `out`, which must hold n code units (UTF-16 never
// needs more units than UTF-8 has bytes). Returns the units written. With
// `fatal`, stops at the first ill-formed sequence and returns SIZE_MAX.
size_t utf8_decode(const uint8_t* p, size_t n, char16_t* out, bool fatal = false);
// Code units the decoded text has (for sizing without decoding).
size_t utf8_decoded_length(const uint8_t* p, size_t n);

bool utf8_valid(const uint8_t* p, size_t n);

// Bytes at the end of `p` that start a well-formed but unfinished sequence
// (0..3): a streaming decoder keeps them for the next chunk. `by_bit_pattern`
// judges lead and continuation bytes by their high bits alone, as Node's
// string_decoder does (so C0 or F5 also wait for more bytes).
size_t utf8_incomplete_tail(const uint8_t* p, size_t n, bool by_bit_pattern = false);

}  // namespace jolt::encoding
