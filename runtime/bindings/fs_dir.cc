// fs binding: directories. readdir (one level, or the whole tree in one
// native walk), mkdir -p returning the first directory it made, and the
// recursive removal behind rm({recursive}). All run on the worker pool when
// asynchronous.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>

#include "exception.h"
#include "buffer.h"
#include "fs_job.h"
#include "js_string.h"

namespace jolt::fs {

namespace {

// Dirent types as libuv numbers them (what Dirent's is*() methods test).
enum : uint8_t { kUnknown = 0, kFile, kDir, kLink, kFifo, kSocket, kChar, kBlock };

uint8_t type_of_mode(mode_t m) {
  if (S_ISREG(m)) return kFile;
  if (S_ISDIR(m)) return kDir;
  if (S_ISLNK(m)) return kLink;
  if (S_ISFIFO(m)) return kFifo;
  if (S_ISSOCK(m)) return kSocket;
  if (S_ISCHR(m)) return kChar;
  if (S_ISBLK(m)) return kBlock;
  return kUnknown;
}

uint8_t type_of(int dirfd, const dirent* e) {
  switch (e->d_type) {
    case DT_REG: return kFile;
    case DT_DIR: return kDir;
    case DT_LNK: return kLink;
    case DT_FIFO: return kFifo;
    case DT_SOCK: return kSocket;
    case DT_CHR: return kChar;
    case DT_BLK: return kBlock;
    default: break;
  }
  struct stat st;  // file systems without d_type
  if (::fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) return kUnknown;
  return type_of_mode(st.st_mode);
}

// Reads one directory (opened relative to `at`) into names/types, sorted by
// name as node's readdir is. `prefix` is put before each name.
int read_one(int at, const char* path, const std::string& prefix, std::vector<std::string>& names,
             std::vector<uint8_t>& types, std::vector<size_t>* dirs) {
  int fd = ::openat(at, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  DIR* d = ::fdopendir(fd);
  if (!d) {
    int err = errno;
    ::close(fd);
    return err;
  }
  size_t first = names.size();
  errno = 0;
  while (dirent* e = ::readdir(d)) {
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
    names.push_back(prefix.empty() ? std::string(n) : prefix + n);
    types.push_back(type_of(fd, e));
  }
  int err = errno;
  ::closedir(d);
  if (err) return err;
  // Sort this directory's slice by name, keeping types in step.
  size_t count = names.size() - first;
  std::vector<size_t> order(count);
  std::iota(order.begin(), order.end(), first);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return names[x] < names[y]; });
  std::vector<std::string> sn(count);
  std::vector<uint8_t> st(count);
  for (size_t i = 0; i < count; ++i) {
    sn[i] = std::move(names[order[i]]);
    st[i] = types[order[i]];
  }
  for (size_t i = 0; i < count; ++i) {
    names[first + i] = std::move(sn[i]);
    types[first + i] = st[i];
    if (dirs && st[i] == kDir) dirs->push_back(first + i);
  }
  return 0;
}

// How readdir's second argument asks for its listing: a boolean (with
// types or not) or these bits. Names as bytes keep what is not UTF-8 for
// the encodings that are not either (JS turns them into Buffers).
enum : int { kWithTypes = 1, kNamesAsBytes = 2 };

void listing_mode(JSContextRef ctx, JSValueRef v, Job& j) {
  int mode = static_cast<int>(JSValueToNumber(ctx, v, nullptr));
  j.flag = (mode & kWithTypes) != 0;
  j.b = (mode & kNamesAsBytes) != 0;
}

// (names) or [names, types]; names are strings, or Uint8Arrays (j.b).
JSValueRef res_listing(JSContextRef ctx, Job& j) {
  size_t n = j.names.size();
  std::vector<JSValueRef> vals(n);
  for (size_t i = 0; i < n; ++i) {
    const std::string& name = j.names[i];
    vals[i] = j.b ? static_cast<JSValueRef>(js::make_uint8array_copy(ctx, name.data(), name.size()))
                  : js::make_string(ctx, name);
  }
  JSObjectRef names = js::make_array(ctx, n, vals.data());
  if (!j.flag) return names;
  JSObjectRef types = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, n, nullptr);
  if (n) std::memcpy(JSObjectGetTypedArrayBytesPtr(ctx, types, nullptr), j.types.data(), n);
  JSValueRef pair[2] = {names, types};
  return js::make_array(ctx, 2, pair);
}

// readdir(path, mode, cb): mode as listing_mode reads it
FS_FN(readdir_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, args[0], j->path, exception)) return nullptr;
  j->syscall = "scandir";
  listing_mode(ctx, args[1], *j);
  j->blocking = [](Job& j) { return read_one(AT_FDCWD, j.path.c_str(), std::string(), j.names, j.types, nullptr); };
  j->result = res_listing;
  return run(ctx, std::move(j), args[2], exception);
}

// readdirRecursive(path, mode, cb): paths relative to `path`, breadth
// first, each directory's entries sorted (node's order for the sync form).
FS_FN(readdir_recursive_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, args[0], j->path, exception)) return nullptr;
  j->syscall = "scandir";
  listing_mode(ctx, args[1], *j);
  j->blocking = [](Job& j) {
    int root = ::open(j.path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) return errno;
    std::vector<size_t> dirs;
    int err = read_one(root, ".", std::string(), j.names, j.types, &dirs);
    for (size_t k = 0; !err && k < dirs.size(); ++k) {
      std::string sub = j.names[dirs[k]];
      int e = read_one(root, sub.c_str(), sub + "/", j.names, j.types, &dirs);
      // A directory that vanished or cannot be read mid-walk is skipped;
      // the top one's errors are reported.
      if (e && e != ENOENT && e != EACCES && e != ENOTDIR) err = e;
    }
    ::close(root);
    return err;
  };
  j->result = res_listing;
  return run(ctx, std::move(j), args[2], exception);
}

// mkdirp(path, mode, cb) -> the first directory created, or undefined.
FS_FN(mkdirp_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, args[0], j->path, exception)) return nullptr;
  j->syscall = "mkdir";
  j->b = int_arg(ctx, args[1], 0777);
  j->blocking = [](Job& j) {
    // Walk up to the nearest existing ancestor, then create downwards.
    std::string p = j.path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    std::vector<std::string> todo;
    for (std::string cur = p;;) {
      struct stat st;
      if (::stat(cur.c_str(), &st) == 0) {
        if (!S_ISDIR(st.st_mode)) {
          if (todo.empty()) return EEXIST;
          return ENOTDIR;
        }
        break;
      }
      if (errno != ENOENT) return errno;
      todo.push_back(cur);
      size_t slash = cur.find_last_of('/');
      if (slash == std::string::npos) break;
      cur = slash == 0 ? "/" : cur.substr(0, slash);
      if (cur == "/") break;
    }
    for (size_t i = todo.size(); i-- > 0;) {
      if (::mkdir(todo[i].c_str(), static_cast<mode_t>(j.b)) != 0 && errno != EEXIST) return errno;
      if (j.text.empty()) j.text = todo[i], j.flag = true;
    }
    return 0;
  };
  j->result = [](JSContextRef ctx, Job& j) -> JSValueRef {
    return j.flag ? js::make_string(ctx, j.text) : JSValueMakeUndefined(ctx);
  };
  return run(ctx, std::move(j), args[2], exception);
}

// Removes `name` under `at` and everything below it.
int remove_tree(int at, const char* name, Job& j) {
  if (::unlinkat(at, name, 0) == 0) return 0;
  if (errno != EISDIR && errno != EPERM) {
    j.syscall = "unlink";
    return errno;
  }
  int fd = ::openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    j.syscall = "rmdir";
    return errno;
  }
  DIR* d = ::fdopendir(fd);
  if (!d) {
    ::close(fd);
    return errno;
  }
  std::vector<std::string> children;
  while (dirent* e = ::readdir(d)) {
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
    children.emplace_back(n);
  }
  int err = 0;
  for (const auto& c : children) {
    err = remove_tree(fd, c.c_str(), j);
    if (err) break;
  }
  ::closedir(d);
  if (err) return err;
  if (::unlinkat(at, name, AT_REMOVEDIR) != 0) {
    j.syscall = "rmdir";
    return errno;
  }
  return 0;
}

// rmTree(path, cb): rm -r without the force handling (done in JS).
FS_FN(rm_tree_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, args[0], j->path, exception)) return nullptr;
  j->syscall = "rm";
  j->blocking = [](Job& j) { return remove_tree(AT_FDCWD, j.path.c_str(), j); };
  return run(ctx, std::move(j), args[1], exception);
}

}  // namespace

void register_dir_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "readdir", readdir_fn);
  js::set_method(ctx, b, "readdirRecursive", readdir_recursive_fn);
  js::set_method(ctx, b, "mkdirp", mkdirp_fn);
  js::set_method(ctx, b, "rmTree", rm_tree_fn);
}

}  // namespace jolt::fs
