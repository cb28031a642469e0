// internalBinding('fs'): what the module loader needs at start-up
// (internalModuleStat, readFileUtf8, readFileBytes: plain system calls, no
// allocation beyond the result). internalBinding('fs_ops') has the calls of
// node:fs, which live in fs_ops.cc, fs_file.cc, fs_dir.cc and fs_watch.cc.
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
#include "fs_job.h"
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

}  // namespace

JSObjectRef init_fs_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "internalModuleStat", internal_module_stat);
  js::set_method(ctx, b, "readFileUtf8", read_file_utf8);
  js::set_method(ctx, b, "readFileBytes", read_file_bytes);
  js::set_method(ctx, b, "realpath", fs::realpath_fn);
  return b;
}

// internalBinding('fs_ops'): every node:fs call, sync or async by the
// presence of a callback (fs_job.h). A binding of its own so that start-up,
// which needs only the loader's three functions above, does not pay for
// creating the rest.
JSObjectRef init_fs_ops_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  fs::register_ops(ctx, b);
  fs::register_file_ops(ctx, b);
  fs::register_dir_ops(ctx, b);
  fs::register_watch_ops(ctx, b);
  fs::register_handle_ops(ctx, b);
  return b;
}

}  // namespace jolt
