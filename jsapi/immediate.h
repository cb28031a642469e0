// Numbers, booleans, undefined and null read and made without a C API call.
//
// Every JSC C API call takes the VM lock (a few hundred instructions), which
// dominates a native call that works on a 1 KiB buffer. On 64-bit builds JSC
// passes a JSValueRef as the encoded JSValue itself (NaN-boxing): int32s
// carry the tag 0xfffe in their top 16 bits, other doubles are offset by
// 2^49, and undefined/null/true/false are small constants. These helpers
// decode those bits inline. The encoding is checked once per process
// against the real API (verify_immediates); if it ever differs, every helper
// falls back to the API call, so a different JSC build stays correct.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cmath>
#include <cstdint>
#include <cstring>

namespace jolt::js {

namespace immediate_detail {
constexpr uint64_t kNumberTag = 0xfffe000000000000ull;
constexpr uint64_t kDoubleOffset = 1ull << 49;
constexpr uint64_t kValueFalse = 0x06, kValueTrue = 0x07, kValueUndefined = 0x0a, kValueNull = 0x02;
// Set by verify_immediates(); false until then, so nothing is decoded blind.
inline bool g_verified = false;
inline uint64_t bits(JSValueRef v) { return reinterpret_cast<uintptr_t>(v); }
}  // namespace immediate_detail

// Checks the encoding against JSValueMake* once; cheap to call again.
inline bool verify_immediates(JSContextRef ctx) {
  using namespace immediate_detail;
  static const bool ok = [ctx] {
    if (sizeof(void*) != 8) return false;
    double half;
    uint64_t half_bits = bits(JSValueMakeNumber(ctx, 0.5));
    half_bits -= kDoubleOffset;
    std::memcpy(&half, &half_bits, 8);
    return bits(JSValueMakeNumber(ctx, 7)) == (kNumberTag | 7) &&
           bits(JSValueMakeNumber(ctx, -1)) == (kNumberTag | 0xffffffffull) && half == 0.5 &&
           bits(JSValueMakeUndefined(ctx)) == kValueUndefined && bits(JSValueMakeNull(ctx)) == kValueNull &&
           bits(JSValueMakeBoolean(ctx, true)) == kValueTrue && bits(JSValueMakeBoolean(ctx, false)) == kValueFalse &&
           JSValueToNumber(ctx, reinterpret_cast<JSValueRef>(kNumberTag | 42), nullptr) == 42;
  }();
  g_verified = ok;
  return ok;
}

// ToNumber for a value JS passes as a number (or undefined, which reads as
// NaN); anything else goes through JSValueToNumber.
inline double to_number(JSContextRef ctx, JSValueRef v) {
  using namespace immediate_detail;
  if (g_verified) {
    uint64_t b = bits(v);
    if ((b & kNumberTag) == kNumberTag) return static_cast<double>(static_cast<int32_t>(static_cast<uint32_t>(b)));
    if (b & kNumberTag) {
      b -= kDoubleOffset;
      double d;
      std::memcpy(&d, &b, 8);
      return d;
    }
    if (b == kValueUndefined) return std::nan("");
  }
  return JSValueToNumber(ctx, v, nullptr);
}

// ToBoolean for booleans, undefined and null; others through the API.
inline bool to_boolean(JSContextRef ctx, JSValueRef v) {
  using namespace immediate_detail;
  if (g_verified) {
    uint64_t b = bits(v);
    if (b == kValueTrue) return true;
    if (b == kValueFalse || b == kValueUndefined || b == kValueNull) return false;
  }
  return JSValueToBoolean(ctx, v);
}

// A number result: int32 values are encoded inline.
inline JSValueRef make_number(JSContextRef ctx, double d) {
  using namespace immediate_detail;
  if (g_verified && d >= INT32_MIN && d <= INT32_MAX) {
    auto i = static_cast<int32_t>(d);
    if (static_cast<double>(i) == d && !(i == 0 && std::signbit(d))) {
      return reinterpret_cast<JSValueRef>(kNumberTag | static_cast<uint32_t>(i));
    }
  }
  return JSValueMakeNumber(ctx, d);
}

// Whether `v` is a number (any number has a tag bit in its top 15 bits).
inline bool is_number(JSContextRef ctx, JSValueRef v) {
  using namespace immediate_detail;
  return g_verified ? (bits(v) & kNumberTag) != 0 : JSValueIsNumber(ctx, v);
}

inline JSValueRef make_undefined(JSContextRef ctx) {
  using namespace immediate_detail;
  return g_verified ? reinterpret_cast<JSValueRef>(kValueUndefined) : JSValueMakeUndefined(ctx);
}

inline JSValueRef make_boolean(JSContextRef ctx, bool b) {
  using namespace immediate_detail;
  return g_verified ? reinterpret_cast<JSValueRef>(b ? kValueTrue : kValueFalse) : JSValueMakeBoolean(ctx, b);
}

}  // namespace jolt::js
