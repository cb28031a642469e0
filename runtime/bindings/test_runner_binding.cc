// internalBinding('test_runner'): the two file-system calls `jolt --test`
// needs before node:fs has them: listing a directory while looking for test
// files, and opening a --test-reporter-destination file.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "../runtime.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// Kind of a directory entry: 1 directory, 0 regular file, 2 anything else.
// Symbolic links are followed, as a glob walk does.
int entry_kind(const std::string& dir, const struct dirent* e) {
  if (e->d_type == DT_DIR) return 1;
  if (e->d_type == DT_REG) return 0;
  struct stat st;
  if (::stat((dir + "/" + e->d_name).c_str(), &st) != 0) return 2;
  if (S_ISDIR(st.st_mode)) return 1;
  return S_ISREG(st.st_mode) ? 0 : 2;
}

// readDir(path) -> [name, kind, name, kind, ...] without '.' and '..'.
JSValueRef read_dir(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                    JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return js::throw_type_error(ctx, exception, "path must be a string");
  std::string dir = args.utf8(0);
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return js::throw_system_error(ctx, exception, errno, "scandir", dir.c_str());
  std::vector<JSValueRef> items;
  while (const struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    items.push_back(js::make_string(ctx, name));
    items.push_back(JSValueMakeNumber(ctx, entry_kind(dir, e)));
  }
  ::closedir(d);
  return js::make_array(ctx, items.size(), items.data());
}

// openForWrite(path) -> fd of the file, created or truncated.
JSValueRef open_for_write(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                          JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return js::throw_type_error(ctx, exception, "path must be a string");
  std::string path = args.utf8(0);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return js::throw_system_error(ctx, exception, errno, "open", path.c_str());
  return JSValueMakeNumber(ctx, fd);
}

}  // namespace

JSObjectRef init_test_runner_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "readDir", read_dir);
  js::set_method(ctx, b, "openForWrite", open_for_write);
  return b;
}

}  // namespace jolt
