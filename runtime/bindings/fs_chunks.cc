// Chunks of small-file memory for pool threads. See fs_chunks.h.
#include "fs_chunks.h"

#include <sys/mman.h>

#include <atomic>
#include <mutex>
#include <new>

namespace jolt::fs {

struct Chunk {
  // Pieces not given back yet, plus one while a thread still carves from
  // the chunk; the chunk is free again when this drops to zero.
  std::atomic<uint32_t> users{0};
  uint32_t used = 0;
  Chunk* next_free = nullptr;
};

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr size_t kHeader = (sizeof(Chunk) + 15) & ~size_t{15};
static_assert(kMaxChunkPiece <= kChunkBytes - kHeader);
// Free chunks kept for reuse (4 MiB); more are unmapped.
constexpr size_t kMaxFreeChunks = 64;

// The free chunks, shared by all threads. Never destroyed: pieces may
// come back from GC finalizers late in the process's exit.
struct FreeChunks {
  std::mutex mu;
  Chunk* list = nullptr;
  size_t count = 0;
};

FreeChunks& free_chunks() {
  static auto* f = new FreeChunks;
  return *f;
}

Chunk* new_chunk() {
  FreeChunks& f = free_chunks();
  {
    std::lock_guard<std::mutex> lk(f.mu);
    if (Chunk* c = f.list) {
      f.list = c->next_free;
      --f.count;
      c->next_free = nullptr;
      c->used = kHeader;
      return c;
    }
  }
  void* mem = ::mmap(nullptr, kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (mem == MAP_FAILED) return nullptr;
  auto* c = new (mem) Chunk;
  c->used = kHeader;
  return c;
}

void drop_user(Chunk* c) {
  if (c->users.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  FreeChunks& f = free_chunks();
  {
    std::lock_guard<std::mutex> lk(f.mu);
    if (f.count < kMaxFreeChunks) {
      c->next_free = f.list;
      f.list = c;
      ++f.count;
      return;
    }
  }
  c->~Chunk();
  ::munmap(c, kChunkBytes);
}

// The chunk this thread carves from, given up when the thread ends (the
// pool of a worker_threads Worker goes with it).
struct Current {
  Chunk* chunk = nullptr;
  ~Current() {
    if (chunk) drop_user(chunk);
  }
};
thread_local Current current;

}  // namespace

uint8_t* take_piece(size_t n, Chunk** owner) {
  size_t rounded = (n + 15) & ~size_t{15};
  if (rounded == 0 || rounded > kMaxChunkPiece) return nullptr;
  Chunk* c = current.chunk;
  if (!c || c->used + rounded > kChunkBytes) {
    if (c) drop_user(c);  // the thread's own use ends
    c = current.chunk = new_chunk();
    if (!c) return nullptr;
    c->users.store(1, std::memory_order_relaxed);
  }
  c->users.fetch_add(1, std::memory_order_relaxed);
  uint8_t* p = reinterpret_cast<uint8_t*>(c) + c->used;
  c->used += static_cast<uint32_t>(rounded);
  *owner = c;
  return p;
}

void give_back(void*, void* owner) { drop_user(static_cast<Chunk*>(owner)); }

}  // namespace jolt::fs
