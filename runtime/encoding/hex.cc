#include "hex.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jolt::encoding {

namespace {

// Value of each hex digit, 255 for anything else.
struct HexTable {
  uint8_t v[256];
  constexpr HexTable() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 10; i++) v['0' + i] = static_cast<uint8_t>(i);
    for (int i = 0; i < 6; i++) {
      v['a' + i] = static_cast<uint8_t>(10 + i);
      v['A' + i] = static_cast<uint8_t>(10 + i);
    }
  }
};
constexpr HexTable kHex;

// Both characters of every byte value, so encoding is one 16-bit store per byte.
struct PairTable {
  char v[512];
  constexpr PairTable() : v() {
    constexpr char d[] = "0123456789abcdef";
    for (int i = 0; i < 256; i++) {
      v[2 * i] = d[i >> 4];
      v[2 * i + 1] = d[i & 15];
    }
  }
};
constexpr PairTable kPairs;

template <typename Char>
size_t decode(const Char* s, size_t n, uint8_t* out, size_t cap) {
  size_t pairs = n / 2;
  if (pairs > cap) pairs = cap;
  for (size_t i = 0; i < pairs; i++) {
    uint32_t a = s[2 * i], b = s[2 * i + 1];
    if ((a | b) > 0xFF) return i;
    uint32_t hi = kHex.v[a], lo = kHex.v[b];
    if ((hi | lo) > 15) return i;  // 255 marks a non-digit
    out[i] = static_cast<uint8_t>((hi << 4) | lo);
  }
  return pairs;
}

}  // namespace

// The same pairs as two UTF-16 units packed in a 32-bit word (little-endian).
struct WidePairTable {
  uint32_t v[256];
  constexpr WidePairTable() : v() {
    constexpr char d[] = "0123456789abcdef";
    for (int i = 0; i < 256; i++) v[i] = uint32_t(uint8_t(d[i >> 4])) | (uint32_t(uint8_t(d[i & 15])) << 16);
  }
};
constexpr WidePairTable kWidePairs;

void hex_encode(const uint8_t* p, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; i++) std::memcpy(out + 2 * i, kPairs.v + 2 * p[i], 2);
}

void hex_encode(const uint8_t* p, size_t n, char16_t* out) {
  size_t i = 0;
#ifdef __SSE2__
  // 16 bytes at a time: split nibbles, map 0-9 to '0'-'9' and 10-15 to
  // 'a'-'f' arithmetically, interleave, widen to UTF-16.
  const __m128i mask = _mm_set1_epi8(0x0F), nine = _mm_set1_epi8(9);
  const __m128i zero_char = _mm_set1_epi8('0'), letter_gap = _mm_set1_epi8('a' - '0' - 10), zero = _mm_setzero_si128();
  auto digits = [&](__m128i x) {
    return _mm_add_epi8(_mm_add_epi8(x, zero_char), _mm_and_si128(_mm_cmpgt_epi8(x, nine), letter_gap));
  };
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hi = digits(_mm_and_si128(_mm_srli_epi16(v, 4), mask));
    __m128i lo = digits(_mm_and_si128(v, mask));
    __m128i first = _mm_unpacklo_epi8(hi, lo), second = _mm_unpackhi_epi8(hi, lo);
    auto* o = reinterpret_cast<__m128i*>(out + 2 * i);
    _mm_storeu_si128(o, _mm_unpacklo_epi8(first, zero));
    _mm_storeu_si128(o + 1, _mm_unpackhi_epi8(first, zero));
    _mm_storeu_si128(o + 2, _mm_unpacklo_epi8(second, zero));
    _mm_storeu_si128(o + 3, _mm_unpackhi_epi8(second, zero));
  }
#endif
  for (; i < n; i++) std::memcpy(out + 2 * i, &kWidePairs.v[p[i]], 4);
}

size_t hex_decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return decode(s, n, out, cap); }
size_t hex_decode(const char16_t* s, size_t n, uint8_t* out, size_t cap) { return decode(s, n, out, cap); }

}  // namespace jolt::encoding
