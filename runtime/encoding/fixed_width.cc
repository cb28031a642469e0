#include "fixed_width.h"

#include <cstring>

#include "utf8.h"

namespace jolt::encoding {

// The loops are written so that GCC vectorizes them at -O3.

void latin1_encode(const char16_t* s, size_t n, uint8_t* out) {
  for (size_t i = 0; i < n; i++) out[i] = static_cast<uint8_t>(s[i]);
}

void latin1_decode(const uint8_t* p, size_t n, char16_t* out) {
  for (size_t i = 0; i < n; i++) out[i] = p[i];
}

void ascii_decode(const uint8_t* p, size_t n, char16_t* out) {
  for (size_t i = 0; i < n; i++) out[i] = p[i] & 0x7F;
}

void utf16le_encode(const char16_t* s, size_t bytes, uint8_t* out) {
  // Little-endian host (x86-64, aarch64): the code units are the bytes.
  std::memcpy(out, s, bytes);
}

void utf16le_decode(const uint8_t* p, size_t units, char16_t* out) { std::memcpy(out, p, units * 2); }

namespace {
// WHATWG index-windows-1252, pointers 0-31 (bytes 0x80-0x9F).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
}  // namespace

void windows1252_decode(const uint8_t* p, size_t n, char16_t* out) {
  for (size_t i = 0; i < n; i++) {
    uint8_t b = p[i];
    out[i] = (b >= 0x80 && b < 0xA0) ? kWindows1252High[b - 0x80] : b;
  }
}

size_t utf16_decode(const uint8_t* p, size_t units, char16_t* out, bool big_endian, bool fatal) {
  for (size_t i = 0; i < units; i++) {
    out[i] = big_endian ? static_cast<char16_t>((p[2 * i] << 8) | p[2 * i + 1])
                        : static_cast<char16_t>(p[2 * i] | (p[2 * i + 1] << 8));
  }
  for (size_t i = 0; i < units; i++) {
    char16_t c = out[i];
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < units && out[i + 1] >= 0xDC00 && out[i + 1] <= 0xDFFF) {
      i++;
      continue;
    }
    if (fatal) return SIZE_MAX;
    out[i] = 0xFFFD;
  }
  return units;
}

bool is_ascii(const uint8_t* p, size_t n) { return ascii_prefix(p, n) == n; }

}  // namespace jolt::encoding
