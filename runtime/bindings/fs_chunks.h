// Memory for small file contents read on pool threads.
//
// A burst of readFile() calls on small files used to malloc each file's
// buffer on a pool thread and free it on the loop thread once the GC
// collected the Buffer. glibc then grows and trims the pool thread's arena
// over and over (mprotect, madvise, page faults, and the mmap lock taken
// against the loop thread's own faults): about a fifth of the pool's CPU
// time on 5,000 files of 1 KiB. Instead a pool thread carves small buffers
// out of a 64 KiB chunk of its own, mapped with its pages populated in one
// call, and the Buffer adopts its piece, which goes back when the GC frees
// the Buffer. A chunk is reused once every piece of it has gone back and
// its thread has moved on; until then a kept piece holds the whole chunk
// (as a slice of node's own 64 KiB pool does for readFileSync).
#pragma once

#include <cstddef>
#include <cstdint>

namespace jolt::fs {

struct Chunk;

// The largest piece handed out; larger files get memory of their own.
constexpr size_t kMaxChunkPiece = 16 * 1024;

// A piece of `n` <= kMaxChunkPiece bytes from the calling thread's chunk;
// *owner is set to what give_back() wants. Null when out of memory.
uint8_t* take_piece(size_t n, Chunk** owner);

// Gives a piece back (any thread). The signature of a typed array's bytes
// deallocator, so that a Buffer can adopt a piece: `bytes` is unused.
void give_back(void* bytes, void* owner);

}  // namespace jolt::fs
