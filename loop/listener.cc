// Listener. See listener.h.
#include "listener.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include "backend.h"
#include "socket.h"

namespace jolt::loop {

namespace {

// Connections accepted per readiness event before other fds get a turn.
constexpr int kAcceptsPerEvent = 128;

// A descriptor kept in reserve for drop_one(): when the process is out of
// descriptors, closing it makes room to accept (and close) one connection.
int& spare_fd() {
  static thread_local int fd = -1;
  return fd;
}

}  // namespace

Listener::Listener(Loop& loop, int fd, Callback cb) : Handle(loop), fd_(fd), cb_(std::move(cb)) {
  fd_set_nonblocking(fd);
  if (spare_fd() < 0) spare_fd() = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  native_ = loop.backend().listener_attach(*this);
  if (!native_) {
    io_ = std::make_unique<IoWatcher>(loop, fd, [this](IoWatcher&, int) { on_ready(); });
    io_->unref();
  }
}

Listener::~Listener() {
  if (fd_ < 0) return;
  if (native_)
    loop().backend().listener_detach(*this);
  else
    io_->stop();
  ::close(fd_);
}

void Listener::start() {
  if (is_closing() || is_active()) return;
  set_active(true);
  if (native_)
    loop().backend().listener_update(*this);
  else
    io_->start(IoWatcher::Readable);
}

void Listener::stop() {
  if (!is_active()) return;
  set_active(false);
  if (native_)
    loop().backend().listener_update(*this);
  else
    io_->stop();
}

void Listener::stop_for_close() {
  set_active(false);
  // Stop listening now: an io_uring accept still holds the file until its
  // cancellation is submitted, and connections must be refused meanwhile.
  ::shutdown(fd_, SHUT_RD);
  if (native_)
    loop().backend().listener_detach(*this);
  else
    io_->stop();
  ::close(fd_);
  fd_ = -1;
}

void Listener::deliver(int fd_or_error) {
  if (is_closing() || !is_active()) {
    if (fd_or_error >= 0) ::close(fd_or_error);
    return;
  }
  cb_(*this, fd_or_error);
}

void Listener::drop_one() {
  int& spare = spare_fd();
  if (spare < 0) return;
  ::close(spare);
  int fd = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
  if (fd >= 0) ::close(fd);
  spare = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

void Listener::on_ready() {
  for (int i = 0; i < kAcceptsPerEvent && is_active() && !is_closing(); ++i) {
    int fd = ::accept4(fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) {
      deliver(fd);
      continue;
    }
    int e = errno;
    if (e == EINTR || e == ECONNABORTED) continue;
    if (e == EAGAIN) return;
    deliver(-e);
    if (e == EMFILE || e == ENFILE) drop_one();
    return;
  }
}

}  // namespace jolt::loop
