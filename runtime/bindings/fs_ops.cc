// fs binding: calls that map onto one loop FsRequest (open, close, read,
// write, readv, writev, stat, fsync, ftruncate, unlink, rmdir, rename, mkdir,
// symlink, link). Each takes its arguments, then an optional callback: with
// one it runs asynchronously (io_uring or the pool), without it on this
// thread. See fs_job.h.
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "fs_job.h"

namespace jolt::fs {

namespace {

using loop::FsOp;

JSValueRef res_number(JSContextRef ctx, Job& j) { return JSValueMakeNumber(ctx, static_cast<double>(j.res)); }
JSValueRef res_stats(JSContextRef ctx, Job& j) { return make_stats_array(ctx, *j.stx, j.flag); }

// A job for one path argument; null (with *exception) when it is malformed.
std::unique_ptr<Job> path_job(JSContextRef ctx, const js::Args& args, FsOp op, const char* syscall,
                              JSValueRef* exception) {
  auto j = std::make_unique<Job>();
  if (!path_arg(ctx, args[0], j->path, exception)) return nullptr;
  j->syscall = syscall;
  j->req.op = op;
  j->req.path = j->path.c_str();
  return j;
}

// A job on a descriptor (errors carry no path).
std::unique_ptr<Job> fd_job(JSContextRef ctx, const js::Args& args, FsOp op, const char* syscall) {
  auto j = std::make_unique<Job>();
  j->syscall = syscall;
  j->error_has_path = false;
  j->req.op = op;
  j->req.fd = static_cast<int>(int_arg(ctx, args[0], -1));
  return j;
}

// open(path, flags, mode, cb) -> fd
FS_FN(open_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Open, "open", exception);
  if (!j) return nullptr;
  j->req.flags = static_cast<int>(int_arg(ctx, args[1], O_RDONLY)) | O_CLOEXEC;
  j->req.mode = static_cast<mode_t>(int_arg(ctx, args[2], 0666));
  j->result = res_number;
  return run(ctx, std::move(j), args[3], exception);
}

// close(fd, cb)
FS_FN(close_fn) {
  js::Args args{ctx, argc, argv};
  return run(ctx, fd_job(ctx, args, FsOp::Close, "close"), args[1], exception);
}

// read/write(fd, buffer, offset, length, position, cb) -> bytes. The JS side
// checked offset and length against the buffer; checked again here.
JSValueRef rw(JSContextRef ctx, const js::Args& args, bool write, JSValueRef* exception) {
  auto j = fd_job(ctx, args, write ? FsOp::Write : FsOp::Read, write ? "write" : "read");
  js::Bytes bytes = js::bytes_of(ctx, args[1]);
  int64_t off = int_arg(ctx, args[2], 0), len = int_arg(ctx, args[3], 0);
  if (off < 0 || len < 0 || static_cast<uint64_t>(off) > bytes.length ||
      static_cast<uint64_t>(len) > bytes.length - static_cast<uint64_t>(off))
    return js::throw_error(ctx, exception, js::ErrorType::RangeError, "buffer range out of bounds",
                           "ERR_OUT_OF_RANGE");
  j->req.buf = bytes.data + off;
  j->req.len = static_cast<size_t>(len);
  j->req.offset = int_arg(ctx, args[4], -1);
  j->result = res_number;
  j->keep.reset(ctx, args[1]);
  return run(ctx, std::move(j), args[5], exception);
}

FS_FN(read_fn) { return rw(ctx, js::Args{ctx, argc, argv}, false, exception); }

// readChunk(fd, length, position, cb) -> Buffer of the bytes read. The
// memory is malloc'd here, not zeroed (every byte handed to JS was read),
// and read into directly: ReadStream's chunks, where a zero-filled
// JS-heap allocation per 64 KiB cost more than the read itself.
FS_FN(read_chunk_fn) {
  js::Args args{ctx, argc, argv};
  auto j = fd_job(ctx, args, FsOp::Read, "read");
  int64_t len = int_arg(ctx, args[1], 0);
  if (len <= 0 || len > (int64_t{1} << 31))
    return js::throw_error(ctx, exception, js::ErrorType::RangeError, "length out of range", "ERR_OUT_OF_RANGE");
  j->data = static_cast<uint8_t*>(std::malloc(static_cast<size_t>(len)));
  if (!j->data) return js::throw_error(ctx, exception, js::ErrorType::RangeError, "Array buffer allocation failed");
  j->req.buf = j->data;
  j->req.len = static_cast<size_t>(len);
  j->req.offset = int_arg(ctx, args[2], -1);
  j->result = [](JSContextRef ctx, Job& j) -> JSValueRef {
    // A short read (end of file, a pipe) gives back the unused tail: the GC
    // only knows the Buffer's length, so a mostly empty chunk must not keep
    // the whole allocation alive. Shrinking a malloc block is done in place.
    auto n = static_cast<size_t>(j.res);
    if (n < j.req.len) {
      if (void* p = std::realloc(j.data, n ? n : 1)) j.data = static_cast<uint8_t*>(p);
    }
    JSObjectRef buf = js::make_uint8array_adopting(ctx, j.data, n);
    j.data = nullptr;
    if (JSObjectRef proto = Runtime::current().buffer_prototype()) JSObjectSetPrototype(ctx, buf, proto);
    return buf;
  };
  return run(ctx, std::move(j), args[3], exception);
}
FS_FN(write_fn) { return rw(ctx, js::Args{ctx, argc, argv}, true, exception); }

// readv/writev(fd, buffers[], position, cb) -> bytes
JSValueRef rwv(JSContextRef ctx, const js::Args& args, bool write, JSValueRef* exception) {
  auto j = fd_job(ctx, args, write ? FsOp::Writev : FsOp::Readv, write ? "write" : "read");
  if (!args.is_object(1)) return js::throw_type_error(ctx, exception, "buffers must be an array");
  JSObjectRef list = args.object(1);
  double n = JSValueToNumber(ctx, js::get(ctx, list, "length"), nullptr);
  if (!(n >= 0) || n > 1024) return js::throw_type_error(ctx, exception, "too many buffers");
  for (unsigned i = 0; i < static_cast<unsigned>(n); ++i) {
    js::Bytes b = js::bytes_of(ctx, JSObjectGetPropertyAtIndex(ctx, list, i, nullptr));
    j->iov.push_back(iovec{b.data, b.length});
  }
  j->req.iov = j->iov.data();
  j->req.iovcnt = static_cast<unsigned>(j->iov.size());
  j->req.offset = int_arg(ctx, args[2], -1);
  j->result = res_number;
  j->keep.reset(ctx, args[1]);  // the array holds the buffers
  return run(ctx, std::move(j), args[3], exception);
}

FS_FN(readv_fn) { return rwv(ctx, js::Args{ctx, argc, argv}, false, exception); }
FS_FN(writev_fn) { return rwv(ctx, js::Args{ctx, argc, argv}, true, exception); }

// stat/lstat(path, bigint, cb), fstat(fd, bigint, cb) -> stats array
JSValueRef stat_common(JSContextRef ctx, std::unique_ptr<Job> j, const js::Args& args, JSValueRef* exception) {
  j->flag = JSValueToBoolean(ctx, args[1]);
  j->stx = std::make_unique<struct statx>();
  j->req.statx_buf = j->stx.get();
  j->result = res_stats;
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(stat_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Statx, "stat", exception);
  if (!j) return nullptr;
  return stat_common(ctx, std::move(j), args, exception);
}

FS_FN(lstat_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Statx, "lstat", exception);
  if (!j) return nullptr;
  j->req.flags = AT_SYMLINK_NOFOLLOW;
  return stat_common(ctx, std::move(j), args, exception);
}

FS_FN(fstat_fn) {
  js::Args args{ctx, argc, argv};
  auto j = fd_job(ctx, args, FsOp::Statx, "fstat");
  j->req.dirfd = j->req.fd;
  j->req.path = "";
  j->req.flags = AT_EMPTY_PATH;
  return stat_common(ctx, std::move(j), args, exception);
}

FS_FN(fsync_fn) {
  js::Args args{ctx, argc, argv};
  return run(ctx, fd_job(ctx, args, FsOp::Fsync, "fsync"), args[1], exception);
}

FS_FN(fdatasync_fn) {
  js::Args args{ctx, argc, argv};
  return run(ctx, fd_job(ctx, args, FsOp::Fdatasync, "fdatasync"), args[1], exception);
}

// ftruncate(fd, len, cb)
FS_FN(ftruncate_fn) {
  js::Args args{ctx, argc, argv};
  auto j = fd_job(ctx, args, FsOp::Ftruncate, "ftruncate");
  j->req.offset = int_arg(ctx, args[1], 0);
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(unlink_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Unlink, "unlink", exception);
  if (!j) return nullptr;
  return run(ctx, std::move(j), args[1], exception);
}

FS_FN(rmdir_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Unlink, "rmdir", exception);
  if (!j) return nullptr;
  j->req.flags = AT_REMOVEDIR;
  return run(ctx, std::move(j), args[1], exception);
}

// mkdir(path, mode, cb)
FS_FN(mkdir_fn) {
  js::Args args{ctx, argc, argv};
  auto j = path_job(ctx, args, FsOp::Mkdir, "mkdir", exception);
  if (!j) return nullptr;
  j->req.mode = static_cast<mode_t>(int_arg(ctx, args[1], 0777));
  return run(ctx, std::move(j), args[2], exception);
}

// rename(from, to, cb), link(existing, new, cb), symlink(target, path, cb):
// errors read "<syscall> 'first' -> 'second'".
JSValueRef two_paths(JSContextRef ctx, const js::Args& args, FsOp op, const char* syscall, JSValueRef* exception) {
  auto j = path_job(ctx, args, op, syscall, exception);
  if (!j) return nullptr;
  if (!path_arg(ctx, args[1], j->dest, exception)) return nullptr;
  j->error_has_dest = true;
  j->req.path2 = j->dest.c_str();
  return run(ctx, std::move(j), args[2], exception);
}

FS_FN(rename_fn) { return two_paths(ctx, js::Args{ctx, argc, argv}, FsOp::Rename, "rename", exception); }
FS_FN(link_fn) { return two_paths(ctx, js::Args{ctx, argc, argv}, FsOp::Link, "link", exception); }
FS_FN(symlink_fn) { return two_paths(ctx, js::Args{ctx, argc, argv}, FsOp::Symlink, "symlink", exception); }

}  // namespace

void register_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "open", open_fn);
  js::set_method(ctx, b, "close", close_fn);
  js::set_method(ctx, b, "read", read_fn);
  js::set_method(ctx, b, "readChunk", read_chunk_fn);
  js::set_method(ctx, b, "write", write_fn);
  js::set_method(ctx, b, "readv", readv_fn);
  js::set_method(ctx, b, "writev", writev_fn);
  js::set_method(ctx, b, "stat", stat_fn);
  js::set_method(ctx, b, "lstat", lstat_fn);
  js::set_method(ctx, b, "fstat", fstat_fn);
  js::set_method(ctx, b, "fsync", fsync_fn);
  js::set_method(ctx, b, "fdatasync", fdatasync_fn);
  js::set_method(ctx, b, "ftruncate", ftruncate_fn);
  js::set_method(ctx, b, "unlink", unlink_fn);
  js::set_method(ctx, b, "rmdir", rmdir_fn);
  js::set_method(ctx, b, "mkdir", mkdir_fn);
  js::set_method(ctx, b, "rename", rename_fn);
  js::set_method(ctx, b, "link", link_fn);
  js::set_method(ctx, b, "symlink", symlink_fn);
}

}  // namespace jolt::fs
