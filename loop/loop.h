// Jolt's event loop: a C++ library with no JavaScript in it.
//
// The model follows libuv: a Loop owns handles (long-lived things that may keep
// the loop alive while they are active and referenced) and requests (one-shot
// operations that keep it alive until they complete). One iteration runs
// Node's phases in Node's order:
//
//   timers -> pending -> idle/prepare -> poll (I/O) -> check -> close
//
// The loop stays alive exactly while an active, referenced handle or an
// in-flight request exists.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace jolt::loop {

class Loop;
class Backend;
struct FsRequest;

enum class RunMode {
  Default,  // run until nothing keeps the loop alive or stop() is called
  Once,     // one iteration, blocking in poll if there is nothing else to do
  NoWait,   // one iteration, never blocking
};

enum class BackendKind { Auto, IoUring, Epoll };

// Base of every handle. A handle counts toward liveness while it is active
// (started) and referenced. Handles are owned by their creator; after close()
// the owner must not free the handle until its close callback has run.
class Handle {
 public:
  explicit Handle(Loop& loop);
  virtual ~Handle();
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;

  Loop& loop() const { return loop_; }

  void ref();
  void unref();
  bool has_ref() const { return ref_; }
  bool is_active() const { return active_; }
  bool is_closing() const { return closing_; }

  // Stops the handle at once; `on_close` runs in the close phase of the
  // current (or next) iteration. Calling close() twice is a no-op. Within one
  // close phase the most recently closed handle goes first (as in libuv);
  // the callback may destroy the handle.
  void close(std::function<void()> on_close = {});

 protected:
  // Subclasses call these when they start and stop; they keep the loop's
  // count of alive handles in step with ref/unref.
  void set_active(bool active);
  // Called by close() before the handle is queued for the close phase.
  virtual void stop_for_close() {}
  // Called in the close phase right before the close callback (which may
  // destroy the handle): the last point to report cancelled operations.
  virtual void before_close_callback() {}
  // True while the kernel may still use memory the handle's operations
  // point into (an io_uring send in flight at close): the close phase then
  // leaves the handle for the next iteration instead of reporting it closed.
  virtual bool close_blocked() const { return false; }

 private:
  friend class Loop;
  Loop& loop_;
  bool ref_ = true;
  bool active_ = false;
  bool closing_ = false;
  std::function<void()> on_close_;
  Handle* next_closing_ = nullptr;
  bool close_queued_ = false;  // on the loop's close list, callback not run yet
};

// A one-shot or repeating timer. Timers fire ordered by due time, then by the
// order in which they were started (as in Node and libuv).
class Timer : public Handle {
 public:
  using Callback = std::function<void(Timer&)>;
  Timer(Loop& loop, Callback cb);
  ~Timer() override;

  // Due at loop.now() + timeout. A repeating timer is re-armed with `repeat`
  // just before its callback runs, as libuv does, so a stop() or start() in
  // the callback overrides the re-arm (and is_active() is true inside it; a
  // set_repeat() there applies from the next re-arm). Timers started while
  // the timers phase runs, even with timeout 0, wait for the next iteration.
  void start(uint64_t timeout_ms, uint64_t repeat_ms = 0);
  void stop();
  // Restarts a repeating timer from now with its repeat interval; a no-op on a
  // timer that has no repeat.
  void again();
  void set_repeat(uint64_t repeat_ms) { repeat_ = repeat_ms; }
  uint64_t repeat() const { return repeat_; }
  uint64_t due() const { return due_; }
  void set_callback(Callback cb) { cb_ = std::move(cb); }

 protected:
  void stop_for_close() override { stop(); }

 private:
  friend class Loop;
  friend struct TimerHeap;
  Callback cb_;
  uint64_t due_ = 0;
  uint64_t repeat_ = 0;
  uint64_t start_id_ = 0;  // tie-breaker: creation order of the start
  size_t heap_index_ = SIZE_MAX;
};

// Phase hooks: Prepare runs just before poll, Check just after it, Idle runs
// before Prepare and makes poll return at once while it is active (that is how
// setImmediate keeps poll from blocking).
class PhaseHook : public Handle {
 public:
  using Callback = std::function<void(PhaseHook&)>;
  enum class Phase { Idle, Prepare, Check };
  PhaseHook(Loop& loop, Phase phase, Callback cb);
  ~PhaseHook() override;
  void start();
  void stop();
  Phase phase() const { return phase_; }

 protected:
  void stop_for_close() override { stop(); }

 private:
  friend class Loop;
  Phase phase_;
  Callback cb_;
  PhaseHook* prev_ = nullptr;
  PhaseHook* next_ = nullptr;
};

// Readiness of a file descriptor (sockets, pipes, ttys, inotify, ...).
//
// Level-triggered on both backends: while the fd stays ready the callback
// runs again every iteration. Readiness can be stale by the time the callback
// runs, so the fd should be non-blocking and EAGAIN expected. One watcher per
// fd. Stop (or close) the watcher before closing the fd: io_uring keeps the
// file open while a poll is armed, and epoll would deregister a reused fd
// number. An fd epoll cannot watch (a regular file) is always ready, as
// poll(2) and io_uring say; an fd the kernel rejects (EBADF...) gets one
// Error callback and is not polled again until the next start() that changes
// the events.
class IoWatcher : public Handle {
 public:
  enum : int { Readable = 1, Writable = 2, Disconnect = 4, Error = 8 };
  using Callback = std::function<void(IoWatcher&, int events)>;
  IoWatcher(Loop& loop, int fd, Callback cb);
  ~IoWatcher() override;
  // Watches for the given events (Readable | Writable); replaces any earlier
  // set (changes within one iteration collapse into one kernel update);
  // start(0) is stop(). Error and hang-up (Disconnect) are always reported,
  // together with the watched directions so the next read()/write() sees the
  // EOF or error; a peer's half-close (POLLRDHUP) is reported as
  // Readable | Disconnect only while Readable is watched.
  void start(int events);
  void stop();
  int fd() const { return fd_; }
  int events() const { return events_; }

 protected:
  void stop_for_close() override { stop(); }

 private:
  friend class Loop;
  friend class EpollBackend;
  friend class IoUringBackend;
  int fd_;
  int events_ = 0;
  Callback cb_;
  void* backend_data_ = nullptr;  // owned by the backend
};

// Wakes the loop from any thread. send() is thread-safe and coalescing: many
// sends before the loop runs the callback give one call. The callback runs in
// the poll phase. Other threads must stop calling send() before the Async is
// closed or destroyed.
class Async : public Handle {
 public:
  using Callback = std::function<void(Async&)>;
  Async(Loop& loop, Callback cb);  // active from construction, like uv_async
  ~Async() override;
  void send();

 protected:
  void stop_for_close() override;

 private:
  friend class Loop;
  Callback cb_;
  std::atomic<bool> pending_{false};
  Async* next_ = nullptr;
  Async* prev_ = nullptr;
};

constexpr size_t kMaxWorkBatch = 16;

// A unit of blocking work for the worker pool. `work` runs on a pool thread;
// `done` runs on the loop thread afterwards (poll phase), with status 0, or
// ECANCELED (positive) when cancel() won before the work started. A request
// may be queued again once its done callback has started. Work still queued
// when the Loop is destroyed is dropped without its done callback.
struct WorkRequest {
  std::function<void()> work;
  std::function<void(int status)> done;
  // Optional: requests that share a `batch` function and sit next to each
  // other in the queue may be taken by one thread together (up to
  // kMaxWorkBatch) and run by one call of it, instead of each `work`; it
  // must do what each request's `work` would. Lets a pool thread issue the
  // system calls of many small requests in one go (fs_read_batch.cc).
  using BatchFn = void (*)(WorkRequest** requests, size_t count);
  BatchFn batch = nullptr;
  // Returns true when the work had not started and will not run; its `done`
  // still runs (with ECANCELED) on the loop thread, never inside cancel().
  // Loop thread only.
  bool cancel();

 private:
  friend class Loop;
  friend class WorkPool;
  Loop* loop_ = nullptr;
  int state_ = 0;
  WorkRequest* next_ = nullptr;
};

// All methods are for the loop thread, except Async::send(). Destroy (or
// close, and let the close callbacks run) every handle before the Loop.
class Loop {
 public:
  // Picks the backend: `kind`, unless JOLT_LOOP=epoll|io_uring overrides an
  // Auto choice (JOLT_LOOP=auto or empty: no override). Auto tries io_uring
  // and falls back to epoll on any setup failure (ENOSYS, EPERM from seccomp
  // or io_uring_disabled, ENOMEM, a kernel older than 5.6). Returns null, with
  // `error` saying why, when the chosen backend cannot be set up: a forced
  // io_uring (by `kind` or JOLT_LOOP) that the kernel refuses, an unknown
  // JOLT_LOOP value, or no backend at all.
  static std::unique_ptr<Loop> create(BackendKind kind = BackendKind::Auto,
                                      std::string* error = nullptr);
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  // Returns whether the loop is still alive. Not re-entrant: do not call
  // run() from a callback of the same loop.
  bool run(RunMode mode = RunMode::Default);
  // Makes run() return after the current iteration.
  void stop();
  bool alive() const;

  // Milliseconds on a monotonic clock, cached at the start of each iteration.
  uint64_t now() const { return now_ms_; }
  void update_time();
  // Nanoseconds on the monotonic clock, uncached.
  static uint64_t hrtime();
  // hrtime() when run() was first entered; 0 before (node's loopStart).
  uint64_t first_run_ns() const { return first_run_ns_; }
  // Nanoseconds spent waiting in the kernel for events (node's idle time).
  uint64_t idle_ns() const;

  const char* backend_name() const;
  Backend& backend() { return *backend_; }
  // Hands queued stream writes to the kernel without waiting (process exit).
  void flush_writes();

  // Runs `cb` in the next pending phase (I/O callbacks that were deferred):
  // this iteration's when called from a timer, else the next iteration's.
  // Counts as an active request until it runs.
  void defer(std::function<void()> cb);

  // Hands `req` to the worker pool (UV_THREADPOOL_SIZE threads, default 4,
  // clamped to 1..1024, read when the Loop is created and started on first
  // use; each Loop has its own pool, joined by ~Loop). `req` must stay alive
  // until its done callback.
  void queue_work(WorkRequest* req);
  size_t pool_size() const;

  // Starts a file operation (fs_request.h): on io_uring when the backend and
  // kernel can do it, else on the worker pool. `req` must stay alive until
  // its done callback.
  void submit_fs(FsRequest* req);
  // Whether submit_fs() sends requests of this kind (an FsOp) to io_uring.
  bool fs_uses_io_uring(int op) const;

  // Requests in flight (work, deferred callbacks, backend operations) keep the
  // loop alive; backends and bindings adjust the count.
  void request_started() { ++active_requests_; }
  void request_finished() { --active_requests_; }

  size_t active_handles() const { return active_handles_; }
  size_t active_requests() const { return active_requests_; }

 private:
  friend class Handle;
  friend class Timer;
  friend class PhaseHook;
  friend class IoWatcher;
  friend class Async;
  friend class WorkPool;
  explicit Loop(std::unique_ptr<Backend> backend);

  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<Backend> backend_;
  uint64_t now_ms_ = 0;
  uint64_t first_run_ns_ = 0;
  size_t active_handles_ = 0;
  size_t active_requests_ = 0;
  bool stop_flag_ = false;
};

}  // namespace jolt::loop
