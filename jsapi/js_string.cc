#include "js_string.h"

#include "jsc_extra.h"

namespace jolt::js {

String String::utf8(std::string_view s) {
  // JSStringCreateWithUTF8CString needs a NUL-terminated string and cannot
  // report invalid input; decoding ourselves handles both and embedded NULs.
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1(s);
  std::u16string u;
  utf8_to_utf16(s, u);
  return utf16(u.data(), u.size());
}

String String::latin1(std::string_view s) {
  // JSC's C API has no 8-bit constructor; widen once on the stack if small.
  constexpr size_t kStack = 256;
  if (s.size() <= kStack) {
    JSChar buf[kStack];
    for (size_t i = 0; i < s.size(); i++) buf[i] = static_cast<unsigned char>(s[i]);
    return String(JSStringCreateWithCharacters(buf, s.size()));
  }
  std::u16string u(s.size(), u'\0');
  for (size_t i = 0; i < s.size(); i++) u[i] = static_cast<unsigned char>(s[i]);
  return String(JSStringCreateWithCharacters(reinterpret_cast<const JSChar*>(u.data()), u.size()));
}

String String::utf16(const char16_t* s, size_t length) {
  return String(JSStringCreateWithCharacters(reinterpret_cast<const JSChar*>(s), length));
}

String String::utf16_no_copy(const char16_t* s, size_t length) {
  return String(JSStringCreateWithCharactersNoCopy(reinterpret_cast<const JSChar*>(s), length));
}

String String::from_value(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  return String(JSValueToStringCopy(ctx, v, exception));
}

std::string String::to_utf8() const {
  std::string out;
  if (s_) utf16_to_utf8(chars(), length(), out);
  return out;
}

void utf16_to_utf8(const char16_t* s, size_t n, std::string& out) {
  out.clear();
  out.reserve(n + n / 2);
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

void utf8_to_utf16(std::string_view in, std::u16string& out) {
  out.clear();
  out.reserve(in.size());
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = 0;
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      out.push_back(b);
      i++;
      continue;
    }
    // Maximal-subpart replacement as the WHATWG decoder does.
    uint32_t cp;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      out.push_back(0xFFFD);
      i++;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (size_t k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (p[j] & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      i = j;
      continue;
    }
    i = j;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
}

std::string to_utf8(JSContextRef ctx, JSValueRef v, JSValueRef* exception) {
  String s = String::from_value(ctx, v, exception);
  return s ? s.to_utf8() : std::string();
}

JSValueRef make_string(JSContextRef ctx, std::string_view utf8) { return String::utf8(utf8).value(ctx); }

}  // namespace jolt::js
