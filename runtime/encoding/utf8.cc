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

inline uint32_t load32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

inline bool is_high_surrogate(uint32_t c) { return (c & 0xFC00) == 0xD800; }
inline bool is_low_surrogate(uint32_t c) { return (c & 0xFC00) == 0xDC00; }

// The UTF-8 bytes of a code point that needs 2, 3 or 4 of them.
inline void put2(uint8_t* out, uint32_t c) {
  out[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
  out[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
}
inline void put3(uint8_t* out, uint32_t c) {
  out[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
  out[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
  out[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
}
inline void put4(uint8_t* out, uint32_t c) {
  out[0] = static_cast<uint8_t>(0xF0 | (c >> 18));
  out[1] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<uint8_t>(0x80 | (c & 0x3F));
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
  // Every unit is one byte, plus one from U+0080 and one more from U+0800;
  // a well-formed surrogate pair is then counted 3 + 3 but is 4 bytes. Lone
  // surrogates count 3, the size of the U+FFFD they become.
  size_t i = ascii_prefix(s, n);
  size_t extra = 0, pairs = 0;
#ifdef __SSE2__
  // 8 units per step. The lanes of acc_extra count units below each bound
  // (a compare gives -1 where true, subtracted); the units at or above are
  // the 16 per step minus those. Lanes are summed before they can wrap.
  const __m128i m80 = _mm_set1_epi16(static_cast<short>(0xFF80)), m800 = _mm_set1_epi16(static_cast<short>(0xF800));
  const __m128i mfc00 = _mm_set1_epi16(static_cast<short>(0xFC00)), zero = _mm_setzero_si128();
  const __m128i hi = _mm_set1_epi16(static_cast<short>(0xD800)), lo = _mm_set1_epi16(static_cast<short>(0xDC00));
  while (i + 9 <= n) {
    __m128i acc_extra = zero, acc_pairs = zero;
    for (size_t steps = 0; steps < 8192 && i + 9 <= n; steps++, i += 8) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));
      acc_extra = _mm_sub_epi16(acc_extra, _mm_cmpeq_epi16(_mm_and_si128(v, m80), zero));
      acc_extra = _mm_sub_epi16(acc_extra, _mm_cmpeq_epi16(_mm_and_si128(v, m800), zero));
      __m128i pair = _mm_and_si128(_mm_cmpeq_epi16(_mm_and_si128(v, mfc00), hi), _mm_cmpeq_epi16(_mm_and_si128(next, mfc00), lo));
      acc_pairs = _mm_sub_epi16(acc_pairs, pair);
      extra += 16;
    }
    alignas(16) uint16_t e[8], q[8];
    _mm_store_si128(reinterpret_cast<__m128i*>(e), acc_extra);
    _mm_store_si128(reinterpret_cast<__m128i*>(q), acc_pairs);
    for (int k = 0; k < 8; k++) {
      extra -= e[k];
      pairs += q[k];
    }
  }
#endif
  for (; i < n; i++) {
    extra += (s[i] >= 0x80) + (s[i] >= 0x800);
    pairs += i + 1 < n && is_high_surrogate(s[i]) && is_low_surrogate(s[i + 1]);
  }
  return n + extra - 2 * pairs;
}

size_t utf8_encode(const char16_t* src, size_t n, uint8_t* dst, size_t cap, size_t* consumed) {
  // Byte stores may alias anything; restrict lets the units stay in registers.
  const char16_t* __restrict s = src;
  uint8_t* __restrict out = dst;
  size_t i = 0, o = 0;
  while (i < n) {
    // ASCII runs: 16 units at a time, then 4, narrowed without branches per unit.
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
    // Mixed text, one character per step. No unit takes more than 3 bytes
    // (a pair is 4 for 2 units), so in the first (cap - o) / 3 - 1 units
    // every step fits without a check, and stopping 3 units before the end
    // lets each step read 4 units.
    size_t room = (cap - o) / 3;
    size_t fast_end = std::min(n > 3 ? n - 3 : 0, room > 1 ? i + room - 1 : 0);
    while (i < fast_end) {
      uint32_t c = s[i];
      if (c < 0x80) {
        uint64_t four = load64(s + i);
        if (!(four & kHighBits16)) {
          // Four ASCII units; a longer run goes back to the blocks.
          out[o] = static_cast<uint8_t>(four);
          out[o + 1] = static_cast<uint8_t>(four >> 16);
          out[o + 2] = static_cast<uint8_t>(four >> 32);
          out[o + 3] = static_cast<uint8_t>(four >> 48);
          o += 4;
          i += 4;
          if (i + 8 <= n && !(load64(s + i) & kHighBits16)) break;
        } else {
          out[o++] = static_cast<uint8_t>(c);
          i++;
        }
      } else if (c < 0x800) {
        put2(out + o, c);
        o += 2;
        i++;
      } else if (!is_high_surrogate(c) || !is_low_surrogate(s[i + 1])) {
        if ((c & 0xF800) == 0xD800) c = 0xFFFD;  // a lone surrogate
        put3(out + o, c);
        o += 3;
        i++;
      } else {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        put4(out + o, c);
        o += 4;
        i += 2;
      }
    }
    if (i >= n) break;
    if (i < fast_end) continue;  // an ASCII run: back to the blocks
    // Near the end of the text or of the room: one character, only if it
    // fits whole.
    uint32_t c = s[i];
    size_t units = 1;
    if (is_high_surrogate(c) && i + 1 < n && is_low_surrogate(s[i + 1])) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      units = 2;
    } else if ((c & 0xF800) == 0xD800) {
      c = 0xFFFD;
    }
    if (c < 0x80) {
      if (o + 1 > cap) break;
      out[o++] = static_cast<uint8_t>(c);
    } else if (c < 0x800) {
      if (o + 2 > cap) break;
      put2(out + o, c);
      o += 2;
    } else if (c < 0x10000) {
      if (o + 3 > cap) break;
      put3(out + o, c);
      o += 3;
    } else {
      if (o + 4 > cap) break;
      put4(out + o, c);
      o += 4;
    }
    i += units;
  }
  if (consumed) *consumed = i;
  return o;
}

size_t utf8_decode(const uint8_t* src, size_t n, char16_t* dst, bool fatal) {
  const uint8_t* __restrict p = src;
  char16_t* __restrict out = dst;
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
    // Mixed text, while 4 bytes can be read: each step takes the next 4
    // bytes as one little-endian word and decodes a well-formed sequence
    // (or 1 to 4 ASCII bytes) from it with masks instead of per-byte
    // branches. Anything else (ill-formed, overlong, surrogates, the last
    // bytes) leaves for the general step below, which decides it the same
    // way a byte at a time.
    while (i + 4 <= n) {
      uint32_t w = load32(p + i);
      if (!(w & 0x80)) {
        if (!(w & 0x80808080)) {
          // Back to the blocks when a longer ASCII run follows.
          if (i + 12 <= n && !(load64(p + i + 4) & kHighBits8)) break;
          out[o] = static_cast<char16_t>(w & 0xFF);
          out[o + 1] = static_cast<char16_t>((w >> 8) & 0xFF);
          out[o + 2] = static_cast<char16_t>((w >> 16) & 0xFF);
          out[o + 3] = static_cast<char16_t>(w >> 24);
          o += 4;
          i += 4;
        } else {
          out[o++] = static_cast<char16_t>(w & 0x7F);
          i++;
        }
      } else if ((w & 0xC0E0) == 0x80C0 && (w & 0x1E)) {  // 110xxxxx 10xxxxxx, not C0/C1
        out[o] = static_cast<char16_t>(((w & 0x1F) << 6) | ((w >> 8) & 0x3F));
        // Two-byte text (Greek, Cyrillic, ...) often has a second one next.
        if ((w & 0xC0E00000) == 0x80C00000 && (w & 0x1E0000)) {
          out[o + 1] = static_cast<char16_t>(((w >> 10) & 0x7C0) | ((w >> 24) & 0x3F));
          o += 2;
          i += 4;
        } else {
          o++;
          i += 2;
        }
      } else if ((w & 0xC0C0F0) == 0x8080E0) {  // 1110xxxx 10xxxxxx 10xxxxxx
        uint32_t c = ((w & 0x0F) << 12) | ((w & 0x3F00) >> 2) | ((w >> 16) & 0x3F);
        if (c < 0x800 || (c & 0xF800) == 0xD800) break;  // overlong or a surrogate
        out[o++] = static_cast<char16_t>(c);
        i += 3;
      } else if ((w & 0xC0C0C0F8) == 0x808080F0) {  // 11110xxx and three 10xxxxxx
        uint32_t c = ((w & 0x07) << 18) | ((w & 0x3F00) << 4) | ((w >> 10) & 0xFC0) | ((w >> 24) & 0x3F);
        if (c < 0x10000 || c > 0x10FFFF) break;
        c -= 0x10000;
        out[o] = static_cast<char16_t>(0xD800 + (c >> 10));
        out[o + 1] = static_cast<char16_t>(0xDC00 + (c & 0x3FF));
        o += 2;
        i += 4;
      } else {
        break;
      }
    }
    if (i >= n) break;
    if (i + 4 <= n && !(p[i] & 0x80)) continue;  // an ASCII run: back to the blocks
    // General step: one ASCII byte or one sequence, well-formed or not.
    if (p[i] < 0x80) {
      out[o++] = p[i++];
      continue;
    }
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
