// Batched whole-file reads on a pool thread's own io_uring. See
// fs_read_batch.h.
//
// Reading a small file with system calls is open, fstat, read and close:
// four kernel entries of which, on 5,000 files of 1 KiB, the entries and
// exits themselves were about a quarter of the pool's time. Here a pool
// thread that has taken several readFile jobs at once (loop::WorkRequest::
// batch) submits, for each file, one linked chain
//
//   openat (into a direct descriptor)  ->  read (up to kGuess bytes)
//                                      ->  read (1 byte: is that the end?)
//
// and waits for all of them in one io_uring_enter, then closes the direct
// descriptors in a second one. The chain asks no size first: a file that
// ended within the first read (the second read got 0 bytes) is complete,
// and is copied into memory of exactly its size. Anything else (a file
// larger than kGuess, a pipe, an empty result that may be a FIFO with no
// writer yet) is turned into an ordinary descriptor and finished with
// system calls by finish_read_from, without reading again what was read.
//
// The chain is issued inline by this thread (no io-wq hand-off): a path in
// the dentry cache opens without blocking, and reads of cached pages are
// copies. The loop thread's ring is not used for this: there the same
// kernel work would run on the one thread that also runs JS (measured: the
// loop-thread chain took 2.5x the time of the pool on 5,000 files).
#include "fs_read_batch.h"

#include <fcntl.h>
#include <liburing.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

#include "fs_chunks.h"

namespace jolt::fs {
namespace {

// Turns a direct descriptor into a regular one (Linux 6.8). Not in the
// liburing and kernel headers this is built against.
constexpr uint8_t kOpFixedFdInstall = 54;

// The first read's size: the largest file that completes in one chain, and
// the largest that goes into a chunk piece (fs_chunks.h).
constexpr unsigned kGuess = kMaxChunkPiece;
constexpr unsigned kSlots = loop::kMaxWorkBatch;

// user_data of a completion: the slot in the high bits, what it is in the low.
enum Tag : uint64_t { kOpen = 0, kRead = 1, kProbe = 2, kOther = 3 };
uint64_t tag(unsigned slot, Tag t) { return (uint64_t{slot} << 2) | t; }

struct BatchRing {
  io_uring ring;
  // Set when waiting on the ring failed in a way it cannot recover from
  // (the kernel refused io_uring_enter): the thread goes back to system
  // calls, and the ring, whose requests may still point into it, stays.
  bool broken = false;
  // Slot k's first read goes to scratch[k]; its second (one byte) right
  // after what the first got, via probe[k] (moved there afterwards).
  uint8_t scratch[kSlots][kGuess + 1];
  uint8_t probe[kSlots];
};

// What a slot's chain gave.
struct SlotResult {
  int open = 0;  // 0 or -errno
  int first = 0;
  int second = 0;
};

BatchRing* make_ring() {
  if (const char* e = std::getenv("JOLT_READ_BATCH"); e && std::strcmp(e, "0") == 0) return nullptr;
  void* memory = std::aligned_alloc(64, (sizeof(BatchRing) + 63) & ~size_t{63});
  if (!memory) return nullptr;
  auto* r = new (memory) BatchRing;  // default-initialised: the scratch pages stay untouched
  io_uring_params p{};
  // One thread submits and reaps; completions' task work runs when it waits.
  p.flags = IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN;
  int err = io_uring_queue_init_params(4 * kSlots, &r->ring, &p);
  if (err == -EINVAL) {
    p = io_uring_params{};
    err = io_uring_queue_init_params(4 * kSlots, &r->ring, &p);
  }
  if (err < 0) {
    std::free(r);
    return nullptr;
  }
  bool ok = false;
  if (io_uring_probe* probe = io_uring_get_probe_ring(&r->ring)) {
    ok = io_uring_opcode_supported(probe, IORING_OP_OPENAT) && io_uring_opcode_supported(probe, IORING_OP_READ) &&
         io_uring_opcode_supported(probe, IORING_OP_CLOSE) && io_uring_opcode_supported(probe, kOpFixedFdInstall);
    io_uring_free_probe(probe);
  }
  if (ok) ok = io_uring_register_files_sparse(&r->ring, kSlots) == 0;
  if (!ok) {
    io_uring_queue_exit(&r->ring);
    std::free(r);
    return nullptr;
  }
  return r;
}

// The calling pool thread's ring, made on first use; null where io_uring
// (or an opcode the chain needs) is not available.
struct RingOwner {
  BatchRing* ring = make_ring();
  ~RingOwner() {
    if (!ring) return;
    io_uring_queue_exit(&ring->ring);
    std::free(ring);
  }
};

BatchRing* thread_ring() {
  static thread_local RingOwner owner;
  return owner.ring && !owner.ring->broken ? owner.ring : nullptr;
}

void read_each_blocking(Job** jobs, size_t count) {
  for (size_t i = 0; i < count; ++i) jobs[i]->err = read_file_blocking(*jobs[i]);
}

io_uring_sqe* next_sqe(io_uring* ring) {
  io_uring_sqe* sqe = io_uring_get_sqe(ring);
  if (!sqe) {  // never with the ring sized for a full batch; be safe
    io_uring_submit(ring);
    sqe = io_uring_get_sqe(ring);
  }
  return sqe;
}

// Submits what is queued and reaps completions until `done()` holds.
template <typename Done, typename OnCqe>
bool reap_until(io_uring* ring, Done done, OnCqe on_cqe) {
  while (!done()) {
    int r = io_uring_submit_and_wait(ring, 1);
    if (r < 0 && r != -EINTR && r != -EAGAIN && r != -EBUSY) return false;
    io_uring_cqe* cqe;
    unsigned head, seen = 0;
    io_uring_for_each_cqe(ring, head, cqe) {
      on_cqe(cqe->user_data, cqe->res);
      ++seen;
    }
    io_uring_cq_advance(ring, seen);
  }
  return true;
}

}  // namespace

void read_files_batched(Job** jobs, size_t count) {
  BatchRing* br = count > 1 ? thread_ring() : nullptr;
  if (!br) return read_each_blocking(jobs, count);
  io_uring* ring = &br->ring;
  SlotResult res[kSlots];
  unsigned n = static_cast<unsigned>(count);
  for (unsigned k = 0; k < n; ++k) {
    Job& j = *jobs[k];
    io_uring_sqe* sqe = next_sqe(ring);
    // (A flag such as 'a+' may create the file, with the job's mode.)
    io_uring_prep_openat_direct(sqe, AT_FDCWD, j.path.c_str(), j.req.flags, j.req.mode, k);
    // Hard links: the reads run (and fail, EBADF) even when the open fails,
    // and a short first read does not cancel the second.
    io_uring_sqe_set_flags(sqe, IOSQE_IO_HARDLINK | IOSQE_CQE_SKIP_SUCCESS);
    io_uring_sqe_set_data64(sqe, tag(k, kOpen));
    sqe = next_sqe(ring);
    io_uring_prep_read(sqe, static_cast<int>(k), br->scratch[k], kGuess, static_cast<uint64_t>(-1));
    io_uring_sqe_set_flags(sqe, IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK);
    io_uring_sqe_set_data64(sqe, tag(k, kRead));
    sqe = next_sqe(ring);
    io_uring_prep_read(sqe, static_cast<int>(k), &br->probe[k], 1, static_cast<uint64_t>(-1));
    io_uring_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
    io_uring_sqe_set_data64(sqe, tag(k, kProbe));
  }
  unsigned reads_left = 2 * n;
  auto on_cqe = [&](uint64_t data, int r) {
    unsigned k = static_cast<unsigned>(data >> 2);
    switch (static_cast<Tag>(data & 3)) {
      case kOpen: res[k].open = r; break;
      case kRead: res[k].first = r, --reads_left; break;
      case kProbe: res[k].second = r, --reads_left; break;
      case kOther: break;  // a failed close of an earlier batch
    }
  };
  if (!reap_until(ring, [&] { return reads_left == 0; }, on_cqe)) {
    br->broken = true;
    return read_each_blocking(jobs, count);
  }

  // Which slots need an ordinary descriptor to go on with.
  bool more[kSlots] = {};
  int fds[kSlots];
  unsigned installs_left = 0;
  for (unsigned k = 0; k < n; ++k) {
    fds[k] = -1;
    const SlotResult& s = res[k];
    if (s.open < 0 || s.first < 0) continue;
    // Complete: the second read found the end right after the first. An
    // empty result is checked further (a FIFO opened before its writer).
    more[k] = !(s.second == 0 && s.first > 0);
    if (more[k]) {
      io_uring_sqe* sqe = next_sqe(ring);
      io_uring_prep_rw(kOpFixedFdInstall, sqe, static_cast<int>(k), nullptr, 0, 0);
      sqe->rw_flags = 0;  // the new descriptor is close-on-exec
      io_uring_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
      io_uring_sqe_set_data64(sqe, tag(k, kOpen));
      ++installs_left;
    }
  }
  if (installs_left) {
    auto on_install = [&](uint64_t data, int r) {
      if ((data & 3) != kOpen) return;
      fds[data >> 2] = r;
      --installs_left;
    };
    if (!reap_until(ring, [&] { return installs_left == 0; }, on_install)) {
      br->broken = true;
      return read_each_blocking(jobs, count);
    }
  }
  // Every opened slot is closed (the installed descriptors hold their own
  // reference); a close's success posts nothing, and a failure is dropped.
  for (unsigned k = 0; k < n; ++k) {
    if (res[k].open < 0) continue;
    io_uring_sqe* sqe = next_sqe(ring);
    io_uring_prep_close_direct(sqe, k);
    io_uring_sqe_set_flags(sqe, IOSQE_CQE_SKIP_SUCCESS);
    io_uring_sqe_set_data64(sqe, tag(k, kOther));
  }
  io_uring_submit(ring);

  for (unsigned k = 0; k < n; ++k) {
    Job& j = *jobs[k];
    const SlotResult& s = res[k];
    if (s.open < 0) {
      j.err = -s.open;  // syscall "open", with the path
      continue;
    }
    if (s.first < 0) {
      j.err = -s.first;
      j.syscall = "read";
      j.error_has_path = false;
      continue;
    }
    if (!more[k]) {
      j.err = keep_whole_read(j, br->scratch[k], static_cast<size_t>(s.first));
      continue;
    }
    if (fds[k] < 0) {  // no descriptor to go on with: read it all again
      j.err = read_file_blocking(j);
      continue;
    }
    size_t have = static_cast<size_t>(s.first);
    if (s.second > 0) br->scratch[k][have++] = br->probe[k];
    j.err = finish_read_from(j, fds[k], br->scratch[k], have);
  }
}

}  // namespace jolt::fs
