#include "base64.h"

namespace jolt::encoding {

namespace {

constexpr char kStd[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUrl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Sextet of each character, both alphabets at once; 64 marks '=' (the end),
// 255 a character that is skipped.
struct DecodeTable {
  uint8_t v[256];
  constexpr DecodeTable() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 64; i++) {
      v[static_cast<uint8_t>(kStd[i])] = static_cast<uint8_t>(i);
      v[static_cast<uint8_t>(kUrl[i])] = static_cast<uint8_t>(i);
    }
    v[static_cast<uint8_t>('=')] = 64;
  }
};
constexpr DecodeTable kDecode;

template <typename Char>
size_t decode(const Char* s, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0, o = 0;
  // Fast path: whole groups of four valid characters.
  while (i + 4 <= n && o + 3 <= cap) {
    if ((s[i] | s[i + 1] | s[i + 2] | s[i + 3]) > 0xFF) break;
    uint32_t a = kDecode.v[s[i]], b = kDecode.v[s[i + 1]], c = kDecode.v[s[i + 2]], d = kDecode.v[s[i + 3]];
    if ((a | b | c | d) >= 64) break;
    uint32_t w = (a << 18) | (b << 12) | (c << 6) | d;
    out[o] = static_cast<uint8_t>(w >> 16);
    out[o + 1] = static_cast<uint8_t>(w >> 8);
    out[o + 2] = static_cast<uint8_t>(w);
    i += 4;
    o += 3;
  }
  // Slow path: skip what is not in the alphabet, stop at '='.
  uint32_t acc = 0;
  int have = 0;
  for (; i < n && o < cap; i++) {
    uint32_t ch = s[i];
    uint8_t v = ch > 0xFF ? 255 : kDecode.v[ch];
    if (v == 64) break;
    if (v == 255) continue;
    acc = (acc << 6) | v;
    if (++have == 4) {
      out[o++] = static_cast<uint8_t>(acc >> 16);
      if (o < cap) out[o++] = static_cast<uint8_t>(acc >> 8);
      if (o < cap) out[o++] = static_cast<uint8_t>(acc);
      acc = 0;
      have = 0;
    }
  }
  // A final group of 2 or 3 characters carries 1 or 2 bytes.
  if (have >= 2 && o < cap) out[o++] = static_cast<uint8_t>(acc >> (have == 2 ? 4 : 10));
  if (have == 3 && o < cap) out[o++] = static_cast<uint8_t>(acc >> 2);
  return o;
}

}  // namespace

size_t base64_encode(const uint8_t* p, size_t n, uint8_t* out, bool url) {
  const char* abc = url ? kUrl : kStd;
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t w = (uint32_t(p[i]) << 16) | (uint32_t(p[i + 1]) << 8) | p[i + 2];
    out[o] = abc[w >> 18];
    out[o + 1] = abc[(w >> 12) & 63];
    out[o + 2] = abc[(w >> 6) & 63];
    out[o + 3] = abc[w & 63];
    o += 4;
  }
  if (n - i == 1) {
    uint32_t w = uint32_t(p[i]) << 16;
    out[o++] = abc[w >> 18];
    out[o++] = abc[(w >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t w = (uint32_t(p[i]) << 16) | (uint32_t(p[i + 1]) << 8);
    out[o++] = abc[w >> 18];
    out[o++] = abc[(w >> 12) & 63];
    out[o++] = abc[(w >> 6) & 63];
    if (!url) out[o++] = '=';
  }
  return o;
}

size_t base64_decode(const uint8_t* s, size_t n, uint8_t* out, size_t cap) { return decode(s, n, out, cap); }
size_t base64_decode(const char16_t* s, size_t n, uint8_t* out, size_t cap) { return decode(s, n, out, cap); }

}  // namespace jolt::encoding
