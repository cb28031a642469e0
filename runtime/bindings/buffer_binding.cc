// internalBinding('buffer'): the byte work of node:buffer, TextEncoder,
// TextDecoder and string_decoder. JS validates arguments and picks the
// encoding; these functions read strings straight from JSC's UTF-16 and
// write straight into the target view's memory. Every argument is checked
// again here (a bad one gives 0, -1 or undefined, never a crash).
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#include "../encoding/base64.h"
#include "../encoding/fixed_width.h"
#include "../encoding/hex.h"
#include "../encoding/search.h"
#include "../encoding/utf8.h"
#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "immediate.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

namespace enc = encoding;

// Encoding ids shared with stdlib/buffer.js (kEncodingIds there). The last
// three are TextDecoder's WHATWG decoders (decoding only).
enum Encoding : int {
  kUtf8 = 0,
  kUtf16le,
  kLatin1,
  kAscii,
  kBase64,
  kBase64url,
  kHex,
  kWindows1252,
  kUtf16leStrict,
  kUtf16beStrict,
  kEncodingCount
};

// Every C API call takes the VM lock (~40 ns), a real share of a call on a
// 1 KiB buffer, so numeric arguments are decoded inline (js/immediate.h):
// JS always passes numbers here, and a missing or odd one reads as NaN.
double number_arg(const js::Args& a, size_t i) {
  return i < a.count ? js::to_number(a.ctx, a.values[i]) : std::nan("");
}

Encoding encoding_arg(const js::Args& a, size_t i) {
  double d = number_arg(a, i);
  return (d >= 0 && d < static_cast<double>(kEncodingCount)) ? static_cast<Encoding>(static_cast<int>(d)) : kUtf8;
}

// A non-negative integer argument clamped to [0, max]; `max` if missing
// (undefined reads as NaN).
size_t size_arg(const js::Args& a, size_t i, size_t max) {
  double d = number_arg(a, i);
  if (std::isnan(d)) return max;
  if (d <= 0) return 0;
  if (d >= static_cast<double>(max)) return max;
  return static_cast<size_t>(d);
}

// The UTF-16 code units of a string argument (referenced, not copied, for
// strings JSC already holds as UTF-16).
struct Chars {
  js::String str;
  const char16_t* p = nullptr;
  size_t n = 0;
};
Chars chars_arg(const js::Args& a, size_t i) {
  Chars c;
  // JS passes strings only; anything else would be converted with ToString.
  if (i >= a.count) return c;
  c.str = js::String::from_value(a.ctx, a.values[i]);
  if (!c.str) return c;
  c.n = c.str.length();
  c.p = c.n ? c.str.chars() : u"";
  return c;
}

// UTF-16 scratch for decoding, reused across calls; released when large so a
// one-off huge decode does not pin memory. get() gives nullptr when memory
// runs out (the caller throws).
class Scratch {
 public:
  char16_t* get(size_t units) {
    if (units > cap_) {
      buf_.reset(new (std::nothrow) char16_t[units]);
      cap_ = buf_ ? units : 0;
    }
    return buf_.get();
  }
  void trim() {
    if (cap_ > kKeep) {
      buf_.reset();
      cap_ = 0;
    }
  }

 private:
  static constexpr size_t kKeep = size_t(4) << 20;  // units (8 MiB)
  std::unique_ptr<char16_t[]> buf_;
  size_t cap_ = 0;
};
// Per thread: a worker's runtime decodes on its own thread.
thread_local Scratch scratch;

// Node's (V8's) string length limit, which node:buffer reports as
// kStringMaxLength; longer results throw ERR_STRING_TOO_LONG as in Node.
constexpr size_t kStringMaxLength = (size_t(1) << 29) - 24;
constexpr char kStringTooLong[] = "Cannot create a string longer than 0x1fffffe8 characters";

JSValueRef make_string(JSContextRef ctx, const char16_t* s, size_t n) {
  JSValueRef v = js::String::utf16(s, n).value(ctx);
  scratch.trim();
  return v;
}

// Node's RangeError when memory for a result cannot be had.
JSValueRef throw_allocation_failed(JSContextRef ctx, JSValueRef* exception) {
  return js::throw_error(ctx, exception, js::ErrorType::RangeError, "Array buffer allocation failed");
}

// Bytes that `s` encodes to (exact for every encoding but base64, where, as
// in Node, it is the bound from the length and padding).
size_t encoded_length(Encoding e, const char16_t* s, size_t n) {
  switch (e) {
    case kUtf8: return enc::utf8_length(s, n);
    case kUtf16le: return n * 2;
    case kLatin1:
    case kAscii: return n;
    case kBase64:
    case kBase64url: return enc::base64_decoded_length(s, n);
    case kHex: return n / 2;
    default: return 0;
  }
}

// Writes `s` encoded as `e` into out[0..cap); returns the bytes written.
size_t encode_into(Encoding e, const char16_t* s, size_t n, uint8_t* out, size_t cap) {
  switch (e) {
    case kUtf8: return enc::utf8_encode(s, n, out, cap);
    case kUtf16le: {
      size_t bytes = std::min(n * 2, cap) & ~size_t(1);
      enc::utf16le_encode(s, bytes, out);
      return bytes;
    }
    case kLatin1:
    case kAscii: {
      size_t k = std::min(n, cap);
      enc::latin1_encode(s, k, out);
      return k;
    }
    case kBase64:
    case kBase64url: return enc::base64_decode(s, n, out, cap);
    case kHex: return enc::hex_decode(s, n, out, cap);
    default: return 0;
  }
}

// The JS string for bytes p[0..n) decoded as `e`; undefined if `fatal` and
// the UTF-8 is ill-formed; nullptr if memory ran out.
JSValueRef decode(JSContextRef ctx, Encoding e, const uint8_t* p, size_t n, bool fatal) {
  if (n == 0) return JSValueMakeString(ctx, js::String::latin1("").get());
  // The largest scratch any encoding needs: hex doubles, base64 grows by 4/3.
  if (!scratch.get(e == kHex ? n * 2 : (e == kBase64 || e == kBase64url) ? (n + 2) / 3 * 4 : n)) return nullptr;
  switch (e) {
    case kUtf8: {
      char16_t* out = scratch.get(n);
      size_t units = enc::utf8_decode(p, n, out, fatal);
      if (units == SIZE_MAX) return JSValueMakeUndefined(ctx);
      return make_string(ctx, out, units);
    }
    case kUtf16le: {
      char16_t* out = scratch.get(n / 2 + 1);
      enc::utf16le_decode(p, n / 2, out);
      return make_string(ctx, out, n / 2);
    }
    case kLatin1: {
      char16_t* out = scratch.get(n);
      enc::latin1_decode(p, n, out);
      return make_string(ctx, out, n);
    }
    case kAscii: {
      char16_t* out = scratch.get(n);
      enc::ascii_decode(p, n, out);
      return make_string(ctx, out, n);
    }
    case kWindows1252: {
      char16_t* out = scratch.get(n);
      enc::windows1252_decode(p, n, out);
      return make_string(ctx, out, n);
    }
    case kUtf16leStrict:
    case kUtf16beStrict: {
      char16_t* out = scratch.get(n / 2 + 1);
      size_t units = enc::utf16_decode(p, n / 2, out, e == kUtf16beStrict, fatal);
      if (units == SIZE_MAX) return JSValueMakeUndefined(ctx);
      return make_string(ctx, out, units);
    }
    case kHex: {
      char16_t* out = scratch.get(n * 2);
      enc::hex_encode(p, n, out);
      return make_string(ctx, out, n * 2);
    }
    case kBase64:
    case kBase64url: {
      // ASCII output: encode as bytes, widen once.
      size_t len = enc::base64_encoded_length(n, e == kBase64);
      std::unique_ptr<uint8_t[]> tmp(new (std::nothrow) uint8_t[len]);
      if (!tmp) return nullptr;
      enc::base64_encode(p, n, tmp.get(), e == kBase64url);
      char16_t* out = scratch.get(len);
      enc::latin1_decode(tmp.get(), len, out);
      return make_string(ctx, out, len);
    }
    default: return JSValueMakeUndefined(ctx);
  }
}

// byteLength(encoding, string)
JSValueRef byte_length(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  Chars s = chars_arg(a, 1);
  return js::make_number(ctx, static_cast<double>(encoded_length(encoding_arg(a, 0), s.p, s.n)));
}

// write(encoding, target, string, offset, maxLength) -> bytes written
JSValueRef write(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes t = js::bytes_of(ctx, a[1]);
  Chars s = chars_arg(a, 2);
  size_t offset = size_arg(a, 3, t.length);
  size_t cap = size_arg(a, 4, t.length - offset);
  if (!t.data || s.n == 0) return js::make_number(ctx, 0);
  return js::make_number(ctx, static_cast<double>(encode_into(encoding_arg(a, 0), s.p, s.n, t.data + offset, cap)));
}

// encode(encoding, string, Ctor) -> new Ctor(n) holding exactly the n bytes
// `string` encodes to (Ctor is Uint8Array or FastBuffer). The memory comes
// from JSC through the constructor, so the GC accounts for it: buffers
// adopted from malloc are invisible to it and a loop of large results would
// grow the process unchecked. Where the size is only an estimate (base64,
// hex), a shorter result is the constructor's subarray.
JSValueRef encode(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                  JSValueRef* exception) {
  js::Args a{ctx, argc, argv};
  Encoding e = encoding_arg(a, 0);
  if (!a.is_function(2)) return JSValueMakeUndefined(ctx);
  Chars s = chars_arg(a, 1);
  size_t bound = encoded_length(e, s.p, s.n);
  JSValueRef size = js::make_number(ctx, static_cast<double>(bound));
  JSObjectRef result = JSObjectCallAsConstructor(ctx, a.object(2), 1, &size, exception);
  if (!result) return JSValueMakeUndefined(ctx);
  js::Bytes out = js::bytes_of(ctx, result);
  if (out.length < bound) return JSValueMakeUndefined(ctx);
  size_t n = bound ? encode_into(e, s.p, s.n, out.data, bound) : 0;
  if (n == bound) return result;
  static const js::PropertyName subarray("subarray");
  JSValueRef method = js::get(ctx, result, subarray, exception);
  if (!method || !JSValueIsObject(ctx, method)) return JSValueMakeUndefined(ctx);
  JSValueRef range[] = {JSValueMakeNumber(ctx, 0), js::make_number(ctx, static_cast<double>(n))};
  return JSObjectCallAsFunction(ctx, js::as_object(method), result, 2, range, exception);
}

// encodeInto(string, dest, result): TextEncoder.encodeInto. Stores the code
// units read and bytes written in result (a Uint32Array of 2).
JSValueRef encode_into_view(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                            JSValueRef*) {
  js::Args a{ctx, argc, argv};
  Chars s = chars_arg(a, 0);
  js::Bytes d = js::bytes_of(ctx, a[1]);
  js::Bytes r = js::bytes_of(ctx, a[2]);
  size_t read = 0, written = 0;
  if (d.data || s.n == 0) written = enc::utf8_encode(s.p, s.n, d.data, d.length, &read);
  if (r.length >= 8) {
    uint32_t out[2] = {static_cast<uint32_t>(read), static_cast<uint32_t>(written)};
    std::memcpy(r.data, out, 8);
  }
  return JSValueMakeUndefined(ctx);
}

// toString(encoding, source, start, end, fatal) -> string (undefined if
// `fatal` and the UTF-8 is ill-formed)
JSValueRef to_string(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args a{ctx, argc, argv};
  js::Bytes b = js::bytes_of(ctx, a[1]);
  size_t end = size_arg(a, 3, b.length);
  size_t start = size_arg(a, 2, end);
  Encoding e = encoding_arg(a, 0);
  size_t n = end - start;
  // Characters the result would have (base64 and hex grow, utf16le halves).
  size_t chars = e == kHex ? n * 2
                 : (e == kBase64 || e == kBase64url) ? (n + 2) / 3 * 4
                 : (e == kUtf16le || e == kUtf16leStrict || e == kUtf16beStrict) ? n / 2
                                                                                   : n;
  if (chars > kStringMaxLength && !(e == kUtf8 && enc::utf8_decoded_length(b.data + start, n) <= kStringMaxLength)) {
    return js::throw_error(ctx, exception, js::ErrorType::Error, kStringTooLong, "ERR_STRING_TOO_LONG");
  }
  JSValueRef text = decode(ctx, e, b.data + start, n, js::to_boolean(ctx, a[4]));
  if (!text) return js::throw_error(ctx, exception, js::ErrorType::Error, kStringTooLong, "ERR_STRING_TOO_LONG");
  return text;
}

// compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1
JSValueRef compare(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes x = js::bytes_of(ctx, a[0]);
  js::Bytes y = js::bytes_of(ctx, a[3]);
  size_t xe = size_arg(a, 2, x.length), xs = size_arg(a, 1, xe);
  size_t ye = size_arg(a, 5, y.length), ys = size_arg(a, 4, ye);
  size_t xn = xe - xs, yn = ye - ys;
  int r = (xn && yn) ? std::memcmp(x.data + xs, y.data + ys, std::min(xn, yn)) : 0;
  if (r == 0) r = xn < yn ? -1 : (xn > yn ? 1 : 0);
  return js::make_number(ctx, r < 0 ? -1 : (r > 0 ? 1 : 0));
}

// The bytes a needle argument stands for: a view's own bytes, or a string
// encoded into `owned`.
struct Needle {
  const uint8_t* p = nullptr;
  size_t n = 0;
  std::unique_ptr<uint8_t[]> owned;
};
Needle needle_arg(const js::Args& a, size_t i, Encoding e) {
  Needle nd;
  if (a.is_string(i)) {
    Chars s = chars_arg(a, i);
    size_t bound = encoded_length(e, s.p, s.n);
    nd.owned.reset(new (std::nothrow) uint8_t[bound ? bound : 1]);
    nd.n = nd.owned ? encode_into(e, s.p, s.n, nd.owned.get(), bound) : 0;
    nd.p = nd.owned.get();
  } else {
    js::Bytes b = js::bytes_of(a.ctx, a[i]);
    nd.p = b.data;
    nd.n = b.length;
  }
  return nd;
}

// indexOf(haystack, needle, byteOffset, encoding, forward) where needle is a
// string, a view or a byte value (number); byteOffset is already resolved
// against the length by JS (an integer, possibly negative for lastIndexOf).
JSValueRef index_of(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes h = js::bytes_of(ctx, a[0]);
  bool forward = js::to_boolean(ctx, a[4]);
  double off = a.number(2);
  if (std::isnan(off)) off = forward ? 0 : static_cast<double>(h.length);
  if (off < 0) return js::make_number(ctx, -1);
  size_t from = off >= static_cast<double>(h.length) ? h.length : static_cast<size_t>(off);
  uint8_t byte;
  Needle nd;
  if (a.is_number(1)) {
    byte = static_cast<uint8_t>(a.int32(1));
    nd.p = &byte;
    nd.n = 1;
  } else {
    nd = needle_arg(a, 1, encoding_arg(a, 3));
  }
  if (!h.data) return js::make_number(ctx, -1);
  if (!a.is_number(1) && encoding_arg(a, 3) == kUtf16le) {
    // UTF-16 searches whole code units: even positions, needles of at least one unit.
    size_t m = nd.n & ~size_t(1);
    if (h.length < 2 || m < 2) return js::make_number(ctx, -1);
    from &= ~size_t(1);
    long long r;
    for (;;) {
      r = forward ? enc::index_of(h.data, h.length, nd.p, m, from) : enc::last_index_of(h.data, h.length, nd.p, m, from);
      if (r < 0 || (r & 1) == 0) break;
      if (forward) {
        from = static_cast<size_t>(r) + 1;
      } else {
        if (r == 0) return js::make_number(ctx, -1);
        from = static_cast<size_t>(r) - 1;
      }
    }
    return js::make_number(ctx, static_cast<double>(r));
  }
  long long r = forward ? enc::index_of(h.data, h.length, nd.p, nd.n, from)
                        : enc::last_index_of(h.data, h.length, nd.p, nd.n, from);
  return js::make_number(ctx, static_cast<double>(r));
}

// fill(target, value, start, end, encoding) with a string or view value;
// returns -1 if the value encodes to no bytes (JS throws), else 0.
JSValueRef fill(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes t = js::bytes_of(ctx, a[0]);
  size_t end = size_arg(a, 3, t.length), start = size_arg(a, 2, end);
  Needle nd = needle_arg(a, 1, encoding_arg(a, 4));
  if (nd.n == 0) return js::make_number(ctx, -1);
  if (t.data) enc::fill_pattern(t.data + start, end - start, nd.p, nd.n);
  return js::make_number(ctx, 0);
}

// copy(source, sourceStart, sourceEnd, target, targetStart) -> bytes copied
// (overlapping ranges of one buffer allowed)
JSValueRef copy(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes s = js::bytes_of(ctx, a[0]);
  js::Bytes t = js::bytes_of(ctx, a[3]);
  size_t se = size_arg(a, 2, s.length), ss = size_arg(a, 1, se);
  size_t ts = size_arg(a, 4, t.length);
  size_t n = std::min(se - ss, t.length - ts);
  if (n) std::memmove(t.data + ts, s.data + ss, n);
  return js::make_number(ctx, static_cast<double>(n));
}

// swap(view, size): reverses each group of `size` (2, 4 or 8) bytes in place.
JSValueRef swap(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes b = js::bytes_of(ctx, a[0]);
  int size = a.int32(1);
  if (size != 2 && size != 4 && size != 8) return JSValueMakeUndefined(ctx);
  uint8_t* p = b.data;
  size_t n = b.length - b.length % size;
  if (size == 2) {
    for (size_t i = 0; i < n; i += 2) std::swap(p[i], p[i + 1]);
  } else if (size == 4) {
    for (size_t i = 0; i < n; i += 4) {
      uint32_t v;
      std::memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      std::memcpy(p + i, &v, 4);
    }
  } else {
    for (size_t i = 0; i < n; i += 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      std::memcpy(p + i, &v, 8);
    }
  }
  return JSValueMakeUndefined(ctx);
}

JSValueRef is_utf8(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Bytes b = js::bytes_of(ctx, argc ? argv[0] : JSValueMakeUndefined(ctx));
  return JSValueMakeBoolean(ctx, enc::utf8_valid(b.data, b.length));
}

JSValueRef is_ascii(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Bytes b = js::bytes_of(ctx, argc ? argv[0] : JSValueMakeUndefined(ctx));
  return JSValueMakeBoolean(ctx, enc::is_ascii(b.data, b.length));
}

// utf8IncompleteTail(view, byBitPattern) -> bytes at the end that begin an
// unfinished character (a streaming decoder holds them back).
JSValueRef utf8_incomplete_tail(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                JSValueRef*) {
  js::Args a{ctx, argc, argv};
  js::Bytes b = js::bytes_of(ctx, a[0]);
  bool loose = js::to_boolean(ctx, a[1]);
  return js::make_number(ctx, static_cast<double>(enc::utf8_incomplete_tail(b.data, b.length, loose)));
}

// transcode(source, from, to, Ctor) -> new Ctor(n) holding the result, or
// an ICU error number where Node's ICU fails (10, U_INVALID_CHAR_FOUND:
// ill-formed input when converting between UTF-8 and UTF-16). from/to are utf8, utf16le, latin1 or
// ascii. Characters latin1/ascii cannot hold become '?', ascii input bytes
// above 0x7F become U+FFFD, as ICU's converters do for Node.
constexpr double kInvalidCharFound = 10;
JSValueRef transcode(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args a{ctx, argc, argv};
  js::Bytes src = js::bytes_of(ctx, a[0]);
  Encoding from = encoding_arg(a, 1), to = encoding_arg(a, 2);
  std::unique_ptr<char16_t[]> text(new (std::nothrow) char16_t[src.length + 1]);
  if (!text) return throw_allocation_failed(ctx, exception);
  size_t units = 0;
  switch (from) {
    case kUtf8:
      units = enc::utf8_decode(src.data, src.length, text.get(), to == kUtf16le);
      if (units == SIZE_MAX) return JSValueMakeNumber(ctx, kInvalidCharFound);
      break;
    case kUtf16le:
      if (to == kUtf8) {
        if (src.length % 2) return JSValueMakeNumber(ctx, kInvalidCharFound);
        units = enc::utf16_decode(src.data, src.length / 2, text.get(), false, true);
        if (units == SIZE_MAX) return JSValueMakeNumber(ctx, kInvalidCharFound);
      } else {
        units = src.length / 2;
        enc::utf16le_decode(src.data, units, text.get());
      }
      break;
    case kLatin1:
      units = src.length;
      enc::latin1_decode(src.data, units, text.get());
      break;
    case kAscii:
      units = src.length;
      enc::latin1_decode(src.data, units, text.get());
      for (size_t i = 0; i < units; i++) {
        if (text[i] > 0x7F) text[i] = 0xFFFD;
      }
      break;
    default: return JSValueMakeUndefined(ctx);
  }
  if (to == kLatin1 || to == kAscii) {
    char16_t limit = to == kAscii ? 0x7F : 0xFF;
    size_t o = 0;
    for (size_t i = 0; i < units; i++) {
      char16_t c = text[i];
      // A surrogate pair is one character, one '?'.
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) i++;
      text[o++] = c <= limit ? c : u'?';
    }
    units = o;
  } else if (to != kUtf8 && to != kUtf16le) {
    return JSValueMakeUndefined(ctx);
  }
  // The result is exactly encoded_length bytes for these four encodings;
  // Ctor allocates it on the GC's heap (see encode).
  if (!a.is_function(3)) return JSValueMakeUndefined(ctx);
  size_t bound = encoded_length(to, text.get(), units);
  JSValueRef size = js::make_number(ctx, static_cast<double>(bound));
  JSObjectRef result = JSObjectCallAsConstructor(ctx, a.object(3), 1, &size, exception);
  if (!result) return JSValueMakeUndefined(ctx);
  js::Bytes out = js::bytes_of(ctx, result);
  if (out.length < bound) return JSValueMakeUndefined(ctx);
  if (bound) encode_into(to, text.get(), units, out.data, bound);
  return result;
}

// setBufferPrototype(Buffer.prototype): node:buffer registers it once with
// the runtime, for the Buffers other bindings make natively.
JSValueRef set_buffer_prototype(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                JSValueRef*) {
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) Runtime::current().set_buffer_prototype(ctx, argv[0]);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_buffer_binding(JSContextRef ctx, Runtime&) {
  js::verify_immediates(ctx);
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "setBufferPrototype", set_buffer_prototype);
  js::set_method(ctx, b, "byteLength", byte_length);
  js::set_method(ctx, b, "write", write);
  js::set_method(ctx, b, "encode", encode);
  js::set_method(ctx, b, "encodeInto", encode_into_view);
  js::set_method(ctx, b, "toString", to_string);
  js::set_method(ctx, b, "compare", compare);
  js::set_method(ctx, b, "indexOf", index_of);
  js::set_method(ctx, b, "fill", fill);
  js::set_method(ctx, b, "copy", copy);
  js::set_method(ctx, b, "swap", swap);
  js::set_method(ctx, b, "isUtf8", is_utf8);
  js::set_method(ctx, b, "isAscii", is_ascii);
  js::set_method(ctx, b, "utf8IncompleteTail", utf8_incomplete_tail);
  js::set_method(ctx, b, "transcode", transcode);
  return b;
}

}  // namespace jolt
