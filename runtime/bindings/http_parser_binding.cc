// internalBinding('http_parser'): llhttp (Debian's node-llhttp C sources)
// behind a small native class, built for few crossings into JS.
//
// A parser calls three JS functions, given once by setCallbacks() (shared
// module-level functions, kept alive by the parser): onHeaders(methodOrStatus, urlOrReason, rawHeaders, major, minor,
// flags), onBody(start, length) (a range of the buffer being executed) and
// onComplete(trailers), with `this` the parser or the object given as
// setCallbacks' fourth argument. For requests the onHeaders call is held back until
// the parser knows whether a body follows: a request without a body is
// reported with kComplete set in `flags` and no onComplete call, so a GET
// costs one call into JS.
//
// execute(buf) returns the number of bytes consumed, or -1 on a parse error
// (then lastError() -> [code, reason, bytesParsed]). An exception thrown by a
// callback stops parsing and is rethrown from execute().
//
// consume(handle, onStop) lets a server parser take a net handle's bytes in
// C++ (stream_wrap.h's ReadConsumer): each read runs llhttp straight over the
// loop's buffer, with no Buffer, socket 'data' event or execute() call per
// read; the callbacks are entered through the runtime's trampoline (ticks
// and microtasks run after each, as after any callback from the loop), and
// onBody gets a third argument, a Buffer holding the chunk. Anything out of
// the ordinary hands the connection back to JS: a parse error calls
// onStop(-1, chunk) (lastError() as after execute), a pause (an upgrade, or
// unconsume() called from a callback) calls onStop(1, unparsed rest); either
// way the handle's reads go to JS again. EOF and read errors always go to
// JS. pendingSince() and headersDone() tell the server's timeout sweep about
// the request being received.
#include <llhttp.h>
#include <time.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../runtime.h"
#include "buffer.h"
#include "class.h"
#include "exception.h"
#include "immediate.h"
#include "jsc_extra.h"
#include "registry.h"
#include "stream_wrap.h"
#include "value.h"

namespace jolt {

namespace {

// Bits of the `flags` argument of onHeaders.
constexpr int kKeepAlive = 1;
constexpr int kUpgrade = 2;
constexpr int kComplete = 4;

constexpr int kMaxHeaderPairs = 2000;  // guards memory against a flood of tiny headers

struct Parser final : net::ReadConsumer {
  llhttp_t p;
  JSContextRef ctx = nullptr;
  JSObjectRef self = nullptr;  // valid only during execute/finish
  const char* data = nullptr;  // start of the buffer being executed
  const char* data_end = nullptr;
  std::string url;             // URL (request) or reason phrase (response)
  std::vector<std::string> fields;  // name, value, name, value...
  bool in_value = false;
  bool headers_done = false;
  bool pending_headers = false;  // request headers not yet reported
  bool executing = false;
  bool paused_by_js = false;
  int header_flags = 0;
  size_t header_bytes = 0;
  size_t max_header_bytes = 16384;
  size_t chunk_ext_bytes = 0;  // extension bytes of the current chunk's size line
  const char* error_code = nullptr;    // our own error code (overflow, remaps) or null
  const char* error_reason = nullptr;  // replaces llhttp's reason when set
  double error_offset = 0;  // bytes of the executed buffer parsed before the error
  JSValueRef exception = nullptr;  // thrown by a callback during execute
  js::Persistent callbacks[3];     // onHeaders, onBody, onComplete
  // `this` of the callbacks and of onStop: setCallbacks' optional fourth
  // argument (a plain object, whose properties JS reads with inline caches;
  // this parser's own are looked up by the engine on every read), or null
  // for the parser itself. Kept alive as a private property of the parser.
  JSObjectRef receiver = nullptr;

  // Native consumption of a net handle (consume()).
  JSObjectRef obj = nullptr;   // this parser's JS object
  bool consuming = false;
  bool native_calls = false;   // parsing a read of the consumed handle
  const char* read_data = nullptr;  // that read, for consume_read()
  size_t read_len = 0;
  size_t read_start = 0;            // bytes of it the pre-scan parsed
  JSValueRef* read_stash = nullptr; // onHeaders' arguments still to deliver
  // The pre-scan of a read (on_read): llhttp runs up to the end of a head
  // without entering JS; a bodiless request's arguments for onHeaders are
  // kept in `stash` (an array on on_read's stack, which JSC's GC scans).
  bool prescan = false;
  bool prescan_paused = false;
  JSValueRef* stash = nullptr;
  bool stashed = false;
  bool prescan_failed = false;
  // Where the pre-scan's bodiless request leaves its header names and
  // values (on_read's stack too), for the trampoline to gather into
  // rawHeaders in JS: `gathered` says they went there (stash[2] is then
  // unset) rather than into an array made here.
  JSValueRef* stash_fields = nullptr;
  size_t stash_count = 0;
  bool gathered = false;
  js::Persistent keep;         // the parser object, alive while consuming
  js::Persistent consumed;     // the net handle it reads (given back by stop_consuming)
  js::Persistent on_stop;
  double pending_since = 0;    // Date.now() of the pending request's first byte, or 0
  double bytes_read = 0;       // bytes taken from the handle (the socket's bytesRead)

  // The URL and the first header values of the last head, as JS strings: a
  // keep-alive connection usually repeats them (Host, User-Agent, Accept,
  // the same URL), and reusing the string saves making one (~100 ns each).
  // The strings stay alive in `recent_array`, an array kept on the parser's
  // object, so the raw refs here are valid as long as the parser is.
  static constexpr size_t kRecentSlots = 8;      // slot 0: the URL; then values 0..6
  static constexpr size_t kRecentMaxBytes = 256;
  JSObjectRef recent_array = nullptr;
  std::string recent_bytes[kRecentSlots];
  JSValueRef recent_values[kRecentSlots] = {};

  bool on_read(JSContextRef ctx, JSObjectRef handle, ssize_t n, const uint8_t* data) override;
};

// A Buffer (Uint8Array with the Buffer.prototype node:buffer registered)
// holding a copy of the bytes.
JSObjectRef copy_to_buffer(JSContextRef ctx, const char* data, size_t len) {
  auto* copy = static_cast<uint8_t*>(std::malloc(len ? len : 1));
  if (len) std::memcpy(copy, data, len);
  JSObjectRef buf = js::make_uint8array_adopting(ctx, copy, len);
  if (JSObjectRef proto = Runtime::current().buffer_prototype()) JSObjectSetPrototype(ctx, buf, proto);
  return buf;
}

// Date.now()'s clock at the kernel tick's resolution (a few ms, plenty for
// timeouts of seconds): cheaper than the precise clock, once per request.
double wall_clock_ms() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME_COARSE, &ts);
  return static_cast<double>(ts.tv_sec) * 1000 + static_cast<double>(ts.tv_nsec / 1000000);
}

enum Callback { kOnHeaders = 0, kOnBody = 1, kOnComplete = 2 };

Parser* from(llhttp_t* p) { return static_cast<Parser*>(p->data); }

// Calls the callback with this = the parser; returns null (and records the
// exception) if it threw.
JSValueRef call_js(Parser* ps, Callback which, size_t argc, const JSValueRef* argv) {
  JSObjectRef fn = ps->callbacks[which].object();
  if (!fn) return JSValueMakeUndefined(ps->ctx);
  JSValueRef exc = nullptr;
  JSValueRef r = JSObjectCallAsFunction(ps->ctx, fn, ps->receiver ? ps->receiver : ps->self, argc, argv, &exc);
  if (exc) {
    ps->exception = exc;
    JSValueProtect(ps->ctx, exc);
    return nullptr;
  }
  return r;
}

JSValueRef latin1_string(JSContextRef ctx, const std::string& s) {
  // Header bytes are latin1 in node (each byte one UTF-16 unit). Short
  // texts (most URLs and values) widen on the stack: no heap round trip.
  JSChar small[256];
  std::u16string big;
  JSChar* w = small;
  if (s.size() > 256) {
    big.resize(s.size());
    w = reinterpret_cast<JSChar*>(big.data());
  }
  for (size_t i = 0; i < s.size(); i++) w[i] = static_cast<unsigned char>(s[i]);
  JSStringRef str = JSStringCreateWithCharacters(w, s.size());
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return v;
}

// `s` as a JS string, reusing the one made for slot `slot` of the previous
// head when the bytes are the same.
JSValueRef recent_string(Parser* ps, size_t slot, const std::string& s) {
  JSContextRef ctx = ps->ctx;
  if (slot >= Parser::kRecentSlots || s.size() > Parser::kRecentMaxBytes || !ps->obj) return latin1_string(ctx, s);
  if (ps->recent_values[slot] && ps->recent_bytes[slot] == s) return ps->recent_values[slot];
  if (!ps->recent_array) {
    ps->recent_array = JSObjectMakeArray(ctx, 0, nullptr, nullptr);
    static js::PropertyName key("recentStrings");
    if (!JSObjectSetPrivateProperty(ctx, ps->obj, key.get(), ps->recent_array)) {
      ps->recent_array = nullptr;
      return latin1_string(ctx, s);
    }
  }
  JSValueRef v = latin1_string(ctx, s);
  JSObjectSetPropertyAtIndex(ctx, ps->recent_array, static_cast<unsigned>(slot), v, nullptr);
  ps->recent_values[slot] = v;
  ps->recent_bytes[slot] = s;
  return v;
}

// Header names seen in most requests and responses, in their usual
// spelling: one JS string each, made once, so a typical head allocates
// strings only for its values.
JSValueRef field_string(JSContextRef ctx, const std::string& s) {
  static const char* const kNames[] = {
      "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection",
      "Content-Type", "Content-Length", "Cookie", "Transfer-Encoding", "Date", "Server",
      "Keep-Alive", "Cache-Control", "Upgrade", "Origin", "Referer", "Authorization",
      "host", "user-agent", "accept", "accept-encoding", "connection", "content-type",
      "content-length", "transfer-encoding", "date", "keep-alive"};
  constexpr size_t kCount = sizeof(kNames) / sizeof(kNames[0]);
  static JSValueRef cache[kCount] = {};
  for (size_t i = 0; i < kCount; i++) {
    const char* n = kNames[i];
    if (s.size() == std::strlen(n) && std::memcmp(s.data(), n, s.size()) == 0) {
      if (!cache[i]) {
        JSStringRef str = JSStringCreateWithUTF8CString(n);
        cache[i] = JSValueMakeString(ctx, str);
        JSValueProtect(ctx, cache[i]);
        JSStringRelease(str);
      }
      return cache[i];
    }
  }
  return latin1_string(ctx, s);
}

// Method names are few: one JS string per method, made once.
JSValueRef method_string(JSContextRef ctx, uint8_t method) {
  static JSValueRef cache[64] = {};
  if (method >= 64) return latin1_string(ctx, llhttp_method_name(static_cast<llhttp_method_t>(method)));
  if (!cache[method]) {
    JSStringRef s = JSStringCreateWithUTF8CString(llhttp_method_name(static_cast<llhttp_method_t>(method)));
    cache[method] = JSValueMakeString(ctx, s);
    JSValueProtect(ctx, cache[method]);
    JSStringRelease(s);
  }
  return cache[method];
}

// The JS strings of the header names and values parsed (fields.size() of
// them) into `items`; the parsed fields are then cleared.
void field_values(Parser* ps, JSValueRef* items) {
  size_t n = ps->fields.size();
  // Values lose trailing blanks (node does this; llhttp keeps them).
  for (size_t i = 1; i < n; i += 2) {
    std::string& v = ps->fields[i];
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
  }
  for (size_t i = 0; i < n; i++) {
    items[i] = (i & 1) == 0 ? field_string(ps->ctx, ps->fields[i]) : recent_string(ps, 1 + i / 2, ps->fields[i]);
  }
  ps->fields.clear();
  ps->in_value = false;
}

JSObjectRef take_fields(Parser* ps) {
  size_t n = ps->fields.size();
  // A typical head fits the stack array; a long one takes the vector.
  JSValueRef small[32];
  std::vector<JSValueRef> big;
  JSValueRef* items = small;
  if (n > 32) {
    big.resize(n);
    items = big.data();
  }
  field_values(ps, items);
  return JSObjectMakeArray(ps->ctx, n, items, nullptr);
}

// Reports the headers to JS; returns onHeaders' result as an int (or -1 if it threw).
void headers_args(Parser* ps, int extra_flags, JSValueRef* args);

int report_headers(Parser* ps, int extra_flags) {
  JSContextRef ctx = ps->ctx;
  JSValueRef args[6];
  headers_args(ps, extra_flags, args);
  JSValueRef r = call_js(ps, kOnHeaders, 6, args);
  if (!r) return -1;
  return JSValueIsNumber(ctx, r) ? static_cast<int>(JSValueToNumber(ctx, r, nullptr)) : 0;
}

// onHeaders' arguments for the head just parsed.
void headers_args(Parser* ps, int extra_flags, JSValueRef* args) {
  ps->pending_headers = false;
  JSContextRef ctx = ps->ctx;
  bool request = ps->p.type == HTTP_REQUEST;
  args[0] = request ? method_string(ctx, ps->p.method) : js::make_number(ctx, ps->p.status_code);
  args[1] = recent_string(ps, 0, ps->url);
  ps->gathered = ps->stash_fields && ps->fields.size() <= Runtime::kMaxHeaderFields;
  if (ps->gathered) {
    ps->stash_count = ps->fields.size();
    field_values(ps, ps->stash_fields);
    args[2] = nullptr;
  } else {
    args[2] = take_fields(ps);
  }
  // Small integers: made without a C API call (each takes the VM's lock).
  args[3] = js::make_number(ctx, ps->p.http_major);
  args[4] = js::make_number(ctx, ps->p.http_minor);
  args[5] = js::make_number(ctx, ps->header_flags | extra_flags);
  ps->url.clear();
}

int fail_user(Parser* ps) {
  llhttp_set_error_reason(&ps->p, "JS exception");
  return HPE_USER;
}

// A callback called after llhttp returned threw: the parser stops as if the
// callback had failed inside llhttp (later bytes are a parse error).
void user_error(Parser* ps) {
  ps->p.error = HPE_USER;
  llhttp_set_error_reason(&ps->p, "JS exception");
}

// Counts header bytes against maxHeaderSize (node answers 431 past it).
int count_header_bytes(Parser* ps, size_t len) {
  ps->header_bytes += len;
  if (ps->header_bytes > ps->max_header_bytes) {
    ps->error_code = "HPE_HEADER_OVERFLOW";
    llhttp_set_error_reason(&ps->p, "Header overflow");
    return HPE_USER;
  }
  return 0;
}

// node caps a chunk's extensions at 16 KiB (it answers 413): they are not
// body bytes, so nothing else bounds what a client can make us scan.
constexpr size_t kMaxChunkExtensionBytes = 16384;

int on_chunk_extension(llhttp_t* p, const char*, size_t len) {
  Parser* ps = from(p);
  ps->chunk_ext_bytes += len;
  if (ps->chunk_ext_bytes > kMaxChunkExtensionBytes) {
    ps->error_code = "HPE_CHUNK_EXTENSIONS_OVERFLOW";
    llhttp_set_error_reason(p, "Chunk extensions overflow");
    return HPE_USER;
  }
  return 0;
}

int on_chunk_header(llhttp_t* p) {
  from(p)->chunk_ext_bytes = 0;
  return 0;
}

int on_message_begin(llhttp_t* p) {
  Parser* ps = from(p);
  ps->url.clear();
  ps->fields.clear();
  ps->in_value = false;
  ps->headers_done = false;
  ps->header_bytes = 0;
  if (ps->native_calls) ps->pending_since = wall_clock_ms();
  return 0;
}

int on_url(llhttp_t* p, const char* at, size_t len) {
  Parser* ps = from(p);
  ps->url.append(at, len);
  return count_header_bytes(ps, len);
}

int on_header_field(llhttp_t* p, const char* at, size_t len) {
  Parser* ps = from(p);
  if (ps->in_value || ps->fields.empty()) {
    if (ps->fields.size() >= 2 * kMaxHeaderPairs) {
      ps->error_code = "HPE_HEADER_OVERFLOW";
      llhttp_set_error_reason(p, "Header overflow");
      return HPE_USER;
    }
    ps->fields.emplace_back();
    ps->fields.emplace_back();
    ps->in_value = false;
  }
  ps->fields[ps->fields.size() - 2].append(at, len);
  return ps->headers_done ? 0 : count_header_bytes(ps, len);
}

// A line ended by a bare LF (no CR): node's llhttp rejects these (request
// smuggling through lenient line ends); this llhttp lets a few through.
int bare_lf(Parser* ps, const char* code, const char* reason) {
  ps->error_code = code;
  llhttp_set_error_reason(&ps->p, reason);
  return HPE_USER;
}

int on_version(llhttp_t* p, const char* at, size_t len) {
  Parser* ps = from(p);
  if (at + len < ps->data_end && at[len] == '\n') {
    return bare_lf(ps, "HPE_INVALID_VERSION", "Expected CRLF after version");
  }
  return 0;
}

int on_header_value(llhttp_t* p, const char* at, size_t len) {
  Parser* ps = from(p);
  if (ps->fields.empty()) return 0;
  const char* end = at + len;
  if (end < ps->data_end && *end == '\n') {
    return bare_lf(ps, "HPE_CR_EXPECTED", "Missing expected CR after header value");
  }
  if (end + 2 < ps->data_end && end[0] == '\r' && end[1] == '\n' && end[2] == '\n') {
    return bare_lf(ps, "HPE_INVALID_HEADER_TOKEN", "Invalid header field char");
  }
  // A folded value (the next line starts with a blank): node's llhttp
  // refuses it unless lenient (a Transfer-Encoding could hide in one).
  if (end + 2 < ps->data_end && end[0] == '\r' && end[1] == '\n' && (end[2] == ' ' || end[2] == '\t') &&
      (p->lenient_flags & LENIENT_HEADERS) == 0) {
    return bare_lf(ps, "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value");
  }
  ps->in_value = true;
  ps->fields.back().append(at, len);
  return ps->headers_done ? 0 : count_header_bytes(ps, len);
}

int on_headers_complete(llhttp_t* p) {
  Parser* ps = from(p);
  ps->headers_done = true;
  int flags = 0;
  if (llhttp_should_keep_alive(p)) flags |= kKeepAlive;
  if (p->upgrade) flags |= kUpgrade;
  ps->header_flags = flags;
  if (p->type == HTTP_REQUEST) {
    ps->pending_headers = true;
    if (ps->prescan) {  // on_read decides how JS hears of it
      ps->prescan_paused = true;
      return HPE_PAUSED;
    }
    return 0;
  }
  int r = report_headers(ps, 0);
  if (r < 0) return -1;
  // 1: no body follows (a response to HEAD), 2: no body and upgrade.
  return r == 1 || r == 2 ? r : 0;
}

int on_body(llhttp_t* p, const char* at, size_t len) {
  Parser* ps = from(p);
  // llhttp ends an open body span at the end of each execute, even an empty
  // one (the pre-scan's zero-length step): no bytes, nothing to report.
  if (len == 0) return 0;
  if (ps->pending_headers && report_headers(ps, 0) < 0) return fail_user(ps);
  if (ps->native_calls) {
    // No JS buffer holds these bytes: the chunk goes as a Buffer of its own.
    JSValueRef args[3] = {JSValueMakeNumber(ps->ctx, 0), JSValueMakeNumber(ps->ctx, static_cast<double>(len)),
                          copy_to_buffer(ps->ctx, at, len)};
    call_js(ps, kOnBody, 3, args);
    return 0;
  }
  JSValueRef args[2] = {JSValueMakeNumber(ps->ctx, static_cast<double>(at - ps->data)),
                        JSValueMakeNumber(ps->ctx, static_cast<double>(len))};
  if (!call_js(ps, kOnBody, 2, args)) return fail_user(ps);
  return 0;
}

int on_message_complete(llhttp_t* p) {
  Parser* ps = from(p);
  JSValueRef r;
  if (ps->pending_headers && ps->stash) {
    // The pre-scan's bodiless request: on_read calls onHeaders once llhttp is done.
    headers_args(ps, kComplete, ps->stash);
    ps->stash = nullptr;
    ps->stashed = true;
    ps->headers_done = false;
    ps->pending_since = 0;
    return 0;
  }
  if (ps->pending_headers) {
    // Headers and the end of a bodiless message in one call.
    int v = report_headers(ps, kComplete);
    if (v < 0) return fail_user(ps);
    r = JSValueMakeNumber(ps->ctx, v);
  } else {
    if (ps->pending_headers && report_headers(ps, 0) < 0) return fail_user(ps);
    JSValueRef trailers = ps->fields.empty() ? JSValueMakeUndefined(ps->ctx) : take_fields(ps);
    r = call_js(ps, kOnComplete, 1, &trailers);
    if (!r) return fail_user(ps);
  }
  ps->headers_done = false;
  ps->pending_since = 0;
  // A true/1 result asks to stop after this message (resume() continues);
  // so does unconsume() from a callback: JS parses the rest.
  bool stop = JSValueToBoolean(ps->ctx, r) || (ps->native_calls && !ps->consuming);
  if (stop && !p->upgrade) {
    ps->paused_by_js = true;
    return HPE_PAUSED;
  }
  return 0;
}

llhttp_settings_t make_settings() {
  llhttp_settings_t s;
  llhttp_settings_init(&s);
  s.on_message_begin = on_message_begin;
  s.on_url = on_url;
  s.on_status = on_url;  // the reason phrase shares the URL buffer
  s.on_version = on_version;
  s.on_header_field = on_header_field;
  s.on_header_value = on_header_value;
  s.on_headers_complete = on_headers_complete;
  s.on_body = on_body;
  s.on_message_complete = on_message_complete;
  s.on_chunk_extension_name = on_chunk_extension;
  s.on_chunk_extension_value = on_chunk_extension;
  s.on_chunk_header = on_chunk_header;
  return s;
}

const llhttp_settings_t& settings() {
  static const llhttp_settings_t s = make_settings();
  return s;
}

void finalize_parser(JSObjectRef obj) {
  auto* ps = static_cast<Parser*>(JSObjectGetPrivate(obj));
  if (!ps) return;
  // The finalizer must not call into JSC: the callbacks are module-level
  // functions that live as long as the context, so their protection is
  // simply dropped.
  for (auto& cb : ps->callbacks) cb.abandon();
  ps->keep.abandon();
  ps->on_stop.abandon();
  delete ps;
}

Parser* this_parser(JSObjectRef self) { return js::NativeClass::unwrap<Parser>(self); }

// init(type, maxHeaderSize, lenient): (re)starts the parser. type 0 request, 1 response.
JSValueRef parser_init(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  if (ps->executing) return js::throw_error(ctx, exception, js::ErrorType::Error, "parser is busy");
  int type = args.int32(0) == 1 ? HTTP_RESPONSE : HTTP_REQUEST;
  llhttp_init(&ps->p, static_cast<llhttp_type_t>(type), &settings());
  ps->p.data = ps;
  double max = args.number(1);
  ps->max_header_bytes = max > 0 && max < 1e15 ? static_cast<size_t>(max) : 16384;
  int lenient = JSValueToBoolean(ctx, args[2]) ? 1 : 0;
  llhttp_set_lenient_headers(&ps->p, lenient);
  llhttp_set_lenient_chunked_length(&ps->p, lenient);
  llhttp_set_lenient_keep_alive(&ps->p, lenient);
  llhttp_set_lenient_transfer_encoding(&ps->p, lenient);
  ps->url.clear();
  ps->fields.clear();
  ps->in_value = ps->headers_done = ps->pending_headers = ps->paused_by_js = false;
  ps->header_bytes = 0;
  ps->chunk_ext_bytes = 0;
  ps->error_code = nullptr;
  ps->error_reason = nullptr;
  return JSValueMakeUndefined(ctx);
}

bool name_is(const std::string& name, const char* lower) {
  size_t n = std::strlen(lower);
  if (name.size() != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Reports errors as node's newer llhttp does where this one differs: a
// Content-Length/Transfer-Encoding conflict is blamed on the later header,
// and the reason carries no "(strict mode)" suffix.
void remap_error(Parser* ps, llhttp_errno_t err, const char* begin, const char* pos) {
  const char* reason = llhttp_get_error_reason(&ps->p);
  if (!reason) return;
  if (err == HPE_STRICT && pos && pos > begin && pos[-1] == '\n' &&
      std::strcmp(reason, "Invalid character in chunk extensions name") == 0) {
    // A bare LF after a chunk extension (a request smuggling attempt);
    // this llhttp stops just past it.
    ps->error_code = "HPE_CR_EXPECTED";
    ps->error_reason = "Missing expected CR after chunk extension name";
    return;
  }
  if (err == HPE_UNEXPECTED_CONTENT_LENGTH &&
      std::strcmp(reason, "Content-Length can't be present with Transfer-Encoding") == 0) {
    for (size_t i = 0; i < ps->fields.size(); i += 2) {
      if (name_is(ps->fields[i], "content-length")) {
        ps->error_code = "HPE_INVALID_TRANSFER_ENCODING";
        ps->error_reason = "Transfer-Encoding can't be present with Content-Length";
        return;
      }
      if (name_is(ps->fields[i], "transfer-encoding")) {
        ps->error_code = "HPE_INVALID_CONTENT_LENGTH";
        return;
      }
    }
  }
  if (std::strcmp(reason, "Invalid characters in url (strict mode)") == 0) {
    ps->error_reason = "Invalid characters in url";
  }
}

// An error in the bytes themselves (not a pause, nor a callback's failure).
bool is_parse_error(llhttp_errno_t err) {
  return err != HPE_OK && err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE && err != HPE_PAUSED_H2_UPGRADE &&
         err != HPE_USER;
}

// Hands the exception a callback threw (kept protected on the parser) to
// the native function's caller; false when there is none.
bool take_exception(JSContextRef ctx, Parser* ps, JSValueRef* exception) {
  if (!ps->exception) return false;
  *exception = ps->exception;
  JSValueUnprotect(ctx, ps->exception);
  ps->exception = nullptr;
  return true;
}

// Runs llhttp over [data, data+len); returns bytes consumed or -1.
JSValueRef run(JSContextRef ctx, JSObjectRef self, Parser* ps, const char* data, size_t len, bool finish,
               JSValueRef* exception) {
  if (ps->executing) return js::throw_error(ctx, exception, js::ErrorType::Error, "parser is busy");
  ps->executing = true;
  ps->ctx = ctx;
  ps->self = self;
  ps->data = data;
  ps->data_end = data + len;
  llhttp_errno_t err = finish ? llhttp_finish(&ps->p) : llhttp_execute(&ps->p, data, len);
  if (ps->pending_headers && (err == HPE_OK || is_parse_error(err))) {
    // Headers complete, body still to come: report now. A malformed body
    // (a bad chunk, an invalid Transfer-Encoding) fails only after the
    // request has reached its handler, as in node.
    if (report_headers(ps, 0) < 0) err = HPE_USER;
  }
  ps->executing = false;
  ps->self = nullptr;
  ps->data = nullptr;
  if (take_exception(ctx, ps, exception)) return nullptr;
  if (err == HPE_OK) return JSValueMakeNumber(ctx, static_cast<double>(len));
  if (err == HPE_PAUSED_UPGRADE || err == HPE_PAUSED) {
    const char* pos = llhttp_get_error_pos(&ps->p);
    size_t used = pos && pos >= data && pos <= data + len ? static_cast<size_t>(pos - data) : len;
    return JSValueMakeNumber(ctx, static_cast<double>(used));
  }
  const char* pos = llhttp_get_error_pos(&ps->p);
  ps->error_offset = pos && pos >= data && pos <= data + len ? static_cast<double>(pos - data) : 0;
  remap_error(ps, err, data, pos);
  return JSValueMakeNumber(ctx, -1);
}

// execute(buf[, start, end])
JSValueRef parser_execute(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  js::Bytes b = js::bytes_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx));
  if (!b.data && b.length == 0 && !(argc > 0 && JSValueIsObject(ctx, argv[0])))
    return js::throw_type_error(ctx, exception, "execute(buffer)");
  return run(ctx, self, ps, reinterpret_cast<const char*>(b.data), b.length, false, exception);
}

JSValueRef parser_finish(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                         JSValueRef* exception) {
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  return run(ctx, self, ps, nullptr, 0, true, exception);
}

// setCallbacks(onHeaders, onBody, onComplete[, thisValue])
JSValueRef parser_set_callbacks(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc,
                                const JSValueRef argv[], JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  for (size_t i = 0; i < 3; i++) {
    if (!args.is_function(i)) return js::throw_type_error(ctx, exception, "setCallbacks(fn, fn, fn)");
  }
  JSObjectRef receiver = args.is_object(3) ? args.object(3) : nullptr;
  static js::PropertyName key("callbackThis");
  if (!JSObjectSetPrivateProperty(ctx, self, key.get(), receiver ? static_cast<JSValueRef>(receiver)
                                                                   : JSValueMakeUndefined(ctx))) {
    return js::throw_type_error(ctx, exception, "setCallbacks: the parser cannot keep thisValue");
  }
  ps->receiver = receiver;
  for (size_t i = 0; i < 3; i++) ps->callbacks[i].reset(ctx, args[i]);
  return JSValueMakeUndefined(ctx);
}

// resume(): continue after onComplete asked for a pause.
JSValueRef parser_resume(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[], JSValueRef*) {
  Parser* ps = this_parser(self);
  if (ps && ps->paused_by_js && llhttp_get_errno(&ps->p) == HPE_PAUSED) {
    ps->paused_by_js = false;
    llhttp_resume(&ps->p);
  }
  return JSValueMakeUndefined(ctx);
}

// lastError() -> [code, reason, bytesParsed] for the last -1 of execute/finish.
JSValueRef parser_last_error(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                             JSValueRef* exception) {
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  llhttp_errno_t err = llhttp_get_errno(&ps->p);
  const char* code = ps->error_code ? ps->error_code : llhttp_errno_name(err);
  const char* reason = ps->error_reason ? ps->error_reason : llhttp_get_error_reason(&ps->p);
  JSValueRef items[3] = {js::make_string(ctx, code), js::make_string(ctx, reason ? reason : ""),
                         JSValueMakeNumber(ctx, ps->error_offset)};
  return JSObjectMakeArray(ctx, 3, items, nullptr);
}

// Ends native consumption: the handle's reads go to JS again.
// The handle is the one consume() was given, never one JS passes later: a
// different handle would leave the consumed one pointing at this parser.
void stop_consuming(Parser* ps, JSContextRef ctx) {
  if (!ps->consuming) return;
  ps->consuming = false;
  net::set_read_consumer(ctx, ps->consumed.get(), nullptr);
  ps->consumed.reset();
}

// One read of the consumed handle, entered through the trampoline (so the
// whole read is one callback from the loop, as a 'data' event was: ticks and
// promise jobs run after all the requests it held). this = the parser.
JSValueRef consume_read(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                        JSValueRef* exception) {
  Parser* ps = this_parser(self);
  if (!ps || !ps->read_data) return JSValueMakeUndefined(ctx);
  const char* chunk = ps->read_data;
  const size_t len = ps->read_len;
  const size_t start = ps->read_start;
  JSValueRef* stashed = ps->read_stash;
  ps->read_data = nullptr;
  ps->read_stash = nullptr;
  JSValueRef r;
  if (stashed) {  // a bodiless request the pre-scan parsed, more bytes after it
    JSObjectRef fn = ps->callbacks[kOnHeaders].object();
    if (fn) JSObjectCallAsFunction(ctx, fn, ps->receiver ? ps->receiver : self, 6, stashed, exception);
    if (*exception) {
      user_error(ps);
      return nullptr;
    }
  }
  if (ps->prescan_failed) {  // the pre-scan met a parse error
    ps->prescan_failed = false;
    r = JSValueMakeNumber(ctx, -1);
    if (ps->pending_headers) {  // after a complete head: the handler sees the request first
      ps->executing = true;
      ps->ctx = ctx;
      ps->self = self;
      if (report_headers(ps, 0) < 0) r = nullptr;
      ps->executing = false;
      ps->self = nullptr;
      take_exception(ctx, ps, exception);
    }
  } else {
    ps->native_calls = true;
    r = run(ctx, self, ps, chunk + start, len - start, false, exception);
    ps->native_calls = false;
    if (r && JSValueToNumber(ctx, r, nullptr) < 0) ps->error_offset += static_cast<double>(start);  // of the whole read
    if (r && JSValueToNumber(ctx, r, nullptr) >= 0) r = JSValueMakeNumber(ctx, JSValueToNumber(ctx, r, nullptr) + start);
  }
  if (!r) {  // a callback threw: the trampoline reports it
    if (!ps->consuming) {
      ps->keep.reset();
      ps->on_stop.reset();
    }
    return nullptr;
  }
  double used = JSValueToNumber(ctx, r, nullptr);
  if (used == static_cast<double>(len) && llhttp_get_errno(&ps->p) == HPE_OK) {
    if (!ps->consuming) {  // unconsume() came from a callback
      ps->keep.reset();
      ps->on_stop.reset();
    }
    return JSValueMakeUndefined(ctx);
  }
  // A pause or an error: JS takes the connection over from here, with the
  // unparsed rest (a pause) or the whole chunk (an error, as execute()'s
  // caller has it).
  int kind = used < 0 ? -1 : 1;
  JSValueRef bytes = kind < 0 ? copy_to_buffer(ctx, chunk, len)
                              : copy_to_buffer(ctx, chunk + static_cast<size_t>(used), len - static_cast<size_t>(used));
  stop_consuming(ps, ctx);
  js::Persistent hold = std::move(ps->keep);  // this parser lives through the call
  js::Persistent cb = std::move(ps->on_stop);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, kind), bytes};
  if (cb) JSObjectCallAsFunction(ctx, cb.object(), ps->receiver ? ps->receiver : self, 2, args, exception);
  return JSValueMakeUndefined(ctx);
}

bool Parser::on_read(JSContextRef cx, JSObjectRef handle, ssize_t n, const uint8_t* bytes) {
  if (n <= 0 || executing || !consuming) return false;
  static JSObjectRef fn = [cx] {
    JSObjectRef f = JSObjectMakeFunctionWithCallback(cx, nullptr, consume_read);
    JSValueProtect(cx, f);  // for the process's life
    return f;
  }();
  const char* chunk = reinterpret_cast<const char*>(bytes);
  const size_t len = static_cast<size_t>(n);
  bytes_read += static_cast<double>(len);
  read_start = 0;
  JSValueRef args[6];
  JSValueRef fields[Runtime::kMaxHeaderFields];
  bool have_args = false;
  gathered = false;
  if (!headers_done && !paused_by_js && llhttp_get_errno(&p) == HPE_OK) {
    // Pre-scan: llhttp parses up to the end of the head with no JS call (none
    // can come before it). A bodiless request that ends the read is then
    // reported by ONE callback from the loop, onHeaders itself.
    executing = true;
    native_calls = true;
    prescan = true;
    prescan_paused = false;
    ctx = cx;
    self = obj;
    data = chunk;
    data_end = chunk + len;
    llhttp_errno_t err = llhttp_execute(&p, chunk, len);
    prescan = false;
    if (err == HPE_PAUSED && prescan_paused) {
      const char* pos = llhttp_get_error_pos(&p);
      if (!(pos >= chunk && pos <= chunk + len)) pos = chunk + len;
      llhttp_resume(&p);
      stash = args;
      stash_fields = fields;
      stashed = false;
      err = llhttp_execute(&p, pos, 0);  // a bodiless message completes here
      stash = nullptr;
      stash_fields = nullptr;
      have_args = stashed;
      stashed = false;
      read_start = static_cast<size_t>(pos - chunk);
    } else if (err == HPE_OK) {
      read_start = len;
    }
    executing = false;
    native_calls = false;
    self = nullptr;
    data = nullptr;
    if (err != HPE_OK && err != HPE_PAUSED_UPGRADE) {
      // A parse error: JS hears of it as after execute().
      const char* pos = llhttp_get_error_pos(&p);
      error_offset = pos && pos >= chunk && pos <= chunk + len ? static_cast<double>(pos - chunk) : 0;
      remap_error(this, err, chunk, pos);
      prescan_failed = true;
      have_args = false;
    } else if (err == HPE_OK && read_start == len && !pending_headers) {
      if (!have_args) return true;  // a partial head: nothing for JS yet
      Runtime& rt = Runtime::current();
      JSObjectRef recv = receiver ? receiver : obj;
      JSValueRef r = nullptr;
      if (gathered) {
        r = rt.make_headers_callback(callbacks[kOnHeaders].object(), recv, args[0], args[1], p.http_major,
                                     p.http_minor, header_flags | kComplete, fields, stash_count);
      }
      if (!r) {
        if (gathered) args[2] = JSObjectMakeArray(cx, stash_count, fields, nullptr);
        r = rt.make_callback(callbacks[kOnHeaders].object(), recv, 6, args);
      }
      if (!js::is_number(cx, r)) user_error(this);  // it threw (onHeaders returns a number)
      if (!consuming) {  // unconsume() came from the callback
        keep.reset();
        on_stop.reset();
      }
      return true;
    }
  }
  if (have_args && gathered) args[2] = JSObjectMakeArray(cx, stash_count, fields, nullptr);
  read_data = chunk;
  read_len = len;
  read_stash = have_args ? args : nullptr;
  Runtime::current().make_callback(fn, obj, 0, nullptr);
  read_data = nullptr;
  read_stash = nullptr;
  return true;
}

// consume(handle, onStop) -> true when the parser now reads the handle.
JSValueRef parser_consume(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  if (ps->consuming || ps->executing || !args.is_function(1)) return JSValueMakeBoolean(ctx, false);
  if (!net::set_read_consumer(ctx, args[0], ps)) return JSValueMakeBoolean(ctx, false);
  ps->consuming = true;
  ps->consumed.reset(ctx, args[0]);
  ps->keep.reset(ctx, self);
  ps->on_stop.reset(ctx, args[1]);
  return JSValueMakeBoolean(ctx, true);
}

// unconsume(): the consumed handle's reads go to JS again (a read being parsed
// natively right now stops after the current message: onStop gets the rest).
JSValueRef parser_unconsume(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception) {
  Parser* ps = this_parser(self);
  if (!ps) return js::throw_type_error(ctx, exception, "Illegal invocation");
  if (ps->consuming) {
    stop_consuming(ps, ctx);
    if (!ps->executing) {
      ps->keep.reset();
      ps->on_stop.reset();
    }
  }
  return JSValueMakeUndefined(ctx);
}

// pendingSince() -> Date.now() when the request being received (natively)
// began, or 0; headersDone() -> whether its head is complete.
JSValueRef parser_pending_since(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                                JSValueRef*) {
  Parser* ps = this_parser(self);
  return JSValueMakeNumber(ctx, ps ? ps->pending_since : 0);
}

// bytesRead() -> bytes this parser took from handles it consumed.
JSValueRef parser_bytes_read(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                             JSValueRef*) {
  Parser* ps = this_parser(self);
  return JSValueMakeNumber(ctx, ps ? ps->bytes_read : 0);
}

JSValueRef parser_headers_done(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t, const JSValueRef[],
                               JSValueRef*) {
  Parser* ps = this_parser(self);
  return JSValueMakeBoolean(ctx, ps && ps->headers_done);
}

const js::NativeClass& parser_class() {
  static const js::NativeClass cls("HTTPParser", finalize_parser,
                                   {{"init", parser_init},
                                    {"execute", parser_execute},
                                    {"finish", parser_finish},
                                    {"resume", parser_resume},
                                    {"setCallbacks", parser_set_callbacks},
                                    {"lastError", parser_last_error},
                                    {"consume", parser_consume},
                                    {"unconsume", parser_unconsume},
                                    {"pendingSince", parser_pending_since},
                                    {"headersDone", parser_headers_done},
                                    {"bytesRead", parser_bytes_read}});
  return cls;
}

JSValueRef create_parser(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  js::verify_immediates(ctx);  // for js::make_number and js::is_number
  auto* ps = new Parser();
  llhttp_init(&ps->p, HTTP_REQUEST, &settings());
  ps->p.data = ps;
  ps->obj = parser_class().make(ctx, ps);
  return ps->obj;
}

}  // namespace

JSObjectRef init_http_parser_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "createParser", create_parser);
  js::set(ctx, b, "kKeepAlive", static_cast<double>(kKeepAlive));
  js::set(ctx, b, "kUpgrade", static_cast<double>(kUpgrade));
  js::set(ctx, b, "kComplete", static_cast<double>(kComplete));
  return b;
}

}  // namespace jolt
