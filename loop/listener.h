// A listening socket: hands each accepted connection's fd to a callback.
//
// Engines as for Stream (stream.h): readiness plus accept4 on any backend, or
// the io_uring backend's multishot accept (one SQE for any number of
// connections). The fd must already be bound and listening (socket.h).
#pragma once

#include <functional>

#include "loop.h"

namespace jolt::loop {

class Listener : public Handle {
 public:
  // `fd_or_error`: a new non-blocking, close-on-exec connection the callback
  // owns, or -errno (EMFILE, ENFILE...: that connection was dropped, the
  // listener keeps going).
  using Callback = std::function<void(Listener&, int fd_or_error)>;
  // Takes ownership of `fd` (closed with the handle).
  Listener(Loop& loop, int fd, Callback cb);
  ~Listener() override;

  int fd() const { return fd_; }
  void start();
  void stop();
  bool native() const { return native_; }

  // --- for the engines -----------------------------------------------------
  void deliver(int fd_or_error);
  // After EMFILE/ENFILE: accepts and closes one waiting connection with a
  // spare descriptor, so a level-triggered engine does not spin on it.
  void drop_one();
  void* backend_data = nullptr;

 protected:
  void stop_for_close() override;

 private:
  void on_ready();

  int fd_;
  Callback cb_;
  std::unique_ptr<IoWatcher> io_;
  bool native_ = false;
};

}  // namespace jolt::loop
