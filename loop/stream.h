// A connected byte stream on an fd (TCP or Unix domain socket; pipes and
// ttys later): reads, a queue of writes, connect, half-close.
//
// Two engines do the kernel side, chosen once per stream:
//  - readiness (stream.cc): an IoWatcher plus non-blocking read/writev on any
//    backend. A write is tried at once when nothing is queued.
//  - native (the io_uring backend, backend_io_uring_stream.cc): a multishot
//    recv into the backend's provided-buffer ring, and sends queued during a
//    loop turn that reach the kernel with the io_uring_enter the loop makes
//    to wait anyway; so a busy connection costs no system call per request.
//
// Events go to a StreamDelegate: virtual calls, no allocation per operation.
// Read data is valid only during on_read (it lives in a shared buffer that is
// recycled right after the call), so a consumer copies what it keeps.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

#include <cstddef>
#include <cstdint>
#include <memory>

#include "loop.h"
#include "socket.h"

namespace jolt::loop {

class Stream;

// One write, owned by the caller until its on_write (or until write()
// returned 0 or an error). The iovec array is the caller's too, and must
// stay alive as long; the stream advances the entries in place as bytes go
// out.
struct WriteReq {
  void* data = nullptr;  // free for the caller

 private:
  friend class Stream;
  iovec* bufs_ = nullptr;
  unsigned nbufs_ = 0;
  unsigned idx_ = 0;  // first entry not fully written
  WriteReq* next_ = nullptr;
};

class StreamDelegate {
 public:
  virtual ~StreamDelegate() = default;
  // n > 0: `data` holds n bytes; n == Stream::kEof: the peer ended its side
  // (reading has stopped); n < 0: -errno (reading has stopped).
  virtual void on_read(Stream& s, ssize_t n, const uint8_t* data) = 0;
  // A queued write finished: 0, or -errno (-ECANCELED when the stream was
  // closed first; that call comes from the close phase, before the close
  // callback).
  virtual void on_write(Stream& s, WriteReq* req, int status) = 0;
  virtual void on_connect(Stream&, int /*status*/) {}
  virtual void on_shutdown(Stream&, int /*status*/) {}
};

class Stream : public Handle {
 public:
  // libuv's UV_EOF, which is what node's JS layer calls end of stream.
  static constexpr ssize_t kEof = -4095;

  // Takes ownership of `fd` (made non-blocking if it is not); it is closed
  // with the handle. `delegate` must outlive the handle. An fd that may be
  // a pipe or terminal (`any_fd`) is checked: only sockets can take the
  // native engine (recv/sendmsg).
  Stream(Loop& loop, int fd, StreamDelegate* delegate, bool any_fd = false);
  ~Stream() override;

  int fd() const { return fd_; }

  // Starts a non-blocking connect; on_connect follows. A failure the kernel
  // reports at once (ECONNREFUSED on a Unix socket, ENOENT...) is returned.
  int connect(const SockAddr& addr);

  int read_start();
  void read_stop();
  bool reading() const { return reading_; }

  // Queues `req` to write `bufs`. Returns 0 when every byte went out at once
  // (no on_write follows), 1 when the write is queued (on_write follows), or
  // -errno (-EPIPE after shutdown(), -EBADF once closing).
  int write(WriteReq* req, iovec* bufs, unsigned nbufs);
  // Bytes accepted by write() that have not reached the kernel yet.
  size_t write_queue_size() const { return queued_bytes_; }

  // Half-close once the queued writes are out; on_shutdown follows.
  int shutdown();

  // Which engine this stream uses ("io_uring" or "readiness"; for tests).
  bool native() const { return native_; }

  // --- for the engines -----------------------------------------------------
  // Fills `out` with the queued bytes (at most `max` entries); returns the
  // count.
  unsigned gather(iovec* out, unsigned max) const;
  // `n` bytes of the queue went out: completes the writes they finish.
  void wrote(size_t n);
  // Fails every queued write with `status`.
  void fail_writes(int status);
  void deliver_read(ssize_t n, const uint8_t* data);
  void deliver_connect(int status);
  // The queue is empty and a shutdown waits: does it and reports it.
  void do_shutdown();
  bool shutdown_pending() const { return shutdown_pending_; }
  bool has_writes() const { return head_ != nullptr; }
  bool connecting() const { return connecting_; }
  void* backend_data = nullptr;  // the native engine's record
  // The native engine's send that was in flight when the stream closed: the
  // kernel may still read the queued writes' buffers, so the close phase
  // (and with it the ECANCELED of those writes, which lets their owners
  // free the buffers) waits until the engine clears this.
  void* send_in_flight = nullptr;

 protected:
  void stop_for_close() override;
  void before_close_callback() override;
  bool close_blocked() const override { return send_in_flight != nullptr; }

 private:
  void update();  // re-derives activity and the engine's interest
  void on_ready(int events);
  void flush_readiness();
  void read_readiness();

  int fd_;
  StreamDelegate* delegate_;
  std::unique_ptr<IoWatcher> io_;  // readiness engine only
  WriteReq* head_ = nullptr;
  WriteReq* tail_ = nullptr;
  WriteReq* cancelled_ = nullptr;  // queued when close() ran
  size_t queued_bytes_ = 0;
  bool native_ = false;
  bool reading_ = false;
  bool connecting_ = false;
  bool shutdown_pending_ = false;
  bool shut_ = false;
};

}  // namespace jolt::loop
