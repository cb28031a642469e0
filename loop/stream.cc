// Stream: the write queue and the events shared by both engines, and the
// readiness engine. See stream.h.
#include "stream.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

#include "backend.h"

namespace jolt::loop {

namespace {

// One read buffer per thread for the readiness engine: a read is consumed
// (copied by the delegate) before the next one, so streams can share it and
// an idle connection holds no buffer.
constexpr size_t kReadSize = 64 * 1024;
// Reads per readiness event before yielding to other fds (as libuv does), so
// one fast sender cannot starve the rest of the loop.
constexpr int kReadsPerEvent = 32;
constexpr unsigned kGatherMax = 64;

uint8_t* read_buffer() {
  static thread_local std::unique_ptr<uint8_t[]> buf(new uint8_t[kReadSize]);
  return buf.get();
}

size_t iov_total(const iovec* v, unsigned n) {
  size_t t = 0;
  for (unsigned i = 0; i < n; ++i) t += v[i].iov_len;
  return t;
}

// sendmsg with MSG_NOSIGNAL on sockets (a closed peer must give EPIPE, not
// kill the process); writev on anything else (pipes, ttys).
ssize_t send_iov(int fd, const iovec* v, unsigned n) {
  msghdr msg{};
  msg.msg_iov = const_cast<iovec*>(v);
  msg.msg_iovlen = n;
  for (;;) {
    ssize_t r = ::sendmsg(fd, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (r >= 0) return r;
    if (errno == EINTR) continue;
    if (errno == ENOTSOCK) {
      do r = ::writev(fd, v, static_cast<int>(n));
      while (r < 0 && errno == EINTR);
      return r < 0 ? -errno : r;
    }
    return -errno;
  }
}

}  // namespace

Stream::Stream(Loop& loop, int fd, StreamDelegate* delegate, bool any_fd)
    : Handle(loop), fd_(fd), delegate_(delegate) {
  fd_set_nonblocking(fd);
  struct stat st;
  bool socket = !any_fd || (::fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode));
  native_ = socket && loop.backend().stream_attach(*this);
  if (!native_) {
    io_ = std::make_unique<IoWatcher>(loop, fd, [this](IoWatcher&, int ev) { on_ready(ev); });
    io_->unref();  // the stream itself counts toward liveness
  }
}

Stream::~Stream() {
  if (fd_ >= 0) {
    if (native_)
      loop().backend().stream_detach(*this);
    else
      io_->stop();
    ::close(fd_);
  } else if (send_in_flight) {
    loop().backend().stream_detach(*this);  // the send must not report to a freed stream
  }
}

int Stream::connect(const SockAddr& addr) {
  if (is_closing()) return -EBADF;
  if (connecting_) return -EALREADY;
  if (native_ && loop().backend().stream_connect(*this, addr)) {
    connecting_ = true;
    update();
    return 0;
  }
  int r;
  do r = ::connect(fd_, &addr.sa, addr.len);
  while (r < 0 && errno == EINTR);
  if (r < 0 && errno != EINPROGRESS) return -errno;
  // Even an immediate success is reported from the loop: the socket is
  // writable at once and SO_ERROR says 0.
  connecting_ = true;
  update();
  return 0;
}

int Stream::read_start() {
  if (is_closing()) return -EBADF;
  if (reading_) return 0;
  reading_ = true;
  update();
  return 0;
}

void Stream::read_stop() {
  if (!reading_) return;
  reading_ = false;
  update();
}

int Stream::write(WriteReq* req, iovec* bufs, unsigned nbufs) {
  if (is_closing()) return -EBADF;
  if (shutdown_pending_ || shut_) return -EPIPE;
  req->bufs_ = bufs;
  req->nbufs_ = nbufs;
  req->idx_ = 0;
  req->next_ = nullptr;
  size_t total = iov_total(bufs, nbufs);
  if (total == 0 && !head_) return 0;
  if (!native_ && !head_ && !connecting_) {
    // Nothing queued: try now, which usually sends it all.
    ssize_t n = send_iov(fd_, bufs, nbufs < IOV_MAX ? nbufs : IOV_MAX);
    if (n < 0 && n != -EAGAIN) return static_cast<int>(n);
    if (n > 0) {
      total -= static_cast<size_t>(n);
      size_t left = static_cast<size_t>(n);
      while (left > 0) {
        iovec& v = bufs[req->idx_];
        size_t take = left < v.iov_len ? left : v.iov_len;
        v.iov_base = static_cast<char*>(v.iov_base) + take;
        v.iov_len -= take;
        left -= take;
        if (v.iov_len == 0) ++req->idx_;
      }
      if (total == 0) return 0;
    }
  }
  if (tail_)
    tail_->next_ = req;
  else
    head_ = req;
  tail_ = req;
  queued_bytes_ += total;
  update();
  return 1;
}

int Stream::shutdown() {
  if (is_closing()) return -EBADF;
  if (shutdown_pending_ || shut_) return -EALREADY;
  shutdown_pending_ = true;
  update();
  return 0;
}

unsigned Stream::gather(iovec* out, unsigned max) const {
  unsigned n = 0;
  for (WriteReq* r = head_; r && n < max; r = r->next_) {
    for (unsigned i = r->idx_; i < r->nbufs_ && n < max; ++i) {
      if (r->bufs_[i].iov_len) out[n++] = r->bufs_[i];
    }
  }
  return n;
}

void Stream::wrote(size_t n) {
  queued_bytes_ -= n < queued_bytes_ ? n : queued_bytes_;
  // Consume first, call back after: a callback may queue, write or close.
  WriteReq* done = nullptr;
  WriteReq** done_tail = &done;
  while (head_) {
    WriteReq* r = head_;
    while (r->idx_ < r->nbufs_) {
      iovec& v = r->bufs_[r->idx_];
      size_t take = n < v.iov_len ? n : v.iov_len;
      v.iov_base = static_cast<char*>(v.iov_base) + take;
      v.iov_len -= take;
      n -= take;
      if (v.iov_len) break;
      ++r->idx_;
    }
    if (r->idx_ < r->nbufs_) break;
    head_ = r->next_;
    if (!head_) tail_ = nullptr;
    r->next_ = nullptr;
    *done_tail = r;
    done_tail = &r->next_;
  }
  update();
  while (done) {
    WriteReq* r = done;
    done = r->next_;
    r->next_ = nullptr;
    delegate_->on_write(*this, r, 0);
  }
}

void Stream::fail_writes(int status) {
  WriteReq* list = head_;
  head_ = tail_ = nullptr;
  queued_bytes_ = 0;
  update();
  while (list) {
    WriteReq* r = list;
    list = r->next_;
    r->next_ = nullptr;
    delegate_->on_write(*this, r, status);
  }
}

void Stream::deliver_read(ssize_t n, const uint8_t* data) {
  if (n <= 0 && reading_) {
    reading_ = false;
    update();
  }
  delegate_->on_read(*this, n, data);
}

void Stream::deliver_connect(int status) {
  connecting_ = false;
  update();
  delegate_->on_connect(*this, status);
}

void Stream::do_shutdown() {
  shutdown_pending_ = false;
  shut_ = true;
  int r = ::shutdown(fd_, SHUT_WR) == 0 ? 0 : -errno;
  update();
  delegate_->on_shutdown(*this, r);
}

void Stream::update() {
  if (is_closing()) return;
  bool want_write = head_ || connecting_ || shutdown_pending_;
  set_active(reading_ || want_write);
  if (native_) {
    loop().backend().stream_update(*this);
    return;
  }
  io_->start((reading_ ? IoWatcher::Readable : 0) | (want_write ? IoWatcher::Writable : 0));
}

void Stream::stop_for_close() {
  reading_ = connecting_ = shutdown_pending_ = false;
  if (native_)
    loop().backend().stream_detach(*this);
  else
    io_->stop();
  ::close(fd_);
  fd_ = -1;
  cancelled_ = head_;
  head_ = tail_ = nullptr;
  queued_bytes_ = 0;
}

void Stream::before_close_callback() {
  while (cancelled_) {
    WriteReq* r = cancelled_;
    cancelled_ = r->next_;
    r->next_ = nullptr;
    delegate_->on_write(*this, r, -ECANCELED);
  }
}

// --- readiness engine --------------------------------------------------------

void Stream::on_ready(int events) {
  constexpr int kWriteSide = IoWatcher::Writable | IoWatcher::Error | IoWatcher::Disconnect;
  if (connecting_) {
    if (!(events & kWriteSide)) return;
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len) < 0) err = errno;
    deliver_connect(-err);
    return;
  }
  if ((events & (IoWatcher::Readable | IoWatcher::Error | IoWatcher::Disconnect)) && reading_) read_readiness();
  if (is_closing()) return;
  if ((events & kWriteSide) && (head_ || shutdown_pending_)) flush_readiness();
}

void Stream::read_readiness() {
  uint8_t* buf = read_buffer();
  for (int i = 0; i < kReadsPerEvent && reading_ && !is_closing(); ++i) {
    ssize_t n = ::read(fd_, buf, kReadSize);
    if (n > 0) {
      deliver_read(n, buf);
      if (static_cast<size_t>(n) < kReadSize) break;  // drained, most likely
      continue;
    }
    if (n == 0) {
      deliver_read(kEof, nullptr);
      break;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN) deliver_read(-errno, nullptr);
    break;
  }
}

void Stream::flush_readiness() {
  iovec iov[kGatherMax];
  while (head_ && !is_closing()) {
    unsigned n = gather(iov, kGatherMax);
    ssize_t r = n ? send_iov(fd_, iov, n) : 0;
    if (r == -EAGAIN) return;
    if (r < 0) {
      fail_writes(static_cast<int>(r));
      return;
    }
    wrote(static_cast<size_t>(r));
    if (n && r == 0) return;
  }
  if (!head_ && shutdown_pending_ && !is_closing()) do_shutdown();
}

}  // namespace jolt::loop
