// Binary min-heap of started timers, ordered by (due, start_id).
//
// Each timer stores its own slot index (Timer::heap_index_), so stop() and
// restart are O(log n) without searching, and the vector keeps its capacity,
// so steady-state timer churn does not allocate.
#pragma once

#include <cstdint>
#include <vector>

#include "loop.h"

namespace jolt::loop {

struct TimerHeap {
  static constexpr size_t kNone = SIZE_MAX;

  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  Timer* top() const { return heap_.empty() ? nullptr : heap_.front(); }

  void push(Timer* t) {
    t->heap_index_ = heap_.size();
    heap_.push_back(t);
    sift_up(t->heap_index_);
  }

  void remove(Timer* t) {
    size_t i = t->heap_index_;
    if (i == kNone) return;
    t->heap_index_ = kNone;
    Timer* last = heap_.back();
    heap_.pop_back();
    if (last == t) return;  // t was the last slot
    heap_[i] = last;
    last->heap_index_ = i;
    // The moved element may need to go either way.
    if (i > 0 && less(last, heap_[(i - 1) / 2]))
      sift_up(i);
    else
      sift_down(i);
  }

 private:
  static bool less(const Timer* a, const Timer* b) {
    if (a->due_ != b->due_) return a->due_ < b->due_;
    return a->start_id_ < b->start_id_;
  }

  void place(size_t i, Timer* t) {
    heap_[i] = t;
    t->heap_index_ = i;
  }

  void sift_up(size_t i) {
    Timer* t = heap_[i];
    while (i > 0) {
      size_t parent = (i - 1) / 2;
      if (!less(t, heap_[parent])) break;
      place(i, heap_[parent]);
      i = parent;
    }
    place(i, t);
  }

  void sift_down(size_t i) {
    Timer* t = heap_[i];
    size_t n = heap_.size();
    for (;;) {
      size_t child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && less(heap_[child + 1], heap_[child])) ++child;
      if (!less(heap_[child], t)) break;
      place(i, heap_[child]);
      i = child;
    }
    place(i, t);
  }

  std::vector<Timer*> heap_;
};

}  // namespace jolt::loop
