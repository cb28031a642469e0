// internalBinding('fs'): the file operations the module loader and the first
// fs functions need. Synchronous forms are plain system calls on the calling
// thread; readFile runs on the worker pool. (The full fs, on io_uring, is
// the file-system issue's work.)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// Reads a whole file; allocates once when the size is known. Returns 0 or errno;
// `syscall` names the failing call.
int read_whole(int fd, std::string& out, const char*& syscall) {
  struct stat st;
  size_t cap = 0;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      syscall = "read";
      return EISDIR;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) cap = static_cast<size_t>(st.st_size);
  }
  out.clear();
  out.resize(cap ? cap : 8192);
  size_t used = 0;
  for (;;) {
    char probe[512];
    // Full to the known size: probe for EOF on the stack rather than growing
    // the buffer for a read that will most likely return 0.
    bool full = used == out.size();
    char* dst = full ? probe : out.data() + used;
    size_t room = full ? sizeof(probe) : out.size() - used;
    ssize_t n = ::read(fd, dst, room);
    if (n < 0) {
      if (errno == EINTR) continue;
      syscall = "read";
      return errno;
    }
    if (n == 0) break;
    if (full) {
      // The file is longer than its size said (or the size was unknown).
      out.resize(out.size() * 2);
      std::memcpy(out.data() + used, probe, static_cast<size_t>(n));
    }
    used += static_cast<size_t>(n);
  }
  out.resize(used);
  return 0;
}

int read_path(const std::string& path, std::string& out, const char*& syscall) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    syscall = "open";
    return errno;
  }
  int err = read_whole(fd, out, syscall);
  ::close(fd);
  return err;
}

// 0 for a file, 1 for a directory, negative errno otherwise (as Node's
// internalModuleStat, which the CommonJS resolver calls a lot).
JSValueRef internal_module_stat(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                                JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string path = args.utf8(0, exception);
  if (*exception) return nullptr;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return JSValueMakeNumber(ctx, -errno);
  return JSValueMakeNumber(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

// Reads a path (string) or fd (number) argument whole; throws Node's system error.
bool read_arg(JSContextRef ctx, const js::Args& args, std::string& data, JSValueRef* exception) {
  const char* syscall = nullptr;
  int err;
  std::string path;
  if (args.is_number(0)) {
    err = read_whole(args.int32(0), data, syscall);
  } else {
    path = args.utf8(0, exception);
    if (*exception) return false;
    err = read_path(path, data, syscall);
  }
  if (err) {
    js::throw_system_error(ctx, exception, err, syscall, path.empty() ? nullptr : path.c_str());
    return false;
  }
  return true;
}

// readFileUtf8(pathOrFd) -> string
JSValueRef read_file_utf8(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  std::string data;
  if (!read_arg(ctx, js::Args{ctx, argc, argv}, data, exception)) return nullptr;
  return js::make_string(ctx, data);
}

// readFileBytes(pathOrFd) -> Uint8Array
JSValueRef read_file_bytes(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                           JSValueRef* exception) {
  std::string data;
  if (!read_arg(ctx, js::Args{ctx, argc, argv}, data, exception)) return nullptr;
  return js::make_uint8array_copy(ctx, data.data(), data.size());
}

JSValueRef realpath_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string path = args.utf8(0, exception);
  if (*exception) return nullptr;
  char buf[PATH_MAX];
  if (!::realpath(path.c_str(), buf)) return js::throw_system_error(ctx, exception, errno, "realpath", path.c_str());
  return js::make_string(ctx, buf);
}

JSValueRef access_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string path = args.utf8(0, exception);
  if (*exception) return nullptr;
  int mode = argc > 1 ? args.int32(1) : F_OK;
  if (::access(path.c_str(), mode) != 0) return js::throw_system_error(ctx, exception, errno, "access", path.c_str());
  return JSValueMakeUndefined(ctx);
}

// readFile(path, asUtf8, callback(err, Uint8Array | string)) on the worker pool.
struct ReadFileRequest {
  loop::WorkRequest req;
  std::string path;
  std::string data;
  const char* syscall = nullptr;
  int err = 0;
  bool utf8 = false;
  js::Persistent callback;
};

JSValueRef read_file(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_function(2)) return js::throw_type_error(ctx, exception, "callback must be a function");
  auto* r = new ReadFileRequest;
  r->path = args.utf8(0, exception);
  if (*exception) {
    delete r;
    return nullptr;
  }
  r->utf8 = JSValueToBoolean(ctx, args[1]);
  r->callback.reset(ctx, args[2]);
  r->req.work = [r] { r->err = read_path(r->path, r->data, r->syscall); };
  r->req.done = [r](int status) {
    std::unique_ptr<ReadFileRequest> owned(r);
    Runtime& rt = Runtime::current();
    JSContextRef c = rt.ctx();
    JSValueRef cb_args[2];
    if (status != 0 || r->err != 0) {
      int err = status != 0 ? status : r->err;
      cb_args[0] = js::make_system_error(c, err, r->syscall ? r->syscall : "open", r->path.c_str());
      cb_args[1] = JSValueMakeUndefined(c);
    } else {
      cb_args[0] = JSValueMakeNull(c);
      cb_args[1] = r->utf8 ? js::make_string(c, r->data) : js::make_uint8array_copy(c, r->data.data(), r->data.size());
    }
    rt.make_callback(r->callback.object(), nullptr, 2, cb_args);
  };
  Runtime::current().loop().queue_work(&r->req);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_fs_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "internalModuleStat", internal_module_stat);
  js::set_method(ctx, b, "readFileUtf8", read_file_utf8);
  js::set_method(ctx, b, "readFileBytes", read_file_bytes);
  js::set_method(ctx, b, "realpath", realpath_fn);
  js::set_method(ctx, b, "access", access_fn);
  js::set_method(ctx, b, "readFile", read_file);
  return b;
}

}  // namespace jolt
