// io_uring backend: IORING_OP_POLL_ADD per watcher, an eventfd read for
// wake(), and one io_uring_enter per iteration that both submits the queued
// changes and waits (with the timeout passed in the same call).
#pragma once

#include <liburing.h>

#include <vector>

#include "backend.h"
#include "slab.h"

namespace jolt::loop {

class IoUringBackend final : public Backend {
 public:
  static std::unique_ptr<Backend> create(std::string* error);
  ~IoUringBackend() override;

  const char* name() const override { return "io_uring"; }
  void watch(IoWatcher& w) override;
  void unwatch(IoWatcher& w) override;
  void poll(int timeout_ms) override;
  void submit() override;
  void flush_writes() override;
  void wake() override;
  bool submit_fs(FsRequest* req) override;
  bool fs_supports(int op) const override { return fs_ops_ & (1u << op); }

  // Streams and listeners (backend_io_uring_stream.cc).
  bool stream_attach(Stream& s) override;
  bool stream_connect(Stream& s, const SockAddr& addr) override;
  void stream_update(Stream& s) override;
  void stream_detach(Stream& s) override;
  bool listener_attach(Listener& l) override;
  void listener_update(Listener& l) override;
  void listener_detach(Listener& l) override;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  // user_data tag (bit 1) of a stream or listener operation (SockOp, 8-aligned;
  // bit 0 tags FsRequests, and the small constants 1 and 2 are matched first).
  static constexpr uint64_t kSockTag = 2;
  // user_data of SQEs whose completion means nothing (cancellations).
  static constexpr uint64_t kIgnoreTag = 2;
  struct Watch;
  // One poll request in the kernel. Its address is the SQE's user_data, so a
  // completion that arrives after the watcher stopped (cancellation is
  // asynchronous) finds owner == null instead of a freed watcher. Freed when
  // its last CQE (no IORING_CQE_F_MORE) has been seen.
  struct PollReq {
    Watch* owner = nullptr;
    uint32_t mask = 0;
    bool multishot = false;
  };
  // Per-watcher record (IoWatcher::backend_data_).
  struct Watch {
    IoWatcher* w = nullptr;
    PollReq* req = nullptr;  // armed request, if any
    uint32_t dirty_idx = kNone;
    // The peer shut down its side while the watcher waits only to write: the
    // POLLRDHUP that io_uring always reports would complete every one-shot
    // poll at once, so wait with a multishot poll (woken by real state
    // changes only) until something the watcher wants shows up.
    bool edge = false;
    bool failed = false;  // the poll failed (EBADF...): reported, not re-armed
  };
  struct Completion {
    uint64_t user_data;
    int32_t res;
    uint32_t flags;
  };

  IoUringBackend() = default;
  io_uring_sqe* get_sqe();
  void flush();
  void arm_wake();
  void cancel(PollReq* r);
  void mark_dirty(Watch* u);
  void remove_dirty(Watch* u);
  size_t drain();  // returns the number of CQEs handled
  void complete(const Completion& c);

  // Streams and listeners: see backend_io_uring_stream.cc.
  struct SockOp;
  struct StreamRec;
  struct ListenRec;
  bool setup_streams();
  void teardown_streams();
  void flush_streams();
  void flush_stream(StreamRec* r);
  void flush_listener(ListenRec* r);
  void complete_sock(SockOp* op, const Completion& c);
  void complete_recv(SockOp* op, const Completion& c);
  void complete_send(SockOp* op, const Completion& c);
  void complete_accept(SockOp* op, const Completion& c);
  void recycle_buffer(unsigned bid);
  SockOp* new_op(int kind, void* owner);
  void cancel_op(SockOp* op);
  void mark_sock_dirty(void* rec, bool listener);

  io_uring ring_{};
  bool ring_ready_ = false;
  int wakefd_ = -1;
  uint64_t wake_buf_ = 0;
  bool wake_armed_ = false;
  bool multishot_ok_ = false;
  uint32_t fs_ops_ = 0;  // bit per FsOp the kernel has an opcode for
  std::vector<Watch*> dirty_;
  std::vector<Completion> batch_;
  Slab<Watch> watches_;
  Slab<PollReq> reqs_;

  // Provided-buffer ring shared by every stream's multishot recv.
  int streams_state_ = 0;  // 0 not tried, 1 ready, -1 unavailable
  io_uring_buf_ring* buf_ring_ = nullptr;
  size_t buf_ring_bytes_ = 0;
  uint8_t* bufs_ = nullptr;
  std::vector<void*> sock_dirty_;  // StreamRec* or ListenRec* (tagged)
  size_t eager_streams_ = 32;      // see drain()
  Slab<SockOp, 64>* sock_ops_ = nullptr;
  Slab<StreamRec, 64>* stream_recs_ = nullptr;
  Slab<ListenRec, 16>* listen_recs_ = nullptr;
};

}  // namespace jolt::loop
