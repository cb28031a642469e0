// The part of the loop that talks to the kernel about file descriptors.
//
// Internal: the runtime goes through IoWatcher and Async, never through a
// Backend directly. All methods except wake() run on the loop thread.
#pragma once

#include <poll.h>
#include <sys/epoll.h>

#include <cstdint>
#include <memory>
#include <string>

#include "loop.h"

namespace jolt::loop {

class Stream;
class Listener;
struct SockAddr;

class Backend {
 public:
  virtual ~Backend() = default;

  // "io_uring" or "epoll".
  virtual const char* name() const = 0;

  // Starts watching `w` for w.events(), or changes the set. Changes may be
  // queued and reach the kernel at the next poll(); several changes in one
  // iteration collapse into one.
  virtual void watch(IoWatcher& w) = 0;
  // Stops watching `w`. From the return on, `w` is never reported again (even
  // for readiness the kernel had already queued) and may be destroyed.
  virtual void unwatch(IoWatcher& w) = 0;

  // Applies queued changes, waits up to `timeout_ms` (-1: no limit, 0: do not
  // block) for readiness or wake(), and runs the callbacks of ready watchers.
  // Readiness is level-triggered: a watcher whose fd is still ready is
  // reported again by the next poll().
  virtual void poll(int timeout_ms) = 0;

  // Hands queued changes to the kernel without waiting (the loop calls it
  // when run() returns, so that stopped watchers release their fds).
  virtual void submit() {}

  // Hands the streams' queued writes to the kernel now, without waiting:
  // at process exit, so a reply written just before process.exit() still
  // goes out, as it does in node (whose writes are attempted at once).
  virtual void flush_writes() {}

  // Makes a concurrent or the next poll() return. Thread-safe.
  virtual void wake() = 0;

  // Queues a file operation (fs_request.h) for the kernel; false when this
  // backend cannot do that operation (the loop then uses the worker pool).
  // The backend calls fs_request_finished() from poll() when it completes.
  virtual bool submit_fs(FsRequest*) { return false; }
  // Whether submit_fs() would take a request of this FsOp.
  virtual bool fs_supports(int /*op*/) const { return false; }

  // Streams and listeners the backend drives itself (stream.h, listener.h).
  // attach() returns false when it cannot: the handle then uses readiness
  // through an IoWatcher. update() follows every change of what the handle
  // wants (reading, queued writes, connect, shutdown, started); detach()
  // cancels what is in flight, before the handle closes its fd.
  virtual bool stream_attach(Stream&) { return false; }
  // Starts connecting an attached stream; on_connect follows (even for an
  // error the kernel reports at once). False: the stream connects itself.
  virtual bool stream_connect(Stream&, const SockAddr&) { return false; }
  virtual void stream_update(Stream&) {}
  virtual void stream_detach(Stream&) {}
  virtual bool listener_attach(Listener&) { return false; }
  virtual void listener_update(Listener&) {}
  virtual void listener_detach(Listener&) {}

  // Nanoseconds spent blocked in the kernel waiting for events (callbacks
  // excluded): the loop's idle time, as node's eventLoopUtilization reports.
  uint64_t idle_ns() const { return idle_ns_; }

 protected:
  uint64_t idle_ns_ = 0;
};

// Ends an in-flight FsRequest with `result` (loop thread): accounting, then
// the done callback.
void fs_request_finished(FsRequest* req, int64_t result);

// Both backends speak poll(2) masks (epoll's bits are the same numbers).
static_assert(POLLIN == EPOLLIN && POLLOUT == EPOLLOUT && POLLERR == EPOLLERR &&
              POLLHUP == EPOLLHUP && POLLRDHUP == EPOLLRDHUP);

// The kernel mask to wait for, for IoWatcher events. POLLRDHUP only with read
// interest: a peer's half-close is sticky, and a writer waiting for room in a
// full buffer must not be woken for it over and over.
inline uint32_t poll_mask_for(int events) {
  uint32_t m = 0;
  if (events & IoWatcher::Readable) m |= POLLIN | POLLRDHUP;
  if (events & IoWatcher::Writable) m |= POLLOUT;
  return m;
}

// IoWatcher events for a kernel readiness mask. Hang-up and error also
// report the directions the watcher waits for (as libuv does), so that the
// read() or write() the callback makes sees the EOF or the error.
inline int events_for_mask(uint32_t mask, int interest) {
  int ev = 0;
  int rw = interest & (IoWatcher::Readable | IoWatcher::Writable);
  if (mask & POLLIN) ev |= IoWatcher::Readable;
  if (mask & POLLOUT) ev |= IoWatcher::Writable;
  if ((mask & POLLRDHUP) && (interest & IoWatcher::Readable))
    ev |= IoWatcher::Disconnect | IoWatcher::Readable;
  if (mask & POLLHUP) ev |= IoWatcher::Disconnect | rw;
  if (mask & (POLLERR | POLLNVAL)) ev |= IoWatcher::Error | rw;
  return ev & (rw | IoWatcher::Disconnect | IoWatcher::Error);
}

std::unique_ptr<Backend> make_io_uring_backend(std::string* error);
std::unique_ptr<Backend> make_epoll_backend(std::string* error);

}  // namespace jolt::loop
