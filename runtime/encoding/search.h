// Byte searches and fills over Buffer memory.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::encoding {

// First index >= from where `needle` occurs in `hay`, or -1. An empty needle
// is found at `from` (clamped to n).
long long index_of(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m, size_t from);
// Last index <= from where `needle` occurs, or -1.
long long last_index_of(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m, size_t from);
// Repeats `pattern` (m >= 1 bytes) over out[0..n).
void fill_pattern(uint8_t* out, size_t n, const uint8_t* pattern, size_t m);

}  // namespace jolt::encoding
