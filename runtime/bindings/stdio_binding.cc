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

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "stdio_binding.h"
#include "value.h"

namespace jolt {

int stdio_write_all(int fd, const char* data, size_t len) {
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

namespace {

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
    err = stdio_write_all(fd, s.data(), len);
  } else {
    js::Bytes b = js::bytes_of(ctx, args[1]);
    len = b.length;
    err = stdio_write_all(fd, reinterpret_cast<const char*>(b.data), len);
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

}  // namespace

JSObjectRef init_stdio_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "writeSync", write_sync);
  js::set_method(ctx, b, "isatty", is_tty);
  js::set_method(ctx, b, "getWindowSize", window_size);
  js::set_method(ctx, b, "guessHandleType", guess_handle_type);
  register_stdio_reader(ctx, b);
  register_stdio_tty(ctx, b);
  return b;
}

}  // namespace jolt
