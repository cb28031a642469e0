// Asynchronous file operations.
//
// A FsRequest describes one system call (open, read, statx, rename...). The
// loop hands it to io_uring when the backend is io_uring and the kernel has
// the opcode (probed once per ring), and to the worker pool otherwise (epoll
// backend, old kernel, or an operation io_uring cannot do). Either way the
// `done` callback runs on the loop thread with the call's result: >= 0 on
// success (bytes, fd, 0), or a negative errno. While in flight the request
// counts as an active request, so it keeps the loop alive.
//
// The caller owns the request and every buffer and path it points to; they
// must stay alive and unchanged until `done` has started. A request may be
// submitted again from (or after) its done callback.
#pragma once

#include <fcntl.h>
#include <linux/stat.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>

#include <cstdint>
#include <functional>

#include "loop.h"

namespace jolt::loop {

enum class FsOp : uint8_t {
  Open,       // openat(dirfd, path, flags, mode) -> fd
  Close,      // close(fd)
  Read,       // pread(fd, buf, len, offset) (offset < 0: current position)
  Write,      // pwrite(fd, buf, len, offset)
  Readv,      // preadv(fd, iov, iovcnt, offset)
  Writev,     // pwritev(fd, iov, iovcnt, offset)
  Statx,      // statx(dirfd, path, flags, mask, statx_buf); fstat: path "" + AT_EMPTY_PATH
  Fsync,      // fsync(fd)
  Fdatasync,  // fdatasync(fd)
  Unlink,     // unlinkat(dirfd, path, flags) (AT_REMOVEDIR: rmdir)
  Rename,     // renameat(dirfd, path, dirfd, path2)
  Mkdir,      // mkdirat(dirfd, path, mode)
  Symlink,    // symlinkat(path (target), dirfd, path2 (link))
  Link,       // linkat(dirfd, path, dirfd, path2, flags)
  Ftruncate,  // ftruncate(fd, offset)
  kCount,
};

struct FsRequest {
  using Callback = std::function<void(FsRequest& req, int64_t result)>;

  FsOp op = FsOp::Open;
  int fd = -1;
  int dirfd = AT_FDCWD;
  int flags = 0;
  mode_t mode = 0;
  const char* path = nullptr;
  const char* path2 = nullptr;
  void* buf = nullptr;
  size_t len = 0;
  int64_t offset = -1;
  const iovec* iov = nullptr;
  unsigned iovcnt = 0;
  unsigned statx_mask = STATX_BASIC_STATS | STATX_BTIME;
  struct statx* statx_buf = nullptr;
  Callback done;
  void* data = nullptr;  // free for the caller

  // Where the last submission ran (for tests and benchmarks).
  bool ran_on_io_uring() const { return via_ring_; }

 private:
  friend class Loop;
  friend class IoUringBackend;
  friend struct FsPoolJob;
  friend void fs_request_finished(FsRequest*, int64_t);
  Loop* loop_ = nullptr;
  bool via_ring_ = false;
  int64_t result_ = 0;
  WorkRequest work_;  // the pool fallback
};

// Runs the request's system call on the calling thread: what the pool does,
// and what synchronous callers may use. Returns the result as `done` gets it.
int64_t fs_run_blocking(const FsRequest& req);

}  // namespace jolt::loop
