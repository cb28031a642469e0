// File requests: the blocking implementation (worker pool and synchronous
// callers) and the routing between io_uring and the pool. See fs_request.h.
#include "fs_request.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

#include "backend.h"

namespace jolt::loop {

namespace {

int64_t result_of(int64_t r) { return r < 0 ? -static_cast<int64_t>(errno) : r; }

// One call, retried on EINTR (a pool thread blocks all signals, but a
// synchronous caller on the main thread does not).
template <class F>
int64_t retry(F&& call) {
  for (;;) {
    int64_t r = call();
    if (r >= 0 || errno != EINTR) return result_of(r);
  }
}

}  // namespace

int64_t fs_run_blocking(const FsRequest& r) {
  switch (r.op) {
    case FsOp::Open:
      return retry([&] { return ::openat(r.dirfd, r.path, r.flags, r.mode); });
    case FsOp::Close:
      // Never retried: the fd is gone whatever close() says (Linux).
      return result_of(::close(r.fd));
    case FsOp::Read:
      return retry([&] {
        return r.offset < 0 ? ::read(r.fd, r.buf, r.len) : ::pread(r.fd, r.buf, r.len, r.offset);
      });
    case FsOp::Write:
      return retry([&] {
        return r.offset < 0 ? ::write(r.fd, r.buf, r.len) : ::pwrite(r.fd, r.buf, r.len, r.offset);
      });
    case FsOp::Readv:
      return retry([&] {
        return r.offset < 0 ? ::readv(r.fd, r.iov, static_cast<int>(r.iovcnt))
                            : ::preadv(r.fd, r.iov, static_cast<int>(r.iovcnt), r.offset);
      });
    case FsOp::Writev:
      return retry([&] {
        return r.offset < 0 ? ::writev(r.fd, r.iov, static_cast<int>(r.iovcnt))
                            : ::pwritev(r.fd, r.iov, static_cast<int>(r.iovcnt), r.offset);
      });
    case FsOp::Statx:
      return retry([&] { return ::statx(r.dirfd, r.path, r.flags, r.statx_mask, r.statx_buf); });
    case FsOp::Fsync:
      return retry([&] { return ::fsync(r.fd); });
    case FsOp::Fdatasync:
      return retry([&] { return ::fdatasync(r.fd); });
    case FsOp::Unlink:
      return result_of(::unlinkat(r.dirfd, r.path, r.flags));
    case FsOp::Rename:
      return result_of(::renameat(r.dirfd, r.path, r.dirfd, r.path2));
    case FsOp::Mkdir:
      return result_of(::mkdirat(r.dirfd, r.path, r.mode));
    case FsOp::Symlink:
      return result_of(::symlinkat(r.path, r.dirfd, r.path2));
    case FsOp::Link:
      return result_of(::linkat(r.dirfd, r.path, r.dirfd, r.path2, r.flags));
    case FsOp::Ftruncate:
      return retry([&] { return ::ftruncate(r.fd, r.offset < 0 ? 0 : r.offset); });
    case FsOp::kCount:
      break;
  }
  return -EINVAL;
}

void fs_request_finished(FsRequest* req, int64_t result) {
  req->loop_->request_finished();
  if (req->done) req->done(*req, result);
}

// The pool path: the WorkRequest inside the FsRequest runs the call on a
// pool thread and finishes on the loop thread.
struct FsPoolJob {
  static void start(Loop& loop, FsRequest* req) {
    req->work_.work = [req] { req->result_ = fs_run_blocking(*req); };
    req->work_.done = [req](int status) {
      // The pool counted its own request; ours is still open.
      fs_request_finished(req, status ? -static_cast<int64_t>(status) : req->result_);
    };
    loop.queue_work(&req->work_);
  }
};

void Loop::submit_fs(FsRequest* req) {
  req->loop_ = this;
  request_started();
  req->via_ring_ = backend_->submit_fs(req);
  if (!req->via_ring_) FsPoolJob::start(*this, req);
}

bool Loop::fs_uses_io_uring(int op) const { return backend_->fs_supports(op); }

}  // namespace jolt::loop
