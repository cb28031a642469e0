// Private state of a Loop, shared by the files that implement its handles.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "loop.h"
#include "timer_heap.h"

namespace jolt::loop {

class WorkPool;

// The Loop whose run() is executing on this thread (null outside run()).
// Async::send() uses it to skip the wake-up syscall when the sender is the
// loop thread itself: the loop checks for pending sends before it blocks.
extern thread_local Loop* tls_running_loop;

struct Loop::Impl {
  // An intrusive doubly-linked list over T::prev_/T::next_ (PhaseHook,
  // Async). walk() visits the nodes present when it starts, in order; a
  // callback may unlink (stop, close, destroy) any node, including the one
  // running and the next one, and nodes linked during the walk wait for the
  // next walk. This is what libuv gets by moving the queue aside, without the
  // extra per-node list tag.
  template <class T>
  struct List {
    T* head = nullptr;
    T* tail = nullptr;
    T* cursor = nullptr;  // next node the walk will visit
    T* end = nullptr;     // last node the walk will visit
    bool walking = false;

    bool empty() const { return head == nullptr; }

    void push_back(T* n) {
      n->prev_ = tail;
      n->next_ = nullptr;
      if (tail)
        tail->next_ = n;
      else
        head = n;
      tail = n;
    }

    void unlink(T* n) {
      if (walking) {
        if (n == cursor) cursor = (n == end) ? nullptr : n->next_;
        if (n == end) end = n->prev_;
      }
      if (n->prev_)
        n->prev_->next_ = n->next_;
      else
        head = n->next_;
      if (n->next_)
        n->next_->prev_ = n->prev_;
      else
        tail = n->prev_;
      n->prev_ = n->next_ = nullptr;
    }

    template <class F>
    void walk(F&& visit) {
      if (!head) return;
      walking = true;
      end = tail;
      T* n = head;
      while (n) {
        cursor = (n == end) ? nullptr : n->next_;
        visit(n);
        n = cursor;
      }
      walking = false;
      cursor = end = nullptr;
    }
  };

  Impl();
  ~Impl();

  TimerHeap timers;
  uint64_t next_timer_id = 0;

  List<PhaseHook> hooks[3];  // indexed by PhaseHook::Phase
  List<Async> asyncs;
  // Set by Async::send() when some Async became pending; cleared by the loop
  // thread before it scans the asyncs.
  std::atomic<bool> async_signalled{false};

  // Handles waiting for their close callback. LIFO like libuv's
  // closing_handles; closing_run is the list the close phase is walking.
  Handle* closing_head = nullptr;
  Handle* closing_run = nullptr;

  // Deferred callbacks (pending phase); swapped into pending_run so that
  // callbacks deferred while the phase runs wait for the next one, and so the
  // two vectors keep their capacity.
  std::vector<std::function<void()>> pending;
  std::vector<std::function<void()>> pending_run;

  // Phases (loop.cc).
  void run_timers(uint64_t now);
  bool run_pending(Loop& loop);
  void run_hooks(PhaseHook::Phase phase);
  void run_asyncs();
  void run_closing();
  int poll_timeout(const Loop& loop) const;

  size_t pool_size = 4;
  std::unique_ptr<WorkPool> pool;  // created on first queue_work()
};

}  // namespace jolt::loop
