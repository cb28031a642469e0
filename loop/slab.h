// A free list of fixed-size records for the backends' per-watcher and
// per-request bookkeeping. Records are carved from chunks that live as long
// as the pool, so once a server has reached its working set, starting and
// stopping watchers allocates nothing.
#pragma once

#include <memory>
#include <new>
#include <vector>

namespace jolt::loop {

template <class T, size_t kChunk = 64>
class Slab {
 public:
  Slab() = default;
  Slab(const Slab&) = delete;
  Slab& operator=(const Slab&) = delete;

  T* alloc() {
    if (!free_) grow();
    Node* n = free_;
    free_ = n->next;
    return new (&n->storage) T{};
  }

  void free(T* t) {
    t->~T();
    Node* n = reinterpret_cast<Node*>(t);
    n->next = free_;
    free_ = n;
  }

 private:
  union Node {
    Node* next;
    alignas(T) unsigned char storage[sizeof(T)];
  };

  void grow() {
    chunks_.push_back(std::make_unique<Node[]>(kChunk));
    Node* c = chunks_.back().get();
    for (size_t i = 0; i < kChunk; ++i) {
      c[i].next = free_;
      free_ = &c[i];
    }
  }

  Node* free_ = nullptr;
  std::vector<std::unique_ptr<Node[]>> chunks_;
};

}  // namespace jolt::loop
