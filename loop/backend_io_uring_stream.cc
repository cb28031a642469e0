// io_uring engine for streams and listeners (stream.h, listener.h).
//
//  - Reads: one multishot recv per reading stream, picking buffers from a
//    provided-buffer ring the backend shares between all streams. A buffer
//    goes back to the ring right after its on_read, so an idle connection
//    holds none and a busy one re-arms nothing.
//  - Writes: the queue of a stream goes out as one sendmsg at a time (a
//    second one in flight could overtake the first after a short send).
//    Writes queued during a loop turn are gathered into that sendmsg when the
//    backend flushes, right before the io_uring_enter that also waits, so a
//    request/response exchange costs no system call of its own.
//  - Accepts: one multishot accept per listener.
//  - Connect: IORING_OP_CONNECT; shutdown and data read after read_stop()
//    are reported through a NOP, so no callback ever runs inside a call the
//    program made.
//
// Sockets on this engine are left blocking: io_uring then waits for
// readiness itself, where O_NONBLOCK would make it fail with EAGAIN.
//
// Every SQE's user_data is a SockOp (tagged with kSockTag). A handle that
// closes detaches: its ops lose their owner (late CQEs are ignored, their
// buffers recycled) and the multishot ones are cancelled. An op is freed by
// its last CQE (no IORING_CQE_F_MORE).
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "backend_io_uring.h"
#include "listener.h"
#include "socket.h"
#include "stream.h"

namespace jolt::loop {

namespace {

// 8 MiB of address space, resident only as reads land in it. 32 KiB reads
// keep bulk transfers to few JS calls (1 GiB echo: +25% over 16 KiB); a
// turn with more connections reading at once than there are buffers gets
// ENOBUFS on some recvs, which are re-armed next turn (no data is lost).
constexpr unsigned kBufCount = 256;       // power of two (ring size)
constexpr unsigned kBufSize = 32 * 1024;
constexpr uint16_t kBufGroup = 7;
constexpr unsigned kSendIov = 16;

enum OpKind : int { kRecv, kSend, kConnect, kNop, kAccept };

// Multishot recv (6.0) is the newest piece; multishot accept and buffer
// rings came in 5.19. There is no probe bit for the multishot forms.
bool kernel_at_least_6_0() {
  utsname u;
  if (uname(&u) != 0) return false;
  int major = 0, minor = 0;
  if (std::sscanf(u.release, "%d.%d", &major, &minor) != 2) return false;
  return major > 6 || (major == 6 && minor >= 0);
}

void set_blocking(int fd, bool blocking) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0) return;
  fcntl(fd, F_SETFL, blocking ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK));
}

}  // namespace

struct IoUringBackend::SockOp {
  int kind = kNop;
  void* owner = nullptr;  // StreamRec* or ListenRec*; null once detached
  Stream* closing = nullptr;  // kSend detached by close: told when the kernel is done
  union {
    struct {
      msghdr msg;
      iovec iov[kSendIov];
    } send;
    SockAddr* addr;  // kConnect: owned by the op
  };
  SockOp() : send{} {}
};

struct IoUringBackend::StreamRec {
  Stream* s = nullptr;
  SockOp* recv = nullptr;
  SockOp* send = nullptr;
  SockOp* connect = nullptr;
  SockOp* nop = nullptr;
  bool recv_cancelling = false;
  bool dirty = false;
  // What arrived after read_stop() (the kernel had taken it already): kept
  // for the next read_start().
  std::string* stash = nullptr;
  ssize_t stash_end = 0;  // kEof or -errno received while stopped
};

struct IoUringBackend::ListenRec {
  Listener* l = nullptr;
  SockOp* accept = nullptr;
  bool cancelling = false;
  bool dirty = false;
};

bool IoUringBackend::setup_streams() {
  if (streams_state_ != 0) return streams_state_ > 0;
  streams_state_ = -1;
  const char* env = std::getenv("JOLT_URING_STREAMS");
  if (env && *env == '0') return false;
  if (!kernel_at_least_6_0()) return false;
  buf_ring_bytes_ = kBufCount * sizeof(io_uring_buf);
  void* ring = mmap(nullptr, buf_ring_bytes_, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
  if (ring == MAP_FAILED) return false;
  io_uring_buf_reg reg{};
  reg.ring_addr = reinterpret_cast<uint64_t>(ring);
  reg.ring_entries = kBufCount;
  reg.bgid = kBufGroup;
  if (io_uring_register_buf_ring(&ring_, &reg, 0) != 0) {
    munmap(ring, buf_ring_bytes_);
    return false;
  }
  // Buffers are plain anonymous memory: pages become resident only once a
  // read lands in them.
  void* mem = mmap(nullptr, static_cast<size_t>(kBufCount) * kBufSize, PROT_READ | PROT_WRITE,
                   MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
  if (mem == MAP_FAILED) {
    io_uring_unregister_buf_ring(&ring_, kBufGroup);
    munmap(ring, buf_ring_bytes_);
    return false;
  }
  buf_ring_ = static_cast<io_uring_buf_ring*>(ring);
  bufs_ = static_cast<uint8_t*>(mem);
  io_uring_buf_ring_init(buf_ring_);
  int mask = io_uring_buf_ring_mask(kBufCount);
  for (unsigned i = 0; i < kBufCount; ++i)
    io_uring_buf_ring_add(buf_ring_, bufs_ + static_cast<size_t>(i) * kBufSize, kBufSize,
                          static_cast<unsigned short>(i), mask, static_cast<int>(i));
  io_uring_buf_ring_advance(buf_ring_, kBufCount);
  sock_ops_ = new Slab<SockOp, 64>();
  stream_recs_ = new Slab<StreamRec, 64>();
  listen_recs_ = new Slab<ListenRec, 16>();
  streams_state_ = 1;
  return true;
}

void IoUringBackend::teardown_streams() {
  // The ring is gone: nothing can complete into the records any more.
  delete sock_ops_;
  delete stream_recs_;
  delete listen_recs_;
  if (bufs_) munmap(bufs_, static_cast<size_t>(kBufCount) * kBufSize);
  if (buf_ring_) munmap(buf_ring_, buf_ring_bytes_);
}

IoUringBackend::SockOp* IoUringBackend::new_op(int kind, void* owner) {
  SockOp* op = sock_ops_->alloc();
  op->kind = kind;
  op->owner = owner;
  return op;
}

void IoUringBackend::cancel_op(SockOp* op) {
  io_uring_sqe* sqe = get_sqe();
  io_uring_prep_cancel64(sqe, reinterpret_cast<uint64_t>(op) | kSockTag, 0);
  io_uring_sqe_set_data64(sqe, kIgnoreTag);
}

void IoUringBackend::mark_sock_dirty(void* rec, bool listener) {
  if (listener) {
    auto* r = static_cast<ListenRec*>(rec);
    if (r->dirty) return;
    r->dirty = true;
  } else {
    auto* r = static_cast<StreamRec*>(rec);
    if (r->dirty) return;
    r->dirty = true;
  }
  sock_dirty_.push_back(reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(rec) | (listener ? 1 : 0)));
}

void IoUringBackend::recycle_buffer(unsigned bid) {
  io_uring_buf_ring_add(buf_ring_, bufs_ + static_cast<size_t>(bid) * kBufSize, kBufSize,
                        static_cast<unsigned short>(bid), io_uring_buf_ring_mask(kBufCount), 0);
  io_uring_buf_ring_advance(buf_ring_, 1);
}

// --- streams -------------------------------------------------------------------

bool IoUringBackend::stream_attach(Stream& s) {
  if (!setup_streams()) return false;
  StreamRec* r = stream_recs_->alloc();
  r->s = &s;
  s.backend_data = r;
  set_blocking(s.fd(), true);
  return true;
}

bool IoUringBackend::stream_connect(Stream& s, const SockAddr& addr) {
  auto* r = static_cast<StreamRec*>(s.backend_data);
  if (!r || r->connect) return false;
  SockOp* op = new_op(kConnect, r);
  op->addr = new SockAddr(addr);
  io_uring_sqe* sqe = get_sqe();
  io_uring_prep_connect(sqe, s.fd(), &op->addr->sa, op->addr->len);
  io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(op) | kSockTag);
  r->connect = op;
  return true;
}

void IoUringBackend::stream_update(Stream& s) {
  if (auto* r = static_cast<StreamRec*>(s.backend_data)) mark_sock_dirty(r, false);
}

void IoUringBackend::stream_detach(Stream& s) {
  auto* r = static_cast<StreamRec*>(s.backend_data);
  if (!r) {
    // The stream is being freed while its close still waited for a send.
    if (auto* op = static_cast<SockOp*>(s.send_in_flight)) op->closing = nullptr;
    s.send_in_flight = nullptr;
    return;
  }
  s.backend_data = nullptr;
  if (s.is_closing() && !r->send && !r->connect && s.has_writes()) {
    // Writes queued this turn have not reached the kernel yet (they would
    // go with the next flush): what fits goes now, as the readiness engine
    // (and libuv) would have sent it at write() time, so write() then
    // destroy() still delivers the bytes.
    iovec iov[kSendIov];
    msghdr msg{};
    msg.msg_iov = iov;
    msg.msg_iovlen = s.gather(iov, kSendIov);
    ssize_t n;
    do n = ::sendmsg(s.fd(), &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
  }
  for (SockOp* op : {r->recv, r->send, r->connect, r->nop}) {
    if (!op) continue;
    op->owner = nullptr;
    if (op->kind == kNop) continue;
    // Everything else is cancelled: it would hold the socket open. A send
    // waiting for room still points into the writes' buffers, which the
    // close reports as cancelled (and their owners then free), so the
    // close waits for its completion (Stream::send_in_flight).
    if (op->kind == kSend && s.is_closing()) {
      op->closing = &s;
      s.send_in_flight = op;
    }
    cancel_op(op);
  }
  if (r->dirty) {
    auto it = std::find(sock_dirty_.begin(), sock_dirty_.end(), static_cast<void*>(r));
    if (it != sock_dirty_.end()) sock_dirty_.erase(it);
  }
  delete r->stash;
  stream_recs_->free(r);
}

void IoUringBackend::flush_streams() {
  // Swapped out: nothing below runs callbacks, but detach() edits the list.
  std::vector<void*> list;
  list.swap(sock_dirty_);
  for (void* p : list) {
    auto bits = reinterpret_cast<uintptr_t>(p);
    if (bits & 1) {
      auto* r = reinterpret_cast<ListenRec*>(bits & ~uintptr_t{1});
      r->dirty = false;
      flush_listener(r);
    } else {
      auto* r = static_cast<StreamRec*>(p);
      r->dirty = false;
      flush_stream(r);
    }
  }
  list.clear();
  if (sock_dirty_.empty()) sock_dirty_.swap(list);  // keep the capacity
}

void IoUringBackend::flush_stream(StreamRec* r) {
  Stream& s = *r->s;
  if (s.is_closing() || r->connect) return;
  int fd = s.fd();
  bool stashed = r->stash || r->stash_end;
  if (s.reading()) {
    if (stashed) {
      if (!r->nop) {
        r->nop = new_op(kNop, r);
        io_uring_sqe* sqe = get_sqe();
        io_uring_prep_nop(sqe);
        io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(r->nop) | kSockTag);
      }
    } else if (!r->recv) {
      r->recv = new_op(kRecv, r);
      r->recv_cancelling = false;
      io_uring_sqe* sqe = get_sqe();
      io_uring_prep_recv_multishot(sqe, fd, nullptr, 0, 0);
      sqe->flags |= IOSQE_BUFFER_SELECT;
      sqe->buf_group = kBufGroup;
      io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(r->recv) | kSockTag);
    }
  } else if (r->recv && !r->recv_cancelling) {
    r->recv_cancelling = true;
    cancel_op(r->recv);
  }
  if (r->send) return;
  if (s.has_writes()) {
    SockOp* op = new_op(kSend, r);
    unsigned n = s.gather(op->send.iov, kSendIov);
    io_uring_sqe* sqe = get_sqe();
    if (n == 1) {
      // One buffer (a typical response): a plain send, which spares the
      // kernel importing a msghdr and an iovec array.
      io_uring_prep_send(sqe, fd, op->send.iov[0].iov_base, op->send.iov[0].iov_len, MSG_NOSIGNAL);
    } else {
      op->send.msg = msghdr{};
      op->send.msg.msg_iov = op->send.iov;
      op->send.msg.msg_iovlen = n;
      io_uring_prep_sendmsg(sqe, fd, &op->send.msg, MSG_NOSIGNAL);
    }
    io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(op) | kSockTag);
    r->send = op;
  } else if (s.shutdown_pending() && !r->nop) {
    r->nop = new_op(kNop, r);
    io_uring_sqe* sqe = get_sqe();
    io_uring_prep_nop(sqe);
    io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(r->nop) | kSockTag);
  }
}

void IoUringBackend::complete_sock(SockOp* op, const Completion& c) {
  switch (op->kind) {
    case kRecv:
      complete_recv(op, c);
      return;
    case kSend:
      complete_send(op, c);
      return;
    case kAccept:
      complete_accept(op, c);
      return;
    case kConnect: {
      auto* r = static_cast<StreamRec*>(op->owner);
      delete op->addr;
      sock_ops_->free(op);
      if (!r) return;
      r->connect = nullptr;
      mark_sock_dirty(r, false);
      r->s->deliver_connect(c.res < 0 ? c.res : 0);
      return;
    }
    case kNop: {
      auto* r = static_cast<StreamRec*>(op->owner);
      sock_ops_->free(op);
      if (!r) return;
      r->nop = nullptr;
      mark_sock_dirty(r, false);
      Stream& s = *r->s;
      if (s.reading() && r->stash) {
        std::string data = std::move(*r->stash);
        delete r->stash;
        r->stash = nullptr;
        s.deliver_read(static_cast<ssize_t>(data.size()), reinterpret_cast<const uint8_t*>(data.data()));
        return;  // the end (if any) follows with the next NOP
      }
      if (s.reading() && r->stash_end) {
        ssize_t end = r->stash_end;
        r->stash_end = 0;
        s.deliver_read(end, nullptr);
        return;
      }
      if (s.shutdown_pending() && !s.has_writes() && !r->send) s.do_shutdown();
      return;
    }
  }
}

void IoUringBackend::complete_recv(SockOp* op, const Completion& c) {
  auto* r = static_cast<StreamRec*>(op->owner);
  bool more = c.flags & IORING_CQE_F_MORE;
  if (!more && r) {
    r->recv = nullptr;
    r->recv_cancelling = false;
    mark_sock_dirty(r, false);  // re-armed if the stream still reads
  }
  bool has_buf = c.flags & IORING_CQE_F_BUFFER;
  unsigned bid = c.flags >> IORING_CQE_BUFFER_SHIFT;
  if (!r || c.res == -ENOBUFS || c.res == -ECANCELED) {
    if (has_buf) recycle_buffer(bid);
    if (!more) sock_ops_->free(op);
    return;
  }
  Stream& s = *r->s;
  if (c.res > 0 && has_buf) {
    const uint8_t* data = bufs_ + static_cast<size_t>(bid) * kBufSize;
    if (s.reading() && !r->stash) {
      // The buffer goes back after the callback: nothing reads it later.
      s.deliver_read(c.res, data);
    } else {
      if (!r->stash) r->stash = new std::string();
      r->stash->append(reinterpret_cast<const char*>(data), static_cast<size_t>(c.res));
      mark_sock_dirty(r, false);
    }
    recycle_buffer(bid);
  } else {
    if (has_buf) recycle_buffer(bid);
    ssize_t end = c.res == 0 ? Stream::kEof : c.res;
    if (s.reading() && !r->stash)
      s.deliver_read(end, nullptr);
    else if (!r->stash_end)
      r->stash_end = end;
  }
  if (!more) sock_ops_->free(op);
}

void IoUringBackend::complete_send(SockOp* op, const Completion& c) {
  auto* r = static_cast<StreamRec*>(op->owner);
  if (op->closing) op->closing->send_in_flight = nullptr;  // its close may finish now
  op->closing = nullptr;
  sock_ops_->free(op);
  if (!r) return;
  r->send = nullptr;
  mark_sock_dirty(r, false);
  // Streams are freed only in the close phase, so `s` outlives the
  // callbacks below; `r` does not if one of them closes the stream.
  Stream* s = r->s;
  if (c.res >= 0) {
    s->wrote(static_cast<size_t>(c.res));
    if (s->backend_data != r) return;
    if (!s->has_writes() && s->shutdown_pending()) s->do_shutdown();
  } else if (c.res != -EINTR && c.res != -EAGAIN) {
    s->fail_writes(c.res);
  }
}

// --- listeners -----------------------------------------------------------------

bool IoUringBackend::listener_attach(Listener& l) {
  if (!setup_streams()) return false;
  ListenRec* r = listen_recs_->alloc();
  r->l = &l;
  l.backend_data = r;
  set_blocking(l.fd(), true);
  return true;
}

void IoUringBackend::listener_update(Listener& l) {
  if (auto* r = static_cast<ListenRec*>(l.backend_data)) mark_sock_dirty(r, true);
}

void IoUringBackend::listener_detach(Listener& l) {
  auto* r = static_cast<ListenRec*>(l.backend_data);
  if (!r) return;
  l.backend_data = nullptr;
  if (r->accept) {
    r->accept->owner = nullptr;
    cancel_op(r->accept);
  }
  if (r->dirty) {
    void* tagged = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(r) | 1);
    auto it = std::find(sock_dirty_.begin(), sock_dirty_.end(), tagged);
    if (it != sock_dirty_.end()) sock_dirty_.erase(it);
  }
  listen_recs_->free(r);
}

void IoUringBackend::flush_listener(ListenRec* r) {
  Listener& l = *r->l;
  if (l.is_active() && !r->accept) {
    r->accept = new_op(kAccept, r);
    r->cancelling = false;
    io_uring_sqe* sqe = get_sqe();
    io_uring_prep_multishot_accept(sqe, l.fd(), nullptr, nullptr, SOCK_CLOEXEC);
    io_uring_sqe_set_data64(sqe, reinterpret_cast<uint64_t>(r->accept) | kSockTag);
  } else if (!l.is_active() && r->accept && !r->cancelling) {
    r->cancelling = true;
    cancel_op(r->accept);
  }
}

void IoUringBackend::complete_accept(SockOp* op, const Completion& c) {
  auto* r = static_cast<ListenRec*>(op->owner);
  bool more = c.flags & IORING_CQE_F_MORE;
  if (!more) {
    sock_ops_->free(op);
    if (r) {
      r->accept = nullptr;
      mark_sock_dirty(r, true);
    }
  }
  if (!r) {
    if (c.res >= 0) ::close(c.res);
    return;
  }
  if (c.res == -ECANCELED) return;
  Listener& l = *r->l;
  l.deliver(c.res);
  if ((c.res == -EMFILE || c.res == -ENFILE) && l.backend_data == r) {
    set_blocking(l.fd(), false);
    l.drop_one();
    set_blocking(l.fd(), true);
  }
}

}  // namespace jolt::loop
