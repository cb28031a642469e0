#include "search.h"

#include <cstring>

namespace jolt::encoding {

long long index_of(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m, size_t from) {
  if (from > n) from = n;
  if (m == 0) return static_cast<long long>(from);
  if (m > n - from) return -1;
  // glibc's memmem is a two-way search with a fast memchr-based skip.
  const void* hit = memmem(hay + from, n - from, needle, m);
  return hit ? static_cast<const uint8_t*>(hit) - hay : -1;
}

long long last_index_of(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m, size_t from) {
  if (m == 0) return static_cast<long long>(from < n ? from : n);
  if (m > n) return -1;
  size_t start = from < n - m ? from : n - m;
  if (m == 1) {
    const void* hit = memrchr(hay, needle[0], start + 1);
    return hit ? static_cast<const uint8_t*>(hit) - hay : -1;
  }
  for (size_t i = start + 1; i-- > 0;) {
    // Candidates from memrchr on the first byte, then a full compare.
    const void* hit = memrchr(hay, needle[0], i + 1);
    if (!hit) return -1;
    i = static_cast<const uint8_t*>(hit) - hay;
    if (std::memcmp(hay + i, needle, m) == 0) return static_cast<long long>(i);
  }
  return -1;
}

void fill_pattern(uint8_t* out, size_t n, const uint8_t* pattern, size_t m) {
  if (n == 0 || m == 0) return;
  if (m == 1) {
    std::memset(out, pattern[0], n);
    return;
  }
  size_t first = m < n ? m : n;
  std::memmove(out, pattern, first);
  // Doubling copies: each memcpy copies everything written so far.
  size_t done = first;
  while (done < n) {
    size_t chunk = done < n - done ? done : n - done;
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
}

}  // namespace jolt::encoding
