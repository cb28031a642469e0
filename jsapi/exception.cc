#include "exception.h"

#include <cerrno>

#include "value.h"

namespace jolt::js {

namespace {

const char* constructor_name(ErrorType type) {
  switch (type) {
    case ErrorType::TypeError: return "TypeError";
    case ErrorType::RangeError: return "RangeError";
    case ErrorType::SyntaxError: return "SyntaxError";
    case ErrorType::ReferenceError: return "ReferenceError";
    case ErrorType::Error: break;
  }
  return "Error";
}

struct ErrnoInfo {
  int err;
  const char* name;
  const char* description;
};

// The descriptions are libuv's (uv_strerror), which Node puts in messages.
constexpr ErrnoInfo kErrnoTable[] = {
    {E2BIG, "E2BIG", "argument list too long"},
    {EACCES, "EACCES", "permission denied"},
    {EADDRINUSE, "EADDRINUSE", "address already in use"},
    {EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available"},
    {EAFNOSUPPORT, "EAFNOSUPPORT", "address family not supported"},
    {EAGAIN, "EAGAIN", "resource temporarily unavailable"},
    {EALREADY, "EALREADY", "connection already in progress"},
    {EBADF, "EBADF", "bad file descriptor"},
    {EBUSY, "EBUSY", "resource busy or locked"},
    {ECANCELED, "ECANCELED", "operation canceled"},
    {ECONNABORTED, "ECONNABORTED", "software caused connection abort"},
    {ECONNREFUSED, "ECONNREFUSED", "connection refused"},
    {ECONNRESET, "ECONNRESET", "connection reset by peer"},
    {EDESTADDRREQ, "EDESTADDRREQ", "destination address required"},
    {EEXIST, "EEXIST", "file already exists"},
    {EFAULT, "EFAULT", "bad address in system call argument"},
    {EFBIG, "EFBIG", "file too large"},
    {EHOSTDOWN, "EHOSTDOWN", "host is down"},
    {EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"},
    {EILSEQ, "EILSEQ", "illegal byte sequence"},
    {EINTR, "EINTR", "interrupted system call"},
    {EINVAL, "EINVAL", "invalid argument"},
    {EIO, "EIO", "i/o error"},
    {EISCONN, "EISCONN", "socket is already connected"},
    {EISDIR, "EISDIR", "illegal operation on a directory"},
    {ELOOP, "ELOOP", "too many symbolic links encountered"},
    {EMFILE, "EMFILE", "too many open files"},
    {EMLINK, "EMLINK", "too many links"},
    {EMSGSIZE, "EMSGSIZE", "message too long"},
    {ENAMETOOLONG, "ENAMETOOLONG", "name too long"},
    {ENETDOWN, "ENETDOWN", "network is down"},
    {ENETUNREACH, "ENETUNREACH", "network is unreachable"},
    {ENFILE, "ENFILE", "file table overflow"},
    {ENOBUFS, "ENOBUFS", "no buffer space available"},
    {ENODATA, "ENODATA", "no data available"},
    {ENODEV, "ENODEV", "no such device"},
    {ENOENT, "ENOENT", "no such file or directory"},
    {ENOMEM, "ENOMEM", "not enough memory"},
    {ENONET, "ENONET", "machine is not on the network"},
    {ENOPROTOOPT, "ENOPROTOOPT", "protocol not available"},
    {ENOSPC, "ENOSPC", "no space left on device"},
    {ENOSYS, "ENOSYS", "function not implemented"},
    {ENOTCONN, "ENOTCONN", "socket is not connected"},
    {ENOTDIR, "ENOTDIR", "not a directory"},
    {ENOTEMPTY, "ENOTEMPTY", "directory not empty"},
    {ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"},
    {ENOTSUP, "ENOTSUP", "operation not supported on socket"},
    {ENOTTY, "ENOTTY", "inappropriate ioctl for device"},
    {ENXIO, "ENXIO", "no such device or address"},
    {EOVERFLOW, "EOVERFLOW", "value too large for defined data type"},
    {EPERM, "EPERM", "operation not permitted"},
    {EPIPE, "EPIPE", "broken pipe"},
    {EPROTO, "EPROTO", "protocol error"},
    {EPROTONOSUPPORT, "EPROTONOSUPPORT", "protocol not supported"},
    {EPROTOTYPE, "EPROTOTYPE", "protocol wrong type for socket"},
    {ERANGE, "ERANGE", "result too large"},
    {EREMOTEIO, "EREMOTEIO", "remote I/O error"},
    {EROFS, "EROFS", "read-only file system"},
    {ESHUTDOWN, "ESHUTDOWN", "cannot send after transport endpoint shutdown"},
    {ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "socket type not supported"},
    {ESPIPE, "ESPIPE", "invalid seek"},
    {ESRCH, "ESRCH", "no such process"},
    {ETIMEDOUT, "ETIMEDOUT", "connection timed out"},
    {ETXTBSY, "ETXTBSY", "text file is busy"},
    {EXDEV, "EXDEV", "cross-device link not permitted"},
};

const ErrnoInfo* find_errno(int err) {
  for (const auto& e : kErrnoTable)
    if (e.err == err) return &e;
  return nullptr;
}

}  // namespace

const char* errno_name(int err) {
  const ErrnoInfo* e = find_errno(err);
  return e ? e->name : "UNKNOWN";
}

const char* errno_description(int err) {
  const ErrnoInfo* e = find_errno(err);
  return e ? e->description : "unknown error";
}

JSObjectRef make_error(JSContextRef ctx, ErrorType type, std::string_view message, const char* code) {
  JSValueRef msg = make_string(ctx, message);
  // Through the global constructor (which the runtime may have wrapped to
  // give V8-shaped stacks); the intrinsic if that is not a constructor.
  JSObjectRef err = nullptr;
  JSValueRef ctor = get(ctx, JSContextGetGlobalObject(ctx), constructor_name(type));
  if (JSValueIsObject(ctx, ctor) && JSObjectIsConstructor(ctx, as_object(ctor)))
    err = JSObjectCallAsConstructor(ctx, as_object(ctor), 1, &msg, nullptr);
  if (!err) err = JSObjectMakeError(ctx, 1, &msg, nullptr);
  if (code) set(ctx, err, "code", std::string_view(code));
  return err;
}

JSValueRef throw_error(JSContextRef ctx, JSValueRef* exception, ErrorType type, std::string_view message,
                       const char* code) {
  if (exception) *exception = make_error(ctx, type, message, code);
  return JSValueMakeUndefined(ctx);
}

JSValueRef throw_type_error(JSContextRef ctx, JSValueRef* exception, std::string_view message, const char* code) {
  return throw_error(ctx, exception, ErrorType::TypeError, message, code);
}

JSObjectRef make_system_error(JSContextRef ctx, int err, const char* syscall, const char* path, const char* dest) {
  std::string message = errno_name(err);
  message += ": ";
  message += errno_description(err);
  if (syscall) {
    message += ", ";
    message += syscall;
  }
  if (path) {
    message += " '";
    message += path;
    message += "'";
  }
  if (dest) {
    message += " -> '";
    message += dest;
    message += "'";
  }
  JSObjectRef e = make_error(ctx, ErrorType::Error, message);
  // Node's property order: errno, code, syscall, path, dest.
  set(ctx, e, "errno", static_cast<double>(-err));
  set(ctx, e, "code", std::string_view(errno_name(err)));
  if (syscall) set(ctx, e, "syscall", std::string_view(syscall));
  if (path) set(ctx, e, "path", std::string_view(path));
  if (dest) set(ctx, e, "dest", std::string_view(dest));
  return e;
}

JSValueRef throw_system_error(JSContextRef ctx, JSValueRef* exception, int err, const char* syscall, const char* path,
                              const char* dest) {
  if (exception) *exception = make_system_error(ctx, err, syscall, path, dest);
  return JSValueMakeUndefined(ctx);
}

std::string describe_exception(JSContextRef ctx, JSValueRef exception) {
  if (!exception) return {};
  JSValueRef inner = nullptr;
  std::string s = to_utf8(ctx, exception, &inner);
  if (inner) return "<exception that cannot be converted to a string>";
  return s;
}

}  // namespace jolt::js
