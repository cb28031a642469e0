#include "utf8.h"

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jolt::encoding {

namespace {

constexpr uint64_t kHighBits8 = 0x8080808080808080ull;
constexpr uint64_t kHighBits16 = 0xFF80FF80FF80FF80ull;

inline uint64_t load64(const void* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Length of the sequence led by `b` and the range its second byte must be
// in (WHATWG "UTF-8 decoder" bounds); 0 for a byte that cannot lead.
struct Lead {
  uint8_t need;
  uint8_t lo;
  uint8_t hi;
};
inline Lead lead_of(uint8_t b) {
  if (b >= 0xC2 && b <= 0xDF) return {1, 0x80, 0xBF};
  if (b == 0xE0) return {2, 0xA0, 0xBF};
  if (b == 0xED) return {2, 0x80, 0x9F};
  if (b >= 0xE1 && b <= 0xEF) return {2, 0x80, 0xBF};
  if (b == 0xF0) return {3, 0x90, 0xBF};
  if (b == 0xF4) return {3, 0x80, 0x8F};
  if (b >= 0xF1 && b <= 0xF3) return {3, 0x80, 0xBF};
  return {0, 0, 0};
}

// Reads one non-ASCII sequence at p[i]; returns the code point, or
// 0xFFFFFFFF for an ill-formed one, and advances i past what it consumed
// (the maximal subpart for an ill-formed sequence).
inline uint32_t read_sequence(const uint8_t* p, size_t n, size_t& i) {
  Lead l = lead_of(p[i]);
  if (l.need == 0) {
    i++;
    return 0xFFFFFFFF;
  }
  uint32_t cp = p[i] & (0x3F >> l.need);
  size_t j = i + 1;
  uint8_t lo = l.lo, hi = l.hi;
  for (unsigned k = 0; k < l.need; k++, j++) {
    if (j >= n || p[j] < lo || p[j] > hi) {
      i = j;
      return 0xFFFFFFFF;
    }
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (p[j] & 0x3F);
  }
  i = j;
  return cp;
}

// ASCII runs, 16 at a time with SSE2 (part of the x86-64 baseline): each
// returns how many units it handled, stopping before a block that holds a
// non-ASCII unit (or before the last partial block).
#ifdef __SSE2__
inline size_t widen_ascii_blocks(const uint8_t* p, size_t n, char16_t* out) {
  const __m128i zero = _mm_setzero_si128();
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(v)) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(v, zero));
  }
  return i;
}

inline bool all_ascii16(__m128i a, __m128i b) {
  const __m128i high = _mm_set1_epi16(static_cast<short>(0xFF80));
  __m128i t = _mm_and_si128(_mm_or_si128(a, b), high);
  return _mm_movemask_epi8(_mm_cmpeq_epi16(t, _mm_setzero_si128())) == 0xFFFF;
}

inline size_t narrow_ascii_blocks(const char16_t* s, size_t n, uint8_t* out) {
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 8));
    if (!all_ascii16(a, b)) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_packus_epi16(a, b));
  }
  return i;
}

inline size_t ascii_blocks16(const char16_t* s, size_t n) {
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 8));
    if (!all_ascii16(a, b)) break;
  }
  return i;
}
#else
inline size_t widen_ascii_blocks(const uint8_t*, size_t, char16_t*) { return 0; }
inline size_t narrow_ascii_blocks(const char16_t*, size_t, uint8_t*) { return 0; }
inline size_t ascii_blocks16(const char16_t*, size_t) { return 0; }
#endif

}  // namespace

size_t ascii_prefix(const uint8_t* p, size_t n) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    if ((load64(p + i) | load64(p + i + 8) | load64(p + i + 16) | load64(p + i + 24)) & kHighBits8) break;
  }
  for (; i + 8 <= n; i += 8) {
    if (load64(p + i) & kHighBits8) break;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

size_t ascii_prefix(const char16_t* s, size_t n) {
  size_t i = ascii_blocks16(s, n);
  for (; i + 4 <= n; i += 4) {
    if (load64(s + i) & kHighBits16) break;
  }
  while (i < n && s[i] < 0x80) i++;
  return i;
}

size_t utf8_length(const char16_t* s, size_t n) {
  size_t i = ascii_prefix(s, n);
  size_t bytes = i;
  for (; i < n; i++) {
    char16_t c = s[i];
    if (c < 0x80) {
      bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      bytes += 4;
      i++;
    } else {
      bytes += 3;  // BMP character, or a lone surrogate written as U+FFFD
    }
  }
  return bytes;
}

size_t utf8_encode(const char16_t* s, size_t n, uint8_t* out, size_t cap, size_t* consumed) {
  size_t i = 0, o = 0;
  // ASCII runs: 16 units at a time, then 4, narrowed without branches per unit.
  while (i < n) {
    size_t run = narrow_ascii_blocks(s + i, std::min(n - i, cap - o), out + o);
    i += run;
    o += run;
    while (i + 4 <= n && o + 4 <= cap && !(load64(s + i) & kHighBits16)) {
      out[o] = static_cast<uint8_t>(s[i]);
      out[o + 1] = static_cast<uint8_t>(s[i + 1]);
      out[o + 2] = static_cast<uint8_t>(s[i + 2]);
      out[o + 3] = static_cast<uint8_t>(s[i + 3]);
      i += 4;
      o += 4;
    }
    if (i >= n) break;
    uint32_t c = s[i];
    size_t units = 1;
    if (c < 0x80) {
      if (o + 1 > cap) break;
      out[o++] = static_cast<uint8_t>(c);
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        units = 2;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x800) {
      if (o + 2 > cap) break;
      out[o++] = static_cast<uint8_t>(0xC0 | (c >> 6));
      out[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      if (o + 3 > cap) break;
      out[o++] = static_cast<uint8_t>(0xE0 | (c >> 12));
      out[o++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      out[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    } else {
      if (o + 4 > cap) break;
      out[o++] = static_cast<uint8_t>(0xF0 | (c >> 18));
      out[o++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
      out[o++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      out[o++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    }
    i += units;
  }
  if (consumed) *consumed = i;
  return o;
}

size_t utf8_decode(const uint8_t* p, size_t n, char16_t* out, bool fatal) {
  size_t i = 0, o = 0;
  while (i < n) {
    // Widen ASCII runs 16 bytes, then 8 bytes, at a time.
    size_t run = widen_ascii_blocks(p + i, n - i, out + o);
    i += run;
    o += run;
    while (i + 8 <= n && !(load64(p + i) & kHighBits8)) {
      for (int k = 0; k < 8; k++) out[o + k] = p[i + k];
      i += 8;
      o += 8;
    }
    if (i >= n) break;
    // Non-ASCII text: well-formed two- and three-byte sequences decode
    // inline, one after another; anything else goes through read_sequence.
    for (;;) {
      uint8_t b = p[i];
      if (b < 0x80) {
        out[o++] = b;
        i++;
      } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        out[o++] = static_cast<char16_t>(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
        i += 2;
      } else if ((b & 0xF0) == 0xE0 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
        uint32_t c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) break;  // overlong or surrogate
        out[o++] = static_cast<char16_t>(c);
        i += 3;
      } else {
        break;
      }
      // Back to the block loops when an ASCII run of 16 may start.
      if (i >= n || (p[i] < 0x80 && i + 16 <= n && p[i + 1] < 0x80)) break;
    }
    if (i >= n) break;
    if (p[i] < 0x80) continue;
    uint32_t cp = read_sequence(p, n, i);
    if (cp == 0xFFFFFFFF) {
      if (fatal) return SIZE_MAX;
      out[o++] = 0xFFFD;
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = static_cast<char16_t>(0xD800 + (cp >> 10));
      out[o++] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = static_cast<char16_t>(cp);
    }
  }
  return o;
}

size_t utf8_decoded_length(const uint8_t* p, size_t n) {
  size_t i = ascii_prefix(p, n), units = i;
  while (i < n) {
    if (p[i] < 0x80) {
      i++;
      units++;
      continue;
    }
    uint32_t cp = read_sequence(p, n, i);
    units += (cp != 0xFFFFFFFF && cp >= 0x10000) ? 2 : 1;
  }
  return units;
}

bool utf8_valid(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    i += ascii_prefix(p + i, n - i);
    if (i >= n) break;
    if (read_sequence(p, n, i) == 0xFFFFFFFF) return false;
  }
  return true;
}

size_t utf8_incomplete_tail(const uint8_t* p, size_t n, bool by_bit_pattern) {
  // Look back at most 3 bytes for a lead byte whose sequence runs past the end.
  for (size_t back = 1; back <= 3 && back <= n; back++) {
    uint8_t b = p[n - back];
    if (b < 0x80) return 0;
    if (b < 0xC0) continue;  // continuation byte: keep looking for the lead
    if (by_bit_pattern) {
      size_t need = b >= 0xF8 ? 0 : (b >= 0xF0 ? 3 : (b >= 0xE0 ? 2 : 1));
      return back <= need ? back : 0;
    }
    Lead l = lead_of(b);
    if (back > l.need) return 0;  // complete (or invalid): decoded now
    // The bytes after the lead must be valid continuations so far.
    uint8_t lo = l.lo, hi = l.hi;
    for (size_t k = n - back + 1; k < n; k++) {
      if (p[k] < lo || p[k] > hi) return 0;
      lo = 0x80;
      hi = 0xBF;
    }
    return back;
  }
  return 0;
}

}  // namespace jolt::encoding
