// Unit tests of jsapi/: strings, values, exceptions, classes, buffers, promises.
#include <doctest/doctest.h>

#include <string>

#include "buffer.h"
#include "class.h"
#include "exception.h"
#include "jsc_extra.h"
#include "js_string.h"
#include "promise.h"
#include "value.h"

using namespace jolt;

namespace {

struct Context {
  Context() : ctx(JSGlobalContextCreate(nullptr)) {}
  ~Context() { JSGlobalContextRelease(ctx); }
  JSValueRef eval(const char* src, JSValueRef* exception = nullptr) {
    js::String s = js::String::utf8(src);
    return JSEvaluateScript(ctx, s.get(), nullptr, nullptr, 1, exception);
  }
  std::string eval_string(const char* src) { return js::to_utf8(ctx, eval(src)); }
  void set_global(const char* name, JSValueRef v) { js::set(ctx, JSContextGetGlobalObject(ctx), name, v); }
  JSGlobalContextRef ctx;
};

}  // namespace

TEST_CASE("strings: UTF-8 round trip, including astral characters") {
  Context c;
  std::string text = "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80";
  js::String s = js::String::utf8(text);
  CHECK(s.length() == 10);  // the emoji is a surrogate pair
  CHECK(s.to_utf8() == text);
  c.set_global("s", s.value(c.ctx));
  CHECK(c.eval_string("s.codePointAt(8).toString(16)") == "1f600");
}

TEST_CASE("strings: invalid UTF-8 decodes to U+FFFD as the WHATWG decoder does") {
  std::u16string out;
  js::utf8_to_utf16(std::string_view("a\xFF" "b", 3), out);
  CHECK(out == u"a\uFFFDb");
  js::utf8_to_utf16(std::string_view("\xE2\x82", 2), out);  // truncated sequence: one replacement
  CHECK(out == u"\uFFFD");
  js::utf8_to_utf16(std::string_view("\xED\xA0\x80", 3), out);  // encoded surrogate: one per byte
  CHECK(out == u"\uFFFD\uFFFD\uFFFD");
  js::utf8_to_utf16(std::string_view("\xC0\xAF", 2), out);  // overlong
  CHECK(out == u"\uFFFD\uFFFD");
}

TEST_CASE("strings: lone surrogates encode to U+FFFD; Latin-1 widens") {
  std::string out;
  const char16_t lone[] = {u'a', 0xD800, u'b'};
  js::utf16_to_utf8(lone, 3, out);
  CHECK(out == "a\xEF\xBF\xBD" "b");
  js::String l = js::String::latin1(std::string_view("caf\xE9", 4));
  CHECK(l.length() == 4);
  CHECK(l.chars()[3] == 0xE9);
  CHECK(l.to_utf8() == "caf\xC3\xA9");
}

TEST_CASE("strings: embedded NUL survives both directions") {
  js::String s = js::String::utf8(std::string_view("a\0b", 3));
  CHECK(s.length() == 3);
  CHECK(s.to_utf8() == std::string("a\0b", 3));
}

TEST_CASE("persistent handles keep an object alive across GC") {
  Context c;
  js::Persistent p(c.ctx, c.eval("({ marker: 42 })"));
  JSGarbageCollect(c.ctx);
  CHECK(JSValueToNumber(c.ctx, js::get(c.ctx, p.object(), "marker"), nullptr) == 42);
  js::Persistent moved = std::move(p);
  CHECK(!p);
  CHECK(moved);
}

static JSValueRef throwing_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[],
                              JSValueRef* exception) {
  return js::throw_type_error(ctx, exception, "The \"x\" argument must be of type string");
}

TEST_CASE("exceptions: a native throw is a JS error with Node's code") {
  Context c;
  c.set_global("f", js::make_function(c.ctx, "f", throwing_fn));
  CHECK(c.eval_string("try { f() } catch (e) { [e instanceof TypeError, e.code, e.message].join('|') }") ==
        "true|ERR_INVALID_ARG_TYPE|The \"x\" argument must be of type string");
}

TEST_CASE("exceptions: system errors carry errno, code, syscall, path, dest") {
  Context c;
  JSObjectRef e = js::make_system_error(c.ctx, ENOENT, "open", "missing.txt");
  c.set_global("e", e);
  CHECK(c.eval_string("e.message") == "ENOENT: no such file or directory, open 'missing.txt'");
  CHECK(c.eval_string("[e.errno, e.code, e.syscall, e.path, 'dest' in e].join()") ==
        "-2,ENOENT,open,missing.txt,false");
  JSObjectRef r = js::make_system_error(c.ctx, EXDEV, "rename", "a", "b");
  c.set_global("r", r);
  CHECK(c.eval_string("r.message") == "EXDEV: cross-device link not permitted, rename 'a' -> 'b'");
  CHECK(c.eval_string("Object.keys(r).join()") == "errno,code,syscall,path,dest");
  CHECK(std::string(js::errno_name(123456)) == "UNKNOWN");
}

TEST_CASE("exceptions: a JS exception reaches native code") {
  Context c;
  JSValueRef exc = nullptr;
  c.eval("throw new RangeError('boom')", &exc);
  REQUIRE(exc != nullptr);
  CHECK(js::describe_exception(c.ctx, exc) == "RangeError: boom");
}

static int g_finalized = 0;
struct Counter {
  int value = 0;
};
static void finalize_counter(JSObjectRef obj) {
  delete js::NativeClass::unwrap<Counter>(obj);
  g_finalized++;
}
static JSValueRef counter_bump(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                               JSValueRef*) {
  auto* c = js::NativeClass::unwrap<Counter>(self);
  return JSValueMakeNumber(ctx, ++c->value);
}

TEST_CASE("native classes: methods see the C++ object; the GC finalizes it") {
  static js::NativeClass cls("Counter", finalize_counter, {{"bump", counter_bump}});
  g_finalized = 0;
  {
    Context c;
    c.set_global("k", cls.make(c.ctx, new Counter));
    CHECK(c.eval_string("k.bump(); k.bump(); String(k.bump())") == "3");
    CHECK(cls.is_instance(c.ctx, c.eval("k")));
    CHECK(!cls.is_instance(c.ctx, c.eval("({})")));
    c.eval("k = null");
    for (int i = 0; i < 5 && g_finalized == 0; i++) {
      c.eval("for (let i = 0; i < 10000; i++) ({ i })");
      JSGarbageCollect(c.ctx);
      JSSynchronousGarbageCollectForDebugging(c.ctx);
    }
  }
  CHECK(g_finalized == 1);
}

TEST_CASE("buffers: typed arrays are viewed in place, with their offset") {
  Context c;
  JSValueRef v = c.eval("const ab = new ArrayBuffer(8); const u = new Uint8Array(ab, 2, 4); u[0] = 7; u");
  js::Bytes b = js::bytes_of(c.ctx, v);
  REQUIRE(b.length == 4);
  CHECK(b.data[0] == 7);
  b.data[1] = 9;  // visible to JS: no copy was made
  CHECK(c.eval_string("String(new Uint8Array(ab)[3])") == "9");
  CHECK(js::bytes_of(c.ctx, c.eval("({})")).data == nullptr);
  CHECK(js::bytes_of(c.ctx, c.eval("ab")).length == 8);

  const char data[] = "xyz";
  c.set_global("copy", js::make_uint8array_copy(c.ctx, data, 3));
  CHECK(c.eval_string("String.fromCharCode(...copy)") == "xyz");
  int32_t shared[2] = {0, 0};
  c.set_global("shared", js::make_typed_array_over(c.ctx, kJSTypedArrayTypeInt32Array, shared, sizeof(shared)));
  c.eval("shared[1] = 5");
  CHECK(shared[1] == 5);
}

TEST_CASE("promises: a deferred settles from native code") {
  Context c;
  js::Deferred ok(c.ctx);
  js::Deferred bad(c.ctx);
  c.set_global("ok", ok.promise());
  c.set_global("bad", bad.promise());
  c.eval("globalThis.log = []; ok.then(v => log.push('ok:' + v)); bad.catch(e => log.push('bad:' + e.message))");
  ok.resolve(JSValueMakeNumber(c.ctx, 1));
  bad.reject(js::make_error(c.ctx, js::ErrorType::Error, "no"));
  CHECK(ok.settled());
  ok.resolve(JSValueMakeNumber(c.ctx, 2));  // ignored
  // Promise jobs ran when the settling calls returned (outermost API calls).
  CHECK(c.eval_string("log.join()") == "ok:1,bad:no");
}
