// JS strings: an owning RAII wrapper over JSStringRef and the conversions the
// runtime needs, without needless copies (UTF-16 input is referenced, Latin-1
// and UTF-8 are widened once, output goes straight to UTF-8).
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <string>
#include <string_view>

namespace jolt::js {

class String {
 public:
  String() = default;
  // Takes ownership of an existing reference.
  static String adopt(JSStringRef s) { return String(s); }
  static String utf8(std::string_view s);
  static String latin1(std::string_view s);
  // Copies the UTF-16 code units.
  static String utf16(const char16_t* s, size_t length);
  // References the code units; they must outlive every use of the string.
  static String utf16_no_copy(const char16_t* s, size_t length);
  // Converts `v` with ToString; on a throw, sets *exception and returns null.
  static String from_value(JSContextRef ctx, JSValueRef v, JSValueRef* exception = nullptr);

  String(const String& o) : s_(o.s_ ? JSStringRetain(o.s_) : nullptr) {}
  String(String&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  String& operator=(String o) noexcept {
    std::swap(s_, o.s_);
    return *this;
  }
  ~String() {
    if (s_) JSStringRelease(s_);
  }

  JSStringRef get() const { return s_; }
  explicit operator bool() const { return s_ != nullptr; }
  size_t length() const { return s_ ? JSStringGetLength(s_) : 0; }
  const char16_t* chars() const { return s_ ? reinterpret_cast<const char16_t*>(JSStringGetCharactersPtr(s_)) : nullptr; }
  std::string to_utf8() const;
  JSValueRef value(JSContextRef ctx) const { return JSValueMakeString(ctx, s_); }

 private:
  explicit String(JSStringRef s) : s_(s) {}
  JSStringRef s_ = nullptr;
};

// UTF-16 to UTF-8; lone surrogates become U+FFFD as in Node's encoders.
void utf16_to_utf8(const char16_t* s, size_t n, std::string& out);
// UTF-8 to UTF-16; invalid sequences become U+FFFD (WHATWG decoding).
void utf8_to_utf16(std::string_view in, std::u16string& out);

// Convenience: ToString(v) as UTF-8. Returns "" (and sets *exception) on a throw.
std::string to_utf8(JSContextRef ctx, JSValueRef v, JSValueRef* exception = nullptr);
JSValueRef make_string(JSContextRef ctx, std::string_view utf8);

}  // namespace jolt::js
