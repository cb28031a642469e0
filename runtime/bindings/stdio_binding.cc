// internalBinding('stdio'): synchronous writes to fds 1 and 2 (as Node does
// for files, pipes and TTYs on Linux, so output before process.exit() is never
// lost) and the terminal facts process.stdout needs.
#include <poll.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <utility>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "stdio_binding.h"
#include "value.h"

namespace jolt {

namespace {

// Writes everything, waiting out EAGAIN on a non-blocking fd. Returns 0 or errno.
int write_all(int fd, const char* data, size_t len) {
  while (len > 0) {
    ssize_t n = ::write(fd, data, len);
    if (n >= 0) {
      data += n;
      len -= static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd p = {fd, POLLOUT, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    return errno;
  }
  return 0;
}

// writeSync(fd, string | ArrayBufferView) -> bytes written; throws on error
// (EPIPE included: the caller turns it into an 'error' event).
JSValueRef write_sync(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                      JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  int fd = args.int32(0);
  int err;
  size_t len;
  if (args.is_string(1)) {
    std::string s = args.utf8(1);
    len = s.size();
    err = write_all(fd, s.data(), len);
  } else {
    js::Bytes b = js::bytes_of(ctx, args[1]);
    len = b.length;
    err = write_all(fd, reinterpret_cast<const char*>(b.data), len);
  }
  if (err) return js::throw_system_error(ctx, exception, err, "write");
  return JSValueMakeNumber(ctx, static_cast<double>(len));
}

JSValueRef is_tty(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  return JSValueMakeBoolean(ctx, ::isatty(args.int32(0)) == 1);
}

// [columns, rows] of the terminal on fd, or undefined.
JSValueRef window_size(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef*) {
  js::Args args{ctx, argc, argv};
  struct winsize ws;
  if (::ioctl(args.int32(0), TIOCGWINSZ, &ws) != 0) return JSValueMakeUndefined(ctx);
  JSValueRef items[] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return js::make_array(ctx, 2, items);
}

// What kind of thing fd is, as node's guessHandleType names it: 'TTY',
// 'FILE' (regular files and other character devices such as /dev/null),
// 'PIPE' (pipes, FIFOs and unix sockets), 'TCP', 'UDP' or 'UNKNOWN'.
JSValueRef guess_handle_type(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                             JSValueRef*) {
  js::Args args{ctx, argc, argv};
  int fd = args.int32(0);
  const char* type = "UNKNOWN";
  struct stat st;
  if (fd >= 0 && ::fstat(fd, &st) == 0) {
    if (::isatty(fd) == 1) {
      type = "TTY";
    } else if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode)) {
      type = "FILE";
    } else if (S_ISFIFO(st.st_mode)) {
      type = "PIPE";
    } else if (S_ISSOCK(st.st_mode)) {
      int domain = 0, sock_type = 0;
      socklen_t len = sizeof domain;
      ::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len);
      len = sizeof sock_type;
      ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &sock_type, &len);
      if (domain == AF_UNIX) type = "PIPE";
      else if (sock_type == SOCK_STREAM) type = "TCP";
      else if (sock_type == SOCK_DGRAM) type = "UDP";
    }
  }
  return js::make_string(ctx, type);
}

// ---- the global console's facade (internal/bootstrap/console) -------------
// Its methods are native: a call whose arguments are strings with nothing to
// format, made before the real console is built and before process.stdout
// (or stderr) is touched, is written here, with no JS compiled or run; any
// other call goes to the JS `call(name, fd, args, err)`. Native methods
// also cost start-up less than 24 JS closures in an object literal.

struct ConsoleMethod {
  const char* name;
  int fd;  // where its plain text goes; 0: never written here
};
constexpr ConsoleMethod kConsoleMethods[] = {
    {"log", 1}, {"info", 1}, {"debug", 1}, {"warn", 2}, {"error", 2}, {"dir", 0}, {"time", 0}, {"timeEnd", 0},
    {"timeLog", 0}, {"trace", 0}, {"assert", 0}, {"clear", 0}, {"count", 0}, {"countReset", 0}, {"group", 0},
    {"groupEnd", 0}, {"table", 0}, {"dirxml", 0}, {"groupCollapsed", 0}, {"profile", 0}, {"profileEnd", 0},
    {"timeStamp", 0}, {"context", 0}, {"createTask", 0},
};
constexpr size_t kConsoleMethodCount = sizeof(kConsoleMethods) / sizeof(kConsoleMethods[0]);

struct ConsoleFacade {
  JSObjectRef call = nullptr;          // the JS slow path (protected)
  JSObjectRef materialized = nullptr;  // [, stdout touched, stderr touched] (protected)
  bool built = false;                  // the real console has replaced the facade's methods
};
// One runtime per process (Runtime::current()), so one global console.
ConsoleFacade g_console;

// The text a call prints when it needs no formatting (no arguments, one
// string, or strings without a % in the first), as util.format would;
// false when it needs more.
bool plain_text(JSContextRef ctx, size_t argc, const JSValueRef argv[], std::string& out) {
  if (argc == 0) return true;
  for (size_t i = 0; i < argc; i++)
    if (!JSValueIsString(ctx, argv[i])) return false;
  out = js::to_utf8(ctx, argv[0]);
  if (argc == 1) return true;
  if (out.find('%') != std::string::npos) return false;
  for (size_t i = 1; i < argc; i++) {
    out += ' ';
    out += js::to_utf8(ctx, argv[i]);
  }
  return true;
}

JSValueRef console_slow_call(JSContextRef ctx, size_t index, size_t argc, const JSValueRef argv[], JSValueRef error,
                             JSValueRef* exception) {
  if (!g_console.call) return JSValueMakeUndefined(ctx);
  JSValueRef call_args[] = {js::make_string(ctx, kConsoleMethods[index].name),
                            JSValueMakeNumber(ctx, kConsoleMethods[index].fd), js::make_array(ctx, argc, argv),
                            error ? error : JSValueMakeUndefined(ctx)};
  JSValueRef result = JSObjectCallAsFunction(ctx, g_console.call, nullptr, 4, call_args, exception);
  return result ? result : JSValueMakeUndefined(ctx);
}

template <size_t I>
JSValueRef console_method(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  constexpr int fd = kConsoleMethods[I].fd;
  if (fd != 0 && !g_console.built && g_console.materialized &&
      !JSValueToBoolean(ctx, JSObjectGetPropertyAtIndex(ctx, g_console.materialized, fd, nullptr))) {
    std::string text;
    if (plain_text(ctx, argc, argv, text)) {
      text += '\n';
      int err = write_all(fd, text.data(), text.size());
      if (err == 0) return JSValueMakeUndefined(ctx);
      // As in node, the stream reports it (EPIPE: an 'error' event).
      return console_slow_call(ctx, I, argc, argv, js::make_system_error(ctx, err, "write"), exception);
    }
  }
  return console_slow_call(ctx, I, argc, argv, nullptr, exception);
}

template <size_t... I>
void set_console_methods(JSContextRef ctx, JSObjectRef facade, std::index_sequence<I...>) {
  // Writable, enumerable and configurable, as methods of an object literal.
  (js::set(ctx, facade, kConsoleMethods[I].name, js::make_function(ctx, kConsoleMethods[I].name, console_method<I>)),
   ...);
}

// createConsoleFacade(call, materialized): the facade, an object whose
// prototype is an empty object, with the methods in the order node's global
// console lists them (JS adds Console and the tag after them).
JSValueRef create_console_facade(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                 JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0) || !args.is_object(1) || g_console.call)
    return js::throw_type_error(ctx, exception, "createConsoleFacade(call, materialized) is called once");
  g_console.call = args.object(0);
  g_console.materialized = args.object(1);
  JSValueProtect(ctx, g_console.call);
  JSValueProtect(ctx, g_console.materialized);
  JSObjectRef facade = js::make_object(ctx);
  JSObjectSetPrototype(ctx, facade, js::make_object(ctx));
  set_console_methods(ctx, facade, std::make_index_sequence<kConsoleMethodCount>());
  return facade;
}

// consoleBuilt(): the real console now backs the facade; methods taken
// from the facade before that go to JS for every call.
JSValueRef console_built(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  g_console.built = true;
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_stdio_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "writeSync", write_sync);
  js::set_method(ctx, b, "isatty", is_tty);
  js::set_method(ctx, b, "getWindowSize", window_size);
  js::set_method(ctx, b, "guessHandleType", guess_handle_type);
  js::set_method(ctx, b, "createConsoleFacade", create_console_facade);
  js::set_method(ctx, b, "consoleBuilt", console_built);
  register_stdio_reader(ctx, b);
  register_stdio_tty(ctx, b);
  return b;
}

}  // namespace jolt
