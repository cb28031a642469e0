// io_uring backend. See backend_io_uring.h.
//
// Why one-shot polls rather than multishot ones: a multishot POLL_ADD posts a
// CQE per wake-up of the file's wait queue, i.e. it is edge-triggered. The
// loop promises level-triggered readiness (as epoll without EPOLLET, and
// libuv's uv_poll): a callback that reads only part of what is buffered is
// called again next iteration. A one-shot poll armed while the fd is still
// ready completes at once, which is exactly level-triggering, and re-arming
// costs one SQE that rides on the io_uring_enter the loop makes anyway to
// wait, so a watcher that stays started costs no extra syscall per event.
// Multishot is used for the one case where level-triggering would spin (see
// Watch::edge).
#include "backend_io_uring.h"

#include "fs_request.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace jolt::loop {

namespace {

constexpr unsigned kSqEntries = 256;
constexpr unsigned kCqEntries = 4096;
constexpr size_t kBatch = 512;
constexpr int kMaxRounds = 8;
// user_data tags; PollReq pointers are 8-aligned and never this small.
constexpr uint64_t kWakeTag = 1;

bool supported(io_uring_probe* probe, int op) {
  return io_uring_opcode_supported(probe, op);
}

// Tag in the low bit of user_data for FsRequest pointers (8-aligned, so
// never confused with PollReqs, and far above the small constant tags).
constexpr uint64_t kFsTag = 1;

// IORING_OP_FTRUNCATE arrived in Linux 6.9, after the liburing headers this
// may build against; the number is fixed by the kernel ABI.
constexpr int kOpFtruncate = 55;

int opcode_for(FsOp op) {
  switch (op) {
    case FsOp::Open: return IORING_OP_OPENAT;
    case FsOp::Close: return IORING_OP_CLOSE;
    case FsOp::Read: return IORING_OP_READ;
    case FsOp::Write: return IORING_OP_WRITE;
    case FsOp::Readv: return IORING_OP_READV;
    case FsOp::Writev: return IORING_OP_WRITEV;
    case FsOp::Statx: return IORING_OP_STATX;
    case FsOp::Fsync:
    case FsOp::Fdatasync: return IORING_OP_FSYNC;
    case FsOp::Unlink: return IORING_OP_UNLINKAT;
    case FsOp::Rename: return IORING_OP_RENAMEAT;
    case FsOp::Mkdir: return IORING_OP_MKDIRAT;
    case FsOp::Symlink: return IORING_OP_SYMLINKAT;
    case FsOp::Link: return IORING_OP_LINKAT;
    case FsOp::Ftruncate: return kOpFtruncate;
    case FsOp::kCount: break;
  }
  return -1;
}

uint32_t fs_ops_supported(io_uring_probe* probe) {
  // JOLT_FS_POOL=1 sends every file operation to the worker pool (for
  // comparing the two paths).
  const char* env = std::getenv("JOLT_FS_POOL");
  if (env && *env == '1') return 0;
  uint32_t mask = 0;
  for (int i = 0; i < static_cast<int>(FsOp::kCount); ++i) {
    int opc = opcode_for(static_cast<FsOp>(i));
    if (opc >= 0 && opc <= probe->last_op && supported(probe, opc)) mask |= 1u << i;
  }
  return mask;
}

// Transfers from this size up are worth a hand-off to another thread;
// smaller ones (a small file's whole read) cost less than the wake-up.
constexpr size_t kAsyncTransfer = 32 * 1024;

bool large_transfer(const FsRequest& r) {
  switch (r.op) {
    case FsOp::Read:
    case FsOp::Write:
      return r.len >= kAsyncTransfer;
    case FsOp::Readv:
    case FsOp::Writev: {
      size_t total = 0;
      for (unsigned i = 0; i < r.iovcnt && total < kAsyncTransfer; ++i) total += r.iov[i].iov_len;
      return total >= kAsyncTransfer;
    }
    default:
      return false;
  }
}

}  // namespace

std::unique_ptr<Backend> make_io_uring_backend(std::string* error) {
  return IoUringBackend::create(error);
}

std::unique_ptr<Backend> IoUringBackend::create(std::string* error) {
  std::unique_ptr<IoUringBackend> b(new IoUringBackend());
  // Newest flags first, dropped one step at a time on EINVAL (older kernel):
  //  SINGLE_ISSUER|DEFER_TASKRUN (6.1): completion work waits until this
  //    thread asks for events, in one batch per wait, instead of running at
  //    every syscall exit (measured ~5% less kernel time per request in
  //    bench/http.sh). Only the loop thread touches the ring: other threads
  //    wake it through the eventfd.
  //  COOP_TASKRUN|TASKRUN_FLAG (5.19): completions do not interrupt the loop
  //    thread with an IPI; it picks them up when it next enters the kernel,
  //    and the TASKRUN flag tells a non-blocking poll when that is needed.
  //  SUBMIT_ALL (5.18): one bad SQE does not hold back the rest of a batch.
  //  CQSIZE: room for many completions per wait (thousands of sockets).
  const unsigned flag_sets[] = {
      IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL | IORING_SETUP_SINGLE_ISSUER |
          IORING_SETUP_DEFER_TASKRUN | IORING_SETUP_TASKRUN_FLAG,
      IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL | IORING_SETUP_COOP_TASKRUN |
          IORING_SETUP_TASKRUN_FLAG,
      IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL,
      IORING_SETUP_CQSIZE,
      0,
  };
  int r = -EINVAL;
  for (unsigned flags : flag_sets) {
    io_uring_params p{};
    p.flags = flags;
    p.cq_entries = kCqEntries;
    r = io_uring_queue_init_params(kSqEntries, &b->ring_, &p);
    if (r != -EINVAL) break;
  }
  if (r < 0) {
    if (error) *error = std::string("io_uring_queue_init: ") + std::strerror(-r);
    return nullptr;
  }
  b->ring_ready_ = true;  // from here the destructor tears the ring down

  io_uring_probe* probe = io_uring_get_probe_ring(&b->ring_);
  bool ok = probe && supported(probe, IORING_OP_POLL_ADD) &&
            supported(probe, IORING_OP_POLL_REMOVE) && supported(probe, IORING_OP_READ);
  if (ok) b->fs_ops_ = fs_ops_supported(probe);
  if (probe) io_uring_free_probe(probe);
  if (!ok) {
    if (error) *error = "io_uring: kernel lacks POLL_ADD/POLL_REMOVE/READ (needs Linux 5.6+)";
    return nullptr;
  }
  // Multishot poll arrived in 5.13 together with IORING_FEAT_RSRC_TAGS; there
  // is no flag of its own to test.
  b->multishot_ok_ = b->ring_.features & IORING_FEAT_RSRC_TAGS;

  // Blocking eventfd on purpose: io_uring fails a read of an O_NONBLOCK file
  // with -EAGAIN instead of waiting for it.
  b->wakefd_ = eventfd(0, EFD_CLOEXEC);
  if (b->wakefd_ < 0) {
    if (error) *error = std::string("eventfd: ") + std::strerror(errno);
    return nullptr;
  }
  b->batch_.resize(kBatch);
  // JOLT_URING_EAGER=n: submit the writes of a batch of completions every n
  // streams (0: only with the next wait). For tuning on a given machine.
  if (const char* eager = std::getenv("JOLT_URING_EAGER")) b->eager_streams_ = std::strtoul(eager, nullptr, 10);
  if (b->eager_streams_ == 0) b->eager_streams_ = SIZE_MAX;
  return b;
}

IoUringBackend::~IoUringBackend() {
  // Exiting the ring cancels every poll and the wake read; the records they
  // point at go away with the slabs.
  if (ring_ready_) io_uring_queue_exit(&ring_);
  teardown_streams();
  if (wakefd_ >= 0) close(wakefd_);
}

io_uring_sqe* IoUringBackend::get_sqe() {
  io_uring_sqe* sqe = io_uring_get_sqe(&ring_);
  while (!sqe) {
    // SQ full: hand the batch over early. Only happens with hundreds of
    // changes in one iteration.
    io_uring_submit(&ring_);
    sqe = io_uring_get_sqe(&ring_);
  }
  return sqe;
}

void IoUringBackend::mark_dirty(Watch* u) {
  if (u->dirty_idx != kNone) return;
  u->dirty_idx = static_cast<uint32_t>(dirty_.size());
  dirty_.push_back(u);
}

void IoUringBackend::remove_dirty(Watch* u) {
  Watch* last = dirty_.back();
  dirty_[u->dirty_idx] = last;
  last->dirty_idx = u->dirty_idx;
  dirty_.pop_back();
  u->dirty_idx = kNone;
}

void IoUringBackend::watch(IoWatcher& w) {
  auto* u = static_cast<Watch*>(w.backend_data_);
  if (!u) {
    u = watches_.alloc();
    u->w = &w;
    w.backend_data_ = u;
  }
  u->failed = false;  // a new start() retries
  mark_dirty(u);
}

void IoUringBackend::cancel(PollReq* r) {
  r->owner = nullptr;  // its remaining CQEs are ignored and free it
  io_uring_sqe* sqe = get_sqe();
  io_uring_prep_poll_remove(sqe, reinterpret_cast<uint64_t>(r));
  io_uring_sqe_set_data64(sqe, kIgnoreTag);
}

void IoUringBackend::unwatch(IoWatcher& w) {
  auto* u = static_cast<Watch*>(w.backend_data_);
  if (!u) return;
  w.backend_data_ = nullptr;
  // The POLL_REMOVE goes out with the next submit (at the latest when run()
  // returns). Until then the kernel holds a reference to the file, so the
  // owner should stop the watcher before closing the fd.
  if (u->req) cancel(u->req);
  if (u->dirty_idx != kNone) remove_dirty(u);
  watches_.free(u);  // no CQE points at a Watch, only at PollReqs
}

void IoUringBackend::arm_wake() {
  io_uring_sqe* sqe = get_sqe();
  io_uring_prep_read(sqe, wakefd_, &wake_buf_, sizeof wake_buf_, 0);
  io_uring_sqe_set_data64(sqe, kWakeTag);
  wake_armed_ = true;
}

void IoUringBackend::flush() {
  if (!sock_dirty_.empty()) flush_streams();
  for (Watch* u : dirty_) {
    u->dirty_idx = kNone;
    uint32_t want = u->failed ? 0 : poll_mask_for(u->w->events_);
    bool multishot = u->edge && multishot_ok_;
    if (u->req) {
      if (u->req->mask == want && u->req->multishot == multishot) continue;
      cancel(u->req);
      u->req = nullptr;
    }
    if (!want) continue;
    PollReq* r = reqs_.alloc();
    r->owner = u;
    r->mask = want;
    r->multishot = multishot;
    io_uring_sqe* sqe = get_sqe();
    if (multishot)
      io_uring_prep_poll_multishot(sqe, u->w->fd(), want);
    else
      io_uring_prep_poll_add(sqe, u->w->fd(), want);
    io_uring_sqe_set_data(sqe, r);
    u->req = r;
  }
  dirty_.clear();
  if (!wake_armed_) arm_wake();
}

void IoUringBackend::complete(const Completion& c) {
  if (c.user_data == kWakeTag) {
    wake_armed_ = false;  // re-armed by the next flush
    return;
  }
  if (c.user_data == kIgnoreTag || c.user_data == LIBURING_UDATA_TIMEOUT) return;
  if (c.user_data & kFsTag) {
    fs_request_finished(reinterpret_cast<FsRequest*>(c.user_data & ~kFsTag), c.res);
    return;
  }
  if (c.user_data & kSockTag) {
    complete_sock(reinterpret_cast<SockOp*>(c.user_data & ~kSockTag), c);
    return;
  }

  auto* r = reinterpret_cast<PollReq*>(c.user_data);
  Watch* u = r->owner;
  bool more = c.flags & IORING_CQE_F_MORE;
  bool was_multishot = r->multishot;
  if (!more) {
    if (u) u->req = nullptr;
    reqs_.free(r);
  }
  if (!u) return;  // cancelled: the watcher stopped or changed its mask

  IoWatcher* w = u->w;
  int ev;
  if (c.res < 0) {
    if (c.res == -ECANCELED) {
      mark_dirty(u);
      return;
    }
    if (was_multishot && c.res == -EINVAL) {  // kernel without multishot poll
      multishot_ok_ = false;
      mark_dirty(u);
      return;
    }
    // EBADF and the like: report once; a new start() tries again.
    u->failed = true;
    if (more) cancel(r), u->req = nullptr;
    ev = IoWatcher::Error;
  } else {
    ev = events_for_mask(static_cast<uint32_t>(c.res), w->events_);
    if (ev == 0 && !(c.res & POLLRDHUP)) {
      // Readiness for a direction the watcher dropped after this poll was
      // armed (the flush will replace the poll).
      if (!more) mark_dirty(u);
      return;
    }
    if (ev == 0) {
      // Only POLLRDHUP, which io_uring reports whether asked or not, on a
      // watcher that does not read: the peer half-closed while we wait to
      // write. Level-triggered polling would complete at once forever, so
      // switch to a multishot poll and wait for a real change.
      if (multishot_ok_) {
        if (!u->edge) {
          u->edge = true;
          mark_dirty(u);
        } else if (!more) {
          mark_dirty(u);
        }
        return;
      }
      // No multishot (kernel < 5.13): tell the watcher rather than spin
      // silently; it can stop or close.
      ev = IoWatcher::Disconnect;
    }
    if (u->edge) {
      // Something wanted happened: back to one-shot polls, which re-check
      // the level (the multishot one is cancelled by the flush).
      u->edge = false;
    }
  }
  // Re-arm (or drop the multishot) before the callback: afterwards the
  // watcher may be gone. A stop() in the callback undoes this.
  mark_dirty(u);
  w->cb_(*w, ev);
}

size_t IoUringBackend::drain() {
  size_t total = 0;
  for (int round = 0; round < kMaxRounds; ++round) {
    // Copy the CQEs out and release the ring slots before running callbacks:
    // callbacks queue SQEs (and may even submit when the SQ fills), and the
    // CQ must not be read from inside them.
    unsigned head;
    io_uring_cqe* cqe;
    size_t n = 0;
    io_uring_for_each_cqe(&ring_, head, cqe) {
      if (n == batch_.size()) break;
      batch_[n++] = Completion{cqe->user_data, cqe->res, cqe->flags};
    }
    if (n == 0) break;
    io_uring_cq_advance(&ring_, static_cast<unsigned>(n));
    for (size_t i = 0; i < n; ++i) {
      complete(batch_[i]);
      // Streams that queued writes in these callbacks go out every few
      // completions rather than after the whole batch: the peer (often on
      // another core) can work on the replies while the rest of the batch
      // runs. Still one system call per eager_streams_ streams, not per write.
      if (sock_dirty_.size() >= eager_streams_) {
        flush_streams();
        io_uring_submit(&ring_);
      }
    }
    total += n;
    if (n < batch_.size()) break;
  }
  return total;
}

void IoUringBackend::poll(int timeout_ms) {
  flush();
  if (timeout_ms != 0 && io_uring_cq_ready(&ring_)) timeout_ms = 0;
  if (timeout_ms == 0) {
    // No wait: enter the kernel only if there is something to submit, or it
    // holds completions we cannot see yet (deferred task work, overflow).
    unsigned kflags = IO_URING_READ_ONCE(*ring_.sq.kflags);
    bool kernel_has_more = kflags & (IORING_SQ_TASKRUN | IORING_SQ_CQ_OVERFLOW);
    if (io_uring_sq_ready(&ring_))
      io_uring_submit_and_get_events(&ring_);
    else if (kernel_has_more)
      io_uring_get_events(&ring_);
    drain();
    return;
  }
  uint64_t start = timeout_ms > 0 ? Loop::hrtime() : 0;
  int remaining = timeout_ms;
  for (;;) {
    int r;
    uint64_t wait_start = Loop::hrtime();
    if (remaining < 0) {
      r = io_uring_submit_and_wait(&ring_, 1);
    } else {
      __kernel_timespec ts{};
      ts.tv_sec = remaining / 1000;
      ts.tv_nsec = static_cast<long long>(remaining % 1000) * 1000000;
      io_uring_cqe* cqe = nullptr;
      // With IORING_FEAT_EXT_ARG (5.11+) the timeout rides in the same
      // io_uring_enter; before that liburing adds a TIMEOUT SQE whose CQE
      // (LIBURING_UDATA_TIMEOUT) complete() skips.
      r = io_uring_submit_and_wait_timeout(&ring_, &cqe, 1, &ts, nullptr);
    }
    idle_ns_ += Loop::hrtime() - wait_start;
    if (drain() > 0 || r != -EINTR) break;
    // Interrupted by a signal (or io_uring task work) before anything
    // completed: keep waiting for the rest of the timeout, as libuv does, so
    // that RunMode::Once still makes progress. Other errors (-ETIME, -EBUSY
    // on CQ overflow) need nothing: the loop iterates again.
    if (remaining > 0) {
      uint64_t elapsed = (Loop::hrtime() - start) / 1000000u;
      if (elapsed >= static_cast<uint64_t>(timeout_ms)) break;
      remaining = timeout_ms - static_cast<int>(elapsed);
    }
  }
}

void IoUringBackend::submit() {
  // Only what is already queued (cancellations of stopped watchers). New
  // polls are armed by poll() right before it drains, never here: a poll
  // completed now would sit in the CQ until the next run() and report
  // readiness that the program may have consumed in between.
  if (io_uring_sq_ready(&ring_)) io_uring_submit(&ring_);
}

void IoUringBackend::flush_writes() {
  // A send on a socket with room runs inline in io_uring_enter: the bytes
  // are in the kernel when this returns.
  if (!sock_dirty_.empty()) flush_streams();
  if (io_uring_sq_ready(&ring_)) io_uring_submit(&ring_);
}

bool IoUringBackend::submit_fs(FsRequest* r) {
  if (!(fs_ops_ & (1u << static_cast<unsigned>(r->op)))) return false;
  io_uring_sqe* sqe = get_sqe();
  // The kernel treats offset -1 as "the file position" (IORING_FEAT_RW_CUR_POS,
  // 5.6, older than anything the probe accepts).
  uint64_t off = r->offset < 0 ? static_cast<uint64_t>(-1) : static_cast<uint64_t>(r->offset);
  switch (r->op) {
    case FsOp::Open:
      io_uring_prep_openat(sqe, r->dirfd, r->path, r->flags, r->mode);
      break;
    case FsOp::Close:
      io_uring_prep_close(sqe, r->fd);
      break;
    case FsOp::Read:
      io_uring_prep_read(sqe, r->fd, r->buf, static_cast<unsigned>(r->len), off);
      break;
    case FsOp::Write:
      io_uring_prep_write(sqe, r->fd, r->buf, static_cast<unsigned>(r->len), off);
      break;
    case FsOp::Readv:
      io_uring_prep_readv(sqe, r->fd, r->iov, r->iovcnt, off);
      break;
    case FsOp::Writev:
      io_uring_prep_writev(sqe, r->fd, r->iov, r->iovcnt, off);
      break;
    case FsOp::Statx:
      io_uring_prep_statx(sqe, r->dirfd, r->path, r->flags, r->statx_mask, r->statx_buf);
      break;
    case FsOp::Fsync:
      io_uring_prep_fsync(sqe, r->fd, 0);
      break;
    case FsOp::Fdatasync:
      io_uring_prep_fsync(sqe, r->fd, IORING_FSYNC_DATASYNC);
      break;
    case FsOp::Unlink:
      io_uring_prep_unlinkat(sqe, r->dirfd, r->path, r->flags);
      break;
    case FsOp::Rename:
      io_uring_prep_renameat(sqe, r->dirfd, r->path, r->dirfd, r->path2, 0);
      break;
    case FsOp::Mkdir:
      io_uring_prep_mkdirat(sqe, r->dirfd, r->path, r->mode);
      break;
    case FsOp::Symlink:
      io_uring_prep_symlinkat(sqe, r->path, r->dirfd, r->path2);
      break;
    case FsOp::Link:
      io_uring_prep_linkat(sqe, r->dirfd, r->path, r->dirfd, r->path2, r->flags);
      break;
    case FsOp::Ftruncate:
      io_uring_prep_rw(kOpFtruncate, sqe, r->fd, nullptr, 0, r->offset < 0 ? 0 : off);
      break;
    case FsOp::kCount:
      return false;
  }
  // A large read or write goes straight to an io-wq thread. Issued inline,
  // a read of cached pages is copied by this thread inside io_uring_enter,
  // serialised with the JS that consumes it (copying 1 GiB through 64 KiB
  // stream chunks spent ~45% of the loop thread there); a buffered write
  // is tried inline without blocking first and usually punted anyway.
  if (large_transfer(*r)) io_uring_sqe_set_flags(sqe, IOSQE_ASYNC);
  io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(r) | kFsTag);
  return true;
}

void IoUringBackend::wake() {
  uint64_t one = 1;
  while (write(wakefd_, &one, sizeof one) < 0 && errno == EINTR) {
  }
}

}  // namespace jolt::loop
