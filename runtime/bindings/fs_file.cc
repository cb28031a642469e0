// fs binding: calls io_uring has no opcode for (access, chmod, chown, utimes,
// readlink, realpath, copyFile, statfs, mkdtemp, truncate), which run on the
// worker pool when asynchronous, and the whole-file calls readFile and
// writeFile. An asynchronous readFile is one pool job; fs/promises' common
// readFile(path) jobs are taken by the pool in batches, each read through
// the pool thread's own io_uring (fs_read_batch.cc) when the loop runs on
// io_uring. JOLT_READFILE=ring instead drives a chain of requests (open,
// read, close) from the loop thread. Reading a file of known size
// allocates once.
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "fs_chunks.h"
#include "fs_job.h"
#include "fs_read_batch.h"
#include "js_string.h"

namespace jolt::fs {

namespace {

using loop::FsOp;

int errno_or_zero(int r) { return r < 0 ? errno : 0; }

JSValueRef res_text(JSContextRef ctx, Job& j) { return js::make_string(ctx, j.text); }

std::unique_ptr<Job> blocking_path_job(JSContextRef ctx, JSValueRef path, BlockingFn fn, const char* syscall,
                                       JSValueRef* exception) {
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, path, j->path, exception)) return nullptr;
  j->blocking = fn;
  j->syscall = syscall;
  return j;
}

std::unique_ptr<Job> blocking_fd_job(JSContextRef ctx, JSValueRef fd, BlockingFn fn, const char* syscall) {
  auto j = std::make_unique<Job>();
  j->fd = -1;
  j->a = int_arg(ctx, fd, -1);
  j->blocking = fn;
  j->syscall = syscall;
  j->error_has_path = false;
  return j;
}

// ---- access, chmod, chown -------------------------------------------------

FS_FN(access_fn) {  // access(path, mode, cb)
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0], [](Job& j) { return errno_or_zero(::access(j.path.c_str(), static_cast<int>(j.b))); }, "access",
      exception);
  if (!j) return nullptr;
  j->b = int_arg(ctx, args[1], F_OK);
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(chmod_fn) {  // chmod(path, mode, cb)
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0], [](Job& j) { return errno_or_zero(::chmod(j.path.c_str(), static_cast<mode_t>(j.b))); }, "chmod",
      exception);
  if (!j) return nullptr;
  j->b = int_arg(ctx, args[1], 0);
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(fchmod_fn) {  // fchmod(fd, mode, cb)
  js::Args args{ctx, argc, argv};
  auto j = blocking_fd_job(
      ctx, args[0], [](Job& j) { return errno_or_zero(::fchmod(static_cast<int>(j.a), static_cast<mode_t>(j.b))); },
      "fchmod");
  j->b = int_arg(ctx, args[1], 0);
  return run(ctx, std::move(j), args[2], exception);
}

// chown/lchown(path, uid, gid, cb); uid/gid packed into b as (uid << 32 | gid).
int do_chown(Job& j, int flags) {
  auto uid = static_cast<uid_t>(static_cast<uint64_t>(j.b) >> 32), gid = static_cast<gid_t>(j.b & 0xffffffff);
  return errno_or_zero(::fchownat(AT_FDCWD, j.path.c_str(), uid, gid, flags));
}

int64_t pack_ids(JSContextRef ctx, JSValueRef uid, JSValueRef gid) {
  auto u = static_cast<uint32_t>(int_arg(ctx, uid, -1)), g = static_cast<uint32_t>(int_arg(ctx, gid, -1));
  return static_cast<int64_t>((static_cast<uint64_t>(u) << 32) | g);
}

FS_FN(chown_fn) {
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(ctx, args[0], [](Job& j) { return do_chown(j, 0); }, "chown", exception);
  if (!j) return nullptr;
  j->b = pack_ids(ctx, args[1], args[2]);
  return run(ctx, std::move(j), args[3], exception);
}

FS_FN(lchown_fn) {
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(ctx, args[0], [](Job& j) { return do_chown(j, AT_SYMLINK_NOFOLLOW); }, "lchown",
                             exception);
  if (!j) return nullptr;
  j->b = pack_ids(ctx, args[1], args[2]);
  return run(ctx, std::move(j), args[3], exception);
}

FS_FN(fchown_fn) {
  js::Args args{ctx, argc, argv};
  auto j = blocking_fd_job(
      ctx, args[0],
      [](Job& j) {
        auto uid = static_cast<uid_t>(static_cast<uint64_t>(j.b) >> 32), gid = static_cast<gid_t>(j.b & 0xffffffff);
        return errno_or_zero(::fchown(static_cast<int>(j.a), uid, gid));
      },
      "fchown");
  j->b = pack_ids(ctx, args[1], args[2]);
  return run(ctx, std::move(j), args[3], exception);
}

// ---- utimes (seconds as doubles) ------------------------------------------

timespec to_timespec(double secs) {
  timespec ts;
  double whole = std::floor(secs);
  ts.tv_sec = static_cast<time_t>(whole);
  ts.tv_nsec = static_cast<long>(std::llround((secs - whole) * 1e9));
  if (ts.tv_nsec >= 1000000000L) ts.tv_sec += 1, ts.tv_nsec -= 1000000000L;
  return ts;
}

int do_utimes(Job& j, int flags) {
  timespec ts[2] = {to_timespec(j.t1), to_timespec(j.t2)};
  if (j.a >= 0) return errno_or_zero(::futimens(static_cast<int>(j.a), ts));
  return errno_or_zero(::utimensat(AT_FDCWD, j.path.c_str(), ts, flags));
}

// utimes/lutimes(path, atime, mtime, cb), futimes(fd, atime, mtime, cb)
JSValueRef utimes_common(JSContextRef ctx, const js::Args& args, bool is_fd, bool nofollow, JSValueRef* exception) {
  std::unique_ptr<Job> j;
  BlockingFn fn = nofollow ? [](Job& j) { return do_utimes(j, AT_SYMLINK_NOFOLLOW); }
                           : [](Job& j) { return do_utimes(j, 0); };
  if (is_fd) {
    j = blocking_fd_job(ctx, args[0], fn, "futime");
  } else {
    j = blocking_path_job(ctx, args[0], fn, nofollow ? "lutime" : "utime", exception);
    if (!j) return nullptr;
    j->a = -1;  // no descriptor: do_utimes goes by path
  }
  j->t1 = JSValueToNumber(ctx, args[1], nullptr);
  j->t2 = JSValueToNumber(ctx, args[2], nullptr);
  return run(ctx, std::move(j), args[3], exception);
}

FS_FN(utimes_fn) { return utimes_common(ctx, js::Args{ctx, argc, argv}, false, false, exception); }
FS_FN(lutimes_fn) { return utimes_common(ctx, js::Args{ctx, argc, argv}, false, true, exception); }
FS_FN(futimes_fn) { return utimes_common(ctx, js::Args{ctx, argc, argv}, true, false, exception); }

// ---- readlink, realpath, mkdtemp ------------------------------------------

FS_FN(readlink_fn) {  // readlink(path, cb) -> string
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        char buf[PATH_MAX];
        ssize_t n = ::readlink(j.path.c_str(), buf, sizeof buf);
        if (n < 0) return errno;
        j.text.assign(buf, static_cast<size_t>(n));
        return 0;
      },
      "readlink", exception);
  if (!j) return nullptr;
  j->result = res_text;
  return run(ctx, std::move(j), args[1], exception);
}

}  // namespace

FS_FN(realpath_fn) {  // realpath(path, cb) -> string; also the loader's
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        char buf[PATH_MAX];
        if (!::realpath(j.path.c_str(), buf)) return errno;
        j.text = buf;
        return 0;
      },
      "realpath", exception);
  if (!j) return nullptr;
  j->result = res_text;
  return run(ctx, std::move(j), args[1], exception);
}

namespace {

FS_FN(mkdtemp_fn) {  // mkdtemp(prefix, cb) -> path
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        std::string tmpl = j.path;
        if (!::mkdtemp(tmpl.data())) return errno;
        j.text = tmpl;
        return 0;
      },
      "mkdtemp", exception);
  if (!j) return nullptr;
  j->path += "XXXXXX";
  j->result = res_text;
  return run(ctx, std::move(j), args[1], exception);
}

// ---- truncate, statfs ------------------------------------------------------

FS_FN(truncate_fn) {  // truncate(path, len, cb): open + ftruncate, as node reports it
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        int fd = ::open(j.path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) return errno;
        int err = errno_or_zero(::ftruncate(fd, j.b));
        if (err) j.syscall = "ftruncate", j.error_has_path = false;
        ::close(fd);
        return err;
      },
      "open", exception);
  if (!j) return nullptr;
  j->b = int_arg(ctx, args[1], 0);
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(statfs_fn) {  // statfs(path, bigint, cb) -> [type bsize blocks bfree bavail files ffree]
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        struct statfs s;
        if (::statfs(j.path.c_str(), &s) != 0) return errno;
        j.names.clear();
        int64_t v[7] = {static_cast<int64_t>(s.f_type),   static_cast<int64_t>(s.f_bsize),
                        static_cast<int64_t>(s.f_blocks), static_cast<int64_t>(s.f_bfree),
                        static_cast<int64_t>(s.f_bavail), static_cast<int64_t>(s.f_files),
                        static_cast<int64_t>(s.f_ffree)};
        j.text.assign(reinterpret_cast<const char*>(v), sizeof v);
        return 0;
      },
      "statfs", exception);
  if (!j) return nullptr;
  j->flag = JSValueToBoolean(ctx, args[1]);
  j->result = [](JSContextRef ctx, Job& j) -> JSValueRef {
    JSObjectRef arr = JSObjectMakeTypedArray(
        ctx, j.flag ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, 7, nullptr);
    void* mem = JSObjectGetTypedArrayBytesPtr(ctx, arr, nullptr);
    int64_t v[7];
    std::memcpy(v, j.text.data(), sizeof v);
    if (j.flag) {
      std::memcpy(mem, v, sizeof v);
    } else {
      for (int i = 0; i < 7; ++i) static_cast<double*>(mem)[i] = static_cast<double>(v[i]);
    }
    return arr;
  };
  return run(ctx, std::move(j), args[2], exception);
}

// ---- copyFile ---------------------------------------------------------------

constexpr int kCopyExcl = 1, kCopyFiclone = 2, kCopyFicloneForce = 4;

int copy_fds(int in, int out, const struct stat& st, int mode) {
  if (mode & (kCopyFiclone | kCopyFicloneForce)) {
    if (::ioctl(out, FICLONE, in) == 0) return 0;
    if (mode & kCopyFicloneForce) return errno;
  }
  off_t left = st.st_size;
  while (left > 0) {
    ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, static_cast<size_t>(left), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // unsupported here or EOF: finish with sendfile
    left -= n;
  }
  for (;;) {
    ssize_t n = ::sendfile(out, in, nullptr, 1 << 30);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return 0;
  }
}

FS_FN(copyfile_fn) {  // copyFile(src, dest, mode, cb)
  js::Args args{ctx, argc, argv};
  auto j = blocking_path_job(
      ctx, args[0],
      [](Job& j) {
        int in = ::open(j.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (in < 0) return errno;
        struct stat st;
        if (::fstat(in, &st) != 0 || S_ISDIR(st.st_mode)) {
          int err = S_ISDIR(st.st_mode) ? EISDIR : errno;
          ::close(in);
          return err;
        }
        int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | ((j.b & kCopyExcl) ? O_EXCL : 0);
        int out = ::open(j.dest.c_str(), flags, st.st_mode & 07777);
        if (out < 0) {
          int err = errno;
          ::close(in);
          return err;
        }
        int err = copy_fds(in, out, st, static_cast<int>(j.b));
        ::fchmod(out, st.st_mode & 07777);
        if (::close(out) != 0 && !err) err = errno;
        ::close(in);
        return err;
      },
      "copyfile", exception);
  if (!j) return nullptr;
  if (!path_arg(ctx, args[1], j->dest, exception)) return nullptr;
  j->error_has_dest = true;
  j->b = int_arg(ctx, args[2], 0);
  return run(ctx, std::move(j), args[3], exception);
}

// ---- readFile ---------------------------------------------------------------

constexpr size_t kUnknownSizeChunk = 64 * 1024;

// The first argument of readFile/writeFile: a descriptor (j.a, errors
// without a path) or a path (j.a = -1).
bool path_or_fd_arg(JSContextRef ctx, JSValueRef v, Job& j, JSValueRef* exception) {
  j.a = -1;
  if (JSValueIsNumber(ctx, v)) {
    j.a = int_arg(ctx, v, -1);
    j.error_has_path = false;
    return true;
  }
  return path_arg(ctx, v, j.path, exception);
}

// Grows j.data so that at least `want` more bytes fit after j.size.
bool reserve(Job& j, size_t want) {
  if (j.b - static_cast<int64_t>(j.size) >= static_cast<int64_t>(want)) return true;
  size_t cap = j.size + std::max(want, j.size);
  auto* p = static_cast<uint8_t*>(std::realloc(j.data, cap));
  if (!p) return false;
  j.data = p;
  j.b = static_cast<int64_t>(cap);
  return true;
}

// Memory for a file's contents. Large buffers have their pages made in one
// call ahead of the read (MADV_POPULATE_WRITE, Linux 5.14; ignored where
// unknown): filling 100 MiB of fresh pages one fault at a time costs more
// than the copy from the page cache itself (58 ms against 45-50 ms).
//
// Huge pages (MADV_HUGEPAGE) were faster when they were fast (18-30 ms for
// 100 MiB) but not dependable: on a virtual machine a free 2 MiB block is
// the kind of memory a guest hands back to its host, and clearing one that
// the host has to back again took 150-270 ms in one run out of five or so
// (82% of the time in clear_page_erms), whatever /proc/buddyinfo said.
// The memory is freed with free() (it becomes an ArrayBuffer's).
void* allocate_file_buffer(size_t size) {
  constexpr size_t kPopulateFrom = size_t{4} << 20;
  if (size < kPopulateFrom) return std::malloc(size);
  void* p = nullptr;
  if (posix_memalign(&p, 4096, size) != 0) return nullptr;
#ifdef MADV_POPULATE_WRITE
  ::madvise(p, size & ~size_t{4095}, MADV_POPULATE_WRITE);
#endif
  return p;
}

// Sets up the buffer once the size is known (a regular file's size, else a
// chunk that grows). j.b is the capacity.
int start_buffer(Job& j, const struct statx& st) {
  if (S_ISDIR(st.stx_mode)) {
    j.syscall = "read";
    j.error_has_path = false;
    return EISDIR;
  }
  j.flag = S_ISREG(st.stx_mode) && st.stx_size > 0;  // size known
  size_t cap = j.flag ? static_cast<size_t>(st.stx_size) : kUnknownSizeChunk;
  if (cap > kMaxReadFileBytes) {  // node's limit: a RangeError (see error_of)
    j.syscall = kFileTooLarge;
    j.b = static_cast<int64_t>(st.stx_size);
    return EFBIG;
  }
  if (j.flag && j.data_in_chunk && cap <= kMaxChunkPiece) {
    j.data = take_piece(cap, &j.chunk);
  } else {
    j.data = static_cast<uint8_t*>(allocate_file_buffer(cap));
  }
  if (!j.data) return ENOMEM;
  j.b = static_cast<int64_t>(cap);
  return 0;
}

// Reads from `fd` (at its position) until the buffer start_buffer made is
// full (size known) or read() returns 0, then closes j.fd.
int read_rest(Job& j, int fd) {
  // A regular file is read up to the size fstat gave (as node does: no
  // extra read to see EOF); anything else until read() returns 0.
  while (!(j.flag && j.size == static_cast<size_t>(j.b))) {
    if (!j.flag && !reserve(j, kUnknownSizeChunk)) return ENOMEM;
    ssize_t n = ::read(fd, j.data + j.size, static_cast<size_t>(j.b) - j.size);
    if (n < 0) {
      if (errno == EINTR) continue;
      j.syscall = "read";
      j.error_has_path = false;
      return errno;
    }
    if (n == 0) break;
    j.size += static_cast<size_t>(n);
  }
  if (j.fd >= 0) {
    ::close(j.fd);
    j.fd = -1;
  }
  return 0;
}

}  // namespace

// The blocking form: open (unless given an fd), fstat, read to EOF, close.
int read_file_blocking(Job& j) {
  int fd = static_cast<int>(j.a);
  if (fd < 0) {
    fd = ::open(j.path.c_str(), static_cast<int>(j.req.flags) | O_CLOEXEC, j.req.mode);
    if (fd < 0) return errno;
    j.fd = fd;  // closed by ~Job on error
  }
  struct statx st {};
  if (::statx(fd, "", AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, &st) != 0) {
    j.syscall = "fstat";
    return errno;
  }
  if (int err = start_buffer(j, st)) return err;
  return read_rest(j, fd);
}

int keep_whole_read(Job& j, const uint8_t* bytes, size_t n) {
  struct statx st {};
  st.stx_mode = S_IFREG;
  st.stx_size = n;
  if (int err = start_buffer(j, st)) return err;
  std::memcpy(j.data, bytes, n);
  j.size = n;
  return 0;
}

int finish_read_from(Job& j, int fd, const uint8_t* prefix, size_t have) {
  j.fd = fd;
  struct statx st {};
  if (::statx(fd, "", AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, &st) != 0) {
    j.syscall = "fstat";
    j.error_has_path = false;
    return errno;
  }
  if (S_ISFIFO(st.stx_mode) && have == 0) {
    // The ring's open of a FIFO does not wait for a writer (it is tried
    // without blocking), so the read saw no data and no writer: start over
    // with a blocking open, which waits as node's does.
    ::close(fd);
    j.fd = -1;
    return read_file_blocking(j);
  }
  // A regular file of known size that still holds what was read is read
  // up to that size; anything else until read() returns 0.
  if (!S_ISREG(st.stx_mode) || st.stx_size < have) st.stx_size = 0;
  if (int err = start_buffer(j, st)) return err;
  if (have > static_cast<size_t>(j.b) && !reserve(j, have)) return ENOMEM;
  std::memcpy(j.data, prefix, have);
  j.size = have;
  return read_rest(j, fd);
}

namespace {

JSValueRef file_result(JSContextRef ctx, Job& j) {
  if (j.step == -1) {  // utf8 requested: no Buffer in between
    JSValueRef s = js::make_string(ctx, std::string_view(reinterpret_cast<char*>(j.data), j.size));
    return s;
  }
  uint8_t* data = j.data;
  j.data = nullptr;
  Chunk* chunk = j.chunk;  // a piece of a pool thread's chunk goes back when the GC frees it
  j.chunk = nullptr;
  if (!data) data = static_cast<uint8_t*>(std::malloc(1));
  // The promise form resolves with the Buffer itself (no JS in between);
  // the callback form hands the ArrayBuffer to JS, which wraps it.
  JSObjectRef proto = Runtime::current().buffer_prototype();
  if (j.as_promise && proto) {
    JSObjectRef buf = chunk ? js::make_uint8array_adopting(ctx, data, j.size, give_back, chunk)
                            : js::make_uint8array_adopting(ctx, data, j.size);
    JSObjectSetPrototype(ctx, buf, proto);
    return buf;
  }
  return chunk ? js::make_arraybuffer_adopting(ctx, data, j.size, give_back, chunk)
               : js::make_arraybuffer_adopting(ctx, data, j.size);
}

// The io_uring chain: open, then reads until the file is in, then the
// callback. Two steps run inline on the loop thread on purpose: the fstat of
// the just-opened descriptor (the kernel has no non-blocking statx, so an
// IORING_OP_STATX always goes to an io-wq thread, and that hand-off cost more
// than the whole rest of a small file's read) and the final close (~Job;
// closing a read-only regular file does no I/O). Both only read or drop the
// in-memory inode.
void read_file_step(Job* j, int64_t r) {
  auto fail = [j](int err, const char* syscall, bool with_path) {
    j->err = err;
    j->syscall = syscall;
    j->error_has_path = with_path;
    finish_async(j);
  };
  loop::Loop& loop = *static_cast<loop::Loop*>(j->req.data);
  if (j->req.op == FsOp::Open) {
    if (r < 0) return fail(static_cast<int>(-r), "open", true);
    int fd = static_cast<int>(r);
    if (j->a < 0) j->fd = fd;  // a caller's fd is not ours to close
    struct statx st {};
    if (::statx(fd, "", AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, &st) != 0) return fail(errno, "fstat", false);
    if (int err = start_buffer(*j, st)) return fail(err, "read", false);
    j->req.op = FsOp::Read;
    j->req.fd = fd;
  } else {
    if (r < 0) return fail(static_cast<int>(-r), "read", false);
    j->size += static_cast<size_t>(r);
    // Done at EOF, or (size known) as soon as that many bytes are in.
    if (r == 0 || (j->flag && j->size == static_cast<size_t>(j->b))) return finish_async(j);
    if (!reserve(*j, kUnknownSizeChunk)) return fail(ENOMEM, "read", false);
  }
  j->req.buf = j->data + j->size;
  j->req.len = static_cast<size_t>(j->b) - j->size;
  j->req.offset = -1;
  loop.submit_fs(&j->req);
}

// JOLT_READFILE=ring: asynchronous reads as an io_uring chain (see below).
bool read_file_on_ring() {
  static const bool on = [] {
    const char* e = std::getenv("JOLT_READFILE");
    return e && std::strcmp(e, "ring") == 0;
  }();
  return on;
}

// readFile(pathOrFd, flags, utf8, cb) -> ArrayBuffer | string
FS_FN(read_file_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_or_fd_arg(ctx, args[0], *j, exception)) return nullptr;
  j->syscall = "open";
  j->req.flags = static_cast<int>(int_arg(ctx, args[1], O_RDONLY));
  j->req.mode = 0666;  // a flag such as 'a+' may create the file
  j->step = JSValueToBoolean(ctx, args[2]) ? -1 : 0;
  j->result = file_result;
  j->blocking = read_file_blocking;
  bool async = is_async(ctx, args[3]);
  loop::Loop& loop = Runtime::current().loop();
  // The whole read as one pool job is the default: measured on 5,000 small
  // files it took about 0.6x the time of the io_uring chain, because the
  // pool spreads the kernel work (path lookup, open, copy, close) over
  // several cores while the ring issues it all inline on the loop thread.
  // JOLT_READFILE=ring selects the chain (for comparison, and for loops
  // whose pool is busy with other work).
  if (async && read_file_on_ring() && loop.fs_uses_io_uring(static_cast<int>(FsOp::Read)) &&
      loop.fs_uses_io_uring(static_cast<int>(FsOp::Open))) {
    JSValueRef returned = attach_completion(ctx, *j, args[3], exception);
    if (!returned) return nullptr;
    Job* raw = j.release();
    raw->blocking = nullptr;
    raw->req.data = &loop;
    raw->req.done = [raw](loop::FsRequest&, int64_t r) { read_file_step(raw, r); };
    if (raw->a >= 0) {  // enter the chain as if the open had returned the fd
      raw->req.op = FsOp::Open;
      read_file_step(raw, raw->a);
      return returned;
    }
    raw->req.op = FsOp::Open;
    raw->req.path = raw->path.c_str();
    raw->req.flags |= O_CLOEXEC;
    loop.submit_fs(&raw->req);
    return returned;
  }
  j->data_in_chunk = async;
  j->read_batchable = async && j->a < 0 && loop.fs_uses_io_uring(static_cast<int>(FsOp::Open));
  return run(ctx, std::move(j), args[3], exception);
}

// readFileQueued(path) -> slot: fs/promises' common call (a path string
// that JS has checked, no options) with the least work here, in the slot
// form (fs_job.h).
FS_FN(read_file_queued_fn) {
  if (read_file_on_ring()) {  // the general call takes that path
    JSValueRef general[4] = {argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), JSValueMakeNumber(ctx, O_RDONLY),
                             JSValueMakeBoolean(ctx, false), JSValueMakeNumber(ctx, 0)};
    return read_file_fn(ctx, nullptr, nullptr, 4, general, exception);
  }
  auto j = std::make_unique<Job>();
  j->a = -1;
  if (argc < 1 || !path_arg(ctx, argv[0], j->path, exception)) return nullptr;
  j->syscall = "open";
  j->req.flags = O_RDONLY;
  j->result = file_result;
  j->blocking = read_file_blocking;
  j->data_in_chunk = true;
  // Batched on a pool thread's own ring only where the loop's backend is
  // io_uring (with JOLT_LOOP=epoll, or no io_uring, plain system calls);
  // so is read_file_fn's asynchronous read of a path.
  j->read_batchable = Runtime::current().loop().fs_uses_io_uring(static_cast<int>(FsOp::Open));
  return run_in_slot(ctx, std::move(j), exception);
}

// writeFile(pathOrFd, bytes, flags, mode, cb): open, write all, close.
FS_FN(write_file_fn) {
  js::Args args{ctx, argc, argv};
  auto j = std::make_unique<Job>();
  if (!path_or_fd_arg(ctx, args[0], *j, exception)) return nullptr;
  js::Bytes bytes = js::bytes_of(ctx, args[1]);
  j->keep.reset(ctx, args[1]);
  j->req.buf = bytes.data;
  j->req.len = bytes.length;
  j->req.flags = static_cast<int>(int_arg(ctx, args[2], O_WRONLY | O_CREAT | O_TRUNC));
  j->req.mode = static_cast<mode_t>(int_arg(ctx, args[3], 0666));
  j->syscall = "open";
  j->blocking = [](Job& j) {
    int fd = static_cast<int>(j.a);
    if (fd < 0) {
      fd = ::open(j.path.c_str(), j.req.flags | O_CLOEXEC, j.req.mode);
      if (fd < 0) return errno;
      j.fd = fd;
    }
    auto* p = static_cast<const uint8_t*>(j.req.buf);
    size_t left = j.req.len;
    while (left > 0) {
      ssize_t n = ::write(fd, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        j.syscall = "write";
        j.error_has_path = false;
        return errno;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    if (j.fd >= 0) {
      int r = ::close(j.fd);
      j.fd = -1;
      if (r != 0) {
        j.syscall = "close";
        j.error_has_path = false;
        return errno;
      }
    }
    return 0;
  };
  return run(ctx, std::move(j), args[4], exception);
}

FS_FN(promise_slots_fn) { return promise_slots(ctx, exception); }

// The engine's own Promise constructor (that of a natively made promise's
// prototype), whatever the global Promise has become since: the slot form
// makes promises with it, as JSObjectMakeDeferredPromise would.
FS_FN(intrinsic_promise_fn) {
  JSObjectRef resolve = nullptr, reject = nullptr;
  JSObjectRef promise = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, exception);
  if (!promise) return nullptr;
  JSValueRef proto = JSObjectGetPrototype(ctx, promise);
  if (!JSValueIsObject(ctx, proto)) return JSValueMakeUndefined(ctx);
  return js::get(ctx, js::as_object(proto), "constructor");
}

}  // namespace

void register_file_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "access", access_fn);
  js::set_method(ctx, b, "chmod", chmod_fn);
  js::set_method(ctx, b, "fchmod", fchmod_fn);
  js::set_method(ctx, b, "chown", chown_fn);
  js::set_method(ctx, b, "lchown", lchown_fn);
  js::set_method(ctx, b, "fchown", fchown_fn);
  js::set_method(ctx, b, "utimes", utimes_fn);
  js::set_method(ctx, b, "lutimes", lutimes_fn);
  js::set_method(ctx, b, "futimes", futimes_fn);
  js::set_method(ctx, b, "readlink", readlink_fn);
  js::set_method(ctx, b, "realpath", realpath_fn);
  js::set_method(ctx, b, "mkdtemp", mkdtemp_fn);
  js::set_method(ctx, b, "truncate", truncate_fn);
  js::set_method(ctx, b, "statfs", statfs_fn);
  js::set_method(ctx, b, "copyFile", copyfile_fn);
  js::set_method(ctx, b, "readFile", read_file_fn);
  js::set_method(ctx, b, "readFileQueued", read_file_queued_fn);
  js::set_method(ctx, b, "promiseSlots", promise_slots_fn);
  js::set_method(ctx, b, "intrinsicPromise", intrinsic_promise_fn);
  js::set_method(ctx, b, "writeFile", write_file_fn);
}

}  // namespace jolt::fs
